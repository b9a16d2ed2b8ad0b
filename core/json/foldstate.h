#pragma once

#include "core/json/textdocument.h"

#include <vector>

namespace studio::json {

/// Which fold ranges of a document are folded, and what that does to the lines a view shows: the mapping
/// between document lines and visible rows. Kept apart from the widget (and compiled optimised) because folding
/// everything in a 4-million-line document touches every fold range, and that must take milliseconds.
class FoldState final
{
public:
    /// Starts over for a document with `foldCount` fold ranges; nothing folded.
    void reset(size_t foldCount);

    bool isFolded(size_t index) const { return index < m_folded.size() && m_folded[index]; }
    /// Folds or unfolds range `index` of `folds` (the document's fold ranges).
    void setFolded(const std::vector<Fold>& folds, size_t index, bool folded);
    /// Folds or unfolds every range; with `keepOutermost`, a range starting on line 0 stays open.
    void setAll(const std::vector<Fold>& folds, bool folded, bool keepOutermost);

    /// Lines hidden by folded ranges.
    qint64 hiddenLines() const { return m_hiddenTotal; }
    /// The row showing `line` (the row of its folded range's first line when it is hidden).
    qint64 rowOfLine(qint64 line) const;
    /// The line shown on `row`.
    qint64 lineOfRow(qint64 row) const;
    /// The first line of the outermost folded range hiding `line`, or -1 when it is visible.
    qint64 hiddenBy(qint64 line) const;

    /// The first line of the innermost range of `folds` that contains `line`, or -1.
    static qint64 foldAround(const std::vector<Fold>& folds, qint64 line);

private:
    struct HiddenRange
    {
        qint64 header;       ///< the range's first line (shown, with a placeholder)
        qint64 last;         ///< its last line; header+1 .. last are hidden
        qint64 hiddenBefore; ///< lines hidden by earlier ranges
    };

    void rebuild(const std::vector<Fold>& folds);

    std::vector<char> m_folded;
    std::vector<HiddenRange> m_hidden;
    qint64 m_hiddenTotal = 0;
};

} // namespace studio::json
