#include "core/json/jsontext.h"

#include "core/json/jsonpretty.h"

namespace studio::json::jsontext {

namespace {

/// The error as an Error for Result: the full sentence, with the line for tools that show it separately.
Error toError(const JsonError& error)
{
    return Error {error.toString(), QString(), int(std::min<qint64>(error.line, INT_MAX))};
}

qsizetype positionInText(const QByteArray& utf8, qint64 offset)
{
    return QString::fromUtf8(utf8.constData(), std::min<qint64>(offset, utf8.size())).size();
}

} // namespace

JsonTextCheck check(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    JsonTextCheck result;
    result.error = validateJson(utf8);
    if (result.error.isError())
        result.position = positionInText(utf8, result.error.offset);
    return result;
}

Result<QString> format(const QString& text)
{
    JsonError error;
    const QByteArray pretty = prettyJson(text.toUtf8(), &error);
    if (error.isError())
        return toError(error);
    return QString::fromUtf8(pretty);
}

Result<QString> minify(const QString& text)
{
    JsonError error;
    const QByteArray compact = minifyJson(text.toUtf8(), &error);
    if (error.isError())
        return toError(error);
    return QString::fromUtf8(compact);
}

} // namespace studio::json::jsontext
