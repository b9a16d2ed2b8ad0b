# Sources of ui/logs: the log browser over the workspace's request log.
target_sources(studio_ui PRIVATE
    logs/logbrowserview.cpp logs/logbrowserview.h
    logs/logcomparedialog.cpp logs/logcomparedialog.h
    logs/logdetailview.cpp logs/logdetailview.h
    logs/logfilterbar.cpp logs/logfilterbar.h
    logs/logreplay.cpp logs/logreplay.h
    logs/logtablemodel.cpp logs/logtablemodel.h
    logs/logworker.cpp logs/logworker.h
    logs/savefiledialog.cpp logs/savefiledialog.h)
