#include "ui/console/keyvaluetable.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QSet>

namespace studio::ui {

KeyValueTable::KeyValueTable(const QString& keyTitle, const QString& valueTitle, QWidget* parent)
    : QTableWidget(0, 2, parent)
{
    setHorizontalHeaderLabels({keyTitle, valueTitle});
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->resizeSection(0, 260);
    verticalHeader()->setVisible(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::AllEditTriggers);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* remove = new QAction(tr("Remove row"), this);
    remove->setObjectName(QStringLiteral("removeRow"));
    connect(remove, &QAction::triggered, this, &KeyValueTable::removeSelectedRows);
    addAction(remove);
    connect(this, &QTableWidget::itemChanged, this, &KeyValueTable::onItemChanged);
    ensureTrailingEmptyRow();
}

KeyValueList KeyValueTable::pairs() const
{
    KeyValueList result;
    for (int row = 0; row < rowCount(); ++row) {
        const QTableWidgetItem* key = item(row, 0);
        const QTableWidgetItem* value = item(row, 1);
        const QString keyText = key ? key->text() : QString();
        const QString valueText = value ? value->text() : QString();
        if (keyText.isEmpty() && valueText.isEmpty())
            continue;
        result.append({keyText, valueText});
    }
    return result;
}

void KeyValueTable::setPairs(const KeyValueList& pairs)
{
    if (pairs == this->pairs())
        return;
    m_updating = true;
    setRowCount(0);
    setRowCount(int(pairs.size()));
    for (int row = 0; row < pairs.size(); ++row) {
        setItem(row, 0, new QTableWidgetItem(pairs.at(row).first));
        setItem(row, 1, new QTableWidgetItem(pairs.at(row).second));
    }
    m_updating = false;
    ensureTrailingEmptyRow();
}

void KeyValueTable::removeSelectedRows()
{
    QSet<int> rows;
    const QList<QTableWidgetItem*> items = selectedItems();
    for (const QTableWidgetItem* selected : items)
        rows.insert(selected->row());
    for (const QModelIndex& index : selectionModel()->selectedIndexes())
        rows.insert(index.row());
    if (rows.isEmpty() && currentRow() >= 0)
        rows.insert(currentRow());
    QList<int> ordered(rows.cbegin(), rows.cend());
    std::sort(ordered.begin(), ordered.end(), std::greater<int>());
    m_updating = true;
    for (int row : std::as_const(ordered))
        removeRow(row);
    m_updating = false;
    ensureTrailingEmptyRow();
    Q_EMIT pairsChanged();
}

void KeyValueTable::keyPressEvent(QKeyEvent* event)
{
    if (state() != QAbstractItemView::EditingState
        && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)) {
        removeSelectedRows();
        return;
    }
    QTableWidget::keyPressEvent(event);
}

void KeyValueTable::ensureTrailingEmptyRow()
{
    const int last = rowCount() - 1;
    const bool lastEmpty = last >= 0 && (!item(last, 0) || item(last, 0)->text().isEmpty())
        && (!item(last, 1) || item(last, 1)->text().isEmpty());
    if (lastEmpty)
        return;
    m_updating = true;
    insertRow(rowCount());
    m_updating = false;
}

void KeyValueTable::onItemChanged()
{
    if (m_updating)
        return;
    ensureTrailingEmptyRow();
    Q_EMIT pairsChanged();
}

} // namespace studio::ui
