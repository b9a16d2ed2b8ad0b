#pragma once

// The one JSON scanner behind the validator, the pretty printer and the minifier: a single pass over UTF-8
// bytes with an explicit stack (no recursion, so 100,000 nested arrays are just data), reporting structure to a
// handler. Private to core/json; a template so that each use compiles to a tight loop.
//
// Handler:
//   void begin(bool object);                    // '{' or '['
//   void end(bool object, qint64 items);        // '}' or ']', with the number of members
//   void key(const char* text, qint64 size);    // the key as written, quotes included
//   void scalar(ScalarKind kind, const char* text, qint64 size); // string (quotes included), number, literal
//   bool checkpoint(qint64 offset);             // every ~64 KB; false stops with JsonErrorCode::Cancelled

#include "core/json/jsonerror.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace studio::json::detail {

enum class ScalarKind : quint8 { String, Number, True, False, Null };

/// Character classes of the scanner's tables.
struct ScanTables
{
    // In strings: 0 plain ASCII, 1 '"', 2 '\\', 3 control (< 0x20), 4 non-ASCII.
    unsigned char string[256];
    // 1 for JSON white space.
    unsigned char space[256];
    // 1 for characters that may not directly follow a number or literal (they would make it another token).
    unsigned char word[256];

    constexpr ScanTables()
        : string()
        , space()
        , word()
    {
        for (int c = 0; c < 256; ++c) {
            string[c] = c < 0x20 ? 3 : c >= 0x80 ? 4 : 0;
            word[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '+'
                || c == '-' || c == '_';
        }
        string[int('"')] = 1;
        string[int('\\')] = 2;
        space[int(' ')] = space[int('\t')] = space[int('\n')] = space[int('\r')] = 1;
    }
};

inline constexpr ScanTables scanTables {};

/// Length of the valid UTF-8 sequence at p (lead byte >= 0x80), or 0 when invalid. `end` bounds the read.
inline int utf8SequenceLength(const unsigned char* p, const unsigned char* end)
{
    const unsigned char c = p[0];
    const auto cont = [&](int i, unsigned char low = 0x80, unsigned char high = 0xBF) {
        return p + i < end && p[i] >= low && p[i] <= high;
    };
    if (c >= 0xC2 && c <= 0xDF)
        return cont(1) ? 2 : 0;
    if (c == 0xE0)
        return cont(1, 0xA0) && cont(2) ? 3 : 0;
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
        return cont(1) && cont(2) ? 3 : 0;
    if (c == 0xED) // no UTF-16 surrogates encoded as UTF-8
        return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
    if (c == 0xF0)
        return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (c >= 0xF1 && c <= 0xF3)
        return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (c == 0xF4)
        return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}

inline int hexValue(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// Reads 4 hex digits at p; -1 when they are not there.
inline int hex4(const unsigned char* p, const unsigned char* end)
{
    if (end - p < 4)
        return -1;
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexValue(p[i]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

/// Bytes of a UTF-8 byte order mark at the start of `data`, else 0.
inline qint64 bomLength(const char* data, qint64 size)
{
    return size >= 3 && static_cast<unsigned char>(data[0]) == 0xEF && static_cast<unsigned char>(data[1]) == 0xBB
            && static_cast<unsigned char>(data[2]) == 0xBF
        ? 3
        : 0;
}

template<class Handler> class Scanner final
{
public:
    Scanner(const char* data, qint64 size, Handler& handler)
        : m_begin(reinterpret_cast<const unsigned char*>(data))
        , m_end(m_begin + size)
        , m_handler(handler)
    { }

    JsonError run()
    {
        const unsigned char* p = m_begin + bomLength(reinterpret_cast<const char*>(m_begin), m_end - m_begin);
        if (m_end - m_begin >= 2
            && ((m_begin[0] == 0xFF && m_begin[1] == 0xFE) || (m_begin[0] == 0xFE && m_begin[1] == 0xFF)))
            return error(JsonErrorCode::Utf16, m_begin);
        p = skipSpace(p);
        if (p == m_end)
            return error(JsonErrorCode::Empty, p);

        State state = State::Value;
        const unsigned char* nextCheckpoint = p + CheckpointBytes;
        while (true) {
            p = skipSpace(p);
            if (p >= nextCheckpoint) {
                if (!m_handler.checkpoint(p - m_begin))
                    return error(JsonErrorCode::Cancelled, p);
                nextCheckpoint = p + CheckpointBytes;
            }
            if (p == m_end) {
                if (m_stack.empty() && state == State::AfterValue)
                    return JsonError();
                return error(JsonErrorCode::UnexpectedEnd, p);
            }
            const unsigned char c = *p;
            switch (state) {
            case State::ValueOrClose:
                if (c == ']') {
                    closeContainer(false);
                    ++p;
                    state = State::AfterValue;
                    if (m_stack.empty())
                        return finishTop(p);
                    break;
                }
                ++m_stack.back().items;
                [[fallthrough]];
            case State::Value:
                if (c == '{' || c == '[') {
                    const bool object = c == '{';
                    m_stack.push_back(Level {object, 0});
                    m_handler.begin(object);
                    ++p;
                    state = object ? State::KeyOrClose : State::ValueOrClose;
                    break;
                }
                if (const JsonError e = scalar(p); e.isError())
                    return e;
                state = State::AfterValue;
                if (m_stack.empty())
                    return finishTop(p);
                break;
            case State::KeyOrClose:
                if (c == '}') {
                    closeContainer(true);
                    ++p;
                    state = State::AfterValue;
                    if (m_stack.empty())
                        return finishTop(p);
                    break;
                }
                [[fallthrough]];
            case State::Key: {
                if (c != '"')
                    return error(JsonErrorCode::ExpectedKey, p);
                const unsigned char* start = p;
                if (const JsonError e = string(p); e.isError())
                    return e;
                ++m_stack.back().items;
                m_handler.key(reinterpret_cast<const char*>(start), p - start);
                state = State::Colon;
                break;
            }
            case State::Colon:
                if (c != ':')
                    return error(JsonErrorCode::ExpectedColon, p);
                ++p;
                state = State::Value;
                break;
            case State::AfterValue: {
                Level& level = m_stack.back();
                if (c == ',') {
                    ++p;
                    if (level.object) {
                        state = State::Key;
                    } else {
                        ++level.items;
                        state = State::Value;
                    }
                } else if (c == (level.object ? '}' : ']')) {
                    closeContainer(level.object);
                    ++p;
                    state = State::AfterValue;
                    if (m_stack.empty())
                        return finishTop(p);
                } else {
                    return error(
                        level.object ? JsonErrorCode::ExpectedCommaOrBrace : JsonErrorCode::ExpectedCommaOrBracket, p);
                }
                break;
            }
            }
        }
    }

private:
    static constexpr qint64 CheckpointBytes = 64 * 1024;

    enum class State { Value, ValueOrClose, KeyOrClose, Key, Colon, AfterValue };

    struct Level
    {
        bool object;
        qint64 items;
    };

    JsonError error(JsonErrorCode code, const unsigned char* at) const
    {
        return JsonError::at(
            code, QByteArrayView(reinterpret_cast<const char*>(m_begin), m_end - m_begin), at - m_begin);
    }

    const unsigned char* skipSpace(const unsigned char* p) const
    {
        while (p < m_end && scanTables.space[*p])
            ++p;
        return p;
    }

    void closeContainer(bool object)
    {
        const qint64 items = m_stack.back().items;
        m_stack.pop_back();
        m_handler.end(object, items);
    }

    /// After the top-level value: only white space may follow.
    JsonError finishTop(const unsigned char* p) const
    {
        p = skipSpace(p);
        if (p != m_end)
            return error(JsonErrorCode::TrailingContent, p);
        return JsonError();
    }

    /// A string starting at the '"' at p; p ends past the closing quote.
    JsonError string(const unsigned char*& p) const
    {
        const unsigned char* s = p + 1;
        while (true) {
            while (s < m_end && scanTables.string[*s] == 0)
                ++s;
            if (s == m_end)
                return error(JsonErrorCode::UnexpectedEnd, s);
            switch (scanTables.string[*s]) {
            case 1:
                p = s + 1;
                return JsonError();
            case 2: {
                if (s + 1 == m_end)
                    return error(JsonErrorCode::UnexpectedEnd, s + 1);
                const unsigned char e = s[1];
                if (e == 'u') {
                    const int unit = hex4(s + 2, m_end);
                    if (unit < 0)
                        return error(m_end - (s + 2) < 4 && allHex(s + 2) ? JsonErrorCode::UnexpectedEnd
                                                                          : JsonErrorCode::InvalidUnicodeEscape,
                            m_end - (s + 2) < 4 && allHex(s + 2) ? m_end : s);
                    if (unit >= 0xDC00 && unit <= 0xDFFF)
                        return error(JsonErrorCode::LoneSurrogate, s);
                    if (unit >= 0xD800 && unit <= 0xDBFF) {
                        const int low = (m_end - s >= 12 && s[6] == '\\' && s[7] == 'u') ? hex4(s + 8, m_end) : -1;
                        if (low < 0xDC00 || low > 0xDFFF) {
                            if (cutLowSurrogate(s + 6))
                                return error(JsonErrorCode::UnexpectedEnd, m_end);
                            return error(JsonErrorCode::LoneSurrogate, s);
                        }
                        s += 12;
                    } else {
                        s += 6;
                    }
                } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r'
                    || e == 't') {
                    s += 2;
                } else {
                    return error(JsonErrorCode::InvalidEscape, s + 1);
                }
                break;
            }
            case 3:
                return error(JsonErrorCode::ControlCharacter, s);
            default: {
                const int length = utf8SequenceLength(s, m_end);
                if (length == 0)
                    return error(
                        cutUtf8(s) ? JsonErrorCode::UnexpectedEnd : JsonErrorCode::InvalidUtf8, cutUtf8(s) ? m_end : s);
                s += length;
                break;
            }
            }
        }
    }

    /// The text ends within what could be the \\uDC00-\\uDFFF escape completing a surrogate pair at p.
    bool cutLowSurrogate(const unsigned char* p) const
    {
        static constexpr char Pattern[] = "\\uDC";
        const qint64 rest = m_end - p;
        if (rest <= 0 || rest >= 6)
            return false;
        for (qint64 i = 0; i < rest; ++i) {
            const unsigned char c = p[i];
            const bool fits = i < 2 ? c == static_cast<unsigned char>(Pattern[i])
                : i == 2            ? (c == 'd' || c == 'D')
                : i == 3            ? ((c >= 'c' && c <= 'f') || (c >= 'C' && c <= 'F'))
                                    : hexValue(c) >= 0;
            if (!fits)
                return false;
        }
        return true;
    }

    /// The text ends within a UTF-8 sequence that was valid so far (a body cut by a size limit).
    bool cutUtf8(const unsigned char* p) const
    {
        const unsigned char lead = *p;
        const qint64 need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        if (lead < 0xC2 || lead > 0xF4 || m_end - p >= need)
            return false;
        for (const unsigned char* q = p + 1; q < m_end; ++q) {
            if ((*q & 0xC0) != 0x80)
                return false;
        }
        return true;
    }

    bool allHex(const unsigned char* p) const
    {
        for (; p < m_end; ++p) {
            if (hexValue(*p) < 0)
                return false;
        }
        return true;
    }

    /// A string, number or literal at p.
    JsonError scalar(const unsigned char*& p) const
    {
        const unsigned char* start = p;
        const unsigned char c = *p;
        if (c == '"') {
            if (const JsonError e = string(p); e.isError())
                return e;
            m_handler.scalar(ScalarKind::String, reinterpret_cast<const char*>(start), p - start);
            return JsonError();
        }
        if (c == '-' || (c >= '0' && c <= '9'))
            return number(p);
        if (c == 't' || c == 'f' || c == 'n') {
            static constexpr const char* Words[] = {"true", "false", "null"};
            const int which = c == 't' ? 0 : c == 'f' ? 1 : 2;
            const qint64 length = which == 1 ? 5 : 4;
            const qint64 available = m_end - p;
            const qint64 compare = std::min(length, available);
            if (std::memcmp(p, Words[which], size_t(compare)) != 0)
                return error(JsonErrorCode::InvalidLiteral, start);
            if (available < length)
                return error(JsonErrorCode::UnexpectedEnd, m_end);
            p += length;
            if (p < m_end && scanTables.word[*p])
                return error(JsonErrorCode::InvalidLiteral, start);
            m_handler.scalar(which == 0 ? ScalarKind::True
                    : which == 1        ? ScalarKind::False
                                        : ScalarKind::Null,
                reinterpret_cast<const char*>(start), length);
            return JsonError();
        }
        if (scanTables.word[c])
            return error(c == '+' || c == '.' ? JsonErrorCode::InvalidNumber : JsonErrorCode::InvalidLiteral, start);
        return error(JsonErrorCode::ExpectedValue, start);
    }

    JsonError number(const unsigned char*& p) const
    {
        const unsigned char* start = p;
        const auto digit = [this](const unsigned char* q) { return q < m_end && *q >= '0' && *q <= '9'; };
        const auto invalid = [&](const unsigned char* at) {
            return error(
                at == m_end ? JsonErrorCode::UnexpectedEnd : JsonErrorCode::InvalidNumber, at == m_end ? at : start);
        };
        if (*p == '-')
            ++p;
        if (!digit(p))
            return invalid(p);
        if (*p == '0') {
            ++p;
        } else {
            while (digit(p))
                ++p;
        }
        if (p < m_end && *p == '.') {
            ++p;
            if (!digit(p))
                return invalid(p);
            while (digit(p))
                ++p;
        }
        if (p < m_end && (*p == 'e' || *p == 'E')) {
            ++p;
            if (p < m_end && (*p == '+' || *p == '-'))
                ++p;
            if (!digit(p))
                return invalid(p);
            while (digit(p))
                ++p;
        }
        if (p < m_end && scanTables.word[*p])
            return error(JsonErrorCode::InvalidNumber, start);
        m_handler.scalar(ScalarKind::Number, reinterpret_cast<const char*>(start), p - start);
        return JsonError();
    }

    const unsigned char* const m_begin;
    const unsigned char* const m_end;
    Handler& m_handler;
    std::vector<Level> m_stack;
};

/// Scans `size` bytes of `data` as one JSON document, reporting to `handler`; returns the first error.
template<class Handler> JsonError scanJson(const char* data, qint64 size, Handler& handler)
{
    return Scanner<Handler>(data, size, handler).run();
}

} // namespace studio::json::detail
