#pragma once

#include "core/json/textdocument.h"

#include <atomic>
#include <functional>
#include <QByteArrayView>
#include <QString>

namespace studio::json {

/// Indented XML and where it went wrong.
struct XmlPrettyResult
{
    TextDocument document; ///< the indented text (up to the error, if any), with fold ranges of elements
    QString error;         ///< empty when the XML is well-formed
    qint64 errorLine = 0;  ///< 1-based, in the input
    qint64 errorColumn = 0;
};

/// Re-indents XML (2 spaces per level; white-space-only text between elements is dropped, other text kept) with
/// QXmlStreamReader/Writer, recording fold ranges for elements that span lines. Runs on the calling thread (meant
/// for a worker); `progress` and `cancel` as for prettyPrint().
XmlPrettyResult prettyXml(QByteArrayView xml, const std::atomic_bool* cancel = nullptr,
    const std::function<void(const TextDocument&, double)>& progress = {});

} // namespace studio::json
