// LayeredSecretStore: environment variables over a persistent store (here a real vault file), as the command line
// uses them — which layer answers, when the persistent store is opened, where writes go, and what the errors say.

#include "core/secrets/layeredsecretstore.h"
#include "core/secrets/secretcrypto.h"
#include "core/secrets/vaultstore.h"
#include "tests/support/testsupport.h"

#include <memory>
#include <optional>
#include <QTest>

using namespace studio;

namespace {

/// Cheap scrypt parameters (the smallest a vault accepts) so that the vaults below open at once.
const crypto::ScryptParams FastKdf {std::uint64_t(1) << 10, 8, 1};

/// A secret made at run time, so that none lives in the repository or the binary.
QByteArray randomSecret()
{
    return "layer-" + crypto::randomBytes(18)->toBase64(QByteArray::Base64UrlEncoding);
}

const QString kRef = QStringLiteral("ws-1/erp-password");
const QString kFieldVariable = QStringLiteral("STUDIO_SECRET_ERP_PASSWORD");
const QString kRefVariable = QStringLiteral("STUDIO_SECRET_REF_WS_1_ERP_PASSWORD");

/// A persistent layer for the tests: a vault file in a temporary folder, created by the opener, which counts how
/// often it was called and can be told to fail.
class PersistentLayer final
{
public:
    PersistentLayer()
        : m_passphrase(SecureBytes::fromBytes(randomSecret()))
    { }

    LayeredSecretStore::Opener opener()
    {
        return [this]() -> Result<std::unique_ptr<SecretStore>> {
            ++opened;
            if (!failure.isEmpty())
                return Error {failure};
            auto vault = VaultStore::unlock(path(), m_passphrase);
            if (!vault)
                vault = VaultStore::create(path(), m_passphrase, FastKdf);
            if (!vault)
                return vault.error();
            return std::unique_ptr<SecretStore>(std::move(vault).value());
        };
    }

    /// Stores a value in the vault directly (test set-up).
    bool put(const QString& ref, const QByteArray& value)
    {
        auto vault = VaultStore::unlock(path(), m_passphrase);
        if (!vault)
            vault = VaultStore::create(path(), m_passphrase, FastKdf);
        return vault && writeSecretBlocking(*vault.value(), ref, SecureBytes::fromBytes(value)).ok();
    }

    /// The value in the vault, or an empty array.
    QByteArray valueOf(const QString& ref)
    {
        auto vault = VaultStore::unlock(path(), m_passphrase);
        if (!vault)
            return {};
        const Result<SecureBytes> value = readSecretBlocking(*vault.value(), ref);
        return value ? value.value().reveal() : QByteArray();
    }

    QString path() const { return VaultStore::defaultPath(m_dir.path()); }
    QString folder() const { return m_dir.path(); }
    const SecureBytes& passphrase() const { return m_passphrase; }

    int opened = 0;
    QString failure;

private:
    test::KeptTemporaryDir m_dir;
    SecureBytes m_passphrase;
};

/// read() that also checks the callback never runs inside the call.
Result<SecureBytes> readAsync(SecretStore& store, const QString& ref)
{
    std::optional<Result<SecureBytes>> outcome;
    bool returned = false;
    bool calledInside = false;
    QObject context;
    store.read(ref, &context, [&](Result<SecureBytes> value) {
        calledInside = !returned;
        outcome = std::move(value);
    });
    returned = true;
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
        return Error {QStringLiteral("(no answer)")};
    if (calledInside)
        return Error {QStringLiteral("(answered inside the call)")};
    return *outcome;
}

} // namespace

class TestLayeredSecrets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void variablesComeFirst_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::newRow("endpoint field") << kFieldVariable;
        QTest::newRow("reference") << kRefVariable;
    }

    void variablesComeFirst()
    {
        QFETCH(QString, variable);
        PersistentLayer persistent;
        const QByteArray stored = randomSecret();
        const QByteArray given = randomSecret();
        QVERIFY(persistent.put(kRef, stored));
        QProcessEnvironment environment;
        environment.insert(variable, QString::fromLatin1(given));
        LayeredSecretStore store(persistent.opener(), environment);
        store.environment().mapField(kRef, QStringLiteral("erp"), QStringLiteral("password"));

        const Result<SecureBytes> value = readAsync(store, kRef);
        QVERIFY2(value.ok(), qPrintable(value.ok() ? QString() : value.error().message));
        QVERIFY(value.value().reveal() == given);
        // A pipeline that gives every secret as a variable never waits for a keychain or vault.
        QCOMPARE(persistent.opened, 0);
        QCOMPARE(store.backendName(), QStringLiteral("environment variables"));
    }

    void persistentStoreAnswersTheRest()
    {
        PersistentLayer persistent;
        const QByteArray stored = randomSecret();
        QVERIFY(persistent.put(kRef, stored));
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("STUDIO_SECRET_SHOP_TOKEN"), QString::fromLatin1(randomSecret()));
        // Set but empty is "not given" for the layering: an unset CI secret often expands to "".
        environment.insert(kFieldVariable, QString());
        LayeredSecretStore store(persistent.opener(), environment);
        store.environment().mapField(kRef, QStringLiteral("erp"), QStringLiteral("password"));

        const Result<SecureBytes> value = readAsync(store, kRef);
        QVERIFY2(value.ok(), qPrintable(value.ok() ? QString() : value.error().message));
        QVERIFY(value.value().reveal() == stored);
        QCOMPARE(persistent.opened, 1);
        QVERIFY2(store.backendName().startsWith(u"environment variables, then Encrypted vault"),
            qPrintable(store.backendName()));
        QVERIFY(readAsync(store, kRef).ok());
        QCOMPARE(persistent.opened, 1); // opened once, kept
    }

    void missingEverywhereNamesTheVariables()
    {
        PersistentLayer persistent;
        LayeredSecretStore store(persistent.opener(), QProcessEnvironment());
        store.environment().mapField(kRef, QStringLiteral("erp"), QStringLiteral("password"));
        const Result<SecureBytes> value = readAsync(store, kRef);
        QVERIFY(!value.ok());
        const QString message = value.error().message;
        QVERIFY2(message.endsWith(QStringLiteral(" Or set %1 or %2.").arg(kFieldVariable, kRefVariable)),
            qPrintable(message));
        QVERIFY2(message.contains(kRef), qPrintable(message)); // the vault names what it lacks
    }

    void withoutPersistentStore()
    {
        PersistentLayer persistent;
        persistent.failure = QStringLiteral("no keychain is reachable");
        LayeredSecretStore store(persistent.opener(), QProcessEnvironment());
        store.environment().mapField(kRef, QStringLiteral("erp"), QStringLiteral("password"));

        const Result<SecureBytes> value = readAsync(store, kRef);
        QVERIFY(!value.ok());
        QCOMPARE(value.error().message,
            QStringLiteral("Set %1 or %2 (no keychain is reachable).").arg(kFieldVariable, kRefVariable));
        QCOMPARE(store.persistentProblem(), QStringLiteral("no keychain is reachable"));
        QVERIFY(store.persistent() == nullptr);

        // Writes (cached tokens) fail: variables are read-only.
        const Status written = writeSecretBlocking(store, kRef, SecureBytes::fromBytes(randomSecret()));
        QVERIFY(!written.ok());
        QVERIFY2(written.error().message.contains(u"read-only"), qPrintable(written.error().message));
        const Status removed = removeSecretBlocking(store, kRef);
        QVERIFY(!removed.ok());
        QVERIFY2(removed.error().message.contains(u"read-only"), qPrintable(removed.error().message));
        QCOMPARE(persistent.opened, 1); // tried once, not on every operation
        QCOMPARE(store.backendName(), QStringLiteral("environment variables"));
    }

    void writesGoToThePersistentStore()
    {
        PersistentLayer persistent;
        const QByteArray given = randomSecret();
        QProcessEnvironment environment;
        environment.insert(kRefVariable, QString::fromLatin1(given));
        LayeredSecretStore store(persistent.opener(), environment);

        const QByteArray token = randomSecret();
        const QString tokenRef = QStringLiteral("ws-1/token-cache");
        QVERIFY(writeSecretBlocking(store, tokenRef, SecureBytes::fromBytes(token)).ok());
        QVERIFY(persistent.valueOf(tokenRef) == token);
        QVERIFY(readAsync(store, tokenRef).value().reveal() == token);

        // A write under a reference the variables hold lands in the vault, yet the variable still wins on reads.
        const QByteArray stored = randomSecret();
        QVERIFY(writeSecretBlocking(store, kRef, SecureBytes::fromBytes(stored)).ok());
        QVERIFY(persistent.valueOf(kRef) == stored);
        QVERIFY(readAsync(store, kRef).value().reveal() == given);

        QVERIFY(removeSecretBlocking(store, tokenRef).ok());
        QVERIFY(persistent.valueOf(tokenRef).isEmpty());
        QVERIFY(!readAsync(store, tokenRef).ok());
    }

    void forWorkspaceUnlocksTheVaultFromTheEnvironment()
    {
        PersistentLayer persistent; // its folder is the workspace: the vault is <folder>/.studio/secrets.vault
        const QByteArray stored = randomSecret();
        QVERIFY(persistent.put(kRef, stored));

        QProcessEnvironment environment;
        environment.insert(
            QStringLiteral("STUDIO_VAULT_PASSPHRASE"), QString::fromUtf8(persistent.passphrase().reveal()));
        const std::unique_ptr<LayeredSecretStore> store
            = LayeredSecretStore::forWorkspace(persistent.folder(), environment);
        const Result<SecureBytes> value = readAsync(*store, kRef);
        QVERIFY2(value.ok(), qPrintable(value.ok() ? QString() : value.error().message));
        QVERIFY(value.value().reveal() == stored);

        // Without the passphrase the vault stays shut, and the error says how to open it or go without it.
        const std::unique_ptr<LayeredSecretStore> locked
            = LayeredSecretStore::forWorkspace(persistent.folder(), QProcessEnvironment());
        locked->environment().mapField(kRef, QStringLiteral("erp"), QStringLiteral("password"));
        const Result<SecureBytes> refused = readAsync(*locked, kRef);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message,
            QStringLiteral("Set %1 or %2 (the workspace keeps its secrets in a vault; set STUDIO_VAULT_PASSPHRASE to "
                           "open it).")
                .arg(kFieldVariable, kRefVariable));

        // A wrong passphrase: the vault's own explanation.
        environment.insert(QStringLiteral("STUDIO_VAULT_PASSPHRASE"), QString::fromLatin1(randomSecret()));
        const std::unique_ptr<LayeredSecretStore> wrong
            = LayeredSecretStore::forWorkspace(persistent.folder(), environment);
        const Result<SecureBytes> wrongOutcome = readAsync(*wrong, kRef);
        QVERIFY(!wrongOutcome.ok());
        QVERIFY2(wrongOutcome.error().message.contains(u"the passphrase is wrong"),
            qPrintable(wrongOutcome.error().message));
        QVERIFY(!wrongOutcome.error().message.contains(QString::fromLatin1(stored)));
    }
};

QTEST_GUILESS_MAIN(TestLayeredSecrets)
#include "test_layeredsecrets.moc"
