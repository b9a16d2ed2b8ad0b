#pragma once

#include "core/common/result.h"

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace studio::schema {

/// One field of a JSON response, with the fields inside it: what a `fields=` selector offers as a tree.
struct ResponseField
{
    /// Where the field is known from.
    enum class Origin {
        Schema, ///< the API description (OpenAPI / Swagger)
        Sample, ///< a response that was received
    };

    QString name;
    /// The JSON type ("string", "integer", "number", "boolean", "object") or, for a referenced schema, its name
    /// ("catalog-data-product-interface"). For a list: the type of its items.
    QString type;
    QString description;
    bool list = false;      ///< a JSON array (of `type`)
    bool recursive = false; ///< the schema refers back to a type above it; the tree stops here
    Origin origin = Origin::Schema;
    QList<ResponseField> children; ///< the fields of an object (or of the objects in a list)

    /// "string", "catalog-data-product-interface[]".
    QString typeLabel() const;

    // Not defaulted: QList<ResponseField> cannot compare an incomplete ResponseField at this point.
    bool operator==(const ResponseField& other) const;
};

/// The response shapes of a REST API description (OpenAPI 3.x or Swagger 2.0; Magento's `/rest/{store}/schema` is
/// Swagger 2.0): for an operation, the tree of fields its successful answer has. Trees are built on demand, with
/// $ref, allOf/oneOf/anyOf resolved, recursive references cut and the depth bounded, so Magento's 3 MB schema
/// costs one pass over `paths` when read.
class ResponseSchemas final
{
    Q_DECLARE_TR_FUNCTIONS(studio::schema::ResponseSchemas)

public:
    /// Reads a parsed document. Fails naming what is missing when it has no `paths` object.
    static Result<ResponseSchemas> fromDocument(const QJsonObject& document);
    /// Parses JSON or YAML (see interop::OpenApiFormat::parseDocument) and reads it; errors name `fileName`.
    static Result<ResponseSchemas> fromData(const QByteArray& data, const QString& fileName = QString());

    /// The fields of the successful (2xx) response of the operation that `path` reaches with `method`. `path` may
    /// be a template ("/V1/products/{sku}") or a concrete path ("/V1/products/MS%2F01"), with or without the API
    /// root ("/rest/default/V1/..."), "/V1" or a query. Literal segments win over {parameters} when several
    /// operations match. nullopt when no operation matches or its answer has no described body; the fields of the
    /// items when the answer is a JSON array.
    std::optional<QList<ResponseField>> responseFields(const QByteArray& method, const QString& path) const;
    /// The template of the operation responseFields() would use ("/V1/products/{sku}"), or empty.
    QString matchOperation(const QByteArray& method, const QString& path) const;
    /// The fields of a named schema (definitions / components.schemas), e.g. "catalog-data-product-interface".
    QList<ResponseField> schemaFields(const QString& name) const;

    /// Number of operations read.
    qsizetype operationCount() const { return m_operations.size(); }

private:
    struct Operation
    {
        QByteArray method;
        QString path;
        QStringList segments;
        QJsonValue schema; ///< the successful answer's schema; undefined when none is described
    };
    const Operation* find(const QByteArray& method, const QString& path) const;

    QJsonObject m_document;
    QList<Operation> m_operations;
};

/// The fields of a received JSON answer: objects by key, lists merged over their items (the first 200), a
/// top-level list as the fields of its items. Depth and size are bounded for huge bodies.
QList<ResponseField> fieldsFromSample(const QJsonValue& value);

/// Adds to `into` the fields of `from` that it does not have yet (recursively, matched by name); fields only in
/// `from` keep their origin, so a schema tree can show what a sample added.
void mergeFields(QList<ResponseField>& into, const QList<ResponseField>& from);

} // namespace studio::schema
