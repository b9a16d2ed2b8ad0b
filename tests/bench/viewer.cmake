# bench_viewer: a 50 MB Magento response in the response viewer (time to first pretty lines, fully formatted,
# longest event-loop stall, peak memory) against jq and QPlainTextEdit::setPlainText measured in the same run.
if(STUDIO_BUILD_GUI)
    add_executable(bench_viewer "${CMAKE_CURRENT_LIST_DIR}/bench_viewer.cpp")
    target_link_libraries(bench_viewer PRIVATE studio_settings studio_ui studio_json_testdata studio_benchsupport)
endif()
