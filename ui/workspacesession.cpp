#include "ui/workspacesession.h"

#include "core/log/logpaths.h"
#include "core/log/requestlog.h"
#include "core/secrets/secretstore.h"
#include "core/workspace/demoworkspace.h"
#include "ui/settings.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <utility>

namespace studio::ui {

/// What a load job hands to the UI thread: the workspace (or why it failed) and its request log.
struct WorkspaceSession::Loaded
{
    Result<Workspace> workspace;
    std::shared_ptr<RequestLog> log;
    QString logProblem;
};

WorkspaceSession::WorkspaceSession(QObject* parent)
    : QObject(parent)
    , m_master(std::make_shared<std::optional<Workspace>>())
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("WorkspaceSession"));
}

WorkspaceSession::~WorkspaceSession()
{
    m_pool.waitForDone();
}

const Workspace* WorkspaceSession::workspace() const
{
    return m_snapshot ? &*m_snapshot : nullptr;
}

void WorkspaceSession::runOnWorker(std::function<void()> job)
{
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
    m_pool.start(std::move(job));
}

void WorkspaceSession::finishJob()
{
    if (--m_pending == 0)
        Q_EMIT busyChanged(false);
}

void WorkspaceSession::load(std::function<Result<Workspace>()> loader, const QString& folder)
{
    auto master = m_master;
    runOnWorker([this, master, loader = std::move(loader), folder] {
        auto result = std::make_shared<Loaded>(Loaded {loader(), nullptr, QString()});
        if (result->workspace.ok()) {
            *master = result->workspace.value();
            // The log is opened here too: SQLite and its retention pass touch the disk.
            Result<std::unique_ptr<RequestLog>> log = RequestLog::open(requestLogPath(result->workspace->folder()));
            if (log.ok())
                result->log = std::shared_ptr<RequestLog>(std::move(log).value());
            else
                result->logProblem = log.error().toString();
        }
        QMetaObject::invokeMethod(
            this, [this, result, folder] { loaded(result, folder); }, Qt::QueuedConnection);
    });
}

void WorkspaceSession::releaseRequestLog()
{
    if (!m_requestLog)
        return;
    // Closing drains the writer's queue to disk: let the worker wait for it.
    runOnWorker([this, log = std::move(m_requestLog)]() mutable {
        log.reset();
        QMetaObject::invokeMethod(
            this, [this] { finishJob(); }, Qt::QueuedConnection);
    });
    m_requestLog.reset();
}

RequestRecorder* WorkspaceSession::requestRecorder() const
{
    return m_requestLog.get();
}

void WorkspaceSession::open(const QString& folder)
{
    load([folder] { return Workspace::open(folder); }, folder);
}

void WorkspaceSession::create(const QString& folder, const QString& name)
{
    load([folder, name] { return Workspace::create(folder, name); }, folder);
}

void WorkspaceSession::openDemo(const QString& folder)
{
    load([folder] { return demo::install(folder); }, folder);
}

void WorkspaceSession::loaded(std::shared_ptr<Loaded> result, const QString& folder)
{
    finishJob();
    if (!result->workspace.ok()) {
        Q_EMIT openFailed(result->workspace.error(), folder);
        return;
    }
    releaseRequestLog();
    m_snapshot = std::move(result->workspace).value();
    m_requestLog = std::move(result->log);
    m_requestLogProblem = result->logProblem;
    RecentWorkspaces::add(m_snapshot->folder());
    settings::lastWorkspace().set(m_snapshot->folder());
    pickRememberedEnvironment();
    Q_EMIT opened();
    Q_EMIT activeEnvironmentChanged(m_activeEnvironment);
}

void WorkspaceSession::close()
{
    if (!m_snapshot)
        return;
    auto master = m_master;
    runOnWorker([this, master] {
        master->reset();
        QMetaObject::invokeMethod(
            this, [this] { finishJob(); }, Qt::QueuedConnection);
    });
    m_snapshot.reset();
    releaseRequestLog();
    m_requestLogProblem.clear();
    m_activeEnvironment.clear();
    settings::lastWorkspace().reset();
    Q_EMIT closed();
    Q_EMIT activeEnvironmentChanged(m_activeEnvironment);
}

void WorkspaceSession::modify(Change change, QObject* context, Done done)
{
    QPointer<QObject> guard(context);
    auto master = m_master;
    runOnWorker([this, master, change = std::move(change), guard, done = std::move(done)] {
        Status status = *master
            ? change(master->value())
            : Status(Error {QCoreApplication::translate("WorkspaceSession", "No workspace is open.")});
        std::optional<Workspace> copy = *master;
        QMetaObject::invokeMethod(
            this,
            [this, status, copy = std::move(copy), guard, done] {
                finishJob();
                const bool sameWorkspace = copy && m_snapshot && copy->folder() == m_snapshot->folder();
                if (sameWorkspace) {
                    m_snapshot = copy;
                    if (!m_activeEnvironment.isEmpty() && !m_snapshot->environment(m_activeEnvironment))
                        setActiveEnvironment(QString());
                    Q_EMIT changed();
                }
                if (done && guard)
                    done(status);
            },
            Qt::QueuedConnection);
    });
}

const Environment* WorkspaceSession::activeEnvironment() const
{
    if (!m_snapshot || m_activeEnvironment.isEmpty())
        return nullptr;
    return m_snapshot->environment(m_activeEnvironment);
}

void WorkspaceSession::setActiveEnvironment(const QString& name)
{
    if (name == m_activeEnvironment)
        return;
    m_activeEnvironment = name;
    if (m_snapshot)
        settings::activeEnvironment(m_snapshot->id()).set(name);
    Q_EMIT activeEnvironmentChanged(name);
}

void WorkspaceSession::pickRememberedEnvironment()
{
    const QString remembered = settings::activeEnvironment(m_snapshot->id()).get();
    if (!remembered.isEmpty() && m_snapshot->environment(remembered)) {
        m_activeEnvironment = remembered;
        return;
    }
    const QList<Environment>& environments = m_snapshot->environments();
    m_activeEnvironment = environments.isEmpty() ? QString() : environments.first().name;
}

void WorkspaceSession::setSecretStore(SecretStore* store)
{
    if (store == m_secretStore)
        return;
    m_secretStore = store;
    Q_EMIT secretStoreChanged();
}

} // namespace studio::ui
