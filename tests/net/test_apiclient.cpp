// The HTTP engine over real loopback HTTP: variables, headers, retries and backoff with an injected clock,
// Retry-After, rate limit, concurrency, timeouts, cancellation, streaming to disk, redirects, proxy, and what is
// recorded for the request log.

#include "core/common/clock.h"
#include "core/net/apiclient.h"
#include "core/net/ratelimiter.h"
#include "core/net/retrypolicy.h"
#include "core/net/scheduler.h"
#include "tests/net/memorysecretstore.h"
#include "tests/net/nettestsupport.h"
#include "tests/net/scriptedserver.h"
#include "tests/support/testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace studio;
using namespace studio::net;
using namespace studio::test;

namespace {

/// A client wired to a manual clock, a memory secret store and a recording log.
struct Rig
{
    ManualClock clock;
    ManualScheduler scheduler {clock};
    MemorySecretStore secrets;
    RecordingRecorder recorder;
    ApiClient client {&secrets, &recorder};
    ScriptedServer server;

    Rig()
    {
        client.setScheduler(&scheduler);
        ApiClientOptions options;
        options.random = []() { return 0.5; };
        options.fingerprintSalt = "test-salt";
        client.setOptions(options);
    }

    ApiCall call(const QByteArray& method, const QString& target) const
    {
        ApiCall call;
        call.endpoint = restEndpoint(QStringLiteral("erp"), server.url());
        call.method = method;
        call.target = target;
        return call;
    }

    std::unique_ptr<ApiReply> send(ApiCall call) { return std::unique_ptr<ApiReply>(client.send(std::move(call))); }
};

} // namespace

class TestApiClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- Policies on their own ---------------------------------------------------------------------------------

    void retryAfterParsing_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs"); // -1: ignored
        QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("spaces") << QByteArray(" 7 ") << qint64(7000);
        QTest::newRow("imf-fixdate") << QByteArray("Thu, 01 Jan 2026 12:00:30 GMT") << qint64(30000);
        QTest::newRow("rfc850") << QByteArray("Thursday, 01-Jan-26 12:01:00 GMT") << qint64(60000);
        QTest::newRow("asctime") << QByteArray("Thu Jan  1 12:00:05 2026") << qint64(5000);
        QTest::newRow("date in the past") << QByteArray("Wed, 31 Dec 2025 23:00:00 GMT") << qint64(0);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
    }

    void retryAfterParsing()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        const std::optional<qint64> parsed = parseRetryAfter(value, now);
        if (expectedMs < 0)
            QVERIFY(!parsed.has_value());
        else
            QCOMPARE(parsed.value_or(-1), expectedMs);
    }

    void retryDecisions_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("safe");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("networkError");
        QTest::addColumn<bool>("retry");
        const int none = QNetworkReply::NoError;
        QTest::newRow("GET 503") << QByteArray("GET") << false << 503 << none << true;
        QTest::newRow("GET 429") << QByteArray("GET") << false << 429 << none << true;
        QTest::newRow("PUT 502") << QByteArray("PUT") << false << 502 << none << true;
        QTest::newRow("DELETE 504") << QByteArray("DELETE") << false << 504 << none << true;
        QTest::newRow("POST 503") << QByteArray("POST") << false << 503 << none << false;
        QTest::newRow("POST 503 marked safe") << QByteArray("POST") << true << 503 << none << true;
        QTest::newRow("PATCH 500") << QByteArray("PATCH") << false << 500 << none << false;
        QTest::newRow("GET 400") << QByteArray("GET") << false << 400 << none << false;
        QTest::newRow("GET 401") << QByteArray("GET") << false << 401 << none << false;
        QTest::newRow("GET 403") << QByteArray("GET") << false << 403 << none << false;
        QTest::newRow("GET 404") << QByteArray("GET") << false << 404 << none << false;
        QTest::newRow("PUT 422 marked safe") << QByteArray("PUT") << true << 422 << none << false;
        QTest::newRow("GET 200") << QByteArray("GET") << false << 200 << none << false;
        QTest::newRow("GET reset") << QByteArray("GET") << false << 0 << int(QNetworkReply::RemoteHostClosedError)
                                   << true;
        QTest::newRow("GET timeout") << QByteArray("GET") << false << 0 << int(QNetworkReply::TimeoutError) << true;
        QTest::newRow("POST reset") << QByteArray("POST") << false << 0 << int(QNetworkReply::RemoteHostClosedError)
                                    << false;
        QTest::newRow("GET DNS") << QByteArray("GET") << false << 0 << int(QNetworkReply::HostNotFoundError) << false;
        QTest::newRow("GET TLS") << QByteArray("GET") << false << 0 << int(QNetworkReply::SslHandshakeFailedError)
                                 << false;
    }

    void retryDecisions()
    {
        QFETCH(QByteArray, method);
        QFETCH(bool, safe);
        QFETCH(int, status);
        QFETCH(int, networkError);
        QFETCH(bool, retry);
        AttemptOutcome outcome;
        outcome.method = method;
        outcome.markedSafe = safe;
        outcome.status = status;
        outcome.networkError = QNetworkReply::NetworkError(networkError);
        const RetryDecision decision = RetryPolicy().decide(outcome, 0.5);
        QCOMPARE(decision.retry, retry);
        QVERIFY(!decision.reason.isEmpty());
    }

    void fullJitterBackoff()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 100;
        policy.maxDelayMs = 1000;
        QCOMPARE(policy.backoffMs(1, 0.999), qint64(99));
        QCOMPARE(policy.backoffMs(2, 0.5), qint64(100));
        QCOMPARE(policy.backoffMs(3, 0.5), qint64(200));
        QCOMPARE(policy.backoffMs(10, 0.5), qint64(500)); // capped at maxDelay before jitter
        QCOMPARE(policy.backoffMs(4, 0.0), qint64(0));
    }

    void retryBudget()
    {
        RetryPolicy policy;
        policy.maxAttempts = 3;
        policy.maxTotalMs = 10000;
        AttemptOutcome outcome;
        outcome.method = "GET";
        outcome.status = 503;
        outcome.attempt = 3;
        QVERIFY(!policy.decide(outcome, 0.5).retry); // attempts spent
        outcome.attempt = 1;
        outcome.retryAfterMs = 60000;
        const RetryDecision tooLong = policy.decide(outcome, 0.5);
        QVERIFY(!tooLong.retry);
        QVERIFY2(tooLong.reason.contains(u"Retry-After"), qPrintable(tooLong.reason));
        outcome.retryAfterMs.reset();
        outcome.elapsedMs = 9900;
        QVERIFY(!policy.decide(outcome, 0.5).retry); // time budget spent
    }

    void tokenBucket()
    {
        ManualClock clock;
        TokenBucket bucket(clock, 2.0, 3);
        QCOMPARE(bucket.reserve(), qint64(0));
        QCOMPARE(bucket.reserve(), qint64(0));
        QCOMPARE(bucket.reserve(), qint64(0));
        QCOMPARE(bucket.reserve(), qint64(500));
        QCOMPARE(bucket.reserve(), qint64(1000));
        clock.advanceMs(1000);
        QCOMPARE(bucket.reserve(), qint64(500));
        clock.advanceMs(60000);
        QCOMPARE(bucket.available(), 3.0); // never more than the burst
        TokenBucket unlimited(clock, 0, 0);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(unlimited.reserve(), qint64(0));
        TokenBucket defaultBurst(clock, 2.5, 0);
        QCOMPARE(defaultBurst.burst(), 3);
    }

    void manualScheduler()
    {
        ManualClock clock;
        ManualScheduler scheduler(clock);
        QStringList fired;
        QObject context;
        scheduler.schedule(300, &context, [&]() { fired << QStringLiteral("b"); });
        scheduler.schedule(100, &context, [&]() { fired << QStringLiteral("a"); });
        const auto cancelled = scheduler.schedule(200, &context, [&]() { fired << QStringLiteral("x"); });
        scheduler.cancel(cancelled);
        {
            QObject gone;
            scheduler.schedule(50, &gone, [&]() { fired << QStringLiteral("dead"); });
        }
        scheduler.advanceMs(150);
        QCOMPARE(fired, QStringList {QStringLiteral("a")});
        QCOMPARE(clock.monotonicMs(), qint64(150));
        QVERIFY(scheduler.runNext());
        QCOMPARE(fired, (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(clock.monotonicMs(), qint64(300));
        QVERIFY(!scheduler.runNext());
        QCOMPARE(scheduler.delays(), (QList<qint64> {300, 100, 200, 50}));
    }

    // --- Requests ------------------------------------------------------------------------------------------------

    void getWithVariablesQueryAndDefaults()
    {
        Rig rig;
        QVERIFY(rig.server.listen());
        rig.server.enqueue(ScriptedResponse::json(200, "{\"items\":[]}"));
        rig.secrets.put(QStringLiteral("ref/key"), "s3cr3t-header-value");
        ApiCall call = rig.call("get", QStringLiteral("/{{prefix}}/orders"));
        call.environment.name = QStringLiteral("staging");
        call.environment.variables = {{QStringLiteral("prefix"), QStringLiteral("api/v2")},
            {QStringLiteral("status"), QStringLiteral("pending payment")}};
        call.environment.secretVariables = {{QStringLiteral("token"), QStringLiteral("ref/key")}};
        call.query
            = {{QStringLiteral("searchCriteria[filter_groups][0][filters][0][value]"), QStringLiteral("{{status}}")},
                {QStringLiteral("a+b"), QStringLiteral("x&y=z/é")}};
        call.headers = {{QStringLiteral("X-Token"), QStringLiteral("{{token}}")}};
        call.runId = QStringLiteral("run-1");
        auto reply = rig.send(call);
        QVERIFY(waitFinished(reply.get()));
        const HttpResponse& response = reply->response();
        QVERIFY2(response.isSuccess(), qPrintable(response.errorMessage));
        QCOMPARE(response.body, QByteArray("{\"items\":[]}"));
        QCOMPARE(response.attempts, 1);
        const ReceivedRequest& received = rig.server.requests().at(0);
        QCOMPARE(received.method, QByteArray("GET"));
        QCOMPARE(received.target,
            QByteArray("/api/v2/orders?searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bvalue%5D="
                       "pending%20payment&a%2Bb=x%26y%3Dz%2F%C3%A9"));
        QCOMPARE(received.header("X-Token"), QByteArray("s3cr3t-header-value"));
        QCOMPARE(received.header("Accept"), QByteArray("application/json"));
        QVERIFY(received.header("User-Agent").startsWith("IntegrationStudio/"));

        const QList<LogEntry> entries = rig.recorder.entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).endpointId, QStringLiteral("erp"));
        QCOMPARE(entries.at(0).environment, QStringLiteral("staging"));
        QCOMPARE(entries.at(0).runId, QStringLiteral("run-1"));
        QCOMPARE(entries.at(0).status, 200);
        QCOMPARE(entries.at(0).attempt, 1);
        QCOMPARE(entries.at(0).responseBody, response.body);
        QVERIFY(entries.at(0).credentialFingerprint.isEmpty()); // no auth
    }

    void unknownVariableIsNamedAndNothingIsSent()
    {
        Rig rig;
        QVERIFY(rig.server.listen());
        ApiCall call = rig.call("GET", QStringLiteral("/orders/{{orderId}}"));
        auto reply = rig.send(call);
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->response().failure, FailureKind::Configuration);
        QVERIFY2(reply->response().errorMessage.contains(u"{{orderId}}"), qPrintable(reply->response().errorMessage));
        QCOMPARE(rig.server.requestCount(), 0);
        QCOMPARE(rig.recorder.count(), 0);

        ApiCall badBase = rig.call("GET", QStringLiteral("/x"));
        badBase.endpoint.baseUrl = QStringLiteral("{{host}}/api");
        auto second = rig.send(badBase);
        QVERIFY(waitFinished(second.get()));
        QVERIFY2(second->response().errorMessage.contains(u"{{host}}"), qPrintable(second->response().errorMessage));

        ApiCall missingSecret = rig.call("GET", QStringLiteral("/{{secretPath}}"));
        missingSecret.environment.secretVariables = {{QStringLiteral("secretPath"), QStringLiteral("ref/missing")}};
        auto third = rig.send(missingSecret);
        QVERIFY(waitFinished(third.get()));
        QCOMPARE(third->response().failure, FailureKind::Secret);
        QVERIFY(third->response().errorMessage.contains(u"{{secretPath}}"));
    }

    void badInputIsRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("headerName");
        QTest::addColumn<QString>("expected");
        QTest::newRow("method with space")
            << QByteArray("GE T") << QStringLiteral("/x") << QString() << QStringLiteral("not an HTTP method");
        QTest::newRow("ftp url") << QByteArray("GET") << QStringLiteral("ftp://example.com/x") << QString()
                                 << QStringLiteral("http or https");
        QTest::newRow("bad header name") << QByteArray("GET") << QStringLiteral("/x") << QStringLiteral("X Bad")
                                         << QStringLiteral("header name");
    }

    void badInputIsRefusedWithAReason()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, target);
        QFETCH(QString, headerName);
        QFETCH(QString, expected);
        Rig rig;
        QVERIFY(rig.server.listen());
        ApiCall call = rig.call(method, target);
        if (!headerName.isEmpty())
            call.headers.append({headerName, QStringLiteral("v")});
        auto reply = rig.send(call);
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->response().failure, FailureKind::Configuration);
        QVERIFY2(reply->response().errorMessage.contains(expected), qPrintable(reply->response().errorMessage));
        QCOMPARE(rig.server.requestCount(), 0);
    }

    void jsonBodyGetsContentType()
    {
        Rig rig;
        QVERIFY(rig.server.listen());
        rig.server.enqueue(ScriptedResponse::json(200, "1"));
        ApiCall call = rig.call("POST", QStringLiteral("/orders"));
        call.environment.variables = {{QStringLiteral("sku"), QStringLiteral("MB-01")}};
        call.body = "{\"sku\":\"{{sku}}\"}";
        auto reply = rig.send(call);
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(rig.server.requests().at(0).header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(rig.server.requests().at(0).body, QByteArray("{\"sku\":\"MB-01\"}"));

        // Bodies with {{...}} of their own (Magento CMS directives) can be sent as they are.
        rig.server.enqueue(ScriptedResponse::json(200, "1"));
        ApiCall raw = rig.call("POST", QStringLiteral("/cms"));
        raw.body = "{\"content\":\"{{widget type=\\\"x\\\"}} {{sku}}\"}";
        raw.resolveBodyVariables = false;
        auto second = rig.send(raw);
        QVERIFY(waitFinished(second.get()));
        QCOMPARE(rig.server.requests().at(1).body, raw.body);
    }

    void retriesWithBackoffThenSucceeds()
    {
        Rig rig;
        QVERIFY(rig.server.listen());
        rig.scheduler.setAutoAdvance(true);
        rig.server.enqueue(ScriptedResponse::json(500, "{\"message\":\"Internal Error.\"}"));
        rig.server.enqueue(ScriptedResponse::json(502, "{}"));
        rig.server.enqueue(ScriptedResponse::json(504, "{}"));
        rig.server.enqueue(ScriptedResponse::json(200, "{\"ok\":true}"));
        auto reply = rig.send(rig.call("GET", QStringLiteral("/flaky")));
        QSignalSpy retrying(reply.get(), &ApiReply::retrying);
        QVERIFY(waitFinished(reply.get()));
        QVERIFY2(reply->response().isSuccess(), qPrintable(reply->response().errorMessage));
        QCOMPARE(reply->response().attempts, 4);
        QCOMPARE(rig.server.requestCount(), 4);
        // Full jitter with random() = 0.5 and base 500 ms: 250, 500, 1000.
        QCOMPARE(rig.scheduler.delays(), (QList<qint64> {250, 500, 1000}));
        QCOMPARE(retrying.size(), 3);
        const QList<LogEntry> entries = rig.recorder.entries();
        QCOMPARE(entries.size(), 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(entries.at(i).attempt, i + 1);
        QCOMPARE(entries.at(0).status, 500);
        QCOMPARE(entries.at(2).status, 504);
        QCOMPARE(entries.at(3).status, 200);
    }

    void transportFailuresAreRetriedWhenSafe()
    {
        Rig rig;
        QVERIFY(rig.server.listen());
        rig.scheduler.setAutoAdvance(true);
        rig.server.setHandler(
            [](const ReceivedRequest&) { return ScriptedResponse::of(ScriptedResponse::Action::Close); });
        auto get = rig.send(rig.call("GET", QStringLiteral("/closes")));
        QVERIFY(waitFinished(get.get()));
        QCOMPARE(get->response().failure, FailureKind::Network);
        QCOMPARE(get->response().attempts, 4);
        QCOMPARE(rig.scheduler.delays(), (QList<qint64> {250, 500, 1000}));
        QCOMPARE(rig.recorder.count(), 4);
        for (const LogEntry& entry : rig.recorder.entries()) {
            QCOMPARE(entry.status, 0);
            QVERIFY2(entry.error.contains(u"closed the connection"), qPrintable(entry.error));
        }
        QVERIFY2(get->response().retryNote.contains(u"4"), qPrintable(get->response().retryNote));

        rig.recorder.clear();
        auto post = rig.send(rig.call("POST", QStringLiteral("/closes")));
        QVERIFY(waitFinished(post.get()));
        QCOMPARE(post->response().failure, FailureKind::Network);
        QCOMPARE(post->response().attempts, 1);
        QCOMPARE(rig.recorder.count(), 1);
    }

    void retryAfterSecondsAndDate()
    {
        Rig rig;
        QVERIFY(rig.server.listen());
        rig.scheduler.setAutoAdvance(true);
        rig.server.enqueue(ScriptedResponse::json(429, "{\"message\":\"Too Many Requests\"}", {{"Retry-After", "7"}}));
        const QByteArray date
            = QLocale::c()
                  .toString(rig.clock.now().addSecs(12), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                  .toLatin1();
        rig.server.enqueue(ScriptedResponse::json(503, "{}", {{"Retry-After", date}}));
        rig.server.enqueue(ScriptedResponse::json(200, "[]"));
        auto reply = rig.send(rig.call("GET", QStringLiteral("/limited")));
        QVERIFY(waitFinished(reply.get()));
        QVERIFY(reply->response().isSuccess());
        // 7 s as asked; then the date 12 s after the start, minus the 7 s already waited.
        QCOMPARE(rig.scheduler.delays(), (QList<qint64> {7000, 5000}));
    }

    void retryAfterBeyondBudgetGivesUp()
    {
        Rig rig;
        QVERIFY(rig.server.listen());
        rig.scheduler.setAutoAdvance(true);
        rig.server.enqueue(ScriptedResponse::json(503, "{}", {{"Retry-After", "3600"}}));
        auto reply = rig.send(rig.call("GET", QStringLiteral("/maintenance")));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->response().status, 503);
        QCOMPARE(reply->response().failure, FailureKind::Http);
        QCOMPARE(rig.server.requestCount(), 1);
        QVERIFY2(reply->response().retryNote.contains(u"Retry-After"), qPrintable(reply->response().retryNote));
    }

    void nonIdempotentAndValidationErrorsAreNotRetried()
    {
        Rig rig;
        QVERIFY(rig.server.listen());
        rig.scheduler.setAutoAdvance(true);
        rig.server.setHandler([](const ReceivedRequest& request) {
            if (request.path() == "/invalid")
                return ScriptedResponse::json(
                    400, "{\"message\":\"\\\"%fieldName\\\" is required.\",\"parameters\":{\"fieldName\":\"sku\"}}");
            return ScriptedResponse::json(503, "{}");
        });
        auto post = rig.send(rig.call("POST", QStringLiteral("/orders")));
        QVERIFY(waitFinished(post.get()));
        QCOMPARE(rig.server.requestCount(), 1);
        QVERIFY2(post->response().retryNote.contains(u"POST"), qPrintable(post->response().retryNote));

        auto invalid = rig.send(rig.call("PUT", QStringLiteral("/invalid")));
        QVERIFY(waitFinished(invalid.get()));
        QCOMPARE(rig.server.requestCount(), 2);
        QCOMPARE(invalid->response().status, 400);
        QVERIFY2(invalid->response().errorMessage.contains(u"\"sku\" is required."),
            qPrintable(invalid->response().errorMessage));

        ApiCall safe = rig.call("POST", QStringLiteral("/upsert"));
        safe.safeToRetry = true;
        RetryPolicy policy;
        policy.maxAttempts = 3;
        safe.retryPolicy = policy;
        auto upsert = rig.send(safe);
        QVERIFY(waitFinished(upsert.get()));
        QCOMPARE(rig.server.requestCount(), 5);
        QCOMPARE(upsert->response().attempts, 3);
        QVERIFY(upsert->response().retryNote.contains(u"3"));
    }

    void rateLimitSpacesRequests()
    {
        Rig rig;
        QVERIFY(rig.server.listen());
        rig.server.setHandler([](const ReceivedRequest&) { return ScriptedResponse::json(200, "{}"); });
        ApiCall call = rig.call("GET", QStringLiteral("/r"));
        call.endpoint.rateLimit = RateLimit {2.0, 2};
        call.endpoint.maxConcurrent = 0;
        std::vector<std::unique_ptr<ApiReply>> replies;
        for (int i = 0; i < 5; ++i)
            replies.push_back(rig.send(call));
        QTRY_COMPARE(rig.server.requestCount(), 2);
        QTRY_COMPARE(rig.scheduler.pendingCount(), 3);
        QCOMPARE(rig.scheduler.delays(), (QList<qint64> {500, 1000, 1500}));
        rig.scheduler.advanceMs(500);
        QTRY_COMPARE(rig.server.requestCount(), 3);
        rig.scheduler.advanceMs(1000);
        QTRY_COMPARE(rig.server.requestCount(), 5);
        for (const auto& reply : replies)
            QVERIFY(waitFinished(reply.get()));
    }

    void concurrencyLimitQueuesRequests()
    {
        Rig rig;
        QVERIFY(rig.server.listen());
        rig.server.setHandler([](const ReceivedRequest&) {
            ScriptedResponse response = ScriptedResponse::json(200, "{}");
            response.action = ScriptedResponse::Action::Hold;
            return response;
        });
        ApiCall call = rig.call("GET", QStringLiteral("/slow"));
        call.endpoint.maxConcurrent = 2;
        std::vector<std::unique_ptr<ApiReply>> replies;
        for (int i = 0; i < 5; ++i)
            replies.push_back(rig.send(call));
        QTRY_COMPARE(rig.server.heldCount(), 2);
        QCOMPARE(replies.at(4)->state(), ApiReply::State::Queued);
        QVERIFY(rig.server.releaseHeld());
        QTRY_COMPARE(rig.server.requestCount(), 3);
        QCOMPARE(rig.server.heldCount(), 2);
        replies.at(4)->cancel(); // a queued request leaves the queue at once
        QVERIFY(replies.at(4)->isFinished());
        QCOMPARE(replies.at(4)->response().failure, FailureKind::Cancelled);
        rig.server.setHandler([](const ReceivedRequest&) { return ScriptedResponse::json(200, "{}"); });
        while (rig.server.releaseHeld()) { }
        for (int i = 0; i < 4; ++i) {
            QVERIFY(waitFinished(replies.at(i).get()));
            QVERIFY(replies.at(i)->response().isSuccess());
        }
        QCOMPARE(rig.server.requestCount(), 4);
    }

    void timeoutIsReported()
    {
        Rig rig;
        QVERIFY(rig.server.listen());
        rig.server.enqueue(ScriptedResponse::of(ScriptedResponse::Action::Hang));
        ApiCall call = rig.call("POST", QStringLiteral("/hang"));
        call.endpoint.timeoutMs = 300;
        auto reply = rig.send(call);
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->response().failure, FailureKind::Timeout);
        QVERIFY2(reply->response().errorMessage.contains(u"timeout"), qPrintable(reply->response().errorMessage));
        QCOMPARE(rig.server.requestCount(), 1); // POST: not repeated
        QCOMPARE(rig.recorder.count(), 1);
    }

    void refusedPortIsExplained()
    {
        Rig rig;
        const quint16 port = freeLocalPort();
        ApiCall call;
        call.endpoint = restEndpoint(QStringLiteral("down"), QStringLiteral("http://127.0.0.1:%1").arg(port));
        call.target = QStringLiteral("/x");
        call.retryPolicy = RetryPolicy::none();
        auto reply = rig.send(call);
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->response().failure, FailureKind::Refused);
        QVERIFY2(
            reply->response().errorMessage.contains(u"connection refused"), qPrintable(reply->response().errorMessage));
    }

    void dnsFailureIsExplained()
    {
        Rig rig;
        ApiCall call;
        call.endpoint = restEndpoint(QStringLiteral("nowhere"), QStringLiteral("http://shop.invalid"));
        call.target = QStringLiteral("/x");
        auto reply = rig.send(call);
        QVERIFY(waitFinished(reply.get(), 30000));
        QCOMPARE(reply->response().failure, FailureKind::Dns);
        QVERIFY2(reply->response().errorMessage.contains(u"shop.invalid"), qPrintable(reply->response().errorMessage));
        QCOMPARE(reply->response().attempts, 1); // DNS failures are not repeated
    }

    void cancelMidTransfer()
    {
        Rig rig;
        QVERIFY(rig.server.listen());
        ScriptedResponse partial = ScriptedResponse::json(200, QByteArray(200000, 'x'));
        partial.action = ScriptedResponse::Action::PartialThenHang;
        partial.partialBytes = 50000;
        rig.server.enqueue(partial);
        auto reply = rig.send(rig.call("GET", QStringLiteral("/big")));
        QSignalSpy progress(reply.get(), &ApiReply::downloadProgress);
        QTRY_VERIFY(!progress.isEmpty() && progress.last().at(0).toLongLong() >= 50000);
        QCOMPARE(progress.last().at(1).toLongLong(), qint64(200000));
        reply->cancel();
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->response().failure, FailureKind::Cancelled);
        QCOMPARE(rig.server.requestCount(), 1);
        QTRY_COMPARE(rig.recorder.count(), 1);
        QCOMPARE(rig.recorder.entries().at(0).error, QStringLiteral("The request was cancelled."));
    }

    void cancelWhileWaitingToRetry()
    {
        Rig rig;
        QVERIFY(rig.server.listen());
        rig.server.enqueue(ScriptedResponse::json(503, "{}"));
        auto reply = rig.send(rig.call("GET", QStringLiteral("/x")));
        QTRY_COMPARE(reply->state(), ApiReply::State::WaitingToRetry);
        QCOMPARE(rig.scheduler.pendingCount(), 1);
        reply->cancel();
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->response().failure, FailureKind::Cancelled);
        QCOMPARE(rig.scheduler.pendingCount(), 0);
        QCOMPARE(rig.server.requestCount(), 1);
    }

    void deletingAReplyMidFlightIsSafe()
    {
        Rig rig;
        QVERIFY(rig.server.listen());
        rig.server.enqueue(ScriptedResponse::of(ScriptedResponse::Action::Hang));
        auto reply = rig.send(rig.call("GET", QStringLiteral("/hang")));
        QTRY_COMPARE(rig.server.requestCount(), 1);
        reply.reset();
        rig.server.enqueue(ScriptedResponse::json(200, "{}"));
        auto next = rig.send(rig.call("GET", QStringLiteral("/after")));
        QVERIFY(waitFinished(next.get()));
        QVERIFY(next->response().isSuccess());
    }

    void largeBodyStreamsToDisk()
    {
        Rig rig;
        QVERIFY(rig.server.listen());
        KeptTemporaryDir temp;
        ApiClientOptions options = rig.client.options();
        options.tempFolder = temp.path();
        options.streamThresholdBytes = 64 * 1024;
        options.logHeadBytes = 1000;
        rig.client.setOptions(options);
        QByteArray body;
        for (int i = 0; body.size() < 3 * 1024 * 1024; ++i)
            body += "line " + QByteArray::number(i) + " of a large export\n";
        rig.server.enqueue(ScriptedResponse::json(200, body));
        rig.server.enqueue(ScriptedResponse::json(200, body));
        // Small bodies stay in memory.
        rig.server.enqueue(ScriptedResponse::json(200, "{}"));

        auto reply = rig.send(rig.call("GET", QStringLiteral("/export")));
        QVERIFY(waitFinished(reply.get()));
        const HttpResponse& response = reply->response();
        QVERIFY(response.isSuccess());
        QVERIFY(response.body.isEmpty());
        QVERIFY(!response.bodyFile.isEmpty());
        QVERIFY(response.bodyFile.startsWith(temp.path()));
        QCOMPARE(response.bodySize, qint64(body.size()));
        QFile file(response.bodyFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256),
            QCryptographicHash::hash(body, QCryptographicHash::Sha256));
        file.close();
        const LogEntry entry = rig.recorder.entries().at(0);
        QCOMPARE(entry.responseBody, body.left(1000));
        QVERIFY(entry.responseBodyTruncated);
        QCOMPARE(entry.responseBodySize, qint64(body.size()));
        const QString path = response.bodyFile;
        reply.reset();
        QVERIFY(!QFile::exists(path)); // the reply's file goes with it

        auto kept = rig.send(rig.call("GET", QStringLiteral("/export")));
        QVERIFY(waitFinished(kept.get()));
        const QString taken = kept->takeBodyFile();
        kept.reset();
        QVERIFY(QFile::exists(taken));
        QCOMPARE(QFileInfo(taken).size(), qint64(body.size()));
        QFile::remove(taken);

        auto small = rig.send(rig.call("GET", QStringLiteral("/small")));
        QVERIFY(waitFinished(small.get()));
        QCOMPARE(small->response().body, QByteArray("{}"));
        QVERIFY(small->response().bodyFile.isEmpty());
    }

    void redirects()
    {
        Rig rig;
        QVERIFY(rig.server.listen());
        rig.server.setHandler([&rig](const ReceivedRequest& request) {
            if (request.path() == "/old")
                return ScriptedResponse::json(301, "", {{"Location", "/new"}});
            if (request.path() == "/away")
                return ScriptedResponse::json(302, "", {{"Location", "http://elsewhere.invalid/x"}});
            if (request.path() == "/secure")
                return ScriptedResponse::json(301, "",
                    {{"Location",
                        QByteArray("https://127.0.0.1:") + QByteArray::number(rig.server.port()) + "/secure"}});
            return ScriptedResponse::json(200, "{\"at\":\"new\"}");
        });
        auto followed = rig.send(rig.call("GET", QStringLiteral("/old")));
        QVERIFY(waitFinished(followed.get()));
        QVERIFY(followed->response().isSuccess());
        QCOMPARE(followed->response().url.path(), QStringLiteral("/new"));
        QCOMPARE(rig.recorder.count(), 2);

        auto post = rig.send(rig.call("POST", QStringLiteral("/old")));
        QVERIFY(waitFinished(post.get()));
        QCOMPARE(post->response().status, 301);
        QCOMPARE(post->response().failure, FailureKind::Http);

        auto away = rig.send(rig.call("GET", QStringLiteral("/away")));
        QVERIFY(waitFinished(away.get()));
        QCOMPARE(away->response().status, 302);
        QVERIFY(away->response().errorMessage.contains(u"elsewhere.invalid"));

        auto secure = rig.send(rig.call("GET", QStringLiteral("/secure")));
        QVERIFY(waitFinished(secure.get()));
        QVERIFY2(secure->response().errorMessage.contains(u"redirects http to https"),
            qPrintable(secure->response().errorMessage));
    }

    void explicitProxyIsUsed()
    {
        Rig rig;
        QVERIFY(rig.server.listen());
        rig.server.enqueue(ScriptedResponse::json(200, "{\"via\":\"proxy\"}"));
        const Result<ProxySettings> proxy = ProxySettings::parse(rig.server.url());
        QVERIFY(proxy.ok());
        rig.client.setProxyFor(QStringLiteral("remote"), proxy.value());
        ApiCall call;
        call.endpoint = restEndpoint(QStringLiteral("remote"), QStringLiteral("http://erp.example.invalid:8080"));
        call.target = QStringLiteral("/api/items?x=1");
        auto reply = rig.send(call);
        QVERIFY(waitFinished(reply.get()));
        QVERIFY2(reply->response().isSuccess(), qPrintable(reply->response().errorMessage));
        QCOMPARE(rig.server.requests().at(0).target, QByteArray("http://erp.example.invalid:8080/api/items?x=1"));

        QVERIFY(!ProxySettings::parse(QStringLiteral("ftp://proxy:21")).ok());
        QCOMPARE(ProxySettings::parse(QStringLiteral("none"))->mode, ProxySettings::Mode::None);
        QCOMPARE(ProxySettings::parse(QString())->mode, ProxySettings::Mode::System);
    }

    void sessionFollowsEndpointChanges()
    {
        Rig rig;
        QVERIFY(rig.server.listen());
        rig.server.setHandler([](const ReceivedRequest&) { return ScriptedResponse::json(200, "{}"); });
        ApiCall call = rig.call("GET", QStringLiteral("/a"));
        call.endpoint.auth.type = AuthType::Bearer;
        call.endpoint.auth.secretRefs = {{QStringLiteral("token"), QStringLiteral("ref/t1")}};
        rig.secrets.put(QStringLiteral("ref/t1"), "first-token-value");
        rig.secrets.put(QStringLiteral("ref/t2"), "second-token-value");
        auto first = rig.send(call);
        QVERIFY(waitFinished(first.get()));
        auto again = rig.send(call);
        QVERIFY(waitFinished(again.get()));
        QCOMPARE(rig.secrets.readCount(QStringLiteral("ref/t1")), 1); // read once per session
        call.endpoint.auth.secretRefs = {{QStringLiteral("token"), QStringLiteral("ref/t2")}};
        auto changed = rig.send(call);
        QVERIFY(waitFinished(changed.get()));
        QCOMPARE(rig.server.requests().at(2).header("Authorization"), QByteArray("Bearer second-token-value"));
        const QList<LogEntry> entries = rig.recorder.entries();
        QVERIFY(entries.at(0).credentialFingerprint.startsWith(u"cred:"));
        QCOMPARE(entries.at(0).credentialFingerprint, entries.at(1).credentialFingerprint);
        QVERIFY(entries.at(1).credentialFingerprint != entries.at(2).credentialFingerprint);
    }

    void fingerprintSaltIsKeptPerWorkspace()
    {
        KeptTemporaryDir dir;
        const Result<QByteArray> first = loadOrCreateFingerprintSalt(dir.filePath(QStringLiteral(".studio")));
        QVERIFY(first.ok());
        QCOMPARE(first->size(), 32);
        const Result<QByteArray> second = loadOrCreateFingerprintSalt(dir.filePath(QStringLiteral(".studio")));
        QCOMPARE(second.value(), first.value());
        KeptTemporaryDir other;
        QVERIFY(loadOrCreateFingerprintSalt(other.path()).value() != first.value());
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "test_apiclient.moc"
