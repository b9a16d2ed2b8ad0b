#pragma once

#include "core/workspace/savedrequest.h"

#include <QTableWidget>

namespace studio::ui {

/// An editable two-column table of key/value pairs (query parameters, headers, form fields). It always ends with
/// an empty row to type into; rows whose key and value are both empty are ignored. Keys may repeat.
class KeyValueTable final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyValueTable)

public:
    /// `keyTitle` and `valueTitle` label the columns ("Parameter", "Value").
    KeyValueTable(const QString& keyTitle, const QString& valueTitle, QWidget* parent = nullptr);

    /// The pairs in order, without empty rows.
    KeyValueList pairs() const;
    /// Replaces every row; does not emit pairsChanged().
    void setPairs(const KeyValueList& pairs);
    /// Removes the rows of the selected cells.
    void removeSelectedRows();

Q_SIGNALS:
    /// The user edited, added or removed a pair.
    void pairsChanged();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void ensureTrailingEmptyRow();
    void onItemChanged();

    bool m_updating = false;
};

} // namespace studio::ui
