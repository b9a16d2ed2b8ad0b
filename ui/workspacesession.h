#pragma once

#include "core/common/result.h"
#include "core/secrets/secretstore.h"
#include "core/workspace/workspace.h"

#include <functional>
#include <memory>
#include <optional>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>

namespace studio {
class RequestLog;
class RequestRecorder;
} // namespace studio

namespace studio::ui {

/// The workspace the window shows, shared by all views, and the only way the UI changes it.
///
/// Every disk access (open, create, save, delete) runs on a private one-thread pool, so the UI thread never
/// waits on the disk and changes are applied in the order they were asked for. The worker owns the
/// authoritative Workspace; after each change the UI receives a fresh copy (workspace()) and changed().
/// The session also carries what all views need to agree on: the active environment and the SecretStore.
class WorkspaceSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceSession)

public:
    using Done = std::function<void(Status)>;
    using Change = std::function<Status(Workspace&)>;

    explicit WorkspaceSession(QObject* parent = nullptr);
    /// Waits for a save that is still running, so no change is lost on exit.
    ~WorkspaceSession() override;

    /// The UI's copy of the open workspace; nullptr while none is open.
    const Workspace* workspace() const;
    bool isOpen() const { return workspace() != nullptr; }
    /// True while an open or a change is running on the worker.
    bool isBusy() const { return m_pending > 0; }

    /// Opens a workspace folder; emits opened() or openFailed().
    void open(const QString& folder);
    /// Creates a workspace in an empty or missing folder and opens it; emits opened() or openFailed().
    void create(const QString& folder, const QString& name);
    /// Installs the demo workspace into `folder` (unless one is there already) and opens it.
    void openDemo(const QString& folder);
    /// Closes the workspace (the view shows "no workspace"); emits closed().
    void close();

    /// Applies `change` to the workspace on the worker. `done` runs afterwards on the UI thread (unless
    /// `context` is gone), after workspace() already shows the result and changed() has been emitted.
    void modify(Change change, QObject* context, Done done = {});

    /// Name of the environment whose variables are used; empty = none. Remembered per workspace.
    QString activeEnvironmentName() const { return m_activeEnvironment; }
    /// The active environment, or nullptr when none is chosen or it no longer exists.
    const Environment* activeEnvironment() const;
    void setActiveEnvironment(const QString& name);

    /// The request log of the open workspace (<workspace>/.studio/requests.db), which every request the UI makes
    /// is recorded in; nullptr while none is open or when it could not be opened (see requestLogProblem()).
    RequestRecorder* requestRecorder() const;
    /// Why the request log could not be opened; empty when it is open.
    QString requestLogProblem() const { return m_requestLogProblem; }

    /// Where secrets go; nullptr while no store is available (no keychain and no unlocked vault).
    SecretStore* secretStore() const { return m_secretStore; }
    /// Sets the store (not owned; it must outlive its use or be reset here first).
    void setSecretStore(SecretStore* store);

Q_SIGNALS:
    /// A workspace was opened or created; workspace() is the new one.
    void opened();
    void openFailed(const studio::Error& error, const QString& folder);
    void closed();
    /// The open workspace changed (endpoint or environment saved, renamed or removed).
    void changed();
    void activeEnvironmentChanged(const QString& name);
    void secretStoreChanged();
    /// isBusy() changed.
    void busyChanged(bool busy);

private:
    void runOnWorker(std::function<void()> job);
    void load(std::function<Result<Workspace>()> loader, const QString& folder);
    void finishJob();
    struct Loaded;
    void loaded(std::shared_ptr<Loaded> result, const QString& folder);
    void releaseRequestLog();
    void pickRememberedEnvironment();

    QThreadPool m_pool;
    /// The authoritative workspace; touched only by jobs on m_pool (which run one at a time).
    std::shared_ptr<std::optional<Workspace>> m_master;
    std::optional<Workspace> m_snapshot;
    QString m_activeEnvironment;
    std::shared_ptr<RequestLog> m_requestLog;
    QString m_requestLogProblem;
    QPointer<SecretStore> m_secretStore;
    int m_pending = 0;
};

} // namespace studio::ui
