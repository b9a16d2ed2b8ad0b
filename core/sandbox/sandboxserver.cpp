#include "core/sandbox/sandboxserver.h"

#include "core/common/clock.h"
#include "core/sandbox/adminroutes.h"
#include "core/sandbox/bulk.h"
#include "core/sandbox/erp.h"
#include "core/sandbox/fields.h"
#include "core/sandbox/httpwire.h"
#include "core/sandbox/magentostore.h"
#include "core/sandbox/sandboxcounters.h"
#include "core/sandbox/sandboxdb.h"
#include "core/sandbox/schemaservice.h"
#include "core/workspace/demoworkspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

namespace studio::sandbox {

namespace {

const QString kDemoAdmin = QStringLiteral("admin");
const QString kDemoIntegration = QStringLiteral("Integration Studio demo");
const QString kNoRoute = QStringLiteral("Request does not match any route.");

ApiResponse noRoute()
{
    return ApiResponse::notFound(kNoRoute);
}

/// Magento's answer to an unexpected exception; the report id is what uniqid('webapi-') makes.
HttpReply internalError()
{
    QByteArray hex;
    for (int i = 0; i < 13; ++i)
        hex.append("0123456789abcdef"[QRandomGenerator::global()->bounded(16)]);
    return HttpReply::fromApi(ApiResponse::error(500,
        QStringLiteral("Internal Error. Details are available in Magento log file. Report ID: webapi-%1")
            .arg(QString::fromLatin1(hex))));
}

/// Magento's pub/errors maintenance page, as served while bin/magento maintenance:enable is on.
HttpReply maintenancePage(const QByteArray& host)
{
    HttpReply reply;
    reply.status = 503;
    reply.contentType = "text/html; charset=UTF-8";
    reply.body = QByteArray("<!doctype html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" >\n<head>\n"
                            "    <title>Error 503: Service Unavailable</title>\n"
                            "    <base href=\"http://")
        + host
        + QByteArray("/errors/default/\" />\n"
                     "    <meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" />\n"
                     "    <meta name=\"robots\" content=\"*\"/>\n"
                     "    <link rel=\"stylesheet\" href=\"css/styles.css\" type=\"text/css\" />\n"
                     "</head>\n<body>\n    <main class=\"page-main\">\n"
                     "        <h1>Service Temporarily Unavailable</h1>\n"
                     "<p>\n    The server is temporarily unable to service your request due to maintenance downtime "
                     "or capacity problems. Please try again later.\n</p>\n    </main>\n</body>\n</html>\n");
    return reply;
}

/// What the web server in front of a busy Magento answers when PHP-FPM has no worker left.
HttpReply gatewayUnavailable()
{
    HttpReply reply;
    reply.status = 503;
    reply.contentType = "text/html";
    reply.body = "<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n"
                 "<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n<hr><center>nginx</center>\r\n"
                 "</body>\r\n</html>\r\n";
    return reply;
}

HttpReply tooManyRequests(int retryAfter)
{
    HttpReply reply = HttpReply::fromApi(ApiResponse::error(429, QStringLiteral("Too Many Requests")));
    reply.headers.append({"Retry-After", QByteArray::number(retryAfter)});
    return reply;
}

QString randomPassword()
{
    // Magento wants letters and digits; a fixed prefix keeps it recognisable as the demo password.
    return QStringLiteral("demo-") + QString::fromLatin1(randomToken(6))
        + QString::number(QRandomGenerator::system()->bounded(10, 100));
}

/// The decoding error Magento's JSON deserializer gives (developer mode shape, without the PHP trace).
ApiResponse decodingError(const QByteArray& body, const QJsonParseError& error)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < error.offset && i < body.size(); ++i) {
        if (body.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return ApiResponse::badRequest(QStringLiteral("Decoding error: %1%2%3%4"),
        QJsonArray {QStringLiteral("\n"), QStringLiteral("Unable to unserialize value. Error: Syntax error"),
            QStringLiteral("\n"),
            QStringLiteral("at line %1, column %2: %3").arg(line).arg(column).arg(error.errorString())});
}

} // namespace

QList<QPair<QString, SecureBytes>> demoSecretEntries(const DemoCredentials& credentials)
{
    demo::Credentials demo;
    demo.consumerKey = credentials.consumerKey;
    demo.consumerSecret = credentials.consumerSecret;
    demo.accessToken = credentials.accessToken;
    demo.accessTokenSecret = credentials.accessTokenSecret;
    demo.adminPassword = credentials.adminPassword;
    demo.erpApiKey = credentials.erpApiKey;
    return demo::secretEntries(demo);
}

struct SandboxServer::Resolved
{
    enum class Kind { NoRoute, Sync, Async, Bulk, Schema };
    Kind kind = Kind::NoRoute;
    QString storeCode;
    const ApiRoute* route = nullptr;
    QHash<QString, QString> params;
    /// The API path from /V1 on, percent-decoded per segment.
    QString apiPath;
    QString routeKey;
};

SandboxServer::SandboxServer(SandboxOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(m_options.clock ? m_options.clock : &systemClock())
    , m_db(std::make_unique<SandboxDatabase>())
    , m_faults(*m_clock)
{
    m_context.connectionName = m_db->connectionName();
    m_context.clock = m_clock;
    m_context.inputLimits = &m_inputLimits;
    m_inputLimits.enabled = m_options.inputLimits;
    m_counters = std::make_unique<SandboxCounters>(m_context.connectionName);
    m_context.stats = m_counters.get();
    AuthService::Options authOptions;
    authOptions.adminTokenMinutes = m_options.adminTokenMinutes;
    authOptions.customerTokenMinutes = m_options.customerTokenMinutes;
    authOptions.allowIntegrationBearer = m_options.allowIntegrationBearer;
    m_auth = std::make_unique<AuthService>(m_context, authOptions);
    m_bulk = new BulkService(m_context, m_router, this);
    m_schema = std::make_unique<SchemaService>();
    m_admin = std::make_unique<AdminRoutes>(*this);
}

SandboxServer::~SandboxServer()
{
    stop();
}

Status SandboxServer::start()
{
    if (isRunning())
        return {};
    Result<FaultSpec> spec = FaultSpec::parse(m_options.faults);
    if (!spec)
        return spec.error();
    m_faults.setSpec(spec.value());
    if (Status status = m_schema->load(); !status)
        return status;
    if (Status status = m_db->open(m_options.dataDir); !status)
        return status;
    const bool isNew = m_db->meta(QStringLiteral("seed")).isEmpty();
    if (isNew) {
        if (m_options.seed != u"demo" && m_options.seed != u"empty")
            return Error {tr("unknown seed \"%1\" (use demo or empty)").arg(m_options.seed)};
        if (Status status = m_db->setMeta(QStringLiteral("seed"), m_options.seed); !status)
            return status;
    }
    for (Status status : {m_counters->initialize(), m_auth->initialize(), m_bulk->initialize()}) {
        if (!status)
            return status;
    }
    if (Status status = initializeStore(); !status)
        return status;
    if (Status status = ensureDemoAccounts(); !status)
        return status;

    if (!m_routesRegistered) {
        m_auth->registerRoutes(m_router);
        m_bulk->registerRoutes(m_router);
        m_routesRegistered = true;
    }
    m_bulk->setOperationIdLookup([this](const QByteArray& method, const QString& schemaPath) {
        return m_schema->operationId(method, schemaPath);
    });
    m_bulk->setDelayMs(m_options.bulkDelayMs);
    m_bulk->setRetriableFailureShare(m_faults.spec().bulkRetriable, m_faults.spec().seed);

    m_magentoListener
        = new HttpListener([this](HttpExchange exchange) { onMagentoRequest(std::move(exchange)); }, this);
    m_port = m_magentoListener->listenLoopback(m_options.port);
    if (m_port == 0) {
        const quint16 wanted = m_options.port;
        stop();
        return Error {tr("cannot listen on 127.0.0.1:%1 (is another sandbox running?)").arg(wanted)};
    }
    quint16 erpWanted = 0;
    if (m_options.erpPort)
        erpWanted = *m_options.erpPort;
    else if (m_options.port != 0)
        erpWanted = quint16(m_options.port + 1);
    m_erpListener = new HttpListener([this](HttpExchange exchange) { onErpRequest(std::move(exchange)); }, this);
    m_erpPort = m_erpListener->listenLoopback(erpWanted);
    if (m_erpPort == 0) {
        stop();
        return Error {tr("cannot listen on 127.0.0.1:%1 for the demo ERP").arg(erpWanted)};
    }
    return {};
}

void SandboxServer::stop()
{
    delete m_magentoListener;
    m_magentoListener = nullptr;
    delete m_erpListener;
    m_erpListener = nullptr;
    m_port = 0;
    m_erpPort = 0;
    m_db->close();
}

bool SandboxServer::isRunning() const
{
    return m_magentoListener != nullptr;
}

QString SandboxServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString SandboxServer::erpBaseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_erpPort);
}

QString SandboxServer::seed() const
{
    return m_db->meta(QStringLiteral("seed"));
}

Status SandboxServer::initializeStore()
{
    if (!m_options.serveStore || m_store)
        return {};
    const QString seedName = seed();
    auto store = std::make_unique<MagentoStore>(m_context);
    if (Status status = store->initialize(seedName); !status)
        return status;
    auto erp = std::make_unique<ErpBackOffice>(m_context);
    if (Status status = erp->initialize(seedName); !status)
        return status;
    store->registerRoutes(m_router);
    MagentoStore* storePtr = store.get();
    ErpBackOffice* erpPtr = erp.get();
    setStoreCodeValidator([storePtr](const QString& code) { return storePtr->storeCodeExists(code); });
    setCustomerAuthenticator([storePtr](const QString& email, const QString& password) {
        return storePtr->authenticateCustomer(email, password);
    });
    setErpHandler(
        [erpPtr](const QByteArray& method, const QString& path, const QUrlQuery& query, const QByteArray& body,
            const QByteArray& apiKey) { return erpPtr->handle(method, path, query, body, apiKey); });
    setSeedResetter([storePtr, erpPtr](const QString& newSeed) -> Status {
        if (Status status = storePtr->resetToSeed(newSeed); !status)
            return status;
        return erpPtr->resetToSeed(newSeed);
    });
    m_store = std::move(store);
    m_erp = std::move(erp);
    return {};
}

Status SandboxServer::ensureDemoAccounts()
{
    QString password = m_db->meta(QStringLiteral("demo_admin_password"));
    if (password.isEmpty()) {
        password = randomPassword();
        if (!m_auth->adminUser(kDemoAdmin)) {
            Result<AdminUserInfo> admin = m_auth->createAdminUser(
                kDemoAdmin, SecureBytes::fromUtf8(password), {QStringLiteral("Magento_Backend::all")});
            if (!admin)
                return admin.error();
        }
        if (Status status = m_db->setMeta(QStringLiteral("demo_admin_password"), password); !status)
            return status;
    }
    wipe(password);
    if (!m_auth->integration(kDemoIntegration)) {
        Result<IntegrationCredentials> integration
            = m_auth->createIntegration(kDemoIntegration, {QStringLiteral("Magento_Backend::all")});
        if (!integration)
            return integration.error();
    }
    return {};
}

DemoCredentials SandboxServer::demoCredentials() const
{
    DemoCredentials demo;
    demo.adminUsername = kDemoAdmin;
    demo.adminPassword = SecureBytes::fromUtf8(m_db->meta(QStringLiteral("demo_admin_password")));
    demo.integrationName = kDemoIntegration;
    if (const auto integration = m_auth->integration(kDemoIntegration)) {
        demo.consumerKey = integration->consumerKey;
        demo.consumerSecret = integration->consumerSecret;
        demo.accessToken = integration->accessToken;
        demo.accessTokenSecret = integration->accessTokenSecret;
    }
    if (m_erp)
        demo.erpApiKey = SecureBytes::fromUtf8(m_erp->apiKey());
    if (m_store && m_store->seedName() == u"demo") {
        const DemoLogin customer = MagentoStore::demoCustomerLogin();
        demo.customerEmail = customer.email;
        demo.customerPassword = SecureBytes::fromUtf8(customer.password);
    }
    return demo;
}

Status SandboxServer::setFaults(const QString& spec)
{
    Result<FaultSpec> parsed = FaultSpec::parse(spec);
    if (!parsed)
        return parsed.error();
    m_faults.setSpec(parsed.value());
    m_bulk->setRetriableFailureShare(m_faults.spec().bulkRetriable, m_faults.spec().seed);
    return {};
}

void SandboxServer::setBulkDelayMs(int delayMs)
{
    m_bulk->setDelayMs(delayMs);
}

int SandboxServer::bulkDelayMs() const
{
    return m_bulk->delayMs();
}

void SandboxServer::setAllowIntegrationBearer(bool allow)
{
    m_auth->setAllowIntegrationBearer(allow);
}

Status SandboxServer::resetToSeed(const QString& seed)
{
    if (seed != u"demo" && seed != u"empty")
        return Error {tr("unknown seed \"%1\" (use demo or empty)").arg(seed)};
    if (m_seedResetter) {
        if (Status status = m_seedResetter(seed); !status)
            return status;
    }
    for (Status status : {m_auth->resetKeeping(kDemoAdmin, kDemoIntegration), m_bulk->reset(), m_counters->reset(),
             m_db->setMeta(QStringLiteral("seed"), seed)}) {
        if (!status)
            return status;
    }
    return {};
}

void SandboxServer::setStoreCodeValidator(std::function<bool(const QString&)> validator)
{
    m_storeCodeValidator = std::move(validator);
}

void SandboxServer::setCustomerAuthenticator(AuthService::CustomerAuthenticator authenticator)
{
    m_auth->setCustomerAuthenticator(std::move(authenticator));
}

void SandboxServer::setErpHandler(ErpHandler handler)
{
    m_erpHandler = std::move(handler);
}

void SandboxServer::setSeedResetter(std::function<Status(const QString&)> resetter)
{
    m_seedResetter = std::move(resetter);
}

bool SandboxServer::isLoopbackPeer(const QHostAddress& address)
{
    if (address.isLoopback())
        return true;
    bool isIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIpv4);
    return isIpv4 && (ipv4 >> 24) == 127;
}

SandboxServer::Resolved SandboxServer::resolve(const HttpExchange& exchange) const
{
    Resolved resolved;
    resolved.routeKey = QString::fromLatin1(exchange.method) + QStringLiteral(" (no route)");
    const QString path = QString::fromLatin1(exchange.encodedPath);
    if (!path.startsWith(QStringLiteral("/rest/")))
        return resolved;
    QStringList segments = path.mid(6).split(u'/', Qt::SkipEmptyParts);
    if (segments.isEmpty())
        return resolved;

    // Magento's PathProcessor: a leading store code is taken off; anything else means the default store.
    const QString first = QUrl::fromPercentEncoding(segments.first().toUtf8());
    if (first == u"all" || (m_storeCodeValidator ? m_storeCodeValidator(first) : first == u"default")) {
        resolved.storeCode = first;
        segments.removeFirst();
    } else {
        resolved.storeCode = QStringLiteral("default");
    }
    if (segments.isEmpty())
        return resolved;

    using Kind = Resolved::Kind;
    const QByteArray& method = exchange.method;
    if (segments.size() == 1 && segments.first() == u"schema") {
        if (method != "GET")
            return resolved;
        resolved.kind = Kind::Schema;
        resolved.routeKey = QStringLiteral("GET /schema");
        return resolved;
    }
    Kind kind = Kind::Sync;
    QString prefix;
    if (segments.size() >= 3 && segments.at(0) == u"async" && segments.at(1) == u"bulk") {
        kind = Kind::Bulk;
        prefix = QStringLiteral("/async/bulk");
        segments.remove(0, 2);
    } else if (segments.size() >= 2 && segments.at(0) == u"async") {
        kind = Kind::Async;
        prefix = QStringLiteral("/async");
        segments.remove(0, 1);
    }
    if (!segments.first().startsWith(u'V'))
        return resolved;
    const QString encodedApiPath = u'/' + segments.join(u'/');
    if (kind != Kind::Sync && method != "POST" && method != "PUT" && method != "DELETE" && method != "PATCH")
        return resolved;

    std::optional<ApiRouter::Match> match;
    if (kind == Kind::Bulk) {
        match = m_router.matchBulk(method, encodedApiPath);
    } else {
        m_routeIndex.sync(m_router);
        match = m_routeIndex.match(method, segments);
    }
    if (!match || (kind != Kind::Sync && !match->route->bulkAllowed))
        return resolved;
    resolved.kind = kind;
    resolved.route = match->route;
    resolved.params = match->params;
    QStringList decoded;
    decoded.reserve(segments.size());
    for (const QString& segment : std::as_const(segments))
        decoded.append(QUrl::fromPercentEncoding(segment.toUtf8()));
    resolved.apiPath = u'/' + decoded.join(u'/');
    const QString pattern = kind == Kind::Bulk && !match->route->bulkPattern.isEmpty() ? match->route->bulkPattern
                                                                                       : match->route->pattern;
    resolved.routeKey = QString::fromLatin1(method) + u' ' + prefix + pattern;
    return resolved;
}

HttpReply SandboxServer::execute(const HttpExchange& exchange, const Resolved& resolved)
{
    using Kind = Resolved::Kind;
    if (resolved.kind == Kind::NoRoute)
        return HttpReply::fromApi(noRoute());

    AuthRequest authRequest;
    authRequest.method = exchange.method;
    authRequest.host = exchange.header("host");
    authRequest.encodedPath = exchange.encodedPath;
    authRequest.rawQuery = exchange.rawQuery;
    authRequest.authorization = exchange.header("authorization");
    authRequest.contentType = exchange.header("content-type");
    authRequest.body = exchange.body;
    const AuthOutcome outcome = m_auth->authenticate(authRequest);
    if (outcome.failure)
        return HttpReply::fromApi(*outcome.failure);

    const QUrlQuery query(QString::fromLatin1(exchange.rawQuery));
    if (resolved.kind == Kind::Schema) {
        const QString services = query.queryItemValue(QStringLiteral("services"), QUrl::FullyDecoded);
        return HttpReply::fromApi(ApiResponse::ok(m_schema->document(
            m_router, outcome.principal, resolved.storeCode, QString::fromLatin1(exchange.header("host")), services)));
    }

    const ApiRoute& route = *resolved.route;
    if (!outcome.principal.allows(route.aclResource))
        return HttpReply::fromApi(ApiResponse::error(401,
            QStringLiteral("The consumer isn't authorized to access "
                           "%resources."),
            QJsonObject {{QStringLiteral("resources"), route.aclResource}}));

    ApiRequest request;
    request.method = exchange.method;
    request.storeCode = resolved.storeCode;
    request.path = resolved.apiPath;
    request.params = resolved.params;
    request.query = query;
    request.principal = outcome.principal;
    if (!exchange.body.trimmed().isEmpty() && exchange.method != "GET") {
        request.body = exchange.body;
        const QByteArray contentType = exchange.header("content-type").split(';').first().trimmed().toLower();
        if (contentType.isEmpty() || contentType == "application/json" || contentType.endsWith("+json")) {
            QJsonParseError parseError;
            request.json = QJsonDocument::fromJson(exchange.body, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                // Top-level scalars are valid JSON too (a bare string or number body).
                const QJsonDocument wrapped = QJsonDocument::fromJson("[" + exchange.body + "]");
                if (!(wrapped.isArray() && wrapped.array().size() == 1))
                    return HttpReply::fromApi(decodingError(exchange.body, parseError));
            }
        } else if (contentType != "application/x-www-form-urlencoded") {
            return HttpReply::fromApi(ApiResponse::badRequest(
                QStringLiteral("Server cannot understand Content-Type HTTP header media type %1"),
                QJsonArray {QString::fromLatin1(contentType)}));
        }
    }

    if (resolved.kind == Kind::Bulk)
        return HttpReply::fromApi(m_bulk->submitBulk(request, route));
    if (resolved.kind == Kind::Async)
        return HttpReply::fromApi(m_bulk->submitSingle(request, route));
    try {
        ApiResponse response = route.handler(request);
        // Magento filters every answer by `fields`; the store's routes already did (it is idempotent), this
        // covers the HTTP side's own routes (bulk status ...).
        if (response.status >= 200 && response.status < 300 && query.hasQueryItem(QStringLiteral("fields")))
            response.body = applyFieldsParameter(response.body, query);
        return HttpReply::fromApi(response);
    } catch (const std::exception& error) {
        const HttpReply reply = internalError();
        qWarning("sandbox: %s %s failed: %s (%s)", exchange.method.constData(), qPrintable(route.pattern), error.what(),
            reply.body.constData());
        return reply;
    } catch (...) {
        return internalError();
    }
}

HttpReply SandboxServer::executeErp(const HttpExchange& exchange)
{
    if (!m_erpHandler)
        return HttpReply::fromApi(ApiResponse::notFound(tr("The demo ERP is not served by this sandbox.")));
    const QUrlQuery query(QString::fromLatin1(exchange.rawQuery));
    try {
        return HttpReply::fromApi(m_erpHandler(exchange.method, QUrl::fromPercentEncoding(exchange.encodedPath), query,
            exchange.body, exchange.header("x-api-key")));
    } catch (...) {
        return internalError();
    }
}

void SandboxServer::onMagentoRequest(HttpExchange exchange)
{
    const QByteArray& path = exchange.encodedPath;
    if (path == "/sandbox" || path.startsWith("/sandbox/")) {
        // The control plane: never faulted, never counted.
        const bool close = exchange.header("connection").toLower() == "close";
        writeReply(exchange.socket, HttpReply::fromApi(m_admin->handle(exchange)), close);
        return;
    }
    Resolved resolved = resolve(exchange);
    const QString routeKey = resolved.routeKey;
    // With injected latency the request runs later; should routes be added meanwhile, the route pointer of
    // `resolved` is stale and the request is resolved again.
    const ApiRoute* table = m_router.routes().constData();
    const qsizetype tableSize = m_router.routes().size();
    serve(std::move(exchange), FaultScope::Magento, routeKey,
        [this, resolved = std::move(resolved), table, tableSize](const HttpExchange& ex) {
            if (m_router.routes().constData() != table || m_router.routes().size() != tableSize)
                return execute(ex, resolve(ex));
            return execute(ex, resolved);
        });
}

void SandboxServer::onErpRequest(HttpExchange exchange)
{
    const QString routeKey = QStringLiteral("ERP ") + QString::fromLatin1(exchange.method) + u' '
        + QString::fromLatin1(exchange.encodedPath);
    serve(std::move(exchange), FaultScope::Erp, routeKey, [this](const HttpExchange& ex) { return executeErp(ex); });
}

void SandboxServer::serve(HttpExchange exchange, FaultScope scope, const QString& routeKey,
    std::function<HttpReply(const HttpExchange&)> handler)
{
    if (!m_faults.appliesTo(scope) || !m_faults.spec().affectsRequests()) {
        finish(exchange, routeKey, handler(exchange), false);
        return;
    }
    const FaultDecision decision = m_faults.decide();
    using Action = FaultDecision::Action;
    if (decision.action != Action::None)
        m_counters->recordFault(FaultDecision::actionName(decision.action));
    if (decision.slowBody)
        m_counters->recordFault(QStringLiteral("slow"));
    auto run = [this, exchange, routeKey, handler, decision]() {
        switch (decision.action) {
        case Action::Reset:
            m_counters->recordRequest(routeKey, 0);
            resetConnection(exchange.socket);
            return;
        case Action::Lost: {
            const HttpReply reply = handler(exchange);
            m_counters->recordRequest(routeKey, reply.status);
            resetConnection(exchange.socket);
            return;
        }
        case Action::Maintenance:
            finish(exchange, routeKey, maintenancePage(exchange.header("host")), decision.slowBody);
            return;
        case Action::TooManyRequests:
            finish(exchange, routeKey, tooManyRequests(decision.retryAfterSeconds), decision.slowBody);
            return;
        case Action::Unavailable:
            finish(exchange, routeKey, gatewayUnavailable(), decision.slowBody);
            return;
        case Action::InternalError:
            finish(exchange, routeKey, internalError(), decision.slowBody);
            return;
        case Action::None:
            finish(exchange, routeKey, handler(exchange), decision.slowBody);
            return;
        }
    };
    if (decision.delayMs > 0)
        QTimer::singleShot(decision.delayMs, this, run);
    else
        run();
}

void SandboxServer::finish(const HttpExchange& exchange, const QString& routeKey, const HttpReply& reply, bool slow)
{
    m_counters->recordRequest(routeKey, reply.status);
    Q_EMIT requestServed(routeKey, reply.status);
    const bool close = exchange.header("connection").toLower() == "close";
    if (slow)
        writeReplySlowly(exchange.socket, reply, m_faults.spec().slowBytesPerSecond, close);
    else
        writeReply(exchange.socket, reply, close);
}

} // namespace studio::sandbox
