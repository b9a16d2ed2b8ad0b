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

# Stored bodies are compressed with zlib directly (a reused deflate state per thread; qCompress sets one up
# per call, which costs more than compressing a small body). Qt already depends on the same library.
find_package(ZLIB REQUIRED)
target_link_libraries(studio_core PRIVATE ZLIB::ZLIB)
