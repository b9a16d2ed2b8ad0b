#include "ui/widgets/textview.h"

#include "core/json/syntaxlexer.h"
#include "core/json/textdecode.h"
#include "core/json/worker.h"
#include "ui/widgets/syntaxcolors.h"

#include <algorithm>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>

namespace studio::ui {

namespace {

/// Lines up to this long are laid out whole; longer ones in a window around what is visible.
constexpr qint64 WholeLineBytes = 20000;
/// Copies up to this size are made on the UI thread.
constexpr qint64 SyncCopyBytes = 1024 * 1024;
constexpr int TextPadding = 6;

/// A byte offset moved back to the start of its UTF-8 character.
qint64 characterStart(const json::TextDocument& document, qint64 offset, qint64 floor)
{
    while (offset > floor && (static_cast<unsigned char>(document.at(offset)) & 0xC0) == 0x80)
        --offset;
    return offset;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

} // namespace

/// One visible line: its text (or a window of it) decoded, with the byte offset and x position of every
/// UTF-16 unit.
struct TextView::LineLayout
{
    qint64 line = 0;
    qint64 start = 0;       ///< document offset of the line
    qint64 length = 0;      ///< bytes in the line
    qint64 windowStart = 0; ///< bytes of the line before the text laid out
    QString text;
    std::vector<qint32> offsets; ///< byte offset (relative to windowStart) per unit, plus the end
    std::vector<qreal> xs;       ///< x per unit (plus the end), relative to the text origin

    qreal xAt(qsizetype index) const { return xs[size_t(std::clamp<qsizetype>(index, 0, qsizetype(xs.size()) - 1))]; }
    qreal endX() const { return xs.back(); }
    /// The unit index of a byte offset relative to the line start (clamped to the window).
    qsizetype indexOfByte(qint64 lineByte) const
    {
        const qint64 relative = lineByte - windowStart;
        if (relative <= 0)
            return 0;
        const auto it = std::lower_bound(offsets.begin(), offsets.end(), qint32(std::min<qint64>(relative, INT_MAX)));
        return qsizetype(it - offsets.begin());
    }
    /// The x of a byte offset relative to the line start.
    qreal xOfByte(qint64 lineByte) const { return xAt(indexOfByte(lineByte)); }
    /// The line-relative byte offset nearest to x.
    qint64 byteAtX(qreal x) const
    {
        const auto it = std::lower_bound(xs.begin(), xs.end(), x);
        qsizetype index = qsizetype(it - xs.begin());
        if (index >= qsizetype(xs.size()))
            index = qsizetype(xs.size()) - 1;
        if (index > 0 && x - xs[size_t(index - 1)] < xs[size_t(index)] - x)
            --index;
        // Never inside a surrogate pair.
        while (index > 0 && index < text.size() && text[index].isLowSurrogate())
            --index;
        return windowStart + offsets[size_t(index)];
    }
};

TextView::TextView(QWidget* parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setFrameShape(QFrame::NoFrame);
    verticalScrollBar()->setSingleStep(1);
    updateMetrics();
}

TextView::~TextView()
{
    if (m_copyJob)
        m_copyJob->cancel();
}

void TextView::setDocument(const json::TextDocument& document, bool continuation)
{
    const bool foldsArrived = continuation && document.folds().size() != m_document.folds().size();
    m_document = document;
    if (!continuation) {
        m_cursor = m_anchor = 0;
        m_desiredX = -1;
        m_matches.clear();
        m_currentMatch = -1;
        m_folds.reset(m_document.folds().size());
        verticalScrollBar()->setValue(0);
        horizontalScrollBar()->setValue(0);
    } else {
        m_cursor = std::min(m_cursor, m_document.size());
        m_anchor = std::min(m_anchor, m_document.size());
        if (foldsArrived)
            m_folds.reset(m_document.folds().size());
    }
    updateScrollBars();
    viewport()->update();
    if (foldsArrived || !continuation)
        Q_EMIT foldsChanged();
}

void TextView::setSyntax(Syntax syntax)
{
    m_syntax = syntax;
    viewport()->update();
}

void TextView::setPlaceholderText(const QString& text)
{
    m_placeholder = text;
    viewport()->update();
}

// ---- folding ----

bool TextView::canFold() const
{
    return !m_document.folds().empty();
}

bool TextView::isFolded(qint64 line) const
{
    const qint64 index = m_document.foldStartingAt(line);
    return index >= 0 && m_folds.isFolded(size_t(index));
}

bool TextView::setFolded(qint64 line, bool folded)
{
    const qint64 index = m_document.foldStartingAt(line);
    if (index < 0)
        return false;
    if (m_folds.isFolded(size_t(index)) == folded)
        return true;
    const qint64 topLine = firstVisibleLine();
    m_folds.setFolded(m_document.folds(), size_t(index), folded);
    // Folding must not move what the user looks at, and the cursor must not stay hidden.
    if (isLineHidden(m_document.lineOfOffset(m_cursor))) {
        m_cursor = m_anchor = m_document.lineStart(line);
    }
    updateScrollBars();
    verticalScrollBar()->setValue(int(std::min<qint64>(rowOfLine(topLine), INT_MAX)));
    viewport()->update();
    Q_EMIT foldsChanged();
    return true;
}

bool TextView::toggleFold(qint64 line)
{
    return setFolded(line, !isFolded(line));
}

void TextView::foldAll()
{
    if (!canFold())
        return;
    m_folds.setAll(m_document.folds(), true, true);
    const qint64 cursorLine = m_document.lineOfOffset(m_cursor);
    if (isLineHidden(cursorLine)) {
        qint64 row = rowOfLine(cursorLine);
        m_cursor = m_anchor = m_document.lineStart(lineOfRow(row));
    }
    updateScrollBars();
    ensureCursorVisible();
    viewport()->update();
    Q_EMIT foldsChanged();
}

void TextView::unfoldAll()
{
    const qint64 topLine = firstVisibleLine();
    m_folds.setAll(m_document.folds(), false, false);
    updateScrollBars();
    verticalScrollBar()->setValue(int(std::min<qint64>(topLine, INT_MAX)));
    viewport()->update();
    Q_EMIT foldsChanged();
}

qint64 TextView::visibleLineCount() const
{
    return rowCount();
}

bool TextView::isLineHidden(qint64 line) const
{
    return m_folds.hiddenBy(line) >= 0;
}

qint64 TextView::rowCount() const
{
    return std::max<qint64>(0, m_document.lineCount() - m_folds.hiddenLines());
}

qint64 TextView::rowOfLine(qint64 line) const
{
    return m_folds.rowOfLine(line);
}

qint64 TextView::lineOfRow(qint64 row) const
{
    return m_folds.lineOfRow(row);
}

// ---- geometry ----

void TextView::updateMetrics()
{
    const QFontMetricsF metrics(font());
    m_advances.clear();
    m_charWidth = metrics.horizontalAdvance(u'M');
    m_lineHeight = int(std::ceil(metrics.lineSpacing()));
    m_ascent = int(std::ceil(metrics.ascent()));
    updateScrollBars();
}

int TextView::gutterWidth() const
{
    const qint64 lines = std::max<qint64>(m_document.lineCount(), 1);
    const int digits = int(QString::number(lines).size());
    const int foldArea = canFold() ? int(m_charWidth * 2) : int(m_charWidth / 2);
    return int(m_charWidth * (digits + 1)) + foldArea;
}

int TextView::textLeft() const
{
    return gutterWidth() + TextPadding - horizontalScrollBar()->value();
}

int TextView::visibleRows() const
{
    return std::max(1, viewport()->height() / std::max(1, m_lineHeight));
}

void TextView::updateScrollBars()
{
    const qint64 rows = rowCount();
    verticalScrollBar()->setRange(0, int(std::min<qint64>(std::max<qint64>(0, rows - visibleRows()), INT_MAX)));
    verticalScrollBar()->setPageStep(visibleRows());
    const qreal width = qreal(m_document.maxLineLength()) * m_charWidth + TextPadding * 2 + m_charWidth * 24;
    const int textWidth = viewport()->width() - gutterWidth();
    horizontalScrollBar()->setRange(0, int(std::min<qreal>(std::max<qreal>(0, width - textWidth), INT_MAX / 2)));
    horizontalScrollBar()->setPageStep(std::max(1, textWidth));
    horizontalScrollBar()->setSingleStep(int(m_charWidth * 4));
}

TextView::LineLayout TextView::layoutLine(qint64 line, qint64 focusByte) const
{
    LineLayout layout;
    layout.line = line;
    layout.start = m_document.lineStart(line);
    layout.length = m_document.lineEnd(line) - layout.start;
    qint64 from = 0;
    qint64 to = layout.length;
    if (layout.length > WholeLineBytes) {
        // Columns count bytes in long lines; lay out what is visible plus a margin.
        const qint64 columns = qint64(viewport()->width() / std::max<qreal>(1, m_charWidth)) + 1;
        const qint64 center = focusByte >= 0 ? focusByte - columns / 2
                                             : qint64(horizontalScrollBar()->value() / std::max<qreal>(1, m_charWidth));
        from = std::clamp<qint64>(center - 256, 0, layout.length);
        from = characterStart(m_document, layout.start + from, layout.start) - layout.start;
        to = std::min(layout.length, from + columns * 4 + 1024);
    }
    layout.windowStart = from;
    const QByteArray bytes = m_document.bytes(layout.start + from, layout.start + to);
    json::DecodedText decoded = json::decodeUtf8(bytes, json::ControlCharacters::Visible, true);
    layout.text = std::move(decoded.text);
    layout.offsets = std::move(decoded.offsets);
    // In long lines, the window begins at column `from` (bytes); elsewhere at 0.
    const qreal origin = qreal(from) * m_charWidth;
    layout.xs.resize(size_t(layout.text.size()) + 1);
    bool ascii = true;
    for (const QChar c : std::as_const(layout.text)) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        for (size_t i = 0; i < layout.xs.size(); ++i)
            layout.xs[i] = origin + qreal(i) * m_charWidth;
    } else {
        const QFontMetricsF metrics(font());
        if (m_advances.empty())
            m_advances.assign(0x10000, -1.0f);
        qreal x = origin;
        const qsizetype n = layout.text.size();
        for (qsizetype i = 0; i < n; ++i) {
            layout.xs[size_t(i)] = x;
            const char16_t unit = layout.text[i].unicode();
            if (QChar::isHighSurrogate(unit) && i + 1 < n) {
                layout.xs[size_t(i + 1)] = x; // inside the pair
                x += metrics.horizontalAdvance(layout.text.mid(i, 2));
                ++i;
                continue;
            }
            // Measuring a character is a shaping call; a line of 1,000 would take milliseconds every paint.
            float& advance = m_advances[unit];
            if (advance < 0)
                advance = float(metrics.horizontalAdvance(QChar(unit)));
            x += advance;
        }
        layout.xs.back() = x;
    }
    return layout;
}

qint64 TextView::lineAtY(int y) const
{
    const qint64 row = verticalScrollBar()->value() + std::max(0, y) / std::max(1, m_lineHeight);
    const qint64 rows = rowCount();
    if (rows == 0)
        return 0;
    return lineOfRow(std::clamp<qint64>(row, 0, rows - 1));
}

qint64 TextView::offsetAt(const QPoint& point) const
{
    if (m_document.lineCount() == 0)
        return 0;
    const qint64 line = lineAtY(point.y());
    const LineLayout layout = layoutLine(line);
    const qreal x = point.x() - textLeft();
    return layout.start + layout.byteAtX(x);
}

void TextView::ensureCursorVisible()
{
    if (m_document.lineCount() == 0)
        return;
    const qint64 line = m_document.lineOfOffset(m_cursor);
    const qint64 row = rowOfLine(line);
    const qint64 top = verticalScrollBar()->value();
    const qint64 rows = visibleRows();
    if (row < top)
        verticalScrollBar()->setValue(int(std::min<qint64>(row, INT_MAX)));
    else if (row >= top + rows)
        verticalScrollBar()->setValue(int(std::min<qint64>(row - rows + 1, INT_MAX)));
    const qint64 lineByte = m_cursor - m_document.lineStart(line);
    const LineLayout layout = layoutLine(line, lineByte);
    const int x = int(layout.xOfByte(lineByte));
    const int left = horizontalScrollBar()->value();
    const int width = viewport()->width() - gutterWidth() - TextPadding * 2;
    if (x < left)
        horizontalScrollBar()->setValue(std::max(0, x - width / 4));
    else if (x > left + width - int(m_charWidth))
        horizontalScrollBar()->setValue(x - width * 3 / 4);
}

qint64 TextView::firstVisibleLine() const
{
    return rowCount() == 0 ? 0 : lineOfRow(verticalScrollBar()->value());
}

void TextView::scrollToLine(qint64 line)
{
    line = std::clamp<qint64>(line, 0, std::max<qint64>(0, m_document.lineCount() - 1));
    revealOffset(m_document.lineStart(line));
    verticalScrollBar()->setValue(int(std::min<qint64>(rowOfLine(line), INT_MAX)));
}

void TextView::revealOffset(qint64 offset)
{
    const qint64 line = m_document.lineOfOffset(offset);
    bool changed = false;
    for (qint64 header = m_folds.hiddenBy(line); header >= 0; header = m_folds.hiddenBy(line)) {
        m_folds.setFolded(m_document.folds(), size_t(m_document.foldStartingAt(header)), false);
        changed = true;
    }
    if (changed) {
        updateScrollBars();
        Q_EMIT foldsChanged();
    }
    const qint64 row = rowOfLine(line);
    const qint64 top = verticalScrollBar()->value();
    if (row < top || row >= top + visibleRows())
        verticalScrollBar()->setValue(int(std::min<qint64>(std::max<qint64>(0, row - visibleRows() / 3), INT_MAX)));
    viewport()->update();
}

// ---- cursor and selection ----

void TextView::setCursorOffset(qint64 offset, bool keepAnchor)
{
    m_cursor = std::clamp<qint64>(offset, 0, m_document.size());
    if (!keepAnchor)
        m_anchor = m_cursor;
    revealOffset(m_cursor);
    ensureCursorVisible();
    viewport()->update();
    Q_EMIT cursorMoved(m_cursor);
}

void TextView::select(qint64 from, qint64 to)
{
    from = std::clamp<qint64>(from, 0, m_document.size());
    to = std::clamp<qint64>(to, 0, m_document.size());
    m_anchor = from;
    m_cursor = to;
    revealOffset(from);
    ensureCursorVisible();
    viewport()->update();
    Q_EMIT cursorMoved(m_cursor);
}

void TextView::selectAll()
{
    m_anchor = 0;
    m_cursor = m_document.size();
    viewport()->update();
}

void TextView::clearSelection()
{
    m_anchor = m_cursor;
    viewport()->update();
}

QString TextView::selectedText(qint64 maxBytes) const
{
    const qint64 from = selectionStart();
    qint64 to = std::min(selectionEnd(), from + maxBytes);
    if (to < selectionEnd())
        to = characterStart(m_document, to, from);
    return QString::fromUtf8(m_document.bytes(from, to));
}

void TextView::copy()
{
    qint64 from = selectionStart();
    qint64 to = selectionEnd();
    if (from == to) {
        const qint64 line = m_document.lineOfOffset(m_cursor);
        from = m_document.lineStart(line);
        to = m_document.lineEnd(line);
    }
    const qint64 selected = to - from;
    if (selected <= SyncCopyBytes) {
        QApplication::clipboard()->setText(QString::fromUtf8(m_document.bytes(from, to)));
        Q_EMIT copied(selected, selected);
        return;
    }
    if (m_copyJob)
        m_copyJob->cancel();
    Q_EMIT copyStarted(selected);
    const qint64 limit = m_copyLimit;
    m_copyJob = json::startJob(
        this, [this, document = m_document, from, to, limit](const std::shared_ptr<json::WorkerRelay>& relay) {
            qint64 end = std::min(to, from + limit);
            if (end < to)
                end = characterStart(document, end, from);
            const QString text = QString::fromUtf8(document.bytes(from, end));
            const qint64 copiedBytes = end - from;
            relay->post([this, text, copiedBytes, selected = to - from] {
                QApplication::clipboard()->setText(text);
                Q_EMIT copied(copiedBytes, selected);
            });
        });
}

qint64 TextView::nextCharOffset(qint64 offset) const
{
    if (offset >= m_document.size())
        return m_document.size();
    // Line breaks move as one step ("\r\n" included).
    if (m_document.at(offset) == '\r' && offset + 1 < m_document.size() && m_document.at(offset + 1) == '\n')
        return offset + 2;
    ++offset;
    while (offset < m_document.size() && (static_cast<unsigned char>(m_document.at(offset)) & 0xC0) == 0x80)
        ++offset;
    return offset;
}

qint64 TextView::previousCharOffset(qint64 offset) const
{
    if (offset <= 0)
        return 0;
    --offset;
    if (offset > 0 && m_document.at(offset) == '\n' && m_document.at(offset - 1) == '\r')
        return offset - 1;
    return characterStart(m_document, offset, 0);
}

void TextView::moveCursorVertically(qint64 rows, bool keepAnchor)
{
    if (m_document.lineCount() == 0)
        return;
    const qint64 line = m_document.lineOfOffset(m_cursor);
    const qint64 lineByte = m_cursor - m_document.lineStart(line);
    if (m_desiredX < 0)
        m_desiredX = layoutLine(line, lineByte).xOfByte(lineByte);
    const qint64 target = lineOfRow(std::clamp<qint64>(rowOfLine(line) + rows, 0, rowCount() - 1));
    const LineLayout layout = layoutLine(target, qint64(m_desiredX / std::max<qreal>(1, m_charWidth)));
    const qreal desired = m_desiredX;
    setCursorOffset(layout.start + std::min(layout.byteAtX(desired), layout.length), keepAnchor);
    m_desiredX = desired;
}

void TextView::selectWordAt(qint64 offset)
{
    const qint64 line = m_document.lineOfOffset(offset);
    const qint64 lineByte = offset - m_document.lineStart(line);
    const LineLayout layout = layoutLine(line, lineByte);
    qsizetype index = layout.indexOfByte(lineByte);
    if (index >= layout.text.size()) {
        m_anchor = m_cursor = offset;
        return;
    }
    qsizetype begin = index;
    qsizetype end = index + 1;
    if (isWordChar(layout.text[index])) {
        while (begin > 0 && isWordChar(layout.text[begin - 1]))
            --begin;
        while (end < layout.text.size() && isWordChar(layout.text[end]))
            ++end;
    }
    m_anchor = layout.start + layout.windowStart + layout.offsets[size_t(begin)];
    m_cursor = layout.start + layout.windowStart + layout.offsets[size_t(end)];
}

// ---- matches ----

void TextView::clearMatches()
{
    m_matches.clear();
    m_currentMatch = -1;
    viewport()->update();
}

void TextView::addMatches(const std::vector<json::TextMatch>& matches)
{
    m_matches.insert(m_matches.end(), matches.begin(), matches.end());
    viewport()->update();
}

void TextView::setCurrentMatch(qint64 index)
{
    if (index < 0 || index >= matchCount()) {
        m_currentMatch = -1;
        viewport()->update();
        return;
    }
    m_currentMatch = index;
    const json::TextMatch& m = m_matches[size_t(index)];
    select(m.offset, m.offset + m.length);
}

qint64 TextView::matchAtOrAfter(qint64 offset) const
{
    if (m_matches.empty())
        return -1;
    const auto it = std::partition_point(
        m_matches.begin(), m_matches.end(), [offset](const json::TextMatch& m) { return m.offset < offset; });
    return it == m_matches.end() ? 0 : qint64(it - m_matches.begin());
}

qint64 TextView::matchBefore(qint64 offset) const
{
    if (m_matches.empty())
        return -1;
    const auto it = std::partition_point(
        m_matches.begin(), m_matches.end(), [offset](const json::TextMatch& m) { return m.offset < offset; });
    return it == m_matches.begin() ? matchCount() - 1 : qint64(it - m_matches.begin()) - 1;
}

// ---- painting ----

QString TextView::placeholderFor(qint64 foldIndex) const
{
    const json::Fold& fold = m_document.folds()[size_t(foldIndex)];
    const QString count = QLocale().toString(qint64(fold.items));
    switch (fold.kind) {
    case json::FoldKind::Object:
        return fold.items == 1 ? tr("1 key") : tr("%1 keys").arg(count);
    case json::FoldKind::Array:
        return fold.items == 1 ? tr("1 item") : tr("%1 items").arg(count);
    case json::FoldKind::Element:
        return fold.items == 1 ? tr("1 element") : tr("%1 elements").arg(count);
    }
    return QString();
}

void TextView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    const QRect area = viewport()->rect();
    const QPalette& pal = palette();
    painter.fillRect(area, pal.base());
    painter.setFont(font());
    const SyntaxColors colors = SyntaxColors::forPalette(pal);
    const int gutter = gutterWidth();

    if (m_document.size() == 0 && !m_placeholder.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(area.adjusted(gutter, 0, 0, 0), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
    }

    const QRect gutterRect(0, 0, gutter, area.height());
    QColor gutterColor = pal.color(QPalette::Window);
    painter.fillRect(gutterRect, gutterColor);

    const qint64 rows = rowCount();
    const qint64 firstRow = verticalScrollBar()->value();
    const int left = textLeft();
    const qint64 selFrom = selectionStart();
    const qint64 selTo = selectionEnd();
    const QColor highlight
        = hasFocus() ? pal.color(QPalette::Highlight) : pal.color(QPalette::Inactive, QPalette::Highlight);
    const QColor highlightedText = pal.color(QPalette::HighlightedText);
    const QColor textColor = pal.color(QPalette::Text);
    const bool highlightSelectionText = hasFocus();

    qint64 previousLine = -2;
    qint64 logical = 0;
    const int rowsToPaint = area.height() / std::max(1, m_lineHeight) + 1;
    for (int r = 0; r < rowsToPaint && firstRow + r < rows; ++r) {
        const qint64 line = lineOfRow(firstRow + r);
        const int y = r * m_lineHeight;
        const LineLayout layout = layoutLine(line);
        const qint64 lineEnd = layout.start + layout.length;

        painter.setClipRect(QRect(gutter, y, area.width() - gutter, m_lineHeight));
        // Search matches, then the selection over them.
        if (!m_matches.empty()) {
            auto it = std::partition_point(m_matches.begin(), m_matches.end(),
                [&](const json::TextMatch& m) { return m.offset + m.length <= layout.start; });
            for (; it != m_matches.end() && it->offset <= lineEnd; ++it) {
                const qreal x1 = layout.xOfByte(it->offset - layout.start);
                const qreal x2 = layout.xOfByte(it->offset + it->length - layout.start);
                const bool current = qint64(it - m_matches.begin()) == m_currentMatch;
                painter.fillRect(QRectF(left + x1, y, std::max<qreal>(x2 - x1, 2), m_lineHeight),
                    current ? colors.currentMatch : colors.match);
            }
        }
        const bool selectedHere = selFrom < selTo && selFrom <= lineEnd && selTo > layout.start;
        qreal selX1 = 0;
        qreal selX2 = 0;
        if (selectedHere) {
            selX1 = layout.xOfByte(std::max(selFrom, layout.start) - layout.start);
            selX2 = selTo > lineEnd ? layout.endX() + m_charWidth / 2 : layout.xOfByte(selTo - layout.start);
            if (!highlightSelectionText)
                painter.fillRect(QRectF(left + selX1, y, selX2 - selX1, m_lineHeight), highlight);
        }

        // Text, span by span in its colour.
        std::vector<json::TokenSpan> spans;
        if (m_syntax == Syntax::Json) {
            bool inString = layout.windowStart > 0
                && json::endsInsideJsonString(m_document, layout.start, layout.start + layout.windowStart);
            spans = json::lexJsonLine(layout.text, inString);
        } else if (m_syntax == Syntax::Xml) {
            int state = 0;
            spans = json::lexXmlLine(layout.text, state);
        }
        const int baseline = y + m_ascent;
        const qreal visibleFrom = -left + gutter;
        const qreal visibleTo = visibleFrom + area.width();
        // Draws the visible part of a run only: shaping what is scrolled away would cost as much as the rest.
        const auto drawRun = [&](qsizetype from, qsizetype to, const QColor& color) {
            if (from >= to || layout.xAt(to) < visibleFrom || layout.xAt(from) > visibleTo)
                return;
            const auto xs = layout.xs.begin();
            qsizetype first = std::max<qsizetype>(from, (std::upper_bound(xs + from, xs + to, visibleFrom) - xs) - 1);
            qsizetype last = std::min<qsizetype>(to, (std::lower_bound(xs + first, xs + to, visibleTo) - xs) + 1);
            if (first > from && layout.text[first].isLowSurrogate())
                --first;
            if (last < to && layout.text[last].isLowSurrogate())
                ++last;
            painter.setPen(color.isValid() ? color : textColor);
            painter.drawText(QPointF(left + layout.xAt(first), baseline), layout.text.mid(first, last - first));
        };
        qsizetype at = 0;
        for (const json::TokenSpan& span : spans) {
            drawRun(at, span.start, textColor);
            drawRun(span.start, span.start + span.length, colors.color(span.kind));
            at = span.start + span.length;
        }
        drawRun(at, layout.text.size(), textColor);
        if (selectedHere && highlightSelectionText) {
            // Selected text in the highlight's text colour, over the coloured runs.
            painter.save();
            painter.setClipRect(QRectF(left + selX1, y, selX2 - selX1, m_lineHeight)
                                    .toAlignedRect()
                                    .intersected(QRect(gutter, y, area.width() - gutter, m_lineHeight)));
            painter.fillRect(QRectF(left + selX1, y, selX2 - selX1, m_lineHeight), highlight);
            drawRun(0, layout.text.size(), highlightedText);
            painter.restore();
        }

        // A folded range: a box with the member count, then what closes it.
        const qint64 foldIndex = m_document.foldStartingAt(line);
        const bool folded = foldIndex >= 0 && m_folds.isFolded(size_t(foldIndex));
        if (folded) {
            const json::Fold& fold = m_document.folds()[size_t(foldIndex)];
            const QString label = u" \u2026 " + placeholderFor(foldIndex) + u' ';
            const qreal boxX = left + layout.endX() + m_charWidth / 2;
            const QFontMetricsF metrics(font());
            const qreal boxWidth = metrics.horizontalAdvance(label);
            const QRectF box(boxX, y + 1, boxWidth, m_lineHeight - 2);
            painter.setPen(colors.foldMarker);
            painter.setBrush(pal.color(QPalette::AlternateBase));
            painter.drawRoundedRect(box, 3, 3);
            painter.setBrush(Qt::NoBrush);
            painter.drawText(QPointF(boxX, baseline), label);
            const QString closing = QString::fromUtf8(
                m_document.bytes(m_document.lineStart(fold.endLine), m_document.lineEnd(fold.endLine))
                    .left(256)
                    .trimmed());
            painter.setPen(colors.punctuation);
            painter.drawText(QPointF(boxX + boxWidth + m_charWidth / 2, baseline), closing);
        }

        // The cursor.
        if (hasFocus() && m_cursor >= layout.start && m_cursor <= lineEnd) {
            const qreal x = left + layout.xOfByte(m_cursor - layout.start);
            painter.fillRect(QRectF(x, y, 1.5, m_lineHeight), textColor);
        }

        // Gutter: line number (not for wrapped continuations) and fold marker.
        painter.setClipRect(QRect(0, y, gutter, m_lineHeight));
        if (line == previousLine + 1)
            logical += m_document.isContinuation(line) ? 0 : 1;
        else
            logical = m_document.logicalLine(line);
        previousLine = line;
        const int foldArea = canFold() ? int(m_charWidth * 2) : int(m_charWidth / 2);
        const QRect numberRect(0, y, gutter - foldArea - int(m_charWidth / 2), m_lineHeight);
        painter.setPen(pal.color(QPalette::PlaceholderText));
        if (!m_document.isContinuation(line))
            painter.drawText(numberRect, Qt::AlignRight | Qt::AlignVCenter, QString::number(logical + 1));
        else
            painter.drawText(numberRect, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("\u21AA"));
        if (foldIndex >= 0) {
            const qreal size = std::min<qreal>(m_charWidth, m_lineHeight * 0.6);
            const QPointF center(gutter - foldArea / 2.0 - 1, y + m_lineHeight / 2.0);
            QPainterPath triangle;
            if (folded) {
                triangle.moveTo(center + QPointF(-size / 3, -size / 2));
                triangle.lineTo(center + QPointF(size / 2, 0));
                triangle.lineTo(center + QPointF(-size / 3, size / 2));
            } else {
                triangle.moveTo(center + QPointF(-size / 2, -size / 3));
                triangle.lineTo(center + QPointF(size / 2, -size / 3));
                triangle.lineTo(center + QPointF(0, size / 2));
            }
            triangle.closeSubpath();
            painter.setPen(Qt::NoPen);
            painter.setBrush(colors.foldMarker);
            painter.drawPath(triangle);
            painter.setBrush(Qt::NoBrush);
        }
        painter.setClipping(false);
    }
}

void TextView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void TextView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void TextView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        updateMetrics();
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        viewport()->update();
    QAbstractScrollArea::changeEvent(event);
}

void TextView::focusInEvent(QFocusEvent* event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void TextView::focusOutEvent(QFocusEvent* event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

bool TextView::event(QEvent* event)
{
    // Our shortcuts win over window shortcuts while the view has focus.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::SelectAll)) {
            event->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

// ---- input ----

void TextView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy)) {
        copy();
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
        return;
    }
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const bool control = event->modifiers() & Qt::ControlModifier;
    const qint64 line = m_document.lineOfOffset(m_cursor);
    if (control && shift && (event->key() == Qt::Key_BracketLeft || event->key() == Qt::Key_BraceLeft)) {
        const qint64 fold
            = m_document.foldStartingAt(line) >= 0 ? line : json::FoldState::foldAround(m_document.folds(), line);
        if (fold >= 0)
            setFolded(fold, true);
        return;
    }
    if (control && shift && (event->key() == Qt::Key_BracketRight || event->key() == Qt::Key_BraceRight)) {
        setFolded(line, false);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Up:
        moveCursorVertically(-1, shift);
        return;
    case Qt::Key_Down:
        moveCursorVertically(1, shift);
        return;
    case Qt::Key_PageUp:
        moveCursorVertically(-visibleRows(), shift);
        return;
    case Qt::Key_PageDown:
        moveCursorVertically(visibleRows(), shift);
        return;
    default:
        break;
    }
    m_desiredX = -1;
    switch (event->key()) {
    case Qt::Key_Left:
        setCursorOffset(previousCharOffset(m_cursor), shift);
        return;
    case Qt::Key_Right:
        setCursorOffset(nextCharOffset(m_cursor), shift);
        return;
    case Qt::Key_Home:
        setCursorOffset(control ? 0 : m_document.lineStart(line), shift);
        return;
    case Qt::Key_End:
        setCursorOffset(control ? m_document.size() : m_document.lineEnd(line), shift);
        return;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void TextView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (pos.x() < gutterWidth()) {
        const qint64 line = lineAtY(pos.y());
        if (m_document.foldStartingAt(line) >= 0) {
            toggleFold(line);
            return;
        }
    }
    m_desiredX = -1;
    m_selecting = true;
    setCursorOffset(offsetAt(pos), event->modifiers() & Qt::ShiftModifier);
}

void TextView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_selecting)
        return;
    const QPoint pos = event->position().toPoint();
    if (pos.y() > viewport()->height())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + 1);
    else if (pos.y() < 0)
        verticalScrollBar()->setValue(verticalScrollBar()->value() - 1);
    m_cursor = offsetAt(QPoint(pos.x(), std::clamp(pos.y(), 0, viewport()->height() - 1)));
    viewport()->update();
}

void TextView::mouseReleaseEvent(QMouseEvent* event)
{
    m_selecting = false;
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void TextView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (pos.x() < gutterWidth())
        return;
    selectWordAt(offsetAt(pos));
    viewport()->update();
}

} // namespace studio::ui
