#include "core/net/connectiontester.h"

#include "core/magento/magentoerror.h"
#include "core/magento/magentourl.h"
#include "core/net/localchecks.h"
#include "core/net/scheduler.h"
#include "core/net/servermessage.h"
#include "core/secrets/secretstore.h"

#include <memory>
#include <QCoreApplication>
#include <QHostAddress>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxyFactory>
#include <QSslSocket>
#include <QThread>
#include <QTimer>

namespace studio::net {

namespace {

// The context lupdate gives tr() in free functions of this namespace.
QString tr(const char* text)
{
    return QCoreApplication::translate("studio::net", text);
}

bool isRouteNotFound(const HttpResponse& response)
{
    return response.status == 404 && response.body.contains("Request does not match any route");
}

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    default:
        return QStringLiteral("TLS");
    }
}

} // namespace

/// One run of a connection test; deleted when it ends or is cancelled.
class ConnectionTestRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTestRun)

public:
    ConnectionTestRun(EndpointConnectionTester* tester, Endpoint endpoint, Environment environment);
    ~ConnectionTestRun() override;

    void start();
    void cancel();

private:
    void add(ConnectionCheck::State state, const QString& name, const QString& detail);
    void fail(const QString& name, const QString& detail) { add(ConnectionCheck::State::Failed, name, detail); }
    void pass(const QString& name, const QString& detail) { add(ConnectionCheck::State::Passed, name, detail); }
    void skip(const QString& name, const QString& detail) { add(ConnectionCheck::State::Skipped, name, detail); }
    void finish(const QString& successSummary = QString());

    void onResolved(ResolvedEndpoint resolved);
    void runLocal();
    void checkDns();
    void checkTcp();
    void checkTls();
    void checkHttp();
    void magentoStoreProbe();
    void magentoAuth();
    void magentoVersion();
    void restCheck();
    void graphqlCheck();

    ApiReply* send(const QByteArray& method, const QUrl& url, bool authenticate, const QByteArray& body = {});
    /// Reports a response that is no usable API answer (transport failure, redirect, HTML); true when it did.
    bool reportUnusable(const QString& name, const HttpResponse& response);
    void startTimeout(int ms, std::function<void()> onTimeout);

    EndpointConnectionTester* m_tester;
    Endpoint m_endpoint;
    Environment m_environment;
    ApiClient* m_client;
    ResolvedEndpoint m_resolved;
    QUrl m_base;
    ConnectionReport m_report;
    QPointer<ApiReply> m_reply;
    QPointer<QAbstractSocket> m_socket;
    QTimer m_timeout;
    int m_lookupId = -1;
    bool m_done = false;
    QString m_storeLabel;
    QString m_version;
    /// Magento's answer to the probe made without credentials when it refused a guest ("The consumer isn't
    /// authorized to access Magento_Backend::store."); empty when the probe was answered.
    QString m_guestRefusal;
};

ConnectionTestRun::ConnectionTestRun(EndpointConnectionTester* tester, Endpoint endpoint, Environment environment)
    : QObject(tester)
    , m_tester(tester)
    , m_endpoint(std::move(endpoint))
    , m_environment(std::move(environment))
    , m_client(new ApiClient(tester->m_secrets, tester->m_recorder, this))
{
    ApiClientOptions options = tester->m_options;
    options.retryPolicy = RetryPolicy::none();
    options.persistTokens = false;
    m_client->setOptions(options);
    if (tester->m_scheduler)
        m_client->setScheduler(tester->m_scheduler);
    for (auto it = tester->m_proxies.cbegin(); it != tester->m_proxies.cend(); ++it)
        m_client->setProxyFor(it.key(), it.value());
    m_timeout.setSingleShot(true);
}

ConnectionTestRun::~ConnectionTestRun()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    if (m_socket)
        m_socket->abort();
    delete m_reply;
}

void ConnectionTestRun::add(ConnectionCheck::State state, const QString& name, const QString& detail)
{
    const ConnectionCheck check {name, state, detail};
    m_report.checks.append(check);
    Q_EMIT m_tester->checkFinished(check);
}

void ConnectionTestRun::finish(const QString& successSummary)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    m_report.ok = true;
    for (const ConnectionCheck& check : std::as_const(m_report.checks)) {
        if (check.state == ConnectionCheck::State::Failed) {
            m_report.ok = false;
            m_report.summary = check.detail;
            break;
        }
    }
    if (m_report.ok)
        m_report.summary = successSummary.isEmpty() ? tr("All checks passed.") : successSummary;
    m_tester->runFinished(this, m_report);
}

void ConnectionTestRun::cancel()
{
    if (m_done)
        return;
    if (m_reply)
        m_reply->cancel();
    m_done = true;
    m_report.ok = false;
    m_report.summary = tr("The connection test was cancelled.");
    m_tester->runFinished(this, m_report);
}

void ConnectionTestRun::startTimeout(int ms, std::function<void()> onTimeout)
{
    m_timeout.disconnect(this);
    connect(&m_timeout, &QTimer::timeout, this, std::move(onTimeout));
    m_timeout.start(ms);
}

void ConnectionTestRun::start()
{
    m_client->resolve(m_endpoint, m_environment, this, [this](Result<ResolvedEndpoint> resolved) {
        if (!resolved) {
            fail(tr("Settings"), resolved.error().message);
            finish();
            return;
        }
        onResolved(std::move(resolved).value());
    });
}

void ConnectionTestRun::onResolved(ResolvedEndpoint resolved)
{
    m_resolved = std::move(resolved);
    const Endpoint& endpoint = m_resolved.endpoint;
    if (endpoint.kind == EndpointKind::Sql || endpoint.kind == EndpointKind::File) {
        runLocal();
        return;
    }
    m_base = QUrl(endpoint.baseUrl.trimmed(), QUrl::StrictMode);
    if (!m_base.isValid() || m_base.host().isEmpty()) {
        fail(tr("Settings"), tr("The base URL \"%1\" is not a valid URL.").arg(endpoint.baseUrl));
        finish();
        return;
    }
    if (endpoint.kind == EndpointKind::Magento) {
        const Result<magento::MagentoUrl> url = magento::MagentoUrl::fromBase(endpoint.baseUrl);
        if (!url) {
            fail(tr("Settings"), url.error().message);
            finish();
            return;
        }
        const Result<magento::StoreScope> scope = magento::StoreScope::parse(endpoint.storeCode.trimmed());
        if (!scope) {
            fail(tr("Store code"), scope.error().message);
            finish();
            return;
        }
    }
    bool proxied = m_resolved.proxy.mode == ProxySettings::Mode::Explicit;
    QString via = m_resolved.proxy.toString(); // never with the password
    if (m_resolved.proxy.mode == ProxySettings::Mode::System) {
        const QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(m_base));
        proxied = !proxies.isEmpty() && proxies.first().type() != QNetworkProxy::NoProxy;
        if (proxied)
            via = proxies.first().hostName() + u':' + QString::number(proxies.first().port());
    }
    if (proxied) {
        skip(tr("Reachable"),
            tr("Requests go through the proxy %1, so name lookup, connection and TLS are checked by the request "
               "itself.")
                .arg(via));
        checkHttp();
        return;
    }
    checkDns();
}

void ConnectionTestRun::runLocal()
{
    const Endpoint endpoint = m_resolved.endpoint;
    const auto launch = [this, endpoint](const SecureBytes& password) {
        auto results = std::make_shared<QList<ConnectionCheck>>();
        QThread* worker = QThread::create([endpoint, password, results]() {
            *results = endpoint.kind == EndpointKind::Sql ? checkSqlEndpoint(endpoint, password)
                                                          : checkFileEndpoint(endpoint);
        });
        connect(worker, &QThread::finished, worker, &QObject::deleteLater);
        connect(worker, &QThread::finished, this, [this, results, endpoint]() {
            for (const ConnectionCheck& check : std::as_const(*results))
                add(check.state, check.name, check.detail);
            if (endpoint.kind == EndpointKind::Sql)
                finish(tr("Connected to the %1 database %2.").arg(endpoint.sql.driver, endpoint.sql.database));
            else
                finish(results->isEmpty() ? QString() : results->constLast().detail);
        });
        worker->start();
    };
    const QString passwordRef = endpoint.auth.secretRefs.value(QStringLiteral("password"));
    if (endpoint.kind != EndpointKind::Sql || endpoint.auth.type == AuthType::None || passwordRef.isEmpty()) {
        launch(SecureBytes());
        return;
    }
    SecretStore* store = m_client->secretStore();
    if (!store) {
        fail(tr("Settings"), tr("The database password cannot be read: no secret store is available."));
        finish();
        return;
    }
    store->read(passwordRef, this, [this, launch](Result<SecureBytes> password) {
        if (!password) {
            fail(tr("Settings"), tr("The database password could not be read: %1").arg(password.error().message));
            finish();
            return;
        }
        launch(password.value());
    });
}

void ConnectionTestRun::checkDns()
{
    const QString host = m_base.host();
    const QString name = tr("DNS");
    if (!QHostAddress(host).isNull() || host.compare(u"localhost", Qt::CaseInsensitive) == 0) {
        pass(name, tr("%1 needs no name lookup.").arg(host));
        checkTcp();
        return;
    }
    m_lookupId = QHostInfo::lookupHost(host, this, [this, host, name](const QHostInfo& info) {
        m_lookupId = -1;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            fail(name,
                info.error() == QHostInfo::HostNotFound || info.addresses().isEmpty()
                    ? tr("The host name %1 could not be found (DNS): check the spelling of the base URL, your network "
                         "or VPN.")
                          .arg(host)
                    : tr("The host name %1 could not be looked up (DNS): %2").arg(host, info.errorString()));
            finish();
            return;
        }
        pass(name, tr("%1 resolves to %2.").arg(host, info.addresses().first().toString()));
        checkTcp();
    });
}

void ConnectionTestRun::checkTcp()
{
    const QString host = m_base.host();
    const int port = m_base.port(m_base.scheme() == u"https" ? 443 : 80);
    const QString where = host + u':' + QString::number(port);
    const QString name = tr("Reachable");
    const int timeoutMs = std::clamp(m_resolved.endpoint.timeoutMs, 1000, 15000);
    auto* socket = new QTcpSocket(this);
    m_socket = socket;
    connect(socket, &QTcpSocket::connected, this, [this, socket, where, name]() {
        m_timeout.stop();
        socket->abort();
        socket->deleteLater();
        pass(name, tr("%1 accepts connections.").arg(where));
        if (m_base.scheme() == u"https")
            checkTls();
        else
            checkHttp();
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket, where, name](QAbstractSocket::SocketError error) {
        m_timeout.stop();
        socket->deleteLater();
        fail(name,
            error == QAbstractSocket::ConnectionRefusedError
                ? tr(
                    "Nothing accepts connections at %1 (connection refused): is the server running and the port right?")
                      .arg(where)
                : tr("Could not connect to %1: %2").arg(where, socket->errorString()));
        finish();
    });
    startTimeout(timeoutMs, [this, socket, where, name, timeoutMs]() {
        socket->abort();
        socket->deleteLater();
        fail(name,
            tr("%1 did not accept a connection within %2 s (timeout): a firewall may be dropping the traffic.")
                .arg(where)
                .arg(timeoutMs / 1000));
        finish();
    });
    socket->connectToHost(host, quint16(port));
}

void ConnectionTestRun::checkTls()
{
    const QString host = m_base.host();
    const int port = m_base.port(443);
    const QString name = tr("TLS");
    auto* socket = new QSslSocket(this);
    m_socket = socket;
    socket->setSslConfiguration(m_resolved.tls.configurationFor(m_base));
    auto problem = std::make_shared<std::optional<TlsProblem>>();
    connect(socket, &QSslSocket::sslErrors, this, [this, socket, problem](const QList<QSslError>& errors) {
        QSslCertificate leaf = socket->peerCertificate();
        for (const QSslError& error : errors) {
            if (leaf.isNull() && !error.certificate().isNull())
                leaf = error.certificate();
        }
        if (m_resolved.tls.acceptsErrors(m_base, leaf))
            socket->ignoreSslErrors(errors);
        else
            *problem = m_resolved.tls.problem(m_base, leaf, errors);
    });
    connect(socket, &QSslSocket::encrypted, this, [this, socket, name]() {
        m_timeout.stop();
        const QSslCertificate leaf = socket->peerCertificate();
        if (!m_resolved.tls.acceptsPeer(m_base, leaf)) {
            fail(name, m_resolved.tls.problem(m_base, leaf, {}).describe());
            socket->abort();
            socket->deleteLater();
            finish();
            return;
        }
        const QString issuer = TlsPolicy::distinguishedName(leaf, true);
        pass(name,
            tr("%1, certificate %2 issued by %3, valid until %4%5.")
                .arg(protocolName(socket->sessionProtocol()), TlsPolicy::distinguishedName(leaf, false), issuer,
                    leaf.expiryDate().toUTC().toString(QStringLiteral("yyyy-MM-dd")),
                    m_resolved.tls.isPinned() ? tr(" (pinned)") : QString()));
        socket->disconnectFromHost();
        socket->deleteLater();
        checkHttp();
    });
    connect(socket, &QSslSocket::errorOccurred, this,
        [this, socket, problem, name, host, port](QAbstractSocket::SocketError) {
            if (m_done)
                return;
            m_timeout.stop();
            socket->deleteLater();
            if (problem->has_value()) {
                fail(name, (*problem)->describe());
            } else {
                QString detail
                    = tr("The TLS handshake with %1:%2 failed (%3). The studio requires TLS 1.2 or newer; a server "
                         "that offers only older versions, or that wants a client certificate it did not get, "
                         "fails this way.")
                          .arg(host)
                          .arg(port)
                          .arg(socket->errorString());
                fail(name, detail);
            }
            finish();
        });
    startTimeout(std::clamp(m_resolved.endpoint.timeoutMs, 1000, 15000), [this, socket, name]() {
        socket->abort();
        socket->deleteLater();
        fail(name, tr("The TLS handshake did not complete in time (timeout)."));
        finish();
    });
    socket->connectToHostEncrypted(host, quint16(port));
}

ApiReply* ConnectionTestRun::send(const QByteArray& method, const QUrl& url, bool authenticate, const QByteArray& body)
{
    ApiCall call;
    call.endpoint = m_endpoint;
    call.environment = m_environment;
    call.method = method;
    call.target = QString::fromUtf8(url.toEncoded());
    call.body = body;
    call.authenticate = authenticate;
    call.followRedirects = false;
    call.resolveBodyVariables = false;
    call.runId = QStringLiteral("connection-test");
    ApiReply* reply = m_client->send(call);
    reply->setParent(this);
    m_reply = reply;
    return reply;
}

bool ConnectionTestRun::reportUnusable(const QString& name, const HttpResponse& response)
{
    if (response.failure != FailureKind::None && response.failure != FailureKind::Http) {
        fail(name, response.errorMessage);
        return true;
    }
    if (response.status >= 300 && response.status < 400) {
        fail(name, response.errorMessage);
        return true;
    }
    if (looksLikeHtml(response)) {
        const magento::MagentoError decoded
            = magento::decodeError(response.status, response.body, response.header("Content-Type"));
        QString detail
            = tr("%1 answered HTTP %2 with an HTML page%3 instead of JSON")
                  .arg(response.url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo))
                  .arg(response.status)
                  .arg(decoded.pageTitle.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(decoded.pageTitle));
        detail += decoded.hint.isEmpty()
            ? tr(": a maintenance page, a firewall (WAF) block page or a login page in front of the API, or a base URL "
                 "that does not lead to the API.")
            : QStringLiteral(": ") + decoded.hint;
        fail(name, detail);
        return true;
    }
    return false;
}

void ConnectionTestRun::checkHttp()
{
    switch (m_resolved.endpoint.kind) {
    case EndpointKind::Magento:
        magentoStoreProbe();
        return;
    case EndpointKind::GraphQL:
        graphqlCheck();
        return;
    default:
        restCheck();
        return;
    }
}

void ConnectionTestRun::magentoStoreProbe()
{
    const Endpoint& endpoint = m_resolved.endpoint;
    const magento::MagentoUrl urls = magento::MagentoUrl::fromBase(endpoint.baseUrl).value();
    const magento::StoreScope scope = magento::StoreScope::parse(endpoint.storeCode.trimmed()).value();
    m_storeLabel = scope.displayName();
    ApiReply* reply = send("GET", urls.rest(scope, QStringLiteral("/V1/store/storeConfigs")), false);
    connect(reply, &ApiReply::finished, this, [this, reply, urls, scope]() {
        const HttpResponse response = reply->response();
        const QString api = tr("Magento API");
        if (reportUnusable(api, response)) {
            finish();
            return;
        }
        if (!isRouteNotFound(response)) {
            if (response.status == 401)
                m_guestRefusal = serverMessageOf(response);
            pass(api,
                tr("Magento's REST API answers at %1.")
                    .arg(urls.rest(scope, QStringLiteral("/V1")).toString(QUrl::RemoveQuery)));
            pass(tr("Store code"), tr("Magento accepts the %1.").arg(scope.displayName()));
            magentoAuth();
            return;
        }
        if (scope.kind() != magento::StoreScope::Kind::StoreView) {
            fail(api,
                tr("%1 does not lead to Magento's REST API: %2 answers 404 \"Request does not match any route.\"; "
                   "check the base URL (a sub-folder, or index.php/ when URL rewrites are off).")
                    .arg(m_resolved.endpoint.baseUrl, response.url.toString(QUrl::RemoveQuery)));
            finish();
            return;
        }
        // Is it the store code, or no Magento at all? Ask again in the global scope.
        ApiReply* global
            = send("GET", urls.rest(magento::StoreScope::all(), QStringLiteral("/V1/store/storeConfigs")), false);
        connect(global, &ApiReply::finished, this, [this, global, scope, api]() {
            const HttpResponse second = global->response();
            if (second.failure == FailureKind::None || second.failure == FailureKind::Http) {
                if (!isRouteNotFound(second) && !looksLikeHtml(second)) {
                    pass(api, tr("Magento's REST API answers under %1.").arg(m_resolved.endpoint.baseUrl));
                    fail(tr("Store code"),
                        tr("Magento does not know the store code \"%1\" (/rest/%1/V1 answers 404 \"Request does not "
                           "match any route.\"): use a store view code from Stores › All Stores, \"default\", or "
                           "\"all\" for global scope.")
                            .arg(scope.code()));
                    finish();
                    return;
                }
            }
            fail(api,
                tr("%1 does not lead to Magento's REST API: /rest/%2/V1 and /rest/all/V1 answer 404 \"Request does "
                   "not match any route.\"; check the base URL (a sub-folder, or index.php/ when URL rewrites are "
                   "off).")
                    .arg(m_resolved.endpoint.baseUrl, scope.code()));
            finish();
        });
    });
}

void ConnectionTestRun::magentoAuth()
{
    const Endpoint& endpoint = m_resolved.endpoint;
    const QString name = tr("Authentication");
    if (endpoint.auth.type == AuthType::None) {
        // Not a failure: guest routes (sign-up, guest carts, GraphQL) need no credentials. But say plainly what
        // Magento does with the rest.
        skip(name,
            m_guestRefusal.isEmpty()
                ? tr("No authentication is configured: Magento treats these requests as a guest's.")
                : tr("No authentication is configured, and Magento refuses guests what needs credentials (HTTP 401 "
                     "\"%1\"): choose an authentication type (integration OAuth 1.0a, admin or customer token) to "
                     "call more than Magento's public routes.")
                      .arg(m_guestRefusal));
        magentoVersion();
        return;
    }
    const bool customer = endpoint.auth.type == AuthType::MagentoCustomerToken;
    const magento::MagentoUrl urls = magento::MagentoUrl::fromBase(endpoint.baseUrl).value();
    const magento::StoreScope scope = magento::StoreScope::parse(endpoint.storeCode.trimmed()).value();
    ApiReply* reply = send("GET",
        urls.rest(scope, customer ? QStringLiteral("/V1/customers/me") : QStringLiteral("/V1/store/storeConfigs")),
        true);
    connect(reply, &ApiReply::finished, this, [this, reply, name, customer, scope]() {
        const HttpResponse response = reply->response();
        if (reportUnusable(name, response)) {
            finish();
            return;
        }
        if (!response.isSuccess()) {
            if (customer && response.status == 401 && scope.kind() == magento::StoreScope::Kind::All) {
                fail(name,
                    tr("Magento refuses customer tokens under /rest/all (the admin store): a customer's own routes "
                       "answer only in the store views of the customer's website, so use \"default\" or a store "
                       "view code."));
            } else {
                fail(name, response.errorMessage);
            }
            finish();
            return;
        }
        if (customer) {
            // /V1/customers/me answers with the account the token belongs to.
            const QJsonObject account = QJsonDocument::fromJson(response.body).object();
            const QString fullName = QStringList {account.value(QStringLiteral("firstname")).toString(),
                account.value(QStringLiteral("lastname")).toString()}
                                         .join(u' ')
                                         .trimmed();
            pass(name,
                fullName.isEmpty() ? tr("Accepted: %1.").arg(m_resolved.authDescription)
                                   : tr("Accepted: %1, the account of %2 (customer %3).")
                                         .arg(m_resolved.authDescription, fullName)
                                         .arg(account.value(QStringLiteral("id")).toInt()));
        } else {
            pass(name, tr("Accepted: %1.").arg(m_resolved.authDescription));
        }
        if (!customer) {
            // storeConfigs lists the store views this caller may see, with their settings.
            const QJsonArray stores = QJsonDocument::fromJson(response.body).array();
            const QString code = scope.kind() == magento::StoreScope::Kind::StoreView ? scope.code() : QString();
            for (const QJsonValue& value : stores) {
                const QJsonObject store = value.toObject();
                if (!code.isEmpty() && store.value(QStringLiteral("code")).toString() != code)
                    continue;
                pass(tr("Store view"),
                    tr("Store view \"%1\": locale %2, base currency %3, time zone %4.")
                        .arg(store.value(QStringLiteral("code")).toString(),
                            store.value(QStringLiteral("locale")).toString(),
                            store.value(QStringLiteral("base_currency_code")).toString(),
                            store.value(QStringLiteral("timezone")).toString()));
                break;
            }
        }
        magentoVersion();
    });
}

void ConnectionTestRun::magentoVersion()
{
    const magento::MagentoUrl urls = magento::MagentoUrl::fromBase(m_resolved.endpoint.baseUrl).value();
    const QUrl url = urls.baseUrl().resolved(QUrl(QStringLiteral("magento_version")));
    ApiReply* reply = send("GET", url, false);
    connect(reply, &ApiReply::finished, this, [this, reply]() {
        const HttpResponse response = reply->response();
        const QString name = tr("Version");
        const QByteArray text = response.body.trimmed();
        if (response.status == 200 && text.startsWith("Magento/") && text.size() < 100) {
            m_version = QString::fromUtf8(text);
            pass(name, m_version);
        } else {
            skip(name,
                tr("The shop does not reveal its version (/magento_version answers %1).")
                    .arg(response.status > 0 ? tr("HTTP %1").arg(response.status) : response.errorMessage));
        }
        const QString what = m_version.isEmpty() ? tr("Magento") : m_version;
        if (m_resolved.endpoint.auth.type == AuthType::None) {
            finish(m_guestRefusal.isEmpty()
                    ? tr("Connected to %1 at %2 (%3), without authentication.")
                          .arg(what, m_resolved.endpoint.baseUrl, m_storeLabel)
                    : tr("Connected to %1 at %2 (%3) as a guest: the endpoint needs credentials for anything beyond "
                         "Magento's public routes.")
                          .arg(what, m_resolved.endpoint.baseUrl, m_storeLabel));
            return;
        }
        finish(tr("Connected to %1 at %2 (%3); %4.")
                   .arg(what, m_resolved.endpoint.baseUrl, m_storeLabel, m_resolved.authDescription));
    });
}

void ConnectionTestRun::restCheck()
{
    const bool authenticate = m_resolved.endpoint.auth.type != AuthType::None;
    ApiReply* reply = send("GET", m_base, authenticate);
    connect(reply, &ApiReply::finished, this, [this, reply, authenticate]() {
        const HttpResponse response = reply->response();
        const QString http = tr("HTTP");
        const QString auth = tr("Authentication");
        if (response.failure == FailureKind::Authentication) {
            pass(http, tr("The server answers HTTP."));
            fail(auth, response.errorMessage);
            finish();
            return;
        }
        if (response.failure != FailureKind::None && response.failure != FailureKind::Http) {
            fail(http, response.errorMessage);
            finish();
            return;
        }
        if (response.status >= 300 && response.status < 400) {
            fail(http, response.errorMessage);
            finish();
            return;
        }
        pass(http, tr("%1 answers HTTP %2.").arg(m_resolved.endpoint.baseUrl).arg(response.status));
        if (!authenticate) {
            skip(auth, tr("No authentication is configured."));
        } else if (response.status == 401 || response.status == 403) {
            fail(auth, response.errorMessage);
        } else {
            pass(auth,
                tr("Not refused (HTTP %1 for the base URL): %2.").arg(response.status).arg(m_resolved.authDescription));
        }
        finish(
            tr("Connected to %1; %2.")
                .arg(m_resolved.endpoint.baseUrl, authenticate ? m_resolved.authDescription : tr("no authentication")));
    });
}

void ConnectionTestRun::graphqlCheck()
{
    const bool authenticate = m_resolved.endpoint.auth.type != AuthType::None;
    ApiReply* reply = send("POST", m_base, authenticate, R"({"query":"{ __typename }"})");
    connect(reply, &ApiReply::finished, this, [this, reply, authenticate]() {
        const HttpResponse response = reply->response();
        const QString name = tr("GraphQL");
        const QString auth = tr("Authentication");
        if (response.failure == FailureKind::Authentication) {
            fail(auth, response.errorMessage);
            finish();
            return;
        }
        if (reportUnusable(name, response)) {
            finish();
            return;
        }
        if (response.status == 401 || response.status == 403) {
            pass(name, tr("The GraphQL endpoint answers."));
            fail(auth, response.errorMessage);
            finish();
            return;
        }
        const QJsonObject object = QJsonDocument::fromJson(response.body).object();
        const QString type
            = object.value(QStringLiteral("data")).toObject().value(QStringLiteral("__typename")).toString();
        if (type.isEmpty()) {
            const QString error = object.value(QStringLiteral("errors"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("message"))
                                      .toString();
            fail(name,
                response.status >= 400
                    ? tr("No GraphQL answer at %1: %2").arg(m_resolved.endpoint.baseUrl, response.errorMessage)
                    : tr("%1 did not answer the query { __typename }%2")
                          .arg(m_resolved.endpoint.baseUrl,
                              error.isEmpty() ? QStringLiteral(".") : QStringLiteral(": ") + error));
            finish();
            return;
        }
        pass(name, tr("The GraphQL endpoint answers (root type %1).").arg(type));
        if (authenticate)
            pass(auth, tr("Accepted: %1.").arg(m_resolved.authDescription));
        else
            skip(auth, tr("No authentication is configured."));
        finish(tr("Connected to the GraphQL endpoint %1.").arg(m_resolved.endpoint.baseUrl));
    });
}

// -------------------------------------------------------------------------------------------------------------

EndpointConnectionTester::EndpointConnectionTester(SecretStore* secrets, RequestRecorder* recorder, QObject* parent)
    : ConnectionTester(parent)
    , m_secrets(secrets)
    , m_recorder(recorder)
{ }

EndpointConnectionTester::~EndpointConnectionTester()
{
    delete m_run;
}

void EndpointConnectionTester::setProxyFor(const QString& endpointId, const ProxySettings& proxy)
{
    m_proxies.insert(endpointId, proxy);
}

void EndpointConnectionTester::start(const Endpoint& endpoint, const Environment& environment)
{
    cancel();
    auto* run = new ConnectionTestRun(this, endpoint, environment);
    m_run = run;
    // Start on the next turn of the event loop: the caller connects to our signals first, and even an early
    // failure (an unknown variable) arrives asynchronously.
    QMetaObject::invokeMethod(run, &ConnectionTestRun::start, Qt::QueuedConnection);
}

void EndpointConnectionTester::cancel()
{
    if (m_run)
        m_run->cancel();
}

void EndpointConnectionTester::runFinished(ConnectionTestRun* run, const ConnectionReport& report)
{
    if (m_run == run)
        m_run = nullptr;
    run->deleteLater();
    Q_EMIT finished(report);
}

QString formatConnectionReport(const ConnectionReport& report)
{
    QStringList lines;
    for (const ConnectionCheck& check : report.checks) {
        const QString mark = check.state == ConnectionCheck::State::Passed
            ? QStringLiteral("ok  ")
            : (check.state == ConnectionCheck::State::Failed ? QStringLiteral("FAIL") : QStringLiteral("skip"));
        lines << QStringLiteral("%1 %2: %3").arg(mark, check.name, check.detail);
    }
    lines << (report.ok ? tr("Connection test passed: %1") : tr("Connection test failed: %1")).arg(report.summary);
    return lines.join(u'\n');
}

} // namespace studio::net

#include "connectiontester.moc"
