#pragma once

#include "core/net/auth/authprovider.h"
#include "core/net/auth/tokencache.h"

#include <functional>
#include <optional>
#include <QList>
#include <QPointer>

namespace studio::net {

class SecretFields;

/// The common life of providers that exchange credentials for an expiring bearer token (Magento admin/customer
/// tokens, OAuth 2.0): the token is fetched once and shared by every request, kept in memory and in the secret
/// store, refreshed shortly before it expires, and fetched again once when a request carrying it gets 401.
/// A sign-in the server refused is not repeated until the session starts over, so that a sync run cannot lock
/// an account by retrying a wrong password.
class TokenAuthProvider : public AuthProvider
{
    Q_OBJECT

public:
    /// Tokens are renewed this long before they expire (at most half their lifetime).
    static constexpr qint64 RefreshMarginSecs = 300;

    ~TokenAuthProvider() override;

    void authorize(OutgoingRequest request, QObject* context, Done done) final;
    bool recoverFromUnauthorized(const OutgoingRequest& sent, const HttpResponse& response) override;

    /// The current token's expiry (UTC); invalid when there is none.
    QDateTime tokenExpiresAt() const { return m_expiresAt; }
    /// How many times a token was fetched from the server in this session (for tests and diagnostics).
    int fetchCount() const { return m_fetchCount; }

protected:
    /// What a fetch produced: a token, or an error; `permanent` errors (credentials refused) are not retried.
    struct FetchResult
    {
        std::optional<CachedToken> token;
        Error error;
        bool permanent = false;
    };
    using FetchDone = std::function<void(FetchResult)>;

    TokenAuthProvider(const AuthContext& context, SecretFields* secrets, const QString& cacheRef,
        const QString& cacheOwner, QObject* parent);

    /// Obtains a new token from the server; the secrets are loaded when this is called.
    virtual void fetchToken(FetchDone done) = 0;

    SecretFields* secrets() const { return m_secrets; }
    AuthTransport* transport() const { return m_transport; }
    QDateTime now() const;

private:
    struct Waiting
    {
        OutgoingRequest request;
        QPointer<QObject> context;
        Done done;
    };

    bool hasFreshToken() const;
    void proceed();
    void startFetch();
    void failWaiting(const Error& error);
    void serveWaiting();
    void notifyObserver();

    SecretFields* m_secrets;
    AuthTransport* m_transport;
    Scheduler* m_scheduler;
    TokenCache* m_cache;
    std::function<void(const QByteArray&)> m_observer;
    SecureBytes m_token;
    QDateTime m_obtainedAt;
    QDateTime m_expiresAt;
    std::optional<Error> m_permanentFailure;
    QList<Waiting> m_waiting;
    bool m_cacheChecked = false;
    bool m_busy = false;
    int m_fetchCount = 0;
};

} // namespace studio::net
