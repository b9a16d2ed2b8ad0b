// The HTTP engine end to end against the sandbox (the Magento simulator, in process on a free port): OAuth 1.0a
// with both signature methods for GET with searchCriteria, POST JSON and PUT with a %2F SKU; admin and customer
// tokens with expiry on a shared manual clock; the sandbox's fault modes (429 with Retry-After, 503, lost
// responses); and the connection test (issue 4's acceptance) for every auth mode a Magento endpoint offers and
// for the demo ERP's API key, and for the broken set-ups — wrong secret, wrong store code, TLS mismatch,
// maintenance page — each reported in one readable sentence. The TLS cases proper (TLS 1.1 only, self-signed
// until pinned, wrong pin, mTLS) run against `openssl s_server` in test_tls.cpp and test_connection.cpp; here a
// self-signed s_server stands in front of what should be the shop.

#include "core/common/clock.h"
#include "core/net/apiclient.h"
#include "core/net/auth/oauth1signer.h"
#include "core/net/auth/tokencache.h"
#include "core/net/callbuilder.h"
#include "core/net/connectiontester.h"
#include "core/net/scheduler.h"
#include "core/sandbox/magentostore.h"
#include "core/sandbox/sandboxcounters.h"
#include "core/sandbox/sandboxserver.h"
#include "tests/net/forwardingproxy.h"
#include "tests/net/memorysecretstore.h"
#include "tests/net/nettestsupport.h"
#include "tests/net/tlsfixture.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace studio;
using namespace studio::net;
using namespace studio::test;

namespace {

struct Shop
{
    KeptTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<sandbox::SandboxServer> server;
    MemorySecretStore secrets;
    RecordingRecorder recorder;
    ManualScheduler scheduler {clock};
    std::unique_ptr<ApiClient> client;

    QString start(const QString& faults = QString())
    {
        sandbox::SandboxOptions options;
        options.dataDir = dir.path();
        options.seed = QStringLiteral("demo");
        options.clock = &clock;
        options.faults = faults;
        server = std::make_unique<sandbox::SandboxServer>(options);
        const Status started = server->start();
        if (!started)
            return started.error().toString();
        const sandbox::DemoCredentials demo = server->demoCredentials();
        secrets.put(QStringLiteral("ws/ck"), demo.consumerKey.reveal());
        secrets.put(QStringLiteral("ws/cs"), demo.consumerSecret.reveal());
        secrets.put(QStringLiteral("ws/at"), demo.accessToken.reveal());
        secrets.put(QStringLiteral("ws/ats"), demo.accessTokenSecret.reveal());
        secrets.put(QStringLiteral("ws/admin"), demo.adminPassword.reveal());
        secrets.put(QStringLiteral("ws/customer"), sandbox::MagentoStore::demoCustomerLogin().password.toUtf8());
        secrets.put(QStringLiteral("ws/erp"), demo.erpApiKey.reveal());
        adminUser = demo.adminUsername;
        newClient();
        return QString();
    }

    void newClient()
    {
        client = std::make_unique<ApiClient>(&secrets, &recorder);
        client->setScheduler(&scheduler);
        ApiClientOptions options;
        options.random = []() { return 0.5; };
        options.fingerprintSalt = "e2e";
        client->setOptions(options);
    }

    Endpoint endpoint(AuthType type, const QString& signatureMethod = QString()) const
    {
        Endpoint e = restEndpoint(QStringLiteral("sandbox"), server->baseUrl());
        e.kind = EndpointKind::Magento;
        e.storeCode = QStringLiteral("default");
        e.auth.type = type;
        switch (type) {
        case AuthType::OAuth1:
            if (!signatureMethod.isEmpty())
                e.auth.fields.insert(QStringLiteral("signatureMethod"), signatureMethod);
            e.auth.secretRefs = {{QStringLiteral("consumerKey"), QStringLiteral("ws/ck")},
                {QStringLiteral("consumerSecret"), QStringLiteral("ws/cs")},
                {QStringLiteral("accessToken"), QStringLiteral("ws/at")},
                {QStringLiteral("accessTokenSecret"), QStringLiteral("ws/ats")}};
            break;
        case AuthType::MagentoAdminToken:
            e.auth.fields.insert(QStringLiteral("username"), adminUser);
            e.auth.secretRefs.insert(QStringLiteral("password"), QStringLiteral("ws/admin"));
            break;
        case AuthType::MagentoCustomerToken:
            e.auth.fields.insert(QStringLiteral("username"), sandbox::MagentoStore::demoCustomerLogin().email);
            e.auth.secretRefs.insert(QStringLiteral("password"), QStringLiteral("ws/customer"));
            break;
        case AuthType::Bearer:
            // The integration's access token, used as a bearer token (needs allowIntegrationBearer).
            e.auth.secretRefs.insert(QStringLiteral("token"), QStringLiteral("ws/at"));
            break;
        default:
            break;
        }
        return e;
    }

    /// The demo ERP (the sandbox's second port) with its API key in the X-Api-Key header.
    Endpoint erpEndpoint() const
    {
        Endpoint e = restEndpoint(QStringLiteral("erp"), server->erpBaseUrl());
        e.auth.type = AuthType::ApiKey;
        e.auth.fields = {{QStringLiteral("keyName"), QStringLiteral("X-Api-Key")},
            {QStringLiteral("keyIn"), QStringLiteral("header")}};
        e.auth.secretRefs.insert(QStringLiteral("apiKey"), QStringLiteral("ws/erp"));
        return e;
    }

    /// Sends a console-style request (path below /rest/<store>/) and waits for the answer.
    HttpResponse call(const Endpoint& e, const QByteArray& method, const QString& path, const QJsonValue& body = {},
        const QString& storeCode = QString(), QList<QPair<QString, QString>> query = {}, bool safe = false)
    {
        RequestSpec spec;
        spec.endpointId = e.id;
        spec.method = method;
        spec.path = path;
        spec.storeCode = storeCode;
        spec.query = std::move(query);
        spec.safeToRetry = safe;
        if (!body.isUndefined() && !body.isNull()) {
            spec.bodyType = QStringLiteral("json");
            spec.body = QString::fromUtf8(QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact));
        }
        Result<ApiCall> apiCall = buildApiCall(spec, e, e, Environment());
        if (!apiCall) {
            HttpResponse failed;
            failed.failure = FailureKind::Configuration;
            failed.errorMessage = apiCall.error().message;
            return failed;
        }
        std::unique_ptr<ApiReply> reply(client->send(apiCall.value()));
        if (!waitFinished(reply.get(), 30000))
            return {};
        return reply->response();
    }

    ConnectionReport test(const Endpoint& e)
    {
        EndpointConnectionTester tester(&secrets, &recorder);
        tester.setScheduler(&scheduler); // OAuth timestamps on the sandbox's clock
        std::optional<ConnectionReport> report;
        QObject::connect(
            &tester, &ConnectionTester::finished, &tester, [&report](const ConnectionReport& r) { report = r; });
        tester.start(e, Environment());
        if (!QTest::qWaitFor([&report]() { return report.has_value(); }, 60000))
            return {false, QStringLiteral("(timed out)"), {}};
        return *report;
    }

    QString adminUser;
};

QJsonObject product(const QString& sku, double price)
{
    return QJsonObject {{QStringLiteral("product"),
        QJsonObject {{QStringLiteral("sku"), sku}, {QStringLiteral("name"), QString(QStringLiteral("E2E ") + sku)},
            {QStringLiteral("price"), price}, {QStringLiteral("attribute_set_id"), 4},
            {QStringLiteral("type_id"), QStringLiteral("simple")}}}};
}

const ConnectionCheck* findCheck(const ConnectionReport& report, const QString& name)
{
    for (const ConnectionCheck& check : report.checks) {
        if (check.name == name)
            return &check;
    }
    return nullptr;
}

/// A broken set-up: exactly one check failed, and the report's summary is that check's detail — one readable
/// sentence (one line, ending with a full stop) that contains `sentence`.
void expectCause(const ConnectionReport& report, const QString& check, const QString& sentence)
{
    const QString dump = formatConnectionReport(report);
    QVERIFY2(!report.ok, qPrintable(dump));
    int failures = 0;
    for (const ConnectionCheck& c : report.checks)
        failures += c.state == ConnectionCheck::State::Failed ? 1 : 0;
    QVERIFY2(failures == 1, qPrintable(dump));
    const ConnectionCheck* failed = findCheck(report, check);
    QVERIFY2(failed && failed->state == ConnectionCheck::State::Failed, qPrintable(dump));
    QCOMPARE(report.summary, failed->detail);
    QVERIFY2(!report.summary.contains(u'\n') && report.summary.endsWith(u'.'), qPrintable(report.summary));
    QVERIFY2(report.summary.contains(sentence), qPrintable(report.summary + u"\n  expected: " + sentence));
}

QString describe(const HttpResponse& response)
{
    return QStringLiteral("%1 %2: %3 %4")
        .arg(response.status)
        .arg(failureKindId(response.failure), response.errorMessage, QString::fromUtf8(response.body.left(400)));
}

} // namespace

class TestSandboxE2E final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oauth1IsAccepted_data()
    {
        QTest::addColumn<QString>("signatureMethod");
        QTest::newRow("default HMAC-SHA256") << QString();
        QTest::newRow("HMAC-SHA1") << QStringLiteral("HMAC-SHA1");
    }

    void oauth1IsAccepted()
    {
        QFETCH(QString, signatureMethod);
        Shop shop;
        const QString error = shop.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Endpoint e = shop.endpoint(AuthType::OAuth1, signatureMethod);
        const QString sku
            = QStringLiteral("E2E/%1 x").arg(signatureMethod.isEmpty() ? QStringLiteral("256") : QStringLiteral("1"));

        HttpResponse created
            = shop.call(e, "POST", QStringLiteral("/V1/products"), product(sku, 10), QStringLiteral("all"));
        QVERIFY2(created.isSuccess(), qPrintable(describe(created)));

        HttpResponse updated = shop.call(e, "PUT",
            QStringLiteral("/V1/products/") + QString::fromLatin1(oauth1::percentEncode(sku.toUtf8())),
            QJsonObject {{QStringLiteral("product"), QJsonObject {{QStringLiteral("price"), 12.5}}}},
            QStringLiteral("all"));
        QVERIFY2(updated.isSuccess(), qPrintable(describe(updated)));
        QVERIFY(updated.url.toEncoded().contains("E2E%2F"));
        QCOMPARE(QJsonDocument::fromJson(updated.body).object().value(QStringLiteral("price")).toDouble(), 12.5);

        const QList<QPair<QString, QString>> query {
            {QStringLiteral("searchCriteria[filter_groups][0][filters][0][field]"), QStringLiteral("sku")},
            {QStringLiteral("searchCriteria[filter_groups][0][filters][0][value]"), QStringLiteral("E2E/%")},
            {QStringLiteral("searchCriteria[filter_groups][0][filters][0][condition_type]"), QStringLiteral("like")},
            {QStringLiteral("searchCriteria[sortOrders][0][field]"), QStringLiteral("entity_id")},
            {QStringLiteral("searchCriteria[pageSize]"), QStringLiteral("10")},
            {QStringLiteral("fields"), QStringLiteral("items[sku,price],total_count")}};
        HttpResponse found = shop.call(e, "GET", QStringLiteral("/V1/products"), {}, QString(), query);
        QVERIFY2(found.isSuccess(), qPrintable(describe(found)));
        const QJsonObject result = QJsonDocument::fromJson(found.body).object();
        QCOMPARE(result.value(QStringLiteral("total_count")).toInt(), 1);
        QCOMPARE(
            result.value(QStringLiteral("items")).toArray().at(0).toObject().value(QStringLiteral("sku")).toString(),
            sku);

        // Many filters: parameter names whose order differs between signing conventions ([1] vs [10]).
        QList<QPair<QString, QString>> many;
        for (int i = 0; i < 12; ++i) {
            many.append(
                {QStringLiteral("searchCriteria[filter_groups][0][filters][%1][field]").arg(i), QStringLiteral("sku")});
            many.append({QStringLiteral("searchCriteria[filter_groups][0][filters][%1][value]").arg(i),
                i == 11 ? sku : QStringLiteral("none-%1").arg(i)});
        }
        HttpResponse manyFilters = shop.call(e, "GET", QStringLiteral("/V1/products"), {}, QString(), many);
        QVERIFY2(manyFilters.isSuccess(), qPrintable(describe(manyFilters)));
        QCOMPARE(QJsonDocument::fromJson(manyFilters.body).object().value(QStringLiteral("total_count")).toInt(), 1);
    }

    void wrongOAuthSecretIsExplained()
    {
        Shop shop;
        QVERIFY(shop.start().isEmpty());
        shop.secrets.put(QStringLiteral("ws/cs"), randomSecret());
        const HttpResponse response
            = shop.call(shop.endpoint(AuthType::OAuth1), "GET", QStringLiteral("/V1/store/storeConfigs"));
        QCOMPARE(response.status, 401);
        QVERIFY2(response.errorMessage.contains(u"The signature is invalid"), qPrintable(response.errorMessage));
        QVERIFY2(response.errorMessage.contains(u"consumer secret"), qPrintable(response.errorMessage));
    }

    void adminTokenIsRenewedBeforeItExpires()
    {
        Shop shop;
        QVERIFY(shop.start().isEmpty());
        const Endpoint e = shop.endpoint(AuthType::MagentoAdminToken);
        QVERIFY2(shop.call(e, "GET", QStringLiteral("/V1/store/storeConfigs")).isSuccess(), "first call");
        const auto tokenRequests = [&shop]() {
            int count = 0;
            for (const LogEntry& entry : shop.recorder.entries())
                count += entry.url.endsWith(u"/V1/integration/admin/token") ? 1 : 0;
            return count;
        };
        QCOMPARE(tokenRequests(), 1);
        shop.clock.advanceMs(30 * 60 * 1000);
        QVERIFY(shop.call(e, "GET", QStringLiteral("/V1/store/storeConfigs")).isSuccess());
        QCOMPARE(tokenRequests(), 1);
        // 57 minutes into a 60-minute token: renewed first, so the request never meets an expired token.
        shop.clock.advanceMs(27 * 60 * 1000);
        QVERIFY(shop.call(e, "GET", QStringLiteral("/V1/store/storeConfigs")).isSuccess());
        QCOMPARE(tokenRequests(), 2);
        for (const LogEntry& entry : shop.recorder.entries())
            QCOMPARE(entry.status == 401, false);
    }

    void customerToken()
    {
        Shop shop;
        QVERIFY(shop.start().isEmpty());
        const QByteArray password = "Pw-" + randomSecret(16) + "9a";
        const Endpoint anonymous = shop.endpoint(AuthType::None);
        const HttpResponse created = shop.call(anonymous, "POST", QStringLiteral("/V1/customers"),
            QJsonObject {{QStringLiteral("customer"),
                             QJsonObject {{QStringLiteral("email"), QStringLiteral("e2e@example.com")},
                                 {QStringLiteral("firstname"), QStringLiteral("Erin")},
                                 {QStringLiteral("lastname"), QStringLiteral("Tester")}}},
                {QStringLiteral("password"), QString::fromLatin1(password)}});
        QVERIFY2(created.isSuccess(), qPrintable(describe(created)));
        shop.secrets.put(QStringLiteral("ws/customer"), password);
        Endpoint e = shop.endpoint(AuthType::MagentoCustomerToken);
        e.auth.fields.insert(QStringLiteral("username"), QStringLiteral("e2e@example.com"));
        e.auth.secretRefs.insert(QStringLiteral("password"), QStringLiteral("ws/customer"));
        // The customer's own account answers; the token belongs to the customer just created.
        const HttpResponse me = shop.call(e, "GET", QStringLiteral("/V1/customers/me"));
        QVERIFY2(me.isSuccess(), qPrintable(describe(me)));
        QCOMPARE(QJsonDocument::fromJson(me.body).object().value(QStringLiteral("email")).toString(),
            QStringLiteral("e2e@example.com"));
        // An admin route: the ACL refusal that follows is explained for what it is.
        const HttpResponse listed = shop.call(e, "GET", QStringLiteral("/V1/customers/search"));
        QCOMPARE(listed.status, 401);
        QVERIFY2(listed.errorMessage.contains(u"Customers may only call their own"), qPrintable(listed.errorMessage));
        int tokens = 0;
        for (const LogEntry& entry : shop.recorder.entries())
            tokens += entry.url.endsWith(u"/V1/integration/customer/token") && entry.status == 200 ? 1 : 0;
        QCOMPARE(tokens, 2); // issued, then issued once more for the one re-login after the 401

        // A new session with a wrong password: without the token kept from this one (it would still be valid), it
        // has to sign in, and Magento's refusal is explained.
        shop.secrets.put(QStringLiteral("ws/customer"), "wrong-password-1A");
        QVERIFY(removeSecretBlocking(shop.secrets, TokenCache::refFor(QStringLiteral("ws/customer"))).ok());
        shop.newClient();
        const HttpResponse refused = shop.call(e, "GET", QStringLiteral("/V1/customers/me"));
        QCOMPARE(refused.failure, FailureKind::Authentication);
        QVERIFY2(refused.errorMessage.contains(u"sign-in was incorrect"), qPrintable(refused.errorMessage));
    }

    void tooManyRequestsAreWaitedOut()
    {
        Shop shop;
        QVERIFY(shop.start(QStringLiteral("rate429=2,seed=7")).isEmpty());
        shop.scheduler.setAutoAdvance(true);
        Endpoint e = shop.endpoint(AuthType::OAuth1);
        e.maxConcurrent = 8;
        std::vector<std::unique_ptr<ApiReply>> replies;
        for (int i = 0; i < 6; ++i) {
            RequestSpec spec;
            spec.endpointId = e.id;
            spec.path = QStringLiteral("/V1/store/storeConfigs");
            replies.emplace_back(shop.client->send(buildApiCall(spec, e, e, Environment()).value()));
        }
        for (const auto& reply : replies) {
            QVERIFY(waitFinished(reply.get(), 30000));
            QVERIFY2(reply->response().isSuccess(), qPrintable(describe(reply->response())));
        }
        int throttled = 0;
        for (const LogEntry& entry : shop.recorder.entries())
            throttled += entry.status == 429 ? 1 : 0;
        QVERIFY2(throttled > 0, "the sandbox should have throttled some of six requests at 2/s");
        bool waitedAsAsked = false;
        for (const qint64 delay : shop.scheduler.delays())
            waitedAsAsked = waitedAsAsked || delay >= 1000;
        QVERIFY(waitedAsAsked);
    }

    void unavailableIsRetriedOnlyWhenSafe()
    {
        Shop shop;
        QVERIFY(shop.start(QStringLiteral("error503=1")).isEmpty());
        shop.scheduler.setAutoAdvance(true);
        const Endpoint e = shop.endpoint(AuthType::OAuth1);
        const HttpResponse get = shop.call(e, "GET", QStringLiteral("/V1/store/storeConfigs"));
        QCOMPARE(get.status, 503);
        QCOMPARE(get.attempts, 4);
        QVERIFY2(get.errorMessage.contains(u"503"), qPrintable(get.errorMessage));
        const HttpResponse post = shop.call(
            e, "POST", QStringLiteral("/V1/products"), product(QStringLiteral("E2E-503"), 1), QStringLiteral("all"));
        QCOMPARE(post.status, 503);
        QCOMPARE(post.attempts, 1);
    }

    void lostResponsesAreNotRepeatedUnlessSafe()
    {
        Shop shop;
        QVERIFY(shop.start(QStringLiteral("lost=1")).isEmpty());
        shop.scheduler.setAutoAdvance(true);
        const Endpoint e = shop.endpoint(AuthType::OAuth1);
        const HttpResponse post = shop.call(
            e, "POST", QStringLiteral("/V1/products"), product(QStringLiteral("E2E-LOST"), 1), QStringLiteral("all"));
        QVERIFY2(post.failure == FailureKind::Network, qPrintable(describe(post)));
        QCOMPARE(post.attempts, 1); // processed by the server, answer lost: repeating could create it twice
        QCOMPARE(shop.server->counters().skuWrites(QStringLiteral("E2E-LOST")), 1);
        const HttpResponse upsert = shop.call(e, "POST", QStringLiteral("/V1/products"),
            product(QStringLiteral("E2E-LOST2"), 1), QStringLiteral("all"), {}, true);
        QCOMPARE(upsert.attempts, 4); // the caller vouched for it: an upsert by SKU may be repeated
        QCOMPARE(shop.server->counters().skuWrites(QStringLiteral("E2E-LOST2")), 4);
    }

    void connectionTestForEachAuthMode_data()
    {
        QTest::addColumn<int>("auth");
        QTest::addColumn<QString>("signatureMethod");
        QTest::addColumn<QString>("accepted"); // the Authentication check's sentence
        QTest::newRow("OAuth 1.0a HMAC-SHA256 (default)")
            << int(AuthType::OAuth1) << QString() << QStringLiteral("Accepted: signed with OAuth 1.0a HMAC-SHA256.");
        QTest::newRow("OAuth 1.0a HMAC-SHA1") << int(AuthType::OAuth1) << QStringLiteral("HMAC-SHA1")
                                              << QStringLiteral("Accepted: signed with OAuth 1.0a HMAC-SHA1.");
        QTest::newRow("admin token") << int(AuthType::MagentoAdminToken) << QString()
                                     << QStringLiteral("Accepted: Magento admin token for \"%1\".");
        QTest::newRow("customer token (demo customer)")
            << int(AuthType::MagentoCustomerToken) << QString()
            << QStringLiteral(
                   "Accepted: Magento customer token for \"%1\", the account of Emma Schneider (customer 1).")
                   .arg(sandbox::MagentoStore::demoCustomerLogin().email);
        QTest::newRow("integration token as bearer")
            << int(AuthType::Bearer) << QString() << QStringLiteral("Accepted: bearer token.");
    }

    void connectionTestForEachAuthMode()
    {
        QFETCH(int, auth);
        QFETCH(QString, signatureMethod);
        QFETCH(QString, accepted);
        Shop shop;
        QVERIFY(shop.start().isEmpty());
        shop.server->setAllowIntegrationBearer(true); // --allow-bearer
        const AuthType type = AuthType(auth);
        const ConnectionReport report = shop.test(shop.endpoint(type, signatureMethod));
        const QString dump = formatConnectionReport(report);
        QVERIFY2(report.ok, qPrintable(dump));
        for (const ConnectionCheck& check : report.checks)
            QVERIFY2(check.state != ConnectionCheck::State::Failed, qPrintable(dump));
        const ConnectionCheck* authentication = findCheck(report, QStringLiteral("Authentication"));
        QVERIFY2(authentication && authentication->state == ConnectionCheck::State::Passed, qPrintable(dump));
        QCOMPARE(authentication->detail, accepted.contains(u"%1") ? accepted.arg(shop.adminUser) : accepted);
        QVERIFY2(report.summary.startsWith(QStringLiteral("Connected to Magento at %1 (").arg(shop.server->baseUrl())),
            qPrintable(report.summary));
        if (type != AuthType::MagentoCustomerToken) {
            // storeConfigs answered with the store view's settings (a customer may not read them).
            const ConnectionCheck* view = findCheck(report, QStringLiteral("Store view"));
            QVERIFY2(view && view->detail.contains(u"\"default\": locale en_GB"), qPrintable(dump));
        }
    }

    void connectionTestWithoutCredentials()
    {
        Shop shop;
        QVERIFY(shop.start().isEmpty());
        const ConnectionReport report = shop.test(shop.endpoint(AuthType::None));
        const QString dump = formatConnectionReport(report);
        // Reachable, so not a failure — but the outcome says that this endpoint needs credentials.
        QVERIFY2(report.ok, qPrintable(dump));
        const ConnectionCheck* authentication = findCheck(report, QStringLiteral("Authentication"));
        QVERIFY2(authentication && authentication->state == ConnectionCheck::State::Skipped, qPrintable(dump));
        QCOMPARE(authentication->detail,
            QStringLiteral("No authentication is configured, and Magento refuses guests what needs credentials (HTTP "
                           "401 \"The consumer isn't authorized to access Magento_Backend::store.\"): choose an "
                           "authentication type (integration OAuth 1.0a, admin or customer token) to call more than "
                           "Magento's public routes."));
        QVERIFY2(report.summary.endsWith(
                     u" as a guest: the endpoint needs credentials for anything beyond Magento's public routes."),
            qPrintable(report.summary));
    }

    void throughTheEndpointsProxy()
    {
        Shop shop;
        QVERIFY(shop.start().isEmpty());
        ForwardingProxy proxy;
        QVERIFY(proxy.listen());
        Endpoint e = shop.endpoint(AuthType::OAuth1);
        e.proxyUrl = proxy.url();
        const ConnectionReport report = shop.test(e);
        QVERIFY2(report.ok, qPrintable(formatConnectionReport(report)));
        QCOMPARE(report.checks.at(0).detail,
            QStringLiteral("Requests go through the proxy %1, so name lookup, connection and TLS are checked by the "
                           "request itself.")
                .arg(proxy.url()));
        const HttpResponse found = shop.call(e, "GET", QStringLiteral("/V1/products/TRAIL%2FPOLE-PAIR"));
        QVERIFY2(found.isSuccess(), qPrintable(describe(found)));
        // Signed for the shop's URL, carried by the proxy, verified by the shop.
        QVERIFY(proxy.forwardedCount() >= 3);
        QCOMPARE(proxy.seen().constLast().target,
            QByteArray(shop.server->baseUrl().toLatin1() + "/rest/default/V1/products/TRAIL%2FPOLE-PAIR"));
    }

    void connectionTestErpApiKey()
    {
        Shop shop;
        QVERIFY(shop.start().isEmpty());
        ConnectionReport report = shop.test(shop.erpEndpoint());
        QVERIFY2(report.ok, qPrintable(formatConnectionReport(report)));
        const ConnectionCheck* authentication = findCheck(report, QStringLiteral("Authentication"));
        QVERIFY2(authentication && authentication->state == ConnectionCheck::State::Passed,
            qPrintable(formatConnectionReport(report)));
        QVERIFY2(
            authentication->detail.endsWith(u": API key in header \"X-Api-Key\"."), qPrintable(authentication->detail));
        QCOMPARE(report.summary,
            QStringLiteral("Connected to %1; API key in header \"X-Api-Key\".").arg(shop.server->erpBaseUrl()));

        shop.secrets.put(QStringLiteral("ws/erp"), randomSecret().toHex());
        report = shop.test(shop.erpEndpoint());
        expectCause(report, QStringLiteral("Authentication"), QStringLiteral("(HTTP 401): Invalid API key."));
    }

    void connectionTestBrokenSetUps()
    {
        Shop shop;
        QVERIFY(shop.start().isEmpty());

        // Wrong secrets, one per mode.
        const QByteArray tokenSecret = shop.secrets.valueOf(QStringLiteral("ws/ats"));
        shop.secrets.put(QStringLiteral("ws/ats"), randomSecret());
        expectCause(shop.test(shop.endpoint(AuthType::OAuth1)), QStringLiteral("Authentication"),
            QStringLiteral("The signature is invalid. Verify and try again."));
        shop.secrets.put(QStringLiteral("ws/ats"), tokenSecret);

        shop.secrets.put(QStringLiteral("ws/admin"), "Wrong-Password-1");
        expectCause(shop.test(shop.endpoint(AuthType::MagentoAdminToken)), QStringLiteral("Authentication"),
            QStringLiteral("Magento refused the sign-in of admin user \"%1\": ").arg(shop.adminUser));

        shop.secrets.put(QStringLiteral("ws/customer"), "Wrong-Password-2");
        expectCause(shop.test(shop.endpoint(AuthType::MagentoCustomerToken)), QStringLiteral("Authentication"),
            QStringLiteral("Magento refused the sign-in of customer \"%1\": The account sign-in was incorrect or "
                           "your account is disabled temporarily. Please wait and try again later.")
                .arg(sandbox::MagentoStore::demoCustomerLogin().email));
        shop.secrets.put(QStringLiteral("ws/customer"), sandbox::MagentoStore::demoCustomerLogin().password.toUtf8());

        // The integration's token as a bearer token while the shop does not allow it (Magento 2.4.4+ default).
        expectCause(shop.test(shop.endpoint(AuthType::Bearer)), QStringLiteral("Authentication"),
            QStringLiteral("Allow OAuth Access Tokens to be used as standalone Bearer tokens"));

        // A customer token in the global scope.
        Endpoint customerInAll = shop.endpoint(AuthType::MagentoCustomerToken);
        customerInAll.storeCode = QStringLiteral("all");
        expectCause(shop.test(customerInAll), QStringLiteral("Authentication"),
            QStringLiteral("Magento refuses customer tokens under /rest/all (the admin store)"));

        // Wrong store code.
        Endpoint wrongStore = shop.endpoint(AuthType::OAuth1);
        wrongStore.storeCode = QStringLiteral("fr");
        expectCause(shop.test(wrongStore), QStringLiteral("Store code"),
            QStringLiteral("Magento does not know the store code \"fr\" (/rest/fr/V1 answers 404 \"Request does not "
                           "match any route.\"): use a store view code from Stores › All Stores, \"default\", or "
                           "\"all\" for global scope."));

        // TLS mismatch: a self-signed certificate in front of the shop's address (see test_connection.cpp
        // tlsMismatch and test_tls.cpp for TLS 1.1, wrong pins and mTLS).
        KeptTemporaryDir certDir;
        TestCertificates certs;
        QString error;
        QVERIFY2(certs.create(certDir.path(), &error), qPrintable(error));
        TlsServer tls;
        QVERIFY2(tls.start(certs.path(QStringLiteral("self.pem")), certs.path(QStringLiteral("self.key")), {}, &error),
            qPrintable(error));
        Endpoint behindTls = shop.endpoint(AuthType::OAuth1);
        behindTls.baseUrl = tls.url();
        ConnectionReport report = shop.test(behindTls);
        expectCause(report, QStringLiteral("TLS"), QStringLiteral("not trusted"));
        QVERIFY2(report.summary.contains(u"pin this certificate"), qPrintable(report.summary));
        QVERIFY2(report.summary.contains(certs.fingerprint(QStringLiteral("self.pem"))), qPrintable(report.summary));

        // Maintenance page.
        QVERIFY(shop.server->setFaults(QStringLiteral("maintenance=1")).ok());
        report = shop.test(shop.endpoint(AuthType::OAuth1));
        expectCause(report, QStringLiteral("Magento API"),
            QStringLiteral("%1/rest/default/V1/store/storeConfigs answered HTTP 503 with an HTML page")
                .arg(shop.server->baseUrl()));
        QVERIFY2(report.summary.contains(u"maintenance", Qt::CaseInsensitive), qPrintable(report.summary));
    }
};

QTEST_GUILESS_MAIN(TestSandboxE2E)
#include "test_sandbox_e2e.moc"
