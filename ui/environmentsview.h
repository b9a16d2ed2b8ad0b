#pragma once

#include "core/common/result.h"

#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QPushButton;
class QTableView;

namespace studio::ui {

class EnvironmentListModel;
class NoticeBar;
class VariablesModel;
class WorkspaceSession;

/// The Environments view: environments on the left (add, rename, delete, make active), the variables of
/// the selected one on the right (name, value, secret flag). Secret values go to the SecretStore and are
/// shown masked; the environment file holds only their references.
class EnvironmentsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentsView)

public:
    explicit EnvironmentsView(WorkspaceSession* session, QWidget* parent = nullptr);

    EnvironmentListModel* environmentModel() const { return m_environments; }
    VariablesModel* variablesModel() const { return m_variables; }
    QListView* environmentList() const { return m_list; }
    QTableView* variablesTable() const { return m_table; }
    /// Name of the environment whose variables are shown.
    QString currentEnvironment() const { return m_current; }
    void selectEnvironment(const QString& name);

    void addEnvironment();
    void renameEnvironment();
    void deleteEnvironment();
    void activateEnvironment();
    void addVariable();
    void removeVariable();
    /// Saves the variables being edited (secrets first, then the file).
    void saveVariables();
    void revertVariables();

Q_SIGNALS:
    /// A change finished (successfully or not); for tests and the status bar.
    void operationFinished(bool ok, const QString& message);

private:
    void currentChanged();
    void showEnvironment(const QString& name);
    void updateActions();
    void report(const Status& status, const QString& success);
    bool confirmDiscard();

    WorkspaceSession* m_session;
    EnvironmentListModel* m_environments;
    VariablesModel* m_variables;
    QListView* m_list;
    QTableView* m_table;
    NoticeBar* m_notice;
    QLabel* m_heading;
    QLabel* m_empty;
    QAction* m_addAction;
    QAction* m_renameAction;
    QAction* m_deleteAction;
    QAction* m_activateAction;
    QPushButton* m_addVariable;
    QPushButton* m_removeVariable;
    QPushButton* m_save;
    QPushButton* m_revert;
    QString m_current;
    bool m_saving = false;
};

} // namespace studio::ui
