#include "app/commands.h"

namespace studio::app {

// Each command lives in its own command_<name>.cpp; declare and list it here.

const QList<Command>& commands()
{
    static const QList<Command> list {};
    return list;
}

} // namespace studio::app
