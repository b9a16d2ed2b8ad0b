// integration-studio: the desktop studio by default, or a headless sub-command (see --help).

#include "app/commands.h"
#include "core/common/buildinfo.h"

#include <cstring>
#include <QCoreApplication>
#include <QTextStream>

#ifdef STUDIO_HAVE_GUI
#include "core/sandbox/sandboxhost.h"
#include "ui/studioapp.h"

#include <QDir>
#include <QStandardPaths>
#endif

namespace {

#ifdef STUDIO_HAVE_GUI
/// The demo services of `--demo`: the embedded sandbox on its own thread (Magento on 127.0.0.1:8780, the ERP on
/// :8781, state in <AppDataLocation>/sandbox), whose demo credentials become the demo endpoints' secrets.
void startDemoSandbox(QObject* context, std::function<void(studio::Result<studio::ui::DemoSecrets>)> done)
{
    auto* host = new studio::sandbox::SandboxHost(context);
    studio::sandbox::SandboxOptions options;
    options.port = 8780;
    options.erpPort = 8781;
    options.dataDir
        = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("sandbox"));
    QObject::connect(
        host, &studio::sandbox::SandboxHost::started, context, [host, done](quint16 port, quint16 erpPort) {
            studio::ui::DemoSecrets secrets;
            secrets.entries = studio::sandbox::demoSecretEntries(host->demoCredentials());
            secrets.summary = QCoreApplication::translate("StudioApp",
                "Demo sandbox running: Magento at http://127.0.0.1:%1, the demo ERP at http://127.0.0.1:%2.")
                                  .arg(port)
                                  .arg(erpPort);
            done(std::move(secrets));
        });
    QObject::connect(host, &studio::sandbox::SandboxHost::failed, context,
        [done](const QString& message) { done(studio::Error {message}); });
    host->start(options);
}
#endif

void printUsage(QTextStream& out)
{
    out << "Usage: integration-studio [--workspace DIR | --demo]\n"
        << "       integration-studio COMMAND [OPTIONS]   (COMMAND --help for its options)\n"
        << "       integration-studio --version           (the studio's and its libraries' versions)\n\nCommands:\n";
    for (const auto& command : studio::app::commands())
        out << "  " << QString::fromLatin1(command.name).leftJustified(12) << QString::fromUtf8(command.summary)
            << '\n';
#ifndef STUDIO_HAVE_GUI
    out << "\nThis build has no desktop UI (STUDIO_BUILD_GUI=OFF).\n";
#endif
}

} // namespace

int main(int argc, char** argv)
{
    if (argc >= 2) {
        for (const auto& command : studio::app::commands()) {
            if (std::strcmp(argv[1], command.name) != 0)
                continue;
            QCoreApplication app(argc, argv);
            QCoreApplication::setApplicationName(QStringLiteral("Integration Studio"));
            QCoreApplication::setOrganizationName(QStringLiteral("IntegrationStudio"));
            QCoreApplication::setApplicationVersion(QStringLiteral(STUDIO_VERSION));
            QStringList args = QCoreApplication::arguments();
            args.remove(0, 2);
            return command.run(args);
        }
        if (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0
            || std::strcmp(argv[1], "help") == 0) {
            QTextStream out(stdout);
            printUsage(out);
            return 0;
        }
        if (std::strcmp(argv[1], "--version") == 0) {
            QTextStream(stdout) << studio::buildinfo::versionText();
            return 0;
        }
    }
#ifdef STUDIO_HAVE_GUI
    return studio::ui::runStudio(argc, argv, startDemoSandbox);
#else
    QTextStream err(stderr);
    printUsage(err);
    return 2;
#endif
}
