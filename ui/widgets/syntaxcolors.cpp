#include "ui/widgets/syntaxcolors.h"

namespace studio::ui {

namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

SyntaxColors SyntaxColors::forPalette(const QPalette& palette)
{
    SyntaxColors c;
    if (isDark(palette)) {
        c.key = QColor(0x9c, 0xdc, 0xfe);
        c.string = QColor(0xce, 0x91, 0x78);
        c.number = QColor(0xb5, 0xce, 0xa8);
        c.keyword = QColor(0x56, 0x9c, 0xd6);
        c.punctuation = QColor(0xd4, 0xd4, 0xd4);
        c.tag = QColor(0x56, 0x9c, 0xd6);
        c.attribute = QColor(0x9c, 0xdc, 0xfe);
        c.comment = QColor(0x6a, 0x99, 0x55);
        c.error = QColor(0xf4, 0x47, 0x47);
        c.match = QColor(0x61, 0x51, 0x1f);
        c.currentMatch = QColor(0xa8, 0x6f, 0x00);
        c.foldMarker = QColor(0xa0, 0xa0, 0xa0);
    } else {
        c.key = QColor(0x00, 0x51, 0x9e);
        c.string = QColor(0xa3, 0x15, 0x15);
        c.number = QColor(0x09, 0x86, 0x58);
        c.keyword = QColor(0x00, 0x00, 0xff);
        c.punctuation = QColor(0x40, 0x40, 0x40);
        c.tag = QColor(0x80, 0x00, 0x00);
        c.attribute = QColor(0xe5, 0x00, 0x00);
        c.comment = QColor(0x00, 0x80, 0x00);
        c.error = QColor(0xd0, 0x00, 0x00);
        c.match = QColor(0xff, 0xe8, 0x80);
        c.currentMatch = QColor(0xff, 0x96, 0x32);
        c.foldMarker = QColor(0x70, 0x70, 0x70);
    }
    return c;
}

QColor SyntaxColors::color(json::TokenKind kind) const
{
    switch (kind) {
    case json::TokenKind::Plain:
        return QColor();
    case json::TokenKind::Key:
        return key;
    case json::TokenKind::String:
        return string;
    case json::TokenKind::Number:
        return number;
    case json::TokenKind::Keyword:
        return keyword;
    case json::TokenKind::Punctuation:
        return punctuation;
    case json::TokenKind::Tag:
        return tag;
    case json::TokenKind::Attribute:
        return attribute;
    case json::TokenKind::Comment:
        return comment;
    case json::TokenKind::Error:
        return error;
    }
    return QColor();
}

QColor statusColor(int status, const QPalette& palette)
{
    const bool dark = isDark(palette);
    if (status >= 200 && status < 300)
        return dark ? QColor(0x4e, 0xc9, 0x6b) : QColor(0x1a, 0x7f, 0x37);
    if (status >= 300 && status < 400)
        return dark ? QColor(0x6c, 0xb6, 0xff) : QColor(0x09, 0x69, 0xda);
    if (status >= 400 && status < 500)
        return dark ? QColor(0xff, 0xa6, 0x57) : QColor(0xbc, 0x4c, 0x00);
    if (status >= 500)
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xcf, 0x22, 0x2e);
    return palette.color(QPalette::PlaceholderText);
}

} // namespace studio::ui
