#pragma once

#include "core/secrets/secretstorage.h"
#include "ui/passphrasedialog.h"

#include <memory>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace studio::ui {

class NoticeBar;
class WorkspaceSession;

/// Finds a home for the secrets of each workspace the session opens: asks core where they should live
/// (planSecretStorage: keychain probe, or an existing vault), then opens the keychain store, asks for the
/// vault passphrase, or — when no keychain is reachable — says so in a banner and offers to create an
/// encrypted vault. Never falls back to plain text. Owns the store it gives the session.
class SecretsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretsController)

public:
    /// `banner` shows the keychain problem; dialogs are parented to `dialogParent`.
    SecretsController(WorkspaceSession* session, NoticeBar* banner, QWidget* dialogParent, QObject* parent = nullptr);
    ~SecretsController() override;

    /// One line for the status bar: the backend in use, or why there is none.
    QString statusText() const { return m_status; }
    /// The plan of the open workspace (valid once planned() was emitted).
    const SecretStoragePlan& plan() const { return m_plan; }
    /// Opens the passphrase dialog (create or unlock, as the plan says).
    void askForVault();
    /// The passphrase dialog while it is open (for tests).
    PassphraseDialog* passphraseDialog() const { return m_dialog; }

Q_SIGNALS:
    void statusChanged(const QString& text);
    /// Where the secrets should live is known (the store may still wait for a passphrase).
    void planned();

private:
    void workspaceOpened();
    void workspaceClosed();
    void useStore(std::unique_ptr<SecretStore> store);
    void setStatus(const QString& text);
    void passphraseEntered();

    WorkspaceSession* m_session;
    NoticeBar* m_banner;
    QWidget* m_dialogParent;
    QAction* m_vaultAction;
    std::unique_ptr<SecretStore> m_store;
    SecretStoragePlan m_plan;
    QPointer<PassphraseDialog> m_dialog;
    QString m_status;
    /// Which workspace a plan or unlock belongs to; answers for an older one are ignored.
    int m_generation = 0;
};

} // namespace studio::ui
