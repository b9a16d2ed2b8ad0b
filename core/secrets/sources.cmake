# Sources of core/secrets.
