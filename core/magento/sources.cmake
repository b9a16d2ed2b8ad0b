# Sources of core/magento.
