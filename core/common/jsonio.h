#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace studio {

/// The keys that read best at the top of an object: format version, identity, kind, type.
const QStringList& defaultLeadingKeys();

/// JSON as the workspace stores it: git-friendly and stable, so that an edit changes only the lines it must.
/// 2-space indent, one key per line, a trailing newline. Keys named in `leadingKeys` come first, in that order;
/// the rest follow sorted by name. Empty objects and arrays are written as `{}` and `[]`.
QByteArray toStableJson(const QJsonValue& value, const QStringList& leadingKeys = defaultLeadingKeys());

/// Parses a JSON document. On failure the Error names `fileName`, the 1-based line, the column and the reason.
Result<QJsonDocument> parseJson(const QByteArray& bytes, const QString& fileName);

/// Reads and parses a JSON file whose top level must be an object.
Result<QJsonObject> readJsonObjectFile(const QString& path);

/// 1-based line and column of a byte offset, for error messages.
struct TextPosition
{
    int line = 1;
    int column = 1;
};
TextPosition positionOfOffset(const QByteArray& bytes, qsizetype offset);

/// The line where `"key"` first appears as an object key in `bytes`, or 0 if not found; for errors about
/// values that parse but make no sense.
int lineOfKey(const QByteArray& bytes, const QString& key);

} // namespace studio
