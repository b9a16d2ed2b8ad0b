#include "ui/endpointlistmodel.h"

#include "core/workspace/variables.h"
#include "ui/labels.h"
#include "ui/workspacesession.h"

#include <algorithm>

namespace studio::ui {

QString endpointAddress(const Endpoint& endpoint)
{
    switch (endpoint.kind) {
    case EndpointKind::Magento:
    case EndpointKind::Rest:
    case EndpointKind::GraphQL:
        return endpoint.baseUrl;
    case EndpointKind::Sql:
        if (endpoint.sql.host.isEmpty())
            return endpoint.sql.database;
        return endpoint.sql.host + u'/' + endpoint.sql.database;
    case EndpointKind::File:
        return endpoint.file.folder + u'/' + endpoint.file.pattern;
    }
    return QString();
}

EndpointListModel::EndpointListModel(WorkspaceSession* session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &WorkspaceSession::opened, this, &EndpointListModel::reload);
    connect(session, &WorkspaceSession::closed, this, &EndpointListModel::reload);
    connect(session, &WorkspaceSession::changed, this, &EndpointListModel::reload);
    // Addresses are shown resolved in the active environment.
    connect(session, &WorkspaceSession::activeEnvironmentChanged, this, [this] {
        if (!m_endpoints.isEmpty())
            Q_EMIT dataChanged(index(0, AddressColumn), index(rowCount() - 1, AddressColumn));
    });
    reload();
}

void EndpointListModel::reload()
{
    QList<Endpoint> endpoints;
    if (const Workspace* workspace = m_session->workspace())
        endpoints = workspace->endpoints();
    std::stable_sort(endpoints.begin(), endpoints.end(),
        [](const Endpoint& a, const Endpoint& b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    if (endpoints == m_endpoints)
        return;
    // Rows that only changed their content keep their place; a changed set of ids resets the model.
    bool sameIds = endpoints.size() == m_endpoints.size();
    for (int i = 0; sameIds && i < endpoints.size(); ++i)
        sameIds = endpoints.at(i).id == m_endpoints.at(i).id;
    if (sameIds) {
        m_endpoints = endpoints;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_endpoints = endpoints;
    endResetModel();
}

int EndpointListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_endpoints.size());
}

int EndpointListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EndpointListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Endpoint& endpoint = m_endpoints.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return role == Qt::ToolTipRole ? tr("%1 — file endpoints/%2.json").arg(endpoint.name, endpoint.id)
                                           : endpoint.name;
        case KindColumn:
            return labels::kindName(endpoint.kind);
        case AddressColumn: {
            const QString address = endpointAddress(endpoint);
            if (VariableResolver::variablesIn(address).isEmpty())
                return address;
            const Environment* environment = m_session->activeEnvironment();
            const Result<QString> resolved = environment
                ? VariableResolver::forEnvironment(*environment).resolve(address)
                : Result<QString>(Error {});
            if (role == Qt::ToolTipRole)
                return resolved.ok() ? tr("%1 in environment “%2”").arg(address, environment->name) : address;
            return resolved.ok() ? resolved.value() : address;
        }
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return labels::kindIcon(endpoint.kind);
        break;
    case IdRole:
        return endpoint.id;
    case KindRole:
        return endpointKindId(endpoint.kind);
    }
    return {};
}

QVariant EndpointListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case AddressColumn:
        return tr("Address");
    }
    return {};
}

int EndpointListModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_endpoints.size(); ++i) {
        if (m_endpoints.at(i).id == id)
            return i;
    }
    return -1;
}

const Endpoint* EndpointListModel::endpointAt(int row) const
{
    if (row < 0 || row >= m_endpoints.size())
        return nullptr;
    return &m_endpoints.at(row);
}

} // namespace studio::ui
