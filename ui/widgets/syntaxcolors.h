#pragma once

#include "core/json/syntaxlexer.h"

#include <QColor>
#include <QPalette>

namespace studio::ui {

/// Colours of JSON/XML tokens and viewer marks, chosen for the palette's brightness so that light and dark
/// themes both read well. One place, so the viewer, the tree and the request-body editor agree.
struct SyntaxColors
{
    QColor key;
    QColor string;
    QColor number;
    QColor keyword;
    QColor punctuation;
    QColor tag;
    QColor attribute;
    QColor comment;
    QColor error;
    QColor match;        ///< background of a search match
    QColor currentMatch; ///< background of the selected search match
    QColor foldMarker;

    /// The colours for `palette` (dark when its window colour is dark).
    static SyntaxColors forPalette(const QPalette& palette);
    /// The colour of a token kind; invalid (use the text colour) for plain text.
    QColor color(json::TokenKind kind) const;
};

/// The colour of an HTTP status code by class: 2xx green, 3xx blue, 4xx orange, 5xx red, none grey.
QColor statusColor(int status, const QPalette& palette);

} // namespace studio::ui
