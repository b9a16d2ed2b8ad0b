# Sources of ui/widgets: the reusable response viewer (ResponseView, BodyView and their views) and the JSON
# editing helpers the console and the log browser embed.
target_sources(studio_ui PRIVATE
    widgets/bodyview.cpp widgets/bodyview.h
    widgets/hexview.cpp widgets/hexview.h
    widgets/jsonhighlighter.cpp widgets/jsonhighlighter.h
    widgets/jsontreemodel.cpp widgets/jsontreemodel.h
    widgets/responseview.cpp widgets/responseview.h
    widgets/searchbar.cpp widgets/searchbar.h
    widgets/syntaxcolors.cpp widgets/syntaxcolors.h
    widgets/textview.cpp widgets/textview.h)
