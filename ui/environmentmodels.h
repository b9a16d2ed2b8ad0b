#pragma once

#include "core/common/result.h"
#include "core/secrets/securebytes.h"
#include "core/workspace/environment.h"

#include <QAbstractListModel>
#include <QAbstractTableModel>
#include <QStringList>

namespace studio::ui {

class WorkspaceSession;

/// The environments of the open workspace, by name; the active one is shown in bold.
class EnvironmentListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentListModel)

public:
    explicit EnvironmentListModel(WorkspaceSession* session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    int rowOf(const QString& name) const;
    QString nameAt(int row) const;

private:
    void reload();

    WorkspaceSession* m_session;
    QStringList m_names;
};

/// The variables of one environment being edited: name, value, and whether the value is a secret.
/// Secret values are never shown (masked); a typed secret value is kept in a wiped buffer until saved.
/// Turning a stored secret into a plain variable clears its value: the secret is not copied into a file.
class VariablesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VariablesModel)

public:
    enum Column { NameColumn, ValueColumn, SecretColumn, ColumnCount };
    /// True for rows whose value is a secret (the value editor then uses a password field).
    static constexpr int SecretRole = Qt::UserRole + 1;

    explicit VariablesModel(QObject* parent = nullptr);

    /// Starts editing an environment (discards unsaved edits).
    void load(const Environment& environment);
    /// The environment as loaded.
    const Environment& original() const { return m_original; }
    bool isDirty() const { return m_dirty; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// Appends an empty variable; returns its row.
    int addVariable();
    bool removeVariable(int row);

    /// What saving needs: the environment (secret references for new secrets from `newRef`), the secret
    /// values to write and the references no longer used. Fails with a message for empty, invalid or
    /// duplicate names.
    struct SavePlan
    {
        Environment environment;
        QList<std::pair<QString, SecureBytes>> writes;
        QStringList orphanedRefs;
    };
    Result<SavePlan> plan(const std::function<QString()>& newRef) const;

Q_SIGNALS:
    void dirtyChanged(bool dirty);

private:
    struct Row
    {
        QString name;
        QString value; ///< plain value; empty for secrets
        bool secret = false;
        QString ref; ///< SecretStore reference of a stored secret
        bool hasPendingSecret = false;
        SecureBytes pendingSecret;
    };
    void setDirty(bool dirty);

    Environment m_original;
    QList<Row> m_rows;
    QStringList m_droppedRefs;
    bool m_dirty = false;
};

} // namespace studio::ui
