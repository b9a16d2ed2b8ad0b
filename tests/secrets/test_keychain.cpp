#include "core/secrets/keychainstore.h"
#include "core/secrets/secretcrypto.h"
#include "core/secrets/secretstorage.h"
#include "core/secrets/vaultstore.h"
#include "tests/support/testsupport.h"

#include <memory>
#include <optional>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace studio;

namespace {

SecureBytes randomSecret(const QString& prefix = QStringLiteral("kc-"))
{
    return SecureBytes::fromUtf8(
        prefix + QString::fromLatin1(crypto::randomBytes(18)->toBase64(QByteArray::Base64UrlEncoding)));
}

/// Runs secret-tool (libsecret's command line, an independent client of the Secret Service). The output may hold
/// a secret: it is returned, never printed.
struct ToolResult
{
    int exitCode = -1;
    QByteArray out;
};

ToolResult secretTool(const QStringList& arguments, const QByteArray& input = {}, bool stdoutOnly = false)
{
    QProcess process;
    // `search` prints attributes on stderr and label/secret on stdout: take both unless only the secret is wanted.
    process.setProcessChannelMode(stdoutOnly ? QProcess::SeparateChannels : QProcess::MergedChannels);
    process.start(QStringLiteral("secret-tool"), arguments);
    if (!process.waitForStarted(5000))
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(15000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput()};
}

/// The value the Secret Service holds for `ref` under our service name, or nothing.
std::optional<QByteArray> lookUp(const QString& ref)
{
    const ToolResult result = secretTool(
        {QStringLiteral("lookup"), QStringLiteral("user"), ref, QStringLiteral("server"), KeychainStore::serviceName()},
        {}, true);
    if (result.exitCode != 0)
        return std::nullopt;
    return result.out; // lookup prints nothing but the secret
}

} // namespace

/// KeychainStore against a real Secret Service: the gnome-keyring that tests/with-keyring.sh starts.
class TestKeychain final : public QObject
{
    Q_OBJECT

private:
    test::KeptTemporaryDir m_config;
    QString m_workspace;

private Q_SLOTS:
    void initTestCase()
    {
        // QtKeychain's plain-text fallback would write a QSettings file; point QSettings at an empty folder first
        // so cleanupTestCase() can prove that it never did.
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QVERIFY(QSettings(KeychainStore::serviceName()).fileName().startsWith(m_config.path()));

        // Never touch the developer's own keyring: only a private session (tests/with-keyring.sh) will do.
        if (qEnvironmentVariableIsEmpty("STUDIO_IN_PRIVATE_DBUS")) {
            const char* why = "Not in the private D-Bus session of tests/with-keyring.sh; not touching this keyring";
            if (test::inCi())
                QFAIL(why);
            QSKIP(why);
        }

        KeychainStore store;
        std::optional<Status> reachable;
        QObject context;
        store.probe(
            &context, [&](Status status) { reachable = status; }, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(reachable.has_value(), 12000);
        if (!reachable->ok()) {
            const QByteArray why = "No Secret Service to test against (run under tests/with-keyring.sh): "
                + reachable->error().message.toUtf8();
            if (test::inCi())
                QFAIL(why.constData());
            QSKIP(why.constData());
        }
    }

    void cleanupTestCase()
    {
        // Nothing may have fallen back to QSettings: the config folder stays empty.
        QDirIterator it(m_config.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files.append(it.next());
        QVERIFY2(files.isEmpty(), qPrintable(u"files under XDG_CONFIG_HOME: " + files.join(u", ")));
        QVERIFY(!QFileInfo::exists(QSettings(KeychainStore::serviceName()).fileName()));
    }

    void backendName()
    {
        const QByteArray desktop = qgetenv("XDG_CURRENT_DESKTOP");
        if (desktop == "KDE" || !qgetenv("KDE_FULL_SESSION").isEmpty())
            QSKIP("KDE session: QtKeychain prefers KWallet here");
        QCOMPARE(KeychainStore().backendName(), QStringLiteral("Secret Service"));
    }

    void roundTripVerifiedWithSecretTool()
    {
        KeychainStore store;
        const QString ref = newSecretRef(QStringLiteral("test"));
        const SecureBytes first = randomSecret(QStringLiteral("pässwörd€-"));
        QVERIFY(writeSecretBlocking(store, ref, first));

        auto read = readSecretBlocking(store, ref);
        QVERIFY2(read.ok(), qPrintable(read.error().message));
        QVERIFY(read.value() == first);
        // An independent client sees the same entry, filed under our service name, as text.
        const auto stored = lookUp(ref);
        QVERIFY2(stored.has_value(), "secret-tool does not find the entry");
        QVERIFY2(*stored == first.reveal(), "secret-tool reads a different value");
        const ToolResult attributes = secretTool({QStringLiteral("search"), QStringLiteral("--all"),
            QStringLiteral("user"), ref, QStringLiteral("server"), KeychainStore::serviceName()});
        QCOMPARE(attributes.exitCode, 0);
        QVERIFY(attributes.out.contains("attribute.server = Integration Studio"));
        QVERIFY(attributes.out.contains("attribute.type = plaintext"));

        const SecureBytes second = randomSecret();
        QVERIFY(writeSecretBlocking(store, ref, second));
        QVERIFY(readSecretBlocking(store, ref).value() == second);
        QVERIFY(lookUp(ref).value_or(QByteArray()) == second.reveal());

        QVERIFY(removeSecretBlocking(store, ref));
        QVERIFY(!lookUp(ref).has_value());
        auto missing = readSecretBlocking(store, ref);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(ref), qPrintable(missing.error().message));
        QVERIFY(missing.error().message.contains(u"Secret Service"));
        QVERIFY(!missing.error().message.contains(second.toUtf8String()));
        // Deleting what is not there succeeds.
        QVERIFY(removeSecretBlocking(store, ref));
    }

    void readsWhatAnotherProgramStored()
    {
        const QString ref = newSecretRef(QStringLiteral("test"));
        const SecureBytes value = randomSecret();
        const ToolResult stored
            = secretTool({QStringLiteral("store"), QStringLiteral("--label=studio test"), QStringLiteral("user"), ref,
                             QStringLiteral("server"), KeychainStore::serviceName(), QStringLiteral("type"),
                             QStringLiteral("plaintext")},
                value.reveal());
        QCOMPARE(stored.exitCode, 0);
        KeychainStore store;
        auto read = readSecretBlocking(store, ref);
        QVERIFY(read.ok());
        QVERIFY(read.value() == value);
        QVERIFY(removeSecretBlocking(store, ref));
    }

    void binaryValuesAndSwitchingBetweenTextAndBinary()
    {
        KeychainStore store;
        const QString ref = newSecretRef(QStringLiteral("test"));
        const SecureBytes binary
            = SecureBytes::fromBytes(QByteArray("\xff\x00\xfe", 3) + crypto::randomBytes(29).value());
        const SecureBytes text = randomSecret();

        QVERIFY(writeSecretBlocking(store, ref, text));
        QVERIFY(writeSecretBlocking(store, ref, binary)); // must not be shadowed by the older text entry
        QVERIFY(readSecretBlocking(store, ref).value() == binary);
        QVERIFY(writeSecretBlocking(store, ref, text));
        QVERIFY(readSecretBlocking(store, ref).value() == text);
        QVERIFY(removeSecretBlocking(store, ref));
        QVERIFY(!readSecretBlocking(store, ref).ok());
        // Neither the text nor the base64 entry is left behind (the merged output would name the reference).
        const ToolResult left = secretTool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("user"),
            ref, QStringLiteral("server"), KeychainStore::serviceName()});
        QVERIFY(!left.out.contains(ref.toUtf8()));
    }

    void probeLeavesNothingBehind()
    {
        KeychainStore store;
        // A control entry: the search below must see it, or seeing no probe entry would prove nothing.
        const QString control = newSecretRef(QStringLiteral("test"));
        QVERIFY(writeSecretBlocking(store, control, randomSecret()));
        std::optional<Status> outcome;
        QObject context;
        store.probe(&context, [&](Status status) { outcome = status; });
        QVERIFY(!outcome);
        QTRY_VERIFY(outcome.has_value());
        QVERIFY2(outcome->ok(), qPrintable(outcome->error().message));
        const ToolResult all = secretTool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
            KeychainStore::serviceName()});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(all.out.contains(QByteArray(QByteArray("attribute.user = ") + control.toUtf8())));
        QVERIFY(!all.out.contains("studio-probe/"));
        QVERIFY(removeSecretBlocking(store, control));
    }

    void callbacksRunLaterOnTheContext()
    {
        KeychainStore store;
        const QString ref = newSecretRef(QStringLiteral("test"));
        QObject context;
        std::optional<Status> written;
        store.write(ref, randomSecret(), &context, [&](Status status) { written = status; });
        QVERIFY(!written); // never inside the call
        QTRY_VERIFY(written.has_value());
        QVERIFY(written->ok());

        // A context that dies while the keychain works: the callback is dropped, nothing crashes.
        bool called = false;
        auto doomed = std::make_unique<QObject>();
        store.read(ref, doomed.get(), [&](Result<SecureBytes>) { called = true; });
        doomed.reset();
        // Wait for the keychain's answer by queueing a later job behind it (QtKeychain runs jobs one at a time).
        QVERIFY(removeSecretBlocking(store, ref));
        QVERIFY(!called);
    }

    void planPrefersTheKeychainAndKeepsAnExistingVault()
    {
        test::KeptTemporaryDir workspace;
        const SecretStoragePlan plan = planSecretStorageBlocking(workspace.path(), 10000);
        QCOMPARE(plan.choice, SecretStoragePlan::Choice::Keychain);
        QVERIFY(plan.keychainProblem.isEmpty());
        QCOMPARE(plan.vaultPath, VaultStore::defaultPath(workspace.path()));
        auto store = openSecretStore(plan, {});
        QVERIFY(store.ok());
        QVERIFY(qobject_cast<KeychainStore*>(store.value().get()));

        // A workspace that already has a vault keeps it: its references point there.
        const SecureBytes passphrase = randomSecret();
        QVERIFY(VaultStore::create(plan.vaultPath, passphrase, {std::uint64_t(1) << 10, 8, 1}).ok());
        const SecretStoragePlan withVault = planSecretStorageBlocking(workspace.path(), 10000);
        QCOMPARE(withVault.choice, SecretStoragePlan::Choice::UnlockVault);
        QVERIFY(!openSecretStore(withVault, {randomSecret(), false}).ok());
        auto vault = openSecretStore(withVault, {passphrase, false});
        QVERIFY(vault.ok());
        QVERIFY(qobject_cast<VaultStore*>(vault.value().get()));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "test_keychain.moc"
