#include "core/log/loggedrequest.h"

#include "core/interop/requestformat.h"
#include "core/interop/urlmapping.h"
#include "core/workspace/variables.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringDecoder>

namespace studio {

namespace {

// lupdate files tr() calls of free functions under the namespace; translate them under the same name.
QString tr(const char* text)
{
    return QCoreApplication::translate("studio", text);
}

const Endpoint* findEndpoint(const QList<Endpoint>& endpoints, const QString& id)
{
    if (id.isEmpty())
        return nullptr;
    for (const Endpoint& endpoint : endpoints) {
        if (endpoint.id == id)
            return &endpoint;
    }
    return nullptr;
}

const Environment* findEnvironment(const QList<Environment>& environments, const QString& name)
{
    if (name.isEmpty())
        return nullptr;
    for (const Environment& environment : environments) {
        if (environment.name == name)
            return &environment;
    }
    return nullptr;
}

/// Headers the HTTP stack writes itself; sending the logged ones again would contradict it.
bool isStackHeader(const QByteArray& lowerName)
{
    static const QByteArrayList names {"host", "content-length", "connection", "transfer-encoding", "keep-alive", "te",
        "trailer", "upgrade", "expect", "proxy-connection", "http2-settings"};
    return names.contains(lowerName);
}

/// The API key name an endpoint's auth sends (header or query), or empty when it sends none.
QString apiKeyName(const Endpoint* endpoint, bool inQuery)
{
    if (!endpoint || endpoint->auth.type != AuthType::ApiKey)
        return QString();
    const bool query = endpoint->auth.fields.value(QStringLiteral("keyIn")).trimmed() == u"query";
    if (query != inQuery)
        return QString();
    return endpoint->auth.fields.value(QStringLiteral("keyName")).trimmed();
}

/// Which logged headers the endpoint's auth writes again.
bool isAuthHeader(const QByteArray& lowerName, const Endpoint* endpoint)
{
    if (lowerName == "authorization" || lowerName == "proxy-authorization")
        return true;
    const QString key = apiKeyName(endpoint, false);
    return !key.isEmpty() && lowerName == key.toLatin1().toLower();
}

QString decodeComponent(QString text)
{
    text.replace(u'+', u' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text.toUtf8()));
}

/// Which query parameters the endpoint's auth adds again.
bool isAuthParameter(const QString& key, const Endpoint* endpoint)
{
    if (key.startsWith(QStringLiteral("oauth_")))
        return true;
    const QString name = apiKeyName(endpoint, true);
    return !name.isEmpty() && key == name;
}

/// The endpoint with its plain variables resolved in `environment`; the stored one when that fails (a secret
/// variable in the base URL), which still serves for the auth settings.
Endpoint resolvedEndpoint(const Endpoint& endpoint, const Environment& environment)
{
    Result<Endpoint> resolved = VariableResolver::forEnvironment(environment).resolveEndpoint(endpoint);
    return resolved ? resolved.value() : endpoint;
}

QString mediaType(const QByteArray& contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return QString::fromLatin1(semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

QString quotedList(const QStringList& names)
{
    QStringList quoted;
    for (const QString& name : names)
        quoted.append(u'"' + name + u'"');
    return QLocale().createSeparatedList(quoted);
}

} // namespace

HeaderList replayableHeaders(const LogEntry& entry, const Endpoint* endpoint, QStringList* notes)
{
    HeaderList headers;
    QStringList droppedAuth;
    for (const auto& [name, value] : entry.requestHeaders) {
        const QByteArray lower = name.trimmed().toLower();
        if (isAuthHeader(lower, endpoint)) {
            if (!droppedAuth.contains(QString::fromLatin1(name), Qt::CaseInsensitive))
                droppedAuth.append(QString::fromLatin1(name));
            continue;
        }
        if (isStackHeader(lower))
            continue;
        headers.append({name, value});
    }
    if (notes && !droppedAuth.isEmpty()) {
        if (endpoint && endpoint->auth.type != AuthType::None)
            notes->append(
                tr("Left out %1: the endpoint's authentication writes it afresh.").arg(quotedList(droppedAuth)));
        else
            notes->append(tr("Left out %1: the log holds only its redacted form, and the request goes without "
                             "authentication.")
                              .arg(quotedList(droppedAuth)));
    }
    return headers;
}

QString replayableUrl(const LogEntry& entry, const Endpoint* endpoint, QStringList* notes)
{
    QString url = entry.url.trimmed();
    const qsizetype hash = url.indexOf(u'#');
    if (hash >= 0)
        url.truncate(hash);
    const qsizetype question = url.indexOf(u'?');
    if (question < 0)
        return url;
    const QStringList items = url.mid(question + 1).split(u'&', Qt::SkipEmptyParts);
    QStringList kept;
    QStringList dropped;
    for (const QString& item : items) {
        const QString key = decodeComponent(item.left(item.indexOf(u'=')));
        if (isAuthParameter(key, endpoint)) {
            if (!dropped.contains(key))
                dropped.append(key);
            continue;
        }
        kept.append(item);
    }
    if (notes && !dropped.isEmpty())
        notes->append(tr("Left out the query parameters %1: the endpoint's authentication adds them afresh.")
                          .arg(quotedList(dropped)));
    url.truncate(question);
    if (!kept.isEmpty())
        url += u'?' + kept.join(u'&');
    return url;
}

Result<LoggedRequest> requestFromLogEntry(const LogEntry& entry, const QList<Endpoint>& endpoints,
    const QList<Environment>& environments, const QByteArray& redactionMarker)
{
    const QByteArray marker = redactionMarker.isEmpty() ? QByteArrayLiteral("[redacted]") : redactionMarker;
    const QString markerText = QString::fromUtf8(marker);
    const QByteArray method = entry.method.trimmed().toUpper();
    if (method.isEmpty())
        return Error {tr("Log entry %1 has no HTTP method.").arg(entry.id)};
    const interop::UrlParts parts = interop::splitUrl(entry.url);
    if ((parts.scheme != u"http" && parts.scheme != u"https") || parts.host.isEmpty())
        return Error {tr("Log entry %1 has no usable http or https URL (\"%2\").").arg(entry.id).arg(entry.url)};

    LoggedRequest out;
    RequestSpec& spec = out.spec;
    spec.method = method;

    // The environment the request was sent in resolves the endpoints' addresses as they were then.
    Environment environment;
    if (const Environment* found = findEnvironment(environments, entry.environment)) {
        environment = *found;
        out.environment = found->name;
    } else if (!entry.environment.isEmpty()) {
        out.notes.append(tr("The environment \"%1\" the request was sent in no longer exists: endpoint addresses were "
                            "resolved without its variables.")
                             .arg(entry.environment));
    }

    interop::ImportContext context;
    context.environment = environment;
    const Endpoint* logged = findEndpoint(endpoints, entry.endpointId);
    interop::UrlMapping mapping;
    if (logged) {
        context.endpoints = {*logged};
        mapping = interop::mapUrl(entry.url, context);
    }
    if (mapping.endpointId.isEmpty()) {
        context.endpoints = endpoints;
        mapping = interop::mapUrl(entry.url, context);
    }
    const Endpoint* target = findEndpoint(endpoints, mapping.endpointId);
    if (!entry.endpointId.isEmpty() && !logged)
        out.notes.append(tr("The endpoint \"%1\" the request was sent through no longer exists in the workspace.")
                             .arg(entry.endpointId));
    else if (logged && !target)
        out.notes.append(tr("The URL no longer lies under the address of endpoint \"%1\" in environment \"%2\".")
                             .arg(logged->name, entry.environment));
    else if (logged && target != logged)
        out.notes.append(tr("The URL no longer lies under the address of endpoint \"%1\"; it matches endpoint \"%2\".")
                             .arg(logged->name, target->name));
    if (!target)
        out.notes.append(tr("No endpoint of the workspace serves %1: the request goes to the absolute URL, without "
                            "authentication.")
                             .arg(parts.origin()));
    const Endpoint resolvedTarget = target ? resolvedEndpoint(*target, environment) : Endpoint();
    const Endpoint* auth = target ? &resolvedTarget : nullptr;
    const bool magento = target && target->kind == EndpointKind::Magento;

    spec.endpointId = mapping.endpointId;
    spec.mode = mapping.mode;
    spec.path = mapping.path;
    spec.storeCode = mapping.storeCode;

    QStringList redacted;
    QStringList droppedParameters;
    for (const auto& pair : std::as_const(mapping.query)) {
        if (isAuthParameter(pair.first, auth)) {
            if (!droppedParameters.contains(pair.first))
                droppedParameters.append(pair.first);
            continue;
        }
        if (pair.second.contains(markerText))
            redacted.append(tr("query parameter \"%1\"").arg(pair.first));
        spec.query.append(pair);
    }
    if (!droppedParameters.isEmpty())
        out.notes.append(tr("Left out the query parameters %1: the endpoint's authentication adds them afresh.")
                             .arg(quotedList(droppedParameters)));

    // Headers: the ones the user chose. Auth, the HTTP stack and the body type write the others.
    QStringList droppedAuth;
    QByteArray contentType;
    QString storeHeader;
    for (const auto& [name, value] : entry.requestHeaders) {
        const QByteArray lower = name.trimmed().toLower();
        if (isAuthHeader(lower, auth)) {
            if (!droppedAuth.contains(QString::fromLatin1(name), Qt::CaseInsensitive))
                droppedAuth.append(QString::fromLatin1(name));
            continue;
        }
        if (isStackHeader(lower))
            continue;
        if (lower == "user-agent" && value.startsWith("IntegrationStudio/"))
            continue;
        if (lower == "accept" && value.trimmed() == "application/json")
            continue;
        if (lower == "content-type") {
            contentType = value.trimmed();
            continue;
        }
        if (magento && spec.mode == RequestSpec::Mode::GraphQL && lower == "store") {
            storeHeader = QString::fromUtf8(value).trimmed();
            continue;
        }
        if (value.contains(marker))
            redacted.append(tr("header \"%1\"").arg(QString::fromLatin1(name)));
        spec.headers.append({QString::fromLatin1(name), QString::fromUtf8(value)});
    }
    if (!droppedAuth.isEmpty()) {
        if (auth && auth->auth.type != AuthType::None)
            out.notes.append(
                tr("Left out %1: the endpoint's authentication writes it afresh.").arg(quotedList(droppedAuth)));
        else
            out.notes.append(tr("Left out %1: the log holds only its redacted form, and the request goes without "
                                "authentication.")
                                 .arg(quotedList(droppedAuth)));
    }
    if (!storeHeader.isEmpty() && storeHeader != resolvedTarget.storeCode)
        spec.storeCode = storeHeader;

    // Body.
    const QByteArray& body = entry.requestBody;
    const QString media = mediaType(contentType);
    if (body.isEmpty()) {
        spec.bodyType = QStringLiteral("none");
    } else {
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder(body);
        if (decoder.hasError() || body.contains('\0')) {
            spec.bodyType = QStringLiteral("none");
            out.notes.append(tr("The body (%1 bytes) is binary and cannot be edited as text: it was left out.")
                                 .arg(QLocale().toString(body.size())));
        } else {
            spec.body = text;
            const QByteArray head = body.left(64).trimmed();
            const bool looksJson = head.startsWith('{') || head.startsWith('[');
            if (media == u"application/json" || media.endsWith(QStringLiteral("+json"))
                || (media.isEmpty() && looksJson))
                spec.bodyType = QStringLiteral("json");
            else if (media == u"application/x-www-form-urlencoded")
                spec.bodyType = QStringLiteral("form");
            else
                spec.bodyType = QStringLiteral("text");
            if (spec.bodyType == u"json" && spec.mode == RequestSpec::Mode::GraphQL) {
                const QJsonDocument document = QJsonDocument::fromJson(body);
                const QJsonObject object = document.object();
                if (object.value(QStringLiteral("query")).isString()) {
                    spec.bodyType = QStringLiteral("graphql");
                    spec.body = object.value(QStringLiteral("query")).toString();
                    const QJsonValue variables = object.value(QStringLiteral("variables"));
                    if (variables.isObject() && !variables.toObject().isEmpty())
                        spec.graphqlVariables
                            = QString::fromUtf8(QJsonDocument(variables.toObject()).toJson(QJsonDocument::Indented));
                    spec.graphqlOperationName = object.value(QStringLiteral("operationName")).toString();
                }
            }
            if (body.contains(marker))
                redacted.append(tr("the body"));
        }
    }
    if (spec.mode == RequestSpec::Mode::GraphQL && spec.bodyType != u"graphql") {
        // Not a GraphQL document after all (e.g. a GET of /graphql): an ordinary request to that URL.
        spec.mode = RequestSpec::Mode::Rest;
        if (magento) {
            spec.endpointId.clear();
            spec.path = parts.origin() + parts.path;
            out.notes.append(tr("The request to the GraphQL URL carries no GraphQL query: it goes to the absolute URL, "
                                "without authentication."));
        }
    }
    // The Content-Type the body type implies is written again by the console; any other one is the user's.
    if (!contentType.isEmpty()) {
        const QString implied = QString::fromLatin1(interop::impliedContentType(spec.bodyType));
        const bool engineDefault
            = media == implied && (contentType.indexOf(';') < 0 || contentType.toLower().contains("charset=utf-8"));
        if (!engineDefault)
            spec.headers.append({QStringLiteral("Content-Type"), QString::fromLatin1(contentType)});
    }

    if (entry.requestBodyTruncated) {
        out.bodyTruncated = true;
        out.notes.append(tr("The log kept only the first %1 of %2 bytes of the body: complete it before sending.")
                             .arg(QLocale().toString(entry.requestBody.size()))
                             .arg(QLocale().toString(qMax(entry.requestBodySize, qint64(entry.requestBody.size())))));
    }
    if (!redacted.isEmpty()) {
        out.hasRedactedValues = true;
        out.notes.append(tr("The log redacted %1 (shown as %2): enter the real values before sending.")
                             .arg(QLocale().createSeparatedList(redacted), markerText));
    }
    return out;
}

} // namespace studio
