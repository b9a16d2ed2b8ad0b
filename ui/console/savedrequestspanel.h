#pragma once

#include "core/common/result.h"

#include <functional>
#include <QSet>
#include <QTreeWidget>
#include <QWidget>

class QAction;
class QLineEdit;

namespace studio::ui {

class WorkspaceSession;

/// The tree of saved requests beside the console: folders (requests/<folder>/) and requests, with the
/// actions that change them (new folder, duplicate, rename, delete with confirmation, drag a request onto a folder
/// to move it). Opening and saving belong to the console, which owns the request being edited; the panel asks
/// for them with signals. Every change goes through the WorkspaceSession.
class SavedRequestsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedRequestsPanel)

public:
    /// Item data roles of the tree.
    enum Role {
        KindRole = Qt::UserRole,     ///< ItemKind
        PathRole = Qt::UserRole + 1, ///< request id or folder path
    };
    enum ItemKind { FolderItem = 0, RequestItem = 1 };

    explicit SavedRequestsPanel(WorkspaceSession* session, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    /// The id of the selected request; empty when a folder or nothing is selected.
    QString selectedRequestId() const;
    /// The folder of the selection: the selected folder, or the folder of the selected request.
    QString selectedFolder() const;
    /// Selects (and reveals) a request.
    void selectRequest(const QString& id);
    /// Shows which request the console has open, and whether it has unsaved changes (a "•" after its name).
    void setOpenRequest(const QString& id, bool modified);

    /// Asks for a name and creates a folder inside the selected one.
    void newFolder();
    /// Saves a copy of the selected request next to it.
    void duplicateSelected();
    /// Asks for a new name for the selected request or folder.
    void renameSelected();
    /// Deletes the selected request or folder (with everything in it) after a confirmation.
    void removeSelected();
    /// Moves a request into `folder` ("" = top level): what dropping it on a folder does.
    void moveRequest(const QString& id, const QString& folder);

    QAction* newFolderAction() const { return m_newFolder; }
    QAction* duplicateAction() const { return m_duplicate; }
    QAction* renameAction() const { return m_rename; }
    QAction* removeAction() const { return m_remove; }
    /// Actions the console adds to the context menu (export, save as); owned by the caller.
    void addContextAction(QAction* action);

Q_SIGNALS:
    /// The user opened a request (double click or Enter).
    void openRequested(const QString& id);
    /// A request got a new id (renamed or moved); `newId` is empty when it was deleted.
    void requestMoved(const QString& oldId, const QString& newId);
    /// A workspace change failed or succeeded, for the status bar.
    void operationFinished(bool ok, const QString& message);

private:
    void rebuild();
    void updateActions();
    QTreeWidgetItem* folderItem(const QString& folder, QHash<QString, QTreeWidgetItem*>& folders);
    void report(const QString& success, const Status& status);

    WorkspaceSession* m_session;
    QTreeWidget* m_tree;
    QLineEdit* m_filter;
    QAction* m_newFolder;
    QAction* m_duplicate;
    QAction* m_rename;
    QAction* m_remove;
    QSet<QString> m_expanded;
    QString m_openId;
    bool m_openModified = false;
};

} // namespace studio::ui
