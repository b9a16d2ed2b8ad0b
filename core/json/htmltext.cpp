#include "core/json/htmltext.h"

#include <QByteArrayList>
#include <QString>

namespace studio::json {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

/// Elements whose content is not text a reader sees.
bool isHiddenContent(const QByteArray& tag)
{
    return tag == "script" || tag == "style" || tag == "noscript" || tag == "template" || tag == "svg"
        || tag == "iframe" || tag == "object";
}

/// Elements that start and end a line.
bool isBlock(const QByteArray& tag)
{
    static const QByteArrayList blocks = {"address", "article", "aside", "blockquote", "body", "dd", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "html", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "title", "tr",
        "ul", "head", "option", "select", "legend", "caption", "details", "summary"};
    return blocks.contains(tag);
}

void appendUtf8(QByteArray& out, char32_t code)
{
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        code = 0xFFFD;
    const char32_t units[] = {code};
    out += QString::fromUcs4(units, 1).toUtf8();
}

/// The character of an entity name (without & and ;), or 0 when unknown.
char32_t namedEntity(const QByteArray& name)
{
    struct Entity
    {
        const char* name;
        char32_t code;
    };
    static constexpr Entity entities[] = {{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
        {"nbsp", 0xA0}, {"copy", 0xA9}, {"reg", 0xAE}, {"trade", 0x2122}, {"hellip", 0x2026}, {"mdash", 0x2014},
        {"ndash", 0x2013}, {"laquo", 0xAB}, {"raquo", 0xBB}, {"euro", 0x20AC}, {"pound", 0xA3}, {"yen", 0xA5},
        {"cent", 0xA2}, {"sect", 0xA7}, {"deg", 0xB0}, {"plusmn", 0xB1}, {"times", 0xD7}, {"divide", 0xF7},
        {"middot", 0xB7}, {"bull", 0x2022}, {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D},
        {"auml", 0xE4}, {"ouml", 0xF6}, {"uuml", 0xFC}, {"Auml", 0xC4}, {"Ouml", 0xD6}, {"Uuml", 0xDC}, {"szlig", 0xDF},
        {"eacute", 0xE9}, {"egrave", 0xE8}, {"agrave", 0xE0}, {"ccedil", 0xE7}, {"shy", 0xAD}, {"zwnj", 0x200C},
        {"rarr", 0x2192}, {"larr", 0x2190}};
    for (const Entity& entity : entities) {
        if (name == entity.name)
            return entity.code;
    }
    return 0;
}

/// Writes text with collapsed white space and at most one empty line in a row.
class TextWriter final
{
public:
    void text(char c)
    {
        if (isSpace(c) && !m_pre) {
            m_space = true;
            return;
        }
        if (m_pre && c == '\n') {
            m_out.append('\n');
            m_newlines = 1;
            m_space = false;
            return;
        }
        flushBreaks();
        if (m_space && m_newlines == 0 && !m_out.isEmpty())
            m_out.append(' ');
        m_space = false;
        m_newlines = 0;
        m_out.append(c);
    }

    void textBytes(const QByteArray& bytes)
    {
        for (const char c : bytes)
            text(c);
    }

    /// The next text starts on a new line (`empty`: after an empty line).
    void lineBreak(bool empty = false)
    {
        m_pendingBreaks = std::max(m_pendingBreaks, empty ? 2 : 1);
        m_space = false;
    }

    void setPre(bool pre) { m_pre = pre; }

    QByteArray take()
    {
        while (m_out.endsWith('\n') || m_out.endsWith(' '))
            m_out.chop(1);
        return std::move(m_out);
    }

private:
    void flushBreaks()
    {
        if (m_out.isEmpty()) {
            m_pendingBreaks = 0;
            return;
        }
        while (m_pendingBreaks > m_newlines) {
            m_out.append('\n');
            ++m_newlines;
        }
        m_pendingBreaks = 0;
    }

    QByteArray m_out;
    int m_pendingBreaks = 0;
    int m_newlines = 0;
    bool m_space = false;
    bool m_pre = false;
};

} // namespace

QByteArray htmlToText(QByteArrayView html, const std::atomic_bool* cancel)
{
    TextWriter out;
    const char* p = html.data();
    const char* const end = p + html.size();
    qint64 sinceCheck = 0;
    while (p < end) {
        if (++sinceCheck == 65536) {
            sinceCheck = 0;
            if (cancel && cancel->load(std::memory_order_relaxed))
                break;
        }
        const char c = *p;
        if (c == '&') {
            const char* q = p + 1;
            while (q < end && q - p < 12 && *q != ';' && !isSpace(*q) && *q != '&' && *q != '<')
                ++q;
            if (q < end && *q == ';') {
                const QByteArray name(p + 1, q - p - 1);
                char32_t code = 0;
                if (name.startsWith("#x") || name.startsWith("#X"))
                    code = char32_t(name.mid(2).toUInt(nullptr, 16));
                else if (name.startsWith('#'))
                    code = char32_t(name.mid(1).toUInt());
                else
                    code = namedEntity(name);
                if (code) {
                    QByteArray utf8;
                    appendUtf8(utf8, code == 0xA0 ? char32_t(' ') : code);
                    out.textBytes(utf8);
                    p = q + 1;
                    continue;
                }
            }
            out.text(c);
            ++p;
            continue;
        }
        if (c != '<') {
            out.text(c);
            ++p;
            continue;
        }
        // Markup.
        if (end - p >= 4 && p[1] == '!' && p[2] == '-' && p[3] == '-') {
            const QByteArrayView rest(p + 4, end - p - 4);
            const qsizetype close = rest.indexOf("-->");
            p = close < 0 ? end : p + 4 + close + 3;
            continue;
        }
        const char* q = p + 1;
        const bool closing = q < end && *q == '/';
        if (closing)
            ++q;
        QByteArray tag;
        while (q < end && ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9'))) {
            tag.append(lower(*q));
            ++q;
        }
        if (tag.isEmpty() && q < end && *q != '!' && *q != '?') {
            out.text(c); // a lone '<' in text
            ++p;
            continue;
        }
        // The end of the tag, skipping quoted attribute values.
        char quote = 0;
        while (q < end && (quote || *q != '>')) {
            if (quote && *q == quote)
                quote = 0;
            else if (!quote && (*q == '"' || *q == '\''))
                quote = *q;
            ++q;
        }
        p = q < end ? q + 1 : end;
        if (!closing && isHiddenContent(tag)) {
            const QByteArray closeTag = "</" + tag;
            const char* found = end;
            for (const char* s = p; s + closeTag.size() <= end; ++s) {
                if (*s == '<' && QByteArrayView(s, closeTag.size()).compare(closeTag, Qt::CaseInsensitive) == 0) {
                    found = s;
                    break;
                }
            }
            p = found;
            continue;
        }
        if (tag == "br") {
            out.lineBreak();
        } else if (tag == "pre") {
            out.lineBreak();
            out.setPre(!closing);
        } else if (tag == "p" || (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6')) {
            out.lineBreak(true);
        } else if (tag == "li" && !closing) {
            out.lineBreak();
            out.textBytes("\xE2\x80\xA2 "); // U+2022 BULLET
        } else if ((tag == "td" || tag == "th") && !closing) {
            out.text(' ');
            out.text(' ');
        } else if (isBlock(tag)) {
            out.lineBreak();
        }
    }
    return out.take();
}

} // namespace studio::json
