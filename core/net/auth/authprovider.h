#pragma once

#include "core/common/result.h"
#include "core/net/httptypes.h"
#include "core/workspace/endpoint.h"

#include <functional>
#include <memory>
#include <QObject>
#include <QString>

namespace studio {
class SecretStore;
}

namespace studio::net {

class Scheduler;
class SecretFields;

/// How auth providers send their own requests (token endpoints): through the engine's transport — same TLS
/// policy, proxy and timeout, recorded in the request log — but without auth, without retries, and with the
/// bodies left out of the log because they carry credentials.
class AuthTransport
{
public:
    using Callback = std::function<void(HttpResponse)>;
    virtual ~AuthTransport() = default;
    /// Sends `request`; `done` runs later on the thread of `context`.
    virtual void sendAuthRequest(OutgoingRequest request, QObject* context, Callback done) = 0;
};

/// What a provider is built from.
struct AuthContext
{
    Endpoint endpoint;                  ///< variables resolved; the provider reads endpoint.auth, baseUrl and storeCode
    SecretStore* secrets = nullptr;     ///< where secretRefs point; required when the auth type has secret fields
    AuthTransport* transport = nullptr; ///< for providers that fetch tokens
    Scheduler* scheduler = nullptr;     ///< its clock decides token expiry and OAuth timestamps
    /// Whether tokens obtained are also kept in the secret store (so that the next session reuses them).
    bool persistTokens = true;
    /// Told about every secret value the provider handles (see ApiClientOptions::secretObserver); may be empty.
    std::function<void(const QByteArray&)> secretObserver;
};

/// Adds credentials to requests, one implementation per AuthType (see createAuthProvider()). Providers that
/// need a token fetch, cache and refresh it themselves. Secrets are read from the SecretStore once, held in
/// SecureBytes while the provider lives, and wiped when it goes.
class AuthProvider : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Result<OutgoingRequest>)>;

    explicit AuthProvider(QObject* parent = nullptr);
    ~AuthProvider() override;

    virtual AuthType type() const = 0;
    /// Adds credentials to `request`, first fetching or refreshing a token when needed. `done` runs on the
    /// provider's thread, possibly before authorize() returns. Errors are readable and free of secrets.
    virtual void authorize(OutgoingRequest request, QObject* context, Done done) = 0;
    /// Called when `sent` (a request it authorized) got the 401 `response`. Returns true when signing in again
    /// (or signing differently) may help — a token that `sent` carried is dropped so that the next authorize()
    /// signs in afresh; false for fixed credentials.
    virtual bool recoverFromUnauthorized(const OutgoingRequest& sent, const HttpResponse& response);
    /// How many times one request may be sent again after recoverFromUnauthorized() said yes (one re-login).
    virtual int maxRecoveries() const { return 1; }
    /// The sentence for a request that still got 401 after recoverFromUnauthorized(), or right away for fixed
    /// credentials; `serverMessage` is the server's own message, placeholders filled in (may be empty).
    virtual QString explainUnauthorized(const QString& serverMessage) const;
    /// How requests are authenticated, for the console: "signed with OAuth 1.0a HMAC-SHA256".
    virtual QString describe() const = 0;
    /// Hides, in a log entry, credentials that only the provider can recognise (e.g. an API key under a custom
    /// header or query name). Authorization headers and well-known names are the request log's job.
    virtual void redactForLog(LogEntry& entry) const;
};

/// Creates the provider for `context.endpoint.auth.type`, or an error naming a setting that cannot work
/// (an unknown signature method, a missing token URL, ...).
Result<std::unique_ptr<AuthProvider>> createAuthProvider(const AuthContext& context);

/// A SHA-256 over the workspace salt, the auth type and the secret references of `auth` (hex, 16 digits, with
/// the prefix "cred:"): identifies which credential signed a request in the log without revealing anything.
/// Empty for AuthType::None.
QString credentialFingerprint(const AuthSettings& auth, const QByteArray& salt);

/// The secret-store references that cache tokens for an endpoint (Magento and OAuth 2.0 token modes), so that
/// whoever deletes the endpoint's secrets can delete these too.
QStringList tokenCacheRefs(const Endpoint& endpoint);

} // namespace studio::net
