#include "core/magento/magentourl.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace studio::magento {

namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~';
}

// Characters RFC 3986 allows literally in a path besides unreserved ones (sub-delims, ':' and '@').
bool isPathAllowed(char c)
{
    return isUnreserved(c) || QByteArrayView("!$&'()*+,;=:@/").contains(c);
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

void appendEscaped(QByteArray& out, unsigned char byte)
{
    static const char digits[] = "0123456789ABCDEF";
    out += '%';
    out += digits[byte >> 4];
    out += digits[byte & 0xF];
}

// Percent-encodes what may not appear in a path, keeping valid %XX escapes.
QByteArray sanitizePath(const QString& path)
{
    const QByteArray utf8 = path.toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        if (c == '%' && i + 2 < utf8.size() && isHex(utf8.at(i + 1)) && isHex(utf8.at(i + 2))) {
            out += c;
        } else if (c != '%' && isPathAllowed(c)) {
            out += c;
        } else {
            appendEscaped(out, static_cast<unsigned char>(c));
        }
    }
    return out;
}

const QRegularExpression& versionSegment()
{
    static const QRegularExpression pattern(QStringLiteral("^V[0-9]+$"));
    return pattern;
}

// A whole-segment placeholder: {name} (OpenAPI, the schema export) or :name (webapi.xml).
const QRegularExpression& placeholderSegment()
{
    static const QRegularExpression pattern(QStringLiteral("^(?:\\{(\\w+)\\}|:(\\w+))$"));
    return pattern;
}

const QRegularExpression& embeddedPlaceholder()
{
    static const QRegularExpression pattern(QStringLiteral("\\{(\\w+)\\}"));
    return pattern;
}

QString placeholderName(const QRegularExpressionMatch& match)
{
    return match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
}

QString ucfirst(const QString& text)
{
    if (text.isEmpty())
        return text;
    // PHP's ucfirst changes ASCII letters only.
    const QChar first = text.at(0);
    if (first >= u'a' && first <= u'z')
        return QChar(first.unicode() - 'a' + 'A') + text.mid(1);
    return text;
}

} // namespace

MagentoUrl::MagentoUrl(QByteArray base)
    : m_base(std::move(base))
{ }

Result<MagentoUrl> MagentoUrl::fromBase(const QString& baseUrl)
{
    const QString text = baseUrl.trimmed();
    if (text.isEmpty())
        return Error(tr("The shop's base URL is empty. Enter it like https://shop.example.com/"));
    if (!text.contains(u"://"))
        return Error(tr("\"%1\" has no scheme. Enter the base URL with https://, like https://%1").arg(text));
    QUrl url(text, QUrl::TolerantMode);
    if (!url.isValid())
        return Error(tr("\"%1\" is not a valid URL: %2").arg(text, url.errorString()));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return Error(tr("\"%1\" is not an http or https URL.").arg(text));
    if (url.host().isEmpty())
        return Error(tr("\"%1\" has no host name.").arg(text));
    if (!url.userInfo().isEmpty())
        return Error(tr("The base URL contains a user name or password. Remove them from the URL and set them in "
                        "the endpoint's authentication instead, so they are stored in the keychain."));
    if (url.hasQuery() || url.hasFragment())
        return Error(tr("The base URL must not contain a query (?...) or fragment (#...): \"%1\"").arg(text));

    QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    const QList<QByteArray> segments = path.split('/');
    QByteArray prefix;
    for (const QByteArray& segment : segments) {
        const QByteArray lower = segment.toLower();
        if (lower == "rest" || lower == "graphql" || lower == "soap") {
            QUrl suggestion = url;
            suggestion.setPath(
                QString::fromLatin1(prefix.isEmpty() ? QByteArray("/") : prefix + '/'), QUrl::TolerantMode);
            return Error(tr("The base URL should be the shop's address without the API path: use %1 (the studio "
                            "adds /rest/... or /graphql itself).")
                             .arg(suggestion.toString()));
        }
        if (!segment.isEmpty())
            prefix += '/' + segment;
    }
    if (!path.endsWith('/'))
        path += '/';
    url.setPath(QString::fromLatin1(path), QUrl::TolerantMode);
    url.setScheme(scheme);
    return MagentoUrl(url.toEncoded());
}

QUrl MagentoUrl::baseUrl() const
{
    return QUrl::fromEncoded(m_base);
}

QUrl MagentoUrl::build(const QByteArray& relative, const QUrlQuery& query) const
{
    QUrl url = QUrl::fromEncoded(m_base + relative);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QByteArray MagentoUrl::restRelative(const StoreScope& scope, RestApi api)
{
    QByteArray relative = "rest";
    if (!scope.code().isEmpty())
        relative += '/' + encodePathSegment(scope.code()).toLatin1();
    if (api == RestApi::Async)
        relative += "/async";
    else if (api == RestApi::AsyncBulk)
        relative += "/async/bulk";
    return relative;
}

QUrl MagentoUrl::restRoot(const StoreScope& scope, RestApi api) const
{
    if (!isValid())
        return {};
    return build(restRelative(scope, api), QUrlQuery());
}

QUrl MagentoUrl::rest(const StoreScope& scope, const QString& servicePath, const QUrlQuery& query, RestApi api) const
{
    if (!isValid())
        return {};
    const QString path = normalizeServicePath(api == RestApi::AsyncBulk ? bulkPath(servicePath) : servicePath);
    return build(restRelative(scope, api) + path.toLatin1(), query);
}

Result<QUrl> MagentoUrl::restRoute(const StoreScope& scope, const QString& pathTemplate, const PathParams& params,
    const QUrlQuery& query, RestApi api) const
{
    if (!isValid())
        return Error(tr("No base URL is set for this Magento endpoint."));
    if (api == RestApi::AsyncBulk) {
        if (!params.isEmpty())
            return Error(tr("Async bulk routes take no path parameter values in the URL (\"%1\" becomes \"%2\"); "
                            "put the values into each item of the request body.")
                             .arg(pathTemplate, bulkPath(pathTemplate)));
        return rest(scope, pathTemplate, query, api);
    }
    Result<QString> path = expandPath(pathTemplate, params);
    if (!path)
        return path.error();
    return rest(scope, path.value(), query, api);
}

QUrl MagentoUrl::schema(const StoreScope& scope, RestApi api, const QStringList& services) const
{
    if (!isValid())
        return {};
    // Magento has no separate bulk schema (async/bulk/schema is reserved); the async one describes both.
    const QByteArray relative = restRelative(scope, api == RestApi::Sync ? RestApi::Sync : RestApi::Async) + "/schema";
    QStringList encoded;
    for (const QString& service : services)
        encoded << encodePathSegment(service.trimmed());
    QUrlQuery query;
    query.setQuery(u"services=" + (encoded.isEmpty() ? QStringLiteral("all") : encoded.join(u',')));
    return build(relative, query);
}

QUrl MagentoUrl::graphql() const
{
    if (!isValid())
        return {};
    return build("graphql", QUrlQuery());
}

std::optional<RestTarget> MagentoUrl::locate(const QUrl& url) const
{
    if (!isValid() || !url.isValid())
        return std::nullopt;
    const QByteArray encoded = url.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!encoded.startsWith(m_base))
        return std::nullopt;
    const QByteArray relative = encoded.mid(m_base.size());
    if (!relative.startsWith("rest/"))
        return std::nullopt;
    QList<QByteArray> segments = relative.mid(5).split('/');
    RestTarget target;
    if (!segments.isEmpty()) {
        const QString first = QString::fromUtf8(segments.first());
        if (first != u"async" && first != u"schema" && !versionSegment().match(first).hasMatch()) {
            Result<StoreScope> scope = StoreScope::storeView(decodePathSegment(first));
            if (!scope)
                return std::nullopt;
            target.scope = scope.value();
            segments.removeFirst();
        }
    }
    if (!segments.isEmpty() && segments.first() == "async") {
        segments.removeFirst();
        target.api = RestApi::Async;
        if (!segments.isEmpty() && segments.first() == "bulk") {
            segments.removeFirst();
            target.api = RestApi::AsyncBulk;
        }
    }
    if (segments.isEmpty())
        return std::nullopt;
    target.servicePath = u'/' + QString::fromLatin1(segments.join('/'));
    target.query = QUrlQuery(url);
    return target;
}

QString MagentoUrl::encodePathSegment(const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        if (isUnreserved(c))
            out += c;
        else
            appendEscaped(out, static_cast<unsigned char>(c));
    }
    return QString::fromLatin1(out);
}

QString MagentoUrl::decodePathSegment(const QString& encoded)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(encoded.toUtf8()));
}

QStringList MagentoUrl::pathParameters(const QString& pathTemplate)
{
    QStringList names;
    const QStringList segments = pathTemplate.split(u'/');
    for (const QString& segment : segments) {
        const QRegularExpressionMatch whole = placeholderSegment().match(segment);
        if (whole.hasMatch()) {
            names << placeholderName(whole);
            continue;
        }
        auto it = embeddedPlaceholder().globalMatch(segment);
        while (it.hasNext())
            names << it.next().captured(1);
    }
    return names;
}

Result<QString> MagentoUrl::expandPath(const QString& pathTemplate, const PathParams& params)
{
    QSet<QString> used;
    auto valueOf = [&](const QString& name) -> Result<QString> {
        const auto it = params.constFind(name);
        if (it == params.constEnd())
            return Error(tr("The path parameter {%1} of \"%2\" has no value.").arg(name, pathTemplate));
        if (it->isEmpty())
            return Error(tr("The path parameter {%1} of \"%2\" is empty.").arg(name, pathTemplate));
        if (*it == u"." || *it == u"..")
            return Error(tr("The path parameter {%1} is \"%2\", which cannot be sent in a URL path: servers treat "
                            "it as a directory step. Look the record up with searchCriteria instead.")
                             .arg(name, *it));
        used.insert(name);
        return encodePathSegment(*it);
    };

    QStringList out;
    const QStringList segments = pathTemplate.split(u'/');
    for (const QString& segment : segments) {
        const QRegularExpressionMatch whole = placeholderSegment().match(segment);
        if (whole.hasMatch()) {
            Result<QString> value = valueOf(placeholderName(whole));
            if (!value)
                return value.error();
            out << value.value();
            continue;
        }
        QString expanded;
        qsizetype last = 0;
        auto it = embeddedPlaceholder().globalMatch(segment);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            Result<QString> value = valueOf(match.captured(1));
            if (!value)
                return value.error();
            expanded += segment.mid(last, match.capturedStart() - last) + value.value();
            last = match.capturedEnd();
        }
        expanded += segment.mid(last);
        out << expanded;
    }
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        if (!used.contains(it.key()))
            return Error(tr("\"%1\" has no path parameter {%2}.").arg(pathTemplate, it.key()));
    }
    return out.join(u'/');
}

QString MagentoUrl::bulkPath(const QString& pathTemplate)
{
    QStringList segments = pathTemplate.split(u'/');
    for (QString& segment : segments) {
        const QRegularExpressionMatch whole = placeholderSegment().match(segment);
        if (whole.hasMatch())
            segment = u"by" + ucfirst(placeholderName(whole));
    }
    return segments.join(u'/');
}

QString MagentoUrl::normalizeServicePath(const QString& servicePath)
{
    QByteArray path = sanitizePath(servicePath.trimmed());
    if (!path.startsWith('/'))
        path.prepend('/');
    const qsizetype end = path.indexOf('/', 1);
    const QString first = QString::fromLatin1(path.mid(1, end < 0 ? -1 : end - 1));
    if (!versionSegment().match(first).hasMatch())
        path.prepend("/V1");
    return QString::fromLatin1(path);
}

} // namespace studio::magento
