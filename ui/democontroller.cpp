#include "ui/democontroller.h"

#include "ui/noticebar.h"
#include "ui/secretjobs.h"
#include "ui/workspacesession.h"

namespace studio::ui {

DemoController::DemoController(WorkspaceSession* session, NoticeBar* bar, DemoServices services, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_bar(bar)
    , m_services(std::move(services))
{
    connect(session, &WorkspaceSession::secretStoreChanged, this, &DemoController::installWhenPossible);
    connect(session, &WorkspaceSession::opened, this, &DemoController::installWhenPossible);
}

void DemoController::start()
{
    if (!m_services) {
        m_bar->showMessage(
            NoticeBar::Level::Warning, tr("This build has no demo services: the demo endpoints will not answer."));
        return;
    }
    m_bar->showMessage(NoticeBar::Level::Information, tr("Starting the demo sandbox…"));
    auto services = std::move(m_services);
    m_services = {};
    services(this, [this](Result<DemoSecrets> result) { servicesReady(std::move(result)); });
}

void DemoController::servicesReady(Result<DemoSecrets> result)
{
    if (!result.ok()) {
        m_bar->showMessage(NoticeBar::Level::Error,
            tr("The demo sandbox could not start: %1 The demo endpoints will not answer.")
                .arg(result.error().toString()));
        return;
    }
    m_secrets = std::move(result).value();
    m_ready = true;
    m_bar->showMessage(NoticeBar::Level::Information, m_secrets.summary);
    installWhenPossible();
}

void DemoController::installWhenPossible()
{
    if (!m_ready || m_installing || m_installed || !m_session->isOpen() || !m_session->secretStore())
        return;
    m_installing = true;
    QList<SecretWrite> writes;
    for (const auto& [ref, value] : std::as_const(m_secrets.entries))
        writes.append(SecretWrite {ref, value});
    writeSecrets(m_session->secretStore(), writes, this, [this](Status status) {
        m_installing = false;
        if (!status.ok()) {
            m_bar->showMessage(NoticeBar::Level::Error,
                tr("The demo credentials could not be stored: %1").arg(status.error().toString()));
            return;
        }
        m_installed = true;
        // The values are in the store now; keep no copy in memory.
        m_secrets.entries.clear();
        m_bar->showMessage(NoticeBar::Level::Information,
            m_secrets.summary + u' ' + tr("Its demo credentials are stored for the demo endpoints."));
        Q_EMIT installed();
    });
}

} // namespace studio::ui
