#pragma once

#include "core/schema/graphqlschema.h"

#include <memory>
#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QStandardItemModel;
class QTimer;
class QTreeView;

namespace studio::ui {

class SchemaTreeModel;

/// Browses a GraphQL schema: a tree from the root operation types (Query, Mutation) through fields and their
/// types, with type signatures, arguments, descriptions and deprecation; a search box that lists every field and
/// type whose name or description matches, with the shortest way to reach it from Query; details of the selected
/// entry below. Double-clicking an entry asks for it to be inserted at the query editor's cursor.
class SchemaExplorer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaExplorer)

public:
    explicit SchemaExplorer(QWidget* parent = nullptr);
    ~SchemaExplorer() override;

    /// The schema to show; null shows an empty explorer with `emptyText`.
    void setSchema(std::shared_ptr<const schema::GraphQLSchema> schema);
    /// What the empty explorer says ("Introspect to see the schema").
    void setEmptyText(const QString& text);

    /// Expands the tree along a path of names ("Query", "products", "items") and selects its end; invalid when
    /// the path does not exist.
    QModelIndex reveal(const QStringList& path);
    /// Searches at once (the search box waits for a pause in typing).
    void search(const QString& text);

    /// The parts, for embedding code and tests.
    SchemaTreeModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    QTreeView* resultsView() const { return m_resultsView; }
    QStandardItemModel* results() const { return m_results; }
    QLineEdit* searchEdit() const { return m_search; }

Q_SIGNALS:
    /// Insert `snippet` at the query editor's cursor; the cursor goes `cursorOffset` characters in (-1: after).
    void insertRequested(const QString& snippet, int cursorOffset);

private:
    void activated(const QModelIndex& index);
    void showDetails(const QModelIndex& index);
    void computePaths();

    std::shared_ptr<const schema::GraphQLSchema> m_schema;
    QHash<QString, QString> m_paths; ///< type name → shortest path from a root ("Query.products.items")
    QLineEdit* m_search;
    QStackedWidget* m_stack;
    QTreeView* m_tree;
    SchemaTreeModel* m_model;
    QTreeView* m_resultsView;
    QStandardItemModel* m_results;
    QLabel* m_empty;
    QLabel* m_details;
    QTimer* m_searchTimer;
};

} // namespace studio::ui
