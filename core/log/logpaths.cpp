#include "core/log/logpaths.h"

#include <QDir>

namespace studio {

QString requestLogPath(const QString& workspaceFolder)
{
    return QDir(workspaceFolder).filePath(QStringLiteral(".studio/requests.db"));
}

} // namespace studio
