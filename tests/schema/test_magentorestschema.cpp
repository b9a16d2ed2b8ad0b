// Magento's schema discovery fetched once for the console's path completion and `fields` tree, through the HTTP
// engine against a real sandbox: both halves on success, the reason in both on every kind of failure, and no
// delivery to a receiver that is gone.

#include "core/net/apiclient.h"
#include "core/sandbox/sandboxserver.h"
#include "core/schema/magentorestschema.h"
#include "core/secrets/environmentsecretstore.h"
#include "tests/support/testsupport.h"

#include <optional>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>

using namespace studio;
using namespace studio::schema;

class TestMagentoRestSchema final : public QObject
{
    Q_OBJECT

    test::KeptTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<EnvironmentSecretStore> m_secrets;
    std::unique_ptr<net::ApiClient> m_client;
    std::unique_ptr<EnvironmentSecretStore> m_wrongSecrets;
    std::unique_ptr<net::ApiClient> m_wrongClient; ///< the same credentials with a wrong access token secret
    Endpoint m_shop;

    /// Fetches and waits for the answer; nullopt when none came.
    std::optional<MagentoRestSchema> fetch(
        const Endpoint& endpoint, const QString& storeCode = QString(), net::ApiClient* client = nullptr)
    {
        std::optional<MagentoRestSchema> result;
        int calls = 0;
        QObject receiver;
        fetchMagentoRestSchema(client ? client : m_client.get(), endpoint, Environment(), storeCode, &receiver,
            [&](MagentoRestSchema fetched) {
                result = std::move(fetched);
                ++calls;
            });
        if (!QTest::qWaitFor([&] { return calls > 0; }, 30000))
            return std::nullopt;
        QCoreApplication::processEvents(); // a second delivery would show here
        if (calls != 1)
            return std::nullopt;
        return result;
    }

    /// Both halves failed with a message starting with `start`.
    static void expectFailure(const std::optional<MagentoRestSchema>& fetched, const QString& start)
    {
        QVERIFY(fetched.has_value());
        QVERIFY(!fetched->operations.ok());
        QVERIFY(!fetched->responses.ok());
        const QString message = fetched->operations.error().toString();
        QCOMPARE(fetched->responses.error().toString(), message);
        QVERIFY2(message.startsWith(start), qPrintable(message));
    }

private Q_SLOTS:
    void initTestCase()
    {
        sandbox::SandboxOptions options;
        options.dataDir = m_dir.filePath(QStringLiteral("sandbox"));
        m_server = std::make_unique<sandbox::SandboxServer>(options);
        const Status started = m_server->start();
        QVERIFY2(started.ok(), qPrintable(started.error().toString()));

        m_shop.id = QStringLiteral("shop");
        m_shop.name = QStringLiteral("Shop");
        m_shop.kind = EndpointKind::Magento;
        m_shop.baseUrl = m_server->baseUrl();
        m_shop.storeCode = QStringLiteral("default");
        m_shop.auth.type = AuthType::OAuth1;
        m_shop.auth.secretRefs = {{QStringLiteral("consumerKey"), QStringLiteral("t/ck")},
            {QStringLiteral("consumerSecret"), QStringLiteral("t/cs")},
            {QStringLiteral("accessToken"), QStringLiteral("t/at")},
            {QStringLiteral("accessTokenSecret"), QStringLiteral("t/ats")}};
        const sandbox::DemoCredentials demo = m_server->demoCredentials();
        QProcessEnvironment variables;
        const auto put = [&](const char* field, const SecureBytes& value) {
            variables.insert(
                EnvironmentSecretStore::variableForField(m_shop.id, QString::fromLatin1(field)), value.toUtf8String());
        };
        put("consumerKey", demo.consumerKey);
        put("consumerSecret", demo.consumerSecret);
        put("accessToken", demo.accessToken);
        put("accessTokenSecret", demo.accessTokenSecret);
        m_secrets = std::make_unique<EnvironmentSecretStore>(variables);
        m_secrets->mapEndpoint(m_shop);
        m_client = std::make_unique<net::ApiClient>(m_secrets.get(), nullptr);
        put("accessTokenSecret", SecureBytes::fromBytes(QByteArray(32, 'x')));
        m_wrongSecrets = std::make_unique<EnvironmentSecretStore>(variables);
        m_wrongSecrets->mapEndpoint(m_shop);
        m_wrongClient = std::make_unique<net::ApiClient>(m_wrongSecrets.get(), nullptr);
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_wrongClient.reset();
        m_server.reset();
    }

    void operationsAndResponsesFromOneFetch()
    {
        const std::optional<MagentoRestSchema> fetched = fetch(m_shop);
        QVERIFY(fetched.has_value());
        QVERIFY2(fetched->operations.ok(), qPrintable(fetched->operations.error().toString()));
        QVERIFY2(fetched->responses.ok(), qPrintable(fetched->responses.error().toString()));
        QVERIFY(RestOperations::paths(fetched->operations.value()).contains(QStringLiteral("/V1/products")));
        QVERIFY(fetched->responses.value()->responseFields("GET", QStringLiteral("/V1/products")).has_value());
        // The store switch: "all" is asked for instead of the endpoint's store code.
        const std::optional<MagentoRestSchema> global = fetch(m_shop, QStringLiteral("all"));
        QVERIFY(global.has_value() && global->operations.ok());
    }

    void failuresNameTheCauseInBothHalves()
    {
        // A store code Magento does not know: 404 from /rest/fr/schema.
        expectFailure(fetch(m_shop, QStringLiteral("fr")), QStringLiteral("The store's schema could not be loaded: "));

        // A store code that cannot be one.
        const std::optional<MagentoRestSchema> badCode = fetch(m_shop, QStringLiteral("no such code!"));
        QVERIFY(badCode.has_value() && !badCode->operations.ok());
        expectFailure(badCode, badCode->operations.error().toString());

        // A base URL from a variable the environment does not have.
        Endpoint unresolved = m_shop;
        unresolved.baseUrl = QStringLiteral("{{shop_url}}");
        const std::optional<MagentoRestSchema> missing = fetch(unresolved);
        QVERIFY(missing.has_value() && !missing->operations.ok());
        QVERIFY2(missing->operations.error().toString().contains(QStringLiteral("shop_url")),
            qPrintable(missing->operations.error().toString()));
        expectFailure(missing, missing->operations.error().toString());

        // A signature Magento refuses (without credentials, Magento would answer its anonymous routes).
        const std::optional<MagentoRestSchema> refused = fetch(m_shop, QString(), m_wrongClient.get());
        expectFailure(refused, QStringLiteral("The store's schema could not be loaded: "));
        QVERIFY2(refused->operations.error().toString().contains(QStringLiteral("signature")),
            qPrintable(refused->operations.error().toString()));
    }

    void nothingReachesAReceiverThatIsGone()
    {
        int calls = 0;
        auto receiver = std::make_unique<QObject>();
        fetchMagentoRestSchema(
            m_client.get(), m_shop, Environment(), QString(), receiver.get(), [&](MagentoRestSchema) { ++calls; });
        receiver.reset();
        // A fetch started after it, to the same server, answers: the first would have had its chance by then.
        QVERIFY(fetch(m_shop).has_value());
        QCoreApplication::processEvents();
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestMagentoRestSchema)
#include "test_magentorestschema.moc"
