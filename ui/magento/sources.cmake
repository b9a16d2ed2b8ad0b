# The console's Magento helpers (issue 5): searchCriteria builder, fields selector and the panel that joins them.
target_sources(studio_ui PRIVATE
    magento/fieldsselector.cpp magento/fieldsselector.h
    magento/magentoquerypanel.cpp magento/magentoquerypanel.h
    magento/searchcriteriabuilder.cpp magento/searchcriteriabuilder.h)
