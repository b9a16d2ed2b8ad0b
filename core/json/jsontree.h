#pragma once

#include "core/json/jsonerror.h"

#include <atomic>
#include <QByteArrayView>
#include <QString>
#include <vector>

namespace studio::json {

/// The type of a JSON value.
enum class JsonType : quint8 { Object, Array, String, Number, Boolean, Null };

/// The translated name of a type ("object", "array", "string", ...), for tree views.
QString jsonTypeName(JsonType type);

/// One value of a document as the tree view shows it, located by its byte range so that its own children can be
/// listed later, only when the user expands it.
struct JsonNode
{
    QString key;       ///< member name (decoded) when the parent is an object
    qint64 index = -1; ///< position among the parent's children (also for object members)
    JsonType type = JsonType::Null;
    /// Scalars: the value as text (strings decoded, without quotes), cut at the preview length with "…".
    QString preview;
    qint64 childCount = 0; ///< members or elements of an object or array
    qint64 begin = 0;      ///< byte offset of the value's first byte
    qint64 end = 0;        ///< byte offset just past the value

    bool isContainer() const { return type == JsonType::Object || type == JsonType::Array; }
};

/// A batch of children, and where to continue when there are more.
struct JsonChildren
{
    std::vector<JsonNode> nodes;
    qint64 resumeOffset = -1; ///< pass to the next listChildren() call; -1 when all are listed
    bool cancelled = false;
};

/// The document's top-level value, with its child count (one pass over the document: call it on a worker for
/// big ones). `json` must be valid JSON (see validateJson).
JsonNode rootNode(QByteArrayView json, int previewChars = 200, const std::atomic_bool* cancel = nullptr);

/// Up to `maxCount` children of the container `parent`, starting at its first child (resumeOffset < 0) or where
/// an earlier call stopped; indexes continue from `firstIndex`. Costs one pass over the bytes of the listed
/// children. `json` must be valid JSON.
JsonChildren listChildren(QByteArrayView json, const JsonNode& parent, qint64 resumeOffset, qint64 firstIndex,
    qint64 maxCount, int previewChars = 200, const std::atomic_bool* cancel = nullptr);

/// The text of a JSON string token (quotes included), escapes decoded; at most `maxChars` characters (then "…"
/// is appended) when maxChars >= 0.
QString decodeJsonString(QByteArrayView token, qsizetype maxChars = -1);

/// The jq path step for an object member: .name, or ["odd key"] when the name is not an identifier.
QString pathStepForKey(const QString& key);
/// The jq path step for an array element: [3].
QString pathStepForIndex(qint64 index);

} // namespace studio::json
