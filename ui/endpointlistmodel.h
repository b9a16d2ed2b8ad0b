#pragma once

#include "core/workspace/endpoint.h"

#include <QAbstractTableModel>
#include <QList>

namespace studio::ui {

class WorkspaceSession;

/// The endpoints of the open workspace as a table: name, kind, address. Follows the session: it resets
/// when a workspace is opened or closed, and updates when endpoints change.
class EndpointListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointListModel)

public:
    enum Column { NameColumn, KindColumn, AddressColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the endpoint id (QString)
        KindRole,                  ///< the endpoint kind id ("magento", ...)
    };

    explicit EndpointListModel(WorkspaceSession* session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Row of the endpoint with this id, or -1.
    int rowOf(const QString& id) const;
    /// The endpoint shown in a row; nullptr for an invalid row.
    const Endpoint* endpointAt(int row) const;

private:
    void reload();

    WorkspaceSession* m_session;
    QList<Endpoint> m_endpoints;
};

/// What the address column shows: the base URL, the database or the folder.
QString endpointAddress(const Endpoint& endpoint);

} // namespace studio::ui
