#include "core/workspace/savedrequest.h"

namespace studio {

QString requestModeId(RequestSpec::Mode mode)
{
    switch (mode) {
    case RequestSpec::Mode::Rest:
        return QStringLiteral("rest");
    case RequestSpec::Mode::AsyncBulk:
        return QStringLiteral("asyncBulk");
    case RequestSpec::Mode::GraphQL:
        return QStringLiteral("graphql");
    }
    return QStringLiteral("rest");
}

} // namespace studio
