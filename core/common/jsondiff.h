#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace studio {

/// One difference between two JSON documents.
struct JsonDiffEntry
{
    enum class Kind {
        Added,   ///< present only in the new document
        Removed, ///< present only in the old document
        Changed, ///< present in both with a different value (or a different type)
    };

    Kind kind = Kind::Changed;
    /// JSON Pointer (RFC 6901) of the value: "/items/3/price". Indexes are those of the new document, except
    /// for removed array items, which carry their index in the old one.
    QString pointer;
    /// The same place for people: "items[3].price", `["odd key"]` for keys that are not identifiers; "" = root.
    QString path;
    QJsonValue oldValue; ///< Undefined for Added
    QJsonValue newValue; ///< Undefined for Removed

    bool operator==(const JsonDiffEntry&) const = default;
};

/// How diffJson() compares.
struct JsonDiffOptions
{
    /// Keys that identify objects inside arrays, in order of preference (e.g. "sku", "id"). When every element
    /// of both arrays is an object holding the same one of these keys with a unique scalar value, elements are
    /// matched by it, so a reordered list shows only the real changes. Otherwise arrays compare index by index.
    QStringList arrayKeys;
    /// Stop after this many entries (0 = no limit); JsonDiffResult::truncated tells that it stopped.
    int maxEntries = 0;
};

/// The differences, in document order.
struct JsonDiffResult
{
    QList<JsonDiffEntry> entries;
    bool truncated = false;
};

/// Structural difference of two JSON values. Numbers compare numerically (1 equals 1.0), object key order
/// does not matter, and a value whose type changed is one Changed entry (not a removal and an addition).
JsonDiffResult diffJson(const QJsonValue& oldValue, const QJsonValue& newValue, const JsonDiffOptions& options = {});

/// diffJson() of two JSON texts, e.g. two response bodies from the request log. A top-level scalar (Magento answers
/// a bare string or number for some calls) is accepted. Fails naming which side is not JSON, with line and column.
Result<JsonDiffResult> diffJsonText(
    const QByteArray& oldText, const QByteArray& newText, const JsonDiffOptions& options = {});

/// "added", "removed", "changed".
QString jsonDiffKindId(JsonDiffEntry::Kind kind);

/// Keys worth trying for Magento and most REST payloads: sku, id, entity_id, item_id, code, attribute_code.
QStringList defaultJsonDiffArrayKeys();

} // namespace studio
