# Sources of core/log.
