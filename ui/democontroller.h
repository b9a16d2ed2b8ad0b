#pragma once

#include "core/common/result.h"
#include "core/secrets/securebytes.h"

#include <functional>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

namespace studio::ui {

class NoticeBar;
class WorkspaceSession;

/// What the demo services report once they run: the secrets the demo endpoints need (reference, value) and a
/// sentence saying where the services listen.
struct DemoSecrets
{
    QList<QPair<QString, SecureBytes>> entries;
    QString summary;
};

/// Starts the systems the demo workspace talks to — the embedded sandbox, which app/ provides because ui/ does not
/// link it — and reports their credentials, or why they could not start. Called once on the UI thread; `done` runs
/// on `context`'s thread.
using DemoServices = std::function<void(QObject* context, std::function<void(Result<DemoSecrets>)> done)>;

/// Makes `--demo` work out of the box: starts the demo services and, once both their credentials and a secret
/// store are there, writes the credentials into the store under the references the demo endpoints use.
class DemoController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoController)

public:
    DemoController(WorkspaceSession* session, NoticeBar* bar, DemoServices services, QObject* parent = nullptr);

    /// Starts the services (once).
    void start();
    bool secretsInstalled() const { return m_installed; }

Q_SIGNALS:
    /// The demo credentials are in the secret store.
    void installed();

private:
    void servicesReady(Result<DemoSecrets> result);
    void installWhenPossible();

    WorkspaceSession* m_session;
    NoticeBar* m_bar;
    DemoServices m_services;
    DemoSecrets m_secrets;
    bool m_ready = false;
    bool m_installing = false;
    bool m_installed = false;
};

} // namespace studio::ui
