#include "ui/widgets/hexview.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

namespace studio::ui {

namespace {

/// Formatting a row costs microseconds; 64 KB (4,096 rows) stays well under a frame's worth of waiting.
constexpr qint64 MaxCopyBytes = 64 * 1024;

} // namespace

HexView::HexView(QWidget* parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    updateMetrics();
}

void HexView::setSource(const json::ByteSourcePtr& source)
{
    m_source = source;
    m_cursorRow = m_anchorRow = 0;
    updateScrollBars();
    verticalScrollBar()->setValue(0);
    viewport()->update();
}

qint64 HexView::rowCount() const
{
    return m_source ? (m_source->size() + BytesPerRow - 1) / BytesPerRow : 0;
}

QString HexView::rowText(qint64 row) const
{
    if (!m_source || row < 0 || row >= rowCount())
        return QString();
    const qint64 offset = row * BytesPerRow;
    const qint64 count = std::min<qint64>(BytesPerRow, m_source->size() - offset);
    const auto* bytes = reinterpret_cast<const unsigned char*>(m_source->data() + offset);
    QString text = QStringLiteral("%1 ").arg(offset, 8, 16, QLatin1Char('0'));
    QString printable;
    for (int i = 0; i < BytesPerRow; ++i) {
        if (i % 8 == 0)
            text += u' ';
        if (i < count) {
            text += QStringLiteral("%1 ").arg(bytes[i], 2, 16, QLatin1Char('0'));
            printable += bytes[i] >= 0x20 && bytes[i] < 0x7F ? QLatin1Char(char(bytes[i])) : QLatin1Char('.');
        } else {
            text += QStringLiteral("   ");
        }
    }
    return text + u" |" + printable + u'|';
}

QString HexView::selectedDump() const
{
    const qint64 from = std::min(m_anchorRow, m_cursorRow);
    const qint64 to = std::min(std::max(m_anchorRow, m_cursorRow), from + MaxCopyBytes / BytesPerRow - 1);
    QStringList rows;
    for (qint64 row = from; row <= to && row < rowCount(); ++row)
        rows << rowText(row);
    return rows.join(u'\n');
}

void HexView::setCurrentRow(qint64 row, bool keepAnchor)
{
    m_cursorRow = std::clamp<qint64>(row, 0, std::max<qint64>(0, rowCount() - 1));
    if (!keepAnchor)
        m_anchorRow = m_cursorRow;
    const qint64 top = verticalScrollBar()->value();
    if (m_cursorRow < top)
        verticalScrollBar()->setValue(int(std::min<qint64>(m_cursorRow, INT_MAX)));
    else if (m_cursorRow >= top + visibleRows())
        verticalScrollBar()->setValue(int(std::min<qint64>(m_cursorRow - visibleRows() + 1, INT_MAX)));
    viewport()->update();
}

int HexView::visibleRows() const
{
    return std::max(1, viewport()->height() / std::max(1, m_lineHeight));
}

void HexView::updateScrollBars()
{
    verticalScrollBar()->setRange(0, int(std::min<qint64>(std::max<qint64>(0, rowCount() - visibleRows()), INT_MAX)));
    verticalScrollBar()->setPageStep(visibleRows());
    const int width = int(m_charWidth * (10 + BytesPerRow * 3 + 2 + BytesPerRow + 4));
    horizontalScrollBar()->setRange(0, std::max(0, width - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
}

void HexView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().base());
    painter.setFont(font());
    const qint64 first = verticalScrollBar()->value();
    const qint64 from = std::min(m_anchorRow, m_cursorRow);
    const qint64 to = std::max(m_anchorRow, m_cursorRow);
    const int x = 4 - horizontalScrollBar()->value();
    for (int r = 0; r <= visibleRows() && first + r < rowCount(); ++r) {
        const qint64 row = first + r;
        const int y = r * m_lineHeight;
        const bool selected = row >= from && row <= to;
        if (selected)
            painter.fillRect(QRect(0, y, viewport()->width(), m_lineHeight), palette().highlight());
        painter.setPen(selected ? palette().color(QPalette::HighlightedText) : palette().color(QPalette::Text));
        painter.drawText(QPointF(x, y + m_ascent), rowText(row));
    }
}

void HexView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void HexView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void HexView::updateMetrics()
{
    const QFontMetricsF metrics(font());
    m_charWidth = metrics.horizontalAdvance(u'0');
    m_lineHeight = int(std::ceil(metrics.lineSpacing()));
    m_ascent = int(std::ceil(metrics.ascent()));
    updateScrollBars();
}

void HexView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        updateMetrics();
    QAbstractScrollArea::changeEvent(event);
}

void HexView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy)) {
        QApplication::clipboard()->setText(selectedDump());
        return;
    }
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Up:
        setCurrentRow(m_cursorRow - 1, shift);
        return;
    case Qt::Key_Down:
        setCurrentRow(m_cursorRow + 1, shift);
        return;
    case Qt::Key_PageUp:
        setCurrentRow(m_cursorRow - visibleRows(), shift);
        return;
    case Qt::Key_PageDown:
        setCurrentRow(m_cursorRow + visibleRows(), shift);
        return;
    case Qt::Key_Home:
        setCurrentRow(0, shift);
        return;
    case Qt::Key_End:
        setCurrentRow(rowCount() - 1, shift);
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void HexView::mousePressEvent(QMouseEvent* event)
{
    const qint64 row = verticalScrollBar()->value() + int(event->position().y()) / std::max(1, m_lineHeight);
    setCurrentRow(row, event->modifiers() & Qt::ShiftModifier);
}

} // namespace studio::ui
