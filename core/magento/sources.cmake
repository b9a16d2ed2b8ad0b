# Sources of core/magento: client-side Magento knowledge (URLs, store scopes, searchCriteria, fields, errors,
# paging, async bulk, tokens). Used by the console, the connectors and the CLI; never by core/sandbox.
target_sources(studio_core PRIVATE
    magento/bulk.cpp magento/bulk.h
    magento/bulkpoller.cpp magento/bulkpoller.h
    magento/fieldselection.cpp magento/fieldselection.h
    magento/magentoerror.cpp magento/magentoerror.h
    magento/magentourl.cpp magento/magentourl.h
    magento/pager.cpp magento/pager.h
    magento/searchcriteria.cpp magento/searchcriteria.h
    magento/storescope.cpp magento/storescope.h
    magento/tokens.cpp magento/tokens.h)
# The searchCriteria builder's knowledge of list routes and their fields (issue 5).
target_sources(studio_core PRIVATE magento/searchfields.cpp magento/searchfields.h)
