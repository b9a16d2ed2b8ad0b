#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace studio::interop {

/// Limits that keep a hostile or broken YAML file from exhausting memory or the stack.
struct YamlLimits
{
    int maxDepth = 256;           ///< nesting of mappings and sequences
    qint64 maxNodes = 20'000'000; ///< nodes produced, aliases expanded (a "billion laughs" file stops here)
};

/// Parses a YAML document into JSON values with the YAML 1.2 core schema: plain scalars become null (~, null),
/// booleans (true/false), integers (decimal, 0x, 0o), floats, or strings; quoted scalars and !!str are always
/// strings; .inf and .nan stay strings (JSON has no such numbers). Anchors and aliases are expanded. Mapping keys
/// become strings. A syntax error names `fileName`, the line and the column; so does a limit that was hit.
Result<QJsonValue> parseYaml(const QByteArray& yaml, const QString& fileName, const YamlLimits& limits = {});

} // namespace studio::interop
