#pragma once

#include "core/json/textdocument.h"

#include <QStringView>
#include <vector>

namespace studio::json {

/// What a span of a line is, for syntax colouring.
enum class TokenKind : quint8 {
    Plain,
    Key,         ///< JSON object key
    String,      ///< JSON string value, XML attribute value
    Number,      ///< JSON number
    Keyword,     ///< true, false, null; XML entity
    Punctuation, ///< { } [ ] : ,
    Tag,         ///< XML tag name with its < > / brackets
    Attribute,   ///< XML attribute name
    Comment,     ///< XML comment, processing instruction, CDATA markers
    Error,       ///< a character that cannot be there
};

/// A coloured span: [start, start + length) in the line's UTF-16 units.
struct TokenSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
    TokenKind kind = TokenKind::Plain;
};

/// Spans of one line of JSON (any layout: pretty, minified or being typed). `inString` says whether the line
/// starts inside a string (a wrapped or windowed piece of a long line) and, on return, whether it ends in one.
/// White space is not reported.
std::vector<TokenSpan> lexJsonLine(QStringView line, bool& inString);

/// Whether the JSON text in [from, to) of `document` ends inside a string, for colouring a window that starts
/// in the middle of a very long line.
bool endsInsideJsonString(const TextDocument& document, qint64 from, qint64 to);

/// Spans of one line of XML. `state` carries constructs that span lines (comments, tags, CDATA) from one line
/// to the next; start with 0.
std::vector<TokenSpan> lexXmlLine(QStringView line, int& state);

} // namespace studio::json
