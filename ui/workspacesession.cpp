#include "ui/workspacesession.h"

#include "core/secrets/secretstore.h"
#include "core/workspace/demoworkspace.h"
#include "ui/settings.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <utility>

namespace studio::ui {

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
        Result<Workspace> result = loader();
        if (result.ok())
            *master = result.value();
        QMetaObject::invokeMethod(
            this, [this, result = std::move(result), folder]() mutable { loaded(std::move(result), folder); },
            Qt::QueuedConnection);
    });
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

void WorkspaceSession::loaded(Result<Workspace> result, const QString& folder)
{
    finishJob();
    if (!result.ok()) {
        Q_EMIT openFailed(result.error(), folder);
        return;
    }
    m_snapshot = std::move(result).value();
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
