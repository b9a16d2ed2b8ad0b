#include "core/common/clock.h"

#include <QElapsedTimer>

namespace studio {

namespace {

class SystemClock final : public Clock
{
public:
    SystemClock() { m_timer.start(); }
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 monotonicMs() const override { return m_timer.elapsed(); }

private:
    QElapsedTimer m_timer;
};

} // namespace

Clock& systemClock()
{
    static SystemClock clock;
    return clock;
}

ManualClock::ManualClock(QDateTime start)
    : m_now(std::move(start))
{ }

QDateTime ManualClock::now() const
{
    return m_now;
}

qint64 ManualClock::monotonicMs() const
{
    return m_monotonic;
}

void ManualClock::advanceMs(qint64 ms)
{
    m_now = m_now.addMSecs(ms);
    m_monotonic += ms;
}

void ManualClock::setNow(const QDateTime& now)
{
    const qint64 delta = m_now.msecsTo(now);
    m_now = now;
    if (delta > 0)
        m_monotonic += delta;
}

} // namespace studio
