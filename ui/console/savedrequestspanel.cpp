#include "ui/console/savedrequestspanel.h"

#include "core/workspace/workspace.h"
#include "ui/dialogs.h"
#include "ui/workspacesession.h"

#include <QAction>
#include <QDropEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace studio::ui {

namespace {

/// The tree widget with drag-to-move: dropping a request on a folder (or on a request in it) asks the panel to move
/// it; the tree is then rebuilt from the workspace, so Qt's own item move is not used.
class RequestTreeWidget final : public QTreeWidget
{
public:
    using MoveRequest = std::function<void(const QString& id, const QString& folder)>;

    RequestTreeWidget(MoveRequest move, QWidget* parent)
        : QTreeWidget(parent)
        , m_move(std::move(move))
    {
        setDragEnabled(true);
        setAcceptDrops(true);
        setDropIndicatorShown(true);
        setDragDropMode(QAbstractItemView::InternalMove);
        viewport()->setAcceptDrops(true);
    }

protected:
    void dropEvent(QDropEvent* event) override
    {
        const QTreeWidgetItem* dragged = currentItem();
        event->setDropAction(Qt::IgnoreAction);
        event->accept();
        if (!dragged || dragged->data(0, SavedRequestsPanel::KindRole).toInt() != SavedRequestsPanel::RequestItem)
            return;
        const QTreeWidgetItem* target = itemAt(event->position().toPoint());
        QString folder;
        if (target && target->data(0, SavedRequestsPanel::KindRole).toInt() == SavedRequestsPanel::FolderItem)
            folder = target->data(0, SavedRequestsPanel::PathRole).toString();
        else if (target && target->parent())
            folder = target->parent()->data(0, SavedRequestsPanel::PathRole).toString();
        m_move(dragged->data(0, SavedRequestsPanel::PathRole).toString(), folder);
    }

private:
    MoveRequest m_move;
};

QString parentFolder(const QString& folder)
{
    const qsizetype slash = folder.lastIndexOf(u'/');
    return slash < 0 ? QString() : folder.left(slash);
}

QString joinFolder(const QString& parent, const QString& name)
{
    return parent.isEmpty() ? name : parent + u'/' + name;
}

} // namespace

SavedRequestsPanel::SavedRequestsPanel(WorkspaceSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_tree(new RequestTreeWidget([this](const QString& id, const QString& folder) { moveRequest(id, folder); }, this))
    , m_filter(new QLineEdit(this))
    , m_newFolder(new QAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("New &folder…"), this))
    , m_duplicate(new QAction(tr("D&uplicate"), this))
    , m_rename(new QAction(tr("&Rename…"), this))
    , m_remove(new QAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("&Delete…"), this))
{
    m_tree->setObjectName(QStringLiteral("savedRequests"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_filter->setObjectName(QStringLiteral("savedRequestsFilter"));
    m_filter->setPlaceholderText(tr("Filter saved requests"));
    m_filter->setClearButtonEnabled(true);
    m_newFolder->setObjectName(QStringLiteral("newFolder"));
    m_duplicate->setObjectName(QStringLiteral("duplicateRequest"));
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicate->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_rename->setObjectName(QStringLiteral("renameRequest"));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_remove->setObjectName(QStringLiteral("deleteRequest"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QAction* action : {m_newFolder, m_duplicate, m_rename, m_remove})
        m_tree->addAction(action);
    addActions({m_duplicate, m_rename, m_remove});

    auto* toolbar = new QToolBar(this);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->addAction(m_newFolder);
    toolbar->addAction(m_remove);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(toolbar);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);

    connect(m_newFolder, &QAction::triggered, this, &SavedRequestsPanel::newFolder);
    connect(m_duplicate, &QAction::triggered, this, &SavedRequestsPanel::duplicateSelected);
    connect(m_rename, &QAction::triggered, this, &SavedRequestsPanel::renameSelected);
    connect(m_remove, &QAction::triggered, this, &SavedRequestsPanel::removeSelected);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item && item->data(0, KindRole).toInt() == RequestItem)
            Q_EMIT openRequested(item->data(0, PathRole).toString());
    });
    connect(m_tree, &QTreeWidget::itemExpanded, this,
        [this](QTreeWidgetItem* item) { m_expanded.insert(item->data(0, PathRole).toString()); });
    connect(m_tree, &QTreeWidget::itemCollapsed, this,
        [this](QTreeWidgetItem* item) { m_expanded.remove(item->data(0, PathRole).toString()); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &SavedRequestsPanel::updateActions);
    connect(m_filter, &QLineEdit::textChanged, this, &SavedRequestsPanel::rebuild);
    connect(session, &WorkspaceSession::opened, this, &SavedRequestsPanel::rebuild);
    connect(session, &WorkspaceSession::changed, this, &SavedRequestsPanel::rebuild);
    connect(session, &WorkspaceSession::closed, this, &SavedRequestsPanel::rebuild);
    rebuild();
}

QString SavedRequestsPanel::selectedRequestId() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item || item->data(0, KindRole).toInt() != RequestItem)
        return QString();
    return item->data(0, PathRole).toString();
}

QString SavedRequestsPanel::selectedFolder() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return QString();
    if (item->data(0, KindRole).toInt() == FolderItem)
        return item->data(0, PathRole).toString();
    const Workspace* workspace = m_session->workspace();
    const SavedRequest* request = workspace ? workspace->request(item->data(0, PathRole).toString()) : nullptr;
    return request ? request->folder : QString();
}

void SavedRequestsPanel::selectRequest(const QString& id)
{
    QTreeWidgetItemIterator it(m_tree);
    while (*it) {
        if ((*it)->data(0, KindRole).toInt() == RequestItem && (*it)->data(0, PathRole).toString() == id) {
            m_tree->setCurrentItem(*it);
            m_tree->scrollToItem(*it);
            return;
        }
        ++it;
    }
}

void SavedRequestsPanel::setOpenRequest(const QString& id, bool modified)
{
    if (id == m_openId && modified == m_openModified)
        return;
    m_openId = id;
    m_openModified = modified;
    QTreeWidgetItemIterator it(m_tree);
    const Workspace* workspace = m_session->workspace();
    while (*it) {
        if ((*it)->data(0, KindRole).toInt() == RequestItem) {
            const QString itemId = (*it)->data(0, PathRole).toString();
            const SavedRequest* request = workspace ? workspace->request(itemId) : nullptr;
            const QString name = request ? request->name : (*it)->text(0);
            QFont font = (*it)->font(0);
            font.setBold(itemId == m_openId);
            (*it)->setFont(0, font);
            (*it)->setText(0, itemId == m_openId && m_openModified ? name + QStringLiteral(" •") : name);
        }
        ++it;
    }
}

void SavedRequestsPanel::addContextAction(QAction* action)
{
    m_tree->addAction(action);
}

QTreeWidgetItem* SavedRequestsPanel::folderItem(const QString& folder, QHash<QString, QTreeWidgetItem*>& folders)
{
    if (folder.isEmpty())
        return nullptr;
    if (QTreeWidgetItem* existing = folders.value(folder))
        return existing;
    QTreeWidgetItem* parentItem = folderItem(parentFolder(folder), folders);
    auto* item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_tree);
    item->setText(0, folder.mid(folder.lastIndexOf(u'/') + 1));
    item->setIcon(0, style()->standardIcon(QStyle::SP_DirIcon));
    item->setData(0, KindRole, FolderItem);
    item->setData(0, PathRole, folder);
    item->setToolTip(0, folder);
    item->setFlags((item->flags() | Qt::ItemIsDropEnabled) & ~Qt::ItemIsDragEnabled);
    folders.insert(folder, item);
    return item;
}

void SavedRequestsPanel::rebuild()
{
    const QString selectedPath
        = m_tree->currentItem() ? m_tree->currentItem()->data(0, PathRole).toString() : QString();
    const int selectedKind = m_tree->currentItem() ? m_tree->currentItem()->data(0, KindRole).toInt() : -1;
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    const Workspace* workspace = m_session->workspace();
    setEnabled(workspace != nullptr);
    if (!workspace) {
        updateActions();
        return;
    }
    const QString filter = m_filter->text().trimmed();
    QHash<QString, QTreeWidgetItem*> folders;
    if (filter.isEmpty()) {
        for (const QString& folder : workspace->requestFolders())
            folderItem(folder, folders);
    }
    QTreeWidgetItem* toSelect = nullptr;
    for (const SavedRequest& request : workspace->requests()) {
        if (!filter.isEmpty() && !request.name.contains(filter, Qt::CaseInsensitive)
            && !request.spec.path.contains(filter, Qt::CaseInsensitive)
            && !request.folder.contains(filter, Qt::CaseInsensitive))
            continue;
        QTreeWidgetItem* parentItem = folderItem(request.folder, folders);
        auto* item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_tree);
        item->setText(0, request.id == m_openId && m_openModified ? request.name + QStringLiteral(" •") : request.name);
        QFont font = item->font(0);
        font.setBold(request.id == m_openId);
        item->setFont(0, font);
        const QString method = request.spec.mode == RequestSpec::Mode::GraphQL
            ? QStringLiteral("GQL")
            : QString::fromLatin1(request.spec.method);
        item->setToolTip(0,
            QStringLiteral("%1 %2%3").arg(method, request.spec.path,
                request.description.isEmpty() ? QString() : QStringLiteral("\n") + request.description));
        item->setIcon(0, style()->standardIcon(QStyle::SP_FileIcon));
        item->setData(0, KindRole, RequestItem);
        item->setData(0, PathRole, request.id);
        item->setFlags((item->flags() | Qt::ItemIsDragEnabled) & ~Qt::ItemIsDropEnabled);
        if (selectedKind == RequestItem && request.id == selectedPath)
            toSelect = item;
    }
    for (auto it = folders.cbegin(); it != folders.cend(); ++it) {
        if (!filter.isEmpty() || m_expanded.contains(it.key()))
            it.value()->setExpanded(true);
        if (selectedKind == FolderItem && it.key() == selectedPath)
            toSelect = it.value();
    }
    m_tree->sortItems(0, Qt::AscendingOrder);
    if (toSelect)
        m_tree->setCurrentItem(toSelect);
    updateActions();
}

void SavedRequestsPanel::updateActions()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    const bool open = m_session->isOpen();
    m_newFolder->setEnabled(open);
    m_duplicate->setEnabled(item && item->data(0, KindRole).toInt() == RequestItem);
    m_rename->setEnabled(item != nullptr);
    m_remove->setEnabled(item != nullptr);
}

void SavedRequestsPanel::report(const QString& success, const Status& status)
{
    Q_EMIT operationFinished(status.ok(), status.ok() ? success : status.error().toString());
}

void SavedRequestsPanel::newFolder()
{
    if (!m_session->isOpen())
        return;
    const QString parent = selectedFolder();
    const std::optional<QString> name = InputDialog::getText(this, tr("New folder"),
        parent.isEmpty() ? tr("Name of the folder:") : tr("Name of the folder inside \"%1\":").arg(parent));
    if (!name || name->trimmed().isEmpty())
        return;
    const QString folder = joinFolder(parent, name->trimmed());
    m_expanded.insert(parent);
    m_session->modify([folder](Workspace& workspace) { return workspace.createRequestFolder(folder); }, this,
        [this, folder](Status status) { report(tr("Folder \"%1\" created.").arg(folder), status); });
}

void SavedRequestsPanel::duplicateSelected()
{
    const QString id = selectedRequestId();
    if (id.isEmpty())
        return;
    auto newId = std::make_shared<QString>();
    m_session->modify(
        [id, newId](Workspace& workspace) -> Status {
            Result<QString> copy = workspace.duplicateRequest(id);
            if (!copy)
                return copy.error();
            *newId = copy.value();
            return {};
        },
        this,
        [this, newId](Status status) {
            if (status.ok())
                selectRequest(*newId);
            report(tr("Request duplicated."), status);
        });
}

void SavedRequestsPanel::renameSelected()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    const Workspace* workspace = m_session->workspace();
    if (!item || !workspace)
        return;
    const QString path = item->data(0, PathRole).toString();
    if (item->data(0, KindRole).toInt() == FolderItem) {
        const std::optional<QString> name = InputDialog::getText(
            this, tr("Rename folder"), tr("New name of the folder:"), path.mid(path.lastIndexOf(u'/') + 1));
        if (!name || name->trimmed().isEmpty())
            return;
        const QString to = joinFolder(parentFolder(path), name->trimmed());
        if (to == path)
            return;
        // The requests inside get new ids; tell the console about the one it has open.
        QList<QPair<QString, QString>> moved;
        for (const SavedRequest& request : workspace->requests()) {
            if (request.folder == path || request.folder.startsWith(path + u'/'))
                moved.append({request.id, request.folder});
        }
        m_session->modify([path, to](Workspace& ws) { return ws.renameRequestFolder(path, to); }, this,
            [this, path, to, moved](Status status) {
                if (status.ok()) {
                    const Workspace* ws = m_session->workspace();
                    for (const auto& [oldId, oldFolder] : moved) {
                        const QString newFolder = to + oldFolder.mid(path.size());
                        const QString fileName = oldId.mid(oldId.lastIndexOf(u'/') + 1);
                        for (const SavedRequest& request : ws->requests()) {
                            if (request.folder == newFolder && request.id.endsWith(u'/' + fileName))
                                Q_EMIT requestMoved(oldId, request.id);
                        }
                    }
                }
                report(tr("Folder renamed."), status);
            });
        return;
    }
    const SavedRequest* request = workspace->request(path);
    if (!request)
        return;
    const std::optional<QString> name
        = InputDialog::getText(this, tr("Rename request"), tr("New name of the request:"), request->name);
    if (!name || name->trimmed().isEmpty() || name->trimmed() == request->name)
        return;
    SavedRequest renamed = *request;
    renamed.name = name->trimmed();
    auto newId = std::make_shared<QString>();
    m_session->modify(
        [renamed, newId](Workspace& ws) -> Status {
            Result<QString> saved = ws.saveRequest(renamed);
            if (!saved)
                return saved.error();
            *newId = saved.value();
            return {};
        },
        this,
        [this, path, newId](Status status) {
            if (status.ok()) {
                Q_EMIT requestMoved(path, *newId);
                selectRequest(*newId);
            }
            report(tr("Request renamed."), status);
        });
}

void SavedRequestsPanel::removeSelected()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    const Workspace* workspace = m_session->workspace();
    if (!item || !workspace)
        return;
    const QString path = item->data(0, PathRole).toString();
    if (item->data(0, KindRole).toInt() == FolderItem) {
        QStringList inside;
        for (const SavedRequest& request : workspace->requests()) {
            if (request.folder == path || request.folder.startsWith(path + u'/'))
                inside.append(request.id);
        }
        const QString question = inside.isEmpty()
            ? tr("Delete the empty folder \"%1\"?").arg(path)
            : tr("Delete the folder \"%1\" and the %n request(s) in it? This cannot be undone.", nullptr,
                int(inside.size()))
                  .arg(path);
        if (MessageBox::question(
                this, tr("Delete folder"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
            return;
        m_session->modify([path](Workspace& ws) { return ws.removeRequestFolder(path); }, this,
            [this, inside](Status status) {
                if (status.ok()) {
                    for (const QString& id : inside)
                        Q_EMIT requestMoved(id, QString());
                }
                report(tr("Folder deleted."), status);
            });
        return;
    }
    const SavedRequest* request = workspace->request(path);
    if (!request)
        return;
    if (MessageBox::question(this, tr("Delete request"),
            tr("Delete the saved request \"%1\"? This cannot be undone.").arg(request->name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    m_session->modify([path](Workspace& ws) { return ws.removeRequest(path); }, this,
        [this, path](Status status) {
            if (status.ok())
                Q_EMIT requestMoved(path, QString());
            report(tr("Request deleted."), status);
        });
}

void SavedRequestsPanel::moveRequest(const QString& id, const QString& folder)
{
    const Workspace* workspace = m_session->workspace();
    const SavedRequest* request = workspace ? workspace->request(id) : nullptr;
    if (!request || request->folder == folder)
        return;
    SavedRequest moved = *request;
    moved.folder = folder;
    m_expanded.insert(folder);
    auto newId = std::make_shared<QString>();
    m_session->modify(
        [moved, newId](Workspace& ws) -> Status {
            Result<QString> saved = ws.saveRequest(moved);
            if (!saved)
                return saved.error();
            *newId = saved.value();
            return {};
        },
        this,
        [this, id, newId, folder](Status status) {
            if (status.ok()) {
                Q_EMIT requestMoved(id, *newId);
                selectRequest(*newId);
            }
            report(
                folder.isEmpty() ? tr("Request moved to the top level.") : tr("Request moved to \"%1\".").arg(folder),
                status);
        });
}

} // namespace studio::ui
