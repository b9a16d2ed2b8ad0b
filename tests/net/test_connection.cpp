// Connection tests for every endpoint kind, and the broken set-ups a user meets, each reported in one sentence
// that names the cause: DNS, refused port, TLS (with the fingerprint to pin), wrong secret (Magento's message filled
// in), wrong store code, HTML instead of JSON (maintenance page), redirect to https, missing SQL driver or file.

#include "core/net/connectiontester.h"
#include "tests/net/memorysecretstore.h"
#include "tests/net/nettestsupport.h"
#include "tests/net/scriptedserver.h"
#include "tests/net/tlsfixture.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace studio;
using namespace studio::net;
using namespace studio::test;

namespace {

/// A small Magento stand-in: store codes "default" and "de", a bearer token, a version file, and switches for
/// maintenance, redirects and a base URL that leads nowhere.
struct FakeMagento
{
    ScriptedServer server;
    QByteArray token = randomSecret();
    bool maintenance = false;
    bool redirectToHttps = false;
    bool noRestApi = false;

    bool start()
    {
        server.setHandler([this](const ReceivedRequest& request) { return answer(request); });
        return server.listen();
    }

    ScriptedResponse answer(const ReceivedRequest& request)
    {
        if (maintenance)
            return ScriptedResponse {ScriptedResponse::Action::Respond, 503, {},
                {{"Content-Type", "text/html; charset=UTF-8"}},
                "<!doctype html><html><head><title>Service Temporarily Unavailable</title></head><body><h1>We're "
                "down for maintenance</h1></body></html>",
                0};
        if (redirectToHttps)
            return ScriptedResponse {ScriptedResponse::Action::Respond, 301, {},
                {{"Location", "https://127.0.0.1:" + QByteArray::number(server.port()) + request.target}}, {}, 0};
        const QByteArray path = request.path();
        if (path == "/magento_version")
            return ScriptedResponse {ScriptedResponse::Action::Respond, 200, {}, {{"Content-Type", "text/html"}},
                "Magento/2.4 (Community)", 0};
        const bool knownStore
            = path.startsWith("/rest/default/") || path.startsWith("/rest/de/") || path.startsWith("/rest/all/");
        if (noRestApi || !knownStore || !path.endsWith("/V1/store/storeConfigs"))
            return ScriptedResponse::json(404, "{\"message\":\"Request does not match any route.\"}");
        if (request.header("Authorization") != "Bearer " + token)
            return ScriptedResponse::json(401,
                "{\"message\":\"The consumer isn't authorized to access %resources.\",\"parameters\":{\"resources\":"
                "\"Magento_Backend::store\"}}");
        return ScriptedResponse::json(200,
            "[{\"id\":1,\"code\":\"default\",\"locale\":\"en_US\",\"base_currency_code\":\"USD\",\"timezone\":"
            "\"America/Chicago\"},{\"id\":2,\"code\":\"de\",\"locale\":\"de_DE\",\"base_currency_code\":\"EUR\","
            "\"timezone\":\"Europe/Berlin\"}]");
    }
};

struct Rig
{
    MemorySecretStore secrets;
    RecordingRecorder recorder;
    EndpointConnectionTester tester {&secrets, &recorder};
    QList<ConnectionCheck> progress;

    Rig()
    {
        QObject::connect(&tester, &ConnectionTester::checkFinished, &tester,
            [this](const ConnectionCheck& check) { progress.append(check); });
    }

    ConnectionReport run(const Endpoint& endpoint, const Environment& environment = Environment())
    {
        std::optional<ConnectionReport> report;
        const QMetaObject::Connection connection = QObject::connect(
            &tester, &ConnectionTester::finished, &tester, [&report](const ConnectionReport& r) { report = r; });
        progress.clear();
        tester.start(endpoint, environment);
        if (!QTest::qWaitFor([&report]() { return report.has_value(); }, 60000))
            report = ConnectionReport {false, QStringLiteral("(the test timed out)"), {}};
        QObject::disconnect(connection);
        return *report;
    }
};

const ConnectionCheck* findCheck(const ConnectionReport& report, const QString& name)
{
    for (const ConnectionCheck& check : report.checks) {
        if (check.name == name)
            return &check;
    }
    return nullptr;
}

QString dump(const ConnectionReport& report)
{
    return formatConnectionReport(report);
}

Endpoint magento(const QString& baseUrl, const QString& storeCode = QStringLiteral("default"))
{
    Endpoint endpoint = restEndpoint(QStringLiteral("shop"), baseUrl);
    endpoint.kind = EndpointKind::Magento;
    endpoint.storeCode = storeCode;
    endpoint.auth.type = AuthType::Bearer;
    endpoint.auth.secretRefs.insert(QStringLiteral("token"), QStringLiteral("ref/token"));
    return endpoint;
}

/// Exactly one failed check, whose detail is one sentence containing every one of `words`.
void expectOneFailure(const ConnectionReport& report, const QString& check, const QStringList& words)
{
    if (qEnvironmentVariableIsSet("STUDIO_TEST_VERBOSE"))
        qInfo().noquote() << dump(report);
    QVERIFY2(!report.ok, qPrintable(dump(report)));
    int failures = 0;
    for (const ConnectionCheck& c : report.checks)
        failures += c.state == ConnectionCheck::State::Failed ? 1 : 0;
    QVERIFY2(failures == 1, qPrintable(dump(report)));
    const ConnectionCheck* failed = findCheck(report, check);
    QVERIFY2(failed && failed->state == ConnectionCheck::State::Failed, qPrintable(dump(report)));
    QCOMPARE(report.summary, failed->detail);
    QVERIFY2(!failed->detail.contains(u'\n'), qPrintable(failed->detail));
    for (const QString& word : words)
        QVERIFY2(
            failed->detail.contains(word, Qt::CaseInsensitive), qPrintable(failed->detail + u" / missing: " + word));
}

} // namespace

class TestConnection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void magentoPasses()
    {
        Rig rig;
        FakeMagento shop;
        QVERIFY(shop.start());
        rig.secrets.put(QStringLiteral("ref/token"), shop.token);
        const ConnectionReport report = rig.run(magento(shop.server.url(), QStringLiteral("de")));
        QVERIFY2(report.ok, qPrintable(dump(report)));
        const QStringList expected {QStringLiteral("DNS"), QStringLiteral("Reachable"), QStringLiteral("Magento API"),
            QStringLiteral("Store code"), QStringLiteral("Authentication"), QStringLiteral("Store view"),
            QStringLiteral("Version")};
        QStringList names;
        for (const ConnectionCheck& check : report.checks) {
            names << check.name;
            QCOMPARE(check.state, ConnectionCheck::State::Passed);
        }
        QCOMPARE(names, expected);
        QCOMPARE(rig.progress.size(), report.checks.size()); // every step was reported as it finished
        QVERIFY2(findCheck(report, QStringLiteral("Store view"))->detail.contains(u"de_DE"), qPrintable(dump(report)));
        QVERIFY2(report.summary.contains(u"Magento/2.4 (Community)"), qPrintable(report.summary));
        QVERIFY(rig.recorder.count() >= 3); // the test's requests are in the log like any other
    }

    void magentoWrongSecret()
    {
        Rig rig;
        FakeMagento shop;
        QVERIFY(shop.start());
        rig.secrets.put(QStringLiteral("ref/token"), "not-the-token");
        const ConnectionReport report = rig.run(magento(shop.server.url()));
        expectOneFailure(report, QStringLiteral("Authentication"),
            {QStringLiteral("401"), QStringLiteral("isn't authorized to access Magento_Backend::store")});
    }

    void magentoWrongStoreCode()
    {
        Rig rig;
        FakeMagento shop;
        QVERIFY(shop.start());
        rig.secrets.put(QStringLiteral("ref/token"), shop.token);
        const ConnectionReport report = rig.run(magento(shop.server.url(), QStringLiteral("fr")));
        expectOneFailure(report, QStringLiteral("Store code"),
            {QStringLiteral("\"fr\""), QStringLiteral("Request does not match any route")});
    }

    void magentoBaseUrlLeadsNowhere()
    {
        Rig rig;
        FakeMagento shop;
        shop.noRestApi = true;
        QVERIFY(shop.start());
        rig.secrets.put(QStringLiteral("ref/token"), shop.token);
        const ConnectionReport report = rig.run(magento(shop.server.url(QStringLiteral("/shop"))));
        expectOneFailure(report, QStringLiteral("Magento API"), {QStringLiteral("base URL"), QStringLiteral("/shop")});
    }

    void magentoMaintenancePage()
    {
        Rig rig;
        FakeMagento shop;
        shop.maintenance = true;
        QVERIFY(shop.start());
        rig.secrets.put(QStringLiteral("ref/token"), shop.token);
        const ConnectionReport report = rig.run(magento(shop.server.url()));
        expectOneFailure(report, QStringLiteral("Magento API"),
            {QStringLiteral("HTML"), QStringLiteral("instead of JSON"), QStringLiteral("503"),
                QStringLiteral("maintenance")});
    }

    void magentoRedirectToHttps()
    {
        Rig rig;
        FakeMagento shop;
        shop.redirectToHttps = true;
        QVERIFY(shop.start());
        rig.secrets.put(QStringLiteral("ref/token"), shop.token);
        const ConnectionReport report = rig.run(magento(shop.server.url()));
        expectOneFailure(report, QStringLiteral("Magento API"),
            {QStringLiteral("redirects http to https"), QStringLiteral("https://")});
    }

    void refusedPort()
    {
        Rig rig;
        const ConnectionReport report = rig.run(magento(QStringLiteral("http://127.0.0.1:%1").arg(freeLocalPort())));
        expectOneFailure(report, QStringLiteral("Reachable"), {QStringLiteral("connection refused")});
    }

    void dnsFailure()
    {
        Rig rig;
        const ConnectionReport report = rig.run(magento(QStringLiteral("https://shop.invalid")));
        expectOneFailure(report, QStringLiteral("DNS"), {QStringLiteral("shop.invalid"), QStringLiteral("DNS")});
    }

    void tlsMismatch()
    {
        KeptTemporaryDir dir;
        TestCertificates certs;
        QString error;
        QVERIFY2(certs.create(dir.path(), &error), qPrintable(error));
        TlsServer server;
        QVERIFY2(
            server.start(certs.path(QStringLiteral("self.pem")), certs.path(QStringLiteral("self.key")), {}, &error),
            qPrintable(error));
        Rig rig;
        Endpoint endpoint = magento(server.url());
        const ConnectionReport report = rig.run(endpoint);
        expectOneFailure(report, QStringLiteral("TLS"),
            {QStringLiteral("not trusted"), QStringLiteral("pin this certificate"),
                certs.fingerprint(QStringLiteral("self.pem"))});

        // Pinned, the TLS step passes (the s_server behind it is no Magento, which the next step says).
        endpoint.tls.pinnedSha256 = certs.fingerprint(QStringLiteral("self.pem"));
        const ConnectionReport pinned = rig.run(endpoint);
        const ConnectionCheck* tls = findCheck(pinned, QStringLiteral("TLS"));
        QVERIFY2(tls && tls->state == ConnectionCheck::State::Passed, qPrintable(dump(pinned)));
        QVERIFY2(tls->detail.contains(u"(pinned)"), qPrintable(tls->detail));
    }

    void unknownVariable()
    {
        Rig rig;
        Endpoint endpoint = magento(QStringLiteral("https://{{shopHost}}"));
        const ConnectionReport report = rig.run(endpoint);
        expectOneFailure(report, QStringLiteral("Settings"), {QStringLiteral("{{shopHost}}")});
        Environment environment;
        environment.name = QStringLiteral("staging");
        environment.variables.insert(QStringLiteral("shopHost"), QStringLiteral("127.0.0.1:%1").arg(freeLocalPort()));
        const ConnectionReport resolved = rig.run(endpoint, environment);
        expectOneFailure(resolved, QStringLiteral("Reachable"), {QStringLiteral("connection refused")});
    }

    void restAndBasicAuth()
    {
        Rig rig;
        ScriptedServer server;
        const QByteArray password = randomSecret();
        server.setHandler([&password](const ReceivedRequest& request) {
            if (request.header("Authorization") != "Basic " + QByteArray("erp:" + password).toBase64())
                return ScriptedResponse::json(401, "{\"error\":\"invalid credentials\"}");
            return ScriptedResponse::json(404, "{\"error\":\"no resource at /\"}");
        });
        QVERIFY(server.listen());
        Endpoint endpoint = restEndpoint(QStringLiteral("erp"), server.url());
        endpoint.auth.type = AuthType::Basic;
        endpoint.auth.fields.insert(QStringLiteral("username"), QStringLiteral("erp"));
        endpoint.auth.secretRefs.insert(QStringLiteral("password"), QStringLiteral("ref/pw"));
        rig.secrets.put(QStringLiteral("ref/pw"), password);
        const ConnectionReport report = rig.run(endpoint);
        QVERIFY2(report.ok, qPrintable(dump(report)));
        rig.secrets.put(QStringLiteral("ref/pw"), "wrong");
        const ConnectionReport refused = rig.run(endpoint);
        expectOneFailure(refused, QStringLiteral("Authentication"),
            {QStringLiteral("\"erp\""), QStringLiteral("invalid credentials")});
    }

    void graphql()
    {
        Rig rig;
        ScriptedServer server;
        server.setHandler([](const ReceivedRequest& request) {
            if (request.method == "POST" && request.body.contains("__typename"))
                return ScriptedResponse::json(200, "{\"data\":{\"__typename\":\"Query\"}}");
            return ScriptedResponse::json(400, "{\"errors\":[{\"message\":\"Must provide query string.\"}]}");
        });
        QVERIFY(server.listen());
        Endpoint endpoint = restEndpoint(QStringLiteral("pim"), server.url(QStringLiteral("/graphql")));
        endpoint.kind = EndpointKind::GraphQL;
        const ConnectionReport report = rig.run(endpoint);
        QVERIFY2(report.ok, qPrintable(dump(report)));
        QVERIFY(findCheck(report, QStringLiteral("GraphQL"))->detail.contains(u"Query"));
        QCOMPARE(server.requests().last().header("Content-Type"), QByteArray("application/json"));
    }

    void sqlite()
    {
        KeptTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("erp.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE items (sku TEXT)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("setup"));
        Rig rig;
        Endpoint endpoint;
        endpoint.id = QStringLiteral("erp-db");
        endpoint.kind = EndpointKind::Sql;
        endpoint.sql.driver = QStringLiteral("QSQLITE");
        endpoint.sql.database = file;
        const ConnectionReport report = rig.run(endpoint);
        QVERIFY2(report.ok, qPrintable(dump(report)));
        QCOMPARE(report.checks.size(), 3);

        endpoint.sql.database = dir.filePath(QStringLiteral("missing.sqlite"));
        expectOneFailure(rig.run(endpoint), QStringLiteral("Connection"),
            {QStringLiteral("missing.sqlite"), QStringLiteral("does not exist")});
        QVERIFY(!QFile::exists(endpoint.sql.database)); // not created by the test

        endpoint.sql.driver = QStringLiteral("QDB2");
        expectOneFailure(
            rig.run(endpoint), QStringLiteral("Driver"), {QStringLiteral("QDB2"), QStringLiteral("not installed")});
    }

    void sqlServerRefused()
    {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            QSKIP("The QPSQL driver is not installed here (libqt6sql6-psql).");
        Rig rig;
        Endpoint endpoint;
        endpoint.id = QStringLiteral("pg");
        endpoint.kind = EndpointKind::Sql;
        endpoint.sql.driver = QStringLiteral("QPSQL");
        endpoint.sql.host = QStringLiteral("127.0.0.1");
        endpoint.sql.port = freeLocalPort();
        endpoint.sql.database = QStringLiteral("erp");
        endpoint.auth.type = AuthType::Basic;
        endpoint.auth.fields.insert(QStringLiteral("username"), QStringLiteral("reader"));
        endpoint.auth.secretRefs.insert(QStringLiteral("password"), QStringLiteral("ref/pg"));
        rig.secrets.put(QStringLiteral("ref/pg"), randomSecret());
        expectOneFailure(rig.run(endpoint), QStringLiteral("Connection"),
            {QStringLiteral("could not be opened"), QStringLiteral("erp")});
    }

    void files()
    {
        KeptTemporaryDir dir;
        const auto write = [&dir](const QString& name, const QByteArray& content) {
            QFile file(dir.filePath(name));
            return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
        };
        QVERIFY(write(QStringLiteral("orders-2.csv"), "\xEF\xBB\xBForder_id;sku;\"qty; ordered\"\r\n1;A;2\r\n"));
        QVERIFY(write(QStringLiteral("orders-1.csv"), "order_id;sku;\"qty; ordered\"\r\n1;A;2\r\n"));
        QVERIFY(write(QStringLiteral("notes.txt"), "ignored"));
        QVERIFY(write(QStringLiteral("items.jsonl"), "{\"sku\":\"A\",\"qty\":1}\n{\"sku\":\"B\",\"qty\":2}\n"));
        Rig rig;
        Endpoint endpoint;
        endpoint.id = QStringLiteral("drop");
        endpoint.kind = EndpointKind::File;
        endpoint.file.folder = dir.path();
        endpoint.file.pattern = QStringLiteral("*.csv");
        endpoint.file.delimiter = QStringLiteral(";");
        ConnectionReport report = rig.run(endpoint);
        QVERIFY2(report.ok, qPrintable(dump(report)));
        QVERIFY2(findCheck(report, QStringLiteral("Files"))->detail.contains(u"2 file"), qPrintable(dump(report)));
        QVERIFY2(findCheck(report, QStringLiteral("Header"))
                     ->detail.contains(u"orders-1.csv has 3 column(s): order_id, sku, qty; ordered"),
            qPrintable(dump(report)));

        endpoint.file.pattern = QStringLiteral("*.jsonl");
        endpoint.file.format = QStringLiteral("jsonl");
        report = rig.run(endpoint);
        QVERIFY2(report.ok, qPrintable(dump(report)));
        QVERIFY2(findCheck(report, QStringLiteral("Header"))->detail.contains(u"qty, sku"), qPrintable(dump(report)));

        endpoint.file.pattern = QStringLiteral("*.xml");
        expectOneFailure(rig.run(endpoint), QStringLiteral("Files"), {QStringLiteral("*.xml")});
        endpoint.file.folder = dir.filePath(QStringLiteral("missing"));
        expectOneFailure(rig.run(endpoint), QStringLiteral("Folder"), {QStringLiteral("does not exist")});
    }

    void cancelEndsTheTest()
    {
        Rig rig;
        ScriptedServer server;
        server.setHandler([](const ReceivedRequest&) { return ScriptedResponse::of(ScriptedResponse::Action::Hang); });
        QVERIFY(server.listen());
        std::optional<ConnectionReport> report;
        QObject::connect(&rig.tester, &ConnectionTester::finished, &rig.tester,
            [&report](const ConnectionReport& r) { report = r; });
        rig.tester.start(restEndpoint(QStringLiteral("slow"), server.url()), Environment());
        QTRY_COMPARE(server.requestCount(), 1);
        rig.tester.cancel();
        QVERIFY(report.has_value());
        QVERIFY(!report->ok);
        QVERIFY(report->summary.contains(u"cancelled"));
        QVERIFY(!rig.tester.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "test_connection.moc"
