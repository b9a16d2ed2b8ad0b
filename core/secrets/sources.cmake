# Sources of core/secrets.
target_sources(studio_core PRIVATE
    secrets/environmentsecretstore.cpp secrets/environmentsecretstore.h
    secrets/keychainstore.cpp secrets/keychainstore.h
    secrets/layeredsecretstore.cpp secrets/layeredsecretstore.h
    secrets/secretcrypto.cpp secrets/secretcrypto.h
    secrets/secretsasync_p.h
    secrets/secretstorage.cpp secrets/secretstorage.h
    secrets/secretstore.cpp secrets/secretstore.h
    secrets/securebytes.cpp secrets/securebytes.h
    secrets/vaultstore.cpp secrets/vaultstore.h)
