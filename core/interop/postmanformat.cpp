#include "core/interop/postmanformat.h"

#include "core/common/jsonio.h"
#include "core/interop/urlmapping.h"
#include "core/workspace/variables.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

namespace studio::interop {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PostmanFormat", text);
}

QString textOf(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return value.toVariant().toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return QString();
    }
}

QString descriptionOf(const QJsonValue& value)
{
    if (value.isObject())
        return value.toObject().value(QStringLiteral("content")).toString();
    return value.toString();
}

bool isSecretName(const QString& name)
{
    static const QRegularExpression secret(
        QStringLiteral("(secret|password|passwd|pwd|token|api[-_]?key|apikey|private|credential)"),
        QRegularExpression::CaseInsensitiveOption);
    return secret.match(name).hasMatch();
}

const QRegularExpression& onlyVariable()
{
    static const QRegularExpression pattern(QStringLiteral("^\\{\\{\\s*([A-Za-z_][A-Za-z0-9_.\\-]*)\\s*\\}\\}$"));
    return pattern;
}

/// Auth parameters of a Postman auth object: v2.1 writes [{key, value}], v2.0 an object.
QMap<QString, QJsonValue> authParams(const QJsonObject& auth, const QString& type)
{
    QMap<QString, QJsonValue> params;
    const QJsonValue raw = auth.value(type);
    if (raw.isArray()) {
        for (const QJsonValue& item : raw.toArray()) {
            const QJsonObject param = item.toObject();
            params.insert(param.value(QStringLiteral("key")).toString(), param.value(QStringLiteral("value")));
        }
    } else if (raw.isObject()) {
        const QJsonObject object = raw.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            params.insert(it.key(), it.value());
    }
    return params;
}

/// The auth an item or request sets itself, or its parent's when it has none, null or type "inherit".
QJsonObject ownOrInherited(const QJsonObject& owner, const QJsonObject& inherited)
{
    const QJsonValue own = owner.value(QStringLiteral("auth"));
    if (!own.isObject() || own.toObject().value(QStringLiteral("type")).toString() == u"inherit")
        return inherited;
    return own.toObject();
}

/// An auth the studio can apply, with its secret values.
struct EffectiveAuth
{
    AuthSettings settings;
    QMap<QString, SecureBytes> secrets;
    bool operator==(const EffectiveAuth&) const = default;
};

struct Group
{
    QString base;
    EndpointKind kind = EndpointKind::Rest;
    EffectiveAuth auth;
    QString endpointId;
};

class Importer final
{
public:
    Importer(const ImportContext& context, ImportResult& result)
        : m_context(context)
        , m_result(result)
    {
        for (const Endpoint& endpoint : context.endpoints)
            m_takenIds.append(endpoint.id);
    }

    Status run(const QJsonObject& root)
    {
        const QJsonObject info = root.value(QStringLiteral("info")).toObject();
        m_result.title = info.value(QStringLiteral("name")).toString();
        readVariables(root.value(QStringLiteral("variable")).toArray());
        noteScripts(root, tr("collection"));
        const QJsonObject rootAuth = root.value(QStringLiteral("auth")).toObject();
        walk(root.value(QStringLiteral("item")).toArray(), QString(), rootAuth, tr("collection"));
        finishEnvironment();
        return {};
    }

private:
    void note(ImportNote::Severity severity, const QString& where, const QString& message)
    {
        m_result.notes.append({severity, where, message});
    }

    void readVariables(const QJsonArray& variables)
    {
        for (const QJsonValue& item : variables) {
            const QJsonObject variable = item.toObject();
            if (variable.value(QStringLiteral("disabled")).toBool())
                continue;
            const QString key
                = variable.value(QStringLiteral("key")).toString(variable.value(QStringLiteral("id")).toString());
            if (key.isEmpty())
                continue;
            static const QRegularExpression validName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.\\-]*$"));
            if (!validName.match(key).hasMatch())
                note(ImportNote::Severity::Warning, tr("variable \"%1\"").arg(key),
                    tr("The variable name \"%1\" cannot be used as {{%1}} in the studio (letters, digits, _ . - only); "
                       "rename it and the places that use it.")
                        .arg(key));
            m_variables.insert(key, textOf(variable.value(QStringLiteral("value"))));
            m_variableOrder.append(key);
            if (variable.value(QStringLiteral("type")).toString() == u"secret" || isSecretName(key))
                m_secretVariables.insert(key);
        }
    }

    void finishEnvironment()
    {
        if (m_variableOrder.isEmpty())
            return;
        Environment environment;
        environment.name = m_result.title.isEmpty() ? QStringLiteral("Postman") : m_result.title;
        for (const QString& key : std::as_const(m_variableOrder)) {
            const QString value = m_variables.value(key);
            if (m_secretVariables.contains(key) && !value.isEmpty()) {
                environment.secretVariables.insert(key, QString());
                ImportedSecret secret;
                secret.environment = environment.name;
                secret.field = key;
                secret.value = SecureBytes::fromUtf8(value);
                m_result.secrets.append(secret);
            } else {
                environment.variables.insert(key, value);
            }
        }
        m_result.environment = environment;
    }

    void noteScripts(const QJsonObject& object, const QString& where)
    {
        for (const QJsonValue& event : object.value(QStringLiteral("event")).toArray()) {
            const QJsonObject script = event.toObject().value(QStringLiteral("script")).toObject();
            const QJsonValue exec = script.value(QStringLiteral("exec"));
            const bool empty = exec.isArray() ? std::all_of(exec.toArray().begin(), exec.toArray().end(),
                                   [](const QJsonValue& line) { return line.toString().trimmed().isEmpty(); })
                                              : exec.toString().trimmed().isEmpty();
            if (empty)
                continue;
            note(ImportNote::Severity::Warning, where,
                tr("The %1 script was not imported: the studio does not run Postman scripts.")
                    .arg(event.toObject().value(QStringLiteral("listen")).toString()));
        }
    }

    void walk(const QJsonArray& items, const QString& folder, const QJsonObject& inheritedAuth, const QString& where)
    {
        for (const QJsonValue& value : items) {
            const QJsonObject item = value.toObject();
            const QString name = item.value(QStringLiteral("name")).toString();
            const QString path = folder.isEmpty() ? name : folder + u'/' + name;
            if (item.contains(QStringLiteral("item"))) {
                const QString folderWhere = tr("folder \"%1\"").arg(path);
                noteScripts(item, folderWhere);
                const QJsonObject auth = ownOrInherited(item, inheritedAuth);
                walk(item.value(QStringLiteral("item")).toArray(), path, auth, folderWhere);
                continue;
            }
            const QString itemWhere = tr("request \"%1\"").arg(path);
            if (!item.contains(QStringLiteral("request"))) {
                note(ImportNote::Severity::Warning, itemWhere, tr("The item has no request and was skipped."));
                continue;
            }
            noteScripts(item, itemWhere);
            importRequest(item, folder, name, inheritedAuth, itemWhere);
        }
        Q_UNUSED(where);
    }

    /// The studio's auth for a Postman auth object; secrets resolved through collection variables.
    EffectiveAuth effectiveAuth(const QJsonObject& auth, const QString& where)
    {
        EffectiveAuth effective;
        const QString type = auth.value(QStringLiteral("type")).toString();
        if (type.isEmpty() || type == u"noauth")
            return effective;
        const QMap<QString, QJsonValue> params = authParams(auth, type);
        const auto plain = [&params](const QString& key) { return textOf(params.value(key)); };
        const auto secret = [&](const QString& postmanKey, const QString& field) {
            const QString value = textOf(params.value(postmanKey));
            const QRegularExpressionMatch match = onlyVariable().match(value);
            QString resolved = value;
            if (match.hasMatch()) {
                const QString variable = match.captured(1);
                m_secretVariables.insert(variable);
                if (!m_variables.contains(variable) || m_variables.value(variable).isEmpty()) {
                    note(ImportNote::Severity::Warning, where,
                        tr("%1 refers to {{%2}}, which the collection does not define: enter it in the endpoint's "
                           "auth settings.")
                            .arg(authFieldDisplayName(field), variable));
                    return;
                }
                resolved = m_variables.value(variable);
            } else if (!VariableResolver::variablesIn(value).isEmpty()) {
                Result<QString> r = VariableResolver(m_variables).resolve(value);
                if (!r) {
                    note(ImportNote::Severity::Warning, where,
                        tr("%1 uses variables the collection does not define: enter it in the endpoint's auth "
                           "settings.")
                            .arg(authFieldDisplayName(field)));
                    return;
                }
                resolved = r.value();
            }
            if (!resolved.isEmpty())
                effective.secrets.insert(field, SecureBytes::fromUtf8(resolved));
        };
        if (type == u"oauth1") {
            effective.settings.type = AuthType::OAuth1;
            QString method = plain(QStringLiteral("signatureMethod"));
            if (method.isEmpty())
                method = QStringLiteral("HMAC-SHA1");
            if (method != u"HMAC-SHA1" && method != u"HMAC-SHA256") {
                note(ImportNote::Severity::Warning, where,
                    tr("The OAuth 1.0a signature method %1 is not supported; HMAC-SHA256 is used instead.")
                        .arg(method));
                method = QStringLiteral("HMAC-SHA256");
            }
            effective.settings.fields.insert(QStringLiteral("signatureMethod"), method);
            secret(QStringLiteral("consumerKey"), QStringLiteral("consumerKey"));
            secret(QStringLiteral("consumerSecret"), QStringLiteral("consumerSecret"));
            secret(QStringLiteral("token"), QStringLiteral("accessToken"));
            secret(QStringLiteral("tokenSecret"), QStringLiteral("accessTokenSecret"));
            const QJsonValue inHeader = params.value(QStringLiteral("addParamsToHeader"));
            if (inHeader.isBool() ? !inHeader.toBool() : inHeader.toString() == u"false")
                note(ImportNote::Severity::Info, where,
                    tr("OAuth 1.0a parameters are sent in the Authorization header (Magento reads them only there), "
                       "not in the query or body as the collection asked."));
        } else if (type == u"bearer") {
            effective.settings.type = AuthType::Bearer;
            secret(QStringLiteral("token"), QStringLiteral("token"));
        } else if (type == u"basic") {
            effective.settings.type = AuthType::Basic;
            effective.settings.fields.insert(QStringLiteral("username"), plain(QStringLiteral("username")));
            secret(QStringLiteral("password"), QStringLiteral("password"));
        } else if (type == u"apikey") {
            effective.settings.type = AuthType::ApiKey;
            const QString key = plain(QStringLiteral("key"));
            effective.settings.fields.insert(
                QStringLiteral("keyName"), key.isEmpty() ? QStringLiteral("X-API-Key") : key);
            const QString in = plain(QStringLiteral("in"));
            effective.settings.fields.insert(
                QStringLiteral("keyIn"), in == u"query" ? QStringLiteral("query") : QStringLiteral("header"));
            secret(QStringLiteral("value"), QStringLiteral("apiKey"));
        } else if (type == u"oauth2") {
            effective.settings.type = AuthType::Bearer;
            secret(QStringLiteral("accessToken"), QStringLiteral("token"));
            note(ImportNote::Severity::Warning, where,
                tr("OAuth 2.0 was imported as a bearer token (the collection's current access token). For automatic "
                   "renewal, switch the endpoint to OAuth 2.0 client credentials or refresh token."));
        } else {
            note(ImportNote::Severity::Warning, where,
                tr("The auth type \"%1\" is not supported by the studio; the requests were imported without auth.")
                    .arg(type));
        }
        return effective;
    }

    /// Assembles the URL from Postman's structured form (which knows disabled query items) or its raw text.
    QString urlText(const QJsonValue& value, const QString& where)
    {
        if (value.isString())
            return value.toString();
        const QJsonObject url = value.toObject();
        const QString raw = url.value(QStringLiteral("raw")).toString();
        QString base;
        const QJsonValue host = url.value(QStringLiteral("host"));
        if (host.isArray() || host.isString()) {
            QStringList hostParts;
            if (host.isArray()) {
                for (const QJsonValue& part : host.toArray())
                    hostParts.append(textOf(part));
            } else {
                hostParts.append(host.toString());
            }
            const QString protocol = url.value(QStringLiteral("protocol")).toString();
            base = (protocol.isEmpty() ? QString() : protocol + QStringLiteral("://")) + hostParts.join(u'.');
            const QString port = textOf(url.value(QStringLiteral("port")));
            if (!port.isEmpty())
                base += u':' + port;
            const QJsonValue pathValue = url.value(QStringLiteral("path"));
            QStringList segments;
            if (pathValue.isArray()) {
                for (const QJsonValue& segment : pathValue.toArray())
                    segments.append(segment.isObject() ? segment.toObject().value(QStringLiteral("value")).toString()
                                                       : textOf(segment));
            } else if (pathValue.isString()) {
                segments = pathValue.toString().split(u'/', Qt::SkipEmptyParts);
            }
            if (!segments.isEmpty())
                base += u'/' + segments.join(u'/');
        } else {
            base = raw;
            const qsizetype question = base.indexOf(u'?');
            if (question >= 0 && url.contains(QStringLiteral("query")))
                base.truncate(question);
        }
        if (url.contains(QStringLiteral("query"))) {
            QStringList items;
            for (const QJsonValue& item : url.value(QStringLiteral("query")).toArray()) {
                const QJsonObject query = item.toObject();
                if (query.value(QStringLiteral("disabled")).toBool())
                    continue;
                const QString key = query.value(QStringLiteral("key")).toString();
                const QJsonValue v = query.value(QStringLiteral("value"));
                items.append(v.isNull() ? key : key + u'=' + textOf(v));
            }
            if (!items.isEmpty())
                base += u'?' + items.join(u'&');
        }
        // Path variables (:sku): the value of the request when it has one, else a studio variable.
        QMap<QString, QString> pathValues;
        for (const QJsonValue& item : url.value(QStringLiteral("variable")).toArray()) {
            const QJsonObject variable = item.toObject();
            pathValues.insert(
                variable.value(QStringLiteral("key")).toString(), textOf(variable.value(QStringLiteral("value"))));
        }
        const qsizetype queryStart = base.indexOf(u'?');
        QString pathPart = queryStart < 0 ? base : base.left(queryStart);
        const QString queryPart = queryStart < 0 ? QString() : base.mid(queryStart);
        static const QRegularExpression pathVariable(QStringLiteral("/:([A-Za-z_][A-Za-z0-9_]*)"));
        QString replaced;
        qsizetype last = 0;
        auto it = pathVariable.globalMatch(pathPart);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const QString name = match.captured(1);
            replaced += pathPart.mid(last, match.capturedStart() - last) + u'/';
            const QString given = pathValues.value(name);
            if (!given.isEmpty() && VariableResolver::variablesIn(given).isEmpty()) {
                replaced += QString::fromLatin1(given.toUtf8().toPercentEncoding("-._~!$&'()*+,;=:@"));
            } else if (!given.isEmpty()) {
                replaced += given;
            } else {
                replaced += QStringLiteral("{{") + name + QStringLiteral("}}");
                note(ImportNote::Severity::Info, where,
                    tr("The path variable :%1 became {{%1}}: define it in the environment.").arg(name));
            }
            last = match.capturedEnd();
        }
        replaced += pathPart.mid(last);
        return replaced + queryPart;
    }

    /// The endpoint (group) for a base URL and auth, created on first use.
    Group& groupFor(const QString& base, EndpointKind kind, const EffectiveAuth& auth, const QString& storeCode)
    {
        for (Group& group : m_groups) {
            if (group.base == base && group.kind == kind && group.auth == auth)
                return group;
        }
        Group group;
        group.base = base;
        group.kind = kind;
        group.auth = auth;
        Endpoint endpoint;
        const Result<QString> resolvedBase = VariableResolver(m_variables).resolve(base);
        const UrlParts parts = splitUrl(resolvedBase ? resolvedBase.value() : base);
        QString name = m_result.title.isEmpty() ? parts.host : m_result.title;
        if (name.isEmpty())
            name = QStringLiteral("Postman");
        if (!m_groups.isEmpty())
            name += QStringLiteral(" (") + (parts.host.isEmpty() ? base : parts.host) + QStringLiteral(", ")
                + authTypeId(auth.settings.type) + u')';
        endpoint.name = name;
        endpoint.id = uniqueEndpointId(name, m_takenIds);
        endpoint.kind = kind;
        endpoint.baseUrl = base;
        if (kind == EndpointKind::Magento && !storeCode.isEmpty())
            endpoint.storeCode = storeCode;
        endpoint.auth = auth.settings;
        group.endpointId = endpoint.id;
        for (auto it = auth.secrets.cbegin(); it != auth.secrets.cend(); ++it) {
            ImportedSecret secret;
            secret.endpointId = endpoint.id;
            secret.authType = auth.settings.type;
            secret.field = it.key();
            secret.value = it.value();
            m_result.secrets.append(secret);
        }
        m_result.endpoints.append(endpoint);
        m_groups.append(group);
        return m_groups.last();
    }

    const Endpoint& endpointOf(const Group& group) const
    {
        for (const Endpoint& endpoint : m_result.endpoints) {
            if (endpoint.id == group.endpointId)
                return endpoint;
        }
        return m_result.endpoints.first();
    }

    void importRequest(const QJsonObject& item, const QString& folder, const QString& name,
        const QJsonObject& inheritedAuth, const QString& where)
    {
        SavedRequest saved;
        saved.folder = folder;
        saved.name = name.isEmpty() ? tr("Request") : name;
        RequestSpec& spec = saved.spec;

        const QJsonValue requestValue = item.value(QStringLiteral("request"));
        QJsonObject request;
        if (requestValue.isString())
            request.insert(QStringLiteral("url"), requestValue.toString());
        else
            request = requestValue.toObject();
        saved.description = descriptionOf(request.value(QStringLiteral("description")));
        if (saved.description.isEmpty())
            saved.description = descriptionOf(item.value(QStringLiteral("description")));
        spec.method = request.value(QStringLiteral("method")).toString(QStringLiteral("GET")).toUpper().toLatin1();

        const QString url = urlText(request.value(QStringLiteral("url")), where);
        if (url.trimmed().isEmpty()) {
            note(ImportNote::Severity::Warning, where, tr("The request has no URL and was skipped."));
            return;
        }

        // Headers; credentials in them become the request's auth when it has none.
        QList<QPair<QString, QString>> headers;
        const QJsonValue headerValue = request.value(QStringLiteral("header"));
        if (headerValue.isString()) {
            for (const QString& line : headerValue.toString().split(u'\n', Qt::SkipEmptyParts)) {
                const qsizetype colon = line.indexOf(u':');
                if (colon > 0)
                    headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            }
        } else {
            for (const QJsonValue& h : headerValue.toArray()) {
                const QJsonObject header = h.toObject();
                if (header.value(QStringLiteral("disabled")).toBool())
                    continue;
                headers.append(
                    {header.value(QStringLiteral("key")).toString(), textOf(header.value(QStringLiteral("value")))});
            }
        }

        const QJsonObject authObject = ownOrInherited(request, inheritedAuth);
        EffectiveAuth auth = effectiveAuth(authObject, where);
        for (qsizetype h = 0; h < headers.size();) {
            std::optional<HeaderCredential> credential
                = credentialFromHeader(headers.at(h).first, headers.at(h).second);
            if (!credential) {
                ++h;
                continue;
            }
            if (auth.settings.type == AuthType::None) {
                auth.settings = credential->auth;
                auth.secrets = credential->secrets;
                note(ImportNote::Severity::Info, where,
                    tr("The credentials of the %1 header were moved into the endpoint's auth.")
                        .arg(headers.at(h).first));
            } else {
                note(ImportNote::Severity::Warning, where,
                    tr("The %1 header was dropped: the request already authenticates with %2.")
                        .arg(headers.at(h).first, authTypeId(auth.settings.type)));
            }
            headers.removeAt(h);
        }

        // Body.
        const QJsonObject body = request.value(QStringLiteral("body")).toObject();
        const QString mode = body.value(QStringLiteral("mode")).toString();
        QString contentType;
        for (const auto& [key, value] : std::as_const(headers)) {
            if (key.compare(u"Content-Type", Qt::CaseInsensitive) == 0)
                contentType = value.section(u';', 0, 0).trimmed().toLower();
        }
        if (body.value(QStringLiteral("disabled")).toBool() || mode.isEmpty()) {
            // No body.
        } else if (mode == u"raw") {
            spec.body = body.value(QStringLiteral("raw")).toString();
            const QString language = body.value(QStringLiteral("options"))
                                         .toObject()
                                         .value(QStringLiteral("raw"))
                                         .toObject()
                                         .value(QStringLiteral("language"))
                                         .toString();
            if (!spec.body.isEmpty())
                spec.bodyType = language == u"json" || contentType == u"application/json"
                        || contentType.endsWith(QStringLiteral("+json"))
                    ? QStringLiteral("json")
                    : QStringLiteral("text");
        } else if (mode == u"urlencoded") {
            KeyValueList fields;
            for (const QJsonValue& f : body.value(QStringLiteral("urlencoded")).toArray()) {
                const QJsonObject field = f.toObject();
                if (!field.value(QStringLiteral("disabled")).toBool())
                    fields.append(
                        {field.value(QStringLiteral("key")).toString(), textOf(field.value(QStringLiteral("value")))});
            }
            spec.bodyType = QStringLiteral("form");
            spec.body = encodeQuery(fields, true);
        } else if (mode == u"formdata") {
            KeyValueList fields;
            for (const QJsonValue& f : body.value(QStringLiteral("formdata")).toArray()) {
                const QJsonObject field = f.toObject();
                if (field.value(QStringLiteral("disabled")).toBool())
                    continue;
                const QString key = field.value(QStringLiteral("key")).toString();
                if (field.value(QStringLiteral("type")).toString() == u"file") {
                    note(ImportNote::Severity::Warning, where,
                        tr("The file upload field \"%1\" was not imported: the studio does not send multipart bodies.")
                            .arg(key));
                    continue;
                }
                fields.append({key, textOf(field.value(QStringLiteral("value")))});
            }
            if (!fields.isEmpty()) {
                spec.bodyType = QStringLiteral("form");
                spec.body = encodeQuery(fields, true);
                note(ImportNote::Severity::Warning, where,
                    tr("The multipart form was imported as a URL-encoded form (application/x-www-form-urlencoded)."));
                removeContentType(headers);
            }
        } else if (mode == u"graphql") {
            const QJsonObject graphql = body.value(QStringLiteral("graphql")).toObject();
            spec.bodyType = QStringLiteral("graphql");
            spec.body = graphql.value(QStringLiteral("query")).toString();
            const QJsonValue variables = graphql.value(QStringLiteral("variables"));
            spec.graphqlVariables = variables.isObject()
                ? QString::fromUtf8(QJsonDocument(variables.toObject()).toJson(QJsonDocument::Indented))
                : variables.toString().trimmed();
            spec.mode = RequestSpec::Mode::GraphQL;
        } else if (mode == u"file") {
            note(ImportNote::Severity::Warning, where,
                tr("The body is read from a file in Postman and was not imported: paste its content as the body."));
        } else {
            note(ImportNote::Severity::Warning, where, tr("The body mode \"%1\" is not supported.").arg(mode));
        }
        if (!contentType.isEmpty()
            && contentType == QString::fromLatin1(impliedContentType(spec.bodyType)).section(u';', 0, 0))
            removeContentType(headers);
        for (const auto& header : std::as_const(headers))
            spec.headers.append(header);

        placeRequest(spec, url, auth, where);
        m_result.requests.append(saved);
    }

    static void removeContentType(QList<QPair<QString, QString>>& headers)
    {
        headers.removeIf([](const QPair<QString, QString>& h) {
            return h.first.compare(u"Content-Type", Qt::CaseInsensitive) == 0;
        });
    }

    /// Splits the URL into base and rest, finds or creates the endpoint and sets path, store, mode and query.
    void placeRequest(RequestSpec& spec, const QString& url, const EffectiveAuth& auth, const QString& where)
    {
        QString base;
        QString rest;
        if (url.startsWith(QStringLiteral("{{"))) {
            const qsizetype close = url.indexOf(QStringLiteral("}}"));
            base = url.left(close + 2);
            rest = url.mid(close + 2);
        } else {
            QString full = url;
            if (!full.contains(QStringLiteral("://"))) {
                full = QStringLiteral("https://") + full;
                note(ImportNote::Severity::Info, where, tr("The URL has no scheme; https:// was assumed."));
            }
            const UrlParts parts = splitUrl(full);
            base = parts.origin();
            rest = full.mid(base.size());
        }
        const qsizetype question = rest.indexOf(u'?');
        QString path = question < 0 ? rest : rest.left(question);
        spec.query = question < 0 ? KeyValueList() : decodeQuery(rest.mid(question + 1));

        // A variable base that already ends in /rest/<store>: split it with its value (the endpoint needs the
        // shop's root).
        EndpointKind kind = EndpointKind::Rest;
        std::optional<MagentoRestPath> magento = splitMagentoRestPath(path);
        if (!magento && base.startsWith(QStringLiteral("{{"))) {
            Result<QString> value = VariableResolver(m_variables).resolve(base);
            if (value) {
                const UrlParts parts = splitUrl(value.value());
                std::optional<MagentoRestPath> inValue = splitMagentoRestPath(parts.path + path);
                if (inValue && parts.path.contains(QStringLiteral("/rest"))) {
                    base = parts.origin();
                    magento = inValue;
                    note(ImportNote::Severity::Info, where,
                        tr("%1 includes Magento's /rest/<store> part; the endpoint uses the shop's address %2 instead.")
                            .arg(url.left(url.indexOf(QStringLiteral("}}")) + 2), base));
                }
            }
        }
        if (magento && magento->path.startsWith(QStringLiteral("/V"))) {
            kind = EndpointKind::Magento;
            base += magento->prefix;
        } else {
            magento.reset();
        }
        if (spec.mode == RequestSpec::Mode::GraphQL && path.endsWith(QStringLiteral("/graphql"))) {
            // Magento serves GraphQL at <shop>/graphql: send it through the shop's endpoint when there is one.
            const QString shop = base + path.chopped(8);
            for (const Group& group : std::as_const(m_groups)) {
                if (group.kind == EndpointKind::Magento && group.base == shop && group.auth == auth) {
                    spec.endpointId = group.endpointId;
                    spec.path.clear();
                    return;
                }
            }
        }
        const QString store
            = magento ? (magento->storeCode.isEmpty() ? QStringLiteral("default") : magento->storeCode) : QString();
        Group& group = groupFor(base, kind, auth, store);
        const Endpoint& endpoint = endpointOf(group);
        spec.endpointId = endpoint.id;
        if (magento) {
            if (store != endpoint.storeCode)
                spec.storeCode = store;
            if (magento->bulk) {
                spec.mode = RequestSpec::Mode::AsyncBulk;
                spec.path = magento->path;
            } else {
                spec.path = (magento->async ? QStringLiteral("/async") : QString()) + magento->path;
            }
        } else {
            spec.path = path;
        }
    }

    const ImportContext& m_context;
    ImportResult& m_result;
    QMap<QString, QString> m_variables;
    QStringList m_variableOrder;
    QSet<QString> m_secretVariables;
    QList<Group> m_groups;
    QStringList m_takenIds;
};

// ---------------------------------------------------------------------------------------------------------------
// Export

QString camel(const QString& id)
{
    QString out;
    bool upper = false;
    for (const QChar c : id) {
        if (!c.isLetterOrNumber()) {
            upper = !out.isEmpty();
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

/// Postman's query items are URL text that it sends as typed (encoding only what a URL cannot carry), while the
/// studio's are decoded values: the characters that would change their meaning there are escaped.
QString postmanQueryText(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '%':
            out += QStringLiteral("%25");
            break;
        case '&':
            out += QStringLiteral("%26");
            break;
        case '#':
            out += QStringLiteral("%23");
            break;
        case '+':
            out += QStringLiteral("%2B");
            break;
        case '=':
            out += QStringLiteral("%3D");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString capitalized(const QString& text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

QJsonObject keyValue(const QString& key, const QJsonValue& value)
{
    return QJsonObject {{QStringLiteral("key"), key}, {QStringLiteral("value"), value},
        {QStringLiteral("type"), value.isBool() ? QStringLiteral("boolean") : QStringLiteral("string")}};
}

class Exporter final
{
public:
    Exporter(const ExportInput& input, const ExportOptions& options, ExportResult& result)
        : m_input(input)
        , m_options(options)
        , m_result(result)
        , m_resolver(VariableResolver::forEnvironment(input.environment))
    { }

    Result<QJsonObject> run()
    {
        QStringList usedEndpoints;
        for (const SavedRequest& request : m_input.requests) {
            if (!request.spec.endpointId.isEmpty() && !usedEndpoints.contains(request.spec.endpointId))
                usedEndpoints.append(request.spec.endpointId);
        }
        for (const QString& id : std::as_const(usedEndpoints)) {
            const Endpoint* endpoint = findEndpoint(id);
            if (!endpoint)
                return Error {tr("The endpoint \"%1\" used by the requests is not part of the export.").arg(id)};
            m_prefixes.insert(id, usedEndpoints.size() == 1 ? QString() : camel(id));
        }
        // Plain environment variables first: requests may use them.
        for (auto it = m_input.environment.variables.cbegin(); it != m_input.environment.variables.cend(); ++it)
            addVariable(it.key(), it.value());
        for (auto it = m_input.environment.secretVariables.cbegin(); it != m_input.environment.secretVariables.cend();
             ++it)
            addSecretVariable(QString(), it.key(), it.key());
        for (const QString& id : std::as_const(usedEndpoints)) {
            const Endpoint* endpoint = findEndpoint(id);
            Result<Endpoint> resolved = m_resolver.resolveEndpoint(*endpoint);
            if (!resolved)
                return resolved.error();
            QString base = resolved->baseUrl;
            while (base.endsWith(u'/'))
                base.chop(1);
            addVariable(variableName(id, QStringLiteral("baseUrl")), base);
        }

        QJsonArray rootItems;
        QMap<QString, QJsonArray> folderItems; // folder path → its direct items
        QStringList folderOrder;
        for (const SavedRequest& request : m_input.requests) {
            Result<QJsonObject> item = requestItem(request);
            if (!item)
                return Error {tr("Request \"%1\": %2").arg(request.name, item.error().message)};
            const QString folder = request.folder;
            if (folder.isEmpty()) {
                rootItems.append(item.value());
                continue;
            }
            QString path;
            for (const QString& part : folder.split(u'/', Qt::SkipEmptyParts)) {
                path = path.isEmpty() ? part : path + u'/' + part;
                if (!folderOrder.contains(path))
                    folderOrder.append(path);
            }
            folderItems[folder].append(item.value());
        }
        // Build folders deepest first so each parent receives complete children.
        QMap<QString, QJsonObject> folders;
        QStringList byDepth = folderOrder;
        std::stable_sort(byDepth.begin(), byDepth.end(),
            [](const QString& a, const QString& b) { return a.count(u'/') > b.count(u'/'); });
        for (const QString& path : std::as_const(byDepth)) {
            QJsonArray children;
            for (const QString& child : std::as_const(folderOrder)) {
                if (child.startsWith(path + u'/') && !child.mid(path.size() + 1).contains(u'/'))
                    children.append(folders.value(child));
            }
            for (const QJsonValue& item : folderItems.value(path))
                children.append(item);
            folders.insert(path,
                QJsonObject {{QStringLiteral("name"), path.section(u'/', -1)}, {QStringLiteral("item"), children}});
        }
        QJsonArray topFolders;
        for (const QString& path : std::as_const(folderOrder)) {
            if (!path.contains(u'/'))
                topFolders.append(folders.value(path));
        }
        for (const QJsonValue& item : std::as_const(rootItems))
            topFolders.append(item);

        QJsonObject info {{QStringLiteral("_postman_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("name"), m_input.title.isEmpty() ? QStringLiteral("Integration Studio") : m_input.title},
            {QStringLiteral("schema"), PostmanFormat::schemaUrl()},
            {QStringLiteral("description"),
                tr("Exported from Integration Studio. Secrets are variables without values: "
                   "supply them at run time (newman --env-var name=value).")}};
        return QJsonObject {{QStringLiteral("info"), info}, {QStringLiteral("item"), topFolders},
            {QStringLiteral("variable"), m_variables}};
    }

private:
    const Endpoint* findEndpoint(const QString& id) const
    {
        for (const Endpoint& endpoint : m_input.endpoints) {
            if (endpoint.id == id)
                return &endpoint;
        }
        return nullptr;
    }

    QString variableName(const QString& endpointId, const QString& field) const
    {
        const QString prefix = m_prefixes.value(endpointId);
        return prefix.isEmpty() ? field : prefix + capitalized(field);
    }

    void addVariable(const QString& name, const QString& value)
    {
        if (m_variableNames.contains(name))
            return;
        m_variableNames.append(name);
        m_variables.append(keyValue(name, value));
    }

    /// A secret as a variable: embedded only when the caller passed its value for a one-off run.
    QString addSecretVariable(const QString& endpointId, const QString& field, const QString& name)
    {
        if (m_variableNames.contains(name))
            return name;
        const auto value = m_options.secretValues.constFind(secretKey(endpointId, field));
        const bool embedded = value != m_options.secretValues.constEnd();
        QJsonObject variable = keyValue(name, embedded ? value->toUtf8String() : QString());
        variable.insert(QStringLiteral("type"), QStringLiteral("secret"));
        m_variableNames.append(name);
        m_variables.append(variable);
        m_result.secrets.append({endpointId, field, name, embedded});
        return name;
    }

    QString secretReference(const Endpoint& endpoint, const QString& field)
    {
        return QStringLiteral("{{") + addSecretVariable(endpoint.id, field, variableName(endpoint.id, field))
            + QStringLiteral("}}");
    }

    Result<QJsonObject> authOf(const Endpoint& endpoint, const QString& requestName)
    {
        Result<Endpoint> resolved = m_resolver.resolveEndpoint(endpoint);
        if (!resolved)
            return resolved.error();
        const AuthSettings& auth = resolved->auth;
        const auto make = [](const QString& type, const QJsonArray& params) {
            return QJsonObject {{QStringLiteral("type"), type}, {type, params}};
        };
        switch (auth.type) {
        case AuthType::None:
            return QJsonObject {{QStringLiteral("type"), QStringLiteral("noauth")}};
        case AuthType::OAuth1: {
            const QString method = auth.fields.value(QStringLiteral("signatureMethod"), QStringLiteral("HMAC-SHA256"));
            return make(QStringLiteral("oauth1"),
                QJsonArray {keyValue(QStringLiteral("signatureMethod"),
                                method.isEmpty() ? QStringLiteral("HMAC-SHA256") : method),
                    keyValue(QStringLiteral("consumerKey"), secretReference(endpoint, QStringLiteral("consumerKey"))),
                    keyValue(
                        QStringLiteral("consumerSecret"), secretReference(endpoint, QStringLiteral("consumerSecret"))),
                    keyValue(QStringLiteral("token"), secretReference(endpoint, QStringLiteral("accessToken"))),
                    keyValue(
                        QStringLiteral("tokenSecret"), secretReference(endpoint, QStringLiteral("accessTokenSecret"))),
                    keyValue(QStringLiteral("addParamsToHeader"), true),
                    keyValue(QStringLiteral("version"), QStringLiteral("1.0")),
                    keyValue(QStringLiteral("addEmptyParamsToSign"), false),
                    keyValue(QStringLiteral("includeBodyHash"), false)});
        }
        case AuthType::Basic:
            return make(QStringLiteral("basic"),
                QJsonArray {keyValue(QStringLiteral("username"), auth.fields.value(QStringLiteral("username"))),
                    keyValue(QStringLiteral("password"), secretReference(endpoint, QStringLiteral("password")))});
        case AuthType::ApiKey:
            return make(QStringLiteral("apikey"),
                QJsonArray {keyValue(QStringLiteral("key"), auth.fields.value(QStringLiteral("keyName"))),
                    keyValue(QStringLiteral("value"), secretReference(endpoint, QStringLiteral("apiKey"))),
                    keyValue(QStringLiteral("in"),
                        auth.fields.value(QStringLiteral("keyIn")) == u"query" ? QStringLiteral("query")
                                                                               : QStringLiteral("header"))});
        case AuthType::Bearer:
            return make(QStringLiteral("bearer"),
                QJsonArray {keyValue(QStringLiteral("token"), secretReference(endpoint, QStringLiteral("token")))});
        case AuthType::MagentoAdminToken:
        case AuthType::MagentoCustomerToken:
        case AuthType::OAuth2ClientCredentials:
        case AuthType::OAuth2RefreshToken:
            if (!m_tokenNoted.contains(endpoint.id)) {
                m_tokenNoted.append(endpoint.id);
                m_result.notes.append({ImportNote::Severity::Info, requestName,
                    tr("The endpoint \"%1\" obtains tokens itself; in the collection it is a bearer token: supply a "
                       "current token as the variable %2.")
                        .arg(endpoint.name, variableName(endpoint.id, QStringLiteral("token")))});
            }
            return make(QStringLiteral("bearer"),
                QJsonArray {keyValue(QStringLiteral("token"), secretReference(endpoint, QStringLiteral("token")))});
        }
        return QJsonObject {{QStringLiteral("type"), QStringLiteral("noauth")}};
    }

    Result<QJsonObject> requestItem(const SavedRequest& saved)
    {
        const RequestSpec& spec = saved.spec;
        const Endpoint* endpoint = spec.endpointId.isEmpty() ? nullptr : findEndpoint(spec.endpointId);
        QString host;
        QString path = spec.path;
        QJsonObject auth {{QStringLiteral("type"), QStringLiteral("noauth")}};
        if (endpoint) {
            host = QStringLiteral("{{") + variableName(endpoint->id, QStringLiteral("baseUrl")) + QStringLiteral("}}");
            if (endpoint->kind == EndpointKind::Magento) {
                if (spec.mode == RequestSpec::Mode::GraphQL) {
                    path = QStringLiteral("/graphql");
                } else {
                    Result<Endpoint> resolved = m_resolver.resolveEndpoint(*endpoint);
                    if (!resolved)
                        return resolved.error();
                    const QString store = spec.storeCode.isEmpty() ? resolved->storeCode : spec.storeCode;
                    path = QStringLiteral("/rest/") + store
                        + (spec.mode == RequestSpec::Mode::AsyncBulk ? QStringLiteral("/async/bulk") : QString())
                        + path;
                }
            } else if (endpoint->kind == EndpointKind::GraphQL && spec.mode == RequestSpec::Mode::GraphQL) {
                path.clear();
            }
            Result<QJsonObject> endpointAuth = authOf(*endpoint, saved.name);
            if (!endpointAuth)
                return endpointAuth.error();
            auth = endpointAuth.value();
        } else {
            const UrlParts parts = splitUrl(spec.path);
            host = parts.origin();
            path = parts.path;
        }
        QJsonArray pathSegments;
        for (const QString& segment : path.split(u'/', Qt::SkipEmptyParts))
            pathSegments.append(segment);
        QJsonArray query;
        QStringList rawQuery;
        for (const auto& [key, value] : spec.query) {
            const QString k = postmanQueryText(key);
            const QString v = postmanQueryText(value);
            query.append(QJsonObject {{QStringLiteral("key"), k}, {QStringLiteral("value"), v}});
            rawQuery.append(k + u'=' + v);
        }
        QString raw = host + (path.isEmpty() || path.startsWith(u'/') ? path : u'/' + path);
        if (!rawQuery.isEmpty())
            raw += u'?' + rawQuery.join(u'&');
        QJsonObject url {{QStringLiteral("raw"), raw}, {QStringLiteral("host"), QJsonArray {host}},
            {QStringLiteral("path"), pathSegments}};
        if (!query.isEmpty())
            url.insert(QStringLiteral("query"), query);

        QJsonArray headers;
        bool hasContentType = false;
        for (const auto& [name, value] : spec.headers) {
            hasContentType = hasContentType || name.compare(u"Content-Type", Qt::CaseInsensitive) == 0;
            headers.append(QJsonObject {{QStringLiteral("key"), name}, {QStringLiteral("value"), value},
                {QStringLiteral("type"), QStringLiteral("text")}});
        }
        QJsonObject body;
        if (spec.bodyType == u"json" || spec.bodyType == u"text") {
            body = QJsonObject {{QStringLiteral("mode"), QStringLiteral("raw")}, {QStringLiteral("raw"), spec.body},
                {QStringLiteral("options"),
                    QJsonObject {{QStringLiteral("raw"),
                        QJsonObject {{QStringLiteral("language"),
                            spec.bodyType == u"json" ? QStringLiteral("json") : QStringLiteral("text")}}}}}};
        } else if (spec.bodyType == u"form") {
            QJsonArray fields;
            for (const auto& [key, value] : decodeQuery(spec.body))
                fields.append(QJsonObject {{QStringLiteral("key"), key}, {QStringLiteral("value"), value},
                    {QStringLiteral("type"), QStringLiteral("text")}});
            body = QJsonObject {
                {QStringLiteral("mode"), QStringLiteral("urlencoded")}, {QStringLiteral("urlencoded"), fields}};
        } else if (spec.bodyType == u"graphql") {
            body = QJsonObject {{QStringLiteral("mode"), QStringLiteral("graphql")},
                {QStringLiteral("graphql"),
                    QJsonObject {
                        {QStringLiteral("query"), spec.body}, {QStringLiteral("variables"), spec.graphqlVariables}}}};
            if (!spec.graphqlOperationName.isEmpty())
                m_result.notes.append({ImportNote::Severity::Info, saved.name,
                    tr("Postman sends no operation name; the document's operation %1 must be its only one.")
                        .arg(spec.graphqlOperationName)});
        }
        // newman does not derive Content-Type from the body language; say it explicitly.
        const QByteArray implied = impliedContentType(spec.bodyType);
        if (!hasContentType && !implied.isEmpty())
            headers.append(QJsonObject {{QStringLiteral("key"), QStringLiteral("Content-Type")},
                {QStringLiteral("value"), QString::fromLatin1(implied)},
                {QStringLiteral("type"), QStringLiteral("text")}});

        QJsonObject request {{QStringLiteral("method"), QString::fromLatin1(spec.method.toUpper())},
            {QStringLiteral("header"), headers}, {QStringLiteral("url"), url}, {QStringLiteral("auth"), auth}};
        if (!body.isEmpty())
            request.insert(QStringLiteral("body"), body);
        if (!saved.description.isEmpty())
            request.insert(QStringLiteral("description"), saved.description);
        return QJsonObject {{QStringLiteral("name"), saved.name}, {QStringLiteral("request"), request},
            {QStringLiteral("response"), QJsonArray {}}};
    }

    const ExportInput& m_input;
    const ExportOptions& m_options;
    ExportResult& m_result;
    VariableResolver m_resolver;
    QMap<QString, QString> m_prefixes;
    QJsonArray m_variables;
    QStringList m_variableNames;
    QStringList m_tokenNoted;
};

} // namespace

QString PostmanFormat::schemaUrl()
{
    return QStringLiteral("https://schema.getpostman.com/json/collection/v2.1.0/collection.json");
}

QString PostmanFormat::id() const
{
    return QStringLiteral("postman");
}

QString PostmanFormat::displayName() const
{
    return tr("Postman Collection v2.1");
}

QString PostmanFormat::nameFilter() const
{
    return tr("Postman collections (*.postman_collection.json *.json)");
}

RequestFormat::Capabilities PostmanFormat::capabilities() const
{
    return Capability::Import | Capability::Export;
}

bool PostmanFormat::canImport(const QByteArray& data, const QString&) const
{
    const QByteArray head = data.left(8192);
    return head.trimmed().startsWith('{') && head.contains("schema.getpostman.com");
}

Result<ImportResult> PostmanFormat::importData(const QByteArray& data, const ImportContext& context) const
{
    Result<QJsonDocument> document = parseJson(data, tr("Postman collection"));
    if (!document)
        return document.error();
    if (!document->isObject())
        return Error {tr("This is not a Postman collection: the file is not a JSON object.")};
    QJsonObject root = document->object();
    // The Postman API wraps the collection: {"collection": {...}}.
    if (!root.contains(QStringLiteral("info")) && root.value(QStringLiteral("collection")).isObject())
        root = root.value(QStringLiteral("collection")).toObject();
    const QJsonObject info = root.value(QStringLiteral("info")).toObject();
    if (info.isEmpty()) {
        if (root.contains(QStringLiteral("requests")) && root.contains(QStringLiteral("order")))
            return Error {tr("This is a Postman v1 collection, which is not supported: export it from Postman again "
                             "as Collection v2.1.")};
        return Error {tr("This is not a Postman collection: it has no \"info\" object.")};
    }
    const QString schema = info.value(QStringLiteral("schema")).toString();
    ImportResult result;
    if (!schema.contains(QStringLiteral("v2.1")) && !schema.contains(QStringLiteral("v2.0")))
        return Error {tr("Unsupported Postman collection schema \"%1\": export it from Postman as Collection v2.1.")
                          .arg(schema.isEmpty() ? tr("(none)") : schema)};
    if (schema.contains(QStringLiteral("v2.0")))
        result.notes.append({ImportNote::Severity::Info, tr("collection"),
            tr("This is a v2.0 collection; it was read as v2.1, which differs only in details.")});
    if (!root.value(QStringLiteral("item")).isArray())
        return Error {tr("The Postman collection has no \"item\" list.")};
    Importer importer(context, result);
    Status status = importer.run(root);
    if (!status)
        return status.error();
    return result;
}

Result<ExportResult> PostmanFormat::exportData(const ExportInput& input, const ExportOptions& options) const
{
    ExportResult result;
    Exporter exporter(input, options, result);
    Result<QJsonObject> collection = exporter.run();
    if (!collection)
        return collection.error();
    result.data = QJsonDocument(collection.value()).toJson(QJsonDocument::Indented);
    return result;
}

} // namespace studio::interop
