#include "core/magento/bulkpoller.h"

#include <algorithm>
#include <memory>
#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace studio::magento {

namespace {

// lupdate files tr() calls of free functions under the namespace; translate them under the same name.
QString tr(const char* text)
{
    return QCoreApplication::translate("studio::magento", text);
}

QString durationText(qint64 ms)
{
    if (ms < 120 * 1000)
        return tr("%1 s").arg(ms / 1000);
    return tr("%1 min").arg(ms / 60000);
}

} // namespace

DelayFunction qtDelay(QObject* context)
{
    QPointer<QObject> guard(context);
    return [guard](qint64 delayMs, std::function<void()> callback) {
        if (!guard)
            return;
        QTimer::singleShot(std::chrono::milliseconds(std::max<qint64>(0, delayMs)), guard.data(), std::move(callback));
    };
}

BulkPoller::BulkPoller(PathFetch fetch, Clock& clock, DelayFunction delay, QObject* parent)
    : QObject(parent)
    , m_fetch(std::move(fetch))
    , m_clock(clock)
    , m_delay(std::move(delay))
{ }

BulkPoller::~BulkPoller()
{
    ++m_generation;
}

void BulkPoller::start(const QString& bulkUuid, const BulkPollOptions& options)
{
    ++m_generation;
    m_uuid = bulkUuid.trimmed();
    m_options = options;
    m_last = BulkStatus();
    m_polls = 0;
    m_failures = 0;
    m_lastFailure.clear();
    m_running = true;
    if (m_uuid.isEmpty()) {
        finish(Error(tr("There is no bulk to follow: the bulk UUID is empty.")));
        return;
    }
    m_deadlineMs = m_clock.monotonicMs() + std::max<qint64>(0, m_options.timeoutMs);
    m_nextDelayMs = std::max<qint64>(1, m_options.firstDelayMs);
    poll();
}

void BulkPoller::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    finish(Error(tr("Following bulk %1 was cancelled.").arg(m_uuid)));
}

void BulkPoller::poll()
{
    ++m_polls;
    const quint64 generation = m_generation;
    QPointer<BulkPoller> self(this);
    auto answered = std::make_shared<bool>(false);
    m_fetch(bulkStatusPath(m_uuid, m_options.detailed), [self, generation, answered](Result<QJsonObject> answer) {
        if (*answered || !self || self->m_generation != generation || !self->m_running)
            return;
        *answered = true;
        self->handleAnswer(std::move(answer));
    });
}

void BulkPoller::handleAnswer(Result<QJsonObject> answer)
{
    if (!answer) {
        m_lastFailure = answer.error().message;
        if (++m_failures >= std::max(1, m_options.maxConsecutiveFailures)) {
            finish(Error(tr("The status of bulk %1 could not be read %2 times in a row: %3")
                             .arg(m_uuid)
                             .arg(m_failures)
                             .arg(m_lastFailure)));
            return;
        }
        scheduleNext();
        return;
    }
    Result<BulkStatus> status = parseBulkStatus(answer.value());
    if (!status) {
        finish(Error(tr("Bulk %1: %2").arg(m_uuid, status.error().message)));
        return;
    }
    m_failures = 0;
    m_last = std::move(status).value();
    if (m_last.bulkUuid.isEmpty())
        m_last.bulkUuid = m_uuid;
    if (m_options.expectedOperations > m_last.operationCount)
        m_last.operationCount = m_options.expectedOperations;
    if (m_last.isFinished()) {
        finish({});
        return;
    }
    const quint64 generation = m_generation;
    QPointer<BulkPoller> self(this);
    Q_EMIT progress(m_last);
    if (!self || m_generation != generation || !m_running)
        return;
    scheduleNext();
}

void BulkPoller::scheduleNext()
{
    const qint64 now = m_clock.monotonicMs();
    if (now >= m_deadlineMs) {
        QString message = tr("Bulk %1 did not finish within %2.").arg(m_uuid, durationText(m_options.timeoutMs));
        const bool statusRead = !m_last.bulkUuid.isEmpty();
        if (statusRead) {
            message += u' ' + m_last.progressText();
            if (m_last.processedCount() == 0)
                message += u' '
                    + tr("Nothing has been processed: Magento runs bulk operations in the consumer "
                         "async.operations.all, which needs RabbitMQ (AMQP) and must be running (bin/magento "
                         "queue:consumers:start async.operations.all, or cron with consumers_runner enabled).");
            else
                message += u' ' + tr("The consumer async.operations.all is working but slowly; check again later.");
        }
        if (!m_lastFailure.isEmpty() && m_failures > 0)
            message += u' ' + tr("The last status request failed: %1").arg(m_lastFailure);
        finish(Error(message));
        return;
    }
    // Wait no longer than the deadline, so the last poll happens right at it.
    const qint64 wait = std::min(m_nextDelayMs, m_deadlineMs - now);
    m_nextDelayMs = std::min<qint64>(std::max<qint64>(1, m_options.maxDelayMs),
        qint64(double(m_nextDelayMs) * std::max(1.0, m_options.backoffFactor)));
    const quint64 generation = m_generation;
    QPointer<BulkPoller> self(this);
    m_delay(wait, [self, generation] {
        if (!self || self->m_generation != generation || !self->m_running)
            return;
        self->poll();
    });
}

void BulkPoller::finish(const Status& status)
{
    m_running = false;
    ++m_generation;
    Q_EMIT finished(m_last, status);
}

} // namespace studio::magento
