// Fault injection of the sandbox: the spec parser, the deterministic injector, and every fault mode over real
// HTTP on loopback.

#include "core/common/clock.h"
#include "core/sandbox/faults.h"
#include "core/sandbox/sandboxcounters.h"
#include "tests/sandbox/test_sandbox_server_support.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace studio;
using namespace studio::sandbox;
using namespace studio::test;

class TestSandboxFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesSpecs_data();
    void parsesSpecs();
    void rejectsBadSpecs_data();
    void rejectsBadSpecs();
    void sameSeedSameDecisions();
    void sharesAreRoughlyHonoured();
    void rateWindowFollowsTheClock();

    void maintenancePage();
    void gatewayUnavailable();
    void internalErrorSkipsTheHandler();
    void tooManyRequestsWithRetryAfter();
    void resetDropsTheConnection();
    void lostAnswerStillProcesses();
    void latencyAndJitter();
    void slowBodyIsTrickled();
    void scopeLimitsWhereFaultsApply();
    void deterministicOverHttp();
    void runtimeSpecThroughAdminRoute();
    void adminRoutesAreNeverFaulted();
};

void TestSandboxFaults::parsesSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("empty") << QString() << QStringLiteral("none");
    QTest::newRow("none") << QStringLiteral("none") << QStringLiteral("none");
    QTest::newRow("example") << QStringLiteral("latency=50,jitter=20,error503=0.1,error500=0.05,rate429=10,"
                                               "reset=0.02,slow=0.1,maintenance=1,seed=42")
                             << QStringLiteral("latency=50,jitter=20,error503=0.1,error500=0.05,rate429=10,"
                                               "reset=0.02,slow=0.1,maintenance=1,seed=42");
    QTest::newRow("spaces and percent") << QStringLiteral(" error503 = 10% , lost=0.5 ")
                                        << QStringLiteral("error503=0.1,lost=0.5");
    QTest::newRow("bare maintenance") << QStringLiteral("maintenance") << QStringLiteral("maintenance=1");
    QTest::newRow("slow rate and scope") << QStringLiteral("slow=1,slowrate=100,scope=all,bulkretry=0.25")
                                         << QStringLiteral("slow=1,bulkretry=0.25,slowrate=100,scope=all");
}

void TestSandboxFaults::parsesSpecs()
{
    QFETCH(QString, spec);
    QFETCH(QString, canonical);
    const Result<FaultSpec> parsed = FaultSpec::parse(spec);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
    QCOMPARE(parsed->toString(), canonical);
    // The canonical text parses back to the same spec.
    const Result<FaultSpec> again = FaultSpec::parse(parsed->toString());
    QVERIFY(again.ok());
    QCOMPARE(again->toString(), canonical);
}

void TestSandboxFaults::rejectsBadSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown key") << QStringLiteral("latncy=5")
                                 << QStringLiteral("item 1 \"latncy=5\": unknown setting");
    QTest::newRow("share above 1") << QStringLiteral("latency=5,error503=2")
                                   << QStringLiteral("item 2 \"error503=2\": expected a share between 0 and 1");
    QTest::newRow("negative latency") << QStringLiteral("latency=-1") << QStringLiteral("expected milliseconds");
    QTest::newRow("missing value") << QStringLiteral("jitter=") << QStringLiteral("missing value");
    QTest::newRow("bare key") << QStringLiteral("reset") << QStringLiteral("expected reset=VALUE");
    QTest::newRow("twice") << QStringLiteral("seed=1,seed=2") << QStringLiteral("\"seed\" is given twice");
    QTest::newRow("empty item") << QStringLiteral("seed=1,,reset=0") << QStringLiteral("item 2");
    QTest::newRow("bad scope") << QStringLiteral("scope=shop") << QStringLiteral("expected magento, erp or all");
    QTest::newRow("zero slow rate") << QStringLiteral("slowrate=0") << QStringLiteral("bytes per second");
    QTest::newRow("not a number") << QStringLiteral("rate429=ten") << QStringLiteral("requests per second");
}

void TestSandboxFaults::rejectsBadSpecs()
{
    QFETCH(QString, spec);
    QFETCH(QString, expected);
    const Result<FaultSpec> parsed = FaultSpec::parse(spec);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
    QVERIFY(parsed.error().message.startsWith(QStringLiteral("faults: ")));
}

void TestSandboxFaults::sameSeedSameDecisions()
{
    ManualClock clock;
    const FaultSpec spec = FaultSpec::parse(QStringLiteral("jitter=30,error503=0.2,error500=0.2,reset=0.1,lost=0.1,"
                                                           "slow=0.3,seed=99"))
                               .value();
    FaultInjector a(clock);
    FaultInjector b(clock);
    a.setSpec(spec);
    b.setSpec(spec);
    QSet<int> actions;
    for (int i = 0; i < 300; ++i) {
        const FaultDecision x = a.decide();
        const FaultDecision y = b.decide();
        QCOMPARE(int(x.action), int(y.action));
        QCOMPARE(x.delayMs, y.delayMs);
        QCOMPARE(x.slowBody, y.slowBody);
        QVERIFY(x.delayMs >= 0 && x.delayMs <= 30);
        actions.insert(int(x.action));
    }
    QCOMPARE(actions.size(), 5); // none, reset, 503, 500, lost all occurred

    // Another seed gives another sequence.
    FaultSpec other = spec;
    other.seed = 100;
    FaultInjector c(clock);
    c.setSpec(other);
    a.setSpec(spec);
    int differences = 0;
    for (int i = 0; i < 100; ++i)
        differences += int(a.decide().action) != int(c.decide().action);
    QVERIFY(differences > 10);
}

void TestSandboxFaults::sharesAreRoughlyHonoured()
{
    ManualClock clock;
    FaultInjector injector(clock);
    injector.setSpec(FaultSpec::parse(QStringLiteral("error503=0.25,seed=5")).value());
    int hits = 0;
    for (int i = 0; i < 2000; ++i)
        hits += injector.decide().action == FaultDecision::Action::Unavailable;
    QVERIFY2(hits > 400 && hits < 600, qPrintable(QString::number(hits)));
}

void TestSandboxFaults::rateWindowFollowsTheClock()
{
    ManualClock clock;
    clock.advanceMs(500);
    FaultInjector injector(clock);
    injector.setSpec(FaultSpec::parse(QStringLiteral("rate429=3,seed=1")).value());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(int(injector.decide().action), int(FaultDecision::Action::None));
    const FaultDecision limited = injector.decide();
    QCOMPARE(int(limited.action), int(FaultDecision::Action::TooManyRequests));
    QCOMPARE(limited.retryAfterSeconds, 1);
    clock.advanceMs(499);
    QCOMPARE(int(injector.decide().action), int(FaultDecision::Action::TooManyRequests));
    clock.advanceMs(1); // next one-second window
    QCOMPARE(int(injector.decide().action), int(FaultDecision::Action::None));
}

void TestSandboxFaults::maintenancePage()
{
    KeptTemporaryDir dir;
    SandboxOptions options;
    options.faults = QStringLiteral("maintenance=1");
    TestSandbox sandbox = startTestSandbox(dir.path(), options);
    QVERIFY(sandbox.server->isRunning());
    const RawResult result = rawRequest(sandbox.port(), rawGet(sandbox.port(), "/rest/V1/test/echo"));
    QCOMPARE(result.status(), 503);
    QVERIFY(result.header("Content-Type").startsWith("text/html"));
    QVERIFY(result.body().contains("<h1>Service Temporarily Unavailable</h1>"));
    QVERIFY(result.body().contains("Error 503: Service Unavailable"));
    QCOMPARE(sandbox.calls->value(QStringLiteral("GET /V1/test/echo")), 0);
    QCOMPARE(sandbox.server->counters()
                 .toJson()
                 .value(QStringLiteral("faults"))
                 .toObject()
                 .value(QStringLiteral("maintenance"))
                 .toInt(),
        1);
}

void TestSandboxFaults::gatewayUnavailable()
{
    KeptTemporaryDir dir;
    SandboxOptions options;
    options.faults = QStringLiteral("error503=1");
    TestSandbox sandbox = startTestSandbox(dir.path(), options);
    const RawResult result = rawRequest(sandbox.port(), rawGet(sandbox.port(), "/rest/V1/test/echo"));
    QCOMPARE(result.status(), 503);
    QVERIFY(result.header("Content-Type").startsWith("text/html"));
    QVERIFY(result.body().contains("503 Service Temporarily Unavailable"));
    QCOMPARE(sandbox.calls->value(QStringLiteral("GET /V1/test/echo")), 0);
    QCOMPARE(sandbox.server->counters().requests(QStringLiteral("GET /V1/test/echo"), 503), 1);
}

void TestSandboxFaults::internalErrorSkipsTheHandler()
{
    KeptTemporaryDir dir;
    SandboxOptions options;
    options.faults = QStringLiteral("error500=1");
    TestSandbox sandbox = startTestSandbox(dir.path(), options);
    const RawResult result = rawRequest(sandbox.port(), rawGet(sandbox.port(), "/rest/V1/test/echo"));
    QCOMPARE(result.status(), 500);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    const QString message = QJsonDocument::fromJson(result.body()).object().value(QStringLiteral("message")).toString();
    static const QRegularExpression shape(QStringLiteral(
        "^Internal Error\\. Details are available in Magento log file\\. Report ID: webapi-[0-9a-f]{13}$"));
    QVERIFY2(shape.match(message).hasMatch(), qPrintable(message));
    QCOMPARE(sandbox.calls->value(QStringLiteral("GET /V1/test/echo")), 0);
}

void TestSandboxFaults::tooManyRequestsWithRetryAfter()
{
    KeptTemporaryDir dir;
    ManualClock clock;
    SandboxOptions options;
    options.clock = &clock;
    options.faults = QStringLiteral("rate429=2");
    TestSandbox sandbox = startTestSandbox(dir.path(), options);
    const QByteArray request = rawGet(sandbox.port(), "/rest/V1/test/echo");
    QCOMPARE(rawRequest(sandbox.port(), request).status(), 200);
    QCOMPARE(rawRequest(sandbox.port(), request).status(), 200);
    const RawResult limited = rawRequest(sandbox.port(), request);
    QCOMPARE(limited.status(), 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("1"));
    QCOMPARE(QJsonDocument::fromJson(limited.body()).object().value(QStringLiteral("message")).toString(),
        QStringLiteral("Too Many Requests"));
    QCOMPARE(sandbox.calls->value(QStringLiteral("GET /V1/test/echo")), 2);
    clock.advanceMs(1000);
    QCOMPARE(rawRequest(sandbox.port(), request).status(), 200);
}

void TestSandboxFaults::resetDropsTheConnection()
{
    KeptTemporaryDir dir;
    SandboxOptions options;
    options.faults = QStringLiteral("reset=1");
    TestSandbox sandbox = startTestSandbox(dir.path(), options);
    const RawResult result = rawRequest(sandbox.port(), rawGet(sandbox.port(), "/rest/V1/test/echo"));
    QVERIFY(result.reset);
    QVERIFY(result.bytes.isEmpty());
    QCOMPARE(sandbox.calls->value(QStringLiteral("GET /V1/test/echo")), 0);

    // QNetworkAccessManager sees a transport error, not an HTTP status.
    SandboxClient client(sandbox.baseUrl());
    const HttpResult viaNam = client.get(QStringLiteral("/rest/V1/test/echo"));
    QCOMPARE(viaNam.status, 0);
    QVERIFY(!viaNam.error.isEmpty());
}

void TestSandboxFaults::lostAnswerStillProcesses()
{
    KeptTemporaryDir dir;
    SandboxOptions options;
    options.faults = QStringLiteral("lost=1");
    TestSandbox sandbox = startTestSandbox(dir.path(), options);
    const RawResult result = rawRequest(sandbox.port(), rawGet(sandbox.port(), "/rest/V1/test/echo"));
    QVERIFY(result.reset);
    QCOMPARE(sandbox.calls->value(QStringLiteral("GET /V1/test/echo")), 1);
    QCOMPARE(sandbox.server->counters().requests(QStringLiteral("GET /V1/test/echo"), 200), 1);
}

void TestSandboxFaults::latencyAndJitter()
{
    KeptTemporaryDir dir;
    SandboxOptions options;
    options.faults = QStringLiteral("latency=150,jitter=50,seed=3");
    TestSandbox sandbox = startTestSandbox(dir.path(), options);
    QElapsedTimer timer;
    timer.start();
    const RawResult result = rawRequest(sandbox.port(), rawGet(sandbox.port(), "/rest/V1/test/echo"));
    QCOMPARE(result.status(), 200);
    QVERIFY2(timer.elapsed() >= 150, qPrintable(QString::number(timer.elapsed())));
}

void TestSandboxFaults::slowBodyIsTrickled()
{
    KeptTemporaryDir dir;
    SandboxOptions options;
    options.faults = QStringLiteral("slow=1,slowrate=1000");
    TestSandbox sandbox = startTestSandbox(dir.path(), options);
    // A ~600-byte answer at 1000 bytes/s in 100-byte pieces every 100 ms takes at least half a second.
    const QString longQuery = QStringLiteral("?q=") + QString(560, u'x');
    QElapsedTimer timer;
    timer.start();
    const RawResult result
        = rawRequest(sandbox.port(), rawGet(sandbox.port(), "/rest/V1/test/echo" + longQuery.toLatin1()));
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(result.status(), 200);
    QVERIFY2(elapsed >= 450, qPrintable(QString::number(elapsed)));
    const QJsonObject body = QJsonDocument::fromJson(result.body()).object();
    QCOMPARE(body.value(QStringLiteral("query")).toString().size(), 562);
}

void TestSandboxFaults::scopeLimitsWhereFaultsApply()
{
    KeptTemporaryDir dir;
    SandboxOptions options;
    options.faults = QStringLiteral("error500=1,scope=erp");
    TestSandbox sandbox = startTestSandbox(dir.path(), options);
    sandbox.server->setErpHandler([](const QByteArray&, const QString&, const QUrlQuery&, const QByteArray&,
                                      const QByteArray&) { return ApiResponse::ok(QJsonObject {}); });
    QCOMPARE(rawRequest(sandbox.port(), rawGet(sandbox.port(), "/rest/V1/test/echo")).status(), 200);
    const quint16 erp = sandbox.server->erpPort();
    QCOMPARE(rawRequest(erp, rawGet(erp, "/api/items")).status(), 500);

    QVERIFY(sandbox.server->setFaults(QStringLiteral("error500=1,scope=all")).ok());
    QCOMPARE(rawRequest(sandbox.port(), rawGet(sandbox.port(), "/rest/V1/test/echo")).status(), 500);
    QCOMPARE(rawRequest(erp, rawGet(erp, "/api/items")).status(), 500);
}

void TestSandboxFaults::deterministicOverHttp()
{
    const QString spec = QStringLiteral("error503=0.3,error500=0.2,reset=0.1,seed=7");
    QList<int> runs[2];
    for (QList<int>& statuses : runs) {
        KeptTemporaryDir dir;
        SandboxOptions options;
        options.faults = spec;
        TestSandbox sandbox = startTestSandbox(dir.path(), options);
        for (int i = 0; i < 40; ++i)
            statuses.append(rawRequest(sandbox.port(), rawGet(sandbox.port(), "/rest/V1/test/echo")).status());
    }
    QCOMPARE(runs[0], runs[1]);
    QVERIFY(runs[0].contains(200));
    QVERIFY(runs[0].contains(503));
    QVERIFY(runs[0].contains(500));
    QVERIFY(runs[0].contains(0));
}

void TestSandboxFaults::runtimeSpecThroughAdminRoute()
{
    KeptTemporaryDir dir;
    TestSandbox sandbox = startTestSandbox(dir.path());
    SandboxClient client(sandbox.baseUrl());
    HttpResult set = client.sendJson("PUT", QStringLiteral("/sandbox/faults"),
        QJsonObject {{QStringLiteral("spec"), QStringLiteral("error503=1,seed=11")}});
    QCOMPARE(set.status, 200);
    QCOMPARE(set.object().value(QStringLiteral("spec")).toString(), QStringLiteral("error503=1,seed=11"));
    QCOMPARE(set.object().value(QStringLiteral("seed")).toString(), QStringLiteral("11"));
    QCOMPARE(client.get(QStringLiteral("/rest/V1/test/echo")).status, 503);

    const HttpResult bad = client.sendJson("PUT", QStringLiteral("/sandbox/faults"),
        QJsonObject {{QStringLiteral("spec"), QStringLiteral("error503=1,colour=blue")}});
    QCOMPARE(bad.status, 400);
    QVERIFY2(bad.object().value(QStringLiteral("message")).toString().contains(QStringLiteral("item 2")),
        bad.body.constData());
    // A rejected spec leaves the old one in force.
    QCOMPARE(client.get(QStringLiteral("/sandbox/faults")).object().value(QStringLiteral("error503")).toDouble(), 1.0);

    QCOMPARE(client.send("DELETE", QStringLiteral("/sandbox/faults")).status, 200);
    QCOMPARE(client.get(QStringLiteral("/rest/V1/test/echo")).status, 200);
    QCOMPARE(client.get(QStringLiteral("/sandbox/faults")).object().value(QStringLiteral("spec")).toString(),
        QStringLiteral("none"));
}

void TestSandboxFaults::adminRoutesAreNeverFaulted()
{
    KeptTemporaryDir dir;
    SandboxOptions options;
    options.faults = QStringLiteral("maintenance=1,reset=1");
    TestSandbox sandbox = startTestSandbox(dir.path(), options);
    const RawResult result = rawRequest(sandbox.port(), rawGet(sandbox.port(), "/sandbox/counters"));
    QCOMPARE(result.status(), 200);
    // The admin request itself is not counted.
    QCOMPARE(QJsonDocument::fromJson(result.body()).object().value(QStringLiteral("total_requests")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "test_sandbox_faults.moc"
