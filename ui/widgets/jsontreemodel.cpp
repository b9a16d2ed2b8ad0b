#include "ui/widgets/jsontreemodel.h"

#include "core/json/worker.h"
#include "ui/widgets/syntaxcolors.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLocale>
#include <QPalette>

namespace studio::ui {

JsonTreeModel::JsonTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

JsonTreeModel::~JsonTreeModel()
{
    for (const auto& job : m_jobs)
        job->cancel();
}

void JsonTreeModel::clear()
{
    beginResetModel();
    for (const auto& job : m_jobs)
        job->cancel();
    m_jobs.clear();
    m_root.reset();
    m_source.reset();
    ++m_generation;
    endResetModel();
    if (m_pending) {
        m_pending = 0;
        Q_EMIT loadingChanged(false);
    }
}

void JsonTreeModel::setSource(const json::ByteSourcePtr& source)
{
    clear();
    m_source = source;
    if (!source)
        return;
    setPending(1);
    const quint64 generation = m_generation;
    m_jobs.push_back(json::startJob(this, [this, source, generation](const std::shared_ptr<json::WorkerRelay>& relay) {
        const json::JsonNode root = json::rootNode(source->view(), 200, &relay->cancelFlag());
        json::JsonChildren first;
        if (root.isContainer())
            first = json::listChildren(source->view(), root, -1, 0, BatchSize, 200, &relay->cancelFlag());
        relay->post([this, root, first = std::move(first), generation]() mutable {
            if (generation != m_generation)
                return;
            setPending(-1);
            auto top = std::make_unique<Node>();
            top->info = root;
            ++m_changing;
            beginResetModel();
            m_root = std::move(top);
            if (root.isContainer()) {
                m_root->resume = first.resumeOffset;
                m_root->complete = first.resumeOffset < 0;
                for (json::JsonNode& info : first.nodes) {
                    auto child = std::make_unique<Node>();
                    child->parent = m_root.get();
                    child->row = int(m_root->children.size());
                    child->info = std::move(info);
                    m_root->children.push_back(std::move(child));
                }
            } else {
                // A scalar document: one row for the value itself.
                auto child = std::make_unique<Node>();
                child->parent = m_root.get();
                child->info = root;
                child->info.index = -1;
                child->complete = true;
                m_root->children.push_back(std::move(child));
                m_root->complete = true;
            }
            endResetModel();
            --m_changing;
            Q_EMIT rootListed();
        });
    }));
}

void JsonTreeModel::setPending(int delta)
{
    const bool was = m_pending > 0;
    m_pending += delta;
    if (was != (m_pending > 0))
        Q_EMIT loadingChanged(m_pending > 0);
}

JsonTreeModel::Node* JsonTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::indexOf(Node* node, int column) const
{
    if (!node || node == m_root.get())
        return QModelIndex();
    return createIndex(node->row, column, node);
}

const json::JsonNode* JsonTreeModel::node(const QModelIndex& index) const
{
    const Node* n = nodeOf(index);
    return n ? &n->info : nullptr;
}

QString JsonTreeModel::path(const QModelIndex& index) const
{
    QStringList steps;
    for (const Node* n = nodeOf(index); n && n->parent; n = n->parent) {
        if (n->info.index < 0)
            break; // the scalar document itself
        steps.prepend(n->parent->info.type == json::JsonType::Object ? json::pathStepForKey(n->info.key)
                                                                     : json::pathStepForIndex(n->info.index));
    }
    if (steps.isEmpty())
        return QStringLiteral(".");
    QString path = steps.join(QString());
    if (path.startsWith(u'['))
        path.prepend(u'.');
    return path;
}

QByteArray JsonTreeModel::valueBytes(const QModelIndex& index) const
{
    const Node* n = nodeOf(index);
    if (!n || !m_source)
        return QByteArray();
    return QByteArray(m_source->data() + n->info.begin, n->info.end - n->info.begin);
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    const Node* p = nodeOf(parent);
    if (!p || parent.column() > 0 || row < 0 || column < 0 || column >= ColumnCount
        || size_t(row) >= p->children.size())
        return QModelIndex();
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex& child) const
{
    const Node* n = nodeOf(child);
    if (!child.isValid() || !n || !n->parent)
        return QModelIndex();
    return indexOf(n->parent);
}

int JsonTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node* p = nodeOf(parent);
    return p ? int(p->children.size()) : 0;
}

int JsonTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return false;
    const Node* p = nodeOf(parent);
    if (!p)
        return false;
    if (!parent.isValid())
        return !p->children.empty();
    return p->info.isContainer() && p->info.childCount > 0;
}

bool JsonTreeModel::canFetchMore(const QModelIndex& parent) const
{
    const Node* p = nodeOf(parent);
    return p && parent.column() <= 0 && p->info.isContainer() && !p->complete && !p->fetching && p->info.childCount > 0;
}

void JsonTreeModel::fetchMore(const QModelIndex& parent)
{
    Node* p = nodeOf(parent);
    if (!canFetchMore(parent) || !m_source)
        return;
    const qint64 firstIndex = qint64(p->children.size());
    const quint64 generation = m_generation;
    if (m_changing) {
        // Asked from a handler of our own reset or insertion: inserting now would nest one change in another.
        p->fetching = true;
        setPending(1);
        QMetaObject::invokeMethod(
            this,
            [this, p, generation] {
                if (generation != m_generation)
                    return;
                p->fetching = false;
                setPending(-1);
                fetchMore(indexOf(p));
            },
            Qt::QueuedConnection);
        return;
    }
    const bool small = p->info.end - (p->resume >= 0 ? p->resume : p->info.begin) <= SyncBytes;
    if (small) {
        append(p, json::listChildren(m_source->view(), p->info, p->resume, firstIndex, BatchSize));
        return;
    }
    p->fetching = true;
    setPending(1);
    m_jobs.push_back(json::startJob(this,
        [this, source = m_source, info = p->info, resume = p->resume, firstIndex, p, generation](
            const std::shared_ptr<json::WorkerRelay>& relay) {
            json::JsonChildren children
                = json::listChildren(source->view(), info, resume, firstIndex, BatchSize, 200, &relay->cancelFlag());
            relay->post([this, p, generation, children = std::move(children)]() mutable {
                if (generation != m_generation)
                    return;
                setPending(-1);
                p->fetching = false;
                append(p, std::move(children));
            });
        }));
    // Finished jobs need not be kept.
    std::erase_if(m_jobs, [](const std::shared_ptr<json::WorkerRelay>& job) { return job.use_count() == 1; });
}

void JsonTreeModel::append(Node* parent, json::JsonChildren&& children)
{
    parent->resume = children.resumeOffset;
    parent->complete = children.resumeOffset < 0;
    if (children.nodes.empty())
        return;
    const int first = int(parent->children.size());
    ++m_changing;
    beginInsertRows(indexOf(parent), first, first + int(children.nodes.size()) - 1);
    for (json::JsonNode& info : children.nodes) {
        auto child = std::make_unique<Node>();
        child->parent = parent;
        child->row = int(parent->children.size());
        child->info = std::move(info);
        parent->children.push_back(std::move(child));
    }
    endInsertRows();
    --m_changing;
}

QVariant JsonTreeModel::data(const QModelIndex& index, int role) const
{
    const Node* n = nodeOf(index);
    if (!index.isValid() || !n)
        return QVariant();
    const json::JsonNode& info = n->info;
    const bool inObject = n->parent && n->parent->info.type == json::JsonType::Object;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            if (info.index < 0)
                return tr("(document)");
            return inObject ? info.key : QStringLiteral("[%1]").arg(info.index);
        case TypeColumn:
            return json::jsonTypeName(info.type);
        case ValueColumn: {
            const QString count = QLocale().toString(info.childCount);
            switch (info.type) {
            case json::JsonType::Object:
                return info.childCount == 1 ? tr("{1 key}") : tr("{%1 keys}").arg(count);
            case json::JsonType::Array:
                return info.childCount == 1 ? tr("[1 item]") : tr("[%1 items]").arg(count);
            case json::JsonType::String:
                return QString(u'"' + QString(info.preview).replace(u'\n', u'\u21B5') + u'"');
            default:
                return info.preview;
            }
        }
        default:
            return QVariant();
        }
    case Qt::ToolTipRole:
        return path(index);
    case Qt::ForegroundRole: {
        const SyntaxColors colors = SyntaxColors::forPalette(QApplication::palette());
        if (index.column() == KeyColumn)
            return inObject ? QVariant(colors.key) : QVariant();
        if (index.column() != ValueColumn)
            return QVariant();
        switch (info.type) {
        case json::JsonType::String:
            return colors.string;
        case json::JsonType::Number:
            return colors.number;
        case json::JsonType::Boolean:
        case json::JsonType::Null:
            return colors.keyword;
        default:
            return QApplication::palette().color(QPalette::PlaceholderText);
        }
    }
    case Qt::FontRole:
        if (index.column() == ValueColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case TypeColumn:
        return tr("Type");
    case ValueColumn:
        return tr("Value");
    default:
        return QVariant();
    }
}

} // namespace studio::ui
