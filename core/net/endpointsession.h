#pragma once

// Internal to core/net: what an ApiClient keeps per endpoint and environment.

#include "core/net/apiclient.h"
#include "core/net/auth/authprovider.h"
#include "core/net/ratelimiter.h"
#include "core/net/tlspolicy.h"
#include "core/secrets/securebytes.h"
#include "core/workspace/variables.h"

#include <functional>
#include <memory>
#include <optional>
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace studio::net {

class Exchange;

/// Why a session or a request could not be prepared.
struct PrepareError
{
    FailureKind kind = FailureKind::Configuration;
    Error error;
};

/// The state an ApiClient keeps for one endpoint in one environment: secret variables read so far, the resolved
/// endpoint, its TLS policy, auth provider (with cached tokens), connection pool, rate limiter and request queue.
class EndpointSession final : public QObject, public AuthTransport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointSession)

public:
    /// `clientProxy` is the client's proxy for this endpoint; `forced` when the caller set it for this endpoint
    /// (ApiClient::setProxyFor()), which wins over the endpoint's own proxy setting.
    EndpointSession(
        ApiClient* client, Endpoint endpoint, Environment environment, ProxySettings clientProxy, bool forced);
    ~EndpointSession() override;

    /// True when the session was built from exactly these settings.
    bool matches(
        const Endpoint& endpoint, const Environment& environment, const ProxySettings& clientProxy, bool forced) const;
    /// Runs `done` once the session is ready (or failed); on the session's thread, maybe inside the call.
    void whenReady(QObject* context, std::function<void(std::optional<PrepareError>)> done);
    bool hasFailed() const { return m_failure.has_value(); }

    /// Reads the secret variables among `texts`' variables (and the variables those refer to) not read yet.
    void loadVariablesFor(
        const QStringList& texts, QObject* context, std::function<void(std::optional<PrepareError>)> done);
    /// Plain variables of the environment plus the secret ones read so far.
    VariableResolver resolver() const;

    const Endpoint& resolved() const { return m_resolved; }
    const TlsPolicy& tls() const { return m_tls; }
    /// The proxy requests take: the forced one, else the endpoint's own, else the client's (password included).
    const ProxySettings& proxy() const { return m_effectiveProxy; }
    AuthProvider* auth() const { return m_auth.get(); }
    QString fingerprint() const { return m_fingerprint; }
    QString environmentName() const { return m_environment.name; }
    ApiClient* client() const { return m_client; }

    /// The QNetworkRequest for an outgoing request: headers, TLS configuration, timeout, HTTP/2, no redirects
    /// followed by Qt, no cookies.
    QNetworkRequest networkRequest(const OutgoingRequest& request) const;
    /// Starts the transfer.
    QNetworkReply* start(const OutgoingRequest& request);

    /// Gives `exchange` a slot now (calls Exchange::onSlot) or when one frees up, first come first served.
    void acquireSlot(Exchange* exchange);
    void releaseSlot(Exchange* exchange);
    void forget(Exchange* exchange);
    /// Takes a rate-limit token; the milliseconds to wait before using it.
    qint64 reserveRateToken();

    void sendAuthRequest(OutgoingRequest request, QObject* context, Callback done) override;

private:
    void initialize();
    void loadSecrets(QStringList names, std::function<void(std::optional<PrepareError>)> done);
    void becomeReady(std::optional<PrepareError> failure);
    /// Settles m_effectiveProxy from the resolved endpoint, reading the proxy password if it has one.
    void resolveProxy(std::function<void(std::optional<PrepareError>)> done);
    QStringList secretVariablesUsedBy(const QStringList& texts) const;

    ApiClient* m_client;
    Endpoint m_endpoint;
    Environment m_environment;
    ProxySettings m_proxy;
    bool m_proxyForced = false;
    ProxySettings m_effectiveProxy;
    Endpoint m_resolved;
    TlsPolicy m_tls;
    std::unique_ptr<AuthProvider> m_auth;
    std::unique_ptr<TokenBucket> m_bucket;
    QNetworkAccessManager* m_network = nullptr;
    QString m_fingerprint;
    QMap<QString, SecureBytes> m_secretVariables;
    bool m_ready = false;
    std::optional<PrepareError> m_failure;
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(std::optional<PrepareError>)> done;
    };
    QList<Waiter> m_readyWaiters;
    int m_running = 0;
    QList<Exchange*> m_queue;
    QList<Exchange*> m_holding;
};

/// Turns a QNetworkReply's failure into a kind and one readable sentence (no TLS details; see TlsProblem).
std::pair<FailureKind, QString> describeNetworkError(QNetworkReply* reply, const QUrl& url, bool cancelledByUser);

/// The leaf certificate a TLS error is about: the peer's, or the one the errors name.
QSslCertificate leafCertificateOf(QNetworkReply* reply, const QList<QSslError>& errors);

/// Records an exchange: a LogEntry from what was sent and received.
LogEntry makeLogEntry(
    const EndpointSession& session, const QString& runId, const OutgoingRequest& sent, const QDateTime& startedAt);

} // namespace studio::net
