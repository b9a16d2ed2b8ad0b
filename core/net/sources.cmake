# Sources of core/net: the HTTP engine (ApiClient), its policies (retry, rate limit, TLS), auth providers and the
# connection testers.
target_sources(studio_core PRIVATE
    net/apiclient.cpp net/apiclient.h net/apiclient_p.h
    net/callbuilder.cpp net/callbuilder.h
    net/connectiontester.cpp net/connectiontester.h
    net/endpointsession.cpp net/endpointsession.h
    net/httptypes.cpp net/httptypes.h
    net/localchecks.cpp net/localchecks.h
    net/ratelimiter.cpp net/ratelimiter.h
    net/retrypolicy.cpp net/retrypolicy.h
    net/scheduler.cpp net/scheduler.h
    net/servermessage.cpp net/servermessage.h
    net/tlspolicy.cpp net/tlspolicy.h net/tlsproblem.h
    net/auth/apikeyauth.cpp net/auth/apikeyauth.h
    net/auth/authprovider.cpp net/auth/authprovider.h
    net/auth/basicauth.cpp net/auth/basicauth.h
    net/auth/bearerauth.cpp net/auth/bearerauth.h
    net/auth/magentotokenauth.cpp net/auth/magentotokenauth.h
    net/auth/noauth.cpp net/auth/noauth.h
    net/auth/oauth1auth.cpp net/auth/oauth1auth.h
    net/auth/oauth1signer.cpp net/auth/oauth1signer.h
    net/auth/oauth2auth.cpp net/auth/oauth2auth.h
    net/auth/secretfields.cpp net/auth/secretfields.h
    net/auth/tokenauth.cpp net/auth/tokenauth.h
    net/auth/tokencache.cpp net/auth/tokencache.h)
