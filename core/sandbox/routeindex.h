#pragma once

#include "core/sandbox/api.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace studio::sandbox {

/// The router's table prepared for the hot path: patterns split once, routes grouped by method and segment
/// count. Gives the same answers as ApiRouter::match (literal segments win over parameters; on a tie the route
/// added first), without splitting every pattern on every request.
class RouteIndex final
{
public:
    /// Rebuilds the index when the router's table changed since the last call.
    void sync(const ApiRouter& router);
    /// `segments` are the path's segments after the store code, still percent-encoded.
    std::optional<ApiRouter::Match> match(const QByteArray& method, const QStringList& segments) const;

private:
    struct Entry
    {
        const ApiRoute* route = nullptr;
        QStringList parts;
        QList<bool> isParam;
        int literals = 0;
    };
    QHash<QByteArray, QHash<qsizetype, QList<Entry>>> m_entries;
    qsizetype m_size = -1;
    const ApiRoute* m_data = nullptr;
};

} // namespace studio::sandbox
