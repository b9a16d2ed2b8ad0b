// Auth providers over real loopback HTTP: Basic, Bearer, API key, Magento admin/customer tokens (caching in memory
// and in the secret store, refresh before expiry, one re-login on 401, refused sign-ins, 2FA) and OAuth 2.0
// (client credentials, refresh token with rotation), with a manual clock.

#include "core/common/clock.h"
#include "core/net/apiclient.h"
#include "core/net/auth/authprovider.h"
#include "core/net/auth/magentotokenauth.h"
#include "core/net/auth/tokencache.h"
#include "core/net/scheduler.h"
#include "tests/net/memorysecretstore.h"
#include "tests/net/nettestsupport.h"
#include "tests/net/scriptedserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace studio;
using namespace studio::net;
using namespace studio::test;

namespace {

QByteArray base64Url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// A JWT as Magento 2.4.4+ issues it (the signature is not checked by the client).
QByteArray makeJwt(const QDateTime& issued, qint64 lifetimeSecs)
{
    const QByteArray header = base64Url("{\"kid\":\"1\",\"alg\":\"HS256\"}");
    const QJsonObject claims {{QStringLiteral("uid"), 1}, {QStringLiteral("utypid"), 2},
        {QStringLiteral("iat"), double(issued.toSecsSinceEpoch())},
        {QStringLiteral("exp"), double(issued.toSecsSinceEpoch() + lifetimeSecs)}};
    return header + '.' + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(randomSecret());
}

/// A Magento stand-in for token tests: issues tokens for one user and checks them on every other route.
struct TokenShop
{
    ScriptedServer server;
    ManualClock* clock = nullptr;
    QByteArray username = "api-admin";
    QByteArray password = randomSecret();
    QSet<QByteArray> validTokens;
    int tokensIssued = 0;
    bool opaqueTokens = false;
    bool aclMissing = false;
    std::optional<ScriptedResponse> tokenAnswer;

    bool start()
    {
        server.setHandler([this](const ReceivedRequest& request) { return answer(request); });
        return server.listen();
    }

    ScriptedResponse answer(const ReceivedRequest& request)
    {
        if (request.path().endsWith("/integration/admin/token")
            || request.path().endsWith("/integration/customer/token")) {
            if (tokenAnswer)
                return *tokenAnswer;
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            if (body.value(QStringLiteral("username")).toString().toUtf8() != username
                || body.value(QStringLiteral("password")).toString().toUtf8() != password)
                return ScriptedResponse::json(401,
                    "{\"message\":\"The account sign-in was incorrect or your account is disabled temporarily. Please "
                    "wait and try again later.\"}");
            const QByteArray token = opaqueTokens ? randomSecret() : makeJwt(clock->now(), 3600);
            validTokens.insert(token);
            ++tokensIssued;
            return ScriptedResponse::json(200, '"' + token + '"');
        }
        const QByteArray authorization = request.header("Authorization");
        if (!authorization.startsWith("Bearer ") || !validTokens.contains(authorization.mid(7)) || aclMissing)
            return ScriptedResponse::json(401,
                "{\"message\":\"The consumer isn't authorized to access "
                "%resources.\",\"parameters\":{\"resources\":\"Magento_Catalog::products\"}}");
        return ScriptedResponse::json(200, "{\"items\":[],\"total_count\":0}");
    }

    int tokenRequests() const
    {
        int count = 0;
        for (const ReceivedRequest& request : server.requests())
            count += request.path().endsWith("/token") ? 1 : 0;
        return count;
    }
};

struct Rig
{
    ManualClock clock;
    ManualScheduler scheduler {clock};
    MemorySecretStore secrets;
    RecordingRecorder recorder;
    std::unique_ptr<ApiClient> client;

    Rig() { newClient(); }

    void newClient()
    {
        client = std::make_unique<ApiClient>(&secrets, &recorder);
        client->setScheduler(&scheduler);
        ApiClientOptions options;
        options.random = []() { return 0.5; };
        options.fingerprintSalt = "salt";
        client->setOptions(options);
    }

    HttpResponse get(const Endpoint& endpoint, const QString& target)
    {
        ApiCall call;
        call.endpoint = endpoint;
        call.target = target;
        std::unique_ptr<ApiReply> reply(client->send(call));
        if (!waitFinished(reply.get()))
            return {};
        return reply->response();
    }
};

Endpoint magentoEndpoint(const QString& baseUrl, AuthType type, const QString& username)
{
    Endpoint endpoint = restEndpoint(QStringLiteral("shop"), baseUrl);
    endpoint.kind = EndpointKind::Magento;
    endpoint.auth.type = type;
    endpoint.auth.fields.insert(QStringLiteral("username"), username);
    endpoint.auth.secretRefs.insert(QStringLiteral("password"), QStringLiteral("ws-1/pw"));
    return endpoint;
}

} // namespace

class TestAuth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void basicBearerAndApiKey()
    {
        Rig rig;
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([](const ReceivedRequest&) { return ScriptedResponse::json(200, "{}"); });
        const QByteArray password = randomSecret();
        const QByteArray token = randomSecret();
        const QByteArray key = randomSecret();
        rig.secrets.put(QStringLiteral("r/pw"), password);
        rig.secrets.put(QStringLiteral("r/token"), token);
        rig.secrets.put(QStringLiteral("r/key"), key);

        Endpoint basic = restEndpoint(QStringLiteral("basic"), server.url());
        basic.auth.type = AuthType::Basic;
        basic.auth.fields.insert(QStringLiteral("username"), QStringLiteral("erp user"));
        basic.auth.secretRefs.insert(QStringLiteral("password"), QStringLiteral("r/pw"));
        QVERIFY(rig.get(basic, QStringLiteral("/a")).isSuccess());
        QCOMPARE(
            server.requests().at(0).header("Authorization"), "Basic " + QByteArray("erp user:" + password).toBase64());

        Endpoint bearer = restEndpoint(QStringLiteral("bearer"), server.url());
        bearer.auth.type = AuthType::Bearer;
        bearer.auth.secretRefs.insert(QStringLiteral("token"), QStringLiteral("r/token"));
        QVERIFY(rig.get(bearer, QStringLiteral("/b")).isSuccess());
        QCOMPARE(server.requests().at(1).header("Authorization"), "Bearer " + token);

        Endpoint header = restEndpoint(QStringLiteral("key-header"), server.url());
        header.auth.type = AuthType::ApiKey;
        header.auth.fields = {{QStringLiteral("keyName"), QStringLiteral("X-Erp-Key")},
            {QStringLiteral("keyIn"), QStringLiteral("header")}};
        header.auth.secretRefs.insert(QStringLiteral("apiKey"), QStringLiteral("r/key"));
        QVERIFY(rig.get(header, QStringLiteral("/c")).isSuccess());
        QCOMPARE(server.requests().at(2).header("X-Erp-Key"), key);

        Endpoint query = header;
        query.id = QStringLiteral("key-query");
        query.auth.fields = {
            {QStringLiteral("keyName"), QStringLiteral("erpkey")}, {QStringLiteral("keyIn"), QStringLiteral("query")}};
        QVERIFY(rig.get(query, QStringLiteral("/d?page=2")).isSuccess());
        QCOMPARE(server.requests().at(3).target, "/d?page=2&erpkey=" + key);

        // A key under a name only the provider knows is hidden before the entry goes to the log.
        for (const LogEntry& entry : rig.recorder.entries()) {
            QVERIFY2(!entry.url.toUtf8().contains(key), qPrintable(entry.url));
            for (const auto& h : entry.requestHeaders)
                QVERIFY(!h.second.contains(key) || h.first.compare("Authorization", Qt::CaseInsensitive) == 0);
            QVERIFY(!entry.credentialFingerprint.isEmpty());
        }
        QVERIFY(rig.recorder.entries().at(3).url.contains(u"erpkey=%5Bredacted%5D"));
    }

    void missingOrInvalidSettingsAreNamed()
    {
        Rig rig;
        ScriptedServer server;
        QVERIFY(server.listen());
        Endpoint noRef = restEndpoint(QStringLiteral("x"), server.url());
        noRef.auth.type = AuthType::Basic;
        noRef.auth.fields.insert(QStringLiteral("username"), QStringLiteral("u"));
        HttpResponse response = rig.get(noRef, QStringLiteral("/"));
        QCOMPARE(response.failure, FailureKind::Authentication);
        QVERIFY2(response.errorMessage.contains(u"Password"), qPrintable(response.errorMessage));

        noRef.auth.secretRefs.insert(QStringLiteral("password"), QStringLiteral("ref/not-there"));
        response = rig.get(noRef, QStringLiteral("/"));
        QVERIFY2(response.errorMessage.contains(u"ref/not-there"), qPrintable(response.errorMessage));

        Endpoint oauth1 = restEndpoint(QStringLiteral("y"), server.url());
        oauth1.auth.type = AuthType::OAuth1;
        oauth1.auth.fields.insert(QStringLiteral("signatureMethod"), QStringLiteral("PLAINTEXT"));
        response = rig.get(oauth1, QStringLiteral("/"));
        QCOMPARE(response.failure, FailureKind::Configuration);
        QVERIFY2(response.errorMessage.contains(u"PLAINTEXT"), qPrintable(response.errorMessage));

        Endpoint key = restEndpoint(QStringLiteral("z"), server.url());
        key.auth.type = AuthType::ApiKey;
        key.auth.fields
            = {{QStringLiteral("keyName"), QStringLiteral("k")}, {QStringLiteral("keyIn"), QStringLiteral("cookie")}};
        response = rig.get(key, QStringLiteral("/"));
        QVERIFY2(response.errorMessage.contains(u"cookie"), qPrintable(response.errorMessage));
        QCOMPARE(server.requestCount(), 0);
    }

    void magentoTokenIsFetchedOnceCachedAndRefreshed()
    {
        Rig rig;
        TokenShop shop;
        shop.clock = &rig.clock;
        QVERIFY(shop.start());
        rig.secrets.put(QStringLiteral("ws-1/pw"), shop.password);
        const Endpoint endpoint
            = magentoEndpoint(shop.server.url(), AuthType::MagentoAdminToken, QStringLiteral("api-admin"));

        QVERIFY(rig.get(endpoint, QStringLiteral("/rest/default/V1/products")).isSuccess());
        QVERIFY(rig.get(endpoint, QStringLiteral("/rest/default/V1/products")).isSuccess());
        QCOMPARE(shop.tokenRequests(), 1);
        const ReceivedRequest tokenRequest = shop.server.requests().at(0);
        QCOMPARE(tokenRequest.method, QByteArray("POST"));
        QCOMPARE(tokenRequest.path(), QByteArray("/rest/default/V1/integration/admin/token"));
        QCOMPARE(tokenRequest.header("Content-Type"), QByteArray("application/json"));

        // The token is kept in the secret store too, tied to server, store and user.
        QTRY_VERIFY(rig.secrets.contains(TokenCache::refFor(QStringLiteral("ws-1/pw"))));
        QCOMPARE(tokenCacheRefs(endpoint), QStringList {TokenCache::refFor(QStringLiteral("ws-1/pw"))});

        // Still 6 minutes to go: reused. Less than 5 minutes: renewed before it runs out.
        rig.clock.advanceMs(54 * 60 * 1000);
        QVERIFY(rig.get(endpoint, QStringLiteral("/rest/default/V1/products")).isSuccess());
        QCOMPARE(shop.tokenRequests(), 1);
        rig.clock.advanceMs(2 * 60 * 1000);
        QVERIFY(rig.get(endpoint, QStringLiteral("/rest/default/V1/products")).isSuccess());
        QCOMPARE(shop.tokenRequests(), 2);

        // Neither the password nor a token reaches the log.
        for (const LogEntry& entry : rig.recorder.entries()) {
            QVERIFY(!entry.requestBody.contains(shop.password));
            for (const QByteArray& token : std::as_const(shop.validTokens))
                QVERIFY(!entry.responseBody.contains(token));
        }
        QCOMPARE(rig.recorder.entries().at(0).requestBody, QByteArray("[credential exchange: body not recorded]"));
    }

    void magentoTokenIsReusedByTheNextSession()
    {
        Rig rig;
        TokenShop shop;
        shop.clock = &rig.clock;
        QVERIFY(shop.start());
        rig.secrets.put(QStringLiteral("ws-1/pw"), shop.password);
        Endpoint endpoint
            = magentoEndpoint(shop.server.url(), AuthType::MagentoAdminToken, QStringLiteral("api-admin"));
        QVERIFY(rig.get(endpoint, QStringLiteral("/rest/default/V1/products")).isSuccess());
        QTRY_VERIFY(rig.secrets.contains(TokenCache::refFor(QStringLiteral("ws-1/pw"))));
        rig.newClient();
        QVERIFY(rig.get(endpoint, QStringLiteral("/rest/default/V1/products")).isSuccess());
        QCOMPARE(shop.tokenRequests(), 1);
        // A cached token of another user is not used.
        shop.username = "other-admin";
        endpoint.auth.fields.insert(QStringLiteral("username"), QStringLiteral("other-admin"));
        rig.newClient();
        QVERIFY(rig.get(endpoint, QStringLiteral("/rest/default/V1/products")).isSuccess());
        QCOMPARE(shop.tokenRequests(), 2);
    }

    void magentoReloginsOnceOn401()
    {
        Rig rig;
        TokenShop shop;
        shop.clock = &rig.clock;
        QVERIFY(shop.start());
        rig.secrets.put(QStringLiteral("ws-1/pw"), shop.password);
        const Endpoint endpoint
            = magentoEndpoint(shop.server.url(), AuthType::MagentoAdminToken, QStringLiteral("api-admin"));
        QVERIFY(rig.get(endpoint, QStringLiteral("/rest/default/V1/products")).isSuccess());
        shop.validTokens.clear(); // e.g. the admin revoked tokens, or Magento was restarted with a new key
        ApiCall call;
        call.endpoint = endpoint;
        call.method = "POST"; // a 401 means nothing happened: even a POST is sent again after signing in
        call.target = QStringLiteral("/rest/default/V1/products");
        call.body = "{}";
        std::unique_ptr<ApiReply> reply(rig.client->send(call));
        QVERIFY(waitFinished(reply.get()));
        QVERIFY2(reply->response().isSuccess(), qPrintable(reply->response().errorMessage));
        QCOMPARE(reply->response().attempts, 2);
        QCOMPARE(shop.tokenRequests(), 2);

        // Still refused with a fresh token: one clear error, no loop.
        shop.aclMissing = true;
        const HttpResponse refused = rig.get(endpoint, QStringLiteral("/rest/default/V1/products"));
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.failure, FailureKind::Http);
        QCOMPARE(shop.tokenRequests(), 3);
        QVERIFY2(refused.errorMessage.contains(u"isn't authorized to access Magento_Catalog::products"),
            qPrintable(refused.errorMessage));
        QVERIFY2(refused.errorMessage.contains(u"User Roles"), qPrintable(refused.errorMessage));
    }

    void magentoWrongPasswordIsNotRepeated()
    {
        Rig rig;
        TokenShop shop;
        shop.clock = &rig.clock;
        QVERIFY(shop.start());
        rig.secrets.put(QStringLiteral("ws-1/pw"), "not-the-password");
        const Endpoint endpoint
            = magentoEndpoint(shop.server.url(), AuthType::MagentoAdminToken, QStringLiteral("api-admin"));
        const HttpResponse first = rig.get(endpoint, QStringLiteral("/rest/default/V1/products"));
        QCOMPARE(first.failure, FailureKind::Authentication);
        QVERIFY2(first.errorMessage.contains(u"The account sign-in was incorrect"), qPrintable(first.errorMessage));
        QVERIFY2(first.errorMessage.contains(u"api-admin"), qPrintable(first.errorMessage));
        QVERIFY(!first.errorMessage.contains(u"not-the-password"));
        const HttpResponse second = rig.get(endpoint, QStringLiteral("/rest/default/V1/orders"));
        QCOMPARE(second.failure, FailureKind::Authentication);
        QCOMPARE(shop.server.requestCount(), 1); // the lockout counter is not fed
    }

    void magentoTwoFactorIsExplained()
    {
        Rig rig;
        TokenShop shop;
        shop.clock = &rig.clock;
        shop.tokenAnswer = ScriptedResponse::json(401,
            "{\"message\":\"Please use the 2fa provider-specific endpoints to obtain a "
            "token.\",\"parameters\":{\"active_providers\":[\"google\"]}}");
        QVERIFY(shop.start());
        rig.secrets.put(QStringLiteral("ws-1/pw"), shop.password);
        const Endpoint endpoint
            = magentoEndpoint(shop.server.url(), AuthType::MagentoAdminToken, QStringLiteral("api-admin"));
        const HttpResponse response = rig.get(endpoint, QStringLiteral("/rest/default/V1/products"));
        QCOMPARE(response.failure, FailureKind::Authentication);
        QVERIFY2(response.errorMessage.contains(u"two-factor"), qPrintable(response.errorMessage));
        QVERIFY2(
            response.errorMessage.contains(u"/V1/tfa/provider/google/authenticate"), qPrintable(response.errorMessage));
        QVERIFY2(response.errorMessage.contains(u"OAuth 1.0a"), qPrintable(response.errorMessage));
    }

    void magentoCustomerOpaqueToken()
    {
        Rig rig;
        TokenShop shop;
        shop.clock = &rig.clock;
        shop.opaqueTokens = true;
        shop.username = "jane@example.com";
        QVERIFY(shop.start());
        rig.secrets.put(QStringLiteral("ws-1/pw"), shop.password);
        Endpoint endpoint
            = magentoEndpoint(shop.server.url(), AuthType::MagentoCustomerToken, QStringLiteral("jane@example.com"));
        endpoint.storeCode = QStringLiteral("de");
        QVERIFY(rig.get(endpoint, QStringLiteral("/rest/de/V1/customers/me")).isSuccess());
        QCOMPARE(shop.server.requests().at(0).path(), QByteArray("/rest/de/V1/integration/customer/token"));
        // No JWT: an hour is assumed.
        rig.clock.advanceMs(50 * 60 * 1000);
        QVERIFY(rig.get(endpoint, QStringLiteral("/rest/de/V1/customers/me")).isSuccess());
        QCOMPARE(shop.tokenRequests(), 1);
        rig.clock.advanceMs(6 * 60 * 1000);
        QVERIFY(rig.get(endpoint, QStringLiteral("/rest/de/V1/customers/me")).isSuccess());
        QCOMPARE(shop.tokenRequests(), 2);
    }

    void jwtExpiry()
    {
        const QDateTime issued(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
        QCOMPARE(MagentoTokenAuthProvider::jwtExpiry(makeJwt(issued, 3600)), issued.addSecs(3600));
        QVERIFY(!MagentoTokenAuthProvider::jwtExpiry("opaque0123456789").isValid());
        QVERIFY(!MagentoTokenAuthProvider::jwtExpiry("a.!!!.c").isValid());
        QVERIFY(!MagentoTokenAuthProvider::jwtExpiry("a." + base64Url("{}") + ".c").isValid());
        QVERIFY(!MagentoTokenAuthProvider::jwtExpiry("a." + base64Url("[1,2]") + ".c").isValid());
    }

    void oauth2ClientCredentials()
    {
        Rig rig;
        ScriptedServer server;
        int issued = 0;
        QByteArray expectedBasic;
        server.setHandler([&](const ReceivedRequest& request) {
            if (request.path() == "/oauth2/token") {
                if (request.header("Authorization") != expectedBasic)
                    return ScriptedResponse::json(
                        401, "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}");
                ++issued;
                return ScriptedResponse::json(200,
                    QByteArray("{\"access_token\":\"at-") + QByteArray::number(issued)
                        + "\",\"token_type\":\"Bearer\",\"expires_in\":120}");
            }
            return ScriptedResponse::json(200, "{}");
        });
        QVERIFY(server.listen());
        const QByteArray secret = randomSecret();
        rig.secrets.put(QStringLiteral("r/cs"), secret);
        expectedBasic = "Basic " + QByteArray("crm-client:" + secret).toBase64();
        Endpoint endpoint = restEndpoint(QStringLiteral("crm"), server.url());
        endpoint.auth.type = AuthType::OAuth2ClientCredentials;
        endpoint.auth.fields = {{QStringLiteral("tokenUrl"), server.url(QStringLiteral("/oauth2/token"))},
            {QStringLiteral("clientId"), QStringLiteral("crm-client")},
            {QStringLiteral("scopes"), QStringLiteral("contacts.read, contacts.write")}};
        endpoint.auth.secretRefs.insert(QStringLiteral("clientSecret"), QStringLiteral("r/cs"));

        QVERIFY(rig.get(endpoint, QStringLiteral("/api/contacts")).isSuccess());
        QVERIFY(rig.get(endpoint, QStringLiteral("/api/contacts")).isSuccess());
        QCOMPARE(issued, 1);
        const ReceivedRequest token = server.requests().at(0);
        QCOMPARE(token.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        const QUrlQuery form(QString::fromLatin1(token.body));
        QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("client_credentials"));
        QCOMPARE(form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
            QStringLiteral("contacts.read contacts.write"));
        QCOMPARE(server.requests().at(1).header("Authorization"), QByteArray("Bearer at-1"));
        // 120 s tokens are renewed in their second half.
        rig.clock.advanceMs(61 * 1000);
        QVERIFY(rig.get(endpoint, QStringLiteral("/api/contacts")).isSuccess());
        QCOMPARE(issued, 2);
        QCOMPARE(server.requests().last().header("Authorization"), QByteArray("Bearer at-2"));

        rig.secrets.put(QStringLiteral("r/cs"), "wrong-secret");
        rig.newClient();
        rig.secrets.remove(TokenCache::refFor(QStringLiteral("r/cs")), &server, [](const Status&) {});
        QTRY_VERIFY(!rig.secrets.contains(TokenCache::refFor(QStringLiteral("r/cs"))));
        const HttpResponse refused = rig.get(endpoint, QStringLiteral("/api/contacts"));
        QCOMPARE(refused.failure, FailureKind::Authentication);
        QVERIFY2(refused.errorMessage.contains(u"invalid_client"), qPrintable(refused.errorMessage));
        QVERIFY2(refused.errorMessage.contains(u"client secret"), qPrintable(refused.errorMessage));
    }

    void oauth2RefreshTokenRotation()
    {
        Rig rig;
        ScriptedServer server;
        int generation = 1;
        server.setHandler([&](const ReceivedRequest& request) {
            if (request.path() == "/token") {
                const QUrlQuery form(QString::fromLatin1(request.body));
                if (form.queryItemValue(QStringLiteral("grant_type")) != u"refresh_token"
                    || form.queryItemValue(QStringLiteral("refresh_token")) != QStringLiteral("rt-%1").arg(generation))
                    return ScriptedResponse::json(400, "{\"error\":\"invalid_grant\"}");
                if (form.queryItemValue(QStringLiteral("client_id")) != u"pim-app")
                    return ScriptedResponse::json(401, "{\"error\":\"invalid_client\"}");
                ++generation;
                return ScriptedResponse::json(200,
                    QStringLiteral("{\"access_token\":\"at-%1\",\"expires_in\":600,\"refresh_token\":\"rt-%1\"}")
                        .arg(generation)
                        .toUtf8());
            }
            return ScriptedResponse::json(200, "{}");
        });
        QVERIFY(server.listen());
        rig.secrets.put(QStringLiteral("r/rt"), "rt-1");
        Endpoint endpoint = restEndpoint(QStringLiteral("pim"), server.url());
        endpoint.auth.type = AuthType::OAuth2RefreshToken;
        endpoint.auth.fields = {{QStringLiteral("tokenUrl"), server.url(QStringLiteral("/token"))},
            {QStringLiteral("clientId"), QStringLiteral("pim-app")}};
        endpoint.auth.secretRefs.insert(QStringLiteral("refreshToken"), QStringLiteral("r/rt"));
        QVERIFY(rig.get(endpoint, QStringLiteral("/api/products")).isSuccess());
        QCOMPARE(server.requests().at(1).header("Authorization"), QByteArray("Bearer at-2"));
        QTRY_COMPARE(rig.secrets.valueOf(QStringLiteral("r/rt")), QByteArray("rt-2"));
        rig.clock.advanceMs(10 * 60 * 1000);
        QVERIFY(rig.get(endpoint, QStringLiteral("/api/products")).isSuccess());
        QCOMPARE(server.requests().last().header("Authorization"), QByteArray("Bearer at-3"));
        QTRY_COMPARE(rig.secrets.valueOf(QStringLiteral("r/rt")), QByteArray("rt-3"));

        rig.secrets.put(QStringLiteral("r/rt"), "revoked");
        rig.secrets.put(TokenCache::refFor(QStringLiteral("r/rt")), "");
        rig.newClient();
        const HttpResponse refused = rig.get(endpoint, QStringLiteral("/api/products"));
        QCOMPARE(refused.failure, FailureKind::Authentication);
        QVERIFY2(refused.errorMessage.contains(u"invalid_grant"), qPrintable(refused.errorMessage));
        QVERIFY2(refused.errorMessage.contains(u"refresh token"), qPrintable(refused.errorMessage));
    }

    void fingerprintsIdentifyWithoutRevealing()
    {
        AuthSettings a;
        a.type = AuthType::OAuth1;
        a.secretRefs = {{QStringLiteral("consumerKey"), QStringLiteral("ws-1/a")}};
        AuthSettings b = a;
        b.secretRefs = {{QStringLiteral("consumerKey"), QStringLiteral("ws-1/b")}};
        const QString fa = credentialFingerprint(a, "salt-1");
        QVERIFY(fa.startsWith(u"cred:"));
        QCOMPARE(fa.size(), 21);
        QCOMPARE(credentialFingerprint(a, "salt-1"), fa);
        QVERIFY(credentialFingerprint(b, "salt-1") != fa);
        QVERIFY(credentialFingerprint(a, "salt-2") != fa);
        QVERIFY(!fa.contains(u"ws-1"));
        QVERIFY(credentialFingerprint(AuthSettings(), "salt-1").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "test_auth.moc"
