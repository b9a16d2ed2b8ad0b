// `integration-studio call` as a user runs it: a workspace on disk, secrets in environment variables, the sandbox
// as the server; body on stdout, status on stderr, exit codes, and every request in the workspace's request log.

#include "core/common/buildinfo.h"
#include "core/log/logpaths.h"
#include "core/log/logreader.h"
#include "core/sandbox/sandboxserver.h"
#include "core/secrets/environmentsecretstore.h"
#include "core/workspace/workspace.h"
#include "tests/support/testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace studio;
using namespace studio::test;

namespace {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString binary()
{
    // ctest names the build folder; run by hand, the test sits in <build>/tests/net.
    const QString build = qEnvironmentVariableIsSet("STUDIO_BINARY_DIR")
        ? qEnvironmentVariable("STUDIO_BINARY_DIR")
        : QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../.."));
    return QDir(build).filePath(QStringLiteral("app/integration-studio"));
}

} // namespace

class TestCallCli final : public QObject
{
    Q_OBJECT

    KeptTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    QProcessEnvironment m_environment;

    /// Runs the command while this thread keeps serving the in-process sandbox.
    CliResult run(const QStringList& args, const QByteArray& stdinData = QByteArray())
    {
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.start(binary(), QStringList {QStringLiteral("call")} + args);
        if (!process.waitForStarted(10000))
            return {};
        if (!stdinData.isEmpty())
            process.write(stdinData);
        process.closeWriteChannel();
        if (!QTest::qWaitFor([&process]() { return process.state() == QProcess::NotRunning; }, 60000)) {
            process.kill();
            process.waitForFinished(5000);
            return CliResult {-1, {}, "(timed out)"};
        }
        return CliResult {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QString workspace() const { return m_dir.filePath(QStringLiteral("ws")); }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(binary())) {
            if (inCi())
                QFAIL("integration-studio is not built.");
            QSKIP("integration-studio is not built (make build) — nothing to run.");
        }
        sandbox::SandboxOptions options;
        options.dataDir = m_dir.filePath(QStringLiteral("sandbox"));
        m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
        const Status started = m_sandbox->start();
        QVERIFY2(started.ok(), qPrintable(started.error().toString()));
        Result<Workspace> ws = Workspace::create(workspace(), QStringLiteral("CLI test"));
        QVERIFY2(ws.ok(), qPrintable(ws.error().toString()));

        Endpoint shop;
        shop.id = QStringLiteral("shop");
        shop.name = QStringLiteral("Shop");
        shop.kind = EndpointKind::Magento;
        shop.baseUrl = QStringLiteral("{{shopUrl}}");
        shop.storeCode = QStringLiteral("default");
        shop.auth.type = AuthType::OAuth1;
        shop.auth.secretRefs = {{QStringLiteral("consumerKey"), QStringLiteral("ws-cli/ck")},
            {QStringLiteral("consumerSecret"), QStringLiteral("ws-cli/cs")},
            {QStringLiteral("accessToken"), QStringLiteral("ws-cli/at")},
            {QStringLiteral("accessTokenSecret"), QStringLiteral("ws-cli/ats")}};
        QVERIFY(ws->saveEndpoint(shop).ok());
        Endpoint down = shop;
        down.id = QStringLiteral("down");
        down.name = QStringLiteral("Down");
        down.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(freeLocalPort());
        down.auth = AuthSettings();
        QVERIFY(ws->saveEndpoint(down).ok());
        Environment local;
        local.name = QStringLiteral("local");
        local.variables.insert(QStringLiteral("shopUrl"), m_sandbox->baseUrl());
        QVERIFY(ws->saveEnvironment(local).ok());

        // The secrets travel as environment variables, named as the README documents.
        const sandbox::DemoCredentials demo = m_sandbox->demoCredentials();
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(
            EnvironmentSecretStore::variableForField(QStringLiteral("shop"), QStringLiteral("consumerKey")),
            demo.consumerKey.toUtf8String());
        m_environment.insert(QStringLiteral("STUDIO_SECRET_SHOP_CONSUMER_SECRET"), demo.consumerSecret.toUtf8String());
        m_environment.insert(QStringLiteral("STUDIO_SECRET_SHOP_ACCESS_TOKEN"), demo.accessToken.toUtf8String());
        m_environment.insert(
            QStringLiteral("STUDIO_SECRET_SHOP_ACCESS_TOKEN_SECRET"), demo.accessTokenSecret.toUtf8String());
    }

    void getPrintsBodyAndStatus()
    {
        const CliResult result
            = run({QStringLiteral("--workspace"), workspace(), QStringLiteral("shop"), QStringLiteral("GET"),
                QStringLiteral("/V1/products"), QStringLiteral("--query"), QStringLiteral("searchCriteria[pageSize]=2"),
                QStringLiteral("--query"), QStringLiteral("fields=items[sku],total_count")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject body = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(body.value(QStringLiteral("items")).toArray().size(), 2);
        QVERIFY2(result.err.startsWith("HTTP 200 OK") || result.err.contains("\nHTTP 200 OK"), result.err.constData());
        QVERIFY2(result.err.contains("signed with OAuth 1.0a HMAC-SHA256"), result.err.constData());
    }

    void postFromFileAndPutWithEncodedSku()
    {
        QFile data(m_dir.filePath(QStringLiteral("product.json")));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write("{\"product\":{\"sku\":\"CLI/1\",\"name\":\"CLI product\",\"price\":5,\"attribute_set_id\":4,"
                   "\"type_id\":\"simple\"}}");
        data.close();
        CliResult result
            = run({QStringLiteral("--workspace"), workspace(), QStringLiteral("--env"), QStringLiteral("local"),
                QStringLiteral("--store"), QStringLiteral("all"), QStringLiteral("shop"), QStringLiteral("POST"),
                QStringLiteral("/V1/products"), QStringLiteral("--data"), QStringLiteral("@") + data.fileName()});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        result = run({QStringLiteral("--workspace"), workspace(), QStringLiteral("--store"), QStringLiteral("all"),
                         QStringLiteral("shop"), QStringLiteral("PUT"), QStringLiteral("/V1/products/CLI%2F1"),
                         QStringLiteral("--data"), QStringLiteral("@-")},
            "{\"product\":{\"price\":7.25}}");
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(QJsonDocument::fromJson(result.out).object().value(QStringLiteral("price")).toDouble(), 7.25);
    }

    void errorsGiveExitCodes()
    {
        CliResult result = run({QStringLiteral("--workspace"), workspace(), QStringLiteral("shop"),
            QStringLiteral("GET"), QStringLiteral("/V1/products/NO-SUCH-SKU")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.startsWith("HTTP 404") || result.err.contains("\nHTTP 404"), result.err.constData());
        QVERIFY(result.out.contains("The product that was requested doesn't exist"));

        result = run({QStringLiteral("--workspace"), workspace(), QStringLiteral("down"), QStringLiteral("GET"),
            QStringLiteral("/V1/products"), QStringLiteral("--no-retry")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains("connection refused"), result.err.constData());

        QProcessEnvironment withoutSecret = m_environment;
        withoutSecret.remove(QStringLiteral("STUDIO_SECRET_SHOP_CONSUMER_SECRET"));
        std::swap(m_environment, withoutSecret);
        result = run({QStringLiteral("--workspace"), workspace(), QStringLiteral("shop"), QStringLiteral("GET"),
            QStringLiteral("/V1/products")});
        std::swap(m_environment, withoutSecret);
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.err.contains("STUDIO_SECRET_SHOP_CONSUMER_SECRET"), result.err.constData());

        result = run({QStringLiteral("--workspace"), workspace(), QStringLiteral("nope"), QStringLiteral("GET"),
            QStringLiteral("/x")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("shop"), result.err.constData()); // lists the endpoints there are
        result = run({QStringLiteral("--workspace"), workspace(), QStringLiteral("shop"), QStringLiteral("GET")});
        QCOMPARE(result.exitCode, 2);
    }

    void requestsAreLoggedWithoutSecrets()
    {
        Result<std::unique_ptr<LogReader>> reader = LogReader::open(requestLogPath(workspace()));
        QVERIFY2(reader.ok(), qPrintable(reader.error().toString()));
        const Result<qint64> count = reader.value()->count(LogFilter());
        QVERIFY(count.ok());
        QString urls;
        const Result<QList<qint64>> ids = reader.value()->ids(LogFilter(), 0, 100);
        for (const qint64 id : ids.value())
            urls += reader.value()->entry(id)->url + u' ';
        QVERIFY2(count.value() >= 5, qPrintable(QString::number(count.value()) + u": " + urls));
        const sandbox::DemoCredentials demo = m_sandbox->demoCredentials();
        for (const SecureBytes& secret : {demo.consumerSecret, demo.accessTokenSecret, demo.accessToken})
            QVERIFY(filesContaining(QDir(workspace()).filePath(QStringLiteral(".studio")), secret.reveal()).isEmpty());
    }

    /// `--version` names the studio and the bundled libraries as Help > About does.
    void versionNamesTheLibraries()
    {
        QProcess process;
        process.start(binary(), {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QCOMPARE(out, buildinfo::versionText());
        for (const char* expected :
            {"integration-studio ", "Qt 6.", "QtKeychain 0.", "OpenSSL 3.", "yaml-cpp 0.", "SQLite 3."})
            QVERIFY2(out.contains(QLatin1String(expected)), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestCallCli)
#include "test_call_cli.moc"
