# Sources of the sandbox's Magento side.
target_sources(studio_sandbox PRIVATE
    catalog.cpp catalog.h
    customers.cpp customers.h
    erp.cpp erp.h
    fields.cpp fields.h
    magentostore.cpp magentostore.h
    sales.cpp sales.h
    searchcriteria.cpp searchcriteria.h
    seed.cpp seed.h
    storedb.cpp storedb.h
    storeviews.cpp storeviews.h
    webapiinput.cpp webapiinput.h)
