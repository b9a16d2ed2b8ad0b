#include "core/sandbox/webapiinput.h"

#include <cmath>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

namespace studio::sandbox::webapi {

ApiResponse requiredField(const QString& fieldName)
{
    return ApiResponse::badRequest(QStringLiteral("\"%fieldName\" is required. Enter and try again."),
        QJsonObject {{QStringLiteral("fieldName"), fieldName}});
}

ApiResponse invalidFieldValue(const QString& fieldName, const QString& value)
{
    return ApiResponse::badRequest(QStringLiteral("Invalid value of \"%value\" provided for the %fieldName field."),
        QJsonObject {{QStringLiteral("value"), value}, {QStringLiteral("fieldName"), fieldName}});
}

ApiResponse typeMismatch(const QJsonValue& value, const QString& expectedType, const QString& property)
{
    const QString details = QStringLiteral("The \"%1\" value's type is invalid. The \"%2\" type was expected. "
                                           "Verify and try again.")
                                .arg(phpText(value), expectedType);
    if (property.isEmpty())
        return ApiResponse::badRequest(details);
    return ApiResponse::badRequest(
        QStringLiteral("Error occurred during \"%1\" processing. %2").arg(property, details));
}

ApiResponse unknownProperty(const QString& property, const QString& className)
{
    const QString camel = upperCamel(property);
    return ApiResponse::badRequest(
        QStringLiteral("Property \"%1\" does not have accessor method \"get%1\" in class \"%2\".")
            .arg(camel, className));
}

ApiResponse decodingError()
{
    return ApiResponse::badRequest(QStringLiteral("Decoding error."));
}

ApiResponse internalError()
{
    // Magento's report id is "webapi-" + PHP uniqid(): 13 hexadecimal digits.
    const quint64 random = QRandomGenerator::global()->generate64() & 0xFFFFFFFFFFFFFULL;
    const QString reportId = QStringLiteral("webapi-%1").arg(random, 13, 16, QLatin1Char('0'));
    return ApiResponse::error(
        500, QStringLiteral("Internal Error. Details are available in Magento log file. Report ID: %1").arg(reportId));
}

ApiResponse noSuchEntity(const QString& fieldName, const QJsonValue& fieldValue)
{
    return ApiResponse::notFound(QStringLiteral("No such entity with %fieldName = %fieldValue"),
        QJsonObject {{QStringLiteral("fieldName"), fieldName}, {QStringLiteral("fieldValue"), fieldValue}});
}

ApiResponse arrayLimitExceeded(const QString& phpType, int max)
{
    return ApiResponse::badRequest(QStringLiteral("Maximum items of type \"%type\" is %max"),
        QJsonObject {{QStringLiteral("type"), phpType}, {QStringLiteral("max"), max}});
}

QString phpText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("1") : QString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 14);
    }
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QStringLiteral("array");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

bool isPhpNumeric(const QString& text)
{
    static const QRegularExpression numeric(
        QStringLiteral("^[ \\t\\n\\r\\v\\f]*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?[ \\t\\n\\r\\v\\f]*$"));
    return numeric.match(text).hasMatch();
}

std::optional<qint64> toInt(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d))
            return std::nullopt;
        return qint64(std::trunc(d));
    }
    if (value.isString() && isPhpNumeric(value.toString())) {
        const double d = value.toString().trimmed().toDouble();
        return qint64(std::trunc(d));
    }
    return std::nullopt;
}

std::optional<double> toFloat(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString() && isPhpNumeric(value.toString()))
        return value.toString().trimmed().toDouble();
    return std::nullopt;
}

std::optional<QString> toText(const QJsonValue& value)
{
    if (value.isString() || value.isDouble() || value.isBool())
        return phpText(value);
    return std::nullopt;
}

std::optional<bool> toBool(const QJsonValue& value)
{
    // filter_var($value, FILTER_VALIDATE_BOOLEAN): "1", "true", "on", "yes" are true, everything else false.
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() == 1.0;
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        return text == u"1" || text == u"true" || text == u"on" || text == u"yes";
    }
    return std::nullopt;
}

QString upperCamel(const QString& name)
{
    QString out;
    out.reserve(name.size());
    bool upperNext = true;
    for (const QChar c : name) {
        if (c == u'_') {
            upperNext = true;
            continue;
        }
        out.append(upperNext ? c.toUpper() : c);
        upperNext = false;
    }
    return out;
}

std::optional<ApiResponse> checkProperties(
    const QJsonObject& object, const QStringList& knownSnakeCaseProperties, const QString& className)
{
    QStringList known;
    known.reserve(knownSnakeCaseProperties.size());
    for (const QString& p : knownSnakeCaseProperties)
        known.append(upperCamel(p));
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(upperCamel(it.key())))
            return unknownProperty(it.key(), className);
    }
    return std::nullopt;
}

QJsonValue bodyParameter(const QJsonObject& body, const QString& camelCaseName)
{
    if (body.contains(camelCaseName))
        return body.value(camelCaseName);
    QString snake;
    for (const QChar c : camelCaseName) {
        if (c.isUpper()) {
            snake.append(u'_');
            snake.append(c.toLower());
        } else {
            snake.append(c);
        }
    }
    return body.value(snake);
}

QList<QPair<QString, QString>> phpQueryItems(const QUrlQuery& query)
{
    QList<QPair<QString, QString>> items;
    const QString encoded = query.query(QUrl::FullyEncoded);
    if (encoded.isEmpty())
        return items;
    const QChar pairDelimiter = query.queryPairDelimiter();
    const QChar valueDelimiter = query.queryValueDelimiter();
    const auto decode = [](QString part) {
        part.replace(u'+', u' ');
        return QUrl::fromPercentEncoding(part.toUtf8());
    };
    for (const QString& pair : encoded.split(pairDelimiter, Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(valueDelimiter);
        if (eq < 0)
            items.append({decode(pair), QString()});
        else
            items.append({decode(pair.left(eq)), decode(pair.mid(eq + 1))});
    }
    return items;
}

const QueryNode* QueryNode::child(const QString& key) const
{
    for (const auto& entry : children) {
        if (entry.first == key)
            return &entry.second;
    }
    return nullptr;
}

QueryNode& QueryNode::ensureChild(const QString& key)
{
    isLeaf = false;
    for (auto& entry : children) {
        if (entry.first == key)
            return entry.second;
    }
    children.append({key, QueryNode {}});
    return children.last().second;
}

namespace {

/// Splits "a[b][c]" into {"a","b","c"}; false for unbalanced or stray brackets.
bool splitPhpKey(const QString& key, QStringList& parts)
{
    const qsizetype open = key.indexOf(u'[');
    if (open < 0) {
        if (key.contains(u']'))
            return false;
        parts = {key};
        return true;
    }
    parts = {key.left(open)};
    if (parts.first().isEmpty())
        return false;
    qsizetype pos = open;
    while (pos < key.size()) {
        if (key.at(pos) != u'[')
            return false;
        const qsizetype close = key.indexOf(u']', pos + 1);
        if (close < 0)
            return false;
        const QString part = key.mid(pos + 1, close - pos - 1);
        if (part.contains(u'['))
            return false;
        parts.append(part);
        pos = close + 1;
    }
    return true;
}

} // namespace

QueryNode parsePhpQuery(const QUrlQuery& query, QStringList* malformedKeys)
{
    QueryNode root;
    root.isLeaf = false;
    for (const auto& [key, value] : phpQueryItems(query)) {
        QStringList parts;
        if (!splitPhpKey(key, parts)) {
            if (malformedKeys)
                malformedKeys->append(key);
            continue;
        }
        QueryNode* node = &root;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            QString part = parts.at(i);
            if (part.isEmpty() && i > 0) {
                // "[]" appends: the next integer key after the largest one so far, as PHP does.
                qint64 next = 0;
                for (const auto& entry : node->children) {
                    bool isInt = false;
                    const qint64 n = entry.first.toLongLong(&isInt);
                    if (isInt && n >= next)
                        next = n + 1;
                }
                part = QString::number(next);
            }
            node = &node->ensureChild(part);
        }
        // A later scalar for the same key replaces the earlier one, as in PHP.
        node->isLeaf = true;
        node->children.clear();
        node->value = value;
    }
    return root;
}

} // namespace studio::sandbox::webapi
