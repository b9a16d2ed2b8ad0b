#pragma once

#include "core/common/clock.h"

#include <functional>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>

class QTimer;

namespace studio::net {

/// The timer behind every wait of the HTTP engine (backoff, Retry-After, rate limiting, token refresh), paired
/// with the clock those waits are measured on. Production code uses SystemScheduler; tests inject a
/// ManualScheduler so that a 30-second backoff takes no real time and its length can be checked exactly.
class Scheduler
{
public:
    using TimerId = quint64;

    virtual ~Scheduler() = default;

    /// The clock that delays are measured on.
    virtual Clock& clock() = 0;
    /// Runs `task` on the thread of `context` after `delayMs` (0 = on the next turn of the event loop, never
    /// inside this call). Nothing runs when `context` is destroyed first or the timer is cancelled.
    virtual TimerId schedule(qint64 delayMs, QObject* context, std::function<void()> task) = 0;
    /// Cancels a timer that has not fired yet; unknown or fired ids are ignored.
    virtual void cancel(TimerId id) = 0;
};

/// The real scheduler: QTimer on the real clock. Thread-safe; schedule() must be called on the thread of `context`.
class SystemScheduler final : public QObject, public Scheduler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemScheduler)

public:
    explicit SystemScheduler(QObject* parent = nullptr);
    ~SystemScheduler() override;

    Clock& clock() override;
    TimerId schedule(qint64 delayMs, QObject* context, std::function<void()> task) override;
    void cancel(TimerId id) override;

private:
    QMutex m_mutex;
    QHash<TimerId, QPointer<QTimer>> m_timers;
    TimerId m_nextId = 1;
};

/// The scheduler of the process-wide engine when none is injected.
Scheduler& systemScheduler();

/// A scheduler for tests over a ManualClock: timers fire only when the test moves time (advanceMs(),
/// runNext()), or — in auto-advance mode — one by one on the event loop, each after the clock has been moved to
/// its due time. Either way no real time passes, and every requested delay is kept in delays() for assertions.
class ManualScheduler final : public QObject, public Scheduler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualScheduler)

public:
    explicit ManualScheduler(ManualClock& clock, QObject* parent = nullptr);
    ~ManualScheduler() override;

    Clock& clock() override;
    TimerId schedule(qint64 delayMs, QObject* context, std::function<void()> task) override;
    void cancel(TimerId id) override;

    /// Moves the clock forward by `ms`, firing the timers that fall due on the way, in due order.
    void advanceMs(qint64 ms);
    /// Moves the clock to the earliest pending timer and fires it; false when none is pending.
    bool runNext();
    /// When on, pending timers fire by themselves on the event loop (earliest first) as if their time had come.
    void setAutoAdvance(bool on);
    int pendingCount() const;
    /// Every delay requested so far, in order of the schedule() calls.
    const QList<qint64>& delays() const { return m_delays; }
    void clearDelays() { m_delays.clear(); }

private:
    struct Pending
    {
        TimerId id;
        qint64 dueMs;
        QPointer<QObject> context;
        bool hasContext;
        std::function<void()> task;
    };

    void pump();
    void firePending(Pending pending);
    qsizetype earliestIndex() const;

    ManualClock& m_clock;
    QList<Pending> m_pending;
    QList<qint64> m_delays;
    TimerId m_nextId = 1;
    bool m_autoAdvance = false;
    bool m_pumpQueued = false;
};

} // namespace studio::net
