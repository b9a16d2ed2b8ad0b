# Sources of the sandbox's HTTP side.
