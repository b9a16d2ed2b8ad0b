#include "core/common/jsonio.h"

#include "core/common/atomicfile.h"

#include <algorithm>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonParseError>

namespace studio {

namespace {

void writeString(QByteArray& out, const QString& text)
{
    // QJsonDocument already escapes exactly as JSON requires; reuse it for one string.
    const QByteArray quoted = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    out.append(quoted.constData() + 1, quoted.size() - 2);
}

void writeValue(QByteArray& out, const QJsonValue& value, int depth, const QStringList& leadingKeys);

void indent(QByteArray& out, int depth)
{
    out.append(QByteArray(depth * 2, ' '));
}

QStringList orderedKeys(const QJsonObject& object, const QStringList& leadingKeys)
{
    QStringList keys;
    keys.reserve(object.size());
    for (const QString& key : leadingKeys) {
        if (object.contains(key))
            keys.append(key);
    }
    QStringList rest = object.keys(); // already sorted by QJsonObject
    rest.erase(std::remove_if(rest.begin(), rest.end(), [&](const QString& k) { return leadingKeys.contains(k); }),
        rest.end());
    keys.append(rest);
    return keys;
}

void writeObject(QByteArray& out, const QJsonObject& object, int depth, const QStringList& leadingKeys)
{
    if (object.isEmpty()) {
        out.append("{}");
        return;
    }
    out.append("{\n");
    const QStringList keys = orderedKeys(object, leadingKeys);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        indent(out, depth + 1);
        writeString(out, keys.at(i));
        out.append(": ");
        writeValue(out, object.value(keys.at(i)), depth + 1, leadingKeys);
        out.append(i + 1 < keys.size() ? ",\n" : "\n");
    }
    indent(out, depth);
    out.append('}');
}

void writeArray(QByteArray& out, const QJsonArray& array, int depth, const QStringList& leadingKeys)
{
    if (array.isEmpty()) {
        out.append("[]");
        return;
    }
    out.append("[\n");
    for (qsizetype i = 0; i < array.size(); ++i) {
        indent(out, depth + 1);
        writeValue(out, array.at(i), depth + 1, leadingKeys);
        out.append(i + 1 < array.size() ? ",\n" : "\n");
    }
    indent(out, depth);
    out.append(']');
}

void writeValue(QByteArray& out, const QJsonValue& value, int depth, const QStringList& leadingKeys)
{
    switch (value.type()) {
    case QJsonValue::Object:
        writeObject(out, value.toObject(), depth, leadingKeys);
        break;
    case QJsonValue::Array:
        writeArray(out, value.toArray(), depth, leadingKeys);
        break;
    case QJsonValue::String:
        writeString(out, value.toString());
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        break;
    case QJsonValue::Bool:
    case QJsonValue::Double: {
        const QByteArray scalar = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
        out.append(scalar.constData() + 1, scalar.size() - 2);
        break;
    }
    }
}

} // namespace

const QStringList& defaultLeadingKeys()
{
    static const QStringList keys {QStringLiteral("formatVersion"), QStringLiteral("id"), QStringLiteral("name"),
        QStringLiteral("kind"), QStringLiteral("type")};
    return keys;
}

QByteArray toStableJson(const QJsonValue& value, const QStringList& leadingKeys)
{
    QByteArray out;
    writeValue(out, value, 0, leadingKeys);
    out.append('\n');
    return out;
}

TextPosition positionOfOffset(const QByteArray& bytes, qsizetype offset)
{
    TextPosition pos;
    const qsizetype end = std::min(offset, bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (bytes.at(i) == '\n') {
            ++pos.line;
            pos.column = 1;
        } else {
            ++pos.column;
        }
    }
    return pos;
}

int lineOfKey(const QByteArray& bytes, const QString& key)
{
    const QByteArray needle = '"' + key.toUtf8() + '"';
    qsizetype from = 0;
    while (true) {
        const qsizetype at = bytes.indexOf(needle, from);
        if (at < 0)
            return 0;
        qsizetype after = at + needle.size();
        while (after < bytes.size() && (bytes.at(after) == ' ' || bytes.at(after) == '\t'))
            ++after;
        if (after < bytes.size() && bytes.at(after) == ':')
            return positionOfOffset(bytes, at).line;
        from = after;
    }
}

Result<QJsonDocument> parseJson(const QByteArray& bytes, const QString& fileName)
{
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const TextPosition pos = positionOfOffset(bytes, parseError.offset);
        return Error {QCoreApplication::translate("studio", "column %1: invalid JSON: %2")
                          .arg(pos.column)
                          .arg(parseError.errorString()),
            fileName, pos.line};
    }
    return doc;
}

Result<QJsonObject> readJsonObjectFile(const QString& path)
{
    Result<QByteArray> bytes = readWholeFile(path);
    if (!bytes)
        return bytes.error();
    Result<QJsonDocument> doc = parseJson(bytes.value(), path);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return Error {QCoreApplication::translate("studio", "expected a JSON object at the top level"), path, 1};
    return doc->object();
}

} // namespace studio
