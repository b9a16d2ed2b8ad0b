# The console's GraphQL mode (issue 5): editors with completion, schema explorer, introspection.
target_sources(studio_ui PRIVATE
    graphql/graphqleditor.cpp graphql/graphqleditor.h
    graphql/graphqlhighlighter.cpp graphql/graphqlhighlighter.h
    graphql/graphqlpanel.cpp graphql/graphqlpanel.h
    graphql/graphqlqueryedit.cpp graphql/graphqlqueryedit.h
    graphql/schemaexplorer.cpp graphql/schemaexplorer.h
    graphql/schematreemodel.cpp graphql/schematreemodel.h)
