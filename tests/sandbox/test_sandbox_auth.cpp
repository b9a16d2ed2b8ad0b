// Authentication in the sandbox, as Magento does it: admin/customer tokens and lockout, OAuth 1.0a verified on
// the server side (checked against RFC 5849's worked examples and requests signed by python3-oauthlib), ACL.

#include "core/common/clock.h"
#include "core/sandbox/oauthverifier.h"
#include "tests/sandbox/test_sandbox_server_support.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace studio;
using namespace studio::sandbox;
using namespace studio::test;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

// Signs one request with oauthlib (an implementation that shares nothing with ours) and prints the
// Authorization header.
const char* kSignerScript = R"PY(
import json, sys
from oauthlib.oauth1 import Client, SIGNATURE_HMAC_SHA1, SIGNATURE_HMAC_SHA256, SIGNATURE_TYPE_AUTH_HEADER
a = json.loads(sys.argv[1])
client = Client(a["ck"], client_secret=a["cs"], resource_owner_key=a["tk"], resource_owner_secret=a["ts"],
                signature_method=SIGNATURE_HMAC_SHA256 if a["method"] == "HMAC-SHA256" else SIGNATURE_HMAC_SHA1,
                signature_type=SIGNATURE_TYPE_AUTH_HEADER, timestamp=a["timestamp"], nonce=a["nonce"])
headers = {}
body = None
if a.get("form") is not None:
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    body = a["form"]
uri, signed, _ = client.sign(a["url"], http_method=a["http"], body=body, headers=headers)
sys.stdout.write(signed["Authorization"])
)PY";

struct Credentials
{
    QString consumerKey;
    QString consumerSecret;
    QString token;
    QString tokenSecret;
};

Credentials credentialsOf(const IntegrationCredentials& integration)
{
    return Credentials {integration.consumerKey.toUtf8String(), integration.consumerSecret.toUtf8String(),
        integration.accessToken.toUtf8String(), integration.accessTokenSecret.toUtf8String()};
}

QString errorMessage(const HttpResult& result)
{
    return result.object().value(QStringLiteral("message")).toString();
}

} // namespace

class TestSandboxAuth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void adminTokenFlow();
    void tokenFieldValidation_data();
    void tokenFieldValidation();
    void lockoutAfterSixFailures();
    void expiredTokenIsGuest();
    void customerToken();
    void aclRefusalNamesTheResource();
    void integrationBearerOnlyWhenAllowed();

    void rfc5849WorkedExample();
    void rfc5849ParameterExample();
    void naturalOrder_data();
    void naturalOrder();
    void percentEncoding();
    void headerParsing();

    void oauthlibSignedRequests_data();
    void oauthlibSignedRequests();
    void naturalOrderLikeMagento();
    void badSignature();
    void replayedNonce();
    void timestampWindow();
    void missingParameters();
    void unsupportedSignatureMethod();
    void unsupportedVersion();
    void unknownConsumerAndToken();

private:
    std::optional<QByteArray> oauthlib(const QString& url, const QByteArray& method, const Credentials& credentials,
        const QString& signatureMethod, qint64 timestamp, const QString& nonce, const QString& form = QString());

    bool m_haveOauthlib = false;
};

void TestSandboxAuth::initTestCase()
{
    QProcess probe;
    probe.start(kPython, {QStringLiteral("-c"), QStringLiteral("import oauthlib.oauth1")});
    m_haveOauthlib
        = probe.waitForFinished(20000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
    if (!m_haveOauthlib && inCi())
        QFAIL("python3-oauthlib is required in CI (packaging/install-deps.sh installs it)");
}

std::optional<QByteArray> TestSandboxAuth::oauthlib(const QString& url, const QByteArray& method,
    const Credentials& credentials, const QString& signatureMethod, qint64 timestamp, const QString& nonce,
    const QString& form)
{
    QJsonObject args {{QStringLiteral("url"), url}, {QStringLiteral("http"), QString::fromLatin1(method)},
        {QStringLiteral("ck"), credentials.consumerKey}, {QStringLiteral("cs"), credentials.consumerSecret},
        {QStringLiteral("tk"), credentials.token}, {QStringLiteral("ts"), credentials.tokenSecret},
        {QStringLiteral("method"), signatureMethod}, {QStringLiteral("timestamp"), QString::number(timestamp)},
        {QStringLiteral("nonce"), nonce}};
    if (!form.isNull())
        args.insert(QStringLiteral("form"), form);
    QProcess process;
    process.start(kPython,
        {QStringLiteral("-c"), QString::fromLatin1(kSignerScript),
            QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact))});
    if (!process.waitForFinished(20000) || process.exitCode() != 0) {
        qWarning("oauthlib signer failed: %s", process.readAllStandardError().constData());
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

void TestSandboxAuth::adminTokenFlow()
{
    KeptTemporaryDir dir;
    TestSandbox sandbox = startTestSandbox(dir.path());
    SandboxClient client(sandbox.baseUrl());
    const DemoCredentials demo = sandbox.server->demoCredentials();
    const HttpResult token = client.sendJson("POST", QStringLiteral("/rest/V1/integration/admin/token"),
        QJsonObject {{QStringLiteral("username"), demo.adminUsername},
            {QStringLiteral("password"), demo.adminPassword.toUtf8String()}});
    QCOMPARE(token.status, 200);
    QCOMPARE(token.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    // A bare JSON string; a JWT with Magento's claims.
    QVERIFY(token.body.startsWith('"') && token.body.endsWith('"'));
    const QString jwt = token.json().toString();
    const QStringList parts = jwt.split(u'.');
    QCOMPARE(parts.size(), 3);
    const QJsonObject claims
        = QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding))
              .object();
    QCOMPARE(claims.value(QStringLiteral("utypid")).toInt(), 2);
    QCOMPARE(qint64(claims.value(QStringLiteral("exp")).toDouble() - claims.value(QStringLiteral("iat")).toDouble()),
        qint64(3600));

    const QList<QPair<QByteArray, QByteArray>> bearer {{"Authorization", "Bearer " + jwt.toLatin1()}};
    const HttpResult echo = client.get(QStringLiteral("/rest/V1/test/echo"), bearer);
    QCOMPARE(echo.object().value(QStringLiteral("principal")).toObject().value(QStringLiteral("kind")).toString(),
        QStringLiteral("admin"));
    QCOMPARE(client.get(QStringLiteral("/rest/V1/orders"), bearer).status, 200);

    const HttpResult wrong = client.sendJson("POST", QStringLiteral("/rest/V1/integration/admin/token"),
        QJsonObject {{QStringLiteral("username"), QStringLiteral("admin")},
            {QStringLiteral("password"), QStringLiteral("not-the-password1")}});
    QCOMPARE(wrong.status, 401);
    QCOMPARE(errorMessage(wrong),
        QStringLiteral("The account sign-in was incorrect or your account is disabled "
                       "temporarily. Please wait and try again later."));
}

void TestSandboxAuth::tokenFieldValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("empty username") << QByteArray(R"({"username":"","password":"x1234567"})")
                                    << QStringLiteral("%fieldName is a required field.")
                                    << QStringList {QStringLiteral("username")};
    QTest::newRow("empty password") << QByteArray(R"({"username":"admin","password":""})")
                                    << QStringLiteral("%fieldName is a required field.")
                                    << QStringList {QStringLiteral("password")};
    QTest::newRow("both empty") << QByteArray(R"({"username":"","password":""})")
                                << QStringLiteral("One or more input exceptions have occurred.")
                                << QStringList {QStringLiteral("username"), QStringLiteral("password")};
    QTest::newRow("missing password") << QByteArray(R"({"username":"admin"})")
                                      << QStringLiteral("\"%fieldName\" is required. Enter and try again.")
                                      << QStringList {QStringLiteral("password")};
}

void TestSandboxAuth::tokenFieldValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QFETCH(QStringList, fields);
    KeptTemporaryDir dir;
    TestSandbox sandbox = startTestSandbox(dir.path());
    SandboxClient client(sandbox.baseUrl());
    for (const QString& path :
        {QStringLiteral("/rest/V1/integration/admin/token"), QStringLiteral("/rest/V1/integration/customer/token")}) {
        const HttpResult result = client.send("POST", path, body, {{"Content-Type", "application/json"}});
        QCOMPARE(result.status, 400);
        const QJsonObject error = result.object();
        QCOMPARE(error.value(QStringLiteral("message")).toString(), message);
        if (fields.size() == 1) {
            QCOMPARE(error.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("fieldName")).toString(),
                fields.first());
        } else {
            const QJsonArray errors = error.value(QStringLiteral("errors")).toArray();
            QCOMPARE(errors.size(), fields.size());
            for (qsizetype i = 0; i < fields.size(); ++i)
                QCOMPARE(errors.at(i)
                             .toObject()
                             .value(QStringLiteral("parameters"))
                             .toObject()
                             .value(QStringLiteral("fieldName"))
                             .toString(),
                    fields.at(i));
        }
    }
}

void TestSandboxAuth::lockoutAfterSixFailures()
{
    KeptTemporaryDir dir;
    ManualClock clock;
    SandboxOptions options;
    options.clock = &clock;
    TestSandbox sandbox = startTestSandbox(dir.path(), options);
    SandboxClient client(sandbox.baseUrl());
    const QString password = sandbox.server->demoCredentials().adminPassword.toUtf8String();
    auto attempt = [&](const QString& secret) {
        return client
            .sendJson("POST", QStringLiteral("/rest/V1/integration/admin/token"),
                QJsonObject {
                    {QStringLiteral("username"), QStringLiteral("admin")}, {QStringLiteral("password"), secret}})
            .status;
    };
    for (int i = 0; i < 6; ++i)
        QCOMPARE(attempt(QStringLiteral("wrong-password-1")), 401);
    // Locked: even the right password is refused, with the same message.
    QCOMPARE(attempt(password), 401);
    clock.advanceMs(1799 * 1000);
    QCOMPARE(attempt(password), 401);
    clock.advanceMs(2 * 1000);
    QCOMPARE(attempt(password), 200);
    // A success clears the count.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(attempt(QStringLiteral("wrong-password-1")), 401);
    QCOMPARE(attempt(password), 200);
}

void TestSandboxAuth::expiredTokenIsGuest()
{
    KeptTemporaryDir dir;
    ManualClock clock;
    SandboxOptions options;
    options.clock = &clock;
    TestSandbox sandbox = startTestSandbox(dir.path(), options);
    SandboxClient client(sandbox.baseUrl());
    const auto bearer = demoAdminBearer(client, *sandbox.server);
    QCOMPARE(client.get(QStringLiteral("/rest/V1/orders"), bearer).status, 200);
    clock.advanceMs(59 * 60 * 1000);
    QCOMPARE(client.get(QStringLiteral("/rest/V1/orders"), bearer).status, 200);
    clock.advanceMs(60 * 1000);
    const HttpResult expired = client.get(QStringLiteral("/rest/V1/orders"), bearer);
    QCOMPARE(expired.status, 401);
    QCOMPARE(errorMessage(expired), QStringLiteral("The consumer isn't authorized to access %resources."));
    // Anonymous routes still answer, as a guest.
    const HttpResult echo = client.get(QStringLiteral("/rest/V1/test/echo"), bearer);
    QCOMPARE(echo.status, 200);
    QCOMPARE(echo.object().value(QStringLiteral("principal")).toObject().value(QStringLiteral("kind")).toString(),
        QStringLiteral("guest"));
    // A forged token is a guest too.
    QByteArray forged = bearer.first().second;
    forged[forged.size() - 2] = forged.at(forged.size() - 2) == 'A' ? 'B' : 'A';
    QCOMPARE(client.get(QStringLiteral("/rest/V1/orders"), {{"Authorization", forged}}).status, 401);
}

void TestSandboxAuth::customerToken()
{
    KeptTemporaryDir dir;
    TestSandbox sandbox = startTestSandbox(dir.path());
    sandbox.server->setCustomerAuthenticator([](const QString& email, const QString& password) -> std::optional<int> {
        if (email == u"roni_cost@example.com" && password == u"roni_cost3@example.com")
            return 17;
        return std::nullopt;
    });
    SandboxClient client(sandbox.baseUrl());
    const HttpResult token = client.sendJson("POST", QStringLiteral("/rest/V1/integration/customer/token"),
        QJsonObject {{QStringLiteral("username"), QStringLiteral("roni_cost@example.com")},
            {QStringLiteral("password"), QStringLiteral("roni_cost3@example.com")}});
    QCOMPARE(token.status, 200);
    const HttpResult echo = client.get(
        QStringLiteral("/rest/V1/test/echo"), {{"Authorization", "Bearer " + token.json().toString().toLatin1()}});
    const QJsonObject principal = echo.object().value(QStringLiteral("principal")).toObject();
    QCOMPARE(principal.value(QStringLiteral("kind")).toString(), QStringLiteral("customer"));
    QCOMPARE(principal.value(QStringLiteral("id")).toInt(), 17);
    // A customer holds no admin resources.
    QCOMPARE(
        client
            .get(QStringLiteral("/rest/V1/orders"), {{"Authorization", "Bearer " + token.json().toString().toLatin1()}})
            .status,
        401);
    const HttpResult wrong = client.sendJson("POST", QStringLiteral("/rest/V1/integration/customer/token"),
        QJsonObject {{QStringLiteral("username"), QStringLiteral("roni_cost@example.com")},
            {QStringLiteral("password"), QStringLiteral("nope-nope-1")}});
    QCOMPARE(wrong.status, 401);
    QCOMPARE(errorMessage(wrong),
        QStringLiteral("The account sign-in was incorrect or your account is disabled "
                       "temporarily. Please wait and try again later."));
}

void TestSandboxAuth::aclRefusalNamesTheResource()
{
    KeptTemporaryDir dir;
    TestSandbox sandbox = startTestSandbox(dir.path());
    SandboxClient client(sandbox.baseUrl());
    const HttpResult guest = client.get(QStringLiteral("/rest/V1/products/A1"));
    QCOMPARE(guest.status, 401);
    QCOMPARE(guest.object(),
        QJsonObject({{QStringLiteral("message"), QStringLiteral("The consumer isn't authorized to access %resources.")},
            {QStringLiteral("parameters"),
                QJsonObject {{QStringLiteral("resources"), QStringLiteral("Magento_Catalog::products")}}}}));

    // An admin user whose role holds only the sales resources.
    QVERIFY(sandbox.server->auth()
                .createAdminUser(QStringLiteral("sales"), SecureBytes::fromUtf8(QStringLiteral("sales-clerk-1")),
                    {QStringLiteral("Magento_Sales::actions_view")})
                .ok());
    const HttpResult token = client.sendJson("POST", QStringLiteral("/rest/V1/integration/admin/token"),
        QJsonObject {{QStringLiteral("username"), QStringLiteral("sales")},
            {QStringLiteral("password"), QStringLiteral("sales-clerk-1")}});
    const QList<QPair<QByteArray, QByteArray>> bearer {
        {"Authorization", "Bearer " + token.json().toString().toLatin1()}};
    QCOMPARE(client.get(QStringLiteral("/rest/V1/orders"), bearer).status, 200);
    const HttpResult refused = client.get(QStringLiteral("/rest/V1/products/A1"), bearer);
    QCOMPARE(refused.status, 401);
    QCOMPARE(
        refused.object().value(QStringLiteral("parameters")).toObject().value(QStringLiteral("resources")).toString(),
        QStringLiteral("Magento_Catalog::products"));
    // The handler never ran.
    QCOMPARE(sandbox.calls->value(QStringLiteral("GET /V1/products/:sku")), 0);
}

void TestSandboxAuth::integrationBearerOnlyWhenAllowed()
{
    KeptTemporaryDir dir;
    TestSandbox sandbox = startTestSandbox(dir.path());
    SandboxClient client(sandbox.baseUrl());
    const QByteArray token = sandbox.server->demoCredentials().accessToken.reveal();
    const QList<QPair<QByteArray, QByteArray>> bearer {{"Authorization", "Bearer " + token}};
    const HttpResult off = client.get(QStringLiteral("/rest/V1/orders"), bearer);
    QCOMPARE(off.status, 401);
    QCOMPARE(errorMessage(off), QStringLiteral("The consumer isn't authorized to access %resources."));

    QCOMPARE(client
                 .sendJson("PUT", QStringLiteral("/sandbox/settings"),
                     QJsonObject {{QStringLiteral("allow_integration_bearer"), true}})
                 .status,
        200);
    const HttpResult on = client.get(QStringLiteral("/rest/V1/test/echo"), bearer);
    QCOMPARE(on.object().value(QStringLiteral("principal")).toObject().value(QStringLiteral("kind")).toString(),
        QStringLiteral("integration"));
    QCOMPARE(client.get(QStringLiteral("/rest/V1/orders"), bearer).status, 200);
}

void TestSandboxAuth::rfc5849WorkedExample()
{
    // RFC 5849 section 1.2: GET http://photos.example.net/photos?file=vacation.jpg&size=original
    const QByteArray header = "OAuth realm=\"Photos\", oauth_consumer_key=\"dpf43f3p2l4k3l03\", "
                              "oauth_token=\"nnch734d00sl2jdk\", oauth_signature_method=\"HMAC-SHA1\", "
                              "oauth_timestamp=\"137131202\", oauth_nonce=\"chapoH\", "
                              "oauth_signature=\"MdpQcU8iPSUjWoN%2FUDMsK2sui9I%3D\"";
    const std::optional<oauth::Parameters> protocol = oauth::parseAuthorizationHeader(header);
    QVERIFY(protocol);
    const QByteArray expectedBase
        = "GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg%26oauth_consumer_key%3Ddpf43f3p2l4k3l03"
          "%26oauth_nonce%3DchapoH%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131202%26oauth_token"
          "%3Dnnch734d00sl2jdk%26size%3Doriginal";
    for (const auto rules : {oauth::ParameterRules::Rfc5849, oauth::ParameterRules::Magento}) {
        const oauth::Parameters parameters
            = oauth::signedParameters(*protocol, "file=vacation.jpg&size=original", QByteArray(), QByteArray(), rules);
        const QByteArray base = oauth::signatureBaseString(
            "GET", oauth::baseStringUri("http", "photos.example.net", "/photos"), parameters, rules);
        QCOMPARE(base, expectedBase);
        const std::optional<QByteArray> signature
            = oauth::sign("HMAC-SHA1", base, "kd94hf93k423kf44", "pfkkdhi9sl3r4s00");
        QVERIFY(signature);
        QCOMPARE(*signature, QByteArray("MdpQcU8iPSUjWoN/UDMsK2sui9I="));
    }
    // The header value is percent-decoded.
    bool found = false;
    for (const auto& parameter : *protocol) {
        if (parameter.first == "oauth_signature") {
            QCOMPARE(parameter.second, QByteArray("MdpQcU8iPSUjWoN/UDMsK2sui9I="));
            found = true;
        }
        QVERIFY(parameter.first != "realm");
    }
    QVERIFY(found);
    QVERIFY(!oauth::sign("RSA-SHA1", expectedBase, "a", "b"));
    QVERIFY(!oauth::sign("PLAINTEXT", expectedBase, "a", "b"));
}

void TestSandboxAuth::rfc5849ParameterExample()
{
    // RFC 5849 section 3.4.1.1 / 3.4.1.3: query, form body and header parameters.
    const QByteArray header = "OAuth realm=\"Example\", oauth_consumer_key=\"9djdj82h48djs9d2\", "
                              "oauth_token=\"kkk9d7dh3k39sjv7\", oauth_signature_method=\"HMAC-SHA1\", "
                              "oauth_timestamp=\"137131201\", oauth_nonce=\"7d8f3e4a\", "
                              "oauth_signature=\"bYT5CMsGcbgUdFHObYMEfcx6bsw%3D\"";
    const auto protocol = oauth::parseAuthorizationHeader(header);
    QVERIFY(protocol);
    const QByteArray uri = oauth::baseStringUri("http", "example.com", "/request");
    const QByteArray query = "b5=%3D%253D&a3=a&c%40=&a2=r%20b";
    const QByteArray body = "c2&a3=2+q";
    const QByteArray contentType = "application/x-www-form-urlencoded";
    const auto rfc = oauth::signedParameters(*protocol, query, contentType, body, oauth::ParameterRules::Rfc5849);
    QCOMPARE(oauth::signatureBaseString("POST", uri, rfc, oauth::ParameterRules::Rfc5849),
        QByteArray(
            "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%"
            "2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_"
            "method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7"));
    // Magento keeps one value per name (the query's, read last): a3=2 q disappears from its base string.
    const auto magento = oauth::signedParameters(*protocol, query, contentType, body, oauth::ParameterRules::Magento);
    QCOMPARE(oauth::signatureBaseString("POST", uri, magento, oauth::ParameterRules::Magento),
        QByteArray(
            "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%"
            "26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-"
            "SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7"));
    // A query pair that is not exactly name=value is not signed by Magento.
    const auto odd
        = oauth::signedParameters({}, "flag&x=1=2&y=3", QByteArray(), QByteArray(), oauth::ParameterRules::Magento);
    QCOMPARE(odd.size(), 1);
    QCOMPARE(odd.first().first, QByteArray("y"));
}

void TestSandboxAuth::naturalOrder_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<int>("sign");
    QTest::newRow("equal") << QByteArray("abc") << QByteArray("abc") << 0;
    QTest::newRow("numbers") << QByteArray("a2") << QByteArray("a10") << -1;
    QTest::newRow("numbers reversed") << QByteArray("a10") << QByteArray("a9") << 1;
    QTest::newRow("prefix") << QByteArray("a") << QByteArray("ab") << -1;
    QTest::newRow("leading zero compares left") << QByteArray("a01") << QByteArray("a1") << -1;
    QTest::newRow("encoded filter index") << QByteArray("searchCriteria%5BfilterGroups%5D%5B10%5D")
                                          << QByteArray("searchCriteria%5BfilterGroups%5D%5B9%5D") << 1;
    QTest::newRow("bytes") << QByteArray("B") << QByteArray("a") << -1;
    QTest::newRow("empty") << QByteArray() << QByteArray("a") << -1;
}

void TestSandboxAuth::naturalOrder()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(int, sign);
    const int result = oauth::naturalCompare(a, b);
    QCOMPARE((result > 0) - (result < 0), sign);
    const int reverse = oauth::naturalCompare(b, a);
    QCOMPARE((reverse > 0) - (reverse < 0), -sign);
}

void TestSandboxAuth::percentEncoding()
{
    QCOMPARE(oauth::percentEncode("Ladies + Gentlemen"), QByteArray("Ladies%20%2B%20Gentlemen"));
    QCOMPARE(oauth::percentEncode("An encoded string!"), QByteArray("An%20encoded%20string%21"));
    QCOMPARE(oauth::percentEncode("Dogs, Cats & Mice"), QByteArray("Dogs%2C%20Cats%20%26%20Mice"));
    QCOMPARE(oauth::percentEncode("\xe2\x98\x83"), QByteArray("%E2%98%83"));
    QCOMPARE(oauth::percentEncode("-._~"), QByteArray("-._~"));
    QCOMPARE(oauth::formDecode("a+b%2Bc%zz"), QByteArray("a b+c%zz"));
    // Host lower case, explicit port kept, path escapes normalised, unreserved escapes decoded, query dropped.
    QCOMPARE(oauth::baseStringUri("HTTP", "Example.COM:8780", "/rest/V1/products/A%2fB%7E?x=1"),
        QByteArray("http://example.com:8780/rest/V1/products/A%2FB~"));
}

void TestSandboxAuth::headerParsing()
{
    QVERIFY(!oauth::parseAuthorizationHeader("Bearer abc"));
    QVERIFY(!oauth::parseAuthorizationHeader(QByteArray()));
    const auto parsed
        = oauth::parseAuthorizationHeader("oauth oauth_nonce=\"n%20 1\",oauth_token=x, foo=\"bar\", junk");
    QVERIFY(parsed);
    QCOMPARE(parsed->size(), 2);
    QCOMPARE(parsed->at(0), oauth::Parameter("oauth_nonce", "n  1"));
    QCOMPARE(parsed->at(1), oauth::Parameter("oauth_token", "x"));
}

void TestSandboxAuth::oauthlibSignedRequests_data()
{
    QTest::addColumn<QString>("signatureMethod");
    QTest::addColumn<QByteArray>("httpMethod");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    for (const QString& method : {QStringLiteral("HMAC-SHA1"), QStringLiteral("HMAC-SHA256")}) {
        const QByteArray tag = method.toLatin1();
        QTest::addRow("%s GET searchCriteria", tag.constData())
            << method << QByteArray("GET")
            << QStringLiteral(
                   "/rest/default/V1/test/echo?searchCriteria%5BfilterGroups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5B"
                   "field%5D=sku&searchCriteria%5BfilterGroups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bvalue%5D=24-MB%"
                   "25&searchCriteria%5BfilterGroups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5BconditionType%5D=like&"
                   "searchCriteria%5BpageSize%5D=10&fields=principal%5Bkind%2Cid%5D%2Cstore")
            << QByteArray() << QByteArray();
        QTest::addRow("%s POST JSON", tag.constData())
            << method << QByteArray("POST") << QStringLiteral("/rest/V1/products")
            << QByteArray(R"({"product":{"sku":"MB-01","name":"Joust Duffle Bag","price":34}})")
            << QByteArray("application/json");
        QTest::addRow("%s PUT encoded slash SKU", tag.constData())
            << method << QByteArray("PUT") << QStringLiteral("/rest/all/V1/products/24-MB%2F01")
            << QByteArray(R"({"product":{"name":"Strive Shoulder Pack","price":32}})")
            << QByteArray("application/json");
        QTest::addRow("%s POST form", tag.constData())
            << method << QByteArray("POST") << QStringLiteral("/rest/V1/test/form")
            << QByteArray("name=Caf%C3%A9+au+lait&size=2&empty=") << QByteArray("application/x-www-form-urlencoded");
    }
}

void TestSandboxAuth::oauthlibSignedRequests()
{
    if (!m_haveOauthlib)
        QSKIP("python3-oauthlib is not installed (packaging/install-deps.sh installs it)");
    QFETCH(QString, signatureMethod);
    QFETCH(QByteArray, httpMethod);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);

    KeptTemporaryDir dir;
    ManualClock clock;
    SandboxOptions options;
    options.clock = &clock;
    TestSandbox sandbox = startTestSandbox(dir.path(), options);
    SandboxClient client(sandbox.baseUrl());
    const Credentials credentials
        = credentialsOf(*sandbox.server->auth().integration(QStringLiteral("Integration Studio demo")));
    const qint64 now = clock.now().toSecsSinceEpoch();
    const bool form = contentType.startsWith("application/x-www-form-urlencoded");
    const auto header = oauthlib(sandbox.baseUrl() + path, httpMethod, credentials, signatureMethod, now,
        QStringLiteral("n") + QString::fromLatin1(randomToken(20)), form ? QString::fromLatin1(body) : QString());
    QVERIFY(header);
    QVERIFY(header->contains(signatureMethod.toLatin1()));
    QList<QPair<QByteArray, QByteArray>> headers {{"Authorization", *header}};
    if (!contentType.isEmpty())
        headers.append({"Content-Type", contentType});
    const HttpResult result = client.send(httpMethod, path, body, headers);
    QVERIFY2(result.status == 200, result.body.constData());
    if (path.contains(QStringLiteral("/echo")) || path.contains(QStringLiteral("/form"))) {
        QCOMPARE(result.object().value(QStringLiteral("principal")).toObject().value(QStringLiteral("kind")).toString(),
            QStringLiteral("integration"));
    }
    if (httpMethod == "PUT")
        QCOMPARE(result.object().value(QStringLiteral("sku")).toString(), QStringLiteral("24-MB/01"));
    if (form)
        QCOMPARE(result.object().value(QStringLiteral("body")).toString(), QString::fromLatin1(body));

    // Any change to what was signed breaks the signature (fresh nonce, so the nonce check passes).
    const auto again = oauthlib(sandbox.baseUrl() + path, httpMethod, credentials, signatureMethod, now,
        QStringLiteral("m") + QString::fromLatin1(randomToken(20)), form ? QString::fromLatin1(body) : QString());
    QVERIFY(again);
    headers.first().second = *again;
    HttpResult bad;
    if (form) {
        QByteArray otherBody = body;
        otherBody.replace("size=2", "size=3");
        bad = client.send(httpMethod, path, otherBody, headers);
    } else {
        bad = client.send(httpMethod,
            path + (path.contains(u'?') ? QStringLiteral("&extra=1") : QStringLiteral("?extra=1")), body, headers);
    }
    QCOMPARE(bad.status, 401);
    QCOMPARE(errorMessage(bad), QStringLiteral("The signature is invalid. Verify and try again."));
}

void TestSandboxAuth::naturalOrderLikeMagento()
{
    if (!m_haveOauthlib)
        QSKIP("python3-oauthlib is not installed");
    KeptTemporaryDir dir;
    ManualClock clock;
    SandboxOptions options;
    options.clock = &clock;
    TestSandbox sandbox = startTestSandbox(dir.path(), options);
    SandboxClient client(sandbox.baseUrl());
    const Credentials c = credentialsOf(*sandbox.server->auth().integration(QStringLiteral("Integration Studio demo")));
    auto filters = [](int count) -> QString {
        QString query;
        for (int i = 0; i < count; ++i)
            query += QStringLiteral("%1searchCriteria%5BfilterGroups%5D%5B%2%5D%5Bfilters%5D%5B0%5D%5Bvalue%5D=v%2")
                         .arg(i == 0 ? QStringLiteral("?") : QStringLiteral("&"))
                         .arg(i);
        return QStringLiteral("/rest/V1/test/echo") + query;
    };
    const qint64 now = clock.now().toSecsSinceEpoch();
    // Up to index 9 byte order and natural order agree: oauthlib's RFC 5849 signature passes.
    const QString ten = filters(10);
    const auto tenHeader = oauthlib(
        sandbox.baseUrl() + ten, "GET", c, QStringLiteral("HMAC-SHA256"), now, QStringLiteral("ten-filters"));
    const HttpResult passed = client.get(ten, {{"Authorization", *tenHeader}});
    QVERIFY2(passed.status == 200, qPrintable(ten + u' ' + QString::fromUtf8(passed.body)));
    // From index 10 on they do not: Magento sorts "[10]" after "[9]", RFC 5849 between "[1]" and "[2]", so a
    // request signed per the RFC fails on a real store, and in the sandbox.
    const QString eleven = filters(11);
    const auto elevenHeader = oauthlib(
        sandbox.baseUrl() + eleven, "GET", c, QStringLiteral("HMAC-SHA256"), now, QStringLiteral("eleven-filters"));
    const HttpResult refused = client.get(eleven, {{"Authorization", *elevenHeader}});
    QCOMPARE(refused.status, 401);
    QCOMPARE(errorMessage(refused), QStringLiteral("The signature is invalid. Verify and try again."));
}

void TestSandboxAuth::badSignature()
{
    KeptTemporaryDir dir;
    ManualClock clock;
    SandboxOptions options;
    options.clock = &clock;
    TestSandbox sandbox = startTestSandbox(dir.path(), options);
    SandboxClient client(sandbox.baseUrl());
    const Credentials c = credentialsOf(*sandbox.server->auth().integration(QStringLiteral("Integration Studio demo")));
    const QByteArray header = "OAuth oauth_consumer_key=\"" + c.consumerKey.toLatin1() + "\",oauth_token=\""
        + c.token.toLatin1() + "\",oauth_signature_method=\"HMAC-SHA256\",oauth_timestamp=\""
        + QByteArray::number(clock.now().toSecsSinceEpoch())
        + "\",oauth_nonce=\"abc123\",oauth_version=\"1.0\",oauth_signature=\"bm90IGEgc2lnbmF0dXJl\"";
    const HttpResult result = client.get(QStringLiteral("/rest/V1/test/echo"), {{"Authorization", header}});
    QCOMPARE(result.status, 401);
    QCOMPARE(result.object(),
        QJsonObject({{QStringLiteral("message"), QStringLiteral("The signature is invalid. Verify and try again.")}}));
    QCOMPARE(sandbox.calls->value(QStringLiteral("GET /V1/test/echo")), 0);
}

void TestSandboxAuth::replayedNonce()
{
    if (!m_haveOauthlib)
        QSKIP("python3-oauthlib is not installed");
    KeptTemporaryDir dir;
    ManualClock clock;
    SandboxOptions options;
    options.clock = &clock;
    TestSandbox sandbox = startTestSandbox(dir.path(), options);
    SandboxClient client(sandbox.baseUrl());
    const IntegrationCredentials integration
        = *sandbox.server->auth().integration(QStringLiteral("Integration Studio demo"));
    const Credentials c = credentialsOf(integration);
    const QString path = QStringLiteral("/rest/V1/test/echo");
    const auto header = oauthlib(sandbox.baseUrl() + path, "GET", c, QStringLiteral("HMAC-SHA256"),
        clock.now().toSecsSinceEpoch(), QStringLiteral("once-only-nonce"));
    QVERIFY(header);
    QCOMPARE(client.get(path, {{"Authorization", *header}}).status, 200);
    const HttpResult replay = client.get(path, {{"Authorization", *header}});
    QCOMPARE(replay.status, 401);
    QCOMPARE(errorMessage(replay), QStringLiteral("The nonce is already being used by the consumer with ID %1"));
    QCOMPARE(
        replay.object().value(QStringLiteral("parameters")).toArray(), QJsonArray {QString::number(integration.id)});

    // Magento stores the nonce before it checks the signature: a rejected request still uses it up.
    QByteArray forged = *header;
    forged.replace("once-only-nonce", "second-nonce");
    QCOMPARE(client.get(path, {{"Authorization", forged}}).status, 401);
    const auto honest = oauthlib(sandbox.baseUrl() + path, "GET", c, QStringLiteral("HMAC-SHA256"),
        clock.now().toSecsSinceEpoch(), QStringLiteral("second-nonce"));
    const HttpResult used = client.get(path, {{"Authorization", *honest}});
    QCOMPARE(errorMessage(used), QStringLiteral("The nonce is already being used by the consumer with ID %1"));

    // Nonces longer than Magento's varchar(32) column fail.
    const auto tooLong = oauthlib(sandbox.baseUrl() + path, "GET", c, QStringLiteral("HMAC-SHA256"),
        clock.now().toSecsSinceEpoch(), QString(33, u'n'));
    QCOMPARE(errorMessage(client.get(path, {{"Authorization", *tooLong}})),
        QStringLiteral("An error occurred validating the nonce"));
}

void TestSandboxAuth::timestampWindow()
{
    if (!m_haveOauthlib)
        QSKIP("python3-oauthlib is not installed");
    KeptTemporaryDir dir;
    ManualClock clock;
    SandboxOptions options;
    options.clock = &clock;
    TestSandbox sandbox = startTestSandbox(dir.path(), options);
    SandboxClient client(sandbox.baseUrl());
    const Credentials c = credentialsOf(*sandbox.server->auth().integration(QStringLiteral("Integration Studio demo")));
    const QString path = QStringLiteral("/rest/V1/test/echo");
    const qint64 now = clock.now().toSecsSinceEpoch();
    const auto future = oauthlib(
        sandbox.baseUrl() + path, "GET", c, QStringLiteral("HMAC-SHA1"), now + 601, QStringLiteral("future"));
    const HttpResult refused = client.get(path, {{"Authorization", *future}});
    QCOMPARE(refused.status, 401);
    QCOMPARE(errorMessage(refused), QStringLiteral("Incorrect timestamp value in the oauth_timestamp parameter"));
    const auto edge
        = oauthlib(sandbox.baseUrl() + path, "GET", c, QStringLiteral("HMAC-SHA1"), now + 600, QStringLiteral("edge"));
    QCOMPARE(client.get(path, {{"Authorization", *edge}}).status, 200);
    // Old timestamps are accepted (Magento refuses only <= 0 and the future).
    const auto old = oauthlib(
        sandbox.baseUrl() + path, "GET", c, QStringLiteral("HMAC-SHA1"), now - 86400 * 30, QStringLiteral("old"));
    QCOMPARE(client.get(path, {{"Authorization", *old}}).status, 200);
}

void TestSandboxAuth::missingParameters()
{
    KeptTemporaryDir dir;
    TestSandbox sandbox = startTestSandbox(dir.path());
    SandboxClient client(sandbox.baseUrl());
    const QString path = QStringLiteral("/rest/V1/test/echo");
    const HttpResult one = client.get(path,
        {{"Authorization",
            "OAuth oauth_consumer_key=\"k\",oauth_signature=\"s\",oauth_signature_method=\"HMAC-SHA1\","
            "oauth_timestamp=\"1\",oauth_token=\"t\""}});
    QCOMPARE(one.status, 400);
    QCOMPARE(one.object(),
        QJsonObject({{QStringLiteral("message"), QStringLiteral("\"%fieldName\" is required. Enter and try again.")},
            {QStringLiteral("parameters"),
                QJsonObject {{QStringLiteral("fieldName"), QStringLiteral("oauth_nonce")}}}}));

    const HttpResult many = client.get(path, {{"Authorization", "OAuth oauth_consumer_key=\"k\""}});
    QCOMPARE(many.status, 400);
    QCOMPARE(errorMessage(many), QStringLiteral("One or more input exceptions have occurred."));
    QCOMPARE(many.object().value(QStringLiteral("errors")).toArray().size(), 5);

    const HttpResult shortToken = client.get(path,
        {{"Authorization",
            "OAuth oauth_consumer_key=\"k\",oauth_signature=\"s\",oauth_signature_method=\"HMAC-SHA1\","
            "oauth_timestamp=\"1\",oauth_token=\"t\",oauth_nonce=\"n\""}});
    QCOMPARE(errorMessage(shortToken), QStringLiteral("The token length is invalid. Check the length and try again."));
}

void TestSandboxAuth::unsupportedSignatureMethod()
{
    KeptTemporaryDir dir;
    TestSandbox sandbox = startTestSandbox(dir.path());
    SandboxClient client(sandbox.baseUrl());
    const QByteArray token(32, 'a');
    const HttpResult result = client.get(QStringLiteral("/rest/V1/test/echo"),
        {{"Authorization",
            "OAuth oauth_consumer_key=\"k\",oauth_signature=\"s\",oauth_signature_method=\"PLAINTEXT\","
            "oauth_timestamp=\"1\",oauth_token=\""
                + token + "\",oauth_nonce=\"n\""}});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.object(),
        QJsonObject({{QStringLiteral("message"), QStringLiteral("Signature method %1 is not supported")},
            {QStringLiteral("parameters"), QJsonArray {QStringLiteral("PLAINTEXT")}}}));
}

void TestSandboxAuth::unsupportedVersion()
{
    KeptTemporaryDir dir;
    TestSandbox sandbox = startTestSandbox(dir.path());
    SandboxClient client(sandbox.baseUrl());
    const HttpResult result = client.get(QStringLiteral("/rest/V1/test/echo"),
        {{"Authorization", "OAuth oauth_version=\"2.0\",oauth_consumer_key=\"k\""}});
    QCOMPARE(result.status, 400);
    QCOMPARE(errorMessage(result), QStringLiteral("The \"%1\" Oauth version isn't supported."));
    QCOMPARE(result.object().value(QStringLiteral("parameters")).toArray(), QJsonArray {QStringLiteral("2.0")});
}

void TestSandboxAuth::unknownConsumerAndToken()
{
    KeptTemporaryDir dir;
    ManualClock clock;
    SandboxOptions options;
    options.clock = &clock;
    TestSandbox sandbox = startTestSandbox(dir.path(), options);
    SandboxClient client(sandbox.baseUrl());
    const Credentials demo
        = credentialsOf(*sandbox.server->auth().integration(QStringLiteral("Integration Studio demo")));
    const IntegrationCredentials other
        = sandbox.server->auth()
              .createIntegration(QStringLiteral("Other"), {QStringLiteral("Magento_Sales::sales")})
              .value();
    auto header = [&](const QString& consumerKey, const QString& token) -> QByteArray {
        return "OAuth oauth_consumer_key=\"" + consumerKey.toLatin1()
            + "\",oauth_signature=\"s\","
              "oauth_signature_method=\"HMAC-SHA256\",oauth_timestamp=\""
            + QByteArray::number(clock.now().toSecsSinceEpoch()) + "\",oauth_token=\"" + token.toLatin1()
            + "\",oauth_nonce=\"" + randomToken(10) + "\"";
    };
    const QString path = QStringLiteral("/rest/V1/test/echo");
    QCOMPARE(errorMessage(client.get(path, {{"Authorization", header(QStringLiteral("short"), demo.token)}})),
        QStringLiteral("Consumer key is not the correct length"));
    QCOMPARE(errorMessage(client.get(path, {{"Authorization", header(QString(32, u'x'), demo.token)}})),
        QStringLiteral("A consumer having the specified key does not exist"));
    QCOMPARE(errorMessage(client.get(path, {{"Authorization", header(demo.consumerKey, QString(32, u'y'))}})),
        QStringLiteral("Specified token does not exist"));
    QCOMPARE(
        errorMessage(client.get(path, {{"Authorization", header(demo.consumerKey, other.accessToken.toUtf8String())}})),
        QStringLiteral("Token is not associated with the specified consumer"));
}

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "test_sandbox_auth.moc"
