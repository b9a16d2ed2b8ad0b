# bench_log: request log writer throughput, queries and search over 1,000,000 entries, bytes per entry.
add_executable(bench_log "${CMAKE_CURRENT_LIST_DIR}/bench_log.cpp")
target_link_libraries(bench_log PRIVATE studio_settings studio_core studio_benchsupport PkgConfig::SQLITE3)
