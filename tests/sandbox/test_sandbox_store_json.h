#pragma once

// JSON text in the sandbox tests, written as tokens: JSON({"a": [1, 2]}).
// moc (Qt 6.4) cannot parse raw string literals that contain quotes, and clang-format spaces the tokens out,
// so the text is compacted here: whitespace outside string literals is dropped and adjacent literals are joined.

#include <QByteArray>

namespace studio::test {

inline QByteArray compactJsonText(const char* text)
{
    QByteArray out;
    bool inString = false;
    bool escaped = false;
    for (const char* p = text; *p; ++p) {
        const char c = *p;
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"') {
                // "ab" "cd" (a literal that clang-format split) is one string: "abcd".
                const char* next = p + 1;
                while (*next == ' ' || *next == '\n' || *next == '\t' || *next == '\r')
                    ++next;
                if (*next == '"') {
                    out.chop(1);
                    p = next;
                } else {
                    inString = false;
                }
            }
            continue;
        }
        if (c == '"')
            inString = true;
        if (c != ' ' && c != '\n' && c != '\t' && c != '\r')
            out += c;
    }
    return out;
}

} // namespace studio::test

#define JSON(...) studio::test::compactJsonText(#__VA_ARGS__)
