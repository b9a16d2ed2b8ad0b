# Sources of core/interop: request exchange formats (cURL, Postman, OpenAPI, HAR) behind RequestFormat.
target_sources(studio_core PRIVATE
    interop/requestformat.cpp interop/requestformat.h
    interop/urlmapping.cpp interop/urlmapping.h
    interop/curlformat.cpp interop/curlformat.h
    interop/postmanformat.cpp interop/postmanformat.h
    interop/openapiformat.cpp interop/openapiformat.h
    interop/harformat.cpp interop/harformat.h
    interop/yamljson.cpp interop/yamljson.h)
