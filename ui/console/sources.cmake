# The request console (issue 5): request editor, saved requests, bulk follow, interop actions, response pane.
target_sources(studio_ui PRIVATE
    console/bodyeditor.cpp console/bodyeditor.h
    console/bulkpanel.cpp console/bulkpanel.h
    console/consoleinterop.cpp console/consoleinterop.h
    console/consoleview.cpp console/consoleview.h
    console/keyvaluetable.cpp console/keyvaluetable.h
    console/pathcompletion.cpp console/pathcompletion.h
    console/responsepane.cpp console/responsepane.h
    console/savedrequestspanel.cpp console/savedrequestspanel.h)
