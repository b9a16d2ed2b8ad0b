#pragma once

#include "core/common/result.h"
#include "core/magento/searchcriteria.h"
#include "core/magento/searchfields.h"
#include "core/workspace/savedrequest.h"

#include <optional>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;
class QVBoxLayout;

namespace studio::ui {

/// Builds Magento's searchCriteria with widgets and keeps it in step with a request's query string:
/// filter groups (AND-ed) of filters (OR-ed) — field, condition type, value — sort orders, page size and current
/// page. It writes the query through SearchCriteria::toQueryItems() and reads one back through
/// SearchCriteria::parseQuery(), so the URL, the params table and the builder can all be edited.
///
/// Embedding: connect queryItemsEdited() to the place that owns the query (the console's params) and call
/// setQueryItems() whenever that query changes for another reason. Echoes of what the builder wrote are
/// recognised and ignored, so there is no loop; other query parameters (fields=, storeId=, ...) are kept in place.
class SearchCriteriaBuilder final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchCriteriaBuilder)

public:
    explicit SearchCriteriaBuilder(QWidget* parent = nullptr);
    ~SearchCriteriaBuilder() override;

    /// The request's method and path: picks the entity ("Products") whose fields the pickers offer.
    void setRoute(const QByteArray& method, const QString& path);
    /// The entity of the route, if it is a known list route.
    std::optional<magento::SearchEntity> entity() const { return m_entity; }
    /// More field names to offer after the entity's (custom attributes seen in a response, fields of the
    /// response schema). Duplicates are dropped.
    void setExtraFields(const QStringList& fields);
    /// What the field pickers offer, in order.
    QStringList knownFields() const;

    /// The criteria the widgets describe; rows without a field name are not part of it yet.
    magento::SearchCriteria criteria() const;
    /// Shows criteria (replacing the widgets). Emits nothing.
    void setCriteria(const magento::SearchCriteria& criteria);

    /// Reads the searchCriteria of a whole query (decoded pairs, as the params table holds them). Emits nothing.
    /// On a query the builder cannot read, the widgets stay as they are and the error is shown and returned.
    Status setQueryItems(const KeyValueList& items);
    /// The last query read or written, with its searchCriteria items replaced by the builder's (at the place of
    /// the first one, or at the end).
    KeyValueList queryItems() const;
    /// The searchCriteria part of the query as text ("searchCriteria[filter_groups][0]...").
    QString queryString() const;

    /// How keys are written; follows what a query read last used, until the user picks one.
    magento::KeyStyle keyStyle() const { return m_style; }
    /// Writes keys in `style` from now on (as if the user picked it); emits nothing.
    void setKeyStyle(magento::KeyStyle style);

    /// The readable criteria ("(sku contains "MS-%" or ...) and ... · sorted by ... · 20 per page").
    QString previewText() const;
    /// The advice shown under the widgets (SearchCriteria::hints() and the builder's own).
    QStringList hintTexts() const { return m_hints; }
    /// Why the last query could not be read; empty when it could.
    QString errorText() const { return m_errorText; }

    /// Adds an empty filter group and returns its index (for the Add group button and keyboard users).
    int addGroup();
    /// Adds an empty filter to a group.
    void addFilter(int group);
    /// Adds an empty sort order.
    void addSortOrder();

    /// A readable description of one filter ("price is at least 10"), for previews elsewhere.
    static QString describeFilter(const magento::Filter& filter);
    /// The plain-language label of a condition in the picker ("contains (like %…%)").
    static QString conditionLabel(magento::Condition condition);
    /// What to type as the value for a condition ("a comma-separated list: a,b,c"); empty for none.
    static QString valueHint(magento::Condition condition, bool dateField);

Q_SIGNALS:
    /// The user changed the criteria; `items` is the whole query with the new searchCriteria.
    void queryItemsEdited(const studio::KeyValueList& items);

private:
    struct FilterRow;
    struct Group;
    struct SortRow;

    Group* createGroup();
    FilterRow* createFilter(Group* group);
    SortRow* createSort();
    void removeGroup(Group* group);
    void removeFilter(Group* group, FilterRow* row);
    void removeSort(SortRow* row);
    void clearWidgets();
    void renumber();
    void refreshFieldPickers();
    void updateConditionUi(FilterRow* row);
    void edited();
    void refreshDerived();
    void applyQueryText();
    void setError(const QString& text);
    QComboBox* createFieldPicker(QWidget* parent);

    std::optional<magento::SearchEntity> m_entity;
    QString m_route;
    bool m_routeKnown = false;
    QStringList m_extraFields;
    QList<Group*> m_groups;
    QList<SortRow*> m_sorts;
    KeyValueList m_baseItems;
    magento::SearchCriteria m_lastCriteria;
    magento::KeyStyle m_style = magento::KeyStyle::SnakeCase;
    bool m_styleChosen = false;
    bool m_updating = false;
    QStringList m_hints;
    QString m_errorText;

    QLabel* m_entityLabel;
    QVBoxLayout* m_groupsLayout;
    QPushButton* m_addGroup;
    QVBoxLayout* m_sortsLayout;
    QPushButton* m_addSort;
    QSpinBox* m_pageSize;
    QSpinBox* m_currentPage;
    QComboBox* m_styleCombo;
    QLineEdit* m_queryEdit;
    QLabel* m_preview;
    QLabel* m_hintsLabel;
    QLabel* m_error;
};

} // namespace studio::ui
