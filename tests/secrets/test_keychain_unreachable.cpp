#include "core/secrets/keychainstore.h"
#include "core/secrets/secretcrypto.h"
#include "core/secrets/secretstorage.h"
#include "core/secrets/vaultstore.h"
#include "tests/support/testsupport.h"

#include <optional>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>
#include <QTest>

using namespace studio;

namespace {

SecureBytes randomSecret()
{
    return SecureBytes::fromBytes("nokc-" + crypto::randomBytes(18)->toBase64(QByteArray::Base64UrlEncoding));
}

} // namespace

/// The keychain code on a machine where no keychain answers: ctest runs this with DBUS_SESSION_BUS_ADDRESS pointing
/// nowhere. Every operation fails quickly and in plain words, nothing falls back to a plain-text file, and the
/// storage plan offers the vault.
class TestKeychainUnreachable final : public QObject
{
    Q_OBJECT

private:
    test::KeptTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        if (!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"/nonexistent/"))
            QSKIP("Run through ctest, which points DBUS_SESSION_BUS_ADDRESS nowhere for this test");
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QVERIFY(QSettings(KeychainStore::serviceName()).fileName().startsWith(m_config.path()));
    }

    void cleanupTestCase()
    {
        QDirIterator it(m_config.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files.append(it.next());
        QVERIFY2(files.isEmpty(), qPrintable(u"plain-text fallback wrote: " + files.join(u", ")));
    }

    void probeSaysNoKeychainIsReachable()
    {
        KeychainStore store;
        std::optional<Status> outcome;
        QObject context;
        QElapsedTimer clock;
        clock.start();
        store.probe(
            &context, [&](Status status) { outcome = status; }, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 12000);
        QVERIFY(!outcome->ok());
        QVERIFY2(
            outcome->error().message.startsWith(u"No keychain is reachable"), qPrintable(outcome->error().message));
        QVERIFY2(clock.elapsed() < 5000, "a missing D-Bus should be noticed at once, not by the timeout");
    }

    void operationsFailNamingTheReference()
    {
        KeychainStore store;
        const QString ref = newSecretRef(QStringLiteral("offline"));
        const SecureBytes value = randomSecret();
        const Status written = writeSecretBlocking(store, ref, value);
        QVERIFY(!written.ok());
        QVERIFY2(written.error().message.contains(ref), qPrintable(written.error().message));
        QVERIFY(!written.error().message.contains(value.toUtf8String()));

        auto read = readSecretBlocking(store, ref);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.contains(ref), qPrintable(read.error().message));

        const Status removed = removeSecretBlocking(store, ref);
        QVERIFY(!removed.ok());
        QVERIFY2(removed.error().message.contains(ref), qPrintable(removed.error().message));
    }

    void planOffersTheVaultOnlyWithConsent()
    {
        test::KeptTemporaryDir workspace;
        const SecretStoragePlan plan = planSecretStorageBlocking(workspace.path(), 10000);
        QCOMPARE(plan.choice, SecretStoragePlan::Choice::OfferVault);
        QVERIFY2(plan.keychainProblem.startsWith(u"No keychain is reachable"), qPrintable(plan.keychainProblem));
        QCOMPARE(plan.vaultPath, VaultStore::defaultPath(workspace.path()));

        // Without consent: no vault, and the error repeats why.
        const SecureBytes passphrase = randomSecret();
        auto refused = openSecretStore(plan, {passphrase, false});
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(plan.keychainProblem));
        QVERIFY(refused.error().message.contains(plan.vaultPath));
        QVERIFY(!QFileInfo::exists(plan.vaultPath));

        // With consent: a new vault in .studio/ (default scrypt cost, as the app would get it).
        auto created = openSecretStore(plan, {passphrase, true});
        QVERIFY2(created.ok(), qPrintable(created.error().toString()));
        QVERIFY(QFileInfo::exists(plan.vaultPath));
        const SecureBytes secret = randomSecret();
        QVERIFY(writeSecretBlocking(*created.value(), QStringLiteral("ws-1/x"), secret));

        // Next time the workspace opens, the vault is found without probing.
        const SecretStoragePlan again = planSecretStorageBlocking(workspace.path(), 10000);
        QCOMPARE(again.choice, SecretStoragePlan::Choice::UnlockVault);
        auto unlocked = openSecretStore(again, {passphrase, false});
        QVERIFY(unlocked.ok());
        QVERIFY(readSecretBlocking(*unlocked.value(), QStringLiteral("ws-1/x")).value() == secret);
        QVERIFY(test::filesContaining(workspace.path(), secret.reveal()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnreachable)
#include "test_keychain_unreachable.moc"
