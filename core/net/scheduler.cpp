#include "core/net/scheduler.h"

#include <algorithm>
#include <limits>
#include <QMutexLocker>
#include <QTimer>

namespace studio::net {

SystemScheduler::SystemScheduler(QObject* parent)
    : QObject(parent)
{ }

SystemScheduler::~SystemScheduler() = default;

Clock& SystemScheduler::clock()
{
    return systemClock();
}

Scheduler::TimerId SystemScheduler::schedule(qint64 delayMs, QObject* context, std::function<void()> task)
{
    const int delay = int(std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max()));
    // The timer is a child of the context: it dies with it, and it fires on the context's thread.
    auto* timer = new QTimer(context);
    timer->setSingleShot(true);
    timer->setTimerType(delay < 2000 ? Qt::PreciseTimer : Qt::CoarseTimer);
    TimerId id = 0;
    {
        QMutexLocker lock(&m_mutex);
        id = m_nextId++;
        m_timers.insert(id, timer);
    }
    connect(timer, &QTimer::timeout, context, [this, id, timer, task = std::move(task)]() {
        {
            QMutexLocker lock(&m_mutex);
            m_timers.remove(id);
        }
        timer->deleteLater();
        task();
    });
    connect(
        timer, &QObject::destroyed, this,
        [this, id]() {
            QMutexLocker lock(&m_mutex);
            m_timers.remove(id);
        },
        Qt::DirectConnection);
    timer->start(delay);
    return id;
}

void SystemScheduler::cancel(TimerId id)
{
    QPointer<QTimer> timer;
    {
        QMutexLocker lock(&m_mutex);
        timer = m_timers.take(id);
    }
    if (timer) {
        timer->stop();
        timer->deleteLater();
    }
}

Scheduler& systemScheduler()
{
    static SystemScheduler scheduler;
    return scheduler;
}

ManualScheduler::ManualScheduler(ManualClock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{ }

ManualScheduler::~ManualScheduler() = default;

Clock& ManualScheduler::clock()
{
    return m_clock;
}

Scheduler::TimerId ManualScheduler::schedule(qint64 delayMs, QObject* context, std::function<void()> task)
{
    const qint64 delay = std::max<qint64>(0, delayMs);
    m_delays.append(delay);
    const TimerId id = m_nextId++;
    m_pending.append(Pending {id, m_clock.monotonicMs() + delay, context, context != nullptr, std::move(task)});
    // A zero delay means "on the next turn of the event loop", in both modes: run it without the test's help.
    if (m_autoAdvance || delay == 0) {
        if (!m_pumpQueued) {
            m_pumpQueued = true;
            QMetaObject::invokeMethod(this, &ManualScheduler::pump, Qt::QueuedConnection);
        }
    }
    return id;
}

void ManualScheduler::cancel(TimerId id)
{
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending.at(i).id == id) {
            m_pending.removeAt(i);
            return;
        }
    }
}

qsizetype ManualScheduler::earliestIndex() const
{
    qsizetype best = -1;
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (best < 0 || m_pending.at(i).dueMs < m_pending.at(best).dueMs)
            best = i;
    }
    return best;
}

void ManualScheduler::firePending(Pending pending)
{
    if (pending.hasContext && !pending.context)
        return;
    pending.task();
}

void ManualScheduler::advanceMs(qint64 ms)
{
    const qint64 target = m_clock.monotonicMs() + std::max<qint64>(0, ms);
    for (;;) {
        const qsizetype index = earliestIndex();
        if (index < 0 || m_pending.at(index).dueMs > target)
            break;
        Pending pending = m_pending.takeAt(index);
        if (pending.dueMs > m_clock.monotonicMs())
            m_clock.advanceMs(pending.dueMs - m_clock.monotonicMs());
        firePending(std::move(pending));
    }
    if (target > m_clock.monotonicMs())
        m_clock.advanceMs(target - m_clock.monotonicMs());
}

bool ManualScheduler::runNext()
{
    const qsizetype index = earliestIndex();
    if (index < 0)
        return false;
    Pending pending = m_pending.takeAt(index);
    if (pending.dueMs > m_clock.monotonicMs())
        m_clock.advanceMs(pending.dueMs - m_clock.monotonicMs());
    firePending(std::move(pending));
    return true;
}

void ManualScheduler::setAutoAdvance(bool on)
{
    m_autoAdvance = on;
    if (on && !m_pending.isEmpty() && !m_pumpQueued) {
        m_pumpQueued = true;
        QMetaObject::invokeMethod(this, &ManualScheduler::pump, Qt::QueuedConnection);
    }
}

int ManualScheduler::pendingCount() const
{
    return int(m_pending.size());
}

void ManualScheduler::pump()
{
    m_pumpQueued = false;
    const qsizetype index = earliestIndex();
    if (index < 0)
        return;
    // Without auto-advance only timers that are already due run here (the zero-delay ones).
    if (!m_autoAdvance && m_pending.at(index).dueMs > m_clock.monotonicMs())
        return;
    runNext();
    const qsizetype next = earliestIndex();
    if (next >= 0 && (m_autoAdvance || m_pending.at(next).dueMs <= m_clock.monotonicMs()) && !m_pumpQueued) {
        m_pumpQueued = true;
        QMetaObject::invokeMethod(this, &ManualScheduler::pump, Qt::QueuedConnection);
    }
}

} // namespace studio::net
