target_sources(studio_core PRIVATE schema/graphqlschema.cpp schema/graphqlschema.h)
# The console's path completion (issue 5).
target_sources(studio_core PRIVATE schema/restoperations.cpp schema/restoperations.h)
# The console's Magento helpers and GraphQL mode (issue 5): response field trees for the `fields` selector,
# GraphQL documents (colouring, operations) and introspection through the engine.
target_sources(studio_core PRIVATE
    schema/graphqldocument.cpp schema/graphqldocument.h
    schema/graphqlintrospection.cpp schema/graphqlintrospection.h
    schema/responsefields.cpp schema/responsefields.h)
# Magento's schema discovery, fetched once for the path completion and the `fields` tree.
target_sources(studio_core PRIVATE schema/magentorestschema.cpp schema/magentorestschema.h)
