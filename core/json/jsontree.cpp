#include "core/json/jsontree.h"

#include "core/json/jsonscan_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace studio::json {

QString jsonTypeName(JsonType type)
{
    switch (type) {
    case JsonType::Object:
        return QCoreApplication::translate("JsonTree", "object");
    case JsonType::Array:
        return QCoreApplication::translate("JsonTree", "array");
    case JsonType::String:
        return QCoreApplication::translate("JsonTree", "string");
    case JsonType::Number:
        return QCoreApplication::translate("JsonTree", "number");
    case JsonType::Boolean:
        return QCoreApplication::translate("JsonTree", "boolean");
    case JsonType::Null:
        return QCoreApplication::translate("JsonTree", "null");
    }
    return QString();
}

namespace {

/// Walks over a valid document. Offsets are into `m_data`.
class Walker final
{
public:
    static constexpr qint64 CancelCheckBytes = 4 * 1024 * 1024;

    Walker(QByteArrayView json, const std::atomic_bool* cancel)
        : m_data(reinterpret_cast<const unsigned char*>(json.data()))
        , m_size(json.size())
        , m_cancel(cancel)
    { }

    qint64 skipSpace(qint64 p) const
    {
        while (p < m_size && detail::scanTables.space[m_data[p]])
            ++p;
        return p;
    }

    /// Past the string whose opening quote is at p.
    qint64 skipString(qint64 p) const
    {
        ++p;
        while (p < m_size) {
            const unsigned char c = m_data[p];
            if (c == '"')
                return p + 1;
            p += c == '\\' ? 2 : 1;
        }
        return m_size;
    }

    /// Past the container opening at p; `items` gets its number of direct children.
    qint64 skipContainer(qint64 p, qint64& items)
    {
        const unsigned char close = m_data[p] == '{' ? '}' : ']';
        const qint64 first = skipSpace(p + 1);
        if (first < m_size && m_data[first] == close) {
            items = 0;
            return first + 1;
        }
        qint64 commas = 0;
        qint64 depth = 1;
        p = first;
        qint64 nextCheck = p + CancelCheckBytes;
        while (p < m_size) {
            const unsigned char c = m_data[p];
            switch (c) {
            case '"':
                p = skipString(p);
                continue;
            case '{':
            case '[':
                ++depth;
                break;
            case '}':
            case ']':
                if (--depth == 0) {
                    items = commas + 1;
                    return p + 1;
                }
                break;
            case ',':
                if (depth == 1)
                    ++commas;
                break;
            default:
                break;
            }
            ++p;
            if (p >= nextCheck) {
                if (cancelled())
                    break;
                nextCheck = p + CancelCheckBytes;
            }
        }
        items = commas + 1;
        return m_size;
    }

    /// Past a number or literal at p.
    qint64 skipWord(qint64 p) const
    {
        while (p < m_size && detail::scanTables.word[m_data[p]])
            ++p;
        return p;
    }

    /// The value starting at p, as a node (key and index left to the caller).
    JsonNode value(qint64 p, int previewChars)
    {
        JsonNode node;
        node.begin = p;
        const unsigned char c = p < m_size ? m_data[p] : 0;
        if (c == '{' || c == '[') {
            node.type = c == '{' ? JsonType::Object : JsonType::Array;
            node.end = skipContainer(p, node.childCount);
        } else if (c == '"') {
            node.type = JsonType::String;
            node.end = skipString(p);
            node.preview = decodeJsonString(view(node.begin, node.end), previewChars);
        } else {
            node.end = skipWord(p);
            node.type = c == 't' || c == 'f' ? JsonType::Boolean : c == 'n' ? JsonType::Null : JsonType::Number;
            const qint64 shown = previewChars >= 0 ? std::min<qint64>(node.end - p, previewChars) : node.end - p;
            node.preview = QString::fromLatin1(reinterpret_cast<const char*>(m_data + p), shown);
            if (shown < node.end - p)
                node.preview += QChar(0x2026);
        }
        return node;
    }

    QByteArrayView view(qint64 from, qint64 to) const
    {
        return QByteArrayView(reinterpret_cast<const char*>(m_data + from), to - from);
    }

    unsigned char at(qint64 p) const { return p < m_size ? m_data[p] : 0; }
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

private:
    const unsigned char* m_data;
    qint64 m_size;
    const std::atomic_bool* m_cancel;
};

void appendCodePoint(QString& out, char32_t code)
{
    if (code > 0xFFFF) {
        out += QChar(QChar::highSurrogate(code));
        out += QChar(QChar::lowSurrogate(code));
    } else {
        out += QChar(char16_t(code));
    }
}

} // namespace

JsonNode rootNode(QByteArrayView json, int previewChars, const std::atomic_bool* cancel)
{
    Walker walker(json, cancel);
    const qint64 start = walker.skipSpace(detail::bomLength(json.data(), json.size()));
    JsonNode node = walker.value(start, previewChars);
    node.index = 0;
    return node;
}

JsonChildren listChildren(QByteArrayView json, const JsonNode& parent, qint64 resumeOffset, qint64 firstIndex,
    qint64 maxCount, int previewChars, const std::atomic_bool* cancel)
{
    JsonChildren result;
    if (!parent.isContainer() || parent.childCount == 0)
        return result;
    Walker walker(json, cancel);
    const bool object = parent.type == JsonType::Object;
    const unsigned char close = object ? '}' : ']';
    qint64 p = resumeOffset >= 0 ? resumeOffset : parent.begin + 1;
    qint64 index = firstIndex;
    result.nodes.reserve(size_t(std::min(maxCount, parent.childCount - firstIndex)));
    while (true) {
        p = walker.skipSpace(p);
        if (walker.at(p) == ',')
            p = walker.skipSpace(p + 1);
        if (p >= parent.end - 1 || walker.at(p) == close)
            return result;
        if (qint64(result.nodes.size()) >= maxCount) {
            result.resumeOffset = p;
            return result;
        }
        if (walker.cancelled()) {
            result.cancelled = true;
            result.resumeOffset = p;
            return result;
        }
        QString key;
        if (object) {
            const qint64 keyEnd = walker.skipString(p);
            key = decodeJsonString(walker.view(p, keyEnd));
            p = walker.skipSpace(keyEnd);
            p = walker.skipSpace(p + 1); // the ':'
        }
        JsonNode node = walker.value(p, previewChars);
        node.key = std::move(key);
        node.index = index++;
        p = node.end;
        result.nodes.push_back(std::move(node));
    }
}

QString decodeJsonString(QByteArrayView token, qsizetype maxChars)
{
    QString out;
    const char* p = token.data();
    const char* end = token.data() + token.size();
    if (p < end && *p == '"')
        ++p;
    if (end > p && end[-1] == '"')
        --end;
    const qsizetype limit = maxChars >= 0 ? maxChars : std::numeric_limits<qsizetype>::max();
    out.reserve(std::min<qsizetype>(end - p, maxChars >= 0 ? maxChars + 1 : end - p));
    while (p < end) {
        if (out.size() >= limit) {
            out += QChar(0x2026);
            return out;
        }
        const auto c = static_cast<unsigned char>(*p);
        if (c == '\\' && p + 1 < end) {
            const char e = p[1];
            p += 2;
            switch (e) {
            case 'b':
                out += QChar(u'\b');
                break;
            case 'f':
                out += QChar(u'\f');
                break;
            case 'n':
                out += QChar(u'\n');
                break;
            case 'r':
                out += QChar(u'\r');
                break;
            case 't':
                out += QChar(u'\t');
                break;
            case 'u': {
                const int unit = detail::hex4(
                    reinterpret_cast<const unsigned char*>(p), reinterpret_cast<const unsigned char*>(end));
                if (unit < 0) {
                    out += QChar(QChar::ReplacementCharacter);
                    break;
                }
                p += 4;
                char32_t code = char32_t(unit);
                if (unit >= 0xD800 && unit <= 0xDBFF && end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
                    const int low = detail::hex4(
                        reinterpret_cast<const unsigned char*>(p + 2), reinterpret_cast<const unsigned char*>(end));
                    if (low >= 0xDC00 && low <= 0xDFFF) {
                        code = QChar::surrogateToUcs4(char16_t(unit), char16_t(low));
                        p += 6;
                    }
                }
                if (code >= 0xD800 && code <= 0xDFFF)
                    code = QChar::ReplacementCharacter;
                appendCodePoint(out, code);
                break;
            }
            default:
                out += QLatin1Char(e);
                break;
            }
            continue;
        }
        if (c < 0x80) {
            out += QLatin1Char(char(c));
            ++p;
            continue;
        }
        const int length = detail::utf8SequenceLength(
            reinterpret_cast<const unsigned char*>(p), reinterpret_cast<const unsigned char*>(end));
        if (length == 0) {
            out += QChar(QChar::ReplacementCharacter);
            ++p;
            continue;
        }
        out += QString::fromUtf8(p, length);
        p += length;
    }
    return out;
}

QString pathStepForKey(const QString& key)
{
    bool identifier = !key.isEmpty() && !key.front().isDigit();
    for (const QChar c : key) {
        if (!(c.unicode() < 0x80 && (c.isLetterOrNumber() || c == u'_'))) {
            identifier = false;
            break;
        }
    }
    if (identifier)
        return u'.' + key;
    // A JSON string literal is exactly jq's quoting.
    const QByteArray quoted = QJsonDocument(QJsonArray {key}).toJson(QJsonDocument::Compact);
    return u'[' + QString::fromUtf8(quoted.mid(1, quoted.size() - 2)) + u']';
}

QString pathStepForIndex(qint64 index)
{
    return u'[' + QString::number(index) + u']';
}

} // namespace studio::json
