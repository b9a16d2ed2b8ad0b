#pragma once

#include "ui/democontroller.h"

#include <QString>

class QCoreApplication;
class QLocale;

namespace studio::ui {

class WorkspaceSession;

/// What the command line asked the desktop studio to open.
struct StartupOptions
{
    bool demo = false; ///< --demo
    QString workspace; ///< --workspace DIR
};

/// Opens the workspace the studio starts with: the demo, the --workspace folder, or else the workspace that was
/// open last time (if its folder still holds one). Asynchronous, like WorkspaceSession::open().
void openStartupWorkspace(WorkspaceSession& session, const StartupOptions& options);

/// Runs the desktop studio: QApplication, translations for the system locale, the main window.
/// Understands `--workspace DIR` and `--demo`; without either it reopens the last workspace. With `--demo`,
/// `demoServices` (provided by app/) is started and its credentials stored for the demo endpoints.
/// Returns the exit code of the event loop.
int runStudio(int& argc, char** argv, DemoServices demoServices = {});

/// Installs Qt's and the studio's translations for `locale` (the studio's from :/i18n). Returns whether a
/// studio translation for that locale was found.
bool installTranslators(QCoreApplication& app, const QLocale& locale);

} // namespace studio::ui
