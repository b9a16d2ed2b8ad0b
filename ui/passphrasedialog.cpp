#include "ui/passphrasedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace studio::ui {

PassphraseDialog::PassphraseDialog(Mode mode, const QString& vaultPath, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_passphrase(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(mode == Mode::Create ? tr("Create encrypted vault") : tr("Unlock encrypted vault"));
    auto* intro = new QLabel(mode == Mode::Create
            ? tr("Secrets of this workspace will be kept in an encrypted file (AES-256-GCM, key derived with "
                 "scrypt) at:<br><tt>%1</tt><br>Choose a passphrase. It cannot be recovered: without it the "
                 "secrets are lost.")
                  .arg(vaultPath.toHtmlEscaped())
            : tr("Enter the passphrase of the encrypted vault<br><tt>%1</tt>").arg(vaultPath.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);
    if (mode == Mode::Create) {
        m_confirm = new QLineEdit(this);
        m_confirm->setEchoMode(QLineEdit::Password);
        m_confirm->setObjectName(QStringLiteral("confirm"));
        form->addRow(tr("&Repeat:"), m_confirm);
        connect(m_confirm, &QLineEdit::textChanged, this, &PassphraseDialog::validate);
    }
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("message"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Create ? tr("Create vault") : tr("Unlock"));
    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    validate();
}

PassphraseDialog::~PassphraseDialog()
{
    for (QLineEdit* edit : {m_passphrase, m_confirm}) {
        if (!edit)
            continue;
        QString text = edit->text();
        wipe(text);
        edit->clear();
    }
}

SecureBytes PassphraseDialog::passphrase() const
{
    return SecureBytes::fromUtf8(m_passphrase->text());
}

void PassphraseDialog::setError(const QString& message)
{
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setText(message);
}

void PassphraseDialog::validate()
{
    QString problem;
    const QString text = m_passphrase->text();
    if (m_mode == Mode::Create) {
        if (text.size() < MinimumLength)
            problem = tr("Use at least %n characters.", nullptr, MinimumLength);
        else if (m_confirm->text() != text)
            problem = tr("The two entries do not match.");
    } else if (text.isEmpty()) {
        problem = tr("Enter the passphrase.");
    }
    m_message->setStyleSheet(QString());
    m_message->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace studio::ui
