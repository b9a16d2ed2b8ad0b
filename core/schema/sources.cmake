target_sources(studio_core PRIVATE schema / graphqlschema.cpp schema / graphqlschema.h)
