// The endpoint's own proxy setting in the HTTP engine: requests really go through a proxy (a small forwarding
// proxy written for the test, in front of a scripted server), with the proxy password from the secret store,
// {{variables}} in the proxy URL, "direct" past the client's proxy, and the command line's proxy winning over the
// endpoint's; bad settings fail before anything is sent, in words that name the endpoint.

#include "core/net/apiclient.h"
#include "core/net/connectiontester.h"
#include "tests/net/forwardingproxy.h"
#include "tests/net/memorysecretstore.h"
#include "tests/net/nettestsupport.h"
#include "tests/net/scriptedserver.h"
#include "tests/support/testsupport.h"

#include <memory>
#include <optional>
#include <QTest>

using namespace studio;
using namespace studio::net;
using namespace studio::test;

namespace {

struct Rig
{
    MemorySecretStore secrets;
    RecordingRecorder recorder;
    ApiClient client {&secrets, &recorder};
    ScriptedServer server;
    ForwardingProxy proxy;

    bool start()
    {
        ApiClientOptions options;
        options.retryPolicy = RetryPolicy::none();
        options.fingerprintSalt = "proxy-test";
        client.setOptions(options);
        server.setHandler([](const ReceivedRequest& request) {
            return ScriptedResponse::json(200, "{\"path\":\"" + request.path() + "\"}");
        });
        return server.listen() && proxy.listen();
    }

    Endpoint endpoint(const QString& proxyUrl) const
    {
        Endpoint e = restEndpoint(QStringLiteral("erp"), server.url());
        e.proxyUrl = proxyUrl;
        return e;
    }

    HttpResponse get(const Endpoint& endpoint, const Environment& environment = Environment())
    {
        ApiCall call;
        call.endpoint = endpoint;
        call.environment = environment;
        call.target = QStringLiteral("/api/items?page=2");
        std::unique_ptr<ApiReply> reply(client.send(call));
        if (!waitFinished(reply.get()))
            return {};
        return reply->response();
    }
};

QString describe(const HttpResponse& response)
{
    return QStringLiteral("%1 %2: %3").arg(response.status).arg(failureKindId(response.failure), response.errorMessage);
}

} // namespace

class TestProxy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestGoesThroughTheEndpointsProxy()
    {
        Rig rig;
        QVERIFY(rig.start());
        const HttpResponse response = rig.get(rig.endpoint(rig.proxy.url()));
        QVERIFY2(response.isSuccess(), qPrintable(describe(response)));
        QCOMPARE(response.body, QByteArray("{\"path\":\"/api/items\"}"));
        // The proxy saw the request in absolute form and passed it on; the server got it from the proxy.
        QCOMPARE(rig.proxy.seen().size(), 1);
        QCOMPARE(rig.proxy.seen().at(0).method, QByteArray("GET"));
        QCOMPARE(rig.proxy.seen().at(0).target, (rig.server.url(QStringLiteral("/api/items?page=2"))).toLatin1());
        QCOMPARE(rig.server.requestCount(), 1);
        QCOMPARE(rig.server.requests().at(0).target, QByteArray("/api/items?page=2"));

        // The proxy setting is part of the endpoint: changing it takes a new way at once.
        const HttpResponse direct = rig.get(rig.endpoint(QStringLiteral("direct")));
        QVERIFY2(direct.isSuccess(), qPrintable(describe(direct)));
        QCOMPARE(rig.proxy.seen().size(), 1);
        QCOMPARE(rig.server.requestCount(), 2);
    }

    void proxyPasswordComesFromTheSecretStore()
    {
        Rig rig;
        QVERIFY(rig.start());
        const QByteArray password = randomSecret();
        rig.proxy.requireCredentials("ci", password);
        Endpoint e = rig.endpoint(rig.proxy.url("ci"));
        e.proxyPasswordRef = QStringLiteral("ref/proxy");

        // Without the secret nothing is sent, and the error names the endpoint and the proxy password.
        HttpResponse response = rig.get(e);
        QCOMPARE(response.failure, FailureKind::Secret);
        QVERIFY2(response.errorMessage.contains(u"proxy password of endpoint \"erp\""), qPrintable(describe(response)));
        QCOMPARE(rig.proxy.seen().size(), 0);

        rig.secrets.put(QStringLiteral("ref/proxy"), password);
        rig.client.resetSessions();
        response = rig.get(e);
        QVERIFY2(response.isSuccess(), qPrintable(describe(response)));
        QCOMPARE(rig.proxy.forwardedCount(), 1);
        QCOMPARE(rig.proxy.seen().constLast().proxyAuthorization,
            QByteArray("Basic " + QByteArray("ci:" + password).toBase64()));
        // The password is never in the log: not in a header, not in the URL.
        for (const LogEntry& entry : rig.recorder.entries()) {
            QVERIFY(!entry.url.contains(QString::fromLatin1(password)));
            for (const auto& header : entry.requestHeaders)
                QVERIFY(!header.second.contains(password));
        }

        // A wrong password: the proxy's refusal, in words.
        rig.secrets.put(QStringLiteral("ref/proxy"), randomSecret());
        rig.client.resetSessions();
        response = rig.get(e);
        QVERIFY(!response.isSuccess());
        QVERIFY2(response.errorMessage.contains(u"proxy", Qt::CaseInsensitive), qPrintable(describe(response)));
        QCOMPARE(rig.proxy.forwardedCount(), 1);
    }

    void proxyUrlWithVariables()
    {
        Rig rig;
        QVERIFY(rig.start());
        Environment environment;
        environment.name = QStringLiteral("CI");
        environment.variables.insert(QStringLiteral("proxy_port"), QString::number(rig.proxy.port()));
        const HttpResponse response
            = rig.get(rig.endpoint(QStringLiteral("http://127.0.0.1:{{proxy_port}}")), environment);
        QVERIFY2(response.isSuccess(), qPrintable(describe(response)));
        QCOMPARE(rig.proxy.forwardedCount(), 1);

        // A variable that does not make a proxy URL: refused before anything is sent, naming endpoint and field.
        environment.variables.insert(QStringLiteral("corp_proxy"), QStringLiteral("ftp://proxy.corp:21"));
        const HttpResponse bad = rig.get(rig.endpoint(QStringLiteral("{{corp_proxy}}")), environment);
        QCOMPARE(bad.failure, FailureKind::Configuration);
        QVERIFY2(bad.errorMessage.contains(u"Proxy of endpoint \"erp\""), qPrintable(describe(bad)));
        QVERIFY2(bad.errorMessage.contains(u"ftp://proxy.corp:21"), qPrintable(describe(bad)));
        // A password in the (shared) endpoint file is refused, not used.
        environment.variables.insert(QStringLiteral("corp_proxy"), QStringLiteral("http://ci:pw@127.0.0.1:3128"));
        const HttpResponse leaked = rig.get(rig.endpoint(QStringLiteral("{{corp_proxy}}")), environment);
        QCOMPARE(leaked.failure, FailureKind::Configuration);
        QVERIFY2(leaked.errorMessage.contains(u"the URL contains a password"), qPrintable(describe(leaked)));
        QVERIFY2(!leaked.errorMessage.contains(u"pw@"), qPrintable(describe(leaked)));
        const HttpResponse unknown = rig.get(rig.endpoint(QStringLiteral("{{nowhere}}")), environment);
        QCOMPARE(unknown.failure, FailureKind::Configuration);
        QVERIFY2(unknown.errorMessage.contains(u"proxy.url"), qPrintable(describe(unknown)));
        QCOMPARE(rig.proxy.seen().size(), 1);
    }

    void precedence()
    {
        Rig rig;
        QVERIFY(rig.start());
        ForwardingProxy other;
        QVERIFY(other.listen());

        // The client's proxy serves endpoints without one of their own; "direct" goes past it.
        ApiClientOptions options = rig.client.options();
        options.proxy = ProxySettings::parse(other.url()).value();
        rig.client.setOptions(options);
        QVERIFY(rig.get(rig.endpoint(QString())).isSuccess());
        QCOMPARE(other.forwardedCount(), 1);
        QVERIFY(rig.get(rig.endpoint(QStringLiteral("direct"))).isSuccess());
        QCOMPARE(other.forwardedCount(), 1);
        QVERIFY(rig.get(rig.endpoint(rig.proxy.url())).isSuccess());
        QCOMPARE(rig.proxy.forwardedCount(), 1);
        QCOMPARE(other.forwardedCount(), 1);

        // A proxy set for the endpoint by the caller (the command line's --proxy) wins over the endpoint's own.
        rig.client.setProxyFor(QStringLiteral("erp"), ProxySettings::parse(other.url()).value());
        QVERIFY(rig.get(rig.endpoint(rig.proxy.url())).isSuccess());
        QCOMPARE(other.forwardedCount(), 2);
        QCOMPARE(rig.proxy.forwardedCount(), 1);
        QCOMPARE(rig.server.requestCount(), 4);
    }

    void deadProxyIsExplained()
    {
        Rig rig;
        QVERIFY(rig.start());
        const HttpResponse response = rig.get(rig.endpoint(QStringLiteral("http://127.0.0.1:%1").arg(freeLocalPort())));
        QVERIFY(!response.isSuccess());
        QVERIFY2(response.errorMessage.contains(u"proxy", Qt::CaseInsensitive), qPrintable(describe(response)));
        QCOMPARE(rig.server.requestCount(), 0);
    }

    void connectionTestNamesTheProxy()
    {
        Rig rig;
        QVERIFY(rig.start());
        EndpointConnectionTester tester(&rig.secrets, &rig.recorder);
        std::optional<ConnectionReport> report;
        connect(&tester, &ConnectionTester::finished, this, [&report](const ConnectionReport& r) { report = r; });
        tester.start(rig.endpoint(rig.proxy.url()), Environment());
        QVERIFY(QTest::qWaitFor([&report] { return report.has_value(); }, 10000));
        QVERIFY2(report->ok, qPrintable(formatConnectionReport(*report)));
        QCOMPARE(report->checks.at(0).state, ConnectionCheck::State::Skipped);
        QCOMPARE(report->checks.at(0).detail,
            QStringLiteral("Requests go through the proxy %1, so name lookup, connection and TLS are checked by the "
                           "request itself.")
                .arg(rig.proxy.url()));
        QVERIFY(rig.proxy.forwardedCount() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestProxy)
#include "test_proxy.moc"
