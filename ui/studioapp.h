#pragma once

class QCoreApplication;
class QLocale;

namespace studio::ui {

/// Runs the desktop studio: QApplication, translations for the system locale, the main window.
/// Understands `--workspace DIR` and `--demo`; without either it reopens the last workspace.
/// Returns the exit code of the event loop.
int runStudio(int& argc, char** argv);

/// Installs Qt's and the studio's translations for `locale` (the studio's from :/i18n). Returns whether a
/// studio translation for that locale was found.
bool installTranslators(QCoreApplication& app, const QLocale& locale);

} // namespace studio::ui
