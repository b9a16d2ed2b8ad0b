#include "core/common/clock.h"
#include "core/magento/bulk.h"
#include "core/magento/bulkpoller.h"

#include <algorithm>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace studio;
using namespace studio::magento;

namespace {

QJsonObject object(const char* text)
{
    return QJsonDocument::fromJson(text).object();
}

/// Timers for tests: callbacks wait in a list until the test moves the ManualClock past their due time.
class ManualTimers final
{
public:
    explicit ManualTimers(ManualClock& clock)
        : m_clock(clock)
    { }

    DelayFunction delay()
    {
        return [this](qint64 ms, std::function<void()> callback) {
            requested << ms;
            m_pending.append({m_clock.monotonicMs() + ms, std::move(callback)});
        };
    }

    /// Moves time forward to the next pending timer and fires it; false when none is pending.
    bool fireNext()
    {
        if (m_pending.isEmpty())
            return false;
        const auto next = std::min_element(
            m_pending.begin(), m_pending.end(), [](const Pending& a, const Pending& b) { return a.due < b.due; });
        Pending pending = *next;
        m_pending.erase(next);
        if (pending.due > m_clock.monotonicMs())
            m_clock.advanceMs(pending.due - m_clock.monotonicMs());
        pending.callback();
        return true;
    }

    qsizetype pendingCount() const { return m_pending.size(); }
    QList<qint64> requested;

private:
    struct Pending
    {
        qint64 due;
        std::function<void()> callback;
    };

    ManualClock& m_clock;
    QList<Pending> m_pending;
};

/// Answers status requests from a script of JSON objects (or errors); the last entry repeats.
class ScriptedStatus final
{
public:
    QList<Result<QJsonObject>> script;
    QStringList paths;
    QList<qint64> times;
    ManualClock* clock = nullptr;

    PathFetch fetch()
    {
        return [this](const QString& path, std::function<void(Result<QJsonObject>)> done) {
            paths << path;
            if (clock)
                times << clock->monotonicMs();
            const qsizetype index = std::min(paths.size() - 1, script.size() - 1);
            done(script.at(index));
        };
    }
};

QJsonObject statusWith(const QList<int>& statuses, int operationCount)
{
    QJsonArray operations;
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        QJsonObject op {{QStringLiteral("id"), int(i)}, {QStringLiteral("status"), statuses.at(i)},
            {QStringLiteral("result_message"),
                statuses.at(i) == 1 ? QStringLiteral("Service execution success ") : QStringLiteral("")},
            {QStringLiteral("error_code"), statuses.at(i) == 3 ? QJsonValue(1) : QJsonValue(QJsonValue::Null)}};
        operations.append(op);
    }
    return QJsonObject {{QStringLiteral("operations_list"), operations},
        {QStringLiteral("bulk_id"), QStringLiteral("c9a5d3b2-0000-4a1b-9f00-1234567890ab")},
        {QStringLiteral("description"),
            QStringLiteral("Topic async.magento.catalog.api.productrepositoryinterface.save.put")},
        {QStringLiteral("start_time"), QStringLiteral("2026-01-01 12:00:00")}, {QStringLiteral("user_id"), 1},
        {QStringLiteral("operation_count"), operationCount}};
}

} // namespace

class TestMagentoBulk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestBodies()
    {
        BulkRequest request(QStringLiteral("/V1/products/{sku}"));
        QCOMPARE(request.servicePath(), QStringLiteral("/V1/products/bySku"));
        QVERIFY(!request.body().ok());
        request.add(object("{\"product\":{\"sku\":\"A/1\",\"price\":10}}"));
        request.add(QJsonObject(), {{QStringLiteral("sku"), QStringLiteral("B")}});
        request.add(object("{\"sku\":\"keep\"}"), {{QStringLiteral("sku"), QStringLiteral("other")}});
        Result<QByteArray> body = request.body();
        QVERIFY(body.ok());
        QCOMPARE(body.value(),
            QByteArray("[{\"product\":{\"price\":10,\"sku\":\"A/1\"}},{\"sku\":\"B\"},{\"sku\":\"keep\"}]"));

        BulkRequest big(QStringLiteral("/V1/products"));
        for (int i = 0; i < 12; ++i)
            big.add(
                QJsonObject {{QStringLiteral("product"), QJsonObject {{QStringLiteral("sku"), QString::number(i)}}}});
        const QList<BulkRequest> parts = big.split(5);
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(0).size(), 5);
        QCOMPARE(parts.at(2).size(), 2);
        QCOMPARE(parts.at(2)
                     .items()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("product"))
                     .toObject()
                     .value(QStringLiteral("sku")),
            QJsonValue(QStringLiteral("11")));
        QCOMPARE(parts.at(1).servicePath(), QStringLiteral("/V1/products"));
    }

    void asyncMethods()
    {
        QVERIFY(checkAsyncMethod("POST").ok());
        QVERIFY(checkAsyncMethod("put").ok());
        QVERIFY(checkAsyncMethod("PATCH").ok());
        QVERIFY(checkAsyncMethod("DELETE").ok());
        QVERIFY(checkAsyncMethod("GET").error().message.contains(QLatin1String("GET")));
        QVERIFY(checkAsyncMethod("HEAD").error().message.contains(QLatin1String("HEAD")));
    }

    void acceptedAnswer()
    {
        Result<BulkAccepted> accepted = parseBulkAccepted(
            object("{\n            \"bulk_uuid\": \"799a59c0-09ca-4d60-b432-2953986c1c38\",\n            "
                   "\"request_items\": [\n                {\"id\": 0, \"data_hash\": "
                   "\"0a7c4e7d7d8b5c0f6e2d1b3a9f8e7d6c5b4a39281706f5e4d3c2b1a098765432\", \"status\": \"accepted\"},\n "
                   "               {\"id\": 1, \"data_hash\": null, \"status\": \"rejected\", \"error_message\": "
                   "\"Invalid product data\", \"error_code\": 0}\n            ],\n            \"errors\": true}"));
        QVERIFY2(accepted.ok(), qPrintable(accepted.error().message));
        QCOMPARE(accepted->bulkUuid, QStringLiteral("799a59c0-09ca-4d60-b432-2953986c1c38"));
        QCOMPARE(accepted->requestItems.size(), 2);
        QVERIFY(accepted->requestItems.at(0).accepted());
        QCOMPARE(accepted->requestItems.at(0).dataHash.size(), 64);
        QVERIFY(!accepted->requestItems.at(1).accepted());
        QCOMPARE(accepted->requestItems.at(1).errorMessage, QStringLiteral("Invalid product data"));
        QVERIFY(accepted->errors);
        QCOMPARE(accepted->acceptedCount(), 1);
    }

    void badAcceptedAnswers_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("no uuid") << QByteArray("{\"message\":\"x\"}") << "no bulk_uuid";
        QTest::newRow("no items") << QByteArray("{\"bulk_uuid\":\"u\"}") << "no request_items";
        QTest::newRow("item not object") << QByteArray("{\"bulk_uuid\":\"u\",\"request_items\":[1]}")
                                         << "request_items[0]";
    }

    void badAcceptedAnswers()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorPart);
        Result<BulkAccepted> accepted = parseBulkAccepted(QJsonDocument::fromJson(json).object());
        QVERIFY(!accepted.ok());
        QVERIFY2(accepted.error().message.contains(errorPart), qPrintable(accepted.error().message));
    }

    void statusNames()
    {
        QCOMPARE(operationStatusName(1), QStringLiteral("complete"));
        QCOMPARE(operationStatusName(2), QStringLiteral("failed, can be retried"));
        QCOMPARE(operationStatusName(3), QStringLiteral("failed"));
        QCOMPARE(operationStatusName(4), QStringLiteral("open"));
        QCOMPARE(operationStatusName(5), QStringLiteral("rejected"));
        QCOMPARE(operationStatusName(9), QStringLiteral("unknown status 9"));
        QVERIFY(!operationStatusFromNumber(0));
        QCOMPARE(bulkSummaryStatusName(BulkSummaryStatus::NotStarted), QStringLiteral("not started"));
        QCOMPARE(bulkSummaryStatusName(BulkSummaryStatus::InProgress), QStringLiteral("in progress"));
        QCOMPARE(
            bulkSummaryStatusName(BulkSummaryStatus::FinishedSuccessfully), QStringLiteral("finished successfully"));
        QCOMPARE(
            bulkSummaryStatusName(BulkSummaryStatus::FinishedWithFailure), QStringLiteral("finished with failures"));
    }

    void summaryStatus_data()
    {
        QTest::addColumn<QList<int>>("statuses");
        QTest::addColumn<int>("operationCount");
        QTest::addColumn<int>("summary");
        QTest::addColumn<bool>("finished");
        QTest::newRow("all open") << QList<int> {4, 4, 4} << 3 << int(BulkSummaryStatus::NotStarted) << false;
        QTest::newRow("none listed yet") << QList<int>() << 3 << int(BulkSummaryStatus::NotStarted) << false;
        QTest::newRow("some done") << QList<int> {1, 4, 4} << 3 << int(BulkSummaryStatus::InProgress) << false;
        QTest::newRow("some failed, some open")
            << QList<int> {3, 4} << 2 << int(BulkSummaryStatus::InProgress) << false;
        QTest::newRow("listed done, more expected")
            << QList<int> {1, 1} << 3 << int(BulkSummaryStatus::InProgress) << false;
        QTest::newRow("all complete") << QList<int> {1, 1, 1} << 3 << int(BulkSummaryStatus::FinishedSuccessfully)
                                      << true;
        QTest::newRow("complete and failed")
            << QList<int> {1, 2, 3, 5} << 4 << int(BulkSummaryStatus::FinishedWithFailure) << true;
        QTest::newRow("all rejected") << QList<int> {5, 5} << 2 << int(BulkSummaryStatus::FinishedWithFailure) << true;
    }

    void summaryStatus()
    {
        QFETCH(QList<int>, statuses);
        QFETCH(int, operationCount);
        QFETCH(int, summary);
        QFETCH(bool, finished);
        Result<BulkStatus> status = parseBulkStatus(statusWith(statuses, operationCount));
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QCOMPARE(int(status->summaryStatus()), summary);
        QCOMPARE(status->isFinished(), finished);
        QVERIFY(status->progressText().contains(QStringLiteral(" of %1 (").arg(operationCount)));
    }

    void detailedStatus()
    {
        // Built in code: the serialized data holds JSON inside JSON strings, which raw string literals would need
        // backslashes for (and moc's lexer does not read those correctly).
        const QJsonObject product {
            {QStringLiteral("product"), QJsonObject {{QStringLiteral("sku"), QStringLiteral("A")}}}};
        const QJsonObject envelope {{QStringLiteral("entity_id"), QJsonValue::Null},
            {QStringLiteral("entity_link"), QString()},
            {QStringLiteral("meta_information"),
                QString::fromUtf8(QJsonDocument(product).toJson(QJsonDocument::Compact))}};
        const QJsonObject firstOp {{QStringLiteral("id"), 0},
            {QStringLiteral("topic_name"),
                QStringLiteral("async.magento.catalog.api.productrepositoryinterface.save.put")},
            {QStringLiteral("status"), 1},
            {QStringLiteral("result_message"),
                QStringLiteral(
                    "Service execution success Magento\\Catalog\\Model\\ProductRepository\\Interceptor::save")},
            {QStringLiteral("error_code"), QJsonValue::Null},
            {QStringLiteral("serialized_data"),
                QString::fromUtf8(QJsonDocument(envelope).toJson(QJsonDocument::Compact))},
            {QStringLiteral("result_serialized_data"), QStringLiteral("{\"id\":42,\"sku\":\"A\"}")}};
        const QJsonObject secondOp {{QStringLiteral("id"), 1}, {QStringLiteral("status"), 3},
            {QStringLiteral("result_message"), QStringLiteral("The \"price\" attribute value is empty.")},
            {QStringLiteral("error_code"), 0}, {QStringLiteral("serialized_data"), QStringLiteral("not json")},
            {QStringLiteral("result_serialized_data"), QJsonValue::Null}};
        QJsonObject answer
            = object("{\"bulk_id\": \"799a59c0-09ca-4d60-b432-2953986c1c38\", \"description\": \"Topic x\",\n          "
                     "  \"start_time\": \"2026-01-01 12:00:05\", \"user_id\": \"3\", \"operation_count\": 2}");
        answer.insert(QStringLiteral("operations_list"), QJsonArray {firstOp, secondOp});
        Result<BulkStatus> status = parseBulkStatus(answer);
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QCOMPARE(status->bulkUuid, QStringLiteral("799a59c0-09ca-4d60-b432-2953986c1c38"));
        QCOMPARE(status->startTime, QDateTime(QDate(2026, 1, 1), QTime(12, 0, 5), Qt::UTC));
        QCOMPARE(status->userId, 3);
        QCOMPARE(status->operationCount, 2);
        const BulkOperation* first = status->operation(0);
        QVERIFY(first);
        QVERIFY(first->isComplete());
        QCOMPARE(first->topicName, QStringLiteral("async.magento.catalog.api.productrepositoryinterface.save.put"));
        QCOMPARE(first->resultData.toObject().value(QStringLiteral("id")).toInt(), 42);
        QCOMPARE(first->serializedData.toObject().value(QStringLiteral("meta_information")).toString(),
            QStringLiteral("{\"product\":{\"sku\":\"A\"}}"));
        QVERIFY(!first->errorCode.has_value());
        const BulkOperation* second = status->operation(1);
        QVERIFY(second && second->isFailed());
        QCOMPARE(second->errorCode, std::optional<int>(0));
        QCOMPARE(second->serializedData, QJsonValue(QStringLiteral("not json")));
        QVERIFY(second->resultData.isNull());
        QVERIFY(!status->operation(7));
        QCOMPARE(status->count(OperationStatus::NotRetriablyFailed), 1);
        QCOMPARE(
            status->progressText(), QStringLiteral("Operations processed: 2 of 2 (1 complete, 1 failed, 0 open)."));
    }

    void badStatusAnswers_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("not a status") << QByteArray("{\"message\":\"Bulk uuid x not exist\"}") << "not a bulk status";
        QTest::newRow("operation not object")
            << QByteArray("{\"operations_list\":[3],\"operation_count\":1}") << "operations_list[0]";
        QTest::newRow("unknown status") << QByteArray(
            "{\"operations_list\":[{\"id\":0,\"status\":9}],\"operation_count\":1}")
                                        << "status 9";
    }

    void badStatusAnswers()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorPart);
        Result<BulkStatus> status = parseBulkStatus(QJsonDocument::fromJson(json).object());
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message.contains(errorPart), qPrintable(status.error().message));
    }

    void operationCounts()
    {
        QCOMPARE(parseOperationCount(" 17\n").value(), 17);
        QVERIFY(!parseOperationCount("\"x\"").ok());
        QVERIFY(!parseOperationCount("-1").ok());
        QCOMPARE(bulkStatusPath(QStringLiteral("abc-1")), QStringLiteral("/V1/bulk/abc-1/detailed-status"));
        QCOMPARE(bulkStatusPath(QStringLiteral("a/b"), false), QStringLiteral("/V1/bulk/a%2Fb/status"));
        QCOMPARE(bulkOperationCountPath(QStringLiteral("u"), OperationStatus::Open),
            QStringLiteral("/V1/bulk/u/operation-status/4"));
    }

    // The poller

    void followsToCompletion()
    {
        ManualClock clock;
        ManualTimers timers(clock);
        ScriptedStatus server;
        server.clock = &clock;
        server.script = {statusWith({4, 4, 4, 4}, 4), statusWith({1, 4, 4, 4}, 4), statusWith({1, 1, 3, 4}, 4),
            statusWith({1, 1, 3, 1}, 4)};
        BulkPoller poller(server.fetch(), clock, timers.delay());
        QSignalSpy progress(&poller, &BulkPoller::progress);
        QSignalSpy finished(&poller, &BulkPoller::finished);
        BulkPollOptions options;
        options.firstDelayMs = 1000;
        options.backoffFactor = 2;
        options.maxDelayMs = 3000;
        poller.start(QStringLiteral("c9a5d3b2"), options);
        QCOMPARE(server.paths.size(), 1); // first poll at once
        QCOMPARE(server.paths.first(), QStringLiteral("/V1/bulk/c9a5d3b2/detailed-status"));
        while (finished.isEmpty() && timers.fireNext()) { }
        QCOMPARE(finished.size(), 1);
        const auto status = finished.first().at(1).value<Status>();
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        const auto last = finished.first().at(0).value<BulkStatus>();
        QVERIFY(last.isFinished());
        QCOMPARE(last.summaryStatus(), BulkSummaryStatus::FinishedWithFailure);
        QCOMPARE(last.operation(2)->status, int(OperationStatus::NotRetriablyFailed));
        QCOMPARE(last.operation(3)->resultMessage, QStringLiteral("Service execution success "));
        QCOMPARE(progress.size(), 3);
        QCOMPARE(timers.requested, (QList<qint64> {1000, 2000, 3000}));
        QCOMPARE(server.times, (QList<qint64> {0, 1000, 3000, 6000}));
        QCOMPARE(poller.pollCount(), 4);
        QVERIFY(!poller.isRunning());
        QCOMPARE(timers.pendingCount(), 0);
    }

    void shortStatusRoute()
    {
        ManualClock clock;
        ManualTimers timers(clock);
        ScriptedStatus server;
        server.script = {statusWith({1}, 1)};
        BulkPoller poller(server.fetch(), clock, timers.delay());
        QSignalSpy finished(&poller, &BulkPoller::finished);
        BulkPollOptions options;
        options.detailed = false;
        poller.start(QStringLiteral("u"), options);
        QCOMPARE(server.paths, QStringList {QStringLiteral("/V1/bulk/u/status")});
        QCOMPARE(finished.size(), 1);
    }

    void timesOutWithAHint()
    {
        ManualClock clock;
        ManualTimers timers(clock);
        ScriptedStatus server;
        server.clock = &clock;
        server.script = {statusWith({4, 4}, 2)};
        BulkPoller poller(server.fetch(), clock, timers.delay());
        QSignalSpy finished(&poller, &BulkPoller::finished);
        BulkPollOptions options;
        options.firstDelayMs = 4000;
        options.backoffFactor = 1;
        options.timeoutMs = 10000;
        poller.start(QStringLiteral("u-1"), options);
        while (finished.isEmpty() && timers.fireNext()) { }
        QCOMPARE(finished.size(), 1);
        const auto status = finished.first().at(1).value<Status>();
        QVERIFY(!status.ok());
        const QString message = status.error().message;
        QVERIFY2(message.contains(QLatin1String("Bulk u-1 did not finish within 10 s.")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Operations processed: 0 of 2 (0 complete, 0 failed, 2 open).")),
            qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("async.operations.all")), qPrintable(message));
        // Polls at 0, 4 s, 8 s and one last at the deadline, not past it.
        QCOMPARE(server.times, (QList<qint64> {0, 4000, 8000, 10000}));
        QCOMPARE(clock.monotonicMs(), 10000);
    }

    void slowConsumerHint()
    {
        ManualClock clock;
        ManualTimers timers(clock);
        ScriptedStatus server;
        server.script = {statusWith({1, 4}, 2)};
        BulkPoller poller(server.fetch(), clock, timers.delay());
        QSignalSpy finished(&poller, &BulkPoller::finished);
        BulkPollOptions options;
        options.timeoutMs = 3 * 60 * 1000;
        poller.start(QStringLiteral("u"), options);
        while (finished.isEmpty() && timers.fireNext()) { }
        const QString message = finished.first().at(1).value<Status>().error().message;
        QVERIFY2(message.contains(QLatin1String("within 3 min")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("working but slowly")), qPrintable(message));
    }

    void failedPollsRetryThenGiveUp()
    {
        ManualClock clock;
        ManualTimers timers(clock);
        ScriptedStatus server;
        server.script = {Error(QStringLiteral("connection refused")), Error(QStringLiteral("connection refused")),
            statusWith({4}, 1), Error(QStringLiteral("timeout")), Error(QStringLiteral("timeout")),
            Error(QStringLiteral("HTTP 404: Bulk uuid u not exist"))};
        BulkPoller poller(server.fetch(), clock, timers.delay());
        QSignalSpy finished(&poller, &BulkPoller::finished);
        poller.start(QStringLiteral("u"));
        while (finished.isEmpty() && timers.fireNext()) { }
        QCOMPARE(server.paths.size(), 6); // two failures were forgiven by the success in between
        const QString message = finished.first().at(1).value<Status>().error().message;
        QVERIFY2(message.contains(QLatin1String("3 times in a row")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Bulk uuid u not exist")), qPrintable(message));
        QCOMPARE(finished.first().at(0).value<BulkStatus>().operationCount, 1);
    }

    void unreadableStatusStops()
    {
        ManualClock clock;
        ManualTimers timers(clock);
        ScriptedStatus server;
        server.script = {object("{\"message\":\"x\"}")};
        BulkPoller poller(server.fetch(), clock, timers.delay());
        QSignalSpy finished(&poller, &BulkPoller::finished);
        poller.start(QStringLiteral("u"));
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.first().at(1).value<Status>().error().message.contains(QLatin1String("not a bulk status")));
    }

    void expectedOperations()
    {
        // Magento lists two complete operations; the request had three accepted items, so it is not done yet.
        ManualClock clock;
        ManualTimers timers(clock);
        ScriptedStatus server;
        QJsonObject partial = statusWith({1, 1}, 0);
        partial.remove(QStringLiteral("operation_count"));
        server.script = {partial, statusWith({1, 1, 1}, 3)};
        BulkPoller poller(server.fetch(), clock, timers.delay());
        QSignalSpy progress(&poller, &BulkPoller::progress);
        QSignalSpy finished(&poller, &BulkPoller::finished);
        BulkPollOptions options;
        options.expectedOperations = 3;
        poller.start(QStringLiteral("u"), options);
        QCOMPARE(progress.size(), 1);
        QCOMPARE(progress.first().at(0).value<BulkStatus>().count(OperationStatus::Open), 1);
        while (finished.isEmpty() && timers.fireNext()) { }
        QVERIFY(finished.first().at(1).value<Status>().ok());
    }

    void cancelStopsTimers()
    {
        ManualClock clock;
        ManualTimers timers(clock);
        ScriptedStatus server;
        server.script = {statusWith({4}, 1)};
        BulkPoller poller(server.fetch(), clock, timers.delay());
        QSignalSpy finished(&poller, &BulkPoller::finished);
        poller.start(QStringLiteral("u"));
        QCOMPARE(timers.pendingCount(), 1);
        poller.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.first().at(1).value<Status>().error().message.contains(QLatin1String("cancelled")));
        QVERIFY(timers.fireNext());
        QCOMPARE(server.paths.size(), 1); // the timer fired into nothing
        poller.cancel();
        QCOMPARE(finished.size(), 1);
    }

    void emptyUuid()
    {
        ManualClock clock;
        ManualTimers timers(clock);
        ScriptedStatus server;
        BulkPoller poller(server.fetch(), clock, timers.delay());
        QSignalSpy finished(&poller, &BulkPoller::finished);
        poller.start(QStringLiteral("  "));
        QCOMPARE(finished.size(), 1);
        QVERIFY(server.paths.isEmpty());
    }

    void lateAnswerAfterDestruction()
    {
        ManualClock clock;
        ManualTimers timers(clock);
        std::function<void(Result<QJsonObject>)> pending;
        auto poller = std::make_unique<BulkPoller>(
            [&](const QString&, std::function<void(Result<QJsonObject>)> done) { pending = std::move(done); }, clock,
            timers.delay());
        poller->start(QStringLiteral("u"));
        poller.reset();
        pending(statusWith({1}, 1));
        QCOMPARE(timers.pendingCount(), 0);
    }

    void qtDelayFires()
    {
        QObject context;
        DelayFunction delay = qtDelay(&context);
        bool fired = false;
        delay(0, [&fired] { fired = true; });
        QVERIFY(!fired);
        QTRY_VERIFY(fired);
        bool never = false;
        {
            QObject gone;
            DelayFunction goneDelay = qtDelay(&gone);
            goneDelay(0, [&never] { never = true; });
            // `gone` is destroyed before the event loop runs: nothing fires.
        }
        QTest::qWait(5);
        QVERIFY(!never);
    }
};

QTEST_GUILESS_MAIN(TestMagentoBulk)
#include "test_magento_bulk.moc"
