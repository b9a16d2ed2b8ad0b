#include "ui/secretscontroller.h"

#include "core/secrets/secretstore.h"
#include "core/secrets/vaultstore.h"
#include "ui/noticebar.h"
#include "ui/passphrasedialog.h"
#include "ui/workspacesession.h"

#include <QAction>
#include <QWidget>

namespace studio::ui {

SecretsController::SecretsController(
    WorkspaceSession* session, NoticeBar* banner, QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_banner(banner)
    , m_dialogParent(dialogParent)
    , m_vaultAction(new QAction(this))
{
    m_vaultAction->setObjectName(QStringLiteral("useVault"));
    connect(m_vaultAction, &QAction::triggered, this, &SecretsController::askForVault);
    connect(session, &WorkspaceSession::opened, this, &SecretsController::workspaceOpened);
    connect(session, &WorkspaceSession::closed, this, &SecretsController::workspaceClosed);
    setStatus(tr("No workspace"));
}

SecretsController::~SecretsController()
{
    if (m_session->secretStore() == m_store.get())
        m_session->setSecretStore(nullptr);
}

void SecretsController::setStatus(const QString& text)
{
    m_status = text;
    Q_EMIT statusChanged(text);
}

void SecretsController::useStore(std::unique_ptr<SecretStore> store)
{
    m_session->setSecretStore(store.get());
    m_store = std::move(store);
    setStatus(m_store ? tr("Secrets: %1").arg(m_store->backendName()) : tr("Secrets: not available"));
}

void SecretsController::workspaceClosed()
{
    ++m_generation;
    if (m_dialog)
        m_dialog->reject();
    useStore(nullptr);
    m_banner->hide();
    setStatus(tr("No workspace"));
}

void SecretsController::workspaceOpened()
{
    ++m_generation;
    if (m_dialog)
        m_dialog->reject();
    useStore(nullptr);
    m_banner->hide();
    setStatus(tr("Secrets: checking the keychain…"));
    const int generation = m_generation;
    planSecretStorage(m_session->workspace()->folder(), this, [this, generation](SecretStoragePlan plan) {
        if (generation != m_generation)
            return;
        m_plan = plan;
        switch (plan.choice) {
        case SecretStoragePlan::Choice::Keychain: {
            Result<std::unique_ptr<SecretStore>> store = openSecretStore(plan, SecretStorageAnswer());
            if (store.ok()) {
                useStore(std::move(store).value());
            } else {
                setStatus(tr("Secrets: not available"));
                m_banner->showMessage(NoticeBar::Level::Error, store.error().toString());
            }
            break;
        }
        case SecretStoragePlan::Choice::UnlockVault:
            setStatus(tr("Secrets: encrypted vault (locked)"));
            m_banner->showMessage(NoticeBar::Level::Warning,
                tr("The secrets of this workspace are kept in an encrypted vault. Unlock it to use or change "
                   "them."));
            m_vaultAction->setText(tr("Unlock vault…"));
            m_banner->addActionButton(m_vaultAction);
            askForVault();
            break;
        case SecretStoragePlan::Choice::OfferVault:
            setStatus(tr("Secrets: no keychain"));
            m_banner->showMessage(NoticeBar::Level::Warning,
                tr("%1 Secrets (passwords, tokens) cannot be saved until you choose where to keep them. They "
                   "are never written in plain text.")
                    .arg(plan.keychainProblem.isEmpty() ? tr("No keychain is reachable.") : plan.keychainProblem));
            m_vaultAction->setText(tr("Use an encrypted vault…"));
            m_banner->addActionButton(m_vaultAction);
            break;
        }
        Q_EMIT planned();
    });
}

void SecretsController::askForVault()
{
    if (m_dialog || !m_session->isOpen())
        return;
    const bool create = m_plan.choice == SecretStoragePlan::Choice::OfferVault;
    m_dialog = new PassphraseDialog(
        create ? PassphraseDialog::Mode::Create : PassphraseDialog::Mode::Unlock, m_plan.vaultPath, m_dialogParent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A wrong passphrase shows in the banner, whose button opens this dialog again.
    connect(m_dialog, &QDialog::accepted, this, &SecretsController::passphraseEntered);
    m_dialog->open();
}

void SecretsController::passphraseEntered()
{
    if (!m_dialog)
        return;
    const SecureBytes passphrase = m_dialog->passphrase();
    const int generation = m_generation;
    const bool create = m_plan.choice == SecretStoragePlan::Choice::OfferVault;
    setStatus(create ? tr("Secrets: creating the vault…") : tr("Secrets: unlocking the vault…"));
    auto done = [this, generation, create](VaultStore::OpenResult result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            setStatus(tr("Secrets: encrypted vault (locked)"));
            m_banner->showMessage(NoticeBar::Level::Error,
                (create ? tr("The vault could not be created: %1") : tr("The vault could not be unlocked: %1"))
                    .arg(result.error().toString()));
            m_vaultAction->setText(create ? tr("Use an encrypted vault…") : tr("Unlock vault…"));
            m_banner->addActionButton(m_vaultAction);
            return;
        }
        m_banner->hide();
        m_plan.choice = SecretStoragePlan::Choice::UnlockVault;
        useStore(std::unique_ptr<SecretStore>(std::move(result).value()));
    };
    if (create)
        VaultStore::createAsync(m_plan.vaultPath, passphrase, VaultStore::defaultKdfParams(), this, done);
    else
        VaultStore::unlockAsync(m_plan.vaultPath, passphrase, this, done);
}

} // namespace studio::ui
