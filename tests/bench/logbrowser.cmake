# bench_logbrowser: the log browser (ui/logs) over 1,000,000 entries, offscreen: first rows, filter and search
# latency, random scrolling, peak RSS; the sqlite3 shell on the same file is the peer.
if(STUDIO_BUILD_GUI)
    add_executable(bench_logbrowser "${CMAKE_CURRENT_LIST_DIR}/bench_logbrowser.cpp")
    target_link_libraries(bench_logbrowser PRIVATE studio_settings studio_ui studio_benchsupport)
endif()
