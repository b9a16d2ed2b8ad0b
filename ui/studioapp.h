#pragma once

namespace studio::ui {

/// Runs the desktop studio: QApplication, translations for the system locale, the main window.
/// Understands `--workspace DIR` and `--demo`. Returns the exit code of the event loop.
int runStudio(int& argc, char** argv);

} // namespace studio::ui
