#pragma once

#include <QDateTime>

namespace studio {

/// The source of "now" for anything that expires or waits: tokens, backoff, schedules, retention.
/// Production code uses systemClock(); tests inject a ManualClock and move time by hand.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Wall-clock time in UTC.
    virtual QDateTime now() const = 0;
    /// Milliseconds on a clock that never goes backwards (for durations and deadlines).
    virtual qint64 monotonicMs() const = 0;
};

/// The real clock.
Clock& systemClock();

/// A clock that stands still until advanced; for deterministic tests.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));

    QDateTime now() const override;
    qint64 monotonicMs() const override;
    void advanceMs(qint64 ms);
    void setNow(const QDateTime& now);

private:
    QDateTime m_now;
    qint64 m_monotonic = 0;
};

} // namespace studio
