#include "core/common/jsondiff.h"

#include "core/common/jsonio.h"

#include <limits>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace studio {

namespace {

bool isIdentifier(const QString& key)
{
    if (key.isEmpty())
        return false;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c == u'$';
        const bool digit = c >= u'0' && c <= u'9';
        if (!letter && !(digit && i > 0))
            return false;
    }
    return true;
}

QString pointerToken(const QString& key)
{
    QString token = key;
    token.replace(u'~', QStringLiteral("~0"));
    token.replace(u'/', QStringLiteral("~1"));
    return token;
}

QString readableKey(const QString& parent, const QString& key)
{
    if (isIdentifier(key))
        return parent.isEmpty() ? key : parent + u'.' + key;
    QString escaped = key;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'"', QStringLiteral("\\\""));
    return parent + QStringLiteral("[\"") + escaped + QStringLiteral("\"]");
}

bool numbersEqual(const QJsonValue& a, const QJsonValue& b)
{
    if (a.toDouble() != b.toDouble())
        return false;
    // Doubles lose integers above 2^53; compare those exactly when both are integral.
    constexpr qint64 none = std::numeric_limits<qint64>::min();
    return a.toInteger(none) == b.toInteger(none);
}

/// A scalar as a matching key; empty when the value cannot identify an element.
QString keyOf(const QJsonValue& value)
{
    if (value.isString())
        return u's' + value.toString();
    if (value.isDouble())
        return u'n' + QString::number(value.toDouble(), 'g', 17);
    return QString();
}

class Differ final
{
public:
    explicit Differ(const JsonDiffOptions& options)
        : m_options(options)
    { }

    void compare(const QJsonValue& a, const QJsonValue& b, const QString& pointer, const QString& path)
    {
        if (m_result.truncated)
            return;
        if (a.type() != b.type()) {
            add(JsonDiffEntry::Kind::Changed, pointer, path, a, b);
            return;
        }
        switch (a.type()) {
        case QJsonValue::Object:
            compareObjects(a.toObject(), b.toObject(), pointer, path);
            return;
        case QJsonValue::Array:
            compareArrays(a.toArray(), b.toArray(), pointer, path);
            return;
        case QJsonValue::Double:
            if (!numbersEqual(a, b))
                add(JsonDiffEntry::Kind::Changed, pointer, path, a, b);
            return;
        case QJsonValue::String:
            if (a.toString() != b.toString())
                add(JsonDiffEntry::Kind::Changed, pointer, path, a, b);
            return;
        case QJsonValue::Bool:
            if (a.toBool() != b.toBool())
                add(JsonDiffEntry::Kind::Changed, pointer, path, a, b);
            return;
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            return;
        }
    }

    JsonDiffResult take() { return std::move(m_result); }

private:
    void add(
        JsonDiffEntry::Kind kind, const QString& pointer, const QString& path, const QJsonValue& a, const QJsonValue& b)
    {
        if (m_options.maxEntries > 0 && m_result.entries.size() >= m_options.maxEntries) {
            m_result.truncated = true;
            return;
        }
        m_result.entries.append({kind, pointer, path, a, b});
    }

    void compareObjects(const QJsonObject& a, const QJsonObject& b, const QString& pointer, const QString& path)
    {
        // Both key lists are sorted: merge them so the entries come out in key order.
        auto ia = a.constBegin();
        auto ib = b.constBegin();
        while ((ia != a.constEnd() || ib != b.constEnd()) && !m_result.truncated) {
            if (ib == b.constEnd() || (ia != a.constEnd() && ia.key() < ib.key())) {
                add(JsonDiffEntry::Kind::Removed, pointer + u'/' + pointerToken(ia.key()), readableKey(path, ia.key()),
                    ia.value(), QJsonValue(QJsonValue::Undefined));
                ++ia;
            } else if (ia == a.constEnd() || ib.key() < ia.key()) {
                add(JsonDiffEntry::Kind::Added, pointer + u'/' + pointerToken(ib.key()), readableKey(path, ib.key()),
                    QJsonValue(QJsonValue::Undefined), ib.value());
                ++ib;
            } else {
                compare(ia.value(), ib.value(), pointer + u'/' + pointerToken(ia.key()), readableKey(path, ia.key()));
                ++ia;
                ++ib;
            }
        }
    }

    /// The first configured key that identifies every element of both arrays uniquely; empty if none does.
    QString matchingKey(const QJsonArray& a, const QJsonArray& b) const
    {
        if (m_options.arrayKeys.isEmpty() || a.isEmpty() || b.isEmpty())
            return QString();
        for (const QString& key : m_options.arrayKeys) {
            bool usable = true;
            for (const QJsonArray* array : {&a, &b}) {
                QSet<QString> seen;
                seen.reserve(array->size());
                for (const QJsonValue& element : *array) {
                    const QString k = element.isObject() ? keyOf(element.toObject().value(key)) : QString();
                    if (k.isEmpty() || seen.contains(k)) {
                        usable = false;
                        break;
                    }
                    seen.insert(k);
                }
                if (!usable)
                    break;
            }
            if (usable)
                return key;
        }
        return QString();
    }

    void compareArrays(const QJsonArray& a, const QJsonArray& b, const QString& pointer, const QString& path)
    {
        const auto itemPointer = [&pointer](qsizetype i) -> QString { return pointer + u'/' + QString::number(i); };
        const auto itemPath = [&path](qsizetype i) -> QString { return path + u'[' + QString::number(i) + u']'; };
        const QString key = matchingKey(a, b);
        if (!key.isEmpty()) {
            QHash<QString, qsizetype> oldIndex;
            oldIndex.reserve(a.size());
            for (qsizetype i = 0; i < a.size(); ++i)
                oldIndex.insert(keyOf(a.at(i).toObject().value(key)), i);
            QSet<qsizetype> matched;
            for (qsizetype i = 0; i < b.size() && !m_result.truncated; ++i) {
                const auto found = oldIndex.constFind(keyOf(b.at(i).toObject().value(key)));
                if (found == oldIndex.constEnd()) {
                    add(JsonDiffEntry::Kind::Added, itemPointer(i), itemPath(i), QJsonValue(QJsonValue::Undefined),
                        b.at(i));
                } else {
                    matched.insert(found.value());
                    compare(a.at(found.value()), b.at(i), itemPointer(i), itemPath(i));
                }
            }
            for (qsizetype i = 0; i < a.size() && !m_result.truncated; ++i) {
                if (!matched.contains(i))
                    add(JsonDiffEntry::Kind::Removed, itemPointer(i), itemPath(i), a.at(i),
                        QJsonValue(QJsonValue::Undefined));
            }
            return;
        }
        const qsizetype common = std::min(a.size(), b.size());
        for (qsizetype i = 0; i < common && !m_result.truncated; ++i)
            compare(a.at(i), b.at(i), itemPointer(i), itemPath(i));
        for (qsizetype i = common; i < b.size() && !m_result.truncated; ++i)
            add(JsonDiffEntry::Kind::Added, itemPointer(i), itemPath(i), QJsonValue(QJsonValue::Undefined), b.at(i));
        for (qsizetype i = common; i < a.size() && !m_result.truncated; ++i)
            add(JsonDiffEntry::Kind::Removed, itemPointer(i), itemPath(i), a.at(i), QJsonValue(QJsonValue::Undefined));
    }

    const JsonDiffOptions& m_options;
    JsonDiffResult m_result;
};

/// Parses any JSON value, top-level scalars included; the error names `side` ("old", "new").
Result<QJsonValue> parseAnyJson(const QByteArray& text, const QString& side)
{
    const QByteArray trimmed = text.trimmed();
    if (!trimmed.startsWith('{') && !trimmed.startsWith('[') && !trimmed.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument wrapped = QJsonDocument::fromJson("[" + trimmed + "]", &error);
        if (error.error == QJsonParseError::NoError && wrapped.array().size() == 1)
            return wrapped.array().first();
    }
    Result<QJsonDocument> document = parseJson(text, side);
    if (!document)
        return document.error();
    return document->isObject() ? QJsonValue(document->object()) : QJsonValue(document->array());
}

} // namespace

Result<JsonDiffResult> diffJsonText(
    const QByteArray& oldText, const QByteArray& newText, const JsonDiffOptions& options)
{
    Result<QJsonValue> a = parseAnyJson(oldText, QCoreApplication::translate("JsonDiff", "old body"));
    if (!a)
        return a.error();
    Result<QJsonValue> b = parseAnyJson(newText, QCoreApplication::translate("JsonDiff", "new body"));
    if (!b)
        return b.error();
    return diffJson(a.value(), b.value(), options);
}

JsonDiffResult diffJson(const QJsonValue& oldValue, const QJsonValue& newValue, const JsonDiffOptions& options)
{
    Differ differ(options);
    differ.compare(oldValue, newValue, QString(), QString());
    return differ.take();
}

QString jsonDiffKindId(JsonDiffEntry::Kind kind)
{
    switch (kind) {
    case JsonDiffEntry::Kind::Added:
        return QStringLiteral("added");
    case JsonDiffEntry::Kind::Removed:
        return QStringLiteral("removed");
    case JsonDiffEntry::Kind::Changed:
        return QStringLiteral("changed");
    }
    return QString();
}

QStringList defaultJsonDiffArrayKeys()
{
    return {QStringLiteral("sku"), QStringLiteral("id"), QStringLiteral("entity_id"), QStringLiteral("item_id"),
        QStringLiteral("code"), QStringLiteral("attribute_code")};
}

} // namespace studio
