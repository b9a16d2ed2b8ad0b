// integration-studio: the desktop studio by default, or a headless sub-command (see --help).

#include "app/commands.h"

#include <cstring>
#include <QCoreApplication>
#include <QTextStream>

#ifdef STUDIO_HAVE_GUI
#include "ui/studioapp.h"
#endif

namespace {

void printUsage(QTextStream& out)
{
    out << "Usage: integration-studio [--workspace DIR | --demo]\n"
        << "       integration-studio COMMAND [OPTIONS]   (COMMAND --help for its options)\n\nCommands:\n";
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
            QTextStream(stdout) << "integration-studio " << STUDIO_VERSION << '\n';
            return 0;
        }
    }
#ifdef STUDIO_HAVE_GUI
    return studio::ui::runStudio(argc, argv);
#else
    QTextStream err(stderr);
    printUsage(err);
    return 2;
#endif
}
