#include "core/json/textdecode.h"

#include "core/json/jsonscan_p.h"

namespace studio::json {

DecodedText decodeUtf8(QByteArrayView bytes, ControlCharacters controls, bool withOffsets)
{
    DecodedText out;
    const auto* const begin = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* const end = begin + bytes.size();
    out.text.reserve(bytes.size());
    if (withOffsets)
        out.offsets.reserve(size_t(bytes.size()) + 1);
    const bool visible = controls == ControlCharacters::Visible;
    qsizetype column = 0;
    const auto push = [&](char16_t unit, const unsigned char* at) {
        out.text.append(QChar(unit));
        if (withOffsets)
            out.offsets.push_back(qint32(at - begin));
        ++column;
    };
    for (const unsigned char* p = begin; p < end;) {
        const unsigned char c = *p;
        if (c < 0x80) {
            if (visible && c < 0x20) {
                if (c == '\t') {
                    do
                        push(u' ', p);
                    while (column % 4 != 0);
                } else {
                    push(char16_t(0x2400 + c), p);
                }
            } else if (visible && c == 0x7F) {
                push(char16_t(0x2421), p);
            } else {
                push(char16_t(c), p);
            }
            ++p;
            continue;
        }
        const int length = detail::utf8SequenceLength(p, end);
        if (length == 0) {
            push(char16_t(QChar::ReplacementCharacter), p);
            ++p;
            continue;
        }
        char32_t code = length == 2 ? char32_t(c & 0x1F) : length == 3 ? char32_t(c & 0x0F) : char32_t(c & 0x07);
        for (int i = 1; i < length; ++i)
            code = (code << 6) | char32_t(p[i] & 0x3F);
        if (code > 0xFFFF) {
            push(QChar::highSurrogate(code), p);
            push(QChar::lowSurrogate(code), p);
        } else {
            push(char16_t(code), p);
        }
        p += length;
    }
    if (withOffsets)
        out.offsets.push_back(qint32(bytes.size()));
    return out;
}

} // namespace studio::json
