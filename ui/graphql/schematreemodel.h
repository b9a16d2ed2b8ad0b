#pragma once

#include "core/schema/graphqlschema.h"

#include <memory>
#include <QAbstractItemModel>
#include <vector>

namespace studio::ui {

/// A GraphQL schema as a tree for the schema explorer: the root operation types (Query, Mutation, Subscription)
/// with their fields; under a field its arguments (input object fields and enum values inside them), then the
/// fields of its type, the types an interface or union may be ("… on ConfigurableProduct") and enum values.
/// The tree is infinite in principle (types refer to each other), so children are made when a node is expanded.
/// Columns: name, type signature, description.
class SchemaTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaTreeModel)

public:
    /// What a node stands for.
    enum class NodeKind {
        Root,         ///< Query, Mutation or Subscription
        Field,        ///< a field of an object or interface
        Argument,     ///< an argument of a field, or a field of an input object
        PossibleType, ///< an implementation of an interface or a member of a union
        EnumValue,
    };
    Q_ENUM(NodeKind)

    enum Role {
        KindRole = Qt::UserRole + 1, ///< NodeKind as int
        NameRole,                    ///< the plain name ("products", "pageSize", "ConfigurableProduct")
        TypeNameRole,                ///< the named type under wrappers ("Products")
        SnippetRole,                 ///< what double-clicking inserts into a query
        SnippetCursorRole,           ///< where the cursor goes in the snippet (-1: after it)
        PathRole,                    ///< "Query.products.items"
    };

    enum Column { NameColumn, TypeColumn, DescriptionColumn, ColumnCount };

    explicit SchemaTreeModel(QObject* parent = nullptr);
    ~SchemaTreeModel() override;

    /// Shows a schema (null: an empty tree).
    void setSchema(std::shared_ptr<const schema::GraphQLSchema> schema);
    std::shared_ptr<const schema::GraphQLSchema> schema() const { return m_schema; }

    /// The index of a path of names from a root ("Query", "products", "items"), making nodes on the way; invalid
    /// when a name does not exist.
    QModelIndex indexForPath(const QStringList& path);

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex& parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The snippet a double click inserts for a field: "name", "name { }" for objects, with required arguments.
    static QString fieldSnippet(
        const schema::GraphQLSchema& schema, const schema::GraphQLSchema::Field& field, int* cursorOffset = nullptr);

private:
    struct Node;
    Node* nodeOf(const QModelIndex& index) const;
    bool nodeHasChildren(const Node* node) const;
    void populate(Node* node) const;
    void addTypeChildren(Node* node, const QString& typeName) const;

    std::shared_ptr<const schema::GraphQLSchema> m_schema;
    std::unique_ptr<Node> m_root;
};

} // namespace studio::ui
