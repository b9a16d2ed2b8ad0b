#include "core/net/endpointsession.h"

#include "core/net/apiclient_p.h"
#include "core/net/scheduler.h"
#include "core/secrets/secretstore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSslConfiguration>

namespace studio::net {

namespace {

// The context lupdate gives tr() in free functions of this namespace.
QString tr(const char* text)
{
    return QCoreApplication::translate("studio::net", text);
}

/// Asks the operating system for every request (so that a changed proxy setting is picked up).
class SystemProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override
    {
        return QNetworkProxyFactory::systemProxyForQuery(query);
    }
};

QStringList endpointTexts(const Endpoint& endpoint)
{
    QStringList texts {endpoint.baseUrl, endpoint.storeCode, endpoint.tls.caFile, endpoint.tls.pinnedSha256,
        endpoint.tls.clientCertFile, endpoint.tls.clientKeyFile, endpoint.proxyUrl, endpoint.sql.host,
        endpoint.sql.database, endpoint.sql.options, endpoint.file.folder, endpoint.file.pattern};
    texts += endpoint.auth.fields.values();
    return texts;
}

constexpr qint64 MaxAuthResponseBytes = 1024 * 1024;

} // namespace

EndpointSession::EndpointSession(
    ApiClient* client, Endpoint endpoint, Environment environment, ProxySettings clientProxy, bool forced)
    : m_client(client)
    , m_endpoint(std::move(endpoint))
    , m_environment(std::move(environment))
    , m_proxy(std::move(clientProxy))
    , m_proxyForced(forced)
    , m_effectiveProxy(m_proxy)
{
    initialize();
}

EndpointSession::~EndpointSession()
{
    // Providers and the network manager are children or owned here; they die with the session.
    m_auth.reset();
}

bool EndpointSession::matches(
    const Endpoint& endpoint, const Environment& environment, const ProxySettings& clientProxy, bool forced) const
{
    return m_endpoint == endpoint && m_environment == environment && m_proxy == clientProxy && m_proxyForced == forced
        && !m_failure;
}

QStringList EndpointSession::secretVariablesUsedBy(const QStringList& texts) const
{
    QStringList pending;
    for (const QString& text : texts)
        pending += VariableResolver::variablesIn(text);
    QStringList seen;
    QStringList secret;
    while (!pending.isEmpty()) {
        const QString name = pending.takeFirst();
        if (seen.contains(name))
            continue;
        seen.append(name);
        if (m_environment.secretVariables.contains(name)) {
            if (!m_secretVariables.contains(name))
                secret.append(name);
        } else if (m_environment.variables.contains(name)) {
            pending += VariableResolver::variablesIn(m_environment.variables.value(name));
        }
    }
    return secret;
}

VariableResolver EndpointSession::resolver() const
{
    VariableResolver resolver = VariableResolver::forEnvironment(m_environment);
    for (auto it = m_secretVariables.cbegin(); it != m_secretVariables.cend(); ++it)
        resolver.setValue(it.key(), it.value().toUtf8String());
    return resolver;
}

void EndpointSession::loadSecrets(QStringList names, std::function<void(std::optional<PrepareError>)> done)
{
    if (names.isEmpty()) {
        done(std::nullopt);
        return;
    }
    SecretStore* store = m_client->secretStore();
    const QString name = names.takeFirst();
    if (!store) {
        done(PrepareError {FailureKind::Secret,
            Error {tr("The secret variable {{%1}} cannot be read: no secret store is available.").arg(name)}});
        return;
    }
    store->read(m_environment.secretVariables.value(name), this,
        [this, name, names, done = std::move(done)](Result<SecureBytes> value) mutable {
            if (!value) {
                done(PrepareError {FailureKind::Secret,
                    Error {tr("The secret variable {{%1}} of environment \"%2\" could not be read: %3")
                               .arg(name, m_environment.name, value.error().message)}});
                return;
            }
            if (const auto& observer = m_client->options().secretObserver) {
                QByteArray revealed = value.value().reveal();
                observer(revealed);
                wipe(revealed);
            }
            m_secretVariables.insert(name, std::move(value).value());
            loadSecrets(std::move(names), std::move(done));
        });
}

void EndpointSession::initialize()
{
    QStringList names = secretVariablesUsedBy(endpointTexts(m_endpoint));
    loadSecrets(names, [this](std::optional<PrepareError> failure) {
        if (failure) {
            becomeReady(failure);
            return;
        }
        Result<Endpoint> resolved = resolver().resolveEndpoint(m_endpoint);
        if (!resolved) {
            becomeReady(PrepareError {FailureKind::Configuration, resolved.error()});
            return;
        }
        m_resolved = std::move(resolved).value();
        if (m_resolved.isHttp() && !m_resolved.baseUrl.trimmed().isEmpty()) {
            const QUrl base(m_resolved.baseUrl.trimmed(), QUrl::StrictMode);
            if (!base.isValid() || (base.scheme() != u"http" && base.scheme() != u"https") || base.host().isEmpty()) {
                becomeReady(PrepareError {FailureKind::Configuration,
                    Error {tr("The base URL \"%1\" of endpoint \"%2\" is not an http or https URL.")
                               .arg(m_resolved.baseUrl, m_endpoint.name)}});
                return;
            }
        }
        const auto finishSetUp = [this](const SecureBytes& passphrase) {
            const QString host = QUrl(m_resolved.baseUrl.trimmed()).host();
            Result<TlsPolicy> tls = TlsPolicy::create(m_resolved.tls, host, passphrase);
            if (!tls) {
                becomeReady(PrepareError {FailureKind::Configuration,
                    Error {tr("TLS settings of endpoint \"%1\": %2").arg(m_endpoint.name, tls.error().message)}});
                return;
            }
            m_tls = std::move(tls).value();
            AuthContext context;
            context.endpoint = m_resolved;
            context.secrets = m_client->secretStore();
            context.transport = this;
            context.scheduler = &m_client->scheduler();
            context.persistTokens = m_client->options().persistTokens;
            context.secretObserver = m_client->options().secretObserver;
            Result<std::unique_ptr<AuthProvider>> provider = createAuthProvider(context);
            if (!provider) {
                becomeReady(PrepareError {FailureKind::Configuration,
                    Error {
                        tr("Authentication of endpoint \"%1\": %2").arg(m_endpoint.name, provider.error().message)}});
                return;
            }
            m_auth = std::move(provider).value();
            m_auth->setParent(nullptr);
            m_fingerprint = credentialFingerprint(m_resolved.auth, m_client->options().fingerprintSalt);
            m_bucket = std::make_unique<TokenBucket>(
                m_client->scheduler().clock(), m_resolved.rateLimit.requestsPerSecond, m_resolved.rateLimit.burst);
            m_network = new QNetworkAccessManager(this);
            m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
            switch (m_effectiveProxy.mode) {
            case ProxySettings::Mode::System:
                m_network->setProxyFactory(new SystemProxyFactory);
                break;
            case ProxySettings::Mode::None:
                m_network->setProxy(QNetworkProxy::NoProxy);
                break;
            case ProxySettings::Mode::Explicit: {
                const QUrl& url = m_effectiveProxy.url;
                const bool socks = url.scheme().startsWith(u"socks");
                QNetworkProxy proxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, url.host(),
                    quint16(url.port(socks ? 1080 : 8080)), url.userName(), url.password());
                m_network->setProxy(proxy);
                break;
            }
            }
            becomeReady(std::nullopt);
        };
        resolveProxy([this, finishSetUp](std::optional<PrepareError> proxyFailure) {
            if (proxyFailure) {
                becomeReady(proxyFailure);
                return;
            }
            const QString passphraseRef = m_resolved.tls.clientKeyPassphraseRef;
            if (passphraseRef.isEmpty() || m_resolved.tls.clientKeyFile.isEmpty()) {
                finishSetUp(SecureBytes());
                return;
            }
            SecretStore* store = m_client->secretStore();
            if (!store) {
                becomeReady(PrepareError {FailureKind::Secret,
                    Error {tr("The passphrase of the client key cannot be read: no secret store is available.")}});
                return;
            }
            store->read(passphraseRef, this, [this, finishSetUp](Result<SecureBytes> passphrase) {
                if (!passphrase) {
                    becomeReady(PrepareError {FailureKind::Secret,
                        Error {tr("The passphrase of the client key of endpoint \"%1\" could not be read: %2")
                                   .arg(m_endpoint.name, passphrase.error().message)}});
                    return;
                }
                finishSetUp(passphrase.value());
            });
        });
    });
}

void EndpointSession::resolveProxy(std::function<void(std::optional<PrepareError>)> done)
{
    m_effectiveProxy = m_proxy;
    // The caller's proxy for this endpoint (the command line's --proxy) wins; then the endpoint's own.
    if (m_proxyForced || !m_resolved.isHttp() || m_resolved.proxyUrl.trimmed().isEmpty()) {
        done(std::nullopt);
        return;
    }
    Result<ProxySettings> parsed = ProxySettings::parse(m_resolved.proxyUrl);
    if (!parsed) {
        done(PrepareError {FailureKind::Configuration,
            Error {tr("Proxy of endpoint \"%1\": %2").arg(m_endpoint.name, parsed.error().message)}});
        return;
    }
    m_effectiveProxy = std::move(parsed).value();
    if (m_effectiveProxy.mode != ProxySettings::Mode::Explicit) {
        m_effectiveProxy.url.clear();
        done(std::nullopt);
        return;
    }
    // The endpoint file is shared: a password in it would be a leak, so it is refused rather than used.
    if (!m_effectiveProxy.url.password().isEmpty()) {
        done(PrepareError {FailureKind::Configuration,
            Error {tr("Proxy of endpoint \"%1\": the URL contains a password; enter it as the proxy password, which "
                      "is kept in the keychain.")
                       .arg(m_endpoint.name)}});
        return;
    }
    const QString passwordRef = m_resolved.proxyPasswordRef;
    if (passwordRef.isEmpty()) {
        done(std::nullopt);
        return;
    }
    SecretStore* store = m_client->secretStore();
    if (!store) {
        done(PrepareError {
            FailureKind::Secret, Error {tr("The proxy password cannot be read: no secret store is available.")}});
        return;
    }
    store->read(passwordRef, this, [this, done = std::move(done)](Result<SecureBytes> password) {
        if (!password) {
            done(PrepareError {FailureKind::Secret,
                Error {tr("The proxy password of endpoint \"%1\" could not be read: %2")
                           .arg(m_endpoint.name, password.error().message)}});
            return;
        }
        QByteArray revealed = password.value().reveal();
        if (const auto& observer = m_client->options().secretObserver)
            observer(revealed);
        QString text = QString::fromUtf8(revealed);
        wipe(revealed);
        m_effectiveProxy.url.setPassword(text, QUrl::DecodedMode);
        wipe(text);
        done(std::nullopt);
    });
}

void EndpointSession::becomeReady(std::optional<PrepareError> failure)
{
    m_ready = true;
    m_failure = std::move(failure);
    const QList<Waiter> waiters = std::exchange(m_readyWaiters, {});
    for (const Waiter& waiter : waiters) {
        if (waiter.context)
            waiter.done(m_failure);
    }
}

void EndpointSession::whenReady(QObject* context, std::function<void(std::optional<PrepareError>)> done)
{
    if (m_ready) {
        done(m_failure);
        return;
    }
    m_readyWaiters.append(Waiter {context, std::move(done)});
}

void EndpointSession::loadVariablesFor(
    const QStringList& texts, QObject* context, std::function<void(std::optional<PrepareError>)> done)
{
    QPointer<QObject> guard(context);
    loadSecrets(secretVariablesUsedBy(texts), [guard, done = std::move(done)](std::optional<PrepareError> failure) {
        if (guard)
            done(std::move(failure));
    });
}

QNetworkRequest EndpointSession::networkRequest(const OutgoingRequest& out) const
{
    QNetworkRequest request(out.url);
    for (const auto& header : out.headers)
        request.setRawHeader(header.first, header.second);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // No cookie jar: a session cookie could otherwise change who Magento thinks is calling.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(m_resolved.timeoutMs > 0 ? m_resolved.timeoutMs : 30000);
    if (out.url.scheme() == u"https")
        request.setSslConfiguration(m_tls.configurationFor(out.url));
    return request;
}

QNetworkReply* EndpointSession::start(const OutgoingRequest& request)
{
    return m_network->sendCustomRequest(networkRequest(request), request.method, request.body);
}

void EndpointSession::acquireSlot(Exchange* exchange)
{
    const int limit = m_resolved.maxConcurrent;
    if (limit <= 0 || m_running < limit) {
        ++m_running;
        m_holding.append(exchange);
        exchange->onSlot();
        return;
    }
    m_queue.append(exchange);
}

void EndpointSession::releaseSlot(Exchange* exchange)
{
    if (!m_holding.removeOne(exchange))
        return;
    --m_running;
    while (!m_queue.isEmpty()) {
        const int limit = m_resolved.maxConcurrent;
        if (limit > 0 && m_running >= limit)
            break;
        Exchange* next = m_queue.takeFirst();
        ++m_running;
        m_holding.append(next);
        next->onSlot();
    }
}

void EndpointSession::forget(Exchange* exchange)
{
    m_queue.removeAll(exchange);
    releaseSlot(exchange);
}

qint64 EndpointSession::reserveRateToken()
{
    return m_bucket ? m_bucket->reserve() : 0;
}

void EndpointSession::sendAuthRequest(OutgoingRequest request, QObject* context, Callback done)
{
    if (!m_network) {
        HttpResponse response;
        response.failure = FailureKind::Configuration;
        response.errorMessage = tr("The endpoint is not ready to send requests.");
        done(std::move(response));
        return;
    }
    if (headerValue(request.headers, "User-Agent").isEmpty())
        request.setHeader("User-Agent", m_client->options().userAgent);
    const QDateTime startedAt = m_client->scheduler().clock().now();
    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply = start(request);
    reply->setParent(this);
    auto body = std::make_shared<QByteArray>();
    auto tlsProblem = std::make_shared<std::optional<TlsProblem>>();
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply, tlsProblem](const QList<QSslError>& errors) {
        const QSslCertificate leaf = leafCertificateOf(reply, errors);
        if (m_tls.acceptsErrors(reply->url(), leaf))
            reply->ignoreSslErrors(errors);
        else
            *tlsProblem = m_tls.problem(reply->url(), leaf, errors);
    });
    connect(reply, &QNetworkReply::readyRead, this, [reply, body]() {
        const QByteArray chunk = reply->readAll();
        if (body->size() < MaxAuthResponseBytes)
            body->append(chunk.left(MaxAuthResponseBytes - body->size()));
    });
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, request, startedAt, timer, body, tlsProblem, guard, done = std::move(done)]() mutable {
            reply->deleteLater();
            const QByteArray rest = reply->readAll();
            if (body->size() < MaxAuthResponseBytes)
                body->append(rest.left(MaxAuthResponseBytes - body->size()));
            HttpResponse response;
            response.method = request.method;
            response.url = request.url;
            response.attempts = 1;
            response.durationMs = timer.elapsed();
            response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            response.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
            for (const auto& pair : reply->rawHeaderPairs())
                response.headers.append(pair);
            response.body = *body;
            wipe(*body);
            if (response.status == 0) {
                auto [kind, message] = describeNetworkError(reply, request.url, false);
                response.failure = kind;
                response.errorMessage = message;
                if (tlsProblem->has_value()) {
                    response.failure = FailureKind::Tls;
                    response.tlsProblem = **tlsProblem;
                    response.errorMessage = (*tlsProblem)->describe();
                }
            } else if (response.status >= 400) {
                response.failure = FailureKind::Http;
            }
            LogEntry entry = makeLogEntry(*this, QString(), request, startedAt);
            // Credential exchanges: neither the password/secret sent nor the token received belongs in the log.
            entry.requestBody = QByteArrayLiteral("[credential exchange: body not recorded]");
            entry.responseBody = QByteArrayLiteral("[credential exchange: body not recorded]");
            entry.status = response.status;
            entry.responseHeaders = response.headers;
            entry.durationMs = response.durationMs;
            entry.error = response.status == 0 ? response.errorMessage : QString();
            entry.httpVersion
                = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool() ? "HTTP/2" : "HTTP/1.1";
            if (RequestRecorder* recorder = m_client->recorder())
                recorder->record(std::move(entry));
            if (guard)
                done(std::move(response));
        });
}

QSslCertificate leafCertificateOf(QNetworkReply* reply, const QList<QSslError>& errors)
{
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    if (!peer.isNull())
        return peer;
    const QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
    if (!chain.isEmpty())
        return chain.first();
    for (const QSslError& error : errors) {
        if (!error.certificate().isNull())
            return error.certificate();
    }
    return QSslCertificate();
}

std::pair<FailureKind, QString> describeNetworkError(QNetworkReply* reply, const QUrl& url, bool cancelledByUser)
{
    const QString host = url.host();
    const int port = url.port(url.scheme() == u"https" ? 443 : 80);
    const QString where = host + u':' + QString::number(port);
    // Through an HTTP proxy the studio only ever connects to the proxy: a name that does not resolve or a refused
    // connection is the proxy's (Qt reports them as if they were the server's).
    const QNetworkProxy proxy = reply->manager() ? reply->manager()->proxy() : QNetworkProxy(QNetworkProxy::NoProxy);
    const bool viaProxy = proxy.type() == QNetworkProxy::HttpProxy || proxy.type() == QNetworkProxy::Socks5Proxy;
    const QString proxyWhere = proxy.hostName() + u':' + QString::number(proxy.port());
    if (viaProxy && reply->error() == QNetworkReply::ConnectionRefusedError)
        return {FailureKind::Refused,
            tr("Nothing accepts connections at the proxy %1 (connection refused): check the endpoint's proxy "
               "setting, and that the proxy is running.")
                .arg(proxyWhere)};
    if (proxy.type() == QNetworkProxy::HttpProxy && reply->error() == QNetworkReply::HostNotFoundError)
        return {FailureKind::Dns,
            tr("The proxy's host name %1 could not be resolved (DNS): check the endpoint's proxy setting.")
                .arg(proxy.hostName())};
    switch (reply->error()) {
    case QNetworkReply::NoError:
        return {FailureKind::None, QString()};
    case QNetworkReply::HostNotFoundError:
        return {FailureKind::Dns,
            tr("The host name %1 could not be resolved (DNS): check the spelling of the URL, your network or VPN.")
                .arg(host)};
    case QNetworkReply::ConnectionRefusedError:
        return {FailureKind::Refused,
            tr("Nothing accepts connections at %1 (connection refused): is the server running and the port right?")
                .arg(where)};
    case QNetworkReply::TimeoutError:
        return {FailureKind::Timeout, tr("%1 did not answer in time (timeout).").arg(where)};
    case QNetworkReply::OperationCanceledError:
        if (cancelledByUser)
            return {FailureKind::Cancelled, tr("The request was cancelled.")};
        // Qt aborts a transfer that stays silent longer than the transfer timeout this way.
        return {FailureKind::Timeout,
            tr("%1 sent nothing for longer than the endpoint's timeout; the request was given up.").arg(where)};
    case QNetworkReply::SslHandshakeFailedError:
        return {FailureKind::Tls,
            tr("The TLS handshake with %1 failed (%2). The studio requires TLS 1.2 or newer; a server that offers "
               "only older versions, or that requires a client certificate it did not get, fails this way.")
                .arg(where, reply->errorString())};
    case QNetworkReply::RemoteHostClosedError:
        return {FailureKind::Network, tr("%1 closed the connection before answering.").arg(where)};
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return {FailureKind::Network, tr("The proxy failed on the way to %1: %2").arg(where, reply->errorString())};
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return {FailureKind::Network, tr("The network is down: %1").arg(reply->errorString())};
    default:
        return {FailureKind::Network, tr("The request to %1 failed: %2").arg(where, reply->errorString())};
    }
}

LogEntry makeLogEntry(
    const EndpointSession& session, const QString& runId, const OutgoingRequest& sent, const QDateTime& startedAt)
{
    LogEntry entry;
    entry.startedAt = startedAt.toUTC();
    entry.endpointId = session.resolved().id;
    entry.environment = session.environmentName();
    entry.runId = runId;
    entry.method = sent.method;
    entry.url = QString::fromUtf8(sent.url.toEncoded());
    entry.requestHeaders = sent.headers;
    entry.requestBody = sent.body;
    entry.credentialFingerprint = session.fingerprint();
    // The log redacts Authorization, cookies and well-known key names; only the provider knows a custom API key
    // name, so that one is hidden here.
    if (const AuthProvider* auth = session.auth())
        auth->redactForLog(entry);
    return entry;
}

} // namespace studio::net
