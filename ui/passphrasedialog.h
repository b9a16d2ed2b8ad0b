#pragma once

#include "core/secrets/securebytes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace studio::ui {

/// Asks for the passphrase of the encrypted vault: twice when a vault is created (the entries must match and
/// be at least MinimumLength characters long), once to unlock an existing one. Fields are cleared when the
/// dialog goes away.
class PassphraseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassphraseDialog)

public:
    enum class Mode { Create, Unlock };
    static constexpr int MinimumLength = 10;

    PassphraseDialog(Mode mode, const QString& vaultPath, QWidget* parent = nullptr);
    ~PassphraseDialog() override;

    /// The passphrase entered (valid after accepted()).
    SecureBytes passphrase() const;
    /// Shows an error under the fields (e.g. "wrong passphrase" after a failed unlock).
    void setError(const QString& message);

private:
    void validate();

    Mode m_mode;
    QLineEdit* m_passphrase;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace studio::ui
