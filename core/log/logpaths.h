#pragma once

#include <QString>

namespace studio {

/// The one place that knows where a workspace keeps its request log: <workspace>/.studio/requests.db.
/// The HTTP engine, the log browser and the `logs` command all open the log through this path.
QString requestLogPath(const QString& workspaceFolder);

} // namespace studio
