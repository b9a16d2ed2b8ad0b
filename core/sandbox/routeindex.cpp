#include "core/sandbox/routeindex.h"

#include <QUrl>

namespace studio::sandbox {

void RouteIndex::sync(const ApiRouter& router)
{
    const QList<ApiRoute>& routes = router.routes();
    // Route pointers move when the list grows, so a new size or a new buffer means a rebuild.
    if (routes.size() == m_size && routes.constData() == m_data)
        return;
    m_entries.clear();
    for (const ApiRoute& route : routes) {
        Entry entry;
        entry.route = &route;
        entry.parts = route.pattern.split(u'/', Qt::SkipEmptyParts);
        for (const QString& part : std::as_const(entry.parts)) {
            const bool param = part.startsWith(u':');
            entry.isParam.append(param);
            entry.literals += param ? 0 : 1;
        }
        m_entries[route.method][entry.parts.size()].append(entry);
    }
    m_size = routes.size();
    m_data = routes.constData();
}

std::optional<ApiRouter::Match> RouteIndex::match(const QByteArray& method, const QStringList& segments) const
{
    const auto byMethod = m_entries.constFind(method);
    if (byMethod == m_entries.constEnd())
        return std::nullopt;
    const auto candidates = byMethod->constFind(segments.size());
    if (candidates == byMethod->constEnd())
        return std::nullopt;

    QStringList decoded;
    decoded.reserve(segments.size());
    for (const QString& segment : segments)
        decoded.append(segment.contains(u'%') ? QUrl::fromPercentEncoding(segment.toUtf8()) : segment);

    const Entry* best = nullptr;
    for (const Entry& entry : *candidates) {
        if (best && entry.literals <= best->literals)
            continue;
        bool matches = true;
        for (qsizetype i = 0; i < entry.parts.size() && matches; ++i) {
            if (entry.isParam.at(i))
                matches = !segments.at(i).isEmpty();
            else
                matches = entry.parts.at(i) == decoded.at(i);
        }
        if (matches)
            best = &entry;
    }
    if (!best)
        return std::nullopt;
    ApiRouter::Match match;
    match.route = best->route;
    for (qsizetype i = 0; i < best->parts.size(); ++i) {
        if (best->isParam.at(i))
            match.params.insert(best->parts.at(i).mid(1), decoded.at(i));
    }
    return match;
}

} // namespace studio::sandbox
