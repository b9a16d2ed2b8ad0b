#pragma once

#include "ui/endpointeditor.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace studio::ui {

class EndpointListModel;
class NoticeBar;
class WorkspaceSession;

/// The Endpoints view: the workspace's endpoints in a table with add (by kind), edit, duplicate, rename and
/// delete. Deleting asks first and also removes the endpoint's secrets; duplicating copies them to new
/// references, so the copy and the original never share a secret.
class EndpointsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointsView)

public:
    EndpointsView(WorkspaceSession* session, ConnectionTesterFactory testerFactory, QWidget* parent = nullptr);

    EndpointListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    /// Id of the selected endpoint, or empty.
    QString selectedId() const;
    void select(const QString& id);
    /// The editor currently open, if any (for tests and the window).
    EndpointEditor* editor() const { return m_editor; }

    /// Opens the editor for a new endpoint of this kind.
    void addEndpoint(EndpointKind kind);
    void editSelected();
    void duplicateSelected();
    void renameSelected();
    void deleteSelected();

Q_SIGNALS:
    /// A change finished (successfully or not); for tests and the status bar.
    void operationFinished(bool ok, const QString& message);

private:
    void updateActions();
    void updateEmptyState();
    void report(const Status& status, const QString& success);
    const Endpoint* selectedEndpoint() const;

    WorkspaceSession* m_session;
    ConnectionTesterFactory m_testerFactory;
    EndpointListModel* m_model;
    QTableView* m_table;
    NoticeBar* m_notice;
    QLabel* m_empty;
    QLabel* m_details;
    QAction* m_addAction;
    QAction* m_editAction;
    QAction* m_duplicateAction;
    QAction* m_renameAction;
    QAction* m_deleteAction;
    QPointer<EndpointEditor> m_editor;
    QString m_pendingSelection;
};

} // namespace studio::ui
