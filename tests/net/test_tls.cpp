// TLS against a real TLS server (openssl s_server, certificates made by openssl for this run): TLS 1.2 minimum,
// extra CA, pinned leaf certificate (self-signed accepted once pinned, nothing else accepted then), client
// certificates (mTLS), the details a refused certificate comes with, and HTTP/2 where the server offers it.

#include "core/net/apiclient.h"
#include "core/net/tlspolicy.h"
#include "tests/net/memorysecretstore.h"
#include "tests/net/nettestsupport.h"
#include "tests/net/tlsfixture.h"
#include "tests/support/nodepeer.h"
#include "tests/support/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace studio;
using namespace studio::net;
using namespace studio::test;

class TestTls final : public QObject
{
    Q_OBJECT

    KeptTemporaryDir m_dir;
    TestCertificates m_certs;
    MemorySecretStore m_secrets;
    RecordingRecorder m_recorder;

    HttpResponse get(const Endpoint& endpoint)
    {
        ApiClient client(&m_secrets, &m_recorder);
        ApiCall call;
        call.endpoint = endpoint;
        call.target = QStringLiteral("/ok.http");
        call.retryPolicy = RetryPolicy::none();
        std::unique_ptr<ApiReply> reply(client.send(call));
        if (!waitFinished(reply.get(), 30000))
            return {};
        return reply->response();
    }

    Endpoint endpointFor(const TlsServer& server, const QString& host = QStringLiteral("localhost"))
    {
        Endpoint endpoint = restEndpoint(QStringLiteral("tls"), server.url(host));
        endpoint.timeoutMs = 20000;
        return endpoint;
    }

    QString path(const QString& name) const { return m_certs.path(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_certs.create(m_dir.path(), &error), qPrintable(error));
    }

    void unknownIssuerIsRefusedWithDetails()
    {
        TlsServer server;
        QString error;
        QVERIFY2(server.start(path(QStringLiteral("server.pem")), path(QStringLiteral("server.key")), {}, &error),
            qPrintable(error));
        const HttpResponse response = get(endpointFor(server));
        QCOMPARE(response.failure, FailureKind::Tls);
        QVERIFY(response.tlsProblem.has_value());
        const TlsProblem& problem = *response.tlsProblem;
        QCOMPARE(problem.sha256, m_certs.fingerprint(QStringLiteral("server.pem")));
        QVERIFY2(problem.subject.contains(u"CN=localhost"), qPrintable(problem.subject));
        QVERIFY2(problem.issuer.contains(u"Studio Test CA"), qPrintable(problem.issuer));
        QVERIFY(problem.notBefore.isValid() && problem.notAfter > problem.notBefore);
        QVERIFY(!problem.errors.isEmpty());
        QVERIFY(!problem.pinMismatch);
        QVERIFY2(response.errorMessage.contains(u"pin this certificate: " + problem.sha256),
            qPrintable(response.errorMessage));
        QVERIFY(problem.details().contains(problem.sha256));
        QCOMPARE(m_recorder.entries().last().status, 0);
        QVERIFY(!m_recorder.entries().last().error.isEmpty());
    }

    void extraCaIsAccepted()
    {
        TlsServer server;
        QString error;
        QVERIFY2(server.start(path(QStringLiteral("server.pem")), path(QStringLiteral("server.key")), {}, &error),
            qPrintable(error));
        Endpoint endpoint = endpointFor(server);
        endpoint.tls.caFile = path(QStringLiteral("ca.pem"));
        const HttpResponse response = get(endpoint);
        QVERIFY2(response.isSuccess(), qPrintable(response.errorMessage));
        QCOMPARE(response.body, QByteArray("{\"tls\":\"ok\"}"));
        // By IP address too: the certificate names 127.0.0.1.
        const HttpResponse byIp = get([&] {
            Endpoint e = endpointFor(server, QStringLiteral("127.0.0.1"));
            e.tls.caFile = path(QStringLiteral("ca.pem"));
            return e;
        }());
        QVERIFY2(byIp.isSuccess(), qPrintable(byIp.errorMessage));
    }

    void selfSignedIsRefusedUntilPinned()
    {
        TlsServer server;
        QString error;
        QVERIFY2(server.start(path(QStringLiteral("self.pem")), path(QStringLiteral("self.key")), {}, &error),
            qPrintable(error));
        Endpoint endpoint = endpointFor(server);
        const HttpResponse refused = get(endpoint);
        QCOMPARE(refused.failure, FailureKind::Tls);
        const QString fingerprint = m_certs.fingerprint(QStringLiteral("self.pem"));
        QCOMPARE(refused.tlsProblem->sha256, fingerprint);

        endpoint.tls.pinnedSha256 = fingerprint; // the value the refusal offered
        const HttpResponse pinned = get(endpoint);
        QVERIFY2(pinned.isSuccess(), qPrintable(pinned.errorMessage));
        // Colons and case do not matter.
        endpoint.tls.pinnedSha256 = fingerprint.toLower().remove(u':');
        QVERIFY(get(endpoint).isSuccess());
    }

    void wrongPinIsRefused()
    {
        TlsServer server;
        QString error;
        QVERIFY2(server.start(path(QStringLiteral("self.pem")), path(QStringLiteral("self.key")), {}, &error),
            qPrintable(error));
        Endpoint endpoint = endpointFor(server);
        endpoint.tls.pinnedSha256 = m_certs.fingerprint(QStringLiteral("server.pem"));
        const HttpResponse response = get(endpoint);
        QCOMPARE(response.failure, FailureKind::Tls);
        QVERIFY(response.tlsProblem->pinMismatch);
        QCOMPARE(response.tlsProblem->sha256, m_certs.fingerprint(QStringLiteral("self.pem")));
        QVERIFY2(response.errorMessage.contains(u"not the pinned one"), qPrintable(response.errorMessage));
    }

    void pinMeansNothingElseEvenFromTheSameCa()
    {
        TlsServer server;
        QString error;
        QVERIFY2(server.start(path(QStringLiteral("server2.pem")), path(QStringLiteral("server2.key")), {}, &error),
            qPrintable(error));
        Endpoint endpoint = endpointFor(server);
        endpoint.tls.caFile = path(QStringLiteral("ca.pem"));
        QVERIFY(get(endpoint).isSuccess()); // trusted through the CA...
        endpoint.tls.pinnedSha256 = m_certs.fingerprint(QStringLiteral("server.pem"));
        const HttpResponse response = get(endpoint); // ...but not the pinned certificate
        QCOMPARE(response.failure, FailureKind::Tls);
        QVERIFY(response.tlsProblem->pinMismatch);
        QVERIFY2(response.tlsProblem->subject.contains(u"Impostor"), qPrintable(response.tlsProblem->subject));
    }

    void tls11OnlyServerIsRefused()
    {
        TlsServer server;
        QString error;
        QVERIFY2(
            server.start(path(QStringLiteral("self.pem")), path(QStringLiteral("self.key")),
                {QStringLiteral("-tls1_1"), QStringLiteral("-cipher"), QStringLiteral("DEFAULT:@SECLEVEL=0")}, &error),
            qPrintable(error));
        // Even a pinned certificate does not make an old protocol acceptable.
        Endpoint endpoint = endpointFor(server);
        endpoint.tls.pinnedSha256 = m_certs.fingerprint(QStringLiteral("self.pem"));
        const HttpResponse response = get(endpoint);
        QCOMPARE(response.failure, FailureKind::Tls);
        QVERIFY2(response.errorMessage.contains(u"TLS 1.2"), qPrintable(response.errorMessage));
    }

    /// A server that offers HTTP/2 by ALPN gets HTTP/2 (node's http2 module); the log says which version was used.
    void http2WhenTheServerOffersIt()
    {
        NodePeer server;
        if (!server.start(QStringLiteral("tests/net/http2server.mjs"),
                {path(QStringLiteral("server.pem")), path(QStringLiteral("server.key"))})) {
            if (inCi())
                QFAIL(qPrintable(server.error()));
            QSKIP(qPrintable(server.error()));
        }
        Endpoint endpoint = restEndpoint(QStringLiteral("h2"), server.url().toString());
        endpoint.timeoutMs = 20000;
        endpoint.tls.caFile = path(QStringLiteral("ca.pem"));
        m_recorder.clear();
        for (int i = 0; i < 2; ++i) { // the second request reuses the HTTP/2 connection
            const HttpResponse response = get(endpoint);
            QVERIFY2(response.isSuccess(), qPrintable(response.errorMessage));
            QVERIFY(response.http2);
            QCOMPARE(QJsonDocument::fromJson(response.body).object().value(QStringLiteral("http")).toString(),
                QStringLiteral("2.0"));
        }
        QCOMPARE(m_recorder.count(), 2);
        QCOMPARE(m_recorder.entries().last().httpVersion, QByteArray("HTTP/2"));

        // The openssl server speaks only HTTP/1.1: no HTTP/2 there, and the log says so.
        TlsServer http1;
        QString error;
        QVERIFY2(http1.start(path(QStringLiteral("server.pem")), path(QStringLiteral("server.key")), {}, &error),
            qPrintable(error));
        Endpoint plain = endpointFor(http1);
        plain.tls.caFile = path(QStringLiteral("ca.pem"));
        const HttpResponse old = get(plain);
        QVERIFY2(old.isSuccess(), qPrintable(old.errorMessage));
        QVERIFY(!old.http2);
        QCOMPARE(m_recorder.entries().last().httpVersion, QByteArray("HTTP/1.1"));
    }

    void mutualTls()
    {
        TlsServer server;
        QString error;
        QVERIFY2(server.start(path(QStringLiteral("server.pem")), path(QStringLiteral("server.key")),
                     {QStringLiteral("-Verify"), QStringLiteral("1"), QStringLiteral("-CAfile"),
                         path(QStringLiteral("ca.pem"))},
                     &error),
            qPrintable(error));
        Endpoint endpoint = endpointFor(server);
        endpoint.tls.caFile = path(QStringLiteral("ca.pem"));
        const HttpResponse without = get(endpoint);
        QVERIFY2(!without.isSuccess(), "a server that requires a client certificate must refuse us without one");
        QVERIFY(without.failure == FailureKind::Tls || without.failure == FailureKind::Network);

        endpoint.tls.clientCertFile = path(QStringLiteral("client.pem"));
        endpoint.tls.clientKeyFile = path(QStringLiteral("client.key"));
        const HttpResponse with = get(endpoint);
        QVERIFY2(with.isSuccess(), qPrintable(with.errorMessage));

        // The same key encrypted, with its passphrase from the secret store.
        m_secrets.put(QStringLiteral("ref/passphrase"), m_certs.keyPassphrase());
        endpoint.tls.clientKeyFile = path(QStringLiteral("client-encrypted.key"));
        endpoint.tls.clientKeyPassphraseRef = QStringLiteral("ref/passphrase");
        const HttpResponse encrypted = get(endpoint);
        QVERIFY2(encrypted.isSuccess(), qPrintable(encrypted.errorMessage));

        m_secrets.put(QStringLiteral("ref/passphrase"), "wrong passphrase");
        const HttpResponse wrong = get(endpoint);
        QCOMPARE(wrong.failure, FailureKind::Configuration);
        QVERIFY2(wrong.errorMessage.contains(u"passphrase is wrong"), qPrintable(wrong.errorMessage));
    }

    void badTlsSettingsAreNamed_data()
    {
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing CA file") << QStringLiteral("/nonexistent/ca.pem") << QString() << QString() << QString()
                                         << QStringLiteral("/nonexistent/ca.pem");
        QTest::newRow("CA file without certificate") << QStringLiteral("server.ext") << QString() << QString()
                                                     << QString() << QStringLiteral("no PEM certificate");
        QTest::newRow("short pin") << QString() << QStringLiteral("AB:CD") << QString() << QString()
                                   << QStringLiteral("64 hexadecimal digits");
        QTest::newRow("cert without key") << QString() << QString() << QStringLiteral("client.pem") << QString()
                                          << QStringLiteral("private key file");
        QTest::newRow("key is not a key") << QString() << QString() << QStringLiteral("client.pem")
                                          << QStringLiteral("client.pem") << QStringLiteral("cannot be read");
    }

    void badTlsSettingsAreNamed()
    {
        QFETCH(QString, caFile);
        QFETCH(QString, pin);
        QFETCH(QString, cert);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        const auto resolve
            = [this](const QString& name) { return name.isEmpty() || name.startsWith(u'/') ? name : path(name); };
        TlsSettings settings;
        settings.caFile = resolve(caFile);
        settings.pinnedSha256 = pin;
        settings.clientCertFile = resolve(cert);
        settings.clientKeyFile = resolve(key);
        const Result<TlsPolicy> policy = TlsPolicy::create(settings, QStringLiteral("localhost"));
        QVERIFY(!policy.ok());
        QVERIFY2(policy.error().message.contains(expected), qPrintable(policy.error().message));
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "test_tls.moc"
