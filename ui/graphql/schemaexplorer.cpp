#include "ui/graphql/schemaexplorer.h"

#include "ui/graphql/schematreemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QQueue>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace studio::ui {

using schema::GraphQLSchema;

namespace {

constexpr int kMaxResults = 400;

enum Page { TreePage, ResultsPage, EmptyPage };

// The full description of a search result (the view shows the path instead).
constexpr int DescriptionRole = SchemaTreeModel::PathRole + 1;

QTreeView* makeView(QWidget* parent)
{
    auto* view = new QTreeView(parent);
    view->setUniformRowHeights(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->header()->setStretchLastSection(true);
    view->setColumnWidth(0, 200);
    view->setColumnWidth(1, 170);
    return view;
}

} // namespace

SchemaExplorer::SchemaExplorer(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_tree(makeView(this))
    , m_model(new SchemaTreeModel(this))
    , m_resultsView(makeView(this))
    , m_results(new QStandardItemModel(this))
    , m_empty(new QLabel(this))
    , m_details(new QLabel(this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("SchemaExplorer"));
    m_search->setObjectName(QStringLiteral("schemaSearch"));
    m_search->setPlaceholderText(tr("Search fields and types"));
    m_search->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("schemaTree"));
    m_tree->setModel(m_model);
    // A double click inserts; expanding is the arrow's (or the keyboard's) job.
    m_tree->setExpandsOnDoubleClick(false);
    m_resultsView->setObjectName(QStringLiteral("schemaSearchResults"));
    m_resultsView->setRootIsDecorated(false);
    m_resultsView->setModel(m_results);
    m_empty->setObjectName(QStringLiteral("schemaEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_empty->setText(tr("No schema yet: press Introspect."));
    m_details->setObjectName(QStringLiteral("schemaDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 3);
    m_stack->insertWidget(TreePage, m_tree);
    m_stack->insertWidget(ResultsPage, m_resultsView);
    m_stack->insertWidget(EmptyPage, m_empty);
    m_stack->setCurrentIndex(EmptyPage);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_details);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { search(m_search->text()); });
    connect(m_tree, &QTreeView::doubleClicked, this, &SchemaExplorer::activated);
    connect(m_resultsView, &QTreeView::doubleClicked, this, &SchemaExplorer::activated);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) { showDetails(current); });
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) { showDetails(current); });
}

SchemaExplorer::~SchemaExplorer() = default;

void SchemaExplorer::setEmptyText(const QString& text)
{
    m_empty->setText(text);
}

void SchemaExplorer::setSchema(std::shared_ptr<const GraphQLSchema> schema)
{
    m_schema = std::move(schema);
    m_paths.clear();
    m_model->setSchema(m_schema);
    m_results->clear();
    m_details->clear();
    if (!m_schema) {
        m_stack->setCurrentIndex(EmptyPage);
        return;
    }
    // Open the roots: Query's fields are what one looks for first.
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_tree->expand(m_model->index(row, 0));
    search(m_search->text());
}

QModelIndex SchemaExplorer::reveal(const QStringList& path)
{
    if (!m_search->text().isEmpty())
        m_search->clear();
    search(QString());
    const QModelIndex index = m_model->indexForPath(path);
    if (!index.isValid())
        return {};
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return index;
}

void SchemaExplorer::computePaths()
{
    if (!m_schema || !m_paths.isEmpty())
        return;
    QQueue<QString> queue;
    const QList<QPair<QString, QString>> roots {{QStringLiteral("Query"), m_schema->queryType()},
        {QStringLiteral("Mutation"), m_schema->mutationType()},
        {QStringLiteral("Subscription"), m_schema->subscriptionType()}};
    for (const auto& [label, typeName] : roots) {
        if (!typeName.isEmpty() && !m_paths.contains(typeName)) {
            m_paths.insert(typeName, label);
            queue.enqueue(typeName);
        }
    }
    while (!queue.isEmpty()) {
        const QString typeName = queue.dequeue();
        const GraphQLSchema::Type* type = m_schema->type(typeName);
        if (!type)
            continue;
        const QString path = m_paths.value(typeName);
        for (const GraphQLSchema::Field& field : type->fields) {
            const QString next = field.type.namedType();
            if (!m_paths.contains(next)) {
                m_paths.insert(next, path + u'.' + field.name);
                queue.enqueue(next);
            }
        }
        for (const QString& possible : type->possibleTypes) {
            if (!m_paths.contains(possible)) {
                m_paths.insert(possible, path + QStringLiteral("<%1>").arg(possible));
                queue.enqueue(possible);
            }
        }
    }
}

void SchemaExplorer::search(const QString& text)
{
    m_searchTimer->stop();
    if (!m_schema) {
        m_stack->setCurrentIndex(EmptyPage);
        return;
    }
    const QString needle = text.trimmed();
    if (needle.isEmpty()) {
        m_stack->setCurrentIndex(TreePage);
        return;
    }
    computePaths();
    m_results->clear();
    m_results->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Where")});
    int count = 0;
    bool truncated = false;
    const auto addRow = [&](const QString& label, const QString& signature, const QString& where,
                            const QString& description, const QString& snippet, int cursor) {
        if (count >= kMaxResults) {
            truncated = true;
            return;
        }
        ++count;
        auto* name = new QStandardItem(label);
        name->setData(snippet, SchemaTreeModel::SnippetRole);
        name->setData(cursor, SchemaTreeModel::SnippetCursorRole);
        name->setData(description, DescriptionRole);
        name->setToolTip(description);
        auto* type = new QStandardItem(signature);
        auto* path = new QStandardItem(where);
        path->setToolTip(where);
        m_results->appendRow({name, type, path});
    };
    for (const QString& typeName : m_schema->typeNames()) {
        const GraphQLSchema::Type* type = m_schema->type(typeName);
        if (!type)
            continue;
        const QString typePath = m_paths.value(typeName);
        if (typeName.contains(needle, Qt::CaseInsensitive))
            addRow(typeName, type->kind, typePath.isEmpty() ? tr("not reachable from the roots") : typePath,
                type->description, QString(), -1);
        for (const GraphQLSchema::Field& field : type->fields) {
            if (!field.name.contains(needle, Qt::CaseInsensitive)
                && !field.description.contains(needle, Qt::CaseInsensitive))
                continue;
            int cursor = -1;
            const QString snippet = SchemaTreeModel::fieldSnippet(*m_schema, field, &cursor);
            addRow(typeName + u'.' + field.name, field.type.toString(),
                typePath.isEmpty() ? QString() : typePath + u'.' + field.name, field.description, snippet, cursor);
        }
        for (const GraphQLSchema::InputValue& input : type->inputFields) {
            if (!input.name.contains(needle, Qt::CaseInsensitive))
                continue;
            addRow(typeName + u'.' + input.name, input.type.toString(), tr("input"), input.description,
                input.name + QStringLiteral(": "), -1);
        }
    }
    if (truncated)
        m_details->setText(tr("Showing the first %1 matches; type more to narrow the search.").arg(kMaxResults));
    else if (count == 0)
        m_details->setText(tr("Nothing in the schema matches \u201C%1\u201D.").arg(needle.toHtmlEscaped()));
    else
        m_details->setText(tr("%n match(es). Double-click one to insert it.", nullptr, count));
    m_stack->setCurrentIndex(ResultsPage);
}

void SchemaExplorer::activated(const QModelIndex& index)
{
    const QModelIndex first = index.sibling(index.row(), 0);
    const QString snippet = first.data(SchemaTreeModel::SnippetRole).toString();
    if (snippet.isEmpty())
        return;
    Q_EMIT insertRequested(snippet, first.data(SchemaTreeModel::SnippetCursorRole).toInt());
}

void SchemaExplorer::showDetails(const QModelIndex& index)
{
    if (!index.isValid()) {
        m_details->clear();
        return;
    }
    const QModelIndex first = index.sibling(index.row(), 0);
    if (first.model() == m_model) {
        m_details->setText(first.data(Qt::ToolTipRole).toString());
        return;
    }
    const QString name = first.data(Qt::DisplayRole).toString();
    const QString type = first.sibling(first.row(), 1).data().toString();
    const QString description = first.data(DescriptionRole).toString();
    m_details->setText(QStringLiteral("<b>%1</b>: %2<br>%3")
                           .arg(name.toHtmlEscaped(), type.toHtmlEscaped(),
                               description.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))));
}

} // namespace studio::ui
