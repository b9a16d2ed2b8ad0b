# Sources of the sandbox's HTTP side.
target_sources(studio_sandbox PRIVATE
    adminroutes.cpp adminroutes.h
    auth.cpp auth.h
    bulk.cpp bulk.h
    faults.cpp faults.h
    httpwire.cpp httpwire.h
    oauthverifier.cpp oauthverifier.h
    routeindex.cpp routeindex.h
    sandboxcounters.cpp sandboxcounters.h
    sandboxdb.cpp sandboxdb.h
    sandboxhost.cpp sandboxhost.h
    sandboxserver.cpp sandboxserver.h
    schemaservice.cpp schemaservice.h)

# Magento's 2.4.5 schema as Swagger 2.0 (packaging/sandbox/make-swagger.py), served filtered by /rest/{store}/schema.
qt_add_resources(studio_sandbox "sandbox_schema"
    PREFIX "/sandbox"
    BASE "${PROJECT_SOURCE_DIR}/resources/sandbox"
    FILES "${PROJECT_SOURCE_DIR}/resources/sandbox/magento-2.4.5-swagger.json")
