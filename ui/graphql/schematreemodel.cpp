#include "ui/graphql/schematreemodel.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace studio::ui {

using schema::GraphQLSchema;

struct SchemaTreeModel::Node
{
    NodeKind kind = NodeKind::Root;
    QString name;
    QString signature;
    QString typeName;
    QString description;
    bool deprecated = false;
    QString deprecationReason;
    QString snippet;
    int snippetCursor = -1;
    QString path;
    Node* parent = nullptr;
    int row = 0;
    bool populated = false;
    std::vector<std::unique_ptr<Node>> children;

    Node* add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {

QString firstLine(const QString& text)
{
    const qsizetype end = text.indexOf(u'\n');
    return (end < 0 ? text : text.left(end)).trimmed();
}

bool hasSelection(const GraphQLSchema& schema, const QString& typeName)
{
    const GraphQLSchema::Type* type = schema.type(typeName);
    return type && (type->kind == u"OBJECT" || type->kind == u"INTERFACE" || type->kind == u"UNION");
}

} // namespace

SchemaTreeModel::SchemaTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

SchemaTreeModel::~SchemaTreeModel() = default;

QString SchemaTreeModel::fieldSnippet(const GraphQLSchema& schema, const GraphQLSchema::Field& field, int* cursorOffset)
{
    QString text = field.name;
    int cursor = -1;
    QStringList required;
    for (const GraphQLSchema::InputValue& argument : field.args) {
        if (argument.type.kind == u"NON_NULL" && argument.defaultValue.isEmpty())
            required << argument.name + QStringLiteral(": ");
    }
    if (!required.isEmpty()) {
        text += u'(';
        cursor = int(text.size() + required.first().size());
        text += required.join(QStringLiteral(", ")) + u')';
    }
    if (hasSelection(schema, field.type.namedType())) {
        text += QStringLiteral(" {  }");
        if (cursor < 0)
            cursor = int(text.size()) - 2;
    }
    if (cursorOffset)
        *cursorOffset = cursor;
    return text;
}

void SchemaTreeModel::setSchema(std::shared_ptr<const GraphQLSchema> schema)
{
    beginResetModel();
    m_schema = std::move(schema);
    m_root = std::make_unique<Node>();
    m_root->populated = true;
    if (m_schema) {
        const QList<QPair<QString, QString>> roots {{QStringLiteral("Query"), m_schema->queryType()},
            {QStringLiteral("Mutation"), m_schema->mutationType()},
            {QStringLiteral("Subscription"), m_schema->subscriptionType()}};
        for (const auto& [label, typeName] : roots) {
            if (typeName.isEmpty() || !m_schema->type(typeName))
                continue;
            auto node = std::make_unique<Node>();
            node->kind = NodeKind::Root;
            node->name = label;
            node->typeName = typeName;
            node->signature = typeName;
            node->description = m_schema->type(typeName)->description;
            node->path = label;
            m_root->add(std::move(node));
        }
    }
    endResetModel();
}

SchemaTreeModel::Node* SchemaTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex SchemaTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    const Node* node = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || size_t(row) >= node->children.size())
        return {};
    return createIndex(row, column, node->children.at(size_t(row)).get());
}

QModelIndex SchemaTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const Node* node = nodeOf(child);
    if (!node->parent || node->parent == m_root.get())
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int SchemaTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int SchemaTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool SchemaTreeModel::nodeHasChildren(const Node* node) const
{
    if (node == m_root.get())
        return !node->children.empty();
    if (node->populated)
        return !node->children.empty();
    if (!m_schema)
        return false;
    const GraphQLSchema::Type* type = m_schema->type(node->typeName);
    switch (node->kind) {
    case NodeKind::EnumValue:
        return false;
    case NodeKind::Field:
        // A field's arguments come first; the field belongs to its parent node's type.
        if (node->parent) {
            const GraphQLSchema::Field* field = m_schema->field(node->parent->typeName, node->name);
            if (field && !field->args.isEmpty())
                return true;
        }
        break;
    default:
        break;
    }
    if (!type)
        return false;
    return !type->fields.isEmpty() || !type->inputFields.isEmpty() || !type->enumValues.isEmpty()
        || !type->possibleTypes.isEmpty();
}

bool SchemaTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return false;
    return nodeHasChildren(nodeOf(parent));
}

bool SchemaTreeModel::canFetchMore(const QModelIndex& parent) const
{
    const Node* node = nodeOf(parent);
    return !node->populated && nodeHasChildren(node);
}

void SchemaTreeModel::fetchMore(const QModelIndex& parent)
{
    Node* node = nodeOf(parent);
    if (node->populated)
        return;
    // Build into a scratch node first, so the rows are announced with their final count.
    Node scratch;
    scratch.kind = node->kind;
    scratch.name = node->name;
    scratch.typeName = node->typeName;
    scratch.path = node->path;
    scratch.parent = node->parent;
    populate(&scratch);
    node->populated = true;
    if (scratch.children.empty())
        return;
    beginInsertRows(parent, 0, int(scratch.children.size()) - 1);
    for (auto& child : scratch.children)
        node->add(std::move(child));
    endInsertRows();
}

void SchemaTreeModel::populate(Node* node) const
{
    if (!m_schema)
        return;
    if (node->kind == NodeKind::Field && node->parent) {
        const GraphQLSchema::Field* field = m_schema->field(node->parent->typeName, node->name);
        if (field) {
            for (const GraphQLSchema::InputValue& argument : field->args) {
                auto child = std::make_unique<Node>();
                child->kind = NodeKind::Argument;
                child->name = argument.name;
                child->typeName = argument.type.namedType();
                child->signature = argument.type.toString()
                    + (argument.defaultValue.isEmpty() ? QString() : QStringLiteral(" = ") + argument.defaultValue);
                child->description = argument.description;
                child->snippet = argument.name + QStringLiteral(": ");
                child->path = node->path + u'(' + argument.name + u')';
                node->add(std::move(child));
            }
        }
    }
    addTypeChildren(node, node->typeName);
}

void SchemaTreeModel::addTypeChildren(Node* node, const QString& typeName) const
{
    const GraphQLSchema::Type* type = m_schema->type(typeName);
    if (!type)
        return;
    for (const GraphQLSchema::Field& field : type->fields) {
        auto child = std::make_unique<Node>();
        child->kind = NodeKind::Field;
        child->name = field.name;
        child->typeName = field.type.namedType();
        child->signature = field.type.toString();
        child->description = field.description;
        child->deprecated = field.deprecated;
        child->deprecationReason = field.deprecationReason;
        child->snippet = fieldSnippet(*m_schema, field, &child->snippetCursor);
        child->path = node->path + u'.' + field.name;
        node->add(std::move(child));
    }
    for (const GraphQLSchema::InputValue& input : type->inputFields) {
        auto child = std::make_unique<Node>();
        child->kind = NodeKind::Argument;
        child->name = input.name;
        child->typeName = input.type.namedType();
        child->signature = input.type.toString()
            + (input.defaultValue.isEmpty() ? QString() : QStringLiteral(" = ") + input.defaultValue);
        child->description = input.description;
        const bool object = m_schema->type(child->typeName) && m_schema->type(child->typeName)->kind == u"INPUT_OBJECT";
        child->snippet = input.name + (object ? QStringLiteral(": {  }") : QStringLiteral(": "));
        child->snippetCursor = object ? int(child->snippet.size()) - 2 : -1;
        child->path = node->path + u'.' + input.name;
        node->add(std::move(child));
    }
    for (const QString& value : type->enumValues) {
        auto child = std::make_unique<Node>();
        child->kind = NodeKind::EnumValue;
        child->name = value;
        child->typeName = typeName;
        child->signature = typeName;
        child->snippet = value;
        child->path = node->path + u'.' + value;
        child->populated = true;
        node->add(std::move(child));
    }
    for (const QString& possible : type->possibleTypes) {
        auto child = std::make_unique<Node>();
        child->kind = NodeKind::PossibleType;
        child->name = possible;
        child->typeName = possible;
        child->signature = possible;
        if (const GraphQLSchema::Type* possibleType = m_schema->type(possible))
            child->description = possibleType->description;
        child->snippet = QStringLiteral("... on %1 {  }").arg(possible);
        child->snippetCursor = int(child->snippet.size()) - 2;
        child->path = node->path + QStringLiteral("<%1>").arg(possible);
        node->add(std::move(child));
    }
}

QModelIndex SchemaTreeModel::indexForPath(const QStringList& path)
{
    QModelIndex current;
    for (const QString& name : path) {
        if (canFetchMore(current))
            fetchMore(current);
        const Node* node = nodeOf(current);
        QModelIndex found;
        for (const auto& child : node->children) {
            if (child->name == name) {
                found = createIndex(child->row, 0, child.get());
                break;
            }
        }
        if (!found.isValid())
            return {};
        current = found;
    }
    return current;
}

QVariant SchemaTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node* node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            if (node->kind == NodeKind::Argument)
                return QString(node->name + u':');
            if (node->kind == NodeKind::PossibleType)
                return tr("\u2026 on %1").arg(node->name);
            return node->name;
        case TypeColumn:
            return node->signature;
        case DescriptionColumn:
            return node->deprecated
                ? (node->deprecationReason.isEmpty() ? tr("Deprecated.")
                                                     : tr("Deprecated: %1").arg(firstLine(node->deprecationReason)))
                : firstLine(node->description);
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b>: %2").arg(node->name.toHtmlEscaped(), node->signature.toHtmlEscaped());
        if (node->kind == NodeKind::Argument)
            tip = tr("Argument %1").arg(tip);
        if (!node->description.isEmpty())
            tip += QStringLiteral("<br>") + node->description.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
        if (node->deprecated)
            tip += QStringLiteral("<br><i>%1</i>")
                       .arg((node->deprecationReason.isEmpty() ? tr("Deprecated.")
                                                               : tr("Deprecated: %1").arg(node->deprecationReason))
                                .toHtmlEscaped());
        if (!node->snippet.isEmpty())
            tip += QStringLiteral("<br>") + tr("Double-click to insert it at the cursor.").toHtmlEscaped();
        return tip;
    }
    case Qt::FontRole:
        if (index.column() == NameColumn && (node->deprecated || node->kind == NodeKind::Argument)) {
            QFont font;
            font.setStrikeOut(node->deprecated);
            font.setItalic(node->kind == NodeKind::Argument);
            return font;
        }
        if (index.column() == NameColumn && node->kind == NodeKind::Root) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() != NameColumn)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case KindRole:
        return int(node->kind);
    case NameRole:
        return node->name;
    case TypeNameRole:
        return node->typeName;
    case SnippetRole:
        return node->snippet;
    case SnippetCursorRole:
        return node->snippetCursor;
    case PathRole:
        return node->path;
    default:
        return {};
    }
}

QVariant SchemaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace studio::ui
