# Sources of core/log.
target_sources(studio_core PRIVATE
    log/logentry.h
    log/logexport.cpp log/logexport.h
    log/logpaths.cpp log/logpaths.h
    log/logreader.cpp log/logreader.h
    log/logstore.cpp log/logstore.h
    log/redactor.cpp log/redactor.h
    log/requestlog.cpp log/requestlog.h)
