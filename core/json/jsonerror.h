#pragma once

#include <QByteArrayView>
#include <QString>

namespace studio::json {

/// Why bytes are not a JSON document (RFC 8259, UTF-8).
enum class JsonErrorCode : quint8 {
    None,
    Empty,                  ///< nothing but white space
    Utf16,                  ///< starts with a UTF-16 byte order mark
    ExpectedValue,          ///< a value was due: object, array, string, number, true, false or null
    ExpectedKey,            ///< an object member must start with a string key
    ExpectedColon,          ///< a key must be followed by ':'
    ExpectedCommaOrBrace,   ///< after an object member: ',' or '}'
    ExpectedCommaOrBracket, ///< after an array element: ',' or ']'
    UnexpectedEnd,          ///< the text ends inside a value (truncated)
    TrailingContent,        ///< something follows the complete value
    InvalidEscape,          ///< a backslash not followed by one of " \ / b f n r t u
    InvalidUnicodeEscape,   ///< \u not followed by four hexadecimal digits
    LoneSurrogate,          ///< a \uD800-\uDFFF escape without its partner
    ControlCharacter,       ///< an unescaped character below U+0020 in a string
    InvalidUtf8,            ///< bytes that are not valid UTF-8
    InvalidNumber,          ///< e.g. 01, 1., .5, 1e, +1, -
    InvalidLiteral,         ///< e.g. True, NaN, undefined, nul
    Cancelled,              ///< the work was cancelled before it finished
    TooLarge,               ///< the output would not fit the viewer's limits
};

/// 1-based line and column of a byte offset in UTF-8 text; the column counts characters (code points), not bytes.
struct TextPosition
{
    qint64 line = 1;
    qint64 column = 1;
};

/// Line and column of `offset` in `text` (scans up to the offset).
TextPosition positionOf(QByteArrayView text, qint64 offset);

/// The first problem in a JSON text: what, and where (byte offset and the line and column it falls on).
struct JsonError
{
    JsonErrorCode code = JsonErrorCode::None;
    qint64 offset = -1; ///< byte offset of the problem in the input (BOM included)
    qint64 line = 0;    ///< 1-based
    qint64 column = 0;  ///< 1-based, in characters
    /// The byte found at `offset` (for the message); 0 at the end of the text.
    unsigned char found = 0;
    bool atEnd = false; ///< the problem is the end of the text

    bool isError() const { return code != JsonErrorCode::None; }
    /// What is wrong, in one translated phrase: "expected ':' after the key, found '='".
    QString message() const;
    /// Where and what: "Line 3, column 7 (byte 52): expected ':' after the key, found '='".
    QString toString() const;

    /// An error of `code` at `offset` of `text`, with line, column and the byte found there filled in.
    static JsonError at(JsonErrorCode code, QByteArrayView text, qint64 offset);
};

} // namespace studio::json
