# bench_net: the HTTP engine's overhead (ApiClient with and without OAuth 1.0a signing) against plain
# QNetworkAccessManager on the same loopback server, and a large body streamed to disk against read into memory.
add_executable(bench_net "${CMAKE_CURRENT_LIST_DIR}/bench_net.cpp")
target_link_libraries(bench_net PRIVATE studio_settings studio_core studio_benchsupport)
