#include "ui/endpointsview.h"

#include "core/secrets/secretstore.h"
#include "core/workspace/workspace.h"
#include "ui/dialogs.h"
#include "ui/endpointlistmodel.h"
#include "ui/labels.h"
#include "ui/noticebar.h"
#include "ui/secretjobs.h"
#include "ui/workspacesession.h"

#include <memory>
#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace studio::ui {

EndpointsView::EndpointsView(WorkspaceSession* session, ConnectionTesterFactory testerFactory, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_testerFactory(std::move(testerFactory))
    , m_model(new EndpointListModel(session, this))
    , m_table(new QTableView(this))
    , m_notice(new NoticeBar(this))
    , m_empty(new QLabel(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("EndpointsView"));
    auto* title = new QLabel(tr("Endpoints"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* subtitle = new QLabel(tr("The systems this workspace talks to. Secrets stay in the keychain; the "
                                   "files under endpoints/ hold only references."),
        this);
    subtitle->setWordWrap(true);

    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(16, 16));

    auto* addMenu = new QMenu(this);
    for (EndpointKind kind : labels::allKinds()) {
        QAction* action = addMenu->addAction(labels::kindIcon(kind), labels::kindName(kind));
        action->setObjectName(QStringLiteral("addEndpoint.") + endpointKindId(kind));
        action->setToolTip(labels::kindDescription(kind));
        connect(action, &QAction::triggered, this, [this, kind] { addEndpoint(kind); });
    }
    m_addAction = new QAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("&Add endpoint"), this);
    m_addAction->setObjectName(QStringLiteral("addEndpoint"));
    m_addAction->setMenu(addMenu);
    m_addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    m_addAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_addAction->setToolTip(tr("Add an endpoint (Insert)"));
    connect(m_addAction, &QAction::triggered, this, [this, addMenu] {
        // The button itself (not its arrow) opens the kind menu at the button.
        addMenu->popup(mapToGlobal(QPoint(0, 0)) + QPoint(8, 48));
    });
    toolbar->addAction(m_addAction);
    if (auto* button = qobject_cast<QToolButton*>(toolbar->widgetForAction(m_addAction)))
        button->setPopupMode(QToolButton::InstantPopup);

    m_editAction = toolbar->addAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("&Edit…"));
    m_editAction->setObjectName(QStringLiteral("editEndpoint"));
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_duplicateAction = toolbar->addAction(style()->standardIcon(QStyle::SP_FileLinkIcon), tr("D&uplicate"));
    m_duplicateAction->setObjectName(QStringLiteral("duplicateEndpoint"));
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_renameAction = toolbar->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("&Rename…"));
    m_renameAction->setObjectName(QStringLiteral("renameEndpoint"));
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_deleteAction = toolbar->addAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("De&lete"));
    m_deleteAction->setObjectName(QStringLiteral("deleteEndpoint"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    for (QAction* action : {m_editAction, m_duplicateAction, m_renameAction, m_deleteAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(action->text().remove(u'&') + QStringLiteral(" (")
            + action->shortcut().toString(QKeySequence::NativeText) + u')');
    }
    connect(m_editAction, &QAction::triggered, this, &EndpointsView::editSelected);
    connect(m_duplicateAction, &QAction::triggered, this, &EndpointsView::duplicateSelected);
    connect(m_renameAction, &QAction::triggered, this, &EndpointsView::renameSelected);
    connect(m_deleteAction, &QAction::triggered, this, &EndpointsView::deleteSelected);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(EndpointListModel::NameColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(EndpointListModel::NameColumn, 240);
    m_table->setColumnWidth(EndpointListModel::KindColumn, 200);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_editAction, m_duplicateAction, m_renameAction, m_deleteAction});
    connect(m_table, &QTableView::activated, this, &EndpointsView::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EndpointsView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_pendingSelection.isEmpty()) {
            select(m_pendingSelection);
            m_pendingSelection.clear();
        } else if (!m_table->selectionModel()->hasSelection() && m_model->rowCount() > 0) {
            // Something is always selected, so the keyboard actions have a target.
            m_table->selectRow(0);
        }
        updateActions();
        updateEmptyState();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &EndpointsView::updateActions);

    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("endpointDetails"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addWidget(m_notice);
    layout->addWidget(toolbar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_details);

    connect(session, &WorkspaceSession::opened, this, &EndpointsView::updateEmptyState);
    connect(session, &WorkspaceSession::closed, this, &EndpointsView::updateEmptyState);
    connect(session, &WorkspaceSession::secretStoreChanged, this, &EndpointsView::updateActions);
    updateActions();
    updateEmptyState();
}

QString EndpointsView::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(EndpointListModel::IdRole).toString();
}

void EndpointsView::select(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, 0));
}

const Endpoint* EndpointsView::selectedEndpoint() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->endpointAt(rows.first().row());
}

void EndpointsView::updateActions()
{
    const bool open = m_session->isOpen();
    const Endpoint* endpoint = selectedEndpoint();
    m_addAction->setEnabled(open);
    for (QAction* action : {m_editAction, m_duplicateAction, m_renameAction, m_deleteAction})
        action->setEnabled(open && endpoint);
    if (!endpoint) {
        m_details->clear();
        return;
    }
    const QStringList secrets = endpoint->auth.secretRefs.keys();
    m_details->setText(
        tr("<b>%1</b> · %2 · authentication: %3%4<br>File: endpoints/%5.json")
            .arg(endpoint->name.toHtmlEscaped(), labels::kindName(endpoint->kind),
                labels::authTypeName(endpoint->auth.type),
                secrets.isEmpty()
                    ? QString()
                    : tr(" (secrets in %1)")
                          .arg(m_session->secretStore() ? m_session->secretStore()->backendName() : tr("the keychain")),
                endpoint->id.toHtmlEscaped()));
}

void EndpointsView::updateEmptyState()
{
    if (!m_session->isOpen()) {
        m_empty->setText(tr("No workspace is open. Use File › New workspace… or File › Open workspace…."));
        m_empty->show();
    } else if (m_model->rowCount() == 0) {
        m_empty->setText(tr("This workspace has no endpoints yet. Add one with “Add endpoint” (Insert)."));
        m_empty->show();
    } else {
        m_empty->hide();
    }
    updateActions();
}

void EndpointsView::report(const Status& status, const QString& success)
{
    if (status.ok()) {
        m_notice->hide();
        Q_EMIT operationFinished(true, success);
        return;
    }
    m_notice->showMessage(NoticeBar::Level::Error, status.error().toString());
    Q_EMIT operationFinished(false, status.error().toString());
}

void EndpointsView::addEndpoint(EndpointKind kind)
{
    if (!m_session->isOpen() || m_editor)
        return;
    m_editor = new EndpointEditor(m_session, EndpointEditor::newEndpoint(kind), true, m_testerFactory, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &EndpointEditor::saved, this, [this](const QString& id) {
        m_pendingSelection = id;
        select(id);
        Q_EMIT operationFinished(true, tr("Endpoint saved."));
    });
    m_editor->open();
}

void EndpointsView::editSelected()
{
    const Endpoint* endpoint = selectedEndpoint();
    if (!endpoint || m_editor)
        return;
    m_editor = new EndpointEditor(m_session, *endpoint, false, m_testerFactory, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &EndpointEditor::saved, this, [this](const QString& id) {
        select(id);
        Q_EMIT operationFinished(true, tr("Endpoint saved."));
    });
    m_editor->open();
}

void EndpointsView::duplicateSelected()
{
    const Endpoint* selected = selectedEndpoint();
    const Workspace* workspace = m_session->workspace();
    if (!selected || !workspace)
        return;
    Endpoint copy = *selected;
    copy.name = tr("%1 (copy)").arg(selected->name);
    // The copy gets its own secrets, so deleting one endpoint never breaks the other.
    QList<std::pair<QString, QString>> fromTo;
    for (auto it = copy.auth.secretRefs.begin(); it != copy.auth.secretRefs.end(); ++it) {
        const QString ref = newSecretRef(workspace->id());
        fromTo.append({it.value(), ref});
        it.value() = ref;
    }
    if (!copy.tls.clientKeyPassphraseRef.isEmpty()) {
        const QString ref = newSecretRef(workspace->id());
        fromTo.append({copy.tls.clientKeyPassphraseRef, ref});
        copy.tls.clientKeyPassphraseRef = ref;
    }
    if (!fromTo.isEmpty() && !m_session->secretStore()) {
        report(Error {tr("Cannot duplicate “%1”: its secrets cannot be copied while no keychain or vault is "
                         "available.")
                          .arg(selected->name)},
            QString());
        return;
    }
    QStringList newRefs;
    for (const auto& pair : std::as_const(fromTo))
        newRefs.append(pair.second);
    copySecrets(m_session->secretStore(), fromTo, this, [this, copy, newRefs](Status status) {
        if (!status.ok()) {
            removeSecrets(m_session->secretStore(), newRefs, m_session, [](Status) {});
            report(Error {tr("Cannot duplicate “%1”: %2").arg(copy.name, status.error().toString())}, QString());
            return;
        }
        auto newId = std::make_shared<QString>();
        m_session->modify(
            [copy, newId](Workspace& ws) {
                Endpoint endpoint = copy;
                endpoint.id = ws.uniqueEndpointId(endpoint.name);
                *newId = endpoint.id;
                return ws.saveEndpoint(endpoint);
            },
            this,
            [this, newId, newRefs](Status saved) {
                if (saved.ok())
                    select(*newId);
                else
                    removeSecrets(m_session->secretStore(), newRefs, m_session, [](Status) {});
                report(saved, tr("Endpoint duplicated."));
            });
    });
}

void EndpointsView::renameSelected()
{
    const Endpoint* selected = selectedEndpoint();
    if (!selected)
        return;
    const QString oldId = selected->id;
    const QString oldName = selected->name;
    const std::optional<QString> answer
        = InputDialog::getText(this, tr("Rename endpoint"), tr("New name for “%1”:").arg(oldName), oldName);
    if (!answer)
        return;
    const QString newName = answer->trimmed();
    if (newName.isEmpty()) {
        report(Error {tr("An endpoint name cannot be empty.")}, QString());
        return;
    }
    if (newName == oldName)
        return;
    auto newId = std::make_shared<QString>();
    m_session->modify(
        [oldId, newName, newId](Workspace& ws) -> Status {
            // Keep the file name when the name still slugifies to it (e.g. only the case changed).
            if (slugify(newName) == oldId) {
                const Endpoint* endpoint = ws.endpoint(oldId);
                if (!endpoint)
                    return Error {QCoreApplication::translate("EndpointsView", "The endpoint no longer exists.")};
                Endpoint renamed = *endpoint;
                renamed.name = newName;
                *newId = oldId;
                return ws.saveEndpoint(renamed);
            }
            *newId = ws.uniqueEndpointId(newName);
            return ws.renameEndpoint(oldId, newName, *newId);
        },
        this,
        [this, newId](Status status) {
            if (status.ok())
                select(*newId);
            report(status, tr("Endpoint renamed."));
        });
}

void EndpointsView::deleteSelected()
{
    const Endpoint* selected = selectedEndpoint();
    if (!selected)
        return;
    const QString id = selected->id;
    const QString name = selected->name;
    const QStringList refs = selected->secretRefs();
    const QString question = refs.isEmpty()
        ? tr("Delete the endpoint “%1”? Its file endpoints/%2.json is removed.").arg(name, id)
        : tr("Delete the endpoint “%1”? Its file endpoints/%2.json and its %n stored secret(s) are removed.", nullptr,
            int(refs.size()))
              .arg(name, id);
    if (MessageBox::question(
            this, tr("Delete endpoint"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    m_session->modify([id](Workspace& ws) { return ws.removeEndpoint(id); }, this,
        [this, refs, name](Status status) {
            if (!status.ok() || refs.isEmpty()) {
                report(status, tr("Endpoint deleted."));
                return;
            }
            if (!m_session->secretStore()) {
                report(Error {tr("“%1” was deleted, but its secrets could not be removed: no keychain or vault is "
                                 "available.")
                                  .arg(name)},
                    QString());
                return;
            }
            removeSecrets(m_session->secretStore(), refs, this, [this, name](Status removed) {
                if (removed.ok())
                    report(removed, tr("Endpoint deleted."));
                else
                    report(Error {tr("“%1” was deleted, but some of its secrets could not be removed from the "
                                     "keychain: %2")
                                      .arg(name, removed.error().toString())},
                        QString());
            });
        });
}

} // namespace studio::ui
