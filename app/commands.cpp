#include "app/commands.h"

namespace studio::app {

// Each command lives in its own command_<name>.cpp; declare and list it here.
int runCall(const QStringList& args);
int runLogs(const QStringList& args);
int runSandbox(const QStringList& args);

const QList<Command>& commands()
{
    static const QList<Command> list {
        {"call", "Send one request through a workspace endpoint (call --workspace DIR ENDPOINT METHOD PATH ...)",
            runCall},
        {"logs", "Verify or export the request log (logs verify|export --workspace DIR ...)", runLogs},
        {"sandbox", "Run the local Magento 2 sandbox and the demo ERP (sandbox --port 8780 --seed demo ...)",
            runSandbox},
    };
    return list;
}

} // namespace studio::app
