target_sources(studio_core PRIVATE schema/graphqlschema.cpp schema/graphqlschema.h)
# The console's path completion (issue 5).
target_sources(studio_core PRIVATE schema/restoperations.cpp schema/restoperations.h)
