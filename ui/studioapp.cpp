#include "ui/studioapp.h"

#include "ui/mainwindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace studio::ui {

int runStudio(int& argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Integration Studio"));
    QApplication::setOrganizationName(QStringLiteral("IntegrationStudio"));
    QApplication::setApplicationVersion(QStringLiteral(STUDIO_VERSION));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator studioTranslator;
    if (studioTranslator.load(
            QLocale(), QStringLiteral("integration-studio"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&studioTranslator);

    MainWindow window;
    window.show();
    return QApplication::exec();
}

} // namespace studio::ui
