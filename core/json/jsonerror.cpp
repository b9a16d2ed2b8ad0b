#include "core/json/jsonerror.h"

#include <QCoreApplication>

namespace studio::json {

TextPosition positionOf(QByteArrayView text, qint64 offset)
{
    TextPosition position;
    const qint64 end = std::min<qint64>(offset, text.size());
    const char* const data = text.data();
    qint64 lineStart = 0;
    for (qint64 i = 0; i < end; ++i) {
        if (data[i] == '\n') {
            ++position.line;
            lineStart = i + 1;
        }
    }
    qint64 column = 1;
    for (qint64 i = lineStart; i < end; ++i) {
        // Count characters: every byte that does not continue a UTF-8 sequence starts one.
        if ((static_cast<unsigned char>(data[i]) & 0xC0) != 0x80)
            ++column;
    }
    position.column = column;
    return position;
}

namespace {

QString describeFound(const JsonError& error)
{
    if (error.atEnd)
        return QCoreApplication::translate("JsonError", "the end of the text");
    const unsigned char c = error.found;
    if (c >= 0x21 && c < 0x7F)
        return QStringLiteral("'%1'").arg(QLatin1Char(char(c)));
    if (c == ' ')
        return QCoreApplication::translate("JsonError", "a space");
    if (c == '\n' || c == '\r')
        return QCoreApplication::translate("JsonError", "a line break");
    if (c == '\t')
        return QCoreApplication::translate("JsonError", "a tab");
    return QCoreApplication::translate("JsonError", "byte 0x%1").arg(c, 2, 16, QLatin1Char('0'));
}

} // namespace

QString JsonError::message() const
{
    const QString found = describeFound(*this);
    switch (code) {
    case JsonErrorCode::None:
        return QString();
    case JsonErrorCode::Empty:
        return QCoreApplication::translate("JsonError", "the text is empty: no JSON value");
    case JsonErrorCode::Utf16:
        return QCoreApplication::translate("JsonError", "the text is UTF-16; JSON must be UTF-8");
    case JsonErrorCode::ExpectedValue:
        return QCoreApplication::translate("JsonError", "expected a value, found %1").arg(found);
    case JsonErrorCode::ExpectedKey:
        return QCoreApplication::translate("JsonError", "expected a key in double quotes, found %1").arg(found);
    case JsonErrorCode::ExpectedColon:
        return QCoreApplication::translate("JsonError", "expected ':' after the key, found %1").arg(found);
    case JsonErrorCode::ExpectedCommaOrBrace:
        return QCoreApplication::translate("JsonError", "expected ',' or '}' after an object member, found %1")
            .arg(found);
    case JsonErrorCode::ExpectedCommaOrBracket:
        return QCoreApplication::translate("JsonError", "expected ',' or ']' after an array element, found %1")
            .arg(found);
    case JsonErrorCode::UnexpectedEnd:
        return QCoreApplication::translate("JsonError", "the text ends before the JSON value is complete (truncated?)");
    case JsonErrorCode::TrailingContent:
        return QCoreApplication::translate("JsonError", "unexpected %1 after the end of the JSON value").arg(found);
    case JsonErrorCode::InvalidEscape:
        return QCoreApplication::translate("JsonError", "invalid escape sequence in a string: backslash before %1")
            .arg(found);
    case JsonErrorCode::InvalidUnicodeEscape:
        return QCoreApplication::translate("JsonError", "\\u must be followed by four hexadecimal digits");
    case JsonErrorCode::LoneSurrogate:
        return QCoreApplication::translate(
            "JsonError", "a \\u surrogate escape without its pair (not a valid Unicode character)");
    case JsonErrorCode::ControlCharacter:
        return QCoreApplication::translate("JsonError", "unescaped control character (%1) in a string").arg(found);
    case JsonErrorCode::InvalidUtf8:
        return QCoreApplication::translate("JsonError", "invalid UTF-8 (%1)").arg(found);
    case JsonErrorCode::InvalidNumber:
        return QCoreApplication::translate("JsonError", "invalid number");
    case JsonErrorCode::InvalidLiteral:
        return QCoreApplication::translate("JsonError", "invalid word: only true, false and null are allowed");
    case JsonErrorCode::Cancelled:
        return QCoreApplication::translate("JsonError", "cancelled");
    case JsonErrorCode::TooLarge:
        return QCoreApplication::translate("JsonError", "too large for the viewer");
    }
    return QString();
}

QString JsonError::toString() const
{
    if (!isError())
        return QString();
    if (offset < 0)
        return message();
    return QCoreApplication::translate("JsonError", "Line %1, column %2 (byte %3): %4")
        .arg(QString::number(line), QString::number(column), QString::number(offset), message());
}

JsonError JsonError::at(JsonErrorCode code, QByteArrayView text, qint64 offset)
{
    JsonError error;
    error.code = code;
    error.offset = offset;
    const TextPosition position = positionOf(text, offset);
    error.line = position.line;
    error.column = position.column;
    error.atEnd = offset >= text.size();
    error.found = error.atEnd ? 0 : static_cast<unsigned char>(text[offset]);
    return error;
}

} // namespace studio::json
