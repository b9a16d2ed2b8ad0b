#pragma once

#include "core/common/result.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <QString>
#include <thread>

namespace studio {
class LogReader;
}

namespace studio::ui {

/// A thread with its own connection to a request log, for the log browser's queries: the UI thread posts
/// jobs and never runs a query itself. Jobs run one at a time in the order they were posted; each gets the
/// thread's LogReader (nullptr while no log is open, with the reason in `openError`). Jobs report back by
/// emitting signals of objects living on the UI thread (queued connections).
///
/// The owner must call stop() (or destroy the worker) before the objects its jobs refer to go away: stop()
/// drops jobs not started yet and waits for the running one.
class LogWorker final
{
public:
    /// What a job gets: the reader, or the reason there is none.
    struct Context
    {
        LogReader* reader = nullptr;
        QString openError;
    };
    using Job = std::function<void(Context&)>;

    LogWorker();
    ~LogWorker();
    LogWorker(const LogWorker&) = delete;
    LogWorker& operator=(const LogWorker&) = delete;

    /// Opens the log at `path` on the thread, after the jobs posted before (an empty path closes it).
    void open(const QString& path);
    /// Queues a job.
    void post(Job job);
    /// Drops the jobs not started yet (e.g. queries for a filter that was replaced).
    void clearQueue();
    /// Drops queued jobs, waits for the running one and ends the thread. Idempotent.
    void stop();
    /// True when no job is queued or running (open() jobs count too).
    bool isIdle() const { return m_pending.load() == 0; }

private:
    void run();

    struct Item
    {
        Job job;
        bool opens = false; ///< an open() job: kept by clearQueue(), later jobs depend on it
    };

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Item> m_queue;
    bool m_stopping = false;
    std::atomic_int m_pending {0}; ///< jobs queued or running
    // Thread only:
    std::unique_ptr<LogReader> m_reader;
    QString m_openError;
    // Last: started once everything above exists.
    std::thread m_thread;
};

/// A counter shared by the UI thread and workers: the UI raises it when what was asked for changes (a new filter),
/// and jobs started for an older value give up instead of running stale queries.
class Generation final
{
public:
    /// A new value; jobs holding an older one are stale from now on.
    quint64 next() { return ++m_value; }
    quint64 current() const { return m_value.load(); }
    bool isCurrent(quint64 value) const { return m_value.load() == value; }

private:
    std::atomic<quint64> m_value {0};
};

} // namespace studio::ui
