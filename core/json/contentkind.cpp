#include "core/json/contentkind.h"

#include "core/json/jsonscan_p.h"

#include <QCoreApplication>

namespace studio::json {

namespace {

bool startsWithNoCase(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size() && text.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

/// Text after the BOM and leading white space.
QByteArrayView trimmedHead(QByteArrayView head)
{
    qint64 p = detail::bomLength(head.data(), head.size());
    while (p < head.size() && detail::scanTables.space[static_cast<unsigned char>(head[p])])
        ++p;
    return head.sliced(p);
}

/// NUL bytes, or many bytes that are neither printable, white space nor valid UTF-8.
bool looksBinary(QByteArrayView head)
{
    if (head.size() >= 2
        && ((static_cast<unsigned char>(head[0]) == 0xFF && static_cast<unsigned char>(head[1]) == 0xFE)
            || (static_cast<unsigned char>(head[0]) == 0xFE && static_cast<unsigned char>(head[1]) == 0xFF)))
        return false; // UTF-16 text
    qint64 suspicious = 0;
    const auto* p = reinterpret_cast<const unsigned char*>(head.data());
    const auto* const end = p + head.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c == 0)
            return true;
        if (c < 0x80) {
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                ++suspicious;
            ++p;
            continue;
        }
        const int length = detail::utf8SequenceLength(p, end);
        if (length == 0) {
            // A sequence cut by the end of the head is not evidence.
            if (end - p < 4)
                break;
            ++suspicious;
            ++p;
        } else {
            p += length;
        }
    }
    return suspicious * 10 > head.size();
}

ContentKind sniff(QByteArrayView text)
{
    if (text.isEmpty())
        return ContentKind::Empty;
    const char first = text[0];
    if (first == '{' || first == '[' || first == '"')
        return ContentKind::Json;
    if (first == '<') {
        if (startsWithNoCase(text, "<!doctype html") || startsWithNoCase(text, "<html")
            || startsWithNoCase(text, "<head") || startsWithNoCase(text, "<body") || startsWithNoCase(text, "<!--")
            || startsWithNoCase(text, "<br") || startsWithNoCase(text, "<b>") || startsWithNoCase(text, "<div")
            || startsWithNoCase(text, "<p>") || startsWithNoCase(text, "<h1") || startsWithNoCase(text, "<title"))
            return ContentKind::Html;
        return ContentKind::Xml;
    }
    // Bare scalars are JSON only when that is all there is (a number alone in a body), so text stays text.
    const JsonError error = [&] {
        struct Quiet
        {
            void begin(bool) { }
            void end(bool, qint64) { }
            void key(const char*, qint64) { }
            void scalar(detail::ScalarKind, const char*, qint64) { }
            bool checkpoint(qint64) { return true; }
        } quiet;
        return detail::scanJson(text.data(), text.size(), quiet);
    }();
    if (!error.isError())
        return ContentKind::Json;
    return ContentKind::Text;
}

} // namespace

ContentKind detectContent(QByteArrayView head, QByteArrayView contentType)
{
    if (head.isEmpty())
        return ContentKind::Empty;
    const QByteArray type = contentType.toByteArray().toLower();
    const qsizetype parameters = type.indexOf(';');
    const QByteArray mime = (parameters < 0 ? type : type.left(parameters)).trimmed();
    const QByteArrayView text = trimmedHead(head);
    if (looksBinary(head))
        return ContentKind::Binary;
    const ContentKind sniffed = sniff(text);
    const bool jsonType = mime == "application/json" || mime.endsWith("+json") || mime == "text/json"
        || mime == "application/problem+json" || mime == "application/x-ndjson";
    const bool xmlType = mime == "application/xml" || mime == "text/xml" || mime.endsWith("+xml");
    const bool htmlType = mime == "text/html" || mime == "application/xhtml+xml";
    if (sniffed == ContentKind::Json || sniffed == ContentKind::Html)
        return sniffed;
    if (sniffed == ContentKind::Xml)
        return htmlType ? ContentKind::Html : ContentKind::Xml;
    if (sniffed == ContentKind::Empty)
        return ContentKind::Text; // white space only
    // Text that does not start like JSON, HTML or XML: trust the header (for JSON, the validator will say what
    // is wrong with it).
    if (jsonType)
        return ContentKind::Json;
    if (htmlType)
        return ContentKind::Html;
    if (xmlType)
        return ContentKind::Xml;
    return ContentKind::Text;
}

QString contentKindName(ContentKind kind)
{
    switch (kind) {
    case ContentKind::Empty:
        return QCoreApplication::translate("ContentKind", "empty");
    case ContentKind::Json:
        return QCoreApplication::translate("ContentKind", "JSON");
    case ContentKind::Html:
        return QCoreApplication::translate("ContentKind", "HTML");
    case ContentKind::Xml:
        return QCoreApplication::translate("ContentKind", "XML");
    case ContentKind::Text:
        return QCoreApplication::translate("ContentKind", "text");
    case ContentKind::Binary:
        return QCoreApplication::translate("ContentKind", "binary");
    }
    return QString();
}

} // namespace studio::json
