#pragma once

#include "core/json/bytesource.h"

#include <QAbstractScrollArea>

namespace studio::ui {

/// Bytes as a hex dump (offset, 16 bytes in hex, the printable ones as text), for binary bodies of any size:
/// rows are computed while painting, nothing is built in advance. Click and Shift+click select rows; Ctrl+C
/// copies their dump (at most 64 KB of bytes).
class HexView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HexView)

public:
    static constexpr int BytesPerRow = 16;

    explicit HexView(QWidget* parent = nullptr);

    void setSource(const json::ByteSourcePtr& source);
    qint64 rowCount() const;
    /// The dump of one row: "00000010  7b 22 61 22 ...  |{\"a\"...|".
    QString rowText(qint64 row) const;
    /// The dump of the selected rows (or the cursor's row), at most 64 KB of bytes.
    QString selectedDump() const;
    qint64 currentRow() const { return m_cursorRow; }
    void setCurrentRow(qint64 row, bool keepAnchor = false);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent* event) override;

private:
    void updateMetrics();
    void updateScrollBars();
    int visibleRows() const;

    json::ByteSourcePtr m_source;
    qint64 m_cursorRow = 0;
    qint64 m_anchorRow = 0;
    int m_lineHeight = 16;
    int m_ascent = 12;
    qreal m_charWidth = 8;
};

} // namespace studio::ui
