#include "core/schema/restoperations.h"

#include "core/interop/openapiformat.h"

#include <algorithm>
#include <QDir>
#include <QFileInfo>
#include <QJsonValue>
#include <QSet>

namespace studio::schema {

Result<QList<RestOperation>> RestOperations::fromDocument(const QJsonObject& document)
{
    const QJsonValue pathsValue = document.value(QStringLiteral("paths"));
    if (!pathsValue.isObject())
        return Error {tr("The API description has no \"paths\" object, so it lists no operations.")};
    static const QStringList methods {QStringLiteral("get"), QStringLiteral("put"), QStringLiteral("post"),
        QStringLiteral("delete"), QStringLiteral("patch"), QStringLiteral("head"), QStringLiteral("options")};
    QList<RestOperation> operations;
    const QJsonObject paths = pathsValue.toObject();
    for (auto path = paths.constBegin(); path != paths.constEnd(); ++path) {
        const QJsonObject item = path.value().toObject();
        for (const QString& method : methods) {
            const QJsonValue operationValue = item.value(method);
            if (!operationValue.isObject())
                continue;
            const QJsonObject operation = operationValue.toObject();
            RestOperation entry;
            entry.method = method.toUpper().toLatin1();
            entry.path = path.key();
            entry.summary = operation.value(QStringLiteral("summary")).toString().trimmed();
            if (entry.summary.isEmpty())
                entry.summary = operation.value(QStringLiteral("operationId")).toString();
            operations.append(entry);
        }
    }
    std::sort(operations.begin(), operations.end(), [](const RestOperation& a, const RestOperation& b) {
        return a.path == b.path ? a.method < b.method : a.path < b.path;
    });
    return operations;
}

Result<QList<RestOperation>> RestOperations::fromData(const QByteArray& data, const QString& fileName)
{
    Result<QJsonObject> document = interop::OpenApiFormat::parseDocument(data, fileName);
    if (!document)
        return document.error();
    return fromDocument(document.value());
}

QStringList RestOperations::paths(const QList<RestOperation>& operations)
{
    QStringList result;
    QSet<QString> seen;
    for (const RestOperation& operation : operations) {
        if (!seen.contains(operation.path)) {
            seen.insert(operation.path);
            result.append(operation.path);
        }
    }
    return result;
}

QString attachedSchemaFile(const Endpoint& endpoint, const QString& workspaceFolder)
{
    const QString& stored = endpoint.apiSchemaFile;
    if (stored.isEmpty())
        return QString();
    if (QDir::isAbsolutePath(stored))
        return QDir::cleanPath(stored);
    return QDir::cleanPath(QDir(workspaceFolder).filePath(stored));
}

void setAttachedSchemaFile(Endpoint& endpoint, const QString& filePath, const QString& workspaceFolder)
{
    if (filePath.isEmpty()) {
        endpoint.apiSchemaFile.clear();
        return;
    }
    const QString absolute = QFileInfo(filePath).absoluteFilePath();
    const QString relative = QDir(workspaceFolder).relativeFilePath(absolute);
    // Inside the workspace the path is kept relative (with '/'), so a cloned workspace finds it too.
    endpoint.apiSchemaFile = relative.startsWith(QStringLiteral("..")) ? absolute : relative;
}

} // namespace studio::schema
