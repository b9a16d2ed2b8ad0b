#include "ui/magento/searchcriteriabuilder.h"

#include <QComboBox>
#include <QCompleter>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace studio::ui {

using magento::Condition;
using magento::Filter;
using magento::FilterGroup;
using magento::KeyStyle;
using magento::SearchCriteria;
using magento::SortOrder;

namespace {

// The order of the condition picker: the everyday ones first, Magento's aliases and rarities last.
const Condition pickerOrder[] = {Condition::Eq, Condition::Neq, Condition::Like, Condition::Nlike, Condition::In,
    Condition::Nin, Condition::Gt, Condition::Gteq, Condition::Lt, Condition::Lteq, Condition::From, Condition::To,
    Condition::Moreq, Condition::Finset, Condition::Nfinset, Condition::Null, Condition::Notnull};

bool isSearchCriteriaKey(const QString& key)
{
    const qsizetype open = key.indexOf(u'[');
    QString base = (open < 0 ? key : key.left(open)).toLower();
    base.remove(u'_');
    return base == u"searchcriteria";
}

// snake_case or camelCase as the keys of a query spell searchCriteria; nullopt when they do not say (or mix).
std::optional<KeyStyle> styleOf(const KeyValueList& items)
{
    bool camel = false;
    bool snake = false;
    for (const auto& [key, value] : items) {
        Q_UNUSED(value)
        if (!isSearchCriteriaKey(key))
            continue;
        const qsizetype open = key.indexOf(u'[');
        if (open < 0)
            continue;
        const QString rest = key.mid(open);
        for (const QChar c : rest) {
            if (c.isUpper())
                camel = true;
            else if (c == u'_')
                snake = true;
        }
    }
    if (camel && !snake)
        return KeyStyle::CamelCase;
    if (snake && !camel)
        return KeyStyle::SnakeCase;
    return std::nullopt;
}

QWidget* andSeparator(QWidget* parent)
{
    auto* widget = new QWidget(parent);
    widget->setObjectName(QStringLiteral("andSeparator"));
    auto* layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 2, 0, 2);
    auto* left = new QFrame(widget);
    left->setFrameShape(QFrame::HLine);
    left->setFrameShadow(QFrame::Sunken);
    auto* right = new QFrame(widget);
    right->setFrameShape(QFrame::HLine);
    right->setFrameShadow(QFrame::Sunken);
    auto* label = new QLabel(SearchCriteriaBuilder::tr("AND"), widget);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setToolTip(SearchCriteriaBuilder::tr("An item must match every group"));
    layout->addWidget(left, 1);
    layout->addWidget(label);
    layout->addWidget(right, 1);
    return widget;
}

// Removes a widget at once from the tree (so lookups no longer find it), deleting it later: it may be the sender
// of the signal being handled.
void discard(QWidget* widget)
{
    widget->hide();
    widget->setParent(nullptr);
    widget->deleteLater();
}

QString quoted(const QString& value)
{
    return QStringLiteral("\u201C%1\u201D").arg(value);
}

} // namespace

struct SearchCriteriaBuilder::FilterRow
{
    QWidget* widget = nullptr;
    QLabel* orLabel = nullptr;
    QComboBox* field = nullptr;
    QComboBox* condition = nullptr;
    QLineEdit* value = nullptr;
    QToolButton* remove = nullptr;
    QLabel* hint = nullptr;
};

struct SearchCriteriaBuilder::Group
{
    QWidget* widget = nullptr;
    QWidget* separator = nullptr;
    QLabel* title = nullptr;
    QToolButton* remove = nullptr;
    QVBoxLayout* rows = nullptr;
    QPushButton* add = nullptr;
    QList<FilterRow*> filters;
};

struct SearchCriteriaBuilder::SortRow
{
    QWidget* widget = nullptr;
    QComboBox* field = nullptr;
    QComboBox* direction = nullptr;
    QToolButton* remove = nullptr;
};

SearchCriteriaBuilder::SearchCriteriaBuilder(QWidget* parent)
    : QWidget(parent)
    , m_entityLabel(new QLabel(this))
    , m_groupsLayout(new QVBoxLayout)
    , m_addGroup(new QPushButton(tr("Add filter &group (AND)"), this))
    , m_sortsLayout(new QVBoxLayout)
    , m_addSort(new QPushButton(tr("Add so&rt order"), this))
    , m_pageSize(new QSpinBox(this))
    , m_currentPage(new QSpinBox(this))
    , m_styleCombo(new QComboBox(this))
    , m_queryEdit(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_hintsLabel(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("SearchCriteriaBuilder"));
    m_entityLabel->setObjectName(QStringLiteral("entityLabel"));
    m_entityLabel->setWordWrap(true);
    auto* rules = new QLabel(
        tr("An item must match <b>every</b> group (AND); inside a group, <b>any one</b> filter is enough (OR)."), this);
    rules->setWordWrap(true);
    rules->setTextFormat(Qt::RichText);

    m_addGroup->setObjectName(QStringLiteral("addGroup"));
    m_addGroup->setToolTip(tr("A new group that must match as well"));
    m_addSort->setObjectName(QStringLiteral("addSort"));
    m_pageSize->setObjectName(QStringLiteral("pageSize"));
    m_pageSize->setRange(0, 1000000);
    m_pageSize->setSpecialValueText(tr("all (no limit)"));
    m_pageSize->setToolTip(tr("searchCriteria[pageSize]: items per page. Without it Magento returns every match."));
    m_currentPage->setObjectName(QStringLiteral("currentPage"));
    m_currentPage->setRange(0, 10000000);
    m_currentPage->setSpecialValueText(tr("not set"));
    m_currentPage->setToolTip(tr("searchCriteria[currentPage]: which page, from 1"));
    m_styleCombo->setObjectName(QStringLiteral("keyStyle"));
    m_styleCombo->addItem(tr("snake_case keys"), int(KeyStyle::SnakeCase));
    m_styleCombo->addItem(tr("camelCase keys"), int(KeyStyle::CamelCase));
    m_styleCombo->setToolTip(tr("Magento reads both spellings; the REST docs use snake_case, its schema camelCase"));
    m_queryEdit->setObjectName(QStringLiteral("criteriaQuery"));
    m_queryEdit->setPlaceholderText(tr("Paste a searchCriteria query and press Enter"));
    m_queryEdit->setToolTip(tr("The searchCriteria part of the query. Paste one (or a whole URL) and press Enter to "
                               "load it into the builder."));
    m_queryEdit->setClearButtonEnabled(true);
    m_preview->setObjectName(QStringLiteral("criteriaPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hintsLabel->setObjectName(QStringLiteral("criteriaHints"));
    m_hintsLabel->setWordWrap(true);
    m_hintsLabel->setTextFormat(Qt::RichText);
    m_hintsLabel->setStyleSheet(QStringLiteral("QLabel { color: #b9770e; }"));
    m_hintsLabel->hide();
    m_error->setObjectName(QStringLiteral("criteriaError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));
    m_error->hide();

    // The editable part scrolls; query, preview and advice stay in view.
    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(4, 4, 4, 4);
    m_groupsLayout->setSpacing(4);
    contentLayout->addLayout(m_groupsLayout);
    auto* addGroupRow = new QHBoxLayout;
    addGroupRow->addWidget(m_addGroup);
    addGroupRow->addStretch(1);
    contentLayout->addLayout(addGroupRow);
    auto* sortTitle = new QLabel(tr("<b>Sort orders</b> (the first decides, the next break ties)"), content);
    sortTitle->setTextFormat(Qt::RichText);
    contentLayout->addSpacing(6);
    contentLayout->addWidget(sortTitle);
    contentLayout->addLayout(m_sortsLayout);
    auto* addSortRow = new QHBoxLayout;
    addSortRow->addWidget(m_addSort);
    addSortRow->addStretch(1);
    contentLayout->addLayout(addSortRow);
    auto* paging = new QHBoxLayout;
    auto* pageSizeLabel = new QLabel(tr("Page si&ze:"), content);
    pageSizeLabel->setBuddy(m_pageSize);
    auto* currentPageLabel = new QLabel(tr("Current page:"), content);
    currentPageLabel->setBuddy(m_currentPage);
    paging->addWidget(pageSizeLabel);
    paging->addWidget(m_pageSize);
    paging->addSpacing(12);
    paging->addWidget(currentPageLabel);
    paging->addWidget(m_currentPage);
    paging->addStretch(1);
    contentLayout->addSpacing(6);
    contentLayout->addLayout(paging);
    contentLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* queryRow = new QHBoxLayout;
    auto* queryLabel = new QLabel(tr("&Query:"), this);
    queryLabel->setBuddy(m_queryEdit);
    queryRow->addWidget(queryLabel);
    queryRow->addWidget(m_queryEdit, 1);
    queryRow->addWidget(m_styleCombo);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_entityLabel);
    layout->addWidget(rules);
    layout->addWidget(scroll, 1);
    layout->addLayout(queryRow);
    layout->addWidget(m_error);
    layout->addWidget(m_preview);
    layout->addWidget(m_hintsLabel);

    connect(m_addGroup, &QPushButton::clicked, this, [this] {
        const int index = addGroup();
        m_groups.at(index)->filters.first()->field->setFocus();
    });
    connect(m_addSort, &QPushButton::clicked, this, [this] {
        addSortOrder();
        m_sorts.last()->field->setFocus();
    });
    connect(m_pageSize, &QSpinBox::valueChanged, this, &SearchCriteriaBuilder::edited);
    connect(m_currentPage, &QSpinBox::valueChanged, this, &SearchCriteriaBuilder::edited);
    connect(m_styleCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_styleChosen = true;
        m_style = KeyStyle(m_styleCombo->currentData().toInt());
        const KeyValueList items = queryItems();
        m_baseItems = items;
        refreshDerived();
        Q_EMIT queryItemsEdited(items);
    });
    connect(m_queryEdit, &QLineEdit::returnPressed, this, &SearchCriteriaBuilder::applyQueryText);

    setRoute(QByteArray(), QString());
    refreshDerived();
}

SearchCriteriaBuilder::~SearchCriteriaBuilder()
{
    // The structs only point at widgets, which are children of this and go with it.
    for (Group* group : std::as_const(m_groups))
        qDeleteAll(group->filters);
    qDeleteAll(m_groups);
    qDeleteAll(m_sorts);
}

// Entity and fields

void SearchCriteriaBuilder::setRoute(const QByteArray& method, const QString& path)
{
    // Called for every change of a URL; the query part does not change the route.
    const QString route = QString::fromLatin1(method.toUpper()) + u' ' + magento::SearchFields::servicePath(path);
    if (m_routeKnown && route == m_route)
        return;
    m_routeKnown = true;
    m_route = route;
    m_entity = magento::SearchFields::forRoute(method, path);
    if (m_entity) {
        m_entityLabel->setText(tr("<b>%1</b> — %2 takes searchCriteria.")
                                   .arg(m_entity->label.toHtmlEscaped(), m_entity->routeTemplate.toHtmlEscaped()));
    } else if (path.trimmed().isEmpty()) {
        m_entityLabel->setText(tr("Pick a list route such as GET /V1/products to get its fields offered."));
    } else {
        m_entityLabel->setText(
            tr("%1 %2 is not a list route the studio knows; type the field names yourself.")
                .arg(
                    QString::fromLatin1(method.isEmpty() ? QByteArrayLiteral("GET") : method.toUpper()).toHtmlEscaped(),
                    magento::SearchFields::servicePath(path).toHtmlEscaped()));
    }
    refreshFieldPickers();
}

void SearchCriteriaBuilder::setExtraFields(const QStringList& fields)
{
    if (fields == m_extraFields)
        return;
    m_extraFields = fields;
    refreshFieldPickers();
}

QStringList SearchCriteriaBuilder::knownFields() const
{
    QStringList fields = m_entity ? m_entity->fields : QStringList();
    for (const QString& field : m_extraFields) {
        if (!field.isEmpty() && !fields.contains(field))
            fields << field;
    }
    return fields;
}

QComboBox* SearchCriteriaBuilder::createFieldPicker(QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMinimumContentsLength(12);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->addItems(knownFields());
    combo->setCurrentIndex(-1);
    combo->setEditText(QString());
    combo->lineEdit()->setPlaceholderText(tr("field"));
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    connect(combo, &QComboBox::editTextChanged, this, &SearchCriteriaBuilder::edited);
    return combo;
}

void SearchCriteriaBuilder::refreshFieldPickers()
{
    const QStringList fields = knownFields();
    const bool wasUpdating = m_updating;
    m_updating = true;
    const auto refill = [&fields](QComboBox* combo) {
        const QString text = combo->currentText();
        combo->clear();
        combo->addItems(fields);
        combo->setCurrentIndex(-1);
        combo->setEditText(text);
    };
    for (Group* group : std::as_const(m_groups)) {
        for (FilterRow* row : std::as_const(group->filters)) {
            refill(row->field);
            updateConditionUi(row);
        }
    }
    for (SortRow* row : std::as_const(m_sorts))
        refill(row->field);
    m_updating = wasUpdating;
}

// Widgets

SearchCriteriaBuilder::Group* SearchCriteriaBuilder::createGroup()
{
    auto* group = new Group;
    group->widget = new QWidget(this);
    group->widget->setObjectName(QStringLiteral("filterGroup"));
    auto* outer = new QVBoxLayout(group->widget);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    group->separator = andSeparator(group->widget);
    outer->addWidget(group->separator);
    auto* box = new QFrame(group->widget);
    box->setFrameShape(QFrame::StyledPanel);
    outer->addWidget(box);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(6, 4, 6, 6);
    auto* header = new QHBoxLayout;
    group->title = new QLabel(box);
    group->title->setObjectName(QStringLiteral("groupTitle"));
    group->remove = new QToolButton(box);
    group->remove->setObjectName(QStringLiteral("removeGroup"));
    group->remove->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    group->remove->setToolTip(tr("Remove this group"));
    group->remove->setAutoRaise(true);
    header->addWidget(group->title, 1);
    header->addWidget(group->remove);
    boxLayout->addLayout(header);
    group->rows = new QVBoxLayout;
    group->rows->setSpacing(2);
    boxLayout->addLayout(group->rows);
    group->add = new QPushButton(tr("Add filter (OR)"), box);
    group->add->setObjectName(QStringLiteral("addFilter"));
    group->add->setToolTip(tr("Another filter in this group: an item matches when any of them does"));
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(group->add);
    addRow->addStretch(1);
    boxLayout->addLayout(addRow);
    m_groupsLayout->addWidget(group->widget);
    // Shown now, not when the layout gets round to it: the caller may look at it at once.
    group->widget->show();
    m_groups.append(group);

    connect(group->remove, &QToolButton::clicked, this, [this, group] {
        removeGroup(group);
        edited();
    });
    connect(group->add, &QPushButton::clicked, this, [this, group] {
        FilterRow* row = createFilter(group);
        renumber();
        row->field->setFocus();
        edited();
    });
    return group;
}

SearchCriteriaBuilder::FilterRow* SearchCriteriaBuilder::createFilter(Group* group)
{
    auto* row = new FilterRow;
    row->widget = new QWidget(group->widget);
    row->widget->setObjectName(QStringLiteral("filterRow"));
    auto* grid = new QGridLayout(row->widget);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(0);
    row->orLabel = new QLabel(tr("or"), row->widget);
    row->orLabel->setObjectName(QStringLiteral("orLabel"));
    row->orLabel->setMinimumWidth(row->orLabel->fontMetrics().horizontalAdvance(tr("or")) + 4);
    row->field = createFieldPicker(row->widget);
    row->field->setObjectName(QStringLiteral("filterField"));
    row->condition = new QComboBox(row->widget);
    row->condition->setObjectName(QStringLiteral("filterCondition"));
    for (const Condition condition : pickerOrder) {
        row->condition->addItem(conditionLabel(condition), int(condition));
        row->condition->setItemData(
            row->condition->count() - 1, magento::conditionDescription(condition), Qt::ToolTipRole);
    }
    row->value = new QLineEdit(row->widget);
    row->value->setObjectName(QStringLiteral("filterValue"));
    row->remove = new QToolButton(row->widget);
    row->remove->setObjectName(QStringLiteral("removeFilter"));
    row->remove->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    row->remove->setToolTip(tr("Remove this filter"));
    row->remove->setAutoRaise(true);
    row->hint = new QLabel(row->widget);
    row->hint->setObjectName(QStringLiteral("filterHint"));
    row->hint->setWordWrap(true);
    QFont small = row->hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    row->hint->setFont(small);
    row->hint->setEnabled(false);
    grid->addWidget(row->orLabel, 0, 0);
    grid->addWidget(row->field, 0, 1);
    grid->addWidget(row->condition, 0, 2);
    grid->addWidget(row->value, 0, 3);
    grid->addWidget(row->remove, 0, 4);
    grid->addWidget(row->hint, 1, 1, 1, 3);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(3, 3);
    group->rows->addWidget(row->widget);
    row->widget->show();
    group->filters.append(row);

    connect(row->condition, &QComboBox::currentIndexChanged, this, [this, row] {
        if (!m_updating && !magento::conditionTakesValue(Condition(row->condition->currentData().toInt())))
            row->value->clear();
        updateConditionUi(row);
        edited();
    });
    connect(row->value, &QLineEdit::textChanged, this, &SearchCriteriaBuilder::edited);
    connect(row->remove, &QToolButton::clicked, this, [this, group, row] {
        removeFilter(group, row);
        edited();
    });
    updateConditionUi(row);
    return row;
}

SearchCriteriaBuilder::SortRow* SearchCriteriaBuilder::createSort()
{
    auto* row = new SortRow;
    row->widget = new QWidget(this);
    row->widget->setObjectName(QStringLiteral("sortRow"));
    auto* layout = new QHBoxLayout(row->widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    row->field = createFieldPicker(row->widget);
    row->field->setObjectName(QStringLiteral("sortField"));
    row->direction = new QComboBox(row->widget);
    row->direction->setObjectName(QStringLiteral("sortDirection"));
    row->direction->addItem(tr("ascending (ASC)"), int(SortOrder::Direction::Ascending));
    row->direction->addItem(tr("descending (DESC)"), int(SortOrder::Direction::Descending));
    row->remove = new QToolButton(row->widget);
    row->remove->setObjectName(QStringLiteral("removeSort"));
    row->remove->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    row->remove->setToolTip(tr("Remove this sort order"));
    row->remove->setAutoRaise(true);
    layout->addWidget(row->field, 2);
    layout->addWidget(row->direction, 1);
    layout->addWidget(row->remove);
    m_sortsLayout->addWidget(row->widget);
    row->widget->show();
    m_sorts.append(row);

    connect(row->direction, &QComboBox::currentIndexChanged, this, &SearchCriteriaBuilder::edited);
    connect(row->remove, &QToolButton::clicked, this, [this, row] {
        removeSort(row);
        edited();
    });
    return row;
}

int SearchCriteriaBuilder::addGroup()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    Group* group = createGroup();
    createFilter(group);
    m_updating = wasUpdating;
    renumber();
    edited();
    return int(m_groups.indexOf(group));
}

void SearchCriteriaBuilder::addFilter(int group)
{
    if (group < 0 || group >= m_groups.size())
        return;
    createFilter(m_groups.at(group));
    renumber();
    edited();
}

void SearchCriteriaBuilder::addSortOrder()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    createSort();
    m_updating = wasUpdating;
    edited();
}

void SearchCriteriaBuilder::removeGroup(Group* group)
{
    m_groups.removeOne(group);
    discard(group->widget);
    qDeleteAll(group->filters);
    delete group;
    renumber();
}

void SearchCriteriaBuilder::removeFilter(Group* group, FilterRow* row)
{
    group->filters.removeOne(row);
    discard(row->widget);
    delete row;
    if (group->filters.isEmpty())
        removeGroup(group);
    else
        renumber();
}

void SearchCriteriaBuilder::removeSort(SortRow* row)
{
    m_sorts.removeOne(row);
    discard(row->widget);
    delete row;
}

void SearchCriteriaBuilder::clearWidgets()
{
    while (!m_groups.isEmpty())
        removeGroup(m_groups.last());
    while (!m_sorts.isEmpty())
        removeSort(m_sorts.last());
}

void SearchCriteriaBuilder::renumber()
{
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        Group* group = m_groups.at(g);
        group->separator->setVisible(g > 0);
        group->title->setText(
            group->filters.size() > 1 ? tr("Group %1: any of these (OR)").arg(g + 1) : tr("Group %1").arg(g + 1));
        for (qsizetype f = 0; f < group->filters.size(); ++f) {
            // Keep the column: the label is invisible, not gone, on the first row.
            QLabel* label = group->filters.at(f)->orLabel;
            label->setText(f > 0 ? tr("or") : QString());
        }
    }
}

void SearchCriteriaBuilder::updateConditionUi(FilterRow* row)
{
    const auto condition = Condition(row->condition->currentData().toInt());
    const bool takesValue = magento::conditionTakesValue(condition);
    const QString field = row->field->currentText().trimmed();
    const bool date = m_entity && m_entity->dateFields.contains(field);
    row->value->setEnabled(takesValue || !row->value->text().isEmpty());
    if (!takesValue)
        row->value->setPlaceholderText(tr("(no value)"));
    else if (magento::conditionTakesList(condition))
        row->value->setPlaceholderText(tr("a,b,c"));
    else if (condition == Condition::Like || condition == Condition::Nlike)
        row->value->setPlaceholderText(tr("%text%"));
    else if (date)
        row->value->setPlaceholderText(tr("2024-01-31 00:00:00"));
    else
        row->value->setPlaceholderText(tr("value"));
    const QString hint = valueHint(condition, date);
    row->hint->setText(hint);
    row->hint->setVisible(!hint.isEmpty());
    row->condition->setToolTip(magento::conditionDescription(condition));
}

// Reading and writing

SearchCriteria SearchCriteriaBuilder::criteria() const
{
    SearchCriteria criteria;
    for (const Group* group : m_groups) {
        FilterGroup out;
        for (const FilterRow* row : group->filters) {
            const QString field = row->field->currentText().trimmed();
            if (field.isEmpty())
                continue;
            out.filters << Filter {field, row->value->text(), Condition(row->condition->currentData().toInt())};
        }
        if (!out.filters.isEmpty())
            criteria.filterGroups << out;
    }
    for (const SortRow* row : m_sorts) {
        const QString field = row->field->currentText().trimmed();
        if (!field.isEmpty())
            criteria.sortOrders << SortOrder {field, SortOrder::Direction(row->direction->currentData().toInt())};
    }
    if (m_pageSize->value() > 0)
        criteria.pageSize = m_pageSize->value();
    if (m_currentPage->value() > 0)
        criteria.currentPage = m_currentPage->value();
    return criteria;
}

void SearchCriteriaBuilder::setCriteria(const SearchCriteria& criteria)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    clearWidgets();
    for (const FilterGroup& filterGroup : criteria.filterGroups) {
        if (filterGroup.filters.isEmpty())
            continue;
        Group* group = createGroup();
        for (const Filter& filter : filterGroup.filters) {
            FilterRow* row = createFilter(group);
            row->field->setEditText(filter.field);
            row->condition->setCurrentIndex(row->condition->findData(int(filter.condition)));
            row->value->setText(filter.value);
            updateConditionUi(row);
        }
    }
    for (const SortOrder& sort : criteria.sortOrders) {
        SortRow* row = createSort();
        row->field->setEditText(sort.field);
        row->direction->setCurrentIndex(row->direction->findData(int(sort.direction)));
    }
    m_pageSize->setValue(criteria.pageSize.value_or(0));
    m_currentPage->setValue(criteria.currentPage.value_or(0));
    renumber();
    m_updating = wasUpdating;
    m_lastCriteria = this->criteria();
    refreshDerived();
}

Status SearchCriteriaBuilder::setQueryItems(const KeyValueList& items)
{
    m_baseItems = items;
    Result<magento::ParsedQuery> parsed = SearchCriteria::parseQuery(magento::encodeQueryItems(items));
    if (!parsed) {
        setError(tr("The query's searchCriteria cannot be shown here: %1").arg(parsed.error().message));
        return parsed.error();
    }
    setError(QString());
    if (!m_styleChosen) {
        if (const std::optional<KeyStyle> style = styleOf(items); style && *style != m_style) {
            m_style = *style;
            const bool wasUpdating = m_updating;
            m_updating = true;
            m_styleCombo->setCurrentIndex(m_styleCombo->findData(int(m_style)));
            m_updating = wasUpdating;
        }
    }
    if (parsed->criteria != m_lastCriteria)
        setCriteria(parsed->criteria);
    else
        refreshDerived();
    return {};
}

KeyValueList SearchCriteriaBuilder::queryItems() const
{
    const KeyValueList criteriaItems = criteria().toQueryItems(m_style);
    KeyValueList out;
    bool inserted = false;
    for (const auto& item : m_baseItems) {
        if (isSearchCriteriaKey(item.first)) {
            if (!inserted) {
                out << criteriaItems;
                inserted = true;
            }
            continue;
        }
        out << item;
    }
    if (!inserted)
        out << criteriaItems;
    return out;
}

QString SearchCriteriaBuilder::queryString() const
{
    return criteria().toQueryString(m_style);
}

void SearchCriteriaBuilder::setKeyStyle(KeyStyle style)
{
    m_styleChosen = true;
    m_style = style;
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_styleCombo->setCurrentIndex(m_styleCombo->findData(int(style)));
    m_updating = wasUpdating;
    refreshDerived();
}

void SearchCriteriaBuilder::applyQueryText()
{
    const QString text = m_queryEdit->text();
    Result<magento::ParsedQuery> parsed = SearchCriteria::parseQuery(text);
    if (!parsed) {
        // The text stays in the field for the user to correct.
        setError(tr("This query cannot be read: %1").arg(parsed.error().message));
        return;
    }
    setError(QString());
    // Other parameters of a pasted URL (fields=, storeId=) join the query unless it has them already.
    for (const auto& item : std::as_const(parsed->otherItems)) {
        bool present = false;
        for (const auto& existing : std::as_const(m_baseItems))
            present = present || existing.first == item.first;
        if (!present)
            m_baseItems << item;
    }
    if (!m_styleChosen) {
        KeyValueList pasted;
        for (const QString& pair : text.mid(text.indexOf(u'?') + 1).split(u'&')) {
            const QString key = QUrl::fromPercentEncoding(pair.section(u'=', 0, 0).toUtf8());
            pasted << qMakePair(key, QString());
        }
        if (const std::optional<KeyStyle> style = styleOf(pasted)) {
            m_style = *style;
            const bool wasUpdating = m_updating;
            m_updating = true;
            m_styleCombo->setCurrentIndex(m_styleCombo->findData(int(m_style)));
            m_updating = wasUpdating;
        }
    }
    setCriteria(parsed->criteria);
    const KeyValueList items = queryItems();
    m_baseItems = items;
    m_queryEdit->setText(queryString());
    Q_EMIT queryItemsEdited(items);
}

void SearchCriteriaBuilder::edited()
{
    if (m_updating)
        return;
    for (Group* group : std::as_const(m_groups)) {
        for (FilterRow* row : std::as_const(group->filters))
            updateConditionUi(row);
    }
    const SearchCriteria now = criteria();
    if (now == m_lastCriteria) {
        refreshDerived();
        return;
    }
    m_lastCriteria = now;
    // What the builder writes replaces the query's searchCriteria, so an error about the old text is moot.
    setError(QString());
    const KeyValueList items = queryItems();
    m_baseItems = items;
    refreshDerived();
    Q_EMIT queryItemsEdited(items);
}

void SearchCriteriaBuilder::setError(const QString& text)
{
    m_errorText = text;
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void SearchCriteriaBuilder::refreshDerived()
{
    const SearchCriteria now = criteria();
    m_hints = now.hints();
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        const Group* group = m_groups.at(g);
        for (qsizetype f = 0; f < group->filters.size(); ++f) {
            const FilterRow* row = group->filters.at(f);
            if (row->field->currentText().trimmed().isEmpty() && !row->value->text().isEmpty())
                m_hints << tr("Filter %1 of group %2 has no field yet, so it is left out.").arg(f + 1).arg(g + 1);
        }
    }
    for (qsizetype s = 0; s < m_sorts.size(); ++s) {
        const QString field = m_sorts.at(s)->field->currentText().trimmed();
        for (qsizetype t = 0; t < s; ++t) {
            if (!field.isEmpty() && m_sorts.at(t)->field->currentText().trimmed() == field) {
                m_hints << tr("\"%1\" is sorted twice; Magento uses the first.").arg(field);
                break;
            }
        }
    }
    if (m_hints.isEmpty()) {
        m_hintsLabel->clear();
        m_hintsLabel->hide();
    } else {
        QString html;
        for (const QString& hint : std::as_const(m_hints))
            html += QStringLiteral("<li>%1</li>").arg(hint.toHtmlEscaped());
        m_hintsLabel->setText(QStringLiteral("<ul style=\"margin-left:-20px\">%1</ul>").arg(html));
        m_hintsLabel->show();
    }
    m_preview->setText(tr("Preview: %1").arg(previewText()));
    // Keep what the user typed in the query field while it is wrong; otherwise show what the builder says.
    if (m_errorText.isEmpty() || !m_queryEdit->hasFocus())
        m_queryEdit->setText(now.toQueryString(m_style));
}

// Text

QString SearchCriteriaBuilder::conditionLabel(Condition condition)
{
    switch (condition) {
    case Condition::Eq:
        return tr("equals (eq)");
    case Condition::Neq:
        return tr("does not equal (neq)");
    case Condition::Like:
        return tr("contains (like %…%)");
    case Condition::Nlike:
        return tr("does not contain (nlike %…%)");
    case Condition::In:
        return tr("in list (in)");
    case Condition::Nin:
        return tr("not in list (nin)");
    case Condition::Gt:
        return tr("greater than (gt)");
    case Condition::Gteq:
        return tr("at least (gteq)");
    case Condition::Moreq:
        return tr("at least (moreq)");
    case Condition::Lt:
        return tr("less than (lt)");
    case Condition::Lteq:
        return tr("at most (lteq)");
    case Condition::From:
        return tr("from, inclusive (from)");
    case Condition::To:
        return tr("to, inclusive (to)");
    case Condition::Finset:
        return tr("set contains (finset)");
    case Condition::Nfinset:
        return tr("set does not contain (nfinset)");
    case Condition::Null:
        return tr("is empty (null)");
    case Condition::Notnull:
        return tr("is set (notnull)");
    }
    return magento::conditionName(condition);
}

QString SearchCriteriaBuilder::valueHint(Condition condition, bool dateField)
{
    switch (condition) {
    case Condition::In:
    case Condition::Nin:
        return tr("A comma-separated list without spaces: red,blue,green.");
    case Condition::Like:
    case Condition::Nlike:
        return tr("% stands for any text: %bag% contains “bag”, MS-% starts with “MS-”.");
    case Condition::Null:
    case Condition::Notnull:
        return tr("No value: this only checks whether the field is set.");
    case Condition::Finset:
    case Condition::Nfinset:
        return tr("One value of a multi-select attribute, usually an option id.");
    case Condition::From:
    case Condition::To:
        return dateField ? tr("A date as YYYY-MM-DD HH:MM:SS (UTC). For a range, put from and to in two groups.")
                         : tr("A number or date. For a range, put from and to in two groups.");
    case Condition::Gt:
    case Condition::Gteq:
    case Condition::Moreq:
    case Condition::Lt:
    case Condition::Lteq:
        return dateField ? tr("A date as YYYY-MM-DD HH:MM:SS (UTC).") : QString();
    case Condition::Eq:
    case Condition::Neq:
        return dateField ? tr("A date as YYYY-MM-DD HH:MM:SS (UTC).") : QString();
    }
    return QString();
}

QString SearchCriteriaBuilder::describeFilter(const Filter& filter)
{
    const QString field = filter.field;
    const QString value = quoted(filter.value);
    switch (filter.condition) {
    case Condition::Eq:
        return tr("%1 equals %2").arg(field, value);
    case Condition::Neq:
        return tr("%1 does not equal %2").arg(field, value);
    case Condition::Like:
        return tr("%1 is like %2").arg(field, value);
    case Condition::Nlike:
        return tr("%1 is not like %2").arg(field, value);
    case Condition::In:
        return tr("%1 is one of %2").arg(field, filter.values().join(QStringLiteral(", ")));
    case Condition::Nin:
        return tr("%1 is none of %2").arg(field, filter.values().join(QStringLiteral(", ")));
    case Condition::Gt:
        return tr("%1 > %2").arg(field, filter.value);
    case Condition::Gteq:
    case Condition::Moreq:
        return tr("%1 \u2265 %2").arg(field, filter.value);
    case Condition::Lt:
        return tr("%1 < %2").arg(field, filter.value);
    case Condition::Lteq:
        return tr("%1 \u2264 %2").arg(field, filter.value);
    case Condition::From:
        return tr("%1 from %2").arg(field, filter.value);
    case Condition::To:
        return tr("%1 to %2").arg(field, filter.value);
    case Condition::Finset:
        return tr("%1 includes %2").arg(field, value);
    case Condition::Nfinset:
        return tr("%1 does not include %2").arg(field, value);
    case Condition::Null:
        return tr("%1 is not set").arg(field);
    case Condition::Notnull:
        return tr("%1 is set").arg(field);
    }
    return field;
}

QString SearchCriteriaBuilder::previewText() const
{
    const SearchCriteria now = criteria();
    QStringList groups;
    for (const FilterGroup& group : now.filterGroups) {
        QStringList filters;
        for (const Filter& filter : group.filters)
            filters << describeFilter(filter);
        const QString joined = filters.join(tr(" or "));
        groups << (filters.size() > 1 && now.filterGroups.size() > 1 ? QStringLiteral("(%1)").arg(joined) : joined);
    }
    QStringList parts;
    parts << (groups.isEmpty() ? tr("every item") : groups.join(tr(" and ")));
    if (!now.sortOrders.isEmpty()) {
        QStringList sorts;
        for (const SortOrder& sort : now.sortOrders)
            sorts << (sort.direction == SortOrder::Direction::Descending ? tr("%1 descending").arg(sort.field)
                                                                         : tr("%1 ascending").arg(sort.field));
        parts << tr("sorted by %1").arg(sorts.join(QStringLiteral(", ")));
    }
    if (now.pageSize)
        parts << tr("%1 per page, page %2").arg(*now.pageSize).arg(now.currentPage.value_or(1));
    else
        parts << tr("all matches at once");
    return parts.join(QStringLiteral(" \u00B7 "));
}

} // namespace studio::ui
