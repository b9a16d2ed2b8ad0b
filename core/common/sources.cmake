target_sources(studio_core PRIVATE
    common/atomicfile.cpp common/atomicfile.h
    common/clock.cpp common/clock.h
    common/jsondiff.cpp common/jsondiff.h
    common/jsonio.cpp common/jsonio.h
    common/result.cpp common/result.h)
