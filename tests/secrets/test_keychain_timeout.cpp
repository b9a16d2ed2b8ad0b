#include "core/secrets/keychainstore.h"
#include "core/secrets/secretstorage.h"
#include "tests/support/testsupport.h"

#include <optional>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QTest>

using namespace studio;

/// A keychain that never answers (a locked keyring whose prompt nobody sees, a hung daemon): ctest points
/// DBUS_SESSION_BUS_ADDRESS at a socket this test listens on and never speaks through, so every D-Bus call hangs.
/// The probe must give up after its timeout instead of leaving the app waiting.
class TestKeychainTimeout final : public QObject
{
    Q_OBJECT

private:
    QLocalServer m_silentBus;

private Q_SLOTS:
    void initTestCase()
    {
        const QString address = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
        if (!address.startsWith(u"unix:path=") || !address.endsWith(u"silent-bus.sock"))
            QSKIP("Run through ctest, which points DBUS_SESSION_BUS_ADDRESS at this test's silent socket");
        const QString path = address.mid(QStringLiteral("unix:path=").size());
        QLocalServer::removeServer(path);
        QVERIFY2(m_silentBus.listen(path), qPrintable(m_silentBus.errorString()));
    }

    void probeGivesUpAfterItsTimeout()
    {
        KeychainStore store;
        QObject context;
        std::optional<Status> outcome;
        QElapsedTimer clock;
        clock.start();
        store.probe(
            &context, [&](Status status) { outcome = status; }, 300);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
        QVERIFY(clock.elapsed() >= 290);
        QVERIFY(!outcome->ok());
        QVERIFY2(
            outcome->error().message.startsWith(u"No keychain is reachable"), qPrintable(outcome->error().message));
        QVERIFY2(
            outcome->error().message.contains(u"did not answer within 0.3 s"), qPrintable(outcome->error().message));
    }

    void planOffersTheVault()
    {
        test::KeptTemporaryDir workspace;
        const SecretStoragePlan plan = planSecretStorageBlocking(workspace.path(), 300);
        QCOMPARE(plan.choice, SecretStoragePlan::Choice::OfferVault);
        QVERIFY2(plan.keychainProblem.contains(u"did not answer"), qPrintable(plan.keychainProblem));
    }
};

QTEST_GUILESS_MAIN(TestKeychainTimeout)
#include "test_keychain_timeout.moc"
