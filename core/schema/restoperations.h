#pragma once

#include "core/common/result.h"
#include "core/workspace/endpoint.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace studio::schema {

/// One operation of a REST API description: what the console offers when completing a path.
struct RestOperation
{
    QByteArray method; ///< upper case: "GET", "PUT", ...
    QString path;      ///< as the document writes it, with {param} placeholders: "/V1/products/{sku}"
    QString summary;   ///< the operation's summary, else its operationId; may be empty

    bool operator==(const RestOperation&) const = default;
};

/// The operations of an OpenAPI 3.x or Swagger 2.0 document (Magento's `/rest/{store}/schema` is Swagger 2.0), as
/// the console's path completion and the REST endpoint's attached schema use them. Kept apart from the importer
/// (core/interop) because completion needs only paths and methods, and needs them fast for Magento's 3 MB schema.
class RestOperations final
{
    Q_DECLARE_TR_FUNCTIONS(studio::schema::RestOperations)

public:
    /// Reads the operations of a parsed document (paths → methods), sorted by path, then method. Fails naming what
    /// is missing when the document has no `paths` object.
    static Result<QList<RestOperation>> fromDocument(const QJsonObject& document);
    /// Parses JSON or YAML (see interop::OpenApiFormat::parseDocument) and reads its operations. Errors name
    /// `fileName` and the line.
    static Result<QList<RestOperation>> fromData(const QByteArray& data, const QString& fileName = QString());

    /// The distinct paths of `operations`, in order.
    static QStringList paths(const QList<RestOperation>& operations);
};

/// The OpenAPI / Swagger file a user attached to a (non-Magento) endpoint, for path completion in the console:
/// Endpoint::apiSchemaFile, relative to the workspace folder when the file lies inside it (so the
/// workspace stays portable). Returns an absolute path, or empty when none is attached.
QString attachedSchemaFile(const Endpoint& endpoint, const QString& workspaceFolder);
/// Attaches (or, with an empty path, detaches) an API description file to an endpoint.
void setAttachedSchemaFile(Endpoint& endpoint, const QString& filePath, const QString& workspaceFolder);

} // namespace studio::schema
