target_sources(studio_core PRIVATE
    common/atomicfile.cpp common/atomicfile.h
    common/buildinfo.cpp common/buildinfo.h
    common/clock.cpp common/clock.h
    common/jsondiff.cpp common/jsondiff.h
    common/jsonio.cpp common/jsonio.h
    common/result.cpp common/result.h)

# The versions of the libraries that cannot tell theirs at run time, for Help > About and --version. On this one
# file only, so a new version found by CMake recompiles nothing else.
set_source_files_properties(common/buildinfo.cpp PROPERTIES COMPILE_DEFINITIONS
    "STUDIO_QTKEYCHAIN_VERSION=\"${Qt6Keychain_VERSION}\";STUDIO_YAMLCPP_VERSION=\"${yaml-cpp_VERSION}\"")
