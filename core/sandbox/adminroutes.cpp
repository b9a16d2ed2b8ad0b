#include "core/sandbox/adminroutes.h"

#include "core/sandbox/bulk.h"
#include "core/sandbox/httpwire.h"
#include "core/sandbox/sandboxcounters.h"
#include "core/sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace studio::sandbox {

namespace {

ApiResponse adminError(int status, const QString& message)
{
    return ApiResponse {status, QJsonObject {{QStringLiteral("message"), message}}, {}};
}

ApiResponse methodNotAllowed(const QByteArray& method, const QString& path, const QString& allowed)
{
    return adminError(
        405, QStringLiteral("%1 is not allowed on %2 (allowed: %3).").arg(QString::fromLatin1(method), path, allowed));
}

/// ["Magento_Catalog::products", ...] from body["acl_resources"], or an error naming what is wrong.
std::optional<QStringList> aclList(const QJsonObject& body, ApiResponse& error)
{
    const QJsonValue value = body.value(QStringLiteral("acl_resources"));
    if (!value.isArray()) {
        error = adminError(400,
            QStringLiteral("\"acl_resources\" is required: a JSON array of ACL resource ids such "
                           "as \"Magento_Catalog::products\" (or \"Magento_Backend::all\")."));
        return std::nullopt;
    }
    QStringList acl;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString resource = array.at(i).toString().trimmed();
        if (!array.at(i).isString() || resource.isEmpty()) {
            error = adminError(400, QStringLiteral("\"acl_resources\"[%1] must be a non-empty string.").arg(i));
            return std::nullopt;
        }
        acl.append(resource);
    }
    return acl;
}

QString revealText(const SecureBytes& secret)
{
    return secret.toUtf8String();
}

} // namespace

AdminRoutes::AdminRoutes(SandboxServer& server)
    : m_server(server)
{ }

bool AdminRoutes::isAllowed(const HttpExchange& exchange)
{
    if (!SandboxServer::isLoopbackPeer(exchange.peer))
        return false;
    auto loopbackHost = [](const QByteArray& hostPort) {
        QByteArray host = hostPort.trimmed().toLower();
        if (host.startsWith('[')) {
            host = host.mid(1, host.indexOf(']') - 1);
        } else if (host.count(':') == 1) {
            host = host.left(host.indexOf(':'));
        }
        return host == "localhost" || host.startsWith("127.") || host == "::1";
    };
    const QByteArray host = exchange.header("host");
    if (!host.isEmpty() && !loopbackHost(host))
        return false;
    const QByteArray origin = exchange.header("origin");
    if (!origin.isEmpty() && origin != "null") {
        const QUrl url(QString::fromLatin1(origin));
        if (!loopbackHost(url.host().toLatin1()))
            return false;
    }
    return true;
}

ApiResponse AdminRoutes::handle(const HttpExchange& exchange)
{
    if (!isAllowed(exchange))
        return adminError(403, QStringLiteral("The sandbox admin routes answer only loopback clients."));
    const QString path = QUrl::fromPercentEncoding(exchange.encodedPath);
    QJsonObject body;
    if (!exchange.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(exchange.body, &parseError);
        if (!doc.isObject())
            return adminError(400,
                QStringLiteral("The request body must be a JSON object%1.")
                    .arg(parseError.error == QJsonParseError::NoError
                            ? QString()
                            : QStringLiteral(" (offset %1: %2)").arg(parseError.offset).arg(parseError.errorString())));
        body = doc.object();
    }
    const QByteArray& method = exchange.method;
    const QString route = path.endsWith(u'/') && path.size() > 1 ? path.chopped(1) : path;

    if (route == u"/sandbox")
        return method == "GET" ? index() : methodNotAllowed(method, route, QStringLiteral("GET"));
    if (route == u"/sandbox/info")
        return method == "GET" ? info() : methodNotAllowed(method, route, QStringLiteral("GET"));
    if (route == u"/sandbox/credentials")
        return method == "GET" ? credentials() : methodNotAllowed(method, route, QStringLiteral("GET"));
    if (route == u"/sandbox/faults")
        return faults(method, body);
    if (route == u"/sandbox/counters")
        return counters(method);
    if (route == u"/sandbox/admin-users")
        return method == "POST" ? createAdminUser(body) : methodNotAllowed(method, route, QStringLiteral("POST"));
    if (route == u"/sandbox/integrations")
        return method == "POST" ? createIntegration(body) : methodNotAllowed(method, route, QStringLiteral("POST"));
    if (route == u"/sandbox/reset")
        return method == "POST" ? reset(body) : methodNotAllowed(method, route, QStringLiteral("POST"));
    if (route == u"/sandbox/bulk")
        return bulk(method, body);
    if (route == u"/sandbox/settings")
        return settings(method, body);
    return adminError(404, QStringLiteral("No sandbox admin route %1; GET /sandbox lists them.").arg(route));
}

ApiResponse AdminRoutes::index()
{
    const QJsonArray routes {
        QStringLiteral("GET /sandbox/info"),
        QStringLiteral("GET /sandbox/credentials"),
        QStringLiteral("GET|PUT|DELETE /sandbox/faults"),
        QStringLiteral("GET|DELETE /sandbox/counters"),
        QStringLiteral("POST /sandbox/admin-users"),
        QStringLiteral("POST /sandbox/integrations"),
        QStringLiteral("POST /sandbox/reset"),
        QStringLiteral("GET|PUT /sandbox/bulk"),
        QStringLiteral("GET|PUT /sandbox/settings"),
    };
    return ApiResponse::ok(QJsonObject {{QStringLiteral("routes"), routes}});
}

ApiResponse AdminRoutes::info()
{
    return ApiResponse::ok(QJsonObject {
        {QStringLiteral("magento_url"), m_server.baseUrl()},
        {QStringLiteral("erp_url"), m_server.erpBaseUrl()},
        {QStringLiteral("data_dir"), m_server.dataDir()},
        {QStringLiteral("seed"), m_server.seed()},
        {QStringLiteral("faults"), m_server.faults().toString()},
        {QStringLiteral("bulk_delay_ms"), m_server.bulkDelayMs()},
        {QStringLiteral("allow_integration_bearer"), m_server.allowIntegrationBearer()},
        {QStringLiteral("input_limits"), m_server.inputLimits().enabled},
    });
}

ApiResponse AdminRoutes::credentials()
{
    const DemoCredentials demo = m_server.demoCredentials();
    return ApiResponse::ok(QJsonObject {
        {QStringLiteral("admin_username"), demo.adminUsername},
        {QStringLiteral("admin_password"), revealText(demo.adminPassword)},
        {QStringLiteral("integration_name"), demo.integrationName},
        {QStringLiteral("consumer_key"), revealText(demo.consumerKey)},
        {QStringLiteral("consumer_secret"), revealText(demo.consumerSecret)},
        {QStringLiteral("access_token"), revealText(demo.accessToken)},
        {QStringLiteral("access_token_secret"), revealText(demo.accessTokenSecret)},
        {QStringLiteral("erp_api_key"), revealText(demo.erpApiKey)},
        {QStringLiteral("customer_email"), demo.customerEmail},
        {QStringLiteral("customer_password"), revealText(demo.customerPassword)},
    });
}

ApiResponse AdminRoutes::faults(const QByteArray& method, const QJsonObject& body)
{
    if (method == "GET")
        return ApiResponse::ok(m_server.faults().toJson());
    if (method == "DELETE") {
        m_server.setFaults(QString());
        return ApiResponse::ok(m_server.faults().toJson());
    }
    if (method == "PUT" || method == "POST") {
        const QJsonValue spec = body.value(QStringLiteral("spec"));
        if (!spec.isString())
            return adminError(400,
                QStringLiteral("\"spec\" is required: a fault spec such as "
                               "\"latency=50,jitter=20,error503=0.1,seed=42\"."));
        if (Status status = m_server.setFaults(spec.toString()); !status)
            return adminError(400, status.error().toString());
        return ApiResponse::ok(m_server.faults().toJson());
    }
    return methodNotAllowed(method, QStringLiteral("/sandbox/faults"), QStringLiteral("GET, PUT, DELETE"));
}

ApiResponse AdminRoutes::counters(const QByteArray& method)
{
    if (method == "GET")
        return ApiResponse::ok(m_server.counters().toJson());
    if (method == "DELETE") {
        if (Status status = m_server.counters().reset(); !status)
            return adminError(500, status.error().toString());
        return ApiResponse::ok(m_server.counters().toJson());
    }
    return methodNotAllowed(method, QStringLiteral("/sandbox/counters"), QStringLiteral("GET, DELETE"));
}

ApiResponse AdminRoutes::createAdminUser(const QJsonObject& body)
{
    const QString username = body.value(QStringLiteral("username")).toString();
    const QString password = body.value(QStringLiteral("password")).toString();
    if (username.isEmpty() || password.isEmpty())
        return adminError(400, QStringLiteral("\"username\" and \"password\" are required strings."));
    ApiResponse error;
    const std::optional<QStringList> acl = aclList(body, error);
    if (!acl)
        return error;
    const Result<AdminUserInfo> user = m_server.auth().createAdminUser(username, SecureBytes::fromUtf8(password), *acl);
    if (!user)
        return adminError(400, user.error().toString());
    return ApiResponse::ok(QJsonObject {{QStringLiteral("id"), user->id}, {QStringLiteral("username"), user->username},
        {QStringLiteral("acl_resources"), QJsonArray::fromStringList(user->aclResources)}});
}

ApiResponse AdminRoutes::createIntegration(const QJsonObject& body)
{
    const QString name = body.value(QStringLiteral("name")).toString();
    if (name.isEmpty())
        return adminError(400, QStringLiteral("\"name\" is required: the integration's name."));
    ApiResponse error;
    const std::optional<QStringList> acl = aclList(body, error);
    if (!acl)
        return error;
    const Result<IntegrationCredentials> integration = m_server.auth().createIntegration(name, *acl);
    if (!integration)
        return adminError(400, integration.error().toString());
    return ApiResponse::ok(QJsonObject {
        {QStringLiteral("id"), integration->id},
        {QStringLiteral("name"), integration->name},
        {QStringLiteral("acl_resources"), QJsonArray::fromStringList(integration->aclResources)},
        {QStringLiteral("consumer_key"), revealText(integration->consumerKey)},
        {QStringLiteral("consumer_secret"), revealText(integration->consumerSecret)},
        {QStringLiteral("access_token"), revealText(integration->accessToken)},
        {QStringLiteral("access_token_secret"), revealText(integration->accessTokenSecret)},
    });
}

ApiResponse AdminRoutes::reset(const QJsonObject& body)
{
    const QString seed = body.value(QStringLiteral("seed")).toString(m_server.seed());
    if (Status status = m_server.resetToSeed(seed); !status)
        return adminError(400, status.error().toString());
    return ApiResponse::ok(QJsonObject {{QStringLiteral("seed"), seed}});
}

ApiResponse AdminRoutes::bulk(const QByteArray& method, const QJsonObject& body)
{
    if (method == "PUT" || method == "POST") {
        const QJsonValue delay = body.value(QStringLiteral("delay_ms"));
        if (!delay.isDouble() || delay.toDouble() < 0 || delay.toDouble() > 3600000)
            return adminError(400, QStringLiteral("\"delay_ms\" is required: milliseconds from 0 to 3600000."));
        m_server.setBulkDelayMs(delay.toInt());
    } else if (method != "GET") {
        return methodNotAllowed(method, QStringLiteral("/sandbox/bulk"), QStringLiteral("GET, PUT"));
    }
    return ApiResponse::ok(QJsonObject {{QStringLiteral("delay_ms"), m_server.bulkDelayMs()},
        {QStringLiteral("open_operations"), m_server.bulk().openOperations()}});
}

ApiResponse AdminRoutes::settings(const QByteArray& method, const QJsonObject& body)
{
    if (method == "PUT" || method == "POST") {
        // Check everything first, so a bad request changes nothing.
        for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
            if (it.key() != u"allow_integration_bearer" && it.key() != u"input_limits")
                return adminError(400,
                    QStringLiteral("Unknown setting \"%1\" (known: allow_integration_bearer, "
                                   "input_limits).")
                        .arg(it.key()));
            if (!it->isBool())
                return adminError(400, QStringLiteral("\"%1\" must be true or false.").arg(it.key()));
        }
        if (body.contains(QStringLiteral("allow_integration_bearer")))
            m_server.setAllowIntegrationBearer(body.value(QStringLiteral("allow_integration_bearer")).toBool());
        if (body.contains(QStringLiteral("input_limits")))
            m_server.setInputLimitsEnabled(body.value(QStringLiteral("input_limits")).toBool());
    } else if (method != "GET") {
        return methodNotAllowed(method, QStringLiteral("/sandbox/settings"), QStringLiteral("GET, PUT"));
    }
    return ApiResponse::ok(QJsonObject {{QStringLiteral("allow_integration_bearer"), m_server.allowIntegrationBearer()},
        {QStringLiteral("input_limits"), m_server.inputLimits().enabled}});
}

} // namespace studio::sandbox
