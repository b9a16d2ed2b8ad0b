# Sources of core/log.
target_sources(studio_core PRIVATE
    log/logentry.h
    log/loggedrequest.cpp log/loggedrequest.h
    log/logexport.cpp log/logexport.h
    log/logpaths.cpp log/logpaths.h
    log/logreader.cpp log/logreader.h
    log/logstore.cpp log/logstore.h
    log/redactor.cpp log/redactor.h
    log/requestlog.cpp log/requestlog.h)

# Stored bodies are compressed with libdeflate (the zlib format qUncompress reads, about twice as fast as zlib on
# 2 KB bodies, and no per-call state to set up), through a compressor reused per thread.
pkg_check_modules(LIBDEFLATE REQUIRED IMPORTED_TARGET libdeflate)
target_link_libraries(studio_core PRIVATE PkgConfig::LIBDEFLATE)
