#include "ui/environmentmodels.h"

#include "core/workspace/workspace.h"
#include "ui/workspacesession.h"

#include <QFont>
#include <QRegularExpression>

namespace studio::ui {

EnvironmentListModel::EnvironmentListModel(WorkspaceSession* session, QObject* parent)
    : QAbstractListModel(parent)
    , m_session(session)
{
    connect(session, &WorkspaceSession::opened, this, &EnvironmentListModel::reload);
    connect(session, &WorkspaceSession::closed, this, &EnvironmentListModel::reload);
    connect(session, &WorkspaceSession::changed, this, &EnvironmentListModel::reload);
    connect(session, &WorkspaceSession::activeEnvironmentChanged, this, [this] {
        if (!m_names.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_names.size()) - 1), {Qt::FontRole, Qt::ToolTipRole});
    });
    reload();
}

void EnvironmentListModel::reload()
{
    QStringList names;
    if (const Workspace* workspace = m_session->workspace()) {
        for (const Environment& environment : workspace->environments())
            names.append(environment.name);
    }
    names.sort(Qt::CaseInsensitive);
    if (names == m_names)
        return;
    beginResetModel();
    m_names = names;
    endResetModel();
}

int EnvironmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

QVariant EnvironmentListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString& name = m_names.at(index.row());
    const bool active = name == m_session->activeEnvironmentName();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return name;
    case Qt::ToolTipRole:
        return active ? tr("%1 (active environment)").arg(name) : name;
    case Qt::FontRole:
        if (active) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    }
    return {};
}

int EnvironmentListModel::rowOf(const QString& name) const
{
    return int(m_names.indexOf(name));
}

QString EnvironmentListModel::nameAt(int row) const
{
    return row >= 0 && row < m_names.size() ? m_names.at(row) : QString();
}

VariablesModel::VariablesModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void VariablesModel::load(const Environment& environment)
{
    beginResetModel();
    m_original = environment;
    m_rows.clear();
    m_droppedRefs.clear();
    for (auto it = environment.variables.cbegin(); it != environment.variables.cend(); ++it)
        m_rows.append(Row {it.key(), it.value(), false, QString(), false, {}});
    for (auto it = environment.secretVariables.cbegin(); it != environment.secretVariables.cend(); ++it)
        m_rows.append(Row {it.key(), QString(), true, it.value(), false, {}});
    std::sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) { return a.name < b.name; });
    endResetModel();
    setDirty(false);
}

void VariablesModel::setDirty(bool dirty)
{
    if (dirty == m_dirty)
        return;
    m_dirty = dirty;
    Q_EMIT dirtyChanged(dirty);
}

int VariablesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VariablesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VariablesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == SecretRole)
        return row.secret;
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return row.name;
        if (role == Qt::ToolTipRole)
            return tr("Use as {{%1}} in endpoint fields.").arg(row.name);
        break;
    case ValueColumn:
        if (role == Qt::DisplayRole) {
            if (!row.secret)
                return row.value;
            if (row.hasPendingSecret || !row.ref.isEmpty())
                return QStringLiteral("••••••••");
            return tr("(no value)");
        }
        if (role == Qt::EditRole)
            return row.secret ? QString() : row.value; // a secret is never put into an editor
        if (role == Qt::ToolTipRole && row.secret)
            return row.hasPendingSecret ? tr("New secret value, stored when you save.")
                                        : tr("Stored in the keychain; type to replace it.");
        break;
    case SecretColumn:
        if (role == Qt::CheckStateRole)
            return row.secret ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Secret values are kept in the keychain, never in the environment file.");
        break;
    }
    return {};
}

QVariant VariablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    case SecretColumn:
        return tr("Secret");
    }
    return {};
}

Qt::ItemFlags VariablesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == SecretColumn)
        flags |= Qt::ItemIsUserCheckable;
    else
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool VariablesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row& row = m_rows[index.row()];
    if (index.column() == NameColumn && role == Qt::EditRole) {
        const QString name = value.toString().trimmed();
        if (name == row.name)
            return false;
        row.name = name;
    } else if (index.column() == ValueColumn && role == Qt::EditRole) {
        QString text = value.toString();
        if (row.secret) {
            if (text.isEmpty())
                return false; // an empty edit keeps the stored secret
            row.pendingSecret = SecureBytes::fromUtf8(text);
            row.hasPendingSecret = true;
            wipe(text);
        } else {
            if (text == row.value)
                return false;
            row.value = text;
        }
    } else if (index.column() == SecretColumn && role == Qt::CheckStateRole) {
        const bool secret = value.toInt() == Qt::Checked;
        if (secret == row.secret)
            return false;
        row.secret = secret;
        if (secret) {
            // The plain value becomes the pending secret and leaves the file on save.
            row.hasPendingSecret = !row.value.isEmpty();
            row.pendingSecret = SecureBytes::fromUtf8(row.value);
            wipe(row.value);
            row.value.clear();
        } else {
            // A stored secret is not copied into the file: the value must be typed again.
            if (!row.ref.isEmpty())
                m_droppedRefs.append(row.ref);
            row.ref.clear();
            row.hasPendingSecret = false;
            row.pendingSecret.clear();
        }
        Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
        setDirty(true);
        return true;
    } else {
        return false;
    }
    Q_EMIT dataChanged(index, index);
    setDirty(true);
    return true;
}

int VariablesModel::addVariable()
{
    const int row = int(m_rows.size());
    beginInsertRows(QModelIndex(), row, row);
    m_rows.append(Row());
    endInsertRows();
    setDirty(true);
    return row;
}

bool VariablesModel::removeVariable(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    if (!m_rows.at(row).ref.isEmpty())
        m_droppedRefs.append(m_rows.at(row).ref);
    m_rows.removeAt(row);
    endRemoveRows();
    setDirty(true);
    return true;
}

Result<VariablesModel::SavePlan> VariablesModel::plan(const std::function<QString()>& newRef) const
{
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*$"));
    SavePlan plan;
    plan.environment = m_original;
    plan.environment.variables.clear();
    plan.environment.secretVariables.clear();
    plan.orphanedRefs = m_droppedRefs;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows.at(i);
        if (row.name.isEmpty())
            return Error {tr("Variable in row %1 has no name.").arg(i + 1)};
        if (!validName.match(row.name).hasMatch())
            return Error {tr("“%1” is not a valid variable name: use letters, digits, _ . and -, starting with a "
                             "letter or _.")
                              .arg(row.name)};
        if (plan.environment.variables.contains(row.name) || plan.environment.secretVariables.contains(row.name))
            return Error {tr("The variable “%1” is defined twice.").arg(row.name)};
        if (!row.secret) {
            plan.environment.variables.insert(row.name, row.value);
            continue;
        }
        if (!row.hasPendingSecret && row.ref.isEmpty())
            return Error {tr("The secret variable “%1” has no value.").arg(row.name)};
        QString ref = row.ref;
        if (row.hasPendingSecret) {
            if (ref.isEmpty())
                ref = newRef();
            plan.writes.append({ref, row.pendingSecret});
        }
        plan.environment.secretVariables.insert(row.name, ref);
    }
    return plan;
}

} // namespace studio::ui
