#include "core/sandbox/api.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace studio::sandbox {

namespace {

QStringList splitEncoded(const QString& encodedPath)
{
    return encodedPath.split(u'/', Qt::SkipEmptyParts);
}

QString decodeSegment(const QString& segment)
{
    return QUrl::fromPercentEncoding(segment.toUtf8());
}

std::optional<QHash<QString, QString>> matchPattern(const QString& pattern, const QStringList& segments)
{
    const QStringList parts = pattern.split(u'/', Qt::SkipEmptyParts);
    if (parts.size() != segments.size())
        return std::nullopt;
    QHash<QString, QString> params;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString& part = parts.at(i);
        if (part.startsWith(u':')) {
            if (segments.at(i).isEmpty())
                return std::nullopt;
            params.insert(part.mid(1), decodeSegment(segments.at(i)));
        } else if (part != decodeSegment(segments.at(i))) {
            return std::nullopt;
        }
    }
    return params;
}

} // namespace

bool Principal::allows(const QString& resource) const
{
    if (resource == u"anonymous")
        return true;
    if (kind == Kind::Guest)
        return false;
    if (resource == u"self")
        return kind == Kind::Customer;
    return aclResources.contains(QStringLiteral("Magento_Backend::all")) || aclResources.contains(resource);
}

ApiResponse ApiResponse::error(int status, const QString& message, const QJsonValue& parameters)
{
    QJsonObject body {{QStringLiteral("message"), message}};
    const bool hasParameters = (parameters.isArray() && !parameters.toArray().isEmpty())
        || (parameters.isObject() && !parameters.toObject().isEmpty());
    if (hasParameters)
        body.insert(QStringLiteral("parameters"), parameters);
    return ApiResponse {status, body, {}};
}

ApiResponse ApiResponse::badRequest(const QString& message, const QJsonValue& parameters)
{
    return error(400, message, parameters);
}

ApiResponse ApiResponse::notFound(const QString& message, const QJsonValue& parameters)
{
    return error(404, message, parameters);
}

void ApiRouter::add(ApiRoute route)
{
    m_routes.append(std::move(route));
}

std::optional<ApiRouter::Match> ApiRouter::match(const QByteArray& method, const QString& encodedPath) const
{
    const QStringList segments = splitEncoded(encodedPath);
    // Literal segments win over parameters ("/V1/products/attributes" before "/V1/products/:sku"):
    // prefer the route with the most literal segments.
    std::optional<Match> best;
    int bestLiterals = -1;
    for (const ApiRoute& route : m_routes) {
        if (route.method != method)
            continue;
        auto params = matchPattern(route.pattern, segments);
        if (!params)
            continue;
        const int literals = int(route.pattern.count(u'/') - route.pattern.count(u':'));
        if (literals > bestLiterals) {
            best = Match {&route, std::move(*params)};
            bestLiterals = literals;
        }
    }
    return best;
}

bool ApiRouter::pathExists(const QString& encodedPath) const
{
    const QStringList segments = splitEncoded(encodedPath);
    for (const ApiRoute& route : m_routes) {
        if (matchPattern(route.pattern, segments))
            return true;
    }
    return false;
}

std::optional<ApiRouter::Match> ApiRouter::matchBulk(const QByteArray& method, const QString& encodedPath) const
{
    const QString path = QUrl::fromPercentEncoding(encodedPath.toUtf8());
    for (const ApiRoute& route : m_routes) {
        if (route.method != method || !route.bulkAllowed)
            continue;
        const QString bulkPath = route.bulkPattern.isEmpty() ? route.pattern : route.bulkPattern;
        if (bulkPath == path)
            return Match {&route, {}};
    }
    return std::nullopt;
}

} // namespace studio::sandbox
