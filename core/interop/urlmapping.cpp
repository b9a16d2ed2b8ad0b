#include "core/interop/urlmapping.h"

#include "core/magento/magentourl.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace studio::interop {

namespace {

QString defaultPort(const QString& scheme)
{
    if (scheme == u"https")
        return QStringLiteral("443");
    if (scheme == u"http")
        return QStringLiteral("80");
    return QString();
}

QString withoutTrailingSlash(QString path)
{
    while (path.endsWith(u'/'))
        path.chop(1);
    return path;
}

/// True when `path` equals `base` or continues it at a segment boundary.
bool underPath(const QString& path, const QString& base)
{
    if (base.isEmpty())
        return true;
    if (!path.startsWith(base))
        return false;
    return path.size() == base.size() || path.at(base.size()) == u'/' || path.at(base.size()) == u'?';
}

bool sameServer(const UrlParts& a, const UrlParts& b)
{
    if (a.scheme != b.scheme || a.host.compare(b.host, Qt::CaseInsensitive) != 0)
        return false;
    const QString pa = a.port.isEmpty() ? defaultPort(a.scheme) : a.port;
    const QString pb = b.port.isEmpty() ? defaultPort(b.scheme) : b.port;
    return pa == pb;
}

} // namespace

QString UrlParts::origin() const
{
    QString out = scheme.isEmpty() ? QString() : scheme + QStringLiteral("://");
    out += host;
    if (!port.isEmpty())
        out += u':' + port;
    return out;
}

UrlParts splitUrl(const QString& url)
{
    UrlParts parts;
    QString rest = url.trimmed();
    const qsizetype hash = rest.indexOf(u'#');
    if (hash >= 0) {
        parts.fragment = rest.mid(hash + 1);
        rest.truncate(hash);
    }
    const qsizetype question = rest.indexOf(u'?');
    if (question >= 0) {
        parts.query = rest.mid(question + 1);
        rest.truncate(question);
    }
    const qsizetype schemeEnd = rest.indexOf(QStringLiteral("://"));
    if (schemeEnd > 0 && !rest.left(schemeEnd).contains(u'/') && !rest.left(schemeEnd).contains(u'{')) {
        parts.scheme = rest.left(schemeEnd).toLower();
        rest = rest.mid(schemeEnd + 3);
    }
    qsizetype slash = rest.indexOf(u'/');
    // A host that is a {{variable}} may itself hold slashes only inside the braces; skip past them.
    if (rest.startsWith(QStringLiteral("{{"))) {
        const qsizetype close = rest.indexOf(QStringLiteral("}}"));
        if (close > 0)
            slash = rest.indexOf(u'/', close);
    }
    QString authority = slash < 0 ? rest : rest.left(slash);
    parts.path = slash < 0 ? QString() : rest.mid(slash);
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0) {
        parts.userInfo = authority.left(at);
        authority = authority.mid(at + 1);
    }
    // host:port, but not the colon of an IPv6 literal or inside a {{variable}}.
    const qsizetype colon = authority.lastIndexOf(u':');
    if (colon > 0 && !authority.mid(colon).contains(u']') && !authority.mid(colon).contains(u'}')) {
        parts.port = authority.mid(colon + 1);
        authority.truncate(colon);
    }
    parts.host = authority;
    if (!parts.port.isEmpty() && parts.port == defaultPort(parts.scheme))
        parts.port.clear();
    return parts;
}

KeyValueList decodeQuery(const QString& query)
{
    KeyValueList pairs;
    if (query.isEmpty())
        return pairs;
    const auto decode = [](QString text) {
        text.replace(u'+', u' ');
        return QString::fromUtf8(QByteArray::fromPercentEncoding(text.toUtf8()));
    };
    const QStringList items = query.split(u'&', Qt::SkipEmptyParts);
    for (const QString& item : items) {
        const qsizetype eq = item.indexOf(u'=');
        if (eq < 0)
            pairs.append({decode(item), QString()});
        else
            pairs.append({decode(item.left(eq)), decode(item.mid(eq + 1))});
    }
    return pairs;
}

QString encodeQueryComponent(const QString& text, bool keepBrackets)
{
    // \x01 marks export placeholders (see CurlFormat) and must survive encoding.
    const QByteArray keep = keepBrackets ? QByteArray("-._~[]{}\x01") : QByteArray("-._~\x01");
    return QString::fromLatin1(text.toUtf8().toPercentEncoding(keep));
}

QString encodeQuery(const KeyValueList& query, bool keepBrackets)
{
    QStringList items;
    items.reserve(query.size());
    for (const auto& [key, value] : query)
        items.append(encodeQueryComponent(key, keepBrackets) + u'=' + encodeQueryComponent(value, keepBrackets));
    return items.join(u'&');
}

std::optional<MagentoRestPath> splitMagentoRestPath(const QString& path)
{
    // core/magento knows Magento's URL rules (store codes, async, bulk, version segments); it works on real URLs,
    // so the path goes in under a stand-in origin, with {{variables}} surviving as %7B%7B…%7D%7D.
    static const QRegularExpression restSegment(QStringLiteral("/rest(/|$)"));
    const QRegularExpressionMatch rest = restSegment.match(path);
    if (!rest.hasMatch())
        return std::nullopt;
    const QString origin = QStringLiteral("http://magento.invalid");
    const QString prefix = path.left(rest.capturedStart());
    Result<magento::MagentoUrl> base = magento::MagentoUrl::fromBase(origin + prefix + u'/');
    if (!base)
        return std::nullopt;
    const QUrl url(origin + path, QUrl::TolerantMode);
    const std::optional<magento::RestTarget> target = base->locate(url);
    if (!target)
        return std::nullopt;
    MagentoRestPath parts;
    parts.prefix = prefix;
    parts.storeCode = target->scope.code();
    parts.async = target->api != magento::RestApi::Sync;
    parts.bulk = target->api == magento::RestApi::AsyncBulk;
    parts.path = target->servicePath;
    parts.path.replace(QStringLiteral("%7B"), QStringLiteral("{"), Qt::CaseInsensitive);
    parts.path.replace(QStringLiteral("%7D"), QStringLiteral("}"), Qt::CaseInsensitive);
    return parts;
}

UrlMapping mapUrl(const QString& url, const ImportContext& context)
{
    const UrlParts target = splitUrl(url);
    UrlMapping mapping;
    mapping.query = decodeQuery(target.query);
    const QString targetPath = target.path;

    const VariableResolver resolver = VariableResolver::forEnvironment(context.environment);
    const Endpoint* best = nullptr;
    Endpoint bestResolved;
    qsizetype bestLength = -1;
    for (const Endpoint& endpoint : context.endpoints) {
        if (!endpoint.isHttp())
            continue;
        Result<Endpoint> resolved = resolver.resolveEndpoint(endpoint);
        if (!resolved)
            continue;
        const UrlParts base = splitUrl(resolved->baseUrl);
        if (!sameServer(base, target))
            continue;
        const QString basePath = withoutTrailingSlash(base.path);
        if (!underPath(targetPath, basePath))
            continue;
        if (endpoint.kind == EndpointKind::Magento) {
            const QString below = targetPath.mid(basePath.size());
            if (!below.startsWith(QStringLiteral("/rest/")) && below != u"/graphql")
                continue;
        }
        if (basePath.size() > bestLength) {
            best = &endpoint;
            bestResolved = resolved.value();
            bestLength = basePath.size();
        }
    }

    if (!best) {
        mapping.path = target.origin() + targetPath;
        if (targetPath.endsWith(QStringLiteral("/graphql")))
            mapping.mode = RequestSpec::Mode::GraphQL;
        return mapping;
    }

    mapping.endpointId = best->id;
    const QString below = targetPath.mid(bestLength);
    switch (best->kind) {
    case EndpointKind::Magento: {
        if (below == u"/graphql") {
            mapping.mode = RequestSpec::Mode::GraphQL;
            break;
        }
        const std::optional<MagentoRestPath> magento = splitMagentoRestPath(below);
        if (!magento) {
            mapping.path = below;
            break;
        }
        const QString store = magento->storeCode.isEmpty() ? QStringLiteral("default") : magento->storeCode;
        if (store != bestResolved.storeCode)
            mapping.storeCode = store;
        if (magento->bulk) {
            mapping.mode = RequestSpec::Mode::AsyncBulk;
            mapping.path = magento->path;
        } else {
            mapping.path = (magento->async ? QStringLiteral("/async") : QString()) + magento->path;
        }
        break;
    }
    case EndpointKind::GraphQL:
        if (below.isEmpty() || below == u"/") {
            mapping.mode = RequestSpec::Mode::GraphQL;
            break;
        }
        mapping.path = below;
        break;
    default:
        mapping.path = below;
        break;
    }
    return mapping;
}

Result<QString> requestUrl(const RequestSpec& spec, const Endpoint* endpoint, const VariableResolver& resolver)
{
    QString root;
    QString path = spec.path;
    if (endpoint) {
        Result<Endpoint> resolved = resolver.resolveEndpoint(*endpoint);
        if (!resolved)
            return resolved.error();
        root = withoutTrailingSlash(resolved->baseUrl);
        if (endpoint->kind == EndpointKind::Magento) {
            if (spec.mode == RequestSpec::Mode::GraphQL) {
                root += QStringLiteral("/graphql");
                path.clear();
            } else {
                Result<QString> store = resolver.resolve(spec.storeCode, QStringLiteral("storeCode"));
                if (!store)
                    return store.error();
                root += QStringLiteral("/rest/") + (store->isEmpty() ? resolved->storeCode : store.value());
                if (spec.mode == RequestSpec::Mode::AsyncBulk)
                    root += QStringLiteral("/async/bulk");
            }
        } else if (spec.mode == RequestSpec::Mode::GraphQL && endpoint->kind == EndpointKind::GraphQL) {
            path.clear();
        }
    }
    Result<QString> resolvedPath = resolver.resolve(path, QStringLiteral("path"));
    if (!resolvedPath)
        return resolvedPath.error();
    QString url = root;
    if (!resolvedPath->isEmpty() && !root.isEmpty() && !resolvedPath->startsWith(u'/'))
        url += u'/';
    url += resolvedPath.value();
    KeyValueList query;
    for (const auto& [key, value] : spec.query) {
        Result<QString> k = resolver.resolve(key, QStringLiteral("query"));
        if (!k)
            return k.error();
        Result<QString> v = resolver.resolve(value, QStringLiteral("query ") + key);
        if (!v)
            return v.error();
        query.append({k.value(), v.value()});
    }
    if (!query.isEmpty())
        url += u'?' + encodeQuery(query, true);
    return url;
}

QByteArray impliedContentType(const QString& bodyType)
{
    if (bodyType == u"json" || bodyType == u"graphql")
        return "application/json";
    if (bodyType == u"form")
        return "application/x-www-form-urlencoded";
    if (bodyType == u"text")
        return "text/plain";
    return QByteArray();
}

std::optional<HeaderCredential> credentialFromHeader(const QString& name, const QString& value)
{
    const QString trimmed = value.trimmed();
    static const QRegularExpression onlyVariables(QStringLiteral("^(\\S+\\s+)?(\\{\\{[^}]+\\}\\})$"));
    if (trimmed.isEmpty() || onlyVariables.match(trimmed).hasMatch())
        return std::nullopt;
    HeaderCredential credential;
    if (name.compare(u"Authorization", Qt::CaseInsensitive) == 0) {
        const qsizetype space = trimmed.indexOf(u' ');
        const QString scheme = space < 0 ? trimmed : trimmed.left(space);
        const QString rest = space < 0 ? QString() : trimmed.mid(space + 1).trimmed();
        if (scheme.compare(u"Bearer", Qt::CaseInsensitive) == 0 && !rest.isEmpty()) {
            credential.auth.type = AuthType::Bearer;
            credential.secrets.insert(QStringLiteral("token"), SecureBytes::fromUtf8(rest));
            return credential;
        }
        if (scheme.compare(u"Basic", Qt::CaseInsensitive) == 0 && !rest.isEmpty()) {
            const auto decoded
                = QByteArray::fromBase64Encoding(rest.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return std::nullopt;
            QByteArray pair = decoded.decoded;
            const qsizetype colon = pair.indexOf(':');
            credential.auth.type = AuthType::Basic;
            credential.auth.fields.insert(
                QStringLiteral("username"), QString::fromUtf8(colon < 0 ? pair : pair.left(colon)));
            if (colon >= 0)
                credential.secrets.insert(QStringLiteral("password"), SecureBytes::fromBytes(pair.mid(colon + 1)));
            wipe(pair);
            return credential;
        }
        return std::nullopt;
    }
    static const QRegularExpression apiKeyHeader(
        QStringLiteral("^(x-)?(api[-_]?key|apikey|auth[-_]?token|access[-_]?token)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (apiKeyHeader.match(name).hasMatch()) {
        credential.auth.type = AuthType::ApiKey;
        credential.auth.fields.insert(QStringLiteral("keyName"), name);
        credential.auth.fields.insert(QStringLiteral("keyIn"), QStringLiteral("header"));
        credential.secrets.insert(QStringLiteral("apiKey"), SecureBytes::fromUtf8(trimmed));
        return credential;
    }
    return std::nullopt;
}

QString uniqueEndpointId(const QString& name, QStringList& taken)
{
    const QString base = slugify(name);
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = base + u'-' + QString::number(n);
    taken.append(id);
    return id;
}

} // namespace studio::interop
