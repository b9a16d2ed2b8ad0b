#include "core/json/syntaxlexer.h"

namespace studio::json {

namespace {

bool isJsonSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
}

/// Past the closing quote of a string whose content starts at i, or the line's end (then `open` is set).
qsizetype stringEnd(QStringView line, qsizetype i, bool& open)
{
    const qsizetype n = line.size();
    while (i < n) {
        const QChar c = line[i];
        if (c == u'\\') {
            i += 2;
            continue;
        }
        if (c == u'"') {
            open = false;
            return i + 1;
        }
        ++i;
    }
    open = true;
    return n;
}

} // namespace

std::vector<TokenSpan> lexJsonLine(QStringView line, bool& inString)
{
    std::vector<TokenSpan> spans;
    const qsizetype n = line.size();
    qsizetype i = 0;
    if (inString) {
        bool open = false;
        const qsizetype end = stringEnd(line, 0, open);
        spans.push_back(TokenSpan {0, end, TokenKind::String});
        inString = open;
        i = end;
    }
    while (i < n) {
        const QChar c = line[i];
        if (isJsonSpace(c)) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        if (c == u'"') {
            bool open = false;
            i = stringEnd(line, i + 1, open);
            inString = open;
            qsizetype after = i;
            while (after < n && isJsonSpace(line[after]))
                ++after;
            const bool key = !open && after < n && line[after] == u':';
            spans.push_back(TokenSpan {start, i - start, key ? TokenKind::Key : TokenKind::String});
            continue;
        }
        if (c == u'{' || c == u'}' || c == u'[' || c == u']' || c == u':' || c == u',') {
            spans.push_back(TokenSpan {start, 1, TokenKind::Punctuation});
            ++i;
            continue;
        }
        if (c == u'-' || c.isDigit()) {
            ++i;
            while (i < n
                && (line[i].isDigit() || line[i] == u'.' || line[i] == u'e' || line[i] == u'E' || line[i] == u'+'
                    || line[i] == u'-'))
                ++i;
            spans.push_back(TokenSpan {start, i - start, TokenKind::Number});
            continue;
        }
        if (c.isLetter()) {
            while (i < n && line[i].isLetterOrNumber())
                ++i;
            const QStringView word = line.mid(start, i - start);
            const bool keyword = word == u"true" || word == u"false" || word == u"null";
            spans.push_back(TokenSpan {start, i - start, keyword ? TokenKind::Keyword : TokenKind::Error});
            continue;
        }
        spans.push_back(TokenSpan {start, 1, TokenKind::Error});
        ++i;
    }
    return spans;
}

bool endsInsideJsonString(const TextDocument& document, qint64 from, qint64 to)
{
    bool inside = false;
    bool escaped = false;
    while (from < to) {
        const QByteArrayView piece = document.piece(from, to);
        for (const char c : piece) {
            if (escaped)
                escaped = false;
            else if (inside && c == '\\')
                escaped = true;
            else if (c == '"')
                inside = !inside;
        }
        from += piece.size();
    }
    return inside;
}

namespace {

enum XmlState { InText = 0, InComment = 1, InTag = 2, InCdata = 3, InInstruction = 4 };

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u':' || c == u'-' || c == u'.';
}

} // namespace

std::vector<TokenSpan> lexXmlLine(QStringView line, int& state)
{
    std::vector<TokenSpan> spans;
    const qsizetype n = line.size();
    qsizetype i = 0;
    const auto closeBlock = [&](QStringView terminator, TokenKind kind) {
        const qsizetype end = line.indexOf(terminator, i);
        const qsizetype stop = end < 0 ? n : end + terminator.size();
        spans.push_back(TokenSpan {i, stop - i, kind});
        i = stop;
        if (end >= 0)
            state = InText;
    };
    while (i < n) {
        switch (state) {
        case InComment:
            closeBlock(u"-->", TokenKind::Comment);
            continue;
        case InCdata:
            closeBlock(u"]]>", TokenKind::Plain);
            continue;
        case InInstruction:
            closeBlock(u"?>", TokenKind::Comment);
            continue;
        case InTag: {
            const QChar c = line[i];
            if (c.isSpace()) {
                ++i;
            } else if (c == u'>' || (c == u'/' && i + 1 < n && line[i + 1] == u'>')) {
                const qsizetype length = c == u'>' ? 1 : 2;
                spans.push_back(TokenSpan {i, length, TokenKind::Tag});
                i += length;
                state = InText;
            } else if (c == u'"' || c == u'\'') {
                const qsizetype end = line.indexOf(c, i + 1);
                const qsizetype stop = end < 0 ? n : end + 1;
                spans.push_back(TokenSpan {i, stop - i, TokenKind::String});
                i = stop;
            } else if (isNameChar(c)) {
                const qsizetype start = i;
                while (i < n && isNameChar(line[i]))
                    ++i;
                spans.push_back(TokenSpan {start, i - start, TokenKind::Attribute});
            } else {
                spans.push_back(TokenSpan {i, 1, TokenKind::Punctuation});
                ++i;
            }
            continue;
        }
        default:
            break;
        }
        // Text.
        const QChar c = line[i];
        if (c == u'<') {
            const QStringView rest = line.mid(i);
            if (rest.startsWith(u"<!--")) {
                state = InComment;
                continue;
            }
            if (rest.startsWith(u"<![CDATA[")) {
                spans.push_back(TokenSpan {i, 9, TokenKind::Comment});
                i += 9;
                state = InCdata;
                continue;
            }
            if (rest.startsWith(u"<?") || rest.startsWith(u"<!")) {
                state = InInstruction;
                if (rest.startsWith(u"<!"))
                    state = InTag;
                continue;
            }
            const qsizetype start = i;
            ++i;
            if (i < n && line[i] == u'/')
                ++i;
            while (i < n && isNameChar(line[i]))
                ++i;
            spans.push_back(TokenSpan {start, i - start, TokenKind::Tag});
            state = InTag;
            continue;
        }
        if (c == u'&') {
            const qsizetype end = line.indexOf(u';', i);
            if (end > i && end - i < 12) {
                spans.push_back(TokenSpan {i, end - i + 1, TokenKind::Keyword});
                i = end + 1;
                continue;
            }
        }
        const qsizetype start = i;
        while (i < n && line[i] != u'<' && line[i] != u'&')
            ++i;
        if (i == start)
            ++i;
        spans.push_back(TokenSpan {start, i - start, TokenKind::Plain});
    }
    return spans;
}

} // namespace studio::json
