#include "core/json/worker.h"

#include <algorithm>
#include <QThread>
#include <QThreadPool>
#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace studio::json {

QThreadPool* workerPool()
{
    // Created on first use and never destroyed: a pool destroyed with the static objects would wait for jobs
    // whose receivers (and the application) are already gone. Jobs poll their cancel flag, so none outlives
    // its receiver by more than a few milliseconds anyway.
    static QThreadPool* const pool = [] {
        auto* p = new QThreadPool;
        p->setObjectName(QStringLiteral("studio-json-workers"));
        p->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        return p;
    }();
    return pool;
}

namespace {

/// Lowers the calling worker thread's scheduling priority once: formatting 50 MB must never take CPU time the UI
/// thread wants (on a 2-core machine a worker at equal priority can delay the event loop by a time slice or
/// more). QThread priorities do nothing for normal threads on Linux, so there the thread's nice value is raised.
void lowerPriorityOnce()
{
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
#ifdef Q_OS_LINUX
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

} // namespace

std::shared_ptr<WorkerRelay> WorkerRelay::create(QObject* receiver)
{
    // deleteLater(): the last reference may be dropped on a worker thread, but a QObject is destroyed on its own.
    return std::shared_ptr<WorkerRelay>(new WorkerRelay(receiver), [](WorkerRelay* relay) { relay->deleteLater(); });
}

WorkerRelay::WorkerRelay(QObject* receiver)
    : m_receiver(receiver)
{
    if (receiver)
        moveToThread(receiver->thread());
}

void WorkerRelay::post(std::function<void()> function)
{
    if (m_cancelled.load(std::memory_order_relaxed))
        return;
    // The relay is the context: Qt drops the call if the relay is destroyed first, so the call need not keep it
    // alive. (Holding a reference in the queued call would be worse: an application shutting down destroys
    // undelivered calls while it holds the event queue's lock, and a last reference dropped there would post the
    // relay's deleteLater() into that same locked queue.)
    QMetaObject::invokeMethod(
        this,
        [this, function = std::move(function)] {
            if (!m_cancelled.load() && m_receiver)
                function();
        },
        Qt::QueuedConnection);
}

void WorkerRelay::cancel()
{
    m_cancelled.store(true);
}

bool WorkerRelay::isCancelled() const
{
    return m_cancelled.load(std::memory_order_relaxed);
}

std::shared_ptr<WorkerRelay> startJob(QObject* receiver, std::function<void(const std::shared_ptr<WorkerRelay>&)> job)
{
    auto relay = WorkerRelay::create(receiver);
    workerPool()->start([relay, job = std::move(job)] {
        lowerPriorityOnce();
        if (!relay->isCancelled())
            job(relay);
    });
    return relay;
}

std::shared_ptr<WorkerRelay> startGlobalJob(
    QObject* receiver, std::function<void(const std::shared_ptr<WorkerRelay>&)> job)
{
    auto relay = WorkerRelay::create(receiver);
    QThreadPool::globalInstance()->start([relay, job = std::move(job)] {
        if (!relay->isCancelled())
            job(relay);
    });
    return relay;
}

} // namespace studio::json
