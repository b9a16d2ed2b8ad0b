#include "core/workspace/workspaceformat.h"

#include "core/common/jsonio.h"

#include <cmath>
#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace studio::format {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("studio::format", text); // lupdate's context for free functions here
}

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

/// Reads typed values out of one JSON object and remembers the first problem with file and line.
class Reader final
{
    Q_DECLARE_TR_FUNCTIONS(studio::format::Reader)

public:
    Reader(const QJsonObject& object, const QString& fileName, const QByteArray& bytes, QString prefix = QString())
        : m_object(object)
        , m_fileName(fileName)
        , m_bytes(bytes)
        , m_prefix(std::move(prefix))
    { }

    QString string(const QString& key, const QString& fallback = QString())
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isString()) {
            fail(key, tr("expected a string but found %1").arg(typeName(value)));
            return fallback;
        }
        return value.toString();
    }

    int integer(const QString& key, int fallback, int min, int max)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || std::floor(number) != number) {
            fail(key, tr("expected a whole number but found %1").arg(typeName(value)));
            return fallback;
        }
        if (number < min || number > max) {
            fail(key, tr("%1 is out of range (%2 to %3)").arg(number).arg(min).arg(max));
            return fallback;
        }
        return int(number);
    }

    double number(const QString& key, double fallback, double min)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isDouble()) {
            fail(key, tr("expected a number but found %1").arg(typeName(value)));
            return fallback;
        }
        if (value.toDouble() < min) {
            fail(key, tr("%1 must not be less than %2").arg(value.toDouble()).arg(min));
            return fallback;
        }
        return value.toDouble();
    }

    bool boolean(const QString& key, bool fallback)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isBool()) {
            fail(key, tr("expected true or false but found %1").arg(typeName(value)));
            return fallback;
        }
        return value.toBool();
    }

    QJsonObject object(const QString& key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isObject()) {
            fail(key, tr("expected an object but found %1").arg(typeName(value)));
            return {};
        }
        return value.toObject();
    }

    /// An object whose values must all be strings.
    QMap<QString, QString> stringMap(const QString& key)
    {
        QMap<QString, QString> map;
        const QJsonObject obj = object(key);
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            if (!it.value().isString()) {
                fail(it.key(), tr("expected a string but found %1").arg(typeName(it.value())), m_prefix + key + u'.');
                continue;
            }
            map.insert(it.key(), it.value().toString());
        }
        return map;
    }

    /// An array of {"key": ..., "value": ...} objects, in order.
    KeyValueList keyValues(const QString& key)
    {
        KeyValueList list;
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return list;
        if (!value.isArray()) {
            fail(key, tr("expected an array of {\"key\", \"value\"} objects but found %1").arg(typeName(value)));
            return list;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject pair = array.at(i).toObject();
            const QJsonValue k = pair.value(QStringLiteral("key"));
            const QJsonValue v = pair.value(QStringLiteral("value"));
            if (!array.at(i).isObject() || !k.isString() || !(v.isString() || v.isUndefined())) {
                fail(key, tr("item %1 must be an object with a string \"key\" and a string \"value\"").arg(i));
                return list;
            }
            list.append({k.toString(), v.toString()});
        }
        return list;
    }

    /// Text stored either as one string or as an array of lines.
    QString text(const QString& key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isArray())
            return string(key);
        QStringList lines;
        for (const QJsonValue line : value.toArray()) {
            if (!line.isString()) {
                fail(key, tr("expected a string or an array of strings"));
                return QString();
            }
            lines.append(line.toString());
        }
        return lines.join(u'\n');
    }

    void fail(const QString& key, const QString& reason, const QString& path = QString())
    {
        if (m_error)
            return;
        const QString fullKey = (path.isEmpty() ? m_prefix : path) + key;
        m_error = Error {tr("\"%1\": %2").arg(fullKey, reason), m_fileName, lineOfKey(m_bytes, key)};
    }

    Reader nested(const QJsonObject& object, const QString& key) const
    {
        return Reader(object, m_fileName, m_bytes, m_prefix + key + u'.');
    }

    void adopt(const Reader& other)
    {
        if (!m_error && other.m_error)
            m_error = other.m_error;
    }

    const std::optional<Error>& error() const { return m_error; }

private:
    QJsonObject m_object;
    QString m_fileName;
    QByteArray m_bytes;
    QString m_prefix;
    std::optional<Error> m_error;
};

const QStringList& knownEndpointKeys()
{
    static const QStringList keys {QStringLiteral("formatVersion"), QStringLiteral("name"), QStringLiteral("kind"),
        QStringLiteral("baseUrl"), QStringLiteral("storeCode"), QStringLiteral("auth"), QStringLiteral("tls"),
        QStringLiteral("timeoutMs"), QStringLiteral("rateLimit"), QStringLiteral("maxConcurrent"),
        QStringLiteral("sql"), QStringLiteral("file"), QStringLiteral("notes"), QStringLiteral("apiSchemaFile"),
        QStringLiteral("proxy")};
    return keys;
}

void migrateFromVersion0(QJsonObject& object)
{
    const auto rename = [&object](const QString& from, const QString& to) {
        if (object.contains(from) && !object.contains(to))
            object.insert(to, object.take(from));
    };
    rename(QStringLiteral("type"), QStringLiteral("kind"));
    rename(QStringLiteral("url"), QStringLiteral("baseUrl"));
    rename(QStringLiteral("store"), QStringLiteral("storeCode"));
    if (object.contains(QStringLiteral("timeout")) && !object.contains(QStringLiteral("timeoutMs"))) {
        const QJsonValue seconds = object.take(QStringLiteral("timeout"));
        object.insert(
            QStringLiteral("timeoutMs"), seconds.isDouble() ? QJsonValue(seconds.toDouble() * 1000) : seconds);
    }
    const QString kind = object.value(QStringLiteral("kind")).toString();
    if (kind == u"magento2" || kind == u"adobe-commerce")
        object.insert(QStringLiteral("kind"), QStringLiteral("magento"));
}

const QStringList& knownRequestKeys()
{
    static const QStringList keys {QStringLiteral("formatVersion"), QStringLiteral("name"),
        QStringLiteral("description"), QStringLiteral("endpoint"), QStringLiteral("mode"), QStringLiteral("method"),
        QStringLiteral("path"), QStringLiteral("storeCode"), QStringLiteral("query"), QStringLiteral("headers"),
        QStringLiteral("bodyType"), QStringLiteral("body"), QStringLiteral("graphql"), QStringLiteral("safeToRetry")};
    return keys;
}

QJsonArray keyValuesToJson(const KeyValueList& list)
{
    QJsonArray array;
    for (const auto& [key, value] : list)
        array.append(QJsonObject {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
    return array;
}

QJsonValue textToJson(const QString& text)
{
    if (!text.contains(u'\n'))
        return text;
    QJsonArray lines;
    for (const QString& line : text.split(u'\n'))
        lines.append(line);
    return lines;
}

} // namespace

Status migrate(QJsonObject& object, const QString& fileName, const QByteArray& bytes)
{
    const QJsonValue versionValue = object.value(QStringLiteral("formatVersion"));
    int version = 0;
    if (!versionValue.isUndefined()) {
        const double v = versionValue.toDouble(-1);
        if (!versionValue.isDouble() || v < 0 || std::floor(v) != v)
            return Error {tr("\"formatVersion\" must be a whole number"), fileName,
                lineOfKey(bytes, QStringLiteral("formatVersion"))};
        version = int(v);
    }
    if (version > CurrentVersion)
        return Error {tr("written by a newer version of Integration Studio (format %1; this version reads up to %2). "
                         "The file is left untouched; update the studio to use it.")
                          .arg(version)
                          .arg(CurrentVersion),
            fileName, lineOfKey(bytes, QStringLiteral("formatVersion"))};
    if (version == 0)
        migrateFromVersion0(object);
    object.insert(QStringLiteral("formatVersion"), CurrentVersion);
    return {};
}

QJsonObject endpointToJson(const Endpoint& e)
{
    QJsonObject o = e.unknownKeys;
    o.insert(QStringLiteral("formatVersion"), CurrentVersion);
    o.insert(QStringLiteral("name"), e.name);
    o.insert(QStringLiteral("kind"), endpointKindId(e.kind));
    if (!e.notes.isEmpty())
        o.insert(QStringLiteral("notes"), e.notes);
    if (!e.apiSchemaFile.isEmpty())
        o.insert(QStringLiteral("apiSchemaFile"), e.apiSchemaFile);

    QJsonObject auth {{QStringLiteral("type"), authTypeId(e.auth.type)}};
    QJsonObject fields;
    for (auto it = e.auth.fields.begin(); it != e.auth.fields.end(); ++it)
        fields.insert(it.key(), it.value());
    if (!fields.isEmpty())
        auth.insert(QStringLiteral("fields"), fields);
    QJsonObject secrets;
    for (auto it = e.auth.secretRefs.begin(); it != e.auth.secretRefs.end(); ++it)
        secrets.insert(it.key(), it.value());
    if (!secrets.isEmpty())
        auth.insert(QStringLiteral("secretRefs"), secrets);
    o.insert(QStringLiteral("auth"), auth);

    if (e.isHttp()) {
        o.insert(QStringLiteral("baseUrl"), e.baseUrl);
        if (e.kind == EndpointKind::Magento)
            o.insert(QStringLiteral("storeCode"), e.storeCode);
        o.insert(QStringLiteral("timeoutMs"), e.timeoutMs);
        o.insert(QStringLiteral("maxConcurrent"), e.maxConcurrent);
        o.insert(QStringLiteral("rateLimit"),
            QJsonObject {{QStringLiteral("requestsPerSecond"), e.rateLimit.requestsPerSecond},
                {QStringLiteral("burst"), e.rateLimit.burst}});
        QJsonObject tls;
        const auto put = [&tls](const char16_t* key, const QString& value) {
            if (!value.isEmpty())
                tls.insert(QString::fromUtf16(key), value);
        };
        put(u"caFile", e.tls.caFile);
        put(u"pinnedSha256", e.tls.pinnedSha256);
        put(u"clientCertFile", e.tls.clientCertFile);
        put(u"clientKeyFile", e.tls.clientKeyFile);
        put(u"clientKeyPassphraseRef", e.tls.clientKeyPassphraseRef);
        if (!tls.isEmpty())
            o.insert(QStringLiteral("tls"), tls);
        // Only when set: files of endpoints that use the system proxy stay as they were.
        if (!e.proxyUrl.isEmpty() || !e.proxyPasswordRef.isEmpty()) {
            QJsonObject proxy {{QStringLiteral("url"), e.proxyUrl}};
            if (!e.proxyPasswordRef.isEmpty())
                proxy.insert(QStringLiteral("passwordRef"), e.proxyPasswordRef);
            o.insert(QStringLiteral("proxy"), proxy);
        }
    }
    if (e.kind == EndpointKind::Sql) {
        o.insert(QStringLiteral("sql"),
            QJsonObject {{QStringLiteral("driver"), e.sql.driver}, {QStringLiteral("host"), e.sql.host},
                {QStringLiteral("port"), e.sql.port}, {QStringLiteral("database"), e.sql.database},
                {QStringLiteral("options"), e.sql.options}});
        o.insert(QStringLiteral("timeoutMs"), e.timeoutMs);
    }
    if (e.kind == EndpointKind::File) {
        o.insert(QStringLiteral("file"),
            QJsonObject {{QStringLiteral("folder"), e.file.folder}, {QStringLiteral("pattern"), e.file.pattern},
                {QStringLiteral("format"), e.file.format}, {QStringLiteral("delimiter"), e.file.delimiter},
                {QStringLiteral("quote"), e.file.quote}, {QStringLiteral("encoding"), e.file.encoding},
                {QStringLiteral("hasHeader"), e.file.hasHeader}});
    }
    return o;
}

Result<Endpoint> endpointFromJson(
    const QJsonObject& object, const QString& id, const QString& fileName, const QByteArray& bytes)
{
    Endpoint e;
    e.id = id;
    Reader r(object, fileName, bytes);
    e.name = r.string(QStringLiteral("name"), id);
    const QString kindId = r.string(QStringLiteral("kind"));
    if (kindId.isEmpty())
        r.fail(QStringLiteral("kind"), tr("missing; expected one of magento, rest, graphql, sql, file"));
    else if (auto kind = endpointKindFromId(kindId))
        e.kind = *kind;
    else
        r.fail(QStringLiteral("kind"),
            tr("unknown kind \"%1\"; expected one of magento, rest, graphql, sql, file").arg(kindId));
    e.notes = r.string(QStringLiteral("notes"));
    e.apiSchemaFile = r.string(QStringLiteral("apiSchemaFile"));
    e.baseUrl = r.string(QStringLiteral("baseUrl"));
    e.storeCode = r.string(QStringLiteral("storeCode"), QStringLiteral("default"));
    e.timeoutMs = r.integer(QStringLiteral("timeoutMs"), e.timeoutMs, 1, 3600 * 1000);
    e.maxConcurrent = r.integer(QStringLiteral("maxConcurrent"), e.maxConcurrent, 1, 256);

    Reader rate = r.nested(r.object(QStringLiteral("rateLimit")), QStringLiteral("rateLimit"));
    e.rateLimit.requestsPerSecond = rate.number(QStringLiteral("requestsPerSecond"), 0, 0);
    e.rateLimit.burst = rate.integer(QStringLiteral("burst"), 0, 0, 1000000);
    r.adopt(rate);

    Reader auth = r.nested(r.object(QStringLiteral("auth")), QStringLiteral("auth"));
    const QString authId = auth.string(QStringLiteral("type"), QStringLiteral("none"));
    if (auto type = authTypeFromId(authId))
        e.auth.type = *type;
    else
        auth.fail(QStringLiteral("type"), tr("unknown authentication type \"%1\"").arg(authId));
    e.auth.fields = auth.stringMap(QStringLiteral("fields"));
    e.auth.secretRefs = auth.stringMap(QStringLiteral("secretRefs"));
    r.adopt(auth);

    Reader tls = r.nested(r.object(QStringLiteral("tls")), QStringLiteral("tls"));
    e.tls.caFile = tls.string(QStringLiteral("caFile"));
    e.tls.pinnedSha256 = tls.string(QStringLiteral("pinnedSha256"));
    e.tls.clientCertFile = tls.string(QStringLiteral("clientCertFile"));
    e.tls.clientKeyFile = tls.string(QStringLiteral("clientKeyFile"));
    e.tls.clientKeyPassphraseRef = tls.string(QStringLiteral("clientKeyPassphraseRef"));
    r.adopt(tls);

    // "proxy": {"url", "passwordRef"}; a bare string is accepted as the URL (hand-written files).
    if (object.value(QStringLiteral("proxy")).isString()) {
        e.proxyUrl = r.string(QStringLiteral("proxy"));
    } else {
        Reader proxy = r.nested(r.object(QStringLiteral("proxy")), QStringLiteral("proxy"));
        e.proxyUrl = proxy.string(QStringLiteral("url"));
        e.proxyPasswordRef = proxy.string(QStringLiteral("passwordRef"));
        r.adopt(proxy);
    }

    Reader sql = r.nested(r.object(QStringLiteral("sql")), QStringLiteral("sql"));
    e.sql.driver = sql.string(QStringLiteral("driver"));
    e.sql.host = sql.string(QStringLiteral("host"));
    e.sql.port = sql.integer(QStringLiteral("port"), 0, 0, 65535);
    e.sql.database = sql.string(QStringLiteral("database"));
    e.sql.options = sql.string(QStringLiteral("options"));
    r.adopt(sql);

    Reader file = r.nested(r.object(QStringLiteral("file")), QStringLiteral("file"));
    const FileSettings defaults;
    e.file.folder = file.string(QStringLiteral("folder"));
    e.file.pattern = file.string(QStringLiteral("pattern"), defaults.pattern);
    e.file.format = file.string(QStringLiteral("format"), defaults.format);
    e.file.delimiter = file.string(QStringLiteral("delimiter"), defaults.delimiter);
    e.file.quote = file.string(QStringLiteral("quote"), defaults.quote);
    e.file.encoding = file.string(QStringLiteral("encoding"), defaults.encoding);
    e.file.hasHeader = file.boolean(QStringLiteral("hasHeader"), defaults.hasHeader);
    r.adopt(file);

    if (r.error())
        return *r.error();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!knownEndpointKeys().contains(it.key()))
            e.unknownKeys.insert(it.key(), it.value());
    }
    return e;
}

QJsonObject environmentToJson(const Environment& environment)
{
    QJsonObject variables;
    for (auto it = environment.variables.begin(); it != environment.variables.end(); ++it)
        variables.insert(it.key(), it.value());
    QJsonObject o {{QStringLiteral("formatVersion"), CurrentVersion}, {QStringLiteral("name"), environment.name},
        {QStringLiteral("variables"), variables}};
    if (!environment.secretVariables.isEmpty()) {
        QJsonObject secrets;
        for (auto it = environment.secretVariables.begin(); it != environment.secretVariables.end(); ++it)
            secrets.insert(it.key(), it.value());
        o.insert(QStringLiteral("secretVariables"), secrets);
    }
    return o;
}

Result<Environment> environmentFromJson(const QJsonObject& object, const QString& fileName, const QByteArray& bytes)
{
    Environment environment;
    Reader r(object, fileName, bytes);
    environment.name = r.string(QStringLiteral("name"));
    if (environment.name.trimmed().isEmpty())
        r.fail(QStringLiteral("name"), tr("missing; every environment needs a name"));
    environment.variables = r.stringMap(QStringLiteral("variables"));
    environment.secretVariables = r.stringMap(QStringLiteral("secretVariables"));
    for (auto it = environment.secretVariables.begin(); it != environment.secretVariables.end(); ++it) {
        if (environment.variables.contains(it.key()))
            r.fail(it.key(), tr("is both a plain and a secret variable"), QStringLiteral("secretVariables."));
    }
    if (r.error())
        return *r.error();
    return environment;
}

QJsonObject requestToJson(const SavedRequest& r)
{
    QJsonObject o = r.unknownKeys;
    o.insert(QStringLiteral("formatVersion"), CurrentVersion);
    o.insert(QStringLiteral("name"), r.name);
    if (!r.description.isEmpty())
        o.insert(QStringLiteral("description"), textToJson(r.description));
    o.insert(QStringLiteral("endpoint"), r.spec.endpointId);
    o.insert(QStringLiteral("mode"), requestModeId(r.spec.mode));
    o.insert(QStringLiteral("method"), QString::fromLatin1(r.spec.method));
    o.insert(QStringLiteral("path"), r.spec.path);
    if (!r.spec.storeCode.isEmpty())
        o.insert(QStringLiteral("storeCode"), r.spec.storeCode);
    if (!r.spec.query.isEmpty())
        o.insert(QStringLiteral("query"), keyValuesToJson(r.spec.query));
    if (!r.spec.headers.isEmpty())
        o.insert(QStringLiteral("headers"), keyValuesToJson(r.spec.headers));
    o.insert(QStringLiteral("bodyType"), r.spec.bodyType);
    if (!r.spec.body.isEmpty())
        o.insert(QStringLiteral("body"), textToJson(r.spec.body));
    if (!r.spec.graphqlVariables.isEmpty() || !r.spec.graphqlOperationName.isEmpty()) {
        QJsonObject graphql;
        if (!r.spec.graphqlVariables.isEmpty())
            graphql.insert(QStringLiteral("variables"), textToJson(r.spec.graphqlVariables));
        if (!r.spec.graphqlOperationName.isEmpty())
            graphql.insert(QStringLiteral("operationName"), r.spec.graphqlOperationName);
        o.insert(QStringLiteral("graphql"), graphql);
    }
    if (r.spec.safeToRetry)
        o.insert(QStringLiteral("safeToRetry"), true);
    return o;
}

Result<SavedRequest> requestFromJson(const QJsonObject& object, const QString& id, const QString& folder,
    const QString& fileName, const QByteArray& bytes)
{
    SavedRequest r;
    r.id = id;
    r.folder = folder;
    Reader reader(object, fileName, bytes);
    r.name = reader.string(QStringLiteral("name"), id.section(u'/', -1));
    r.description = reader.text(QStringLiteral("description"));
    r.spec.endpointId = reader.string(QStringLiteral("endpoint"));
    const QString mode = reader.string(QStringLiteral("mode"), QStringLiteral("rest"));
    if (mode == u"rest")
        r.spec.mode = RequestSpec::Mode::Rest;
    else if (mode == u"asyncBulk")
        r.spec.mode = RequestSpec::Mode::AsyncBulk;
    else if (mode == u"graphql")
        r.spec.mode = RequestSpec::Mode::GraphQL;
    else
        reader.fail(QStringLiteral("mode"), tr("unknown mode \"%1\"; expected rest, asyncBulk or graphql").arg(mode));
    const QString method = reader.string(QStringLiteral("method"), QStringLiteral("GET")).trimmed().toUpper();
    static const QRegularExpression token(QStringLiteral("^[A-Z][A-Z0-9_-]*$"));
    if (!token.match(method).hasMatch())
        reader.fail(QStringLiteral("method"), tr("\"%1\" is not an HTTP method").arg(method));
    r.spec.method = method.toLatin1();
    r.spec.path = reader.string(QStringLiteral("path"));
    r.spec.storeCode = reader.string(QStringLiteral("storeCode"));
    r.spec.query = reader.keyValues(QStringLiteral("query"));
    r.spec.headers = reader.keyValues(QStringLiteral("headers"));
    r.spec.bodyType = reader.string(QStringLiteral("bodyType"), QStringLiteral("none"));
    static const QStringList bodyTypes {QStringLiteral("none"), QStringLiteral("json"), QStringLiteral("form"),
        QStringLiteral("text"), QStringLiteral("graphql")};
    if (!bodyTypes.contains(r.spec.bodyType))
        reader.fail(QStringLiteral("bodyType"),
            tr("unknown body type \"%1\"; expected none, json, form, text or graphql").arg(r.spec.bodyType));
    r.spec.body = reader.text(QStringLiteral("body"));
    Reader graphql = reader.nested(reader.object(QStringLiteral("graphql")), QStringLiteral("graphql"));
    r.spec.graphqlVariables = graphql.text(QStringLiteral("variables"));
    r.spec.graphqlOperationName = graphql.string(QStringLiteral("operationName"));
    reader.adopt(graphql);
    r.spec.safeToRetry = reader.boolean(QStringLiteral("safeToRetry"), false);
    if (reader.error())
        return *reader.error();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!knownRequestKeys().contains(it.key()))
            r.unknownKeys.insert(it.key(), it.value());
    }
    return r;
}

} // namespace studio::format
