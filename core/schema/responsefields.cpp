#include "core/schema/responsefields.h"

#include "core/interop/openapiformat.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace studio::schema {

namespace {

constexpr int kMaxDepth = 10;
constexpr int kMaxNodes = 6000;
constexpr int kMaxRefChain = 32;
constexpr int kSampleItems = 200;

bool isVersionSegment(const QString& segment)
{
    static const QRegularExpression version(QStringLiteral("^V\\d+$"));
    return version.match(segment).hasMatch();
}

QString lastPointerSegment(const QString& ref)
{
    const qsizetype slash = ref.lastIndexOf(u'/');
    return slash < 0 ? ref : ref.mid(slash + 1);
}

// A JSON pointer inside the document ("#/definitions/x", "#/components/schemas/x"); undefined when it does not
// resolve. External references are not followed.
QJsonValue resolvePointer(const QJsonObject& document, const QString& ref)
{
    if (!ref.startsWith(QStringLiteral("#/")))
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue current = document;
    const QStringList parts = ref.mid(2).split(u'/');
    for (QString part : parts) {
        part.replace(QStringLiteral("~1"), QStringLiteral("/"));
        part.replace(QStringLiteral("~0"), QStringLiteral("~"));
        if (current.isObject()) {
            current = current.toObject().value(part);
        } else if (current.isArray()) {
            bool ok = false;
            const int index = part.toInt(&ok);
            if (!ok)
                return QJsonValue(QJsonValue::Undefined);
            current = current.toArray().at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
        if (current.isUndefined())
            return current;
    }
    return current;
}

// Follows $ref chains of objects that are nothing but a reference (responses, parameters).
QJsonObject resolveObject(const QJsonObject& document, QJsonObject object)
{
    for (int i = 0; i < kMaxRefChain && object.contains(QStringLiteral("$ref")); ++i)
        object = resolvePointer(document, object.value(QStringLiteral("$ref")).toString()).toObject();
    return object;
}

QString jsonTypeOf(const QJsonObject& schema)
{
    const QJsonValue type = schema.value(QStringLiteral("type"));
    QString name;
    if (type.isString()) {
        name = type.toString();
    } else if (type.isArray()) {
        // OpenAPI 3.1: ["string", "null"].
        for (const QJsonValue entry : type.toArray()) {
            if (entry.toString() != u"null") {
                name = entry.toString();
                break;
            }
        }
    }
    if (name.isEmpty() && schema.contains(QStringLiteral("properties")))
        name = QStringLiteral("object");
    if (name.isEmpty() && schema.contains(QStringLiteral("items")))
        name = QStringLiteral("array");
    const QString format = schema.value(QStringLiteral("format")).toString();
    if (!format.isEmpty() && name != u"array" && name != u"object")
        name += QStringLiteral(" (%1)").arg(format);
    return name;
}

// The shape of a schema: its type, whether it is a list, and its fields.
struct Shape
{
    QString type;
    QString description;
    bool list = false;
    bool recursive = false;
    QList<ResponseField> children;
};

class ShapeBuilder
{
public:
    explicit ShapeBuilder(const QJsonObject& document)
        : m_document(document)
    { }

    Shape shapeOf(const QJsonValue& value, int depth)
    {
        Shape shape;
        if (!value.isObject())
            return shape;
        QJsonObject schema = value.toObject();
        if (schema.contains(QStringLiteral("$ref"))) {
            const QString ref = schema.value(QStringLiteral("$ref")).toString();
            const QString name = lastPointerSegment(ref);
            if (m_stack.contains(ref) || m_stack.size() >= kMaxRefChain) {
                shape.type = name;
                shape.recursive = true;
                return shape;
            }
            m_stack.append(ref);
            shape = shapeOf(resolvePointer(m_document, ref), depth);
            m_stack.removeLast();
            if (!shape.list && (shape.type.isEmpty() || shape.type == u"object"))
                shape.type = name;
            return shape;
        }
        shape.description = schema.value(QStringLiteral("description")).toString();
        for (const char* combiner : {"allOf", "oneOf", "anyOf"}) {
            const QJsonArray parts = schema.value(QLatin1String(combiner)).toArray();
            for (const QJsonValue part : parts) {
                Shape sub = shapeOf(part, depth);
                if (shape.type.isEmpty() || shape.type == u"object")
                    shape.type = sub.type;
                shape.list = shape.list || sub.list;
                shape.recursive = shape.recursive || sub.recursive;
                mergeFields(shape.children, sub.children);
            }
        }
        const QString type = jsonTypeOf(schema);
        if (type == u"array") {
            Shape items = shapeOf(schema.value(QStringLiteral("items")), depth);
            shape.list = true;
            shape.type = items.type.isEmpty() ? QStringLiteral("any") : items.type;
            shape.recursive = items.recursive;
            mergeFields(shape.children, items.children);
            return shape;
        }
        if (!type.isEmpty() && (shape.type.isEmpty() || type != u"object"))
            shape.type = type;
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        if (!properties.isEmpty() && depth >= kMaxDepth) {
            shape.recursive = true;
            return shape;
        }
        QList<ResponseField> fields;
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
            if (++m_nodes > kMaxNodes)
                break;
            ResponseField field;
            field.name = it.key();
            const QJsonObject property = it.value().toObject();
            Shape sub = shapeOf(property, depth + 1);
            field.description = property.value(QStringLiteral("description")).toString();
            if (field.description.isEmpty())
                field.description = sub.description;
            field.type = sub.type;
            field.list = sub.list;
            field.recursive = sub.recursive;
            field.children = std::move(sub.children);
            fields.append(std::move(field));
        }
        mergeFields(shape.children, fields);
        return shape;
    }

private:
    const QJsonObject& m_document;
    QStringList m_stack;
    int m_nodes = 0;
};

// The schema of an operation's successful answer (Swagger 2.0: responses.<code>.schema; OpenAPI 3:
// responses.<code>.content.<media type>.schema, JSON preferred).
QJsonValue successSchema(const QJsonObject& document, const QJsonObject& operation)
{
    const QJsonObject responses = operation.value(QStringLiteral("responses")).toObject();
    QStringList codes;
    for (auto it = responses.constBegin(); it != responses.constEnd(); ++it) {
        if (it.key().startsWith(u'2'))
            codes << it.key();
    }
    codes.sort();
    if (codes.contains(QStringLiteral("200"))) {
        codes.removeAll(QStringLiteral("200"));
        codes.prepend(QStringLiteral("200"));
    }
    for (const QString& code : codes) {
        const QJsonObject response = resolveObject(document, responses.value(code).toObject());
        if (response.contains(QStringLiteral("schema")))
            return response.value(QStringLiteral("schema"));
        const QJsonObject content = response.value(QStringLiteral("content")).toObject();
        if (content.isEmpty())
            continue;
        for (auto it = content.constBegin(); it != content.constEnd(); ++it) {
            if (it.key().contains(QStringLiteral("json")) && it.value().toObject().contains(QStringLiteral("schema")))
                return it.value().toObject().value(QStringLiteral("schema"));
        }
        for (auto it = content.constBegin(); it != content.constEnd(); ++it) {
            if (it.value().toObject().contains(QStringLiteral("schema")))
                return it.value().toObject().value(QStringLiteral("schema"));
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

QStringList pathSegments(const QString& path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

bool isParameterSegment(const QString& segment)
{
    return (segment.startsWith(u'{') && segment.endsWith(u'}')) || segment.startsWith(u':');
}

// The path as the document's keys are written: no scheme and host, no query, no API root.
QStringList requestSegments(QString path, const QString& basePath)
{
    const qsizetype cut = path.indexOf(QRegularExpression(QStringLiteral("[?#]")));
    if (cut >= 0)
        path.truncate(cut);
    const qsizetype scheme = path.indexOf(QStringLiteral("://"));
    if (scheme >= 0) {
        const qsizetype slash = path.indexOf(u'/', scheme + 3);
        path = slash < 0 ? QString() : path.mid(slash);
    }
    if (!path.startsWith(u'/'))
        path.prepend(u'/');
    const QString base = basePath.endsWith(u'/') ? basePath.chopped(1) : basePath;
    if (!base.isEmpty() && base != u"/" && path.startsWith(base + u'/'))
        path = path.mid(base.size());
    static const QRegularExpression restRoot(
        QStringLiteral("^/rest(?:/[A-Za-z0-9_]+)?(?:/async(?:/bulk)?)?(?=/V\\d+(?:/|$))"));
    const QRegularExpressionMatch match = restRoot.match(path);
    if (match.hasMatch())
        path = path.mid(match.capturedEnd());
    return pathSegments(path);
}

} // namespace

QString ResponseField::typeLabel() const
{
    const QString base = type.isEmpty() ? QStringLiteral("object") : type;
    return list ? base + QStringLiteral("[]") : base;
}

bool ResponseField::operator==(const ResponseField& other) const
{
    return name == other.name && type == other.type && description == other.description && list == other.list
        && recursive == other.recursive && origin == other.origin && children == other.children;
}

Result<ResponseSchemas> ResponseSchemas::fromDocument(const QJsonObject& document)
{
    const QJsonValue pathsValue = document.value(QStringLiteral("paths"));
    if (!pathsValue.isObject())
        return Error {tr("The API description has no \"paths\" object, so it describes no responses.")};
    static const char* const methods[] = {"get", "put", "post", "delete", "patch", "head", "options"};
    ResponseSchemas schemas;
    schemas.m_document = document;
    const QJsonObject paths = pathsValue.toObject();
    for (auto path = paths.constBegin(); path != paths.constEnd(); ++path) {
        const QJsonObject item = resolveObject(document, path.value().toObject());
        for (const char* method : methods) {
            const QJsonValue operation = item.value(QLatin1String(method));
            if (!operation.isObject())
                continue;
            Operation entry;
            entry.method = QByteArray(method).toUpper();
            entry.path = path.key();
            entry.segments = pathSegments(path.key());
            entry.schema = successSchema(document, operation.toObject());
            schemas.m_operations.append(std::move(entry));
        }
    }
    return schemas;
}

Result<ResponseSchemas> ResponseSchemas::fromData(const QByteArray& data, const QString& fileName)
{
    Result<QJsonObject> document = interop::OpenApiFormat::parseDocument(data, fileName);
    if (!document)
        return document.error();
    return fromDocument(document.value());
}

const ResponseSchemas::Operation* ResponseSchemas::find(const QByteArray& method, const QString& path) const
{
    QStringList segments = requestSegments(path, m_document.value(QStringLiteral("basePath")).toString());
    const QByteArray upper = method.toUpper();
    for (int attempt = 0; attempt < 2; ++attempt) {
        const Operation* best = nullptr;
        int bestScore = -1;
        for (const Operation& operation : m_operations) {
            if (operation.method != upper || operation.segments.size() != segments.size())
                continue;
            int score = 0;
            for (qsizetype i = 0; i < segments.size() && score >= 0; ++i) {
                const QString& want = operation.segments.at(i);
                if (want == segments.at(i))
                    score += 2;
                else if (isParameterSegment(want) || isParameterSegment(segments.at(i)))
                    score += 1;
                else
                    score = -1;
            }
            if (score > bestScore) {
                bestScore = score;
                best = &operation;
            }
        }
        if (best)
            return best;
        // Magento paths typed without their version ("products"): the document writes "/V1/products".
        if (segments.isEmpty() || isVersionSegment(segments.first()))
            break;
        segments.prepend(QStringLiteral("V1"));
    }
    return nullptr;
}

QString ResponseSchemas::matchOperation(const QByteArray& method, const QString& path) const
{
    const Operation* operation = find(method, path);
    return operation ? operation->path : QString();
}

std::optional<QList<ResponseField>> ResponseSchemas::responseFields(const QByteArray& method, const QString& path) const
{
    const Operation* operation = find(method, path);
    if (!operation || !operation->schema.isObject())
        return std::nullopt;
    ShapeBuilder builder(m_document);
    Shape shape = builder.shapeOf(operation->schema, 0);
    if (shape.children.isEmpty())
        return std::nullopt;
    return shape.children;
}

QList<ResponseField> ResponseSchemas::schemaFields(const QString& name) const
{
    ShapeBuilder builder(m_document);
    const bool swagger = m_document.contains(QStringLiteral("definitions"));
    const QString ref = (swagger ? QStringLiteral("#/definitions/") : QStringLiteral("#/components/schemas/")) + name;
    QJsonObject reference;
    reference.insert(QStringLiteral("$ref"), ref);
    return builder.shapeOf(reference, 0).children;
}

namespace {

QString sampleType(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Array:
        return QStringLiteral("array");
    default:
        return QString();
    }
}

void sampleInto(QList<ResponseField>& into, const QJsonObject& object, int depth, int& nodes);

void sampleValueInto(ResponseField& field, const QJsonValue& value, int depth, int& nodes)
{
    if (value.isArray()) {
        field.list = true;
        const QJsonArray array = value.toArray();
        const qsizetype count = std::min<qsizetype>(array.size(), kSampleItems);
        for (qsizetype i = 0; i < count; ++i) {
            const QJsonValue item = array.at(i);
            if (field.type.isEmpty() || field.type == u"array")
                field.type = sampleType(item);
            if (item.isObject() && depth < kMaxDepth)
                sampleInto(field.children, item.toObject(), depth + 1, nodes);
        }
        return;
    }
    const QString type = sampleType(value);
    if (field.type.isEmpty())
        field.type = type;
    if (value.isObject() && depth < kMaxDepth)
        sampleInto(field.children, value.toObject(), depth + 1, nodes);
}

void sampleInto(QList<ResponseField>& into, const QJsonObject& object, int depth, int& nodes)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        ResponseField* field = nullptr;
        for (ResponseField& existing : into) {
            if (existing.name == it.key()) {
                field = &existing;
                break;
            }
        }
        if (!field) {
            if (++nodes > kMaxNodes)
                return;
            ResponseField added;
            added.name = it.key();
            added.origin = ResponseField::Origin::Sample;
            into.append(added);
            field = &into.last();
        }
        sampleValueInto(*field, it.value(), depth, nodes);
    }
}

} // namespace

QList<ResponseField> fieldsFromSample(const QJsonValue& value)
{
    QList<ResponseField> fields;
    int nodes = 0;
    if (value.isObject()) {
        sampleInto(fields, value.toObject(), 0, nodes);
    } else if (value.isArray()) {
        // Magento filters each item of a top-level list.
        ResponseField items;
        sampleValueInto(items, value, 0, nodes);
        fields = items.children;
    }
    return fields;
}

void mergeFields(QList<ResponseField>& into, const QList<ResponseField>& from)
{
    for (const ResponseField& field : from) {
        ResponseField* existing = nullptr;
        for (ResponseField& candidate : into) {
            if (candidate.name == field.name) {
                existing = &candidate;
                break;
            }
        }
        if (!existing) {
            into.append(field);
            continue;
        }
        if (existing->type.isEmpty())
            existing->type = field.type;
        if (existing->description.isEmpty())
            existing->description = field.description;
        existing->list = existing->list || field.list;
        mergeFields(existing->children, field.children);
    }
}

} // namespace studio::schema
