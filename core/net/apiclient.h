#pragma once

#include "core/common/result.h"
#include "core/log/logentry.h"
#include "core/net/httptypes.h"
#include "core/net/retrypolicy.h"
#include "core/net/tlspolicy.h"
#include "core/workspace/endpoint.h"
#include "core/workspace/environment.h"

#include <functional>
#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

namespace studio {
class SecretStore;
}

namespace studio::net {

class EndpointSession;
class Exchange;
class Scheduler;

/// How requests reach the network: the system's proxy settings (environment variables such as https_proxy on
/// Linux, the OS settings elsewhere), no proxy at all, or one given proxy.
struct ProxySettings
{
    enum class Mode { System, None, Explicit };
    Mode mode = Mode::System;
    QUrl url; ///< Explicit: http://host:port or socks5://host:port (user info allowed)

    /// "system", "none" or a proxy URL; errors name the problem.
    static Result<ProxySettings> parse(const QString& text);
    QString toString() const;
    bool operator==(const ProxySettings&) const = default;

    Q_DECLARE_TR_FUNCTIONS(studio::net::ProxySettings)
};

/// Settings of an ApiClient that are not per endpoint.
struct ApiClientOptions
{
    /// Per-workspace salt of credential fingerprints (see loadOrCreateFingerprintSalt()).
    QByteArray fingerprintSalt;
    /// Response bodies larger than this go to a temporary file instead of memory.
    qint64 streamThresholdBytes = 8 * 1024 * 1024;
    /// Folder for those files; empty = the system's temporary folder.
    QString tempFolder;
    /// For a body streamed to disk, how much of its beginning the request log gets.
    qint64 logHeadBytes = 1024 * 1024;
    RetryPolicy retryPolicy;
    /// The proxy of endpoints that have none of their own (Endpoint::proxyUrl empty).
    ProxySettings proxy;
    QByteArray userAgent = QByteArrayLiteral("IntegrationStudio/" STUDIO_VERSION);
    /// Keep Magento / OAuth 2.0 tokens in the secret store between sessions.
    bool persistTokens = true;
    /// Told about every secret value the engine handles (credentials read, tokens obtained), so that the request
    /// log can scrub it wherever it might turn up (Redactor::addLiteral). Called on the client's thread.
    std::function<void(const QByteArray&)> secretObserver;
    /// Source of the backoff jitter, in [0, 1); default: QRandomGenerator.
    std::function<double()> random;
};

/// One request for the engine, before variables are resolved and auth is applied.
struct ApiCall
{
    Endpoint endpoint;       ///< as stored, {{variables}} unresolved
    Environment environment; ///< the active environment
    QByteArray method = "GET";
    /// Path below the endpoint's base URL, percent-encoded as it goes on the wire ("/rest/default/V1/products/A%2FB"),
    /// optionally with a query; or an absolute http(s) URL. May contain {{variables}}.
    QString target;
    /// Further query parameters, decoded (they are percent-encoded per RFC 3986 on the way out). May contain
    /// {{variables}}.
    QList<QPair<QString, QString>> query;
    /// Extra headers; values may contain {{variables}}. Content-Type defaults to application/json for bodies that
    /// look like JSON, Accept to application/json.
    QList<QPair<QString, QString>> headers;
    QByteArray body;
    /// Replace {{variables}} in the body too (turn off for bodies that contain {{...}} of their own, such as
    /// Magento CMS content with {{widget ...}} directives).
    bool resolveBodyVariables = true;
    QString runId; ///< sync run or console session, for the log
    /// The caller vouches that repeating the request is harmless although the method is not idempotent
    /// (e.g. a POST that upserts by SKU); such requests are retried like PUT.
    bool safeToRetry = false;
    std::optional<RetryPolicy> retryPolicy;     ///< overrides the client's
    std::optional<qint64> streamThresholdBytes; ///< overrides the client's
    /// Follow redirects for GET and HEAD when they stay on the same scheme, host and port.
    bool followRedirects = true;
    /// Apply the endpoint's auth. Off for probes that must go without credentials.
    bool authenticate = true;
};

/// An endpoint as the engine will use it: variables (secret ones included) resolved, TLS files read.
struct ResolvedEndpoint
{
    Endpoint endpoint;
    TlsPolicy tls;
    /// The proxy requests take (setProxyFor(), else the endpoint's own, else the client's); for an explicit proxy
    /// with a password, the URL carries it: never print it (ProxySettings::toString() leaves it out).
    ProxySettings proxy;
    /// How requests authenticate ("signed with OAuth 1.0a HMAC-SHA256").
    QString authDescription;
};

/// A request on its way: progress, cancel(), and the response once finished() is emitted. Owned by the caller
/// (delete it, or deleteLater() after finished()); deleting it cancels the request.
class ApiReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiReply)

public:
    enum class State {
        Preparing,           ///< reading secrets, resolving variables
        Queued,              ///< waiting for a free slot (the endpoint's max concurrent requests)
        WaitingForRateLimit, ///< waiting for the endpoint's rate limit
        Authorizing,         ///< signing, or fetching a token
        Sending,
        Receiving,
        WaitingToRetry,
        Finished,
    };
    Q_ENUM(State)

    ~ApiReply() override;

    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Finished; }
    /// The outcome; complete once finished() was emitted.
    const HttpResponse& response() const { return m_response; }
    /// The attempt running now or last (1 = first).
    int attempt() const;
    /// How the request authenticates ("signed with OAuth 1.0a HMAC-SHA256"); known once it left Preparing.
    QString authDescription() const { return m_authDescription; }
    /// Stops the request at whatever stage it is; finished() follows with FailureKind::Cancelled.
    void cancel();
    /// Takes the temporary body file: it is then no longer deleted with the reply. Empty when the body is in memory.
    QString takeBodyFile();

Q_SIGNALS:
    void stateChanged(studio::net::ApiReply::State state);
    /// Bytes of the response body received so far; `total` is -1 when unknown.
    void downloadProgress(qint64 received, qint64 total);
    void uploadProgress(qint64 sent, qint64 total);
    /// An attempt failed and another follows after `delayMs`.
    void retrying(int nextAttempt, qint64 delayMs, const QString& reason);
    void finished();

private:
    friend class ApiClient;
    friend class Exchange;
    explicit ApiReply(QObject* parent);
    void setState(State state);

    std::unique_ptr<Exchange> m_exchange;
    State m_state = State::Preparing;
    HttpResponse m_response;
    QString m_authDescription;
};

/// The one HTTP engine of the studio: every request of the console, the schema fetch, connection tests and
/// sync runs goes through an ApiClient. It resolves {{variables}} (secret ones from the SecretStore), applies the
/// endpoint's auth and TLS policy, keeps to the endpoint's concurrency and rate limits, retries what is safe to
/// retry, streams big bodies to disk, and records every attempt with the RequestRecorder.
///
/// Lives on one thread and never blocks it. Per endpoint and environment it keeps a session (resolved settings,
/// auth provider with its tokens, connection pool); a session is rebuilt when the endpoint or environment changes.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    /// `secrets` and `recorder` may be null (no secrets / no log) and must outlive the client.
    ApiClient(SecretStore* secrets, RequestRecorder* recorder, QObject* parent = nullptr);
    ~ApiClient() override;

    void setOptions(ApiClientOptions options);
    const ApiClientOptions& options() const { return m_options; }
    /// Replaces the timer and clock of waits and token expiry (tests). Must outlive the client.
    void setScheduler(Scheduler* scheduler);
    Scheduler& scheduler() const { return *m_scheduler; }
    /// A proxy for one endpoint instead of the client's; it also wins over the endpoint's own proxy setting
    /// (e.g. --proxy on the command line).
    void setProxyFor(const QString& endpointId, const ProxySettings& proxy);

    /// Starts a request. Never blocks; every outcome — also a bad variable or a missing secret — arrives through
    /// the reply's finished() signal.
    ApiReply* send(ApiCall call);

    /// Resolves an endpoint the way send() does (reading secret variables and TLS files), for callers that need
    /// its settings before sending, such as connection tests. `done` runs on the client's thread, maybe inside
    /// the call, unless `context` is destroyed first.
    void resolve(const Endpoint& endpoint, const Environment& environment, QObject* context,
        std::function<void(Result<ResolvedEndpoint>)> done);

    /// Drops every session: cached tokens in memory, secrets read, open connections. The next request starts
    /// afresh (tokens kept in the secret store are still reused).
    void resetSessions();

    SecretStore* secretStore() const { return m_secrets; }
    RequestRecorder* recorder() const { return m_recorder; }

private:
    friend class Exchange;
    std::shared_ptr<EndpointSession> sessionFor(const Endpoint& endpoint, const Environment& environment);
    double nextRandom() const;

    SecretStore* m_secrets;
    RequestRecorder* m_recorder;
    Scheduler* m_scheduler;
    ApiClientOptions m_options;
    QHash<QString, ProxySettings> m_proxies;
    QHash<QString, std::shared_ptr<EndpointSession>> m_sessions;
};

/// The per-workspace salt for credential fingerprints, kept in `<stateFolder>/credential-salt` (created with 32
/// random bytes on first use).
Result<QByteArray> loadOrCreateFingerprintSalt(const QString& stateFolder);

} // namespace studio::net
