# Sources of the sandbox's Magento side.
