#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/magento/bulk.h"

#include <functional>
#include <QJsonObject>
#include <QObject>
#include <QString>

namespace studio::magento {

/// Fetches a Magento service path with GET: called with an encoded path such as "/V1/bulk/<uuid>/detailed-status"
/// (for MagentoUrl::rest()); calls `done` exactly once, synchronously or later, on the caller's thread.
using PathFetch
    = std::function<void(const QString& servicePath, std::function<void(Result<QJsonObject> response)> done)>;

/// Runs `callback` once after `delayMs`; the timer abstraction behind every wait of the poller, so tests can drive
/// time by hand. A callback that fires after its poller is gone or cancelled does nothing.
using DelayFunction = std::function<void(qint64 delayMs, std::function<void()> callback)>;

/// A DelayFunction over QTimer::singleShot on `context`'s thread; nothing fires once `context` is destroyed.
DelayFunction qtDelay(QObject* context);

/// How a BulkPoller follows a bulk.
struct BulkPollOptions
{
    bool detailed = true;              ///< detailed-status (with each operation's data and result) or status
    qint64 firstDelayMs = 1000;        ///< the wait before the second poll (the first one is immediate)
    qint64 maxDelayMs = 15000;         ///< the longest wait between polls
    double backoffFactor = 1.5;        ///< each wait is this many times the previous one, up to maxDelayMs
    qint64 timeoutMs = 10 * 60 * 1000; ///< give up when the bulk has not finished after this long
    int maxConsecutiveFailures = 3;    ///< give up after this many failed polls in a row
    /// Operations the bulk must have (e.g. the accepted request items); when Magento lists fewer, the missing
    /// ones count as open. 0 = trust Magento's operation_count.
    int expectedOperations = 0;
};

/// Follows an async bulk to completion by polling GET /V1/bulk/{uuid}/(detailed-)status with growing waits, and
/// reports per-operation results. Gives up at a deadline measured on an injected Clock, with a sentence that says
/// how far the bulk got and what usually keeps bulks from finishing (the async.operations.all consumer).
///
/// Asynchronous and callback-driven; lives on one thread. cancel() or destroying the poller makes late answers
/// and timers harmless.
class BulkPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkPoller)

public:
    BulkPoller(PathFetch fetch, Clock& clock, DelayFunction delay, QObject* parent = nullptr);
    ~BulkPoller() override;

    /// Starts following a bulk (a running follow is abandoned). The first poll happens at once.
    void start(const QString& bulkUuid, const BulkPollOptions& options = BulkPollOptions());
    /// Stops; emits finished() with an error saying so.
    void cancel();

    bool isRunning() const { return m_running; }
    /// The last status read (empty before the first answer).
    const BulkStatus& lastStatus() const { return m_last; }
    /// Polls sent so far in the current follow.
    int pollCount() const { return m_polls; }

Q_SIGNALS:
    /// Every status read while the bulk is not finished yet.
    void progress(const studio::magento::BulkStatus& status);
    /// The follow ended. `status` is ok when every operation was processed — check each operation's status for
    /// failures; otherwise it says why following stopped (timeout, repeated fetch errors, cancel), and `last` holds
    /// what was known.
    void finished(const studio::magento::BulkStatus& last, const studio::Status& status);

private:
    void poll();
    void handleAnswer(Result<QJsonObject> answer);
    void scheduleNext();
    void finish(const Status& status);

    PathFetch m_fetch;
    Clock& m_clock;
    DelayFunction m_delay;
    QString m_uuid;
    BulkPollOptions m_options;
    BulkStatus m_last;
    bool m_running = false;
    quint64 m_generation = 0;
    qint64 m_deadlineMs = 0;
    qint64 m_nextDelayMs = 0;
    int m_polls = 0;
    int m_failures = 0;
    QString m_lastFailure;
};

} // namespace studio::magento
