#include "core/interop/openapiformat.h"

#include "core/common/jsonio.h"
#include "core/interop/urlmapping.h"
#include "core/interop/yamljson.h"
#include "core/workspace/variables.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace studio::interop {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("OpenApiFormat", text);
}

const QStringList& methods()
{
    static const QStringList list {QStringLiteral("get"), QStringLiteral("put"), QStringLiteral("post"),
        QStringLiteral("delete"), QStringLiteral("patch"), QStringLiteral("head"), QStringLiteral("options")};
    return list;
}

/// Stops sample bodies from growing without bound on large, deeply linked schemas (Magento's product).
constexpr int MaxSampleDepth = 10;
constexpr int OptionalDepth = 6; ///< below this, only required properties are filled in
constexpr int MaxSampleNodes = 4000;

class Importer final
{
public:
    Importer(const QJsonObject& root, const ImportContext& context, ImportResult& result)
        : m_root(root)
        , m_context(context)
        , m_result(result)
        , m_v2(root.contains(QStringLiteral("swagger")))
    { }

    Status run()
    {
        const QJsonObject info = m_root.value(QStringLiteral("info")).toObject();
        m_result.title = info.value(QStringLiteral("title")).toString();
        const QJsonValue pathsValue = m_root.value(QStringLiteral("paths"));
        if (!pathsValue.isObject())
            return Error {tr("The document has no \"paths\" object, so there are no operations to import.")};

        Status status = chooseEndpoint();
        if (!status)
            return status;

        const QJsonObject paths = pathsValue.toObject();
        for (auto it = paths.constBegin(); it != paths.constEnd(); ++it) {
            QJsonObject pathItem = it.value().toObject();
            if (pathItem.contains(QStringLiteral("$ref"))) {
                const QJsonValue target = resolveRef(
                    pathItem.value(QStringLiteral("$ref")).toString(), QStringLiteral("paths.") + it.key());
                pathItem = target.toObject();
            }
            // Operations of one path that share a summary (Magento's are the path itself) are told apart by method.
            QStringList summaries;
            for (const QString& method : methods()) {
                if (pathItem.value(method).isObject())
                    summaries.append(
                        pathItem.value(method).toObject().value(QStringLiteral("summary")).toString().trimmed());
            }
            for (const QString& method : methods()) {
                if (!pathItem.value(method).isObject())
                    continue;
                const QJsonObject operation = pathItem.value(method).toObject();
                const QString summary = operation.value(QStringLiteral("summary")).toString().trimmed();
                const bool shared = !summary.isEmpty() && summaries.count(summary) > 1;
                importOperation(it.key(), method, pathItem, operation, shared);
            }
        }
        if (m_result.requests.isEmpty())
            m_result.notes.append(
                {ImportNote::Severity::Warning, QStringLiteral("paths"), tr("The document defines no operations.")});
        return {};
    }

private:
    void note(ImportNote::Severity severity, const QString& where, const QString& message)
    {
        m_result.notes.append({severity, where, message});
    }

    // -- $ref -------------------------------------------------------------------------------------------------

    /// The value a local $ref points to; Undefined (with a note naming `where`) when it is broken or external.
    QJsonValue resolveRef(const QString& ref, const QString& where)
    {
        if (!ref.startsWith(QStringLiteral("#/")) && ref != u"#") {
            if (m_reportedRefs.contains(ref) == false) {
                m_reportedRefs.insert(ref);
                note(ImportNote::Severity::Warning, where,
                    tr("The $ref \"%1\" points into another file, which is not read; the part it describes was left "
                       "out.")
                        .arg(ref));
            }
            return QJsonValue(QJsonValue::Undefined);
        }
        QJsonValue current = m_root;
        const QStringList tokens = ref.mid(2).split(u'/');
        for (QString token : tokens) {
            token = QString::fromUtf8(QByteArray::fromPercentEncoding(token.toUtf8()));
            token.replace(QStringLiteral("~1"), QStringLiteral("/"));
            token.replace(QStringLiteral("~0"), QStringLiteral("~"));
            if (current.isObject() && current.toObject().contains(token)) {
                current = current.toObject().value(token);
            } else if (current.isArray()) {
                bool ok = false;
                const int index = token.toInt(&ok);
                if (!ok || index < 0 || index >= current.toArray().size()) {
                    current = QJsonValue(QJsonValue::Undefined);
                    break;
                }
                current = current.toArray().at(index);
            } else {
                current = QJsonValue(QJsonValue::Undefined);
                break;
            }
        }
        if (current.isUndefined() && !m_reportedRefs.contains(ref)) {
            m_reportedRefs.insert(ref);
            note(ImportNote::Severity::Warning, where,
                tr("The $ref \"%1\" points to nothing in the document.").arg(ref));
        }
        return current;
    }

    /// Follows $ref chains (a ref to a ref ...) to a concrete object; detects pure reference loops.
    QJsonObject deref(const QJsonValue& value, const QString& where)
    {
        QJsonObject object = value.toObject();
        QStringList chain;
        while (object.contains(QStringLiteral("$ref"))) {
            const QString ref = object.value(QStringLiteral("$ref")).toString();
            if (chain.contains(ref)) {
                chain.append(ref);
                if (!m_reportedRefs.contains(QStringLiteral("cycle:") + ref)) {
                    m_reportedRefs.insert(QStringLiteral("cycle:") + ref);
                    note(ImportNote::Severity::Warning, where,
                        tr("$ref loop: %1 — the part it describes was left out.")
                            .arg(chain.join(QStringLiteral(" → "))));
                }
                return QJsonObject();
            }
            chain.append(ref);
            const QJsonValue target = resolveRef(ref, where);
            if (target.isUndefined())
                return QJsonObject();
            object = target.toObject();
        }
        return object;
    }

    // -- samples --------------------------------------------------------------------------------------------

    QJsonValue sample(const QJsonValue& schemaValue, int depth, QStringList& stack, const QString& where)
    {
        QJsonObject schema = schemaValue.toObject();
        int pushed = 0;
        QJsonValue result;
        while (schema.contains(QStringLiteral("$ref"))) {
            const QString ref = schema.value(QStringLiteral("$ref")).toString();
            if (stack.contains(ref)) {
                // Recursion through structure (a category's children are categories): stop here quietly, unless
                // the refs only point at each other, which is a broken document.
                const QJsonObject target = resolveRef(ref, where).toObject();
                if (target.contains(QStringLiteral("$ref"))
                    && stack.endsWith(target.value(QStringLiteral("$ref")).toString())) {
                    if (!m_reportedRefs.contains(QStringLiteral("cycle:") + ref)) {
                        m_reportedRefs.insert(QStringLiteral("cycle:") + ref);
                        note(ImportNote::Severity::Warning, where,
                            tr("$ref loop through \"%1\": the part it describes was left out.").arg(ref));
                    }
                }
                stack.resize(stack.size() - pushed);
                return QJsonValue(QJsonValue::Undefined); // the caller leaves the property out
            }
            const QJsonValue target = resolveRef(ref, where);
            if (target.isUndefined()) {
                stack.resize(stack.size() - pushed);
                return QJsonValue(QJsonValue::Null);
            }
            stack.append(ref);
            ++pushed;
            schema = target.toObject();
        }
        result = sampleOf(schema, depth, stack, where);
        stack.resize(stack.size() - pushed);
        return result;
    }

    static QJsonValue emptyOf(const QJsonObject& schema)
    {
        const QString type = typeOf(schema);
        if (type == u"array")
            return QJsonArray();
        if (type == u"object")
            return QJsonObject();
        return QJsonValue(QJsonValue::Null);
    }

    static QString typeOf(const QJsonObject& schema)
    {
        const QJsonValue type = schema.value(QStringLiteral("type"));
        if (type.isString())
            return type.toString();
        if (type.isArray()) {
            for (const QJsonValue& t : type.toArray()) {
                if (t.toString() != u"null")
                    return t.toString();
            }
        }
        if (schema.contains(QStringLiteral("properties")) || schema.contains(QStringLiteral("additionalProperties")))
            return QStringLiteral("object");
        if (schema.contains(QStringLiteral("items")))
            return QStringLiteral("array");
        return QString();
    }

    QJsonValue sampleOf(const QJsonObject& schema, int depth, QStringList& stack, const QString& where)
    {
        if (++m_sampleNodes > MaxSampleNodes)
            return emptyOf(schema);
        if (schema.contains(QStringLiteral("example")))
            return schema.value(QStringLiteral("example"));
        if (schema.value(QStringLiteral("examples")).isArray()
            && !schema.value(QStringLiteral("examples")).toArray().isEmpty())
            return schema.value(QStringLiteral("examples")).toArray().first();
        if (schema.contains(QStringLiteral("default")))
            return schema.value(QStringLiteral("default"));
        if (schema.contains(QStringLiteral("const")))
            return schema.value(QStringLiteral("const"));
        if (schema.value(QStringLiteral("enum")).isArray() && !schema.value(QStringLiteral("enum")).toArray().isEmpty())
            return schema.value(QStringLiteral("enum")).toArray().first();
        if (schema.value(QStringLiteral("allOf")).isArray()) {
            QJsonObject merged;
            for (const QJsonValue& part : schema.value(QStringLiteral("allOf")).toArray()) {
                const QJsonValue value = sample(part, depth, stack, where);
                const QJsonObject object = value.toObject();
                for (auto it = object.constBegin(); it != object.constEnd(); ++it)
                    merged.insert(it.key(), it.value());
            }
            QJsonObject rest = schema;
            rest.remove(QStringLiteral("allOf"));
            if (rest.contains(QStringLiteral("properties"))) {
                const QJsonObject own = sampleOf(rest, depth, stack, where).toObject();
                for (auto it = own.constBegin(); it != own.constEnd(); ++it)
                    merged.insert(it.key(), it.value());
            }
            return merged;
        }
        for (const QString& key : {QStringLiteral("oneOf"), QStringLiteral("anyOf")}) {
            const QJsonArray options = schema.value(key).toArray();
            if (!options.isEmpty())
                return sample(options.first(), depth, stack, where);
        }
        const QString type = typeOf(schema);
        if (type == u"object") {
            QJsonObject object;
            if (depth >= MaxSampleDepth)
                return object;
            QSet<QString> required;
            for (const QJsonValue& name : schema.value(QStringLiteral("required")).toArray())
                required.insert(name.toString());
            const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
            for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
                if (depth >= OptionalDepth && !required.contains(it.key()))
                    continue;
                const QJsonObject property = it.value().toObject();
                if (property.value(QStringLiteral("readOnly")).toBool())
                    continue;
                const QJsonValue value = sample(property, depth + 1, stack, where);
                if (!value.isUndefined())
                    object.insert(it.key(), value);
            }
            return object;
        }
        if (type == u"array") {
            if (depth >= MaxSampleDepth || !schema.contains(QStringLiteral("items")))
                return QJsonArray();
            const QJsonValue item = sample(schema.value(QStringLiteral("items")), depth + 1, stack, where);
            if (item.isUndefined() || item.isNull()
                || (item.isObject() && item.toObject().isEmpty() && depth >= OptionalDepth))
                return QJsonArray();
            return QJsonArray {item};
        }
        if (type == u"integer")
            return 0;
        if (type == u"number")
            return 0;
        if (type == u"boolean")
            return true;
        if (type == u"string") {
            const QString format = schema.value(QStringLiteral("format")).toString();
            if (format == u"date-time")
                return QStringLiteral("2024-01-01T00:00:00Z");
            if (format == u"date")
                return QStringLiteral("2024-01-01");
            if (format == u"email")
                return QStringLiteral("user@example.com");
            if (format == u"uuid")
                return QStringLiteral("00000000-0000-0000-0000-000000000000");
            if (format == u"uri" || format == u"url")
                return QStringLiteral("https://example.com");
            return QStringLiteral("string");
        }
        return QJsonValue(QJsonValue::Null);
    }

    /// A value for a parameter: its example, default, or a sample of its schema, as text.
    QString parameterValue(const QJsonObject& parameter, const QString& where)
    {
        QJsonValue value;
        if (parameter.contains(QStringLiteral("example"))) {
            value = parameter.value(QStringLiteral("example"));
        } else if (parameter.value(QStringLiteral("examples")).isObject()) {
            const QJsonObject examples = parameter.value(QStringLiteral("examples")).toObject();
            if (!examples.isEmpty())
                value = deref(examples.begin().value(), where).value(QStringLiteral("value"));
        }
        if (value.isUndefined() || value.isNull()) {
            QStringList stack;
            const QJsonValue schema = m_v2 ? QJsonValue(parameter) : parameter.value(QStringLiteral("schema"));
            value = schema.isUndefined() ? QJsonValue() : sample(schema, 0, stack, where);
        }
        switch (value.type()) {
        case QJsonValue::String:
            return value.toString();
        case QJsonValue::Double:
            return value.toVariant().toString();
        case QJsonValue::Bool:
            return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Array: {
            QStringList items;
            for (const QJsonValue& item : value.toArray())
                items.append(item.toVariant().toString());
            return items.join(u',');
        }
        default:
            return QString();
        }
    }

    // -- endpoint -------------------------------------------------------------------------------------------

    /// The server URL the paths are relative to: servers[0] (v3; server variables take their defaults) or
    /// schemes + host + basePath (v2). Magento's converted schemas carry a v2-style basePath in v3 documents.
    QString serverUrl()
    {
        if (!m_v2) {
            const QJsonArray servers = m_root.value(QStringLiteral("servers")).toArray();
            if (!servers.isEmpty()) {
                const QJsonObject server = servers.first().toObject();
                QString url = server.value(QStringLiteral("url")).toString();
                const QJsonObject variables = server.value(QStringLiteral("variables")).toObject();
                for (auto it = variables.constBegin(); it != variables.constEnd(); ++it)
                    url.replace(u'{' + it.key() + u'}',
                        it.value().toObject().value(QStringLiteral("default")).toVariant().toString());
                return url;
            }
        }
        const QString host = m_root.value(QStringLiteral("host")).toString();
        const QString basePath = m_root.value(QStringLiteral("basePath")).toString();
        if (host.isEmpty())
            return basePath;
        const QJsonArray schemes = m_root.value(QStringLiteral("schemes")).toArray();
        QString scheme = QStringLiteral("https");
        if (!schemes.isEmpty() && !schemes.contains(QJsonValue(QStringLiteral("https"))))
            scheme = schemes.first().toString();
        return scheme + QStringLiteral("://") + host + basePath;
    }

    Status chooseEndpoint()
    {
        const QString server = serverUrl();
        const UrlParts parts = splitUrl(server);
        m_serverPath = parts.scheme.isEmpty() ? server : parts.path;
        while (m_serverPath.endsWith(u'/'))
            m_serverPath.chop(1);
        if (!m_context.targetEndpointId.isEmpty()) {
            for (const Endpoint& endpoint : m_context.endpoints) {
                if (endpoint.id == m_context.targetEndpointId)
                    m_endpoint = endpoint;
            }
            if (m_endpoint.id.isEmpty())
                return Error {tr("The endpoint \"%1\" to import into does not exist.").arg(m_context.targetEndpointId)};
            if (m_endpoint.kind != EndpointKind::Magento) {
                // Keep only the part of the server path that the endpoint's base URL does not already hold.
                Result<Endpoint> resolved
                    = VariableResolver::forEnvironment(m_context.environment).resolveEndpoint(m_endpoint);
                QString basePath = resolved ? splitUrl(resolved->baseUrl).path : QString();
                while (basePath.endsWith(u'/'))
                    basePath.chop(1);
                if (!basePath.isEmpty() && m_serverPath.startsWith(basePath))
                    m_serverPath = m_serverPath.mid(basePath.size());
            }
            return {};
        }

        const QJsonObject paths = m_root.value(QStringLiteral("paths")).toObject();
        const bool magentoPaths = splitMagentoRestPath(m_serverPath + QStringLiteral("/V1")).has_value()
            || (!paths.isEmpty() && paths.constBegin().key().startsWith(QStringLiteral("/V1/")));
        Endpoint endpoint;
        endpoint.name = m_result.title.isEmpty() ? QStringLiteral("OpenAPI") : m_result.title;
        QStringList taken;
        for (const Endpoint& existing : m_context.endpoints)
            taken.append(existing.id);
        endpoint.id = uniqueEndpointId(endpoint.name, taken);
        endpoint.kind = magentoPaths ? EndpointKind::Magento : EndpointKind::Rest;
        QString origin = parts.scheme.isEmpty() ? QString() : parts.origin();
        if (origin.isEmpty()) {
            origin = QStringLiteral("{{baseUrl}}");
            note(ImportNote::Severity::Warning, tr("servers"),
                tr("The document does not say where the API is served: the new endpoint's address is {{baseUrl}}; "
                   "define it in the environment or import into an existing endpoint."));
        }
        if (endpoint.kind == EndpointKind::Magento) {
            const std::optional<MagentoRestPath> magento = splitMagentoRestPath(m_serverPath + QStringLiteral("/V1"));
            endpoint.baseUrl = origin + (magento ? magento->prefix : QString());
            if (magento && !magento->storeCode.isEmpty())
                endpoint.storeCode = magento->storeCode;
            note(ImportNote::Severity::Info, endpoint.name,
                tr("Choose how the studio signs in to this Magento endpoint (OAuth 1.0a or an admin token) in its "
                   "settings."));
        } else {
            endpoint.baseUrl = origin + m_serverPath;
            m_serverPath.clear();
            applySecurity(endpoint);
        }
        m_endpoint = endpoint;
        m_result.endpoints.append(endpoint);
        return {};
    }

    void applySecurity(Endpoint& endpoint)
    {
        const QJsonArray security = m_root.value(QStringLiteral("security")).toArray();
        if (security.isEmpty() || security.first().toObject().isEmpty())
            return;
        const QString name = security.first().toObject().constBegin().key();
        const QJsonObject schemes = m_v2
            ? m_root.value(QStringLiteral("securityDefinitions")).toObject()
            : m_root.value(QStringLiteral("components")).toObject().value(QStringLiteral("securitySchemes")).toObject();
        const QJsonObject scheme = deref(schemes.value(name), QStringLiteral("security"));
        const QString type = scheme.value(QStringLiteral("type")).toString();
        const QString httpScheme = scheme.value(QStringLiteral("scheme")).toString().toLower();
        if (type == u"basic" || (type == u"http" && httpScheme == u"basic")) {
            endpoint.auth.type = AuthType::Basic;
        } else if (type == u"http" && httpScheme == u"bearer") {
            endpoint.auth.type = AuthType::Bearer;
        } else if (type == u"apiKey") {
            const QString in = scheme.value(QStringLiteral("in")).toString();
            if (in == u"cookie") {
                note(ImportNote::Severity::Warning, QStringLiteral("security"),
                    tr("The API key is sent in a cookie, which the studio does not support; add it as a Cookie "
                       "header."));
                return;
            }
            endpoint.auth.type = AuthType::ApiKey;
            endpoint.auth.fields.insert(QStringLiteral("keyName"), scheme.value(QStringLiteral("name")).toString());
            endpoint.auth.fields.insert(
                QStringLiteral("keyIn"), in == u"query" ? QStringLiteral("query") : QStringLiteral("header"));
        } else if (type == u"oauth2") {
            QString tokenUrl;
            if (m_v2 && scheme.value(QStringLiteral("flow")).toString() == u"application")
                tokenUrl = scheme.value(QStringLiteral("tokenUrl")).toString();
            else
                tokenUrl = scheme.value(QStringLiteral("flows"))
                               .toObject()
                               .value(QStringLiteral("clientCredentials"))
                               .toObject()
                               .value(QStringLiteral("tokenUrl"))
                               .toString();
            if (tokenUrl.isEmpty()) {
                endpoint.auth.type = AuthType::Bearer;
                note(ImportNote::Severity::Info, QStringLiteral("security"),
                    tr("The API uses OAuth 2.0 with a user sign-in flow; the endpoint takes a bearer token."));
            } else {
                endpoint.auth.type = AuthType::OAuth2ClientCredentials;
                endpoint.auth.fields.insert(QStringLiteral("tokenUrl"), tokenUrl);
            }
        } else {
            note(ImportNote::Severity::Warning, QStringLiteral("security"),
                tr("The security scheme \"%1\" (%2) is not supported; set the endpoint's auth by hand.")
                    .arg(name, type));
            return;
        }
        note(ImportNote::Severity::Info, QStringLiteral("security"),
            tr("The endpoint authenticates with %1 as the document's \"%2\" scheme asks; enter the credentials in "
               "its settings.")
                .arg(authTypeId(endpoint.auth.type), name));
    }

    // -- operations ---------------------------------------------------------------------------------------

    void importOperation(const QString& path, const QString& method, const QJsonObject& pathItem,
        const QJsonObject& operation, bool prefixMethod)
    {
        const QString where = QStringLiteral("paths.") + path + u'.' + method;
        m_sampleNodes = 0;
        SavedRequest saved;
        const QJsonArray tags = operation.value(QStringLiteral("tags")).toArray();
        saved.folder = tags.isEmpty() ? QString() : tags.first().toString();
        saved.folder.replace(u'/', u'-'); // a tag is one folder, not a path
        QString name = operation.value(QStringLiteral("summary")).toString().trimmed();
        if (name.isEmpty())
            name = operation.value(QStringLiteral("operationId")).toString();
        if (name.isEmpty())
            name = method.toUpper() + u' ' + path;
        name.replace(u'\n', u' ');
        if (prefixMethod)
            name = method.toUpper() + u' ' + name;
        QSet<QString>& names = m_namesByFolder[saved.folder];
        if (names.contains(name))
            name = method.toUpper() + u' ' + name;
        if (names.contains(name))
            name = method.toUpper() + u' ' + path;
        names.insert(name);
        saved.name = name;
        saved.description = operation.value(QStringLiteral("description")).toString();
        RequestSpec& spec = saved.spec;
        spec.method = method.toUpper().toLatin1();
        spec.endpointId = m_endpoint.id;

        static const QRegularExpression templateParam(QStringLiteral("\\{([^{}/]+)\\}"));
        QString fullPath = m_serverPath + path;
        fullPath.replace(templateParam, QStringLiteral("{{\\1}}"));
        if (m_endpoint.kind == EndpointKind::Magento) {
            const std::optional<MagentoRestPath> magento = splitMagentoRestPath(fullPath);
            if (magento) {
                if (magento->bulk) {
                    spec.mode = RequestSpec::Mode::AsyncBulk;
                    spec.path = magento->path;
                } else {
                    spec.path = (magento->async ? QStringLiteral("/async") : QString()) + magento->path;
                }
            } else {
                spec.path = path;
                spec.path.replace(templateParam, QStringLiteral("{{\\1}}"));
            }
        } else {
            spec.path = fullPath;
        }

        // Parameters: the operation's override the path item's of the same name and location.
        QList<QJsonObject> parameters;
        const auto addParameters = [&](const QJsonArray& list) {
            for (const QJsonValue& value : list) {
                const QJsonObject parameter = deref(value, where);
                if (parameter.isEmpty())
                    continue;
                const QString key = parameter.value(QStringLiteral("in")).toString() + u':'
                    + parameter.value(QStringLiteral("name")).toString();
                parameters.removeIf([&key](const QJsonObject& p) {
                    return p.value(QStringLiteral("in")).toString() + u':' + p.value(QStringLiteral("name")).toString()
                        == key;
                });
                parameters.append(parameter);
            }
        };
        addParameters(pathItem.value(QStringLiteral("parameters")).toArray());
        addParameters(operation.value(QStringLiteral("parameters")).toArray());

        bool searchCriteria = false;
        bool anyQueryRequired = false;
        KeyValueList formFields;
        QJsonObject bodyParameter;
        for (const QJsonObject& parameter : std::as_const(parameters)) {
            const QString in = parameter.value(QStringLiteral("in")).toString();
            const QString pname = parameter.value(QStringLiteral("name")).toString();
            const bool required = parameter.value(QStringLiteral("required")).toBool();
            if (in == u"query") {
                searchCriteria = searchCriteria || pname.startsWith(QStringLiteral("searchCriteria["));
                if (required) {
                    anyQueryRequired = true;
                    spec.query.append({pname, parameterValue(parameter, where)});
                }
            } else if (in == u"header") {
                static const QStringList managed {
                    QStringLiteral("content-type"), QStringLiteral("accept"), QStringLiteral("authorization")};
                if (required && !managed.contains(pname.toLower()))
                    spec.headers.append({pname, parameterValue(parameter, where)});
            } else if (in == u"body") {
                bodyParameter = parameter;
            } else if (in == u"formData") {
                if (parameter.value(QStringLiteral("type")).toString() == u"file") {
                    note(ImportNote::Severity::Warning, where,
                        tr("The file upload parameter \"%1\" was left out: the studio does not send multipart bodies.")
                            .arg(pname));
                    continue;
                }
                formFields.append({pname, parameterValue(parameter, where)});
            }
        }
        // Magento list operations answer 400 without any searchCriteria: start with the first page.
        if (searchCriteria && !anyQueryRequired && m_endpoint.kind == EndpointKind::Magento) {
            const auto has = [&parameters](const QString& wanted) {
                return std::any_of(parameters.cbegin(), parameters.cend(),
                    [&wanted](const QJsonObject& p) { return p.value(QStringLiteral("name")).toString() == wanted; });
            };
            if (has(QStringLiteral("searchCriteria[pageSize]")))
                spec.query.append({QStringLiteral("searchCriteria[pageSize]"), QStringLiteral("20")});
            if (has(QStringLiteral("searchCriteria[currentPage]")))
                spec.query.append({QStringLiteral("searchCriteria[currentPage]"), QStringLiteral("1")});
        }

        // Body.
        if (m_v2) {
            const QStringList consumes = consumesOf(operation);
            if (!bodyParameter.isEmpty()) {
                QStringList stack;
                const QJsonValue body = sample(bodyParameter.value(QStringLiteral("schema")), 0, stack, where);
                setJsonBody(spec, body);
            } else if (!formFields.isEmpty()) {
                spec.bodyType = QStringLiteral("form");
                spec.body = encodeQuery(formFields, true);
                if (consumes.contains(QStringLiteral("multipart/form-data"))
                    && !consumes.contains(QStringLiteral("application/x-www-form-urlencoded")))
                    note(ImportNote::Severity::Warning, where,
                        tr("The operation expects multipart/form-data; the studio sends the fields URL-encoded."));
            }
        } else if (operation.contains(QStringLiteral("requestBody"))) {
            const QJsonObject requestBody = deref(operation.value(QStringLiteral("requestBody")), where);
            importRequestBody(spec, requestBody, where);
        }
        m_result.requests.append(saved);
    }

    QStringList consumesOf(const QJsonObject& operation) const
    {
        QJsonArray consumes = operation.value(QStringLiteral("consumes")).toArray();
        if (consumes.isEmpty())
            consumes = m_root.value(QStringLiteral("consumes")).toArray();
        QStringList list;
        for (const QJsonValue& value : consumes)
            list.append(value.toString());
        return list;
    }

    static void setJsonBody(RequestSpec& spec, const QJsonValue& body)
    {
        if (body.isNull() || body.isUndefined())
            return;
        spec.bodyType = QStringLiteral("json");
        if (body.isObject())
            spec.body = QString::fromUtf8(QJsonDocument(body.toObject()).toJson(QJsonDocument::Indented)).trimmed();
        else if (body.isArray())
            spec.body = QString::fromUtf8(QJsonDocument(body.toArray()).toJson(QJsonDocument::Indented)).trimmed();
        else
            spec.body
                = QString::fromUtf8(QJsonDocument(QJsonArray {body}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    }

    void importRequestBody(RequestSpec& spec, const QJsonObject& requestBody, const QString& where)
    {
        const QJsonObject content = requestBody.value(QStringLiteral("content")).toObject();
        if (content.isEmpty())
            return;
        QString chosen;
        for (auto it = content.constBegin(); it != content.constEnd(); ++it) {
            const QString media = it.key().section(u';', 0, 0).trimmed().toLower();
            if (media == u"application/json" || media.endsWith(QStringLiteral("+json"))) {
                chosen = it.key();
                break;
            }
        }
        if (chosen.isEmpty()) {
            for (const QString& candidate : {QStringLiteral("application/x-www-form-urlencoded"),
                     QStringLiteral("text/plain"), QStringLiteral("*/*")}) {
                if (content.contains(candidate)) {
                    chosen = candidate;
                    break;
                }
            }
        }
        if (chosen.isEmpty()) {
            note(ImportNote::Severity::Warning, where,
                tr("The body types %1 are not supported; the request was imported without a body.")
                    .arg(content.keys().join(QStringLiteral(", "))));
            return;
        }
        const QJsonObject media = content.value(chosen).toObject();
        QJsonValue body;
        if (media.contains(QStringLiteral("example"))) {
            body = media.value(QStringLiteral("example"));
        } else if (media.value(QStringLiteral("examples")).isObject()
            && !media.value(QStringLiteral("examples")).toObject().isEmpty()) {
            body = deref(media.value(QStringLiteral("examples")).toObject().begin().value(), where)
                       .value(QStringLiteral("value"));
        }
        if (body.isUndefined() || body.isNull()) {
            QStringList stack;
            body = sample(media.value(QStringLiteral("schema")), 0, stack, where);
        }
        if (chosen == u"application/x-www-form-urlencoded") {
            KeyValueList fields;
            const QJsonObject object = body.toObject();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it)
                fields.append({it.key(), it.value().toVariant().toString()});
            spec.bodyType = QStringLiteral("form");
            spec.body = encodeQuery(fields, true);
        } else if (chosen == u"text/plain") {
            spec.bodyType = QStringLiteral("text");
            spec.body = body.toString();
        } else {
            setJsonBody(spec, body);
        }
    }

    const QJsonObject& m_root;
    const ImportContext& m_context;
    ImportResult& m_result;
    const bool m_v2;
    Endpoint m_endpoint;
    QString m_serverPath;
    QSet<QString> m_reportedRefs;
    QMap<QString, QSet<QString>> m_namesByFolder;
    int m_sampleNodes = 0;
};

/// The line of a top-level key in JSON ("key":) or YAML (key:), for errors about its value; 0 if not found.
int lineOfVersionKey(const QByteArray& data, const QString& key)
{
    const QRegularExpression pattern(
        QStringLiteral("^\\s*[\"']?") + key + QStringLiteral("[\"']?\\s*:"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(data));
    if (!match.hasMatch()) {
        const int line = lineOfKey(data, key);
        return line;
    }
    return QString::fromUtf8(data).left(match.capturedStart()).count(u'\n') + 1;
}

} // namespace

QString OpenApiFormat::id() const
{
    return QStringLiteral("openapi");
}

QString OpenApiFormat::displayName() const
{
    return tr("OpenAPI 3 / Swagger 2.0");
}

QString OpenApiFormat::nameFilter() const
{
    return tr("OpenAPI documents (*.json *.yaml *.yml)");
}

RequestFormat::Capabilities OpenApiFormat::capabilities() const
{
    return Capability::Import;
}

bool OpenApiFormat::canImport(const QByteArray& data, const QString&) const
{
    static const QRegularExpression marker(QStringLiteral("[\"']?(openapi|swagger)[\"']?\\s*:\\s*[\"']?[23]\\."));
    return marker.match(QString::fromUtf8(data.left(4096))).hasMatch();
}

Result<QJsonObject> OpenApiFormat::parseDocument(const QByteArray& data, const QString& fileName)
{
    const QString name = fileName.isEmpty() ? tr("OpenAPI document") : fileName;
    const QByteArray trimmed = data.trimmed();
    if (trimmed.isEmpty())
        return Error {tr("The document is empty."), name};
    QJsonValue root;
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        Result<QJsonDocument> document = parseJson(data, name);
        if (!document)
            return document.error();
        root = document->isObject() ? QJsonValue(document->object()) : QJsonValue(document->array());
    } else {
        Result<QJsonValue> yaml = parseYaml(data, name);
        if (!yaml)
            return yaml.error();
        root = yaml.value();
    }
    if (!root.isObject())
        return Error {tr("This is not an OpenAPI document: its top level is not an object."), name};
    const QJsonObject object = root.toObject();
    const QJsonValue openapi = object.value(QStringLiteral("openapi"));
    const QJsonValue swagger = object.value(QStringLiteral("swagger"));
    if (!openapi.isUndefined()) {
        const QString version = openapi.isDouble() ? openapi.toVariant().toString() : openapi.toString();
        if (!version.startsWith(QStringLiteral("3.")) && version != u"3")
            return Error {
                tr("Unsupported OpenAPI version \"%1\": OpenAPI 3.x and Swagger 2.0 can be imported.").arg(version),
                name, lineOfVersionKey(data, QStringLiteral("openapi"))};
        return object;
    }
    if (!swagger.isUndefined()) {
        const QString version = swagger.isDouble() ? QString::number(swagger.toDouble(), 'f', 1) : swagger.toString();
        if (version != u"2.0")
            return Error {
                tr("Unsupported Swagger version \"%1\": OpenAPI 3.x and Swagger 2.0 can be imported.").arg(version),
                name, lineOfVersionKey(data, QStringLiteral("swagger"))};
        return object;
    }
    return Error {
        tr("This is not an OpenAPI document: it has neither an \"openapi\" nor a \"swagger\" version field."), name};
}

Result<ImportResult> OpenApiFormat::importData(const QByteArray& data, const ImportContext& context) const
{
    Result<QJsonObject> document = parseDocument(data);
    if (!document)
        return document.error();
    ImportResult result;
    Importer importer(document.value(), context, result);
    Status status = importer.run();
    if (!status)
        return status.error();
    return result;
}

Result<ExportResult> OpenApiFormat::exportData(const ExportInput&, const ExportOptions&) const
{
    return Error {tr("The studio imports OpenAPI documents but does not write them.")};
}

} // namespace studio::interop
