# Sources of core/net.
