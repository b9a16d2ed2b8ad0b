#include "ui/studioapp.h"

#include "core/net/connectiontester.h"
#include "core/workspace/demoworkspace.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"
#include "ui/workspacesession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace studio::ui {

bool installTranslators(QCoreApplication& app, const QLocale& locale)
{
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    auto* studioTranslator = new QTranslator(&app);
    if (studioTranslator->load(
            locale, QStringLiteral("integration-studio"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(studioTranslator);
        return true;
    }
    delete studioTranslator;
    return false;
}

void openStartupWorkspace(WorkspaceSession& session, const StartupOptions& options)
{
    if (options.demo) {
        session.openDemo(demo::defaultFolder());
        return;
    }
    if (!options.workspace.isEmpty()) {
        session.open(QDir(options.workspace).absolutePath());
        return;
    }
    const QString last = settings::lastWorkspace().get();
    if (!last.isEmpty() && QFileInfo::exists(QDir(last).filePath(QStringLiteral("workspace.json"))))
        session.open(last);
}

int runStudio(int& argc, char** argv, DemoServices demoServices)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Integration Studio"));
    QApplication::setOrganizationName(QStringLiteral("IntegrationStudio"));
    QApplication::setApplicationVersion(QStringLiteral(STUDIO_VERSION));
    installTranslators(app, QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("StudioApp", "Native workbench for Magento / Adobe Commerce integrations."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(QStringList {QStringLiteral("w"), QStringLiteral("workspace")},
        QCoreApplication::translate("StudioApp", "Open the workspace in <folder>."),
        QCoreApplication::translate("StudioApp", "folder"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QCoreApplication::translate("StudioApp", "Open the demo workspace (installed on first use)."));
    parser.addOption(workspaceOption);
    parser.addOption(demoOption);
    parser.process(app);

    WorkspaceSession session;
    // "Test connection" uses the engine's tester; its requests land in the workspace's request log.
    const ConnectionTesterFactory testers = [&session](SecretStore* secrets, QObject* parent) -> ConnectionTester* {
        return new net::EndpointConnectionTester(secrets, session.requestRecorder(), parent);
    };
    MainWindow window(&session, testers);
    window.show();
    StartupOptions options;
    options.demo = parser.isSet(demoOption);
    options.workspace = parser.value(workspaceOption);
    DemoController demo(&session, window.servicesBar(), std::move(demoServices));
    if (options.demo)
        demo.start();
    openStartupWorkspace(session, options);
    return QApplication::exec();
}

} // namespace studio::ui
