#pragma once

#include <QByteArrayView>
#include <QString>

namespace studio::json {

/// What a body holds, which decides how the viewer shows it.
enum class ContentKind : quint8 {
    Empty,
    Json,   ///< pretty, tree and raw
    Html,   ///< raw and rendered as text (e.g. Magento's maintenance page or a PHP error page)
    Xml,    ///< pretty (indented) and raw
    Text,   ///< raw
    Binary, ///< hex
};

/// The kind of a body from its Content-Type header and its first bytes. The bytes win when they contradict the
/// header the way servers do in practice: an HTML error page served as application/json, JSON served as
/// text/plain or text/html. `head` should be the first few kilobytes.
ContentKind detectContent(QByteArrayView head, QByteArrayView contentType);

/// "JSON", "HTML", ..., for the viewer's status line.
QString contentKindName(ContentKind kind);

} // namespace studio::json
