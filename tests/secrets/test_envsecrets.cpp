#include "core/secrets/environmentsecretstore.h"
#include "core/secrets/secretcrypto.h"
#include "core/workspace/endpoint.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace studio;

namespace {

QString randomValue()
{
    return QString::fromLatin1("env-" + crypto::randomBytes(18)->toBase64(QByteArray::Base64UrlEncoding));
}

} // namespace

/// Environment-variable secrets for the command line, and the helpers every store shares.
class TestEnvSecrets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void variablePart_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("slug") << QStringLiteral("magento-staging") << QStringLiteral("MAGENTO_STAGING");
        QTest::newRow("camelCase") << QStringLiteral("accessToken") << QStringLiteral("ACCESS_TOKEN");
        QTest::newRow("three words") << QStringLiteral("tlsKeyPassphrase") << QStringLiteral("TLS_KEY_PASSPHRASE");
        QTest::newRow("plain") << QStringLiteral("password") << QStringLiteral("PASSWORD");
        QTest::newRow("acronym then word") << QStringLiteral("OAuth2Token") << QStringLiteral("OAUTH2_TOKEN");
        QTest::newRow("dots and spaces") << QStringLiteral("shop.eu  main") << QStringLiteral("SHOP_EU_MAIN");
        QTest::newRow("edges") << QStringLiteral("--erp--") << QStringLiteral("ERP");
        QTest::newRow("non-ascii") << QStringLiteral("bücher-shop") << QStringLiteral("B_CHER_SHOP");
        QTest::newRow("reference") << QStringLiteral("ws-1a2b/0f3c-99") << QStringLiteral("WS_1A2B_0F3C_99");
        QTest::newRow("already upper") << QStringLiteral("API_KEY") << QStringLiteral("API_KEY");
    }

    void variablePart()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(EnvironmentSecretStore::toVariablePart(name), expected);
    }

    void documentedExamples()
    {
        QCOMPARE(
            EnvironmentSecretStore::variableForField(QStringLiteral("magento-staging"), QStringLiteral("accessToken")),
            QStringLiteral("STUDIO_SECRET_MAGENTO_STAGING_ACCESS_TOKEN"));
        QCOMPARE(EnvironmentSecretStore::variableForField(QStringLiteral("erp"), QStringLiteral("password")),
            QStringLiteral("STUDIO_SECRET_ERP_PASSWORD"));
        QCOMPARE(
            EnvironmentSecretStore::variableForField(QStringLiteral("shop.eu"), QStringLiteral("tlsKeyPassphrase")),
            QStringLiteral("STUDIO_SECRET_SHOP_EU_TLS_KEY_PASSPHRASE"));
        QCOMPARE(EnvironmentSecretStore::variableForRef(QStringLiteral("ws-1a2b/0f3c")),
            QStringLiteral("STUDIO_SECRET_REF_WS_1A2B_0F3C"));
    }

    void readsMappedFieldsAndReferences()
    {
        const QString fieldValue = randomValue();
        const QString refValue = randomValue();
        QProcessEnvironment env;
        env.insert(QStringLiteral("STUDIO_SECRET_ERP_PASSWORD"), fieldValue);
        env.insert(QStringLiteral("STUDIO_SECRET_REF_WS_1_BY_REF"), refValue);
        env.insert(QStringLiteral("STUDIO_SECRET_REF_WS_1_BOTH"), refValue);
        EnvironmentSecretStore store(env);
        QCOMPARE(store.backendName(), QStringLiteral("Environment variables"));

        store.mapField(QStringLiteral("ws-1/both"), QStringLiteral("erp"), QStringLiteral("password"));
        QCOMPARE(store.variablesFor(QStringLiteral("ws-1/both")),
            QStringList({QStringLiteral("STUDIO_SECRET_ERP_PASSWORD"), QStringLiteral("STUDIO_SECRET_REF_WS_1_BOTH")}));
        // The endpoint/field name wins over the reference name.
        auto both = readSecretBlocking(store, QStringLiteral("ws-1/both"));
        QVERIFY(both.ok());
        QVERIFY(both.value().toUtf8String() == fieldValue);

        auto byRef = readSecretBlocking(store, QStringLiteral("ws-1/by-ref"));
        QVERIFY(byRef.ok());
        QVERIFY(byRef.value().toUtf8String() == refValue);
        QVERIFY(store.contains(QStringLiteral("ws-1/by-ref")));

        auto field = store.readField(QStringLiteral("erp"), QStringLiteral("password"));
        QVERIFY(field.ok());
        QVERIFY(field.value().toUtf8String() == fieldValue);
    }

    void missingAndEmptyVariablesNameTheVariable()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("STUDIO_SECRET_SHOP_TOKEN"), QString());
        EnvironmentSecretStore store(env);
        store.mapField(QStringLiteral("ws-1/t"), QStringLiteral("shop"), QStringLiteral("token"));
        store.mapField(QStringLiteral("ws-1/p"), QStringLiteral("shop"), QStringLiteral("password"));

        auto empty = readSecretBlocking(store, QStringLiteral("ws-1/t"));
        QVERIFY(!empty.ok());
        QVERIFY(empty.error().message.contains(u"STUDIO_SECRET_SHOP_TOKEN"));
        QVERIFY(empty.error().message.contains(u"set but empty"));
        QVERIFY(!store.contains(QStringLiteral("ws-1/t")));

        auto missing = readSecretBlocking(store, QStringLiteral("ws-1/p"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(u"STUDIO_SECRET_SHOP_PASSWORD"));
        QVERIFY(missing.error().message.contains(u"STUDIO_SECRET_REF_WS_1_P"));
        QVERIFY(missing.error().message.contains(u"\"ws-1/p\""));

        auto field = store.readField(QStringLiteral("shop"), QStringLiteral("consumerSecret"));
        QVERIFY(!field.ok());
        QVERIFY(field.error().message.contains(u"STUDIO_SECRET_SHOP_CONSUMER_SECRET"));
    }

    void mapsAnEndpointsSecretFields()
    {
        Endpoint endpoint;
        endpoint.id = QStringLiteral("magento-staging");
        endpoint.auth.type = AuthType::OAuth1;
        endpoint.auth.secretRefs.insert(QStringLiteral("consumerKey"), QStringLiteral("ws-1/ck"));
        endpoint.auth.secretRefs.insert(QStringLiteral("accessTokenSecret"), QStringLiteral("ws-1/ats"));
        endpoint.auth.secretRefs.insert(QStringLiteral("consumerSecret"), QString()); // no reference yet: skipped
        const QString value = randomValue();
        QProcessEnvironment env;
        env.insert(QStringLiteral("STUDIO_SECRET_MAGENTO_STAGING_ACCESS_TOKEN_SECRET"), value);
        EnvironmentSecretStore store(env);
        store.mapEndpoint(endpoint);
        QCOMPARE(store.variablesFor(QStringLiteral("ws-1/ck")).constFirst(),
            QStringLiteral("STUDIO_SECRET_MAGENTO_STAGING_CONSUMER_KEY"));
        auto read = store.readNow(QStringLiteral("ws-1/ats"));
        QVERIFY(read.ok());
        QVERIFY(read.value().toUtf8String() == value);
        QVERIFY(!store.contains(QStringLiteral("ws-1/ck")));
    }

    void isReadOnly()
    {
        const QString value = randomValue();
        QProcessEnvironment env;
        env.insert(QStringLiteral("STUDIO_SECRET_REF_WS_1_X"), value);
        EnvironmentSecretStore store(env);
        const Status written = writeSecretBlocking(store, QStringLiteral("ws-1/x"), SecureBytes::fromUtf8(value));
        QVERIFY(!written.ok());
        QVERIFY(written.error().message.contains(u"read-only"));
        QVERIFY(written.error().message.contains(u"STUDIO_SECRET_REF_WS_1_X"));
        QVERIFY(!written.error().message.contains(value));
        const Status removed = removeSecretBlocking(store, QStringLiteral("ws-1/x"));
        QVERIFY(!removed.ok());
        QVERIFY(removed.error().message.contains(u"read-only"));
        QVERIFY(readSecretBlocking(store, QStringLiteral("ws-1/x")).ok());
    }

    void callbackRunsLaterOnTheContext()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("STUDIO_SECRET_REF_R"), randomValue());
        EnvironmentSecretStore store(env);
        QObject context;
        bool called = false;
        store.read(QStringLiteral("r"), &context, [&](Result<SecureBytes> value) {
            QVERIFY(value.ok());
            called = true;
        });
        QVERIFY(!called);
        QTRY_VERIFY(called);

        bool late = false;
        auto doomed = std::make_unique<QObject>();
        store.read(QStringLiteral("r"), doomed.get(), [&](Result<SecureBytes>) { late = true; });
        doomed.reset();
        QCoreApplication::processEvents();
        QVERIFY(!late);
    }

    void newSecretRefsAreUniqueAndShaped()
    {
        static const QRegularExpression shape(
            QStringLiteral("^ws-7f3a/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
        QSet<QString> seen;
        for (int i = 0; i < 100; ++i) {
            const QString ref = newSecretRef(QStringLiteral("7f3a"));
            QVERIFY2(shape.match(ref).hasMatch(), qPrintable(ref));
            seen.insert(ref);
        }
        QCOMPARE(seen.size(), 100);
    }
};

QTEST_GUILESS_MAIN(TestEnvSecrets)
#include "test_envsecrets.moc"
