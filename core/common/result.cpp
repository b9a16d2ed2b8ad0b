#include "core/common/result.h"

namespace studio {

QString Error::toString() const
{
    if (file.isEmpty())
        return message;
    if (line > 0)
        return file + u':' + QString::number(line) + u": " + message;
    return file + u": " + message;
}

} // namespace studio
