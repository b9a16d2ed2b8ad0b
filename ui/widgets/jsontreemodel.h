#pragma once

#include "core/json/bytesource.h"
#include "core/json/jsontree.h"

#include <memory>
#include <QAbstractItemModel>
#include <vector>

namespace studio::json {
class WorkerRelay;
}

namespace studio::ui {

/// A tree model over a JSON document that materialises only what is expanded: the top level is listed when the
/// source is set, a node's children when the view asks for them (canFetchMore/fetchMore), in batches of
/// BatchSize. Listing a large node (more than SyncBytes of JSON) runs on a worker and the rows appear when it
/// is done; small ones are listed at once (or, when asked while the model is announcing another change, right
/// after it). Columns: key, type, value preview. The source must be valid JSON.
class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)

public:
    enum Column { KeyColumn, TypeColumn, ValueColumn, ColumnCount };
    static constexpr qint64 BatchSize = 2000;
    static constexpr qint64 SyncBytes = 256 * 1024;

    explicit JsonTreeModel(QObject* parent = nullptr);
    ~JsonTreeModel() override;

    /// Shows `source` (valid JSON); the top level arrives asynchronously (see loadingChanged()).
    void setSource(const json::ByteSourcePtr& source);
    void clear();
    /// True while any listing runs on a worker.
    bool isLoading() const { return m_pending > 0; }

    /// The node behind an index.
    const json::JsonNode* node(const QModelIndex& index) const;
    /// The jq path of an index: .items[3].sku ("." for the document itself).
    QString path(const QModelIndex& index) const;
    /// The JSON text of the value, as it appears in the body.
    QByteArray valueBytes(const QModelIndex& index) const;
    const json::ByteSourcePtr& source() const { return m_source; }

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex& parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    /// A worker started or finished listing.
    void loadingChanged(bool loading);
    /// The top level is listed.
    void rootListed();

private:
    struct Node
    {
        Node* parent = nullptr;
        int row = 0;
        json::JsonNode info;
        std::vector<std::unique_ptr<Node>> children;
        qint64 resume = -1;    ///< where the next batch starts; -1 before the first
        bool fetching = false; ///< a worker is listing the next batch
        bool complete = false; ///< all children listed
    };

    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(Node* node, int column = 0) const;
    void append(Node* parent, json::JsonChildren&& children);
    void setPending(int delta);

    json::ByteSourcePtr m_source;
    std::unique_ptr<Node> m_root; ///< invisible; its children are the top-level rows
    std::vector<std::shared_ptr<json::WorkerRelay>> m_jobs;
    int m_pending = 0;
    /// Inside one of our own resets or insertions (while views and testers react to its signals).
    int m_changing = 0;
    quint64 m_generation = 0;
};

} // namespace studio::ui
