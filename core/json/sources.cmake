# Sources of core/json: the response viewer's non-UI parts (scanner, pretty printer, tree index, search,
# content detection), shared by the console, the log browser and anything headless.
target_sources(studio_core PRIVATE
    json/bytesource.cpp json/bytesource.h
    json/contentkind.cpp json/contentkind.h
    json/foldstate.cpp json/foldstate.h
    json/htmltext.cpp json/htmltext.h
    json/jsonerror.cpp json/jsonerror.h
    json/jsonpretty.cpp json/jsonpretty.h
    json/jsonscan_p.h
    json/jsontext.cpp json/jsontext.h
    json/jsontree.cpp json/jsontree.h
    json/syntaxlexer.cpp json/syntaxlexer.h
    json/textdecode.cpp json/textdecode.h
    json/textdocument.cpp json/textdocument.h
    json/textsearch.cpp json/textsearch.h
    json/worker.cpp json/worker.h
    json/xmlpretty.cpp json/xmlpretty.h)

# The loops that touch every byte of a 50 MB body are optimised even in Debug builds: unoptimised they take
# seconds where the optimised ones take a fraction of one, which would make debugging the viewer (and its
# benchmark in the dev build) misleading. They stay debuggable through the rest of the code.
if(CMAKE_BUILD_TYPE STREQUAL "Debug")
    set_source_files_properties(
        json/jsonpretty.cpp json/jsontree.cpp json/textdocument.cpp json/textsearch.cpp json/textdecode.cpp
        json/htmltext.cpp json/contentkind.cpp json/syntaxlexer.cpp json/foldstate.cpp
        PROPERTIES COMPILE_OPTIONS "-O2")
endif()
