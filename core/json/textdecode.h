#pragma once

#include <QByteArrayView>
#include <QString>
#include <vector>

namespace studio::json {

/// UTF-8 bytes decoded for display, with the byte behind every UTF-16 unit, so that a click, a selection or a
/// search match found in the text maps back to exact byte offsets.
struct DecodedText
{
    QString text;
    /// offsets[i] = byte offset (relative to the decoded bytes) of text[i]; one extra entry holds the byte count.
    /// Empty when not requested.
    std::vector<qint32> offsets;
};

/// How decodeUtf8 treats characters that would not show.
enum class ControlCharacters {
    Keep,    ///< as they are (for search)
    Visible, ///< tab to spaces up to the next multiple of 4, other controls as their Unicode symbol (U+2400 + c)
};

/// Decodes UTF-8; each invalid byte becomes U+FFFD (one per byte, so offsets stay exact).
DecodedText decodeUtf8(QByteArrayView bytes, ControlCharacters controls, bool withOffsets);

} // namespace studio::json
