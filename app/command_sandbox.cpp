// `integration-studio sandbox`: runs the local Magento 2 sandbox and the demo ERP until SIGINT or SIGTERM.

#include "app/commands.h"
#include "core/sandbox/faults.h"
#include "core/sandbox/sandboxserver.h"

#include <csignal>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>
#include <sys/socket.h>
#include <unistd.h>

namespace studio::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SandboxCommand", text);
}

enum Exit : int {
    Ok = 0,
    StartFailed = 1,
    UsageError = 2,
};

int usageError(const QString& message)
{
    QTextStream(stderr) << tr("sandbox: %1").arg(message) << '\n'
                        << tr("Usage: integration-studio sandbox [--port N] [--erp-port N] [--data DIR] "
                              "[--seed demo|empty] [--faults SPEC] [--allow-bearer] [--bulk-delay MS] "
                              "[--input-limits]")
                        << '\n';
    return UsageError;
}

std::optional<quint16> parsePort(const QString& text)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value > 65535)
        return std::nullopt;
    return quint16(value);
}

// SIGINT/SIGTERM reach the event loop through a socket pair: the handler only writes a byte.
int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &byte, 1);
}

} // namespace

int runSandbox(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Runs the local Magento 2.4 sandbox and the demo ERP on 127.0.0.1 until "
                                        "Ctrl+C."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"), tr("Magento port (default 8780; 0 picks a free one)."),
        QStringLiteral("N"), QStringLiteral("8780"));
    const QCommandLineOption erpPortOption(QStringLiteral("erp-port"),
        tr("Demo ERP port (default: the Magento port + 1; 0 picks a free one)."), QStringLiteral("N"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
        tr("Folder of the sandbox database (default: the application data folder's sandbox/)."), QStringLiteral("DIR"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
        tr("What a new database is filled with: demo (products, customers, orders) or empty."), QStringLiteral("NAME"),
        QStringLiteral("demo"));
    const QCommandLineOption faultsOption(QStringLiteral("faults"),
        tr("Faults to inject, e.g. latency=50,jitter=20,error503=0.1,rate429=10,seed=42."), QStringLiteral("SPEC"));
    const QCommandLineOption bearerOption(QStringLiteral("allow-bearer"),
        tr("Accept integration access tokens as Bearer tokens (Magento's "
           "oauth/consumer/enable_integration_as_bearer)."));
    const QCommandLineOption bulkDelayOption(QStringLiteral("bulk-delay"),
        tr("Pause before each async/bulk operation is processed, in milliseconds."), QStringLiteral("MS"),
        QStringLiteral("0"));
    const QCommandLineOption limitsOption(
        QStringLiteral("input-limits"), tr("Enforce Magento's web API input limits (max page size 300 and so on)."));
    parser.addOptions(
        {portOption, erpPortOption, dataOption, seedOption, faultsOption, bearerOption, bulkDelayOption, limitsOption});
    if (!parser.parse(QStringList {QStringLiteral("integration-studio sandbox")} + args))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        // helpText() names the executable's path; name the command instead.
        QString help = parser.helpText();
        help.replace(0, help.indexOf(u'\n'), tr("Usage: integration-studio sandbox [options]"));
        QTextStream(stdout) << help;
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument %1").arg(parser.positionalArguments().first()));

    sandbox::SandboxOptions options;
    const auto port = parsePort(parser.value(portOption));
    if (!port)
        return usageError(tr("--port expects a number from 0 to 65535, got \"%1\"").arg(parser.value(portOption)));
    options.port = *port;
    if (parser.isSet(erpPortOption)) {
        const auto erpPort = parsePort(parser.value(erpPortOption));
        if (!erpPort)
            return usageError(
                tr("--erp-port expects a number from 0 to 65535, got \"%1\"").arg(parser.value(erpPortOption)));
        options.erpPort = *erpPort;
    } else if (options.port == 65535) {
        return usageError(tr("--port 65535 leaves no port for the ERP; give --erp-port"));
    }
    options.seed = parser.value(seedOption);
    if (options.seed != u"demo" && options.seed != u"empty")
        return usageError(tr("--seed expects demo or empty, got \"%1\"").arg(options.seed));
    options.faults = parser.value(faultsOption);
    if (const Result<sandbox::FaultSpec> faults = sandbox::FaultSpec::parse(options.faults); !faults)
        return usageError(faults.error().message);
    bool delayOk = false;
    options.bulkDelayMs = parser.value(bulkDelayOption).toInt(&delayOk);
    if (!delayOk || options.bulkDelayMs < 0)
        return usageError(tr("--bulk-delay expects milliseconds, got \"%1\"").arg(parser.value(bulkDelayOption)));
    options.allowIntegrationBearer = parser.isSet(bearerOption);
    options.inputLimits = parser.isSet(limitsOption);
    options.dataDir = parser.isSet(dataOption)
        ? parser.value(dataOption)
        : QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
              .filePath(QStringLiteral("sandbox"));

    QTextStream out(stdout);
    out << tr("Starting the sandbox (data in %1) ...").arg(QDir::toNativeSeparators(options.dataDir)) << Qt::endl;
    sandbox::SandboxServer server(options);
    if (const Status status = server.start(); !status) {
        QTextStream(stderr) << tr("sandbox: %1").arg(status.error().toString()) << '\n';
        return StartFailed;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0) {
        QTextStream(stderr) << tr("sandbox: cannot set up signal handling") << '\n';
        return StartFailed;
    }
    QSocketNotifier notifier(g_signalFds[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, QCoreApplication::instance(), []() {
        char byte = 0;
        [[maybe_unused]] const auto readBytes = ::read(g_signalFds[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);

    // Sandbox demo values, generated when the database was created; printing them is the point of this command.
    const sandbox::DemoCredentials demo = server.demoCredentials();
    auto line = [&out](const QString& label, const QString& value) { out << label.leftJustified(24) << value << '\n'; };
    out << '\n';
    line(tr("Magento 2.4 sandbox"),
        tr("%1  (REST %1/rest/default/V1, schema %1/rest/default/schema)").arg(server.baseUrl()));
    line(tr("Demo ERP"), tr("%1  (header X-Api-Key)").arg(server.erpBaseUrl()));
    line(tr("Seed"), server.seed());
    line(tr("Faults"), server.faults().toString());
    line(tr("Admin routes"), server.baseUrl() + QStringLiteral("/sandbox"));
    out << '\n'
        << tr("Demo credentials (sandbox only; kept in %1):")
               .arg(QDir::toNativeSeparators(QDir(options.dataDir).filePath(QStringLiteral("sandbox.db"))))
        << '\n';
    line(tr("  Admin user"), demo.adminUsername + QStringLiteral(" / ") + demo.adminPassword.toUtf8String());
    line(tr("  Integration"), tr("%1 (OAuth 1.0a, HMAC-SHA256 or HMAC-SHA1)").arg(demo.integrationName));
    line(tr("    consumer key"), demo.consumerKey.toUtf8String());
    line(tr("    consumer secret"), demo.consumerSecret.toUtf8String());
    line(tr("    access token"), demo.accessToken.toUtf8String());
    line(tr("    access token secret"), demo.accessTokenSecret.toUtf8String());
    if (!demo.erpApiKey.isEmpty())
        line(tr("  ERP API key"), demo.erpApiKey.toUtf8String());
    if (!demo.customerEmail.isEmpty())
        line(tr("  Customer"), demo.customerEmail + QStringLiteral(" / ") + demo.customerPassword.toUtf8String());
    out << '\n' << tr("Press Ctrl+C to stop.") << Qt::endl;

    const int result = QCoreApplication::exec();
    server.stop();
    out << tr("Sandbox stopped.") << Qt::endl;
    ::close(g_signalFds[0]);
    ::close(g_signalFds[1]);
    return result == 0 ? Ok : StartFailed;
}

} // namespace studio::app
