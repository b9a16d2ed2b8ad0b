#pragma once

// How Magento's web API layer (ServiceInputProcessor, TypeProcessor, ErrorProcessor) reads request data and
// words its errors, for the sandbox's entity routes. Messages keep Magento's exact wording, including where
// Magento renders the values into the text and where it sends placeholders plus `parameters`.

#include "core/sandbox/api.h"

#include <optional>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace studio::sandbox::webapi {

/// 400 `"%fieldName" is required. Enter and try again.` with {fieldName} (InputException::requiredField).
ApiResponse requiredField(const QString& fieldName);

/// 400 `Invalid value of "%value" provided for the %fieldName field.` with {value, fieldName}
/// (InputException::invalidFieldValue).
ApiResponse invalidFieldValue(const QString& fieldName, const QString& value);

/// 400 for a value of the wrong type, rendered as Magento renders it:
/// `The "abc" value's type is invalid. The "int" type was expected. Verify and try again.`, prefixed with
/// `Error occurred during "price" processing. ` when `property` is not empty (a field of a body object).
ApiResponse typeMismatch(const QJsonValue& value, const QString& expectedType, const QString& property = QString());

/// 400 for a property a data interface does not have:
/// `Property "Foo" does not have accessor method "getFoo" in class "Magento\...\ProductInterface".`
/// (Magento 2.4.5 without Adobe's quality patch answers 500 here; the sandbox names the property instead.)
ApiResponse unknownProperty(const QString& property, const QString& className);

/// 400 `Decoding error.`: a request body that is not valid JSON (production mode wording).
ApiResponse decodingError();

/// 500 `Internal Error. Details are available in Magento log file. Report ID: webapi-<13 hex>` — what
/// Magento answers for unexpected failures such as SQL errors on an unknown column.
ApiResponse internalError();

/// 404 `No such entity with %fieldName = %fieldValue` with {fieldName, fieldValue}
/// (NoSuchEntityException::singleField).
ApiResponse noSuchEntity(const QString& fieldName, const QJsonValue& fieldValue);

/// 400 `Maximum items of type "%type" is %max` with {type, max} (input limits on arrays).
ApiResponse arrayLimitExceeded(const QString& phpType, int max);

/// The text PHP prints for a scalar in messages: strings as they are, true as "1", false and null as "",
/// numbers in PHP's short form; arrays and objects as "array" (gettype).
QString phpText(const QJsonValue& value);

/// PHP's is_numeric() on a string: optional surrounding whitespace, sign, digits, decimal point, exponent.
bool isPhpNumeric(const QString& text);

/// Magento's conversion of request values to scalar types (TypeProcessor::processSimpleAndAnyType):
/// numbers and numeric strings for int/float (int truncates), anything scalar for string, and PHP's
/// FILTER_VALIDATE_BOOLEAN for bool. std::nullopt means the type is invalid. A JSON null is not converted:
/// callers treat it as "not sent".
std::optional<qint64> toInt(const QJsonValue& value);
std::optional<double> toFloat(const QJsonValue& value);
std::optional<QString> toText(const QJsonValue& value);
std::optional<bool> toBool(const QJsonValue& value);

/// snake_case or camelCase property name → Magento's UpperCamelCase (SimpleDataObjectConverter), used to
/// match "page_size", "pageSize" and "PageSize" alike.
QString upperCamel(const QString& name);

/// Checks that every key of `object` names one of `knownProperties` (in UpperCamelCase after conversion);
/// the first one that does not gives unknownProperty() for `className`.
std::optional<ApiResponse> checkProperties(
    const QJsonObject& object, const QStringList& knownSnakeCaseProperties, const QString& className);

/// Finds a top-level body parameter by its camelCase or snake_case name (Magento accepts both).
QJsonValue bodyParameter(const QJsonObject& body, const QString& camelCaseName);

/// Query items decoded as PHP decodes them: "+" is a space, then percent-decoding, in the order sent.
QList<QPair<QString, QString>> phpQueryItems(const QUrlQuery& query);

/// A PHP-style nested query parameter tree: `a[b][0][c]=v` becomes a → b → 0 → c = "v". Children keep the
/// order in which they were first sent, as PHP arrays do.
struct QueryNode
{
    bool isLeaf = true;
    QString value;
    QList<QPair<QString, QueryNode>> children;

    const QueryNode* child(const QString& key) const;
    QueryNode& ensureChild(const QString& key);
};

/// Parses the query into a tree rooted at an unnamed node; `[]` appends a new numeric key. Keys with
/// unbalanced brackets are reported in `malformedKeys` and left out.
QueryNode parsePhpQuery(const QUrlQuery& query, QStringList* malformedKeys = nullptr);

} // namespace studio::sandbox::webapi
