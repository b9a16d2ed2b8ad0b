target_sources(studio_core PRIVATE
    workspace/connectiontester.h
    workspace/endpoint.cpp workspace/endpoint.h
    workspace/environment.h
    workspace/variables.cpp workspace/variables.h
    workspace/workspace.cpp workspace/workspace.h
    workspace/workspaceformat.cpp workspace/workspaceformat.h)
