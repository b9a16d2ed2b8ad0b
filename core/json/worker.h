#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <QObject>
#include <QPointer>

class QThreadPool;

namespace studio::json {

/// The thread pool the body viewer's parsing, printing, indexing and search run on. Separate from the global
/// pool, so a long formatting job never delays other parts of the studio that use the global one. Jobs started
/// with startJob() run at a lower scheduling priority than the UI thread.
QThreadPool* workerPool();

/// The link between one background job and the object waiting for its results (usually a widget on the UI
/// thread). The job calls post() from its thread; the posted function runs later on the receiver's thread —
/// never after the receiver is destroyed and never after cancel(). The job polls isCancelled() (or the flag) to
/// stop early. Created with create(); the job and the receiver share it.
class WorkerRelay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkerRelay)

public:
    /// A relay that delivers on `receiver`'s thread while `receiver` lives. Call on `receiver`'s thread.
    static std::shared_ptr<WorkerRelay> create(QObject* receiver);

    /// From any thread: runs `function` on the receiver's thread later, unless cancelled or the receiver is gone.
    void post(std::function<void()> function);
    /// Stops deliveries (effective immediately for the receiver's thread) and asks the job to stop.
    void cancel();
    bool isCancelled() const;
    /// The flag jobs poll; set by cancel().
    const std::atomic_bool& cancelFlag() const { return m_cancelled; }

private:
    explicit WorkerRelay(QObject* receiver);

    QPointer<QObject> m_receiver;
    std::atomic_bool m_cancelled {false};
};

/// Runs `job` on workerPool() with a relay to `receiver`: the usual way to start a viewer job. Returns the relay
/// so the caller can cancel it.
std::shared_ptr<WorkerRelay> startJob(QObject* receiver, std::function<void(const std::shared_ptr<WorkerRelay>&)> job);

/// Runs `job` on the application's global thread pool with a relay to `receiver`: for work that must not queue
/// behind the viewer's formatting jobs on workerPool() (reading files, parsing schemas, imports, exports). A job
/// whose relay is cancelled before it starts does not run. Keep the returned relay until the results arrived.
std::shared_ptr<WorkerRelay> startGlobalJob(
    QObject* receiver, std::function<void(const std::shared_ptr<WorkerRelay>&)> job);

} // namespace studio::json
