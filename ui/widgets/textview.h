#pragma once

#include "core/json/foldstate.h"
#include "core/json/textdocument.h"
#include "core/json/textsearch.h"

#include <memory>
#include <QAbstractScrollArea>
#include <vector>

namespace studio::json {
class WorkerRelay;
}

namespace studio::ui {

/// A read-only text view for documents of any size (a 50 MB JSON body pretty-printed is 4 million lines): it
/// paints only the visible lines, straight from a TextDocument's line index, with syntax colouring per visible
/// line, a gutter with line numbers and fold markers, folding (click a marker, Ctrl+Shift+[ and ]), keyboard
/// navigation, selection and copy (large copies are built on a worker and capped), and search-match marks.
/// Positions are byte offsets into the document. Lines longer than 20,000 bytes are drawn in a window around
/// the visible columns, counting columns in bytes there, so a 30 MB single-line string costs no more than a
/// short line. Nothing it does on the UI thread grows with the document's size.
class TextView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextView)

public:
    enum class Syntax { Plain, Json, Xml };

    explicit TextView(QWidget* parent = nullptr);
    ~TextView() override;

    /// Shows `document`. With `continuation`, the document is a later snapshot of the text already shown (the
    /// pretty printer's progress): scroll position, selection, folds and matches stay. Otherwise all reset.
    void setDocument(const json::TextDocument& document, bool continuation = false);
    const json::TextDocument& document() const { return m_document; }
    void setSyntax(Syntax syntax);
    Syntax syntax() const { return m_syntax; }
    /// Shown centred while the document is empty (e.g. "Formatting…"); empty for none.
    void setPlaceholderText(const QString& text);
    QString placeholderText() const { return m_placeholder; }

    /// True when the document has fold ranges.
    bool canFold() const;
    /// Whether the fold starting on `line` is folded.
    bool isFolded(qint64 line) const;
    /// Folds or unfolds the range starting on `line`; false when no range starts there.
    bool setFolded(qint64 line, bool folded);
    bool toggleFold(qint64 line);
    /// Folds every range but the outermost, which shows the top level of the document.
    void foldAll();
    void unfoldAll();
    /// Lines shown, folded ones excluded.
    qint64 visibleLineCount() const;
    /// Whether `line` is inside a folded range (hidden).
    bool isLineHidden(qint64 line) const;

    qint64 cursorOffset() const { return m_cursor; }
    /// Moves the cursor; with `keepAnchor` the selection extends to it. Scrolls it into view.
    void setCursorOffset(qint64 offset, bool keepAnchor = false);
    bool hasSelection() const { return m_anchor != m_cursor; }
    qint64 selectionStart() const { return std::min(m_anchor, m_cursor); }
    qint64 selectionEnd() const { return std::max(m_anchor, m_cursor); }
    /// Selects [from, to) and reveals it (unfolding what hides it).
    void select(qint64 from, qint64 to);
    void selectAll();
    void clearSelection();
    /// The selected text, at most `maxBytes` of it (cut at a character boundary).
    QString selectedText(qint64 maxBytes) const;
    /// Copies the selection (the whole line at the cursor when nothing is selected) to the clipboard. Up to
    /// 1 MB synchronously; more is built on a worker and capped at copyLimit(); copied() tells how much.
    void copy();
    void setCopyLimit(qint64 bytes) { m_copyLimit = bytes; }
    qint64 copyLimit() const { return m_copyLimit; }

    /// Height of a line in pixels.
    int lineHeight() const { return m_lineHeight; }
    /// The document line shown at the top.
    qint64 firstVisibleLine() const;
    /// Scrolls so that `line` is at the top (unfolding it if hidden).
    void scrollToLine(qint64 line);
    /// Unfolds what hides `offset` and scrolls it into view.
    void revealOffset(qint64 offset);

    void clearMatches();
    /// Adds search matches (in document order, after the ones already there).
    void addMatches(const std::vector<json::TextMatch>& matches);
    qint64 matchCount() const { return qint64(m_matches.size()); }
    const json::TextMatch& match(qint64 index) const { return m_matches[size_t(index)]; }
    /// Marks match `index` as the current one, selects and reveals it; -1 for none.
    void setCurrentMatch(qint64 index);
    qint64 currentMatch() const { return m_currentMatch; }
    /// The first match starting at or after `offset`, wrapping to the first; -1 without matches.
    qint64 matchAtOrAfter(qint64 offset) const;
    /// The last match starting before `offset`, wrapping to the last; -1 without matches.
    qint64 matchBefore(qint64 offset) const;

Q_SIGNALS:
    /// The clipboard holds `copiedBytes` of the `selectedBytes` selected (fewer when capped by copyLimit()).
    void copied(qint64 copiedBytes, qint64 selectedBytes);
    /// A copy is being prepared on a worker.
    void copyStarted(qint64 selectedBytes);
    void foldsChanged();
    void cursorMoved(qint64 offset);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool event(QEvent* event) override;

private:
    struct LineLayout;

    void updateMetrics();
    void updateScrollBars();
    qint64 rowCount() const;
    qint64 rowOfLine(qint64 line) const;
    qint64 lineOfRow(qint64 row) const;
    int gutterWidth() const;
    int textLeft() const;
    int visibleRows() const;
    /// The layout of a line; for long lines the window holds `focusByte` (relative to the line), or the
    /// horizontally visible part when focusByte < 0.
    LineLayout layoutLine(qint64 line, qint64 focusByte = -1) const;
    qint64 offsetAt(const QPoint& point) const;
    qint64 lineAtY(int y) const;
    void ensureCursorVisible();
    void moveCursorVertically(qint64 rows, bool keepAnchor);
    qint64 nextCharOffset(qint64 offset) const;
    qint64 previousCharOffset(qint64 offset) const;
    void selectWordAt(qint64 offset);
    QString placeholderFor(qint64 foldIndex) const;

    json::TextDocument m_document;
    Syntax m_syntax = Syntax::Plain;
    QString m_placeholder;
    json::FoldState m_folds;
    qint64 m_cursor = 0;
    qint64 m_anchor = 0;
    qreal m_desiredX = -1; ///< kept while moving up and down
    std::vector<json::TextMatch> m_matches;
    qint64 m_currentMatch = -1;
    qint64 m_copyLimit = 32 * 1024 * 1024;
    std::shared_ptr<json::WorkerRelay> m_copyJob;
    /// Advance of every BMP character measured so far (-1: not yet), for lines with non-ASCII text.
    mutable std::vector<float> m_advances;
    qreal m_charWidth = 8;
    int m_lineHeight = 16;
    int m_ascent = 12;
    bool m_selecting = false;
};

} // namespace studio::ui
