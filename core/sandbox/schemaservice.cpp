#include "core/sandbox/schemaservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace studio::sandbox {

namespace {

const QString kResource = QStringLiteral(":/sandbox/magento-2.4.5-swagger.json");
const QString kDefinitionPrefix = QStringLiteral("#/definitions/");

void collectRefs(const QJsonValue& value, QSet<QString>& refs)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key() == u"$ref" && it->isString() && it->toString().startsWith(kDefinitionPrefix))
                refs.insert(it->toString().mid(kDefinitionPrefix.size()));
            else
                collectRefs(*it, refs);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue& item : array)
            collectRefs(item, refs);
    }
}

/// Magento's service name of an operation: the operationId without the trailing action and HTTP method
/// (catalogProductRepositoryV1SavePut -> catalogProductRepositoryV1).
QString serviceName(const QString& operationId)
{
    for (qsizetype i = operationId.size() - 1; i > 0; --i) {
        if (operationId.at(i - 1) == u'V' && operationId.at(i).isDigit()) {
            qsizetype end = i;
            while (end < operationId.size() && operationId.at(end).isDigit())
                ++end;
            return operationId.left(end);
        }
    }
    return operationId;
}

} // namespace

Status SchemaService::load()
{
    if (isLoaded())
        return {};
    QFile file(kResource);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QCoreApplication::translate(
                          "studio::sandbox::SchemaService", "the embedded Magento schema is missing from this build"),
            kResource};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return Error {QCoreApplication::translate("studio::sandbox::SchemaService",
                          "the embedded Magento schema "
                          "does not parse: %1")
                          .arg(error.errorString()),
            kResource};
    m_document = doc.object();
    return {};
}

bool SchemaService::hasOperation(const QByteArray& method, const QString& schemaPath) const
{
    return m_document.value(QStringLiteral("paths"))
        .toObject()
        .value(schemaPath)
        .toObject()
        .contains(QString::fromLatin1(method).toLower());
}

QString SchemaService::operationId(const QByteArray& method, const QString& schemaPath) const
{
    return m_document.value(QStringLiteral("paths"))
        .toObject()
        .value(schemaPath)
        .toObject()
        .value(QString::fromLatin1(method).toLower())
        .toObject()
        .value(QStringLiteral("operationId"))
        .toString();
}

QJsonObject SchemaService::document(const ApiRouter& router, const Principal& principal, const QString& storeCode,
    const QString& host, const QString& services) const
{
    const QJsonObject allPaths = m_document.value(QStringLiteral("paths")).toObject();
    const QJsonObject allDefinitions = m_document.value(QStringLiteral("definitions")).toObject();
    QStringList wanted;
    if (!services.isEmpty() && services != u"all")
        wanted = services.split(u',', Qt::SkipEmptyParts);

    QJsonObject paths;
    QSet<QString> tags;
    QSet<QString> refs;
    for (const ApiRoute& route : router.routes()) {
        if (route.schemaPath.isEmpty() || !principal.allows(route.aclResource))
            continue;
        const QString method = QString::fromLatin1(route.method).toLower();
        const QJsonObject operation = allPaths.value(route.schemaPath).toObject().value(method).toObject();
        if (operation.isEmpty())
            continue;
        if (!wanted.isEmpty()
            && !wanted.contains(serviceName(operation.value(QStringLiteral("operationId")).toString())))
            continue;
        QJsonObject pathItem = paths.value(route.schemaPath).toObject();
        pathItem.insert(method, operation);
        paths.insert(route.schemaPath, pathItem);
        const QJsonArray operationTags = operation.value(QStringLiteral("tags")).toArray();
        for (const QJsonValue& tag : operationTags)
            tags.insert(tag.toString());
        collectRefs(operation, refs);
    }

    // Definitions reference each other: close the set.
    QJsonObject definitions;
    QStringList pending(refs.begin(), refs.end());
    while (!pending.isEmpty()) {
        const QString name = pending.takeLast();
        if (definitions.contains(name) || !allDefinitions.contains(name))
            continue;
        const QJsonValue definition = allDefinitions.value(name);
        definitions.insert(name, definition);
        QSet<QString> nested;
        collectRefs(definition, nested);
        for (const QString& ref : std::as_const(nested)) {
            if (!definitions.contains(ref))
                pending.append(ref);
        }
    }

    QJsonArray tagList;
    const QJsonArray allTags = m_document.value(QStringLiteral("tags")).toArray();
    for (const QJsonValue& tag : allTags) {
        if (tags.contains(tag.toObject().value(QStringLiteral("name")).toString()))
            tagList.append(tag);
    }
    return QJsonObject {
        {QStringLiteral("swagger"), QStringLiteral("2.0")},
        {QStringLiteral("info"), m_document.value(QStringLiteral("info"))},
        {QStringLiteral("host"), host},
        {QStringLiteral("basePath"), QString(QStringLiteral("/rest/") + storeCode)},
        {QStringLiteral("schemes"), QJsonArray {QStringLiteral("http")}},
        {QStringLiteral("tags"), tagList},
        {QStringLiteral("paths"), paths},
        {QStringLiteral("definitions"), definitions},
    };
}

} // namespace studio::sandbox
