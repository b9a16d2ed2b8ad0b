// No keychain reachable (ctest points D-Bus nowhere): the window says so and offers the encrypted vault;
// the vault is created with a confirmed passphrase, secrets saved through the editor land in it (never in a
// plain file), and reopening the workspace asks for the passphrase, refusing a wrong one.

#include "core/secrets/secretstore.h"
#include "core/secrets/vaultstore.h"
#include "core/workspace/workspace.h"
#include "tests/support/testsupport.h"
#include "tests/ui/uitestsupport.h"
#include "ui/endpointeditor.h"
#include "ui/mainwindow.h"
#include "ui/noticebar.h"
#include "ui/passphrasedialog.h"
#include "ui/secretscontroller.h"
#include "ui/workspacesession.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace studio;
using namespace studio::ui;

class TestVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void offerCreateUseAndUnlock();

private:
    test::KeptTemporaryDir m_settings;
};

void TestVault::initTestCase()
{
    if (!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"/nonexistent/"))
        QSKIP("Run through ctest, which points DBUS_SESSION_BUS_ADDRESS nowhere for this test");
    test::isolateSettings(m_settings.path());
}

void TestVault::offerCreateUseAndUnlock()
{
    test::KeptTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("ws"));
    QVERIFY(Workspace::create(folder, QStringLiteral("Vault test")).ok());
    const QString passphrase = test::generatedSecret(QStringLiteral("passphrase"));
    const QString token = test::generatedSecret(QStringLiteral("token"));
    {
        WorkspaceSession session;
        MainWindow window(&session);
        window.show();
        QSignalSpy planned(window.secrets(), &SecretsController::planned);
        QVERIFY(test::openAndWait(session, folder));
        QVERIFY(planned.wait(20000));
        NoticeBar* bar = window.secretsBar();
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(QStringLiteral("plain text")), qPrintable(bar->text()));
        QVERIFY(!session.secretStore());
        QVERIFY(window.statusTexts().contains(QStringLiteral("Secrets: no keychain")));

        window.findChild<QAction*>(QStringLiteral("useVault"))->trigger();
        PassphraseDialog* dialog = window.secrets()->passphraseDialog();
        QVERIFY(dialog);
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passphrase")), passphrase);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("confirm")), QStringLiteral("different"));
        QVERIFY(!ok->isEnabled());
        dialog->findChild<QLineEdit*>(QStringLiteral("confirm"))->clear();
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("confirm")), passphrase);
        QVERIFY(ok->isEnabled());
        QSignalSpy storeChanged(&session, &WorkspaceSession::secretStoreChanged);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(storeChanged.wait(30000));
        QVERIFY(session.secretStore());
        QVERIFY(QFile::exists(VaultStore::defaultPath(folder)));
        QVERIFY(!bar->isVisible());

        // A secret saved through the editor goes into the vault.
        Endpoint endpoint = EndpointEditor::newEndpoint(EndpointKind::Rest);
        endpoint.auth.type = AuthType::Bearer;
        EndpointEditor editor(&session, endpoint, true, {});
        editor.show();
        QTest::keyClicks(editor.findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("Vaulted"));
        QTest::keyClicks(editor.findChild<QLineEdit*>(QStringLiteral("baseUrl")), QStringLiteral("https://v.example"));
        QTest::keyClicks(editor.findChild<QLineEdit*>(QStringLiteral("auth.token")), token);
        QSignalSpy saved(&editor, &EndpointEditor::saved);
        QTest::mouseClick(editor.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY(saved.wait(30000));
        QCOMPARE(test::filesContaining(folder, token.toUtf8()), QStringList());
        QCOMPARE(test::filesContaining(folder, passphrase.toUtf8()), QStringList());
    }

    // Reopened: the vault is found, the passphrase asked for; a wrong one is refused and can be retried.
    WorkspaceSession session;
    MainWindow window(&session);
    window.show();
    QSignalSpy planned(window.secrets(), &SecretsController::planned);
    QVERIFY(test::openAndWait(session, folder));
    QVERIFY(planned.wait(20000));
    PassphraseDialog* dialog = window.secrets()->passphraseDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passphrase")), QStringLiteral("wrong passphrase"));
    QSignalSpy status(window.secrets(), &SecretsController::statusChanged);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.secretsBar()->text().contains(QStringLiteral("could not be unlocked")), 30000);
    QVERIFY(!session.secretStore());

    window.findChild<QAction*>(QStringLiteral("useVault"))->trigger();
    dialog = window.secrets()->passphraseDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passphrase")), passphrase);
    QSignalSpy storeChanged(&session, &WorkspaceSession::secretStoreChanged);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(storeChanged.wait(30000));
    const Endpoint* saved = session.workspace()->endpoint(QStringLiteral("vaulted"));
    QVERIFY(saved);
    const Result<SecureBytes> value
        = readSecretBlocking(*session.secretStore(), saved->auth.secretRefs.value(QStringLiteral("token")));
    QVERIFY(value.ok());
    QVERIFY(value.value() == SecureBytes::fromUtf8(token));
}

QTEST_MAIN(TestVault)
#include "test_vault.moc"
