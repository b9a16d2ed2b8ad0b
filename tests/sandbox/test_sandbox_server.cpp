// The sandbox's HTTP side over real loopback HTTP: URL parsing and store codes, %2F, serialisation, Magento's
// error format, schema discovery per ACL, admin routes, loopback-only control, restarts, the threaded host.

#include "core/common/clock.h"
#include "core/sandbox/adminroutes.h"
#include "core/sandbox/httpwire.h"
#include "core/sandbox/routeindex.h"
#include "core/sandbox/sandboxcounters.h"
#include "core/sandbox/sandboxhost.h"
#include "tests/sandbox/test_sandbox_server_support.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace studio;
using namespace studio::sandbox;
using namespace studio::test;

namespace {

QString message(const HttpResult& result)
{
    return result.object().value(QStringLiteral("message")).toString();
}

QJsonObject noRouteBody()
{
    return QJsonObject {{QStringLiteral("message"), QStringLiteral("Request does not match any route.")}};
}

/// Every "$ref" of the document resolves to one of its definitions.
bool refsResolve(const QJsonValue& value, const QJsonObject& definitions, QString& missing)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key() == u"$ref") {
                const QString name = it->toString().mid(QStringLiteral("#/definitions/").size());
                if (!definitions.contains(name)) {
                    missing = it->toString();
                    return false;
                }
            } else if (!refsResolve(*it, definitions, missing)) {
                return false;
            }
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue& item : array) {
            if (!refsResolve(item, definitions, missing))
                return false;
        }
    }
    return true;
}

} // namespace

class TestSandboxServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storeCodes_data();
    void storeCodes();
    void encodedSlashStaysInTheSegment();
    void unknownRoutes_data();
    void unknownRoutes();
    void bareJsonValues_data();
    void bareJsonValues();
    void handlerExceptionIsInternalError();
    void malformedJson();
    void unsupportedContentType();
    void schemaFollowsTheAcl();
    void schemaServicesFilter();
    void adminInfoAndCredentials();
    void adminUsersAndIntegrations();
    void adminRouteErrors();
    void adminRoutesRefuseForeignHostsAndOrigins();
    void loopbackPeers_data();
    void loopbackPeers();
    void countersPerRouteAndSku();
    void resetToSeed();
    void restartKeepsState();
    void busyPortIsAnError();
    void connectionCloseIsHonoured();
    void expectContinue();
    void hostRunsOnItsOwnThread();
    void jsonSerialisation();
    void routeIndexAgreesWithTheRouter_data();
    void routeIndexAgreesWithTheRouter();
};

void TestSandboxServer::storeCodes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("store");
    QTest::newRow("no store code") << QStringLiteral("/rest/V1/test/echo") << QStringLiteral("default");
    QTest::newRow("default") << QStringLiteral("/rest/default/V1/test/echo") << QStringLiteral("default");
    QTest::newRow("all") << QStringLiteral("/rest/all/V1/test/echo") << QStringLiteral("all");
    QTest::newRow("store view") << QStringLiteral("/rest/fr/V1/test/echo") << QStringLiteral("fr");
    QTest::newRow("unknown store") << QStringLiteral("/rest/nl/V1/test/echo") << QString();
    QTest::newRow("admin is no store code") << QStringLiteral("/rest/admin/V1/test/echo") << QString();
}

void TestSandboxServer::storeCodes()
{
    QFETCH(QString, path);
    QFETCH(QString, store);
    KeptTemporaryDir dir;
    TestSandbox sandbox = startTestSandbox(dir.path());
    sandbox.server->setStoreCodeValidator(
        [](const QString& code) { return code == u"default" || code == u"fr" || code == u"de"; });
    SandboxClient client(sandbox.baseUrl());
    const HttpResult result = client.get(path);
    if (store.isEmpty()) {
        QCOMPARE(result.status, 404);
        QCOMPARE(result.object(), noRouteBody());
    } else {
        QCOMPARE(result.status, 200);
        QCOMPARE(result.object().value(QStringLiteral("store")).toString(), store);
        QCOMPARE(result.object().value(QStringLiteral("path")).toString(), QStringLiteral("/V1/test/echo"));
    }
}

void TestSandboxServer::encodedSlashStaysInTheSegment()
{
    KeptTemporaryDir dir;
    TestSandbox sandbox = startTestSandbox(dir.path());
    SandboxClient client(sandbox.baseUrl());
    const auto bearer = demoAdminBearer(client, *sandbox.server);
    const HttpResult put = client.sendJson("PUT", QStringLiteral("/rest/all/V1/products/24-MB%2F01%20X"),
        QJsonObject {{QStringLiteral("product"), QJsonObject {{QStringLiteral("name"), QStringLiteral("Bag")}}}},
        bearer);
    QCOMPARE(put.status, 200);
    QCOMPARE(put.object().value(QStringLiteral("sku")).toString(), QStringLiteral("24-MB/01 X"));
    const HttpResult get = client.get(QStringLiteral("/rest/V1/products/24-MB%2F01%20X"), bearer);
    QCOMPARE(get.status, 200);
    QCOMPARE(get.object().value(QStringLiteral("name")).toString(), QStringLiteral("Bag"));
    // An unencoded slash is another path, which has no route.
    const HttpResult split = client.get(QStringLiteral("/rest/V1/products/24-MB/01"), bearer);
    QCOMPARE(split.status, 404);
    QCOMPARE(split.object(), noRouteBody());
}

void TestSandboxServer::unknownRoutes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("unknown path") << QByteArray("GET") << QStringLiteral("/rest/V1/nothing/here");
    QTest::newRow("wrong method") << QByteArray("PATCH") << QStringLiteral("/rest/V1/test/echo");
    QTest::newRow("no version") << QByteArray("GET") << QStringLiteral("/rest/default/products");
    QTest::newRow("not rest") << QByteArray("GET") << QStringLiteral("/index.php");
    QTest::newRow("bare rest") << QByteArray("GET") << QStringLiteral("/rest/");
    QTest::newRow("async GET") << QByteArray("GET") << QStringLiteral("/rest/async/V1/products/X");
    QTest::newRow("schema POST") << QByteArray("POST") << QStringLiteral("/rest/default/schema");
}

void TestSandboxServer::unknownRoutes()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    KeptTemporaryDir dir;
    TestSandbox sandbox = startTestSandbox(dir.path());
    SandboxClient client(sandbox.baseUrl());
    const HttpResult result = client.send(method, path);
    QCOMPARE(result.status, 404);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    QCOMPARE(result.object(), noRouteBody());
}

void TestSandboxServer::bareJsonValues_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("string") << QStringLiteral("string") << QByteArray(R"("a \"quoted\" token")");
    QTest::newRow("number") << QStringLiteral("number") << QByteArray("42");
    QTest::newRow("boolean") << QStringLiteral("boolean") << QByteArray("true");
    QTest::newRow("void") << QStringLiteral("void") << QByteArray("[]");
}

void TestSandboxServer::bareJsonValues()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, body);
    KeptTemporaryDir dir;
    TestSandbox sandbox = startTestSandbox(dir.path());
    SandboxClient client(sandbox.baseUrl());
    const HttpResult result = client.get(QStringLiteral("/rest/V1/test/value/") + kind);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.body, body);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
}

void TestSandboxServer::handlerExceptionIsInternalError()
{
    KeptTemporaryDir dir;
    TestSandbox sandbox = startTestSandbox(dir.path());
    SandboxClient client(sandbox.baseUrl());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("test handler failure")));
    const HttpResult result = client.get(QStringLiteral("/rest/V1/test/value/throw"));
    QCOMPARE(result.status, 500);
    QVERIFY(QRegularExpression(QStringLiteral("^Internal Error\\. Details are available in Magento log file\\. "
                                              "Report ID: webapi-[0-9a-f]{13}$"))
                .match(message(result))
                .hasMatch());
    // The server keeps serving.
    QCOMPARE(client.get(QStringLiteral("/rest/V1/test/echo")).status, 200);
}

void TestSandboxServer::malformedJson()
{
    KeptTemporaryDir dir;
    TestSandbox sandbox = startTestSandbox(dir.path());
    SandboxClient client(sandbox.baseUrl());
    const auto bearer = demoAdminBearer(client, *sandbox.server);
    auto headers = bearer;
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    const HttpResult result
        = client.send("POST", QStringLiteral("/rest/V1/products"), "{\"product\": {\"sku\": }", headers);
    QCOMPARE(result.status, 400);
    QCOMPARE(message(result), QStringLiteral("Decoding error: %1%2%3%4"));
    const QJsonArray parameters = result.object().value(QStringLiteral("parameters")).toArray();
    QCOMPARE(parameters.size(), 4);
    QCOMPARE(parameters.at(1).toString(), QStringLiteral("Unable to unserialize value. Error: Syntax error"));
    QVERIFY2(parameters.at(3).toString().startsWith(QStringLiteral("at line 1, column ")),
        qPrintable(parameters.at(3).toString()));
    QCOMPARE(sandbox.calls->value(QStringLiteral("POST /V1/products")), 0);
    // A bare JSON value is a valid body (the handler decides what it makes of it).
    const HttpResult scalar = client.send("POST", QStringLiteral("/rest/V1/products"), "\"just a string\"", headers);
    QCOMPARE(scalar.status, 400);
    QCOMPARE(
        scalar.object().value(QStringLiteral("parameters")).toObject().value(QStringLiteral("fieldName")).toString(),
        QStringLiteral("product"));
}

void TestSandboxServer::unsupportedContentType()
{
    KeptTemporaryDir dir;
    TestSandbox sandbox = startTestSandbox(dir.path());
    SandboxClient client(sandbox.baseUrl());
    auto headers = demoAdminBearer(client, *sandbox.server);
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/csv")));
    const HttpResult result = client.send("POST", QStringLiteral("/rest/V1/products"), "sku,name\nA,B\n", headers);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.object(),
        QJsonObject({{QStringLiteral("message"),
                         QStringLiteral("Server cannot understand Content-Type HTTP header media type %1")},
            {QStringLiteral("parameters"), QJsonArray {QStringLiteral("text/csv")}}}));
}

void TestSandboxServer::schemaFollowsTheAcl()
{
    KeptTemporaryDir dir;
    TestSandbox sandbox = startTestSandbox(dir.path());
    SandboxClient client(sandbox.baseUrl());

    // A guest sees the anonymous routes only.
    const HttpResult guest = client.get(QStringLiteral("/rest/default/schema?services=all"));
    QCOMPARE(guest.status, 200);
    const QJsonObject guestDoc = guest.object();
    QCOMPARE(guestDoc.value(QStringLiteral("swagger")).toString(), QStringLiteral("2.0"));
    QCOMPARE(guestDoc.value(QStringLiteral("basePath")).toString(), QStringLiteral("/rest/default"));
    const QJsonObject guestPaths = guestDoc.value(QStringLiteral("paths")).toObject();
    QVERIFY(guestPaths.contains(QStringLiteral("/V1/integration/admin/token")));
    QVERIFY(!guestPaths.contains(QStringLiteral("/V1/products/{sku}")));

    // The demo admin holds Magento_Backend::all and sees every served route that Magento's schema knows.
    const auto bearer = demoAdminBearer(client, *sandbox.server);
    const HttpResult admin = client.get(QStringLiteral("/rest/all/schema?services=all"), bearer);
    const QJsonObject doc = admin.object();
    QCOMPARE(doc.value(QStringLiteral("basePath")).toString(), QStringLiteral("/rest/all"));
    const QJsonObject paths = doc.value(QStringLiteral("paths")).toObject();
    const QJsonObject productPath = paths.value(QStringLiteral("/V1/products/{sku}")).toObject();
    QVERIFY(productPath.contains(QStringLiteral("get")));
    QVERIFY(productPath.contains(QStringLiteral("put")));
    QVERIFY(productPath.contains(QStringLiteral("delete")));
    QCOMPARE(productPath.value(QStringLiteral("get")).toObject().value(QStringLiteral("operationId")).toString(),
        QStringLiteral("catalogProductRepositoryV1GetGet"));
    QVERIFY(paths.contains(QStringLiteral("/V1/orders")));
    QVERIFY(paths.contains(QStringLiteral("/V1/bulk/{bulkUuid}/status")));
    // Test routes that Magento's schema does not have are not invented.
    QVERIFY(!paths.contains(QStringLiteral("/V1/test/echo")));
    // Not served: not listed, although Magento's schema has it.
    QVERIFY(!paths.contains(QStringLiteral("/V1/cmsPage/{pageId}")));
    const QJsonObject definitions = doc.value(QStringLiteral("definitions")).toObject();
    QVERIFY(definitions.contains(QStringLiteral("catalog-data-product-interface")));
    QVERIFY(definitions.contains(QStringLiteral("error-response")));
    QVERIFY(!definitions.contains(QStringLiteral("cms-data-page-interface")));
    QString missing;
    QVERIFY2(refsResolve(doc, definitions, missing), qPrintable(missing));
    // Swagger 2.0, not OpenAPI 3.
    QVERIFY(!QString::fromUtf8(admin.body).contains(QStringLiteral("#/components/")));
    const QJsonArray parameters
        = productPath.value(QStringLiteral("put")).toObject().value(QStringLiteral("parameters")).toArray();
    bool hasBody = false;
    for (const QJsonValue& parameter : parameters)
        hasBody |= parameter.toObject().value(QStringLiteral("in")).toString() == u"body";
    QVERIFY(hasBody);

    // An integration limited to sales sees the orders and not the products.
    const IntegrationCredentials sales
        = sandbox.server->auth()
              .createIntegration(QStringLiteral("Sales only"), {QStringLiteral("Magento_Sales::actions_view")})
              .value();
    sandbox.server->setAllowIntegrationBearer(true);
    const HttpResult limited
        = client.get(QStringLiteral("/rest/V1/schema"), {{"Authorization", "Bearer " + sales.accessToken.reveal()}});
    QCOMPARE(limited.status, 404); // /rest/V1/schema is not the schema route
    const HttpResult salesDoc = client.get(
        QStringLiteral("/rest/schema?services=all"), {{"Authorization", "Bearer " + sales.accessToken.reveal()}});
    const QJsonObject salesPaths = salesDoc.object().value(QStringLiteral("paths")).toObject();
    QVERIFY(salesPaths.contains(QStringLiteral("/V1/orders")));
    QVERIFY(!salesPaths.contains(QStringLiteral("/V1/products/{sku}")));
    QVERIFY(!salesDoc.object()
                 .value(QStringLiteral("definitions"))
                 .toObject()
                 .contains(QStringLiteral("catalog-data-product-interface")));
}

void TestSandboxServer::schemaServicesFilter()
{
    KeptTemporaryDir dir;
    TestSandbox sandbox = startTestSandbox(dir.path());
    SandboxClient client(sandbox.baseUrl());
    const auto bearer = demoAdminBearer(client, *sandbox.server);
    const HttpResult result
        = client.get(QStringLiteral("/rest/default/schema?services=salesOrderRepositoryV1"), bearer);
    const QJsonObject paths = result.object().value(QStringLiteral("paths")).toObject();
    QCOMPARE(paths.keys(), QStringList {QStringLiteral("/V1/orders")});
}

void TestSandboxServer::adminInfoAndCredentials()
{
    KeptTemporaryDir dir;
    TestSandbox sandbox = startTestSandbox(dir.path());
    SandboxClient client(sandbox.baseUrl());
    const QJsonObject info = client.get(QStringLiteral("/sandbox/info")).object();
    QCOMPARE(info.value(QStringLiteral("magento_url")).toString(), sandbox.baseUrl());
    QCOMPARE(info.value(QStringLiteral("erp_url")).toString(), sandbox.server->erpBaseUrl());
    QCOMPARE(info.value(QStringLiteral("seed")).toString(), QStringLiteral("demo"));
    QCOMPARE(info.value(QStringLiteral("faults")).toString(), QStringLiteral("none"));

    const QJsonObject credentials = client.get(QStringLiteral("/sandbox/credentials")).object();
    QCOMPARE(credentials.value(QStringLiteral("admin_username")).toString(), QStringLiteral("admin"));
    static const QRegularExpression key(QStringLiteral("^[a-z0-9]{32}$"));
    for (const QString& name : {QStringLiteral("consumer_key"), QStringLiteral("consumer_secret"),
             QStringLiteral("access_token"), QStringLiteral("access_token_secret")})
        QVERIFY2(key.match(credentials.value(name).toString()).hasMatch(), qPrintable(name));
    const DemoCredentials demo = sandbox.server->demoCredentials();
    QVERIFY(credentials.value(QStringLiteral("admin_password")).toString() == demo.adminPassword.toUtf8String());
    QVERIFY(demo.adminPassword.size() >= 7);

    const QJsonArray routes = client.get(QStringLiteral("/sandbox")).object().value(QStringLiteral("routes")).toArray();
    QVERIFY(routes.contains(QStringLiteral("POST /sandbox/integrations")));
}

void TestSandboxServer::adminUsersAndIntegrations()
{
    KeptTemporaryDir dir;
    TestSandbox sandbox = startTestSandbox(dir.path());
    SandboxClient client(sandbox.baseUrl());

    const HttpResult user = client.sendJson("POST", QStringLiteral("/sandbox/admin-users"),
        QJsonObject {{QStringLiteral("username"), QStringLiteral("catalog")},
            {QStringLiteral("password"), QStringLiteral("catalog-manager-1")},
            {QStringLiteral("acl_resources"), QJsonArray {QStringLiteral("Magento_Catalog::products")}}});
    QCOMPARE(user.status, 200);
    QCOMPARE(user.object().value(QStringLiteral("username")).toString(), QStringLiteral("catalog"));
    const HttpResult token = client.sendJson("POST", QStringLiteral("/rest/V1/integration/admin/token"),
        QJsonObject {{QStringLiteral("username"), QStringLiteral("catalog")},
            {QStringLiteral("password"), QStringLiteral("catalog-manager-1")}});
    const QList<QPair<QByteArray, QByteArray>> bearer {
        {"Authorization", "Bearer " + token.json().toString().toLatin1()}};
    QCOMPARE(client.get(QStringLiteral("/rest/V1/products/nope"), bearer).status, 404);
    QCOMPARE(client.get(QStringLiteral("/rest/V1/orders"), bearer).status, 401);

    const HttpResult duplicate = client.sendJson("POST", QStringLiteral("/sandbox/admin-users"),
        QJsonObject {{QStringLiteral("username"), QStringLiteral("catalog")},
            {QStringLiteral("password"), QStringLiteral("catalog-manager-2")},
            {QStringLiteral("acl_resources"), QJsonArray {QStringLiteral("Magento_Catalog::products")}}});
    QCOMPARE(duplicate.status, 400);

    const HttpResult integration = client.sendJson("POST", QStringLiteral("/sandbox/integrations"),
        QJsonObject {{QStringLiteral("name"), QStringLiteral("ERP connector")},
            {QStringLiteral("acl_resources"),
                QJsonArray {
                    QStringLiteral("Magento_Catalog::products"), QStringLiteral("Magento_Sales::actions_view")}}});
    QCOMPARE(integration.status, 200);
    const QJsonObject credentials = integration.object();
    static const QRegularExpression key(QStringLiteral("^[a-z0-9]{32}$"));
    QStringList seen;
    for (const QString& name : {QStringLiteral("consumer_key"), QStringLiteral("consumer_secret"),
             QStringLiteral("access_token"), QStringLiteral("access_token_secret")}) {
        const QString value = credentials.value(name).toString();
        QVERIFY2(key.match(value).hasMatch(), qPrintable(name));
        QVERIFY(!seen.contains(value));
        seen.append(value);
    }
    QCOMPARE(credentials.value(QStringLiteral("acl_resources")).toArray().size(), 2);
    const auto stored = sandbox.server->auth().integration(QStringLiteral("ERP connector"));
    QVERIFY(stored);
    QVERIFY(stored->accessToken.toUtf8String() == credentials.value(QStringLiteral("access_token")).toString());
}

void TestSandboxServer::adminRouteErrors()
{
    KeptTemporaryDir dir;
    TestSandbox sandbox = startTestSandbox(dir.path());
    SandboxClient client(sandbox.baseUrl());
    QCOMPARE(client.get(QStringLiteral("/sandbox/nothing")).status, 404);
    QCOMPARE(client.send("DELETE", QStringLiteral("/sandbox/info")).status, 405);
    const HttpResult noAcl = client.sendJson(
        "POST", QStringLiteral("/sandbox/integrations"), QJsonObject {{QStringLiteral("name"), QStringLiteral("x")}});
    QCOMPARE(noAcl.status, 400);
    QVERIFY(message(noAcl).contains(QStringLiteral("acl_resources")));
    const HttpResult badAcl = client.sendJson("POST", QStringLiteral("/sandbox/integrations"),
        QJsonObject {{QStringLiteral("name"), QStringLiteral("x")},
            {QStringLiteral("acl_resources"), QJsonArray {QStringLiteral("ok"), 3}}});
    QVERIFY(message(badAcl).contains(QStringLiteral("[1]")));
    const HttpResult notJson
        = client.send("POST", QStringLiteral("/sandbox/reset"), "{seed:", {{"Content-Type", "application/json"}});
    QCOMPARE(notJson.status, 400);
    QVERIFY(message(notJson).contains(QStringLiteral("JSON object")));
    QCOMPARE(client
                 .sendJson("POST", QStringLiteral("/sandbox/reset"),
                     QJsonObject {{QStringLiteral("seed"), QStringLiteral("huge")}})
                 .status,
        400);
    const HttpResult delay
        = client.sendJson("PUT", QStringLiteral("/sandbox/bulk"), QJsonObject {{QStringLiteral("delay_ms"), -5}});
    QCOMPARE(delay.status, 400);
    const HttpResult setting = client.sendJson("PUT", QStringLiteral("/sandbox/settings"),
        QJsonObject {{QStringLiteral("input_limits"), true}, {QStringLiteral("colour"), true}});
    QCOMPARE(setting.status, 400);
    // Nothing was applied from the rejected request.
    QCOMPARE(
        client.get(QStringLiteral("/sandbox/settings")).object().value(QStringLiteral("input_limits")).toBool(), false);
    QCOMPARE(
        client
            .sendJson("PUT", QStringLiteral("/sandbox/settings"), QJsonObject {{QStringLiteral("input_limits"), true}})
            .object()
            .value(QStringLiteral("input_limits"))
            .toBool(),
        true);
    QVERIFY(sandbox.server->inputLimits().enabled);
}

void TestSandboxServer::adminRoutesRefuseForeignHostsAndOrigins()
{
    KeptTemporaryDir dir;
    TestSandbox sandbox = startTestSandbox(dir.path());
    const quint16 port = sandbox.port();
    auto request = [&](const QByteArray& extra) {
        return rawRequest(port, "GET /sandbox/credentials HTTP/1.1\r\n" + extra + "Connection: close\r\n\r\n");
    };
    QCOMPARE(request("Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n").status(), 200);
    QCOMPARE(request("Host: localhost:" + QByteArray::number(port) + "\r\n").status(), 200);
    // DNS rebinding: a foreign name that resolves to 127.0.0.1.
    const RawResult rebound = request("Host: attacker.example:" + QByteArray::number(port) + "\r\n");
    QCOMPARE(rebound.status(), 403);
    QVERIFY(!rebound.body().contains("consumer_secret"));
    // A web page in the browser trying its luck.
    QCOMPARE(request("Host: 127.0.0.1\r\nOrigin: https://evil.example\r\n").status(), 403);
    QCOMPARE(request("Host: 127.0.0.1\r\nOrigin: http://localhost:3000\r\n").status(), 200);
    // The Magento routes do not care about Origin.
    QCOMPARE(rawRequest(port,
                 "GET /rest/V1/test/echo HTTP/1.1\r\nHost: shop.example\r\nOrigin: https://evil.example\r\n"
                 "Connection: close\r\n\r\n")
                 .status(),
        200);
}

void TestSandboxServer::loopbackPeers_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.1.2.3") << QStringLiteral("127.1.2.3") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("mapped") << QStringLiteral("::ffff:127.0.0.1") << true;
    QTest::newRow("lan") << QStringLiteral("192.168.1.20") << false;
    QTest::newRow("public") << QStringLiteral("203.0.113.7") << false;
    QTest::newRow("mapped lan") << QStringLiteral("::ffff:10.0.0.1") << false;
    QTest::newRow("ipv6") << QStringLiteral("2001:db8::1") << false;
}

void TestSandboxServer::loopbackPeers()
{
    QFETCH(QString, address);
    QFETCH(bool, loopback);
    QCOMPARE(SandboxServer::isLoopbackPeer(QHostAddress(address)), loopback);
    HttpExchange exchange;
    exchange.peer = QHostAddress(address);
    exchange.headers.insert("host", "127.0.0.1:8780");
    QCOMPARE(AdminRoutes::isAllowed(exchange), loopback);
}

void TestSandboxServer::countersPerRouteAndSku()
{
    KeptTemporaryDir dir;
    TestSandbox sandbox = startTestSandbox(dir.path());
    SandboxClient client(sandbox.baseUrl());
    const auto bearer = demoAdminBearer(client, *sandbox.server);
    for (int i = 0; i < 3; ++i)
        client.sendJson("PUT", QStringLiteral("/rest/V1/products/SKU-1"),
            QJsonObject {{QStringLiteral("product"), QJsonObject {{QStringLiteral("price"), i}}}}, bearer);
    client.sendJson("PUT", QStringLiteral("/rest/V1/products/SKU-2"),
        QJsonObject {{QStringLiteral("product"), QJsonObject {{QStringLiteral("price"), QStringLiteral("cheap")}}}},
        bearer);
    client.get(QStringLiteral("/rest/V1/products/SKU-404"), bearer);
    client.get(QStringLiteral("/rest/V1/nowhere"));

    const QJsonObject counters = client.get(QStringLiteral("/sandbox/counters")).object();
    QCOMPARE(counters.value(QStringLiteral("sku_writes")).toObject(), QJsonObject({{QStringLiteral("SKU-1"), 3}}));
    QCOMPARE(sandbox.server->counters().requests(QStringLiteral("PUT /V1/products/:sku"), 200), 3);
    QCOMPARE(sandbox.server->counters().requests(QStringLiteral("PUT /V1/products/:sku"), 400), 1);
    QCOMPARE(sandbox.server->counters().requests(QStringLiteral("GET /V1/products/:sku"), 404), 1);
    QCOMPARE(sandbox.server->counters().requests(QStringLiteral("GET (no route)"), 404), 1);
    QCOMPARE(sandbox.server->counters().requests(QStringLiteral("POST /V1/integration/admin/token"), 200), 1);
    bool listed = false;
    const QJsonArray requests = counters.value(QStringLiteral("requests")).toArray();
    for (const QJsonValue& entry : requests) {
        const QJsonObject object = entry.toObject();
        if (object.value(QStringLiteral("route")).toString() == u"PUT /V1/products/:sku"
            && object.value(QStringLiteral("status")).toInt() == 200)
            listed = object.value(QStringLiteral("count")).toInt() == 3;
    }
    QVERIFY(listed);
    QCOMPARE(counters.value(QStringLiteral("total_requests")).toInt(), 7);

    const HttpResult reset = client.send("DELETE", QStringLiteral("/sandbox/counters"));
    QCOMPARE(reset.object().value(QStringLiteral("total_requests")).toInt(), 0);
    QCOMPARE(reset.object().value(QStringLiteral("sku_writes")).toObject(), QJsonObject());
}

void TestSandboxServer::resetToSeed()
{
    KeptTemporaryDir dir;
    TestSandbox sandbox = startTestSandbox(dir.path());
    QString resetTo;
    sandbox.server->setSeedResetter([&resetTo](const QString& seed) {
        resetTo = seed;
        return Status();
    });
    SandboxClient client(sandbox.baseUrl());
    const QByteArray demoToken = sandbox.server->demoCredentials().accessToken.reveal();
    QVERIFY(sandbox.server->auth()
                .createIntegration(QStringLiteral("temporary"), {QStringLiteral("Magento_Backend::all")})
                .ok());
    QVERIFY(sandbox.server->auth()
                .createAdminUser(QStringLiteral("temp"), SecureBytes::fromUtf8(QStringLiteral("temporary1")),
                    {QStringLiteral("Magento_Backend::all")})
                .ok());
    const HttpResult tempToken = client.sendJson("POST", QStringLiteral("/rest/V1/integration/admin/token"),
        QJsonObject {{QStringLiteral("username"), QStringLiteral("temp")},
            {QStringLiteral("password"), QStringLiteral("temporary1")}});
    const QList<QPair<QByteArray, QByteArray>> tempBearer {
        {"Authorization", "Bearer " + tempToken.json().toString().toLatin1()}};
    QCOMPARE(client.get(QStringLiteral("/rest/V1/orders"), tempBearer).status, 200);
    const HttpResult reset = client.sendJson(
        "POST", QStringLiteral("/sandbox/reset"), QJsonObject {{QStringLiteral("seed"), QStringLiteral("empty")}});
    QCOMPARE(reset.status, 200);
    QCOMPARE(resetTo, QStringLiteral("empty"));
    QCOMPARE(sandbox.server->seed(), QStringLiteral("empty"));
    QVERIFY(!sandbox.server->auth().integration(QStringLiteral("temporary")));
    QVERIFY(!sandbox.server->auth().adminUser(QStringLiteral("temp")));
    // The removed user's token is worth nothing any more.
    QCOMPARE(client.get(QStringLiteral("/rest/V1/orders"), tempBearer).status, 401);
    // The demo credentials stay the same.
    QVERIFY(sandbox.server->demoCredentials().accessToken.reveal() == demoToken);
    QVERIFY(sandbox.server->auth().adminUser(QStringLiteral("admin")));
    QCOMPARE(demoAdminBearer(client, *sandbox.server).size(), 1);
}

void TestSandboxServer::restartKeepsState()
{
    KeptTemporaryDir dir;
    QByteArray consumerKey;
    QByteArray demoPassword;
    quint16 port = 0;
    {
        TestSandbox first = startTestSandbox(dir.path());
        port = first.port();
        consumerKey = first.server->auth()
                          .createIntegration(QStringLiteral("kept"), {QStringLiteral("Magento_Sales::sales")})
                          .value()
                          .consumerKey.reveal();
        demoPassword = first.server->demoCredentials().adminPassword.reveal();
        SandboxClient client(first.baseUrl());
        client.sendJson("PUT", QStringLiteral("/rest/V1/products/KEEP"),
            QJsonObject {{QStringLiteral("product"), QJsonObject {{QStringLiteral("price"), 1}}}},
            demoAdminBearer(client, *first.server));
        QCOMPARE(first.server->counters().skuWrites(QStringLiteral("KEEP")), 1);
    }
    SandboxOptions options;
    options.port = port; // the same port is free again
    TestSandbox second = startTestSandbox(dir.path(), options);
    QVERIFY(second.server->isRunning());
    QCOMPARE(second.port(), port);
    QVERIFY(second.server->auth().integration(QStringLiteral("kept"))->consumerKey.reveal() == consumerKey);
    QVERIFY(second.server->demoCredentials().adminPassword.reveal() == demoPassword);
    QCOMPARE(second.server->counters().skuWrites(QStringLiteral("KEEP")), 1);
    SandboxClient client(second.baseUrl());
    QCOMPARE(demoAdminBearer(client, *second.server).first().second.size() > 20, true);
}

void TestSandboxServer::busyPortIsAnError()
{
    KeptTemporaryDir dir;
    KeptTemporaryDir other;
    TestSandbox first = startTestSandbox(dir.path());
    SandboxOptions options;
    options.port = first.port();
    options.dataDir = other.path();
    options.serveStore = false;
    SandboxServer second(options);
    const Status status = second.start();
    QVERIFY(!status.ok());
    QVERIFY2(status.error().message.contains(QString::number(first.port())), qPrintable(status.error().message));
    QVERIFY(!second.isRunning());

    SandboxOptions badSeed;
    badSeed.dataDir = other.filePath(QStringLiteral("fresh"));
    badSeed.seed = QStringLiteral("huge");
    badSeed.serveStore = false;
    SandboxServer third(badSeed);
    QVERIFY(!third.start().ok());

    SandboxOptions badFaults;
    badFaults.dataDir = other.filePath(QStringLiteral("fresh2"));
    badFaults.faults = QStringLiteral("latency=fast");
    badFaults.serveStore = false;
    SandboxServer fourth(badFaults);
    const Status faults = fourth.start();
    QVERIFY(!faults.ok());
    QVERIFY(faults.error().message.contains(QStringLiteral("latency")));
}

void TestSandboxServer::connectionCloseIsHonoured()
{
    KeptTemporaryDir dir;
    TestSandbox sandbox = startTestSandbox(dir.path());
    const RawResult result = rawRequest(sandbox.port(), rawGet(sandbox.port(), "/rest/V1/test/echo"));
    QCOMPARE(result.status(), 200);
    QCOMPARE(result.header("Connection"), QByteArray("close"));
}

void TestSandboxServer::expectContinue()
{
    KeptTemporaryDir dir;
    TestSandbox sandbox = startTestSandbox(dir.path());
    const QByteArray body = "name=" + QByteArray(2000, 'x');
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, sandbox.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /rest/V1/test/form HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                 "application/x-www-form-urlencoded\r\nExpect: 100-continue\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n");
    // The interim answer comes without the body having been sent.
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).contains("\r\n\r\n"), 5000);
    QVERIFY2(received.startsWith("HTTP/1.1 100 Continue\r\n\r\n"), received.constData());
    received.clear();
    socket.write(body);
    QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).contains("\"principal\""), 5000);
    QVERIFY(received.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(!received.contains("100 Continue"));

    // The next request on the same connection, without Expect, gets no interim answer.
    received.clear();
    socket.write("GET /rest/V1/test/echo HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).contains("\"store\""), 5000);
    QVERIFY(received.startsWith("HTTP/1.1 200 OK\r\n"));
}

void TestSandboxServer::hostRunsOnItsOwnThread()
{
    KeptTemporaryDir dir;
    SandboxHost host;
    QSignalSpy started(&host, &SandboxHost::started);
    QSignalSpy failed(&host, &SandboxHost::failed);
    SandboxOptions options;
    options.dataDir = dir.path();
    options.serveStore = false;
    host.start(options);
    QVERIFY(started.wait(20000));
    QCOMPARE(failed.count(), 0);
    const quint16 port = host.port();
    QVERIFY(port != 0);
    QCOMPARE(started.first().at(0).value<quint16>(), port);
    QVERIFY(host.erpPort() != 0);
    QVERIFY(!host.demoCredentials().consumerKey.isEmpty());
    // While this thread waits in the client, the sandbox thread answers.
    SandboxClient client(QStringLiteral("http://127.0.0.1:%1").arg(port));
    const HttpResult token = client.sendJson("POST", QStringLiteral("/rest/V1/integration/admin/token"),
        QJsonObject {{QStringLiteral("username"), QStringLiteral("admin")},
            {QStringLiteral("password"), host.demoCredentials().adminPassword.toUtf8String()}});
    QCOMPARE(token.status, 200);
    QSignalSpy stopped(&host, &SandboxHost::stopped);
    host.stop();
    QCOMPARE(stopped.count(), 1);
    QCOMPARE(host.port(), quint16(0));
    QCOMPARE(client.get(QStringLiteral("/sandbox/info")).status, 0);

    // A failure is reported, not thrown.
    KeptTemporaryDir blocker;
    TestSandbox busy = startTestSandbox(blocker.path());
    SandboxHost second;
    QSignalSpy secondFailed(&second, &SandboxHost::failed);
    options.port = busy.port();
    second.start(options);
    QVERIFY(secondFailed.wait(20000));
    QVERIFY(secondFailed.first().first().toString().contains(QString::number(busy.port())));
}

void TestSandboxServer::jsonSerialisation()
{
    QCOMPARE(toJsonBytes(QJsonValue(QStringLiteral("tok\"en"))), QByteArray("\"tok\\\"en\""));
    QCOMPARE(toJsonBytes(QJsonValue(3.5)), QByteArray("3.5"));
    QCOMPARE(toJsonBytes(QJsonValue(false)), QByteArray("false"));
    QCOMPARE(toJsonBytes(QJsonValue()), QByteArray("null"));
    QCOMPARE(toJsonBytes(QJsonArray {}), QByteArray("[]"));
    QCOMPARE(toJsonBytes(QJsonObject {{QStringLiteral("a"), 1}}), QByteArray("{\"a\":1}"));
}

void TestSandboxServer::routeIndexAgreesWithTheRouter_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("literal beats parameter") << QByteArray("GET") << QStringLiteral("/V1/products/attributes");
    QTest::newRow("parameter") << QByteArray("GET") << QStringLiteral("/V1/products/SKU-1");
    QTest::newRow("encoded slash") << QByteArray("GET") << QStringLiteral("/V1/products/A%2FB");
    QTest::newRow("encoded literal") << QByteArray("GET") << QStringLiteral("/V1/products/attribute%73");
    QTest::newRow("nested") << QByteArray("PUT") << QStringLiteral("/V1/products/X/stockItems/7");
    QTest::newRow("two params") << QByteArray("GET") << QStringLiteral("/V1/products/X/options/7");
    QTest::newRow("wrong method") << QByteArray("DELETE") << QStringLiteral("/V1/products/attributes");
    QTest::newRow("too long") << QByteArray("GET") << QStringLiteral("/V1/products/X/Y/Z");
    QTest::newRow("nothing") << QByteArray("GET") << QStringLiteral("/V1/nothing");
}

void TestSandboxServer::routeIndexAgreesWithTheRouter()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    ApiRouter router;
    auto add = [&router](const char* m, const char* pattern) {
        router.add(ApiRoute {m, QString::fromLatin1(pattern), QStringLiteral("anonymous"),
            [](const ApiRequest&) { return ApiResponse::ok(QJsonValue()); }, QString(), QString(), false});
    };
    add("GET", "/V1/products/:sku");
    add("GET", "/V1/products/attributes");
    add("GET", "/V1/products/:sku/options/:optionId");
    add("GET", "/V1/products/attributes/:code/options");
    add("PUT", "/V1/products/:sku/stockItems/:itemId");
    add("DELETE", "/V1/products/:sku");
    RouteIndex index;
    index.sync(router);
    const auto expected = router.match(method, path);
    const auto actual = index.match(method, path.split(u'/', Qt::SkipEmptyParts));
    QCOMPARE(bool(actual), bool(expected));
    if (expected) {
        QCOMPARE(actual->route, expected->route);
        QCOMPARE(actual->params, expected->params);
    }
    // Growing the table after sync() is noticed.
    add("GET", "/V1/nothing");
    index.sync(router);
    QVERIFY(index.match("GET", {QStringLiteral("V1"), QStringLiteral("nothing")}));
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "test_sandbox_server.moc"
