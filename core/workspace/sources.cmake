# Sources of core/workspace.
