target_sources(studio_core PRIVATE
    workspace/connectiontester.h
    workspace/demoworkspace.cpp workspace/demoworkspace.h
    workspace/endpoint.cpp workspace/endpoint.h
    workspace/environment.h
    workspace/savedrequest.cpp workspace/savedrequest.h
    workspace/variables.cpp workspace/variables.h
    workspace/workspace.cpp workspace/workspace.h
    workspace/workspaceformat.cpp workspace/workspaceformat.h)

# The demo workspace (resources/demo), copied to the user's data folder on first start with --demo.
qt_add_resources(studio_core demo_workspace
    PREFIX /demo-workspace
    BASE ${PROJECT_SOURCE_DIR}/resources/demo
    FILES
        ${PROJECT_SOURCE_DIR}/resources/demo/workspace.json
        ${PROJECT_SOURCE_DIR}/resources/demo/gitignore
        ${PROJECT_SOURCE_DIR}/resources/demo/environments/sandbox.json
        ${PROJECT_SOURCE_DIR}/resources/demo/endpoints/magento-sandbox.json
        ${PROJECT_SOURCE_DIR}/resources/demo/endpoints/magento-sandbox-admin.json
        ${PROJECT_SOURCE_DIR}/resources/demo/endpoints/erp-demo.json)
