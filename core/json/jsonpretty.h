#pragma once

#include "core/json/jsonerror.h"
#include "core/json/textdocument.h"

#include <atomic>
#include <functional>
#include <QByteArray>
#include <QByteArrayView>

namespace studio::json {

/// How the pretty printer lays out JSON.
struct PrettyOptions
{
    /// Spaces per nesting level.
    int indentWidth = 2;
    /// Deeper levels keep this indentation: 10,000 nested arrays would otherwise need 100 MB of spaces.
    int maxIndentLevels = 100;
    /// Stop with JsonErrorCode::TooLarge when the text would grow beyond this; 0: no limit.
    qint64 maxOutputBytes = 0;
};

/// What the pretty printer produced: the text with its line index and fold ranges, or, when the input is not
/// valid JSON, the text up to the first error (complete folds only) and the error.
struct PrettyResult
{
    TextDocument document;
    JsonError error;
};

/// Pretty-prints JSON without building a DOM: one pass, values copied as written (numbers keep every digit,
/// strings keep their escapes), 2-space indent, "key": value, empty containers as {} and []. Runs on the
/// calling thread (meant for a worker): `progress`, if given, receives snapshots of the text so far with the
/// fraction of the input done (the first after about 64 KB of input, then about every 100 ms); `cancel` stops it
/// (JsonErrorCode::Cancelled).
PrettyResult prettyPrint(QByteArrayView json, const PrettyOptions& options = {},
    const std::atomic_bool* cancel = nullptr, const std::function<void(const TextDocument&, double)>& progress = {});

/// Checks that `json` is one valid JSON document; the first error, or none.
JsonError validateJson(QByteArrayView json);

/// The pretty text as one byte array, for small documents (request bodies, copied values). On invalid input
/// `error` (if given) is set and the result is empty.
QByteArray prettyJson(QByteArrayView json, JsonError* error = nullptr, const PrettyOptions& options = {});

/// The same document without any white space between tokens. On invalid input `error` is set and the result
/// is empty.
QByteArray minifyJson(QByteArrayView json, JsonError* error = nullptr);

} // namespace studio::json
