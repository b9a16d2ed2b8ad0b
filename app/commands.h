#pragma once

#include <QStringList>

namespace studio::app {

/// A headless sub-command of `integration-studio`. `args` holds the arguments after the command name.
/// Returns the process exit code. Commands parse their options and call into core; they hold no logic.
struct Command
{
    const char* name;
    const char* summary;
    int (*run)(const QStringList& args);
};

/// Every sub-command, in the order `--help` lists them.
const QList<Command>& commands();

} // namespace studio::app
