// Saves a workspace whose endpoints and environments hold secrets in the real keychain (gnome-keyring under
// tests/with-keyring.sh) and in the encrypted vault, then scans every byte under the workspace folder: no
// secret may appear, in any common encoding.

#include "core/secrets/keychainstore.h"
#include "core/secrets/secretstore.h"
#include "core/secrets/vaultstore.h"
#include "core/workspace/demoworkspace.h"
#include "core/workspace/workspace.h"
#include "tests/support/testsupport.h"

#include <QRandomGenerator>
#include <QTest>

using namespace studio;

namespace {

QByteArray randomSecret(int length = 32)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray out;
    for (int i = 0; i < length; ++i)
        out.append(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
    return out;
}

/// The forms in which a leaked secret would show up in a file.
QList<QByteArray> encodings(const QByteArray& secret)
{
    const QString text = QString::fromUtf8(secret);
    QByteArray utf16(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    return {secret, secret.toBase64(), secret.toHex(), secret.toPercentEncoding(), utf16,
        secret.mid(4, 16)}; // a long enough fragment
}

} // namespace

class TestWorkspaceSecrets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noSecretByteInAnyWorkspaceFile()
    {
        KeychainStore keychain;
        bool done = false;
        Status probe;
        keychain.probe(this, [&](Status s) {
            probe = s;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        if (!probe.ok()) {
            if (test::inCi())
                QFAIL(qPrintable(QStringLiteral("No keychain reachable under CI: ") + probe.error().message));
            QSKIP(qPrintable(probe.error().message));
        }

        test::KeptTemporaryDir dir;
        auto ws = Workspace::create(dir.filePath(QStringLiteral("ws")), QStringLiteral("Secrets"));
        QVERIFY(ws.ok());
        QList<QByteArray> secrets;
        QStringList refs;
        const auto store = [&](SecretStore& target) {
            const QByteArray secret = randomSecret();
            const QString ref = newSecretRef(ws->id());
            const Status written = writeSecretBlocking(target, ref, SecureBytes::fromBytes(secret));
            if (!written.ok())
                qWarning("%s", qPrintable(written.error().message));
            secrets.append(secret);
            refs.append(ref);
            return ref;
        };

        // One endpoint per auth type, every secret field filled, plus a TLS key passphrase.
        const QList<std::pair<EndpointKind, AuthType>> combos {{EndpointKind::Magento, AuthType::OAuth1},
            {EndpointKind::Magento, AuthType::MagentoAdminToken},
            {EndpointKind::Magento, AuthType::MagentoCustomerToken}, {EndpointKind::Rest, AuthType::Basic},
            {EndpointKind::Rest, AuthType::Bearer}, {EndpointKind::Rest, AuthType::ApiKey},
            {EndpointKind::GraphQL, AuthType::OAuth2ClientCredentials},
            {EndpointKind::Rest, AuthType::OAuth2RefreshToken}, {EndpointKind::Sql, AuthType::Basic}};
        for (const auto& [kind, type] : combos) {
            Endpoint e;
            e.name = endpointKindId(kind) + u' ' + authTypeId(type);
            e.id = ws->uniqueEndpointId(e.name);
            e.kind = kind;
            e.baseUrl = QStringLiteral("https://shop.example.com");
            e.sql.driver = QStringLiteral("QPSQL");
            e.sql.host = QStringLiteral("db");
            e.sql.database = QStringLiteral("erp");
            e.auth.type = type;
            const AuthFields fields = authFieldsOf(type);
            for (const QString& plain : fields.plain)
                e.auth.fields.insert(plain, QStringLiteral("plain-") + plain);
            for (const QString& secretField : fields.secret)
                e.auth.secretRefs.insert(secretField, store(keychain));
            e.tls.clientCertFile = QStringLiteral("client.pem");
            e.tls.clientKeyFile = QStringLiteral("client.key");
            e.tls.clientKeyPassphraseRef = store(keychain);
            QVERIFY2(ws->saveEndpoint(e).ok(), qPrintable(e.id));
        }
        Environment production {
            QStringLiteral("Production"), {{QStringLiteral("host"), QStringLiteral("shop.example.com")}}, {}};
        production.secretVariables.insert(QStringLiteral("erp_key"), store(keychain));
        QVERIFY(ws->saveEnvironment(production).ok());

        // The vault fallback in .studio/ holds secrets too (cheap scrypt parameters: this is not a KDF test).
        auto vault = VaultStore::create(
            VaultStore::defaultPath(ws->folder()), SecureBytes::fromBytes(randomSecret()), {1 << 10, 8, 1});
        QVERIFY2(vault.ok(), qPrintable(vault.ok() ? QString() : vault.error().message));
        for (int i = 0; i < 3; ++i)
            store(*vault.value());

        // The demo workspace, with its credentials written to the keychain, leaks nothing either.
        auto demoWs = demo::install(dir.filePath(QStringLiteral("ws/demo")));
        QVERIFY(demoWs.ok());
        for (const auto& [ref, value] :
            demo::secretEntries({SecureBytes::fromBytes(randomSecret()), SecureBytes::fromBytes(randomSecret()),
                SecureBytes::fromBytes(randomSecret()), SecureBytes::fromBytes(randomSecret()),
                SecureBytes::fromBytes(randomSecret()), SecureBytes::fromBytes(randomSecret())})) {
            QVERIFY(writeSecretBlocking(keychain, ref, value).ok());
            secrets.append(value.reveal());
        }

        // Every secret really is retrievable through its reference...
        for (qsizetype i = 0; i < refs.size() - 3; ++i) {
            auto read = readSecretBlocking(keychain, refs.at(i));
            QVERIFY2(read.ok(), qPrintable(refs.at(i)));
            QVERIFY(read.value().reveal() == secrets.at(i));
        }
        // ...and no byte of it is under the workspace folder.
        for (const QByteArray& secret : secrets) {
            for (const QByteArray& form : encodings(secret)) {
                const QStringList hits = test::filesContaining(ws->folder(), form);
                QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("a secret leaked into: ") + hits.join(u',')));
            }
        }
        for (const QString& ref : refs.mid(0, refs.size() - 3))
            QVERIFY(removeSecretBlocking(keychain, ref).ok());
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceSecrets)
#include "test_workspace_secrets.moc"
