#pragma once

#include "core/common/result.h"
#include "core/json/jsonerror.h"

#include <QString>

namespace studio::json {

/// The result of checking JSON typed in an editor: the error (none when valid) and where it is in the text.
struct JsonTextCheck
{
    JsonError error;
    /// Index in the QString (UTF-16 units) of the problem, for QTextCursor::setPosition; -1 when valid.
    qsizetype position = -1;

    bool ok() const { return !error.isError(); }
};

/// Helpers for JSON edited as text (request bodies in the console, payload templates): check, format, minify.
/// Synchronous: for texts up to a few megabytes; larger documents go through prettyPrint() on a worker.
namespace jsontext {

/// Checks `text` as one JSON document. An empty or white-space-only text is reported as JsonErrorCode::Empty
/// (an editor may treat that as "no body").
JsonTextCheck check(const QString& text);

/// `text` pretty-printed with 2-space indentation; the Error names the line and column when it is not valid.
Result<QString> format(const QString& text);

/// `text` without white space between tokens; the Error names the line and column when it is not valid.
Result<QString> minify(const QString& text);

} // namespace jsontext

} // namespace studio::json
