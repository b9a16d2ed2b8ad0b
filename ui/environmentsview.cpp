#include "ui/environmentsview.h"

#include "core/secrets/secretstore.h"
#include "core/workspace/workspace.h"
#include "ui/dialogs.h"
#include "ui/environmentmodels.h"
#include "ui/noticebar.h"
#include "ui/secretjobs.h"
#include "ui/workspacesession.h"

#include <QAction>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace studio::ui {

namespace {

/// Edits variable values; secret values get a password field that starts empty (the stored value is
/// never loaded into the UI).
class ValueDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto* line = qobject_cast<QLineEdit*>(editor); line && index.data(VariablesModel::SecretRole).toBool()) {
            line->setEchoMode(QLineEdit::Password);
            line->setPlaceholderText(QCoreApplication::translate("EnvironmentsView", "Type a new secret value"));
        }
        return editor;
    }
};

/// Environment names become file names: keep them to characters that are safe everywhere.
bool isValidEnvironmentName(const QString& name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}$"));
    return valid.match(name).hasMatch() && !name.endsWith(u'.') && !name.endsWith(u' ');
}

QLabel* makeTitle(const QString& text, QWidget* parent)
{
    auto* title = new QLabel(text, parent);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    return title;
}

} // namespace

EnvironmentsView::EnvironmentsView(WorkspaceSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_environments(new EnvironmentListModel(session, this))
    , m_variables(new VariablesModel(this))
    , m_list(new QListView(this))
    , m_table(new QTableView(this))
    , m_notice(new NoticeBar(this))
    , m_heading(new QLabel(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("EnvironmentsView"));
    auto* subtitle = new QLabel(tr("Variables per target system (staging, production, …). Write {{name}} in any "
                                   "endpoint field; the environment chosen in the toolbar fills it in."),
        this);
    subtitle->setWordWrap(true);

    // Left: environments.
    auto* envToolbar = new QToolBar(this);
    envToolbar->setIconSize(QSize(16, 16));
    envToolbar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_addAction = envToolbar->addAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("Add environment…"));
    m_addAction->setObjectName(QStringLiteral("addEnvironment"));
    m_renameAction = envToolbar->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("Rename…"));
    m_renameAction->setObjectName(QStringLiteral("renameEnvironment"));
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_deleteAction = envToolbar->addAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("Delete"));
    m_deleteAction->setObjectName(QStringLiteral("deleteEnvironment"));
    m_activateAction = envToolbar->addAction(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Make active"));
    m_activateAction->setObjectName(QStringLiteral("activateEnvironment"));
    for (QAction* action : {m_addAction, m_renameAction, m_deleteAction, m_activateAction})
        action->setToolTip(action->text());
    m_renameAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addActions({m_renameAction, m_deleteAction, m_activateAction});
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->setModel(m_environments);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_addAction, &QAction::triggered, this, &EnvironmentsView::addEnvironment);
    connect(m_renameAction, &QAction::triggered, this, &EnvironmentsView::renameEnvironment);
    connect(m_deleteAction, &QAction::triggered, this, &EnvironmentsView::deleteEnvironment);
    connect(m_activateAction, &QAction::triggered, this, &EnvironmentsView::activateEnvironment);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &EnvironmentsView::currentChanged);
    connect(m_list, &QListView::doubleClicked, this, &EnvironmentsView::activateEnvironment);
    connect(m_environments, &QAbstractItemModel::modelReset, this, [this] {
        // Keep showing the same environment when the list is rebuilt after a save.
        const int row = m_environments->rowOf(m_current);
        if (row >= 0)
            m_list->setCurrentIndex(m_environments->index(row));
        else if (m_environments->rowCount() > 0)
            m_list->setCurrentIndex(m_environments->index(0));
        else
            showEnvironment(QString());
        updateActions();
    });
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Environments"), left));
    leftLayout->addWidget(envToolbar);
    leftLayout->addWidget(m_list, 1);

    // Right: variables.
    m_table->setModel(m_variables);
    m_table->setItemDelegateForColumn(VariablesModel::ValueColumn, new ValueDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(VariablesModel::NameColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(VariablesModel::ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(VariablesModel::SecretColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(VariablesModel::NameColumn, 200);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_addVariable = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("Add &variable"), this);
    m_addVariable->setObjectName(QStringLiteral("addVariable"));
    m_removeVariable = new QPushButton(style()->standardIcon(QStyle::SP_TrashIcon), tr("&Remove variable"), this);
    m_removeVariable->setObjectName(QStringLiteral("removeVariable"));
    m_save = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveVariables"));
    m_save->setShortcut(QKeySequence::Save);
    m_revert = new QPushButton(style()->standardIcon(QStyle::SP_DialogResetButton), tr("Re&vert"), this);
    m_revert->setObjectName(QStringLiteral("revertVariables"));
    connect(m_addVariable, &QPushButton::clicked, this, &EnvironmentsView::addVariable);
    connect(m_removeVariable, &QPushButton::clicked, this, &EnvironmentsView::removeVariable);
    connect(m_save, &QPushButton::clicked, this, &EnvironmentsView::saveVariables);
    connect(m_revert, &QPushButton::clicked, this, &EnvironmentsView::revertVariables);
    connect(m_variables, &VariablesModel::dirtyChanged, this, &EnvironmentsView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EnvironmentsView::updateActions);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addVariable);
    buttons->addWidget(m_removeVariable);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_table, 1);
    rightLayout->addLayout(buttons);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 600});

    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeTitle(tr("Environments"), this));
    layout->addWidget(subtitle);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_empty);

    connect(session, &WorkspaceSession::activeEnvironmentChanged, this, &EnvironmentsView::updateActions);
    connect(session, &WorkspaceSession::closed, this, [this] { showEnvironment(QString()); });
    showEnvironment(QString());
    if (m_environments->rowCount() > 0)
        m_list->setCurrentIndex(m_environments->index(0));
}

void EnvironmentsView::selectEnvironment(const QString& name)
{
    const int row = m_environments->rowOf(name);
    if (row >= 0)
        m_list->setCurrentIndex(m_environments->index(row));
}

bool EnvironmentsView::confirmDiscard()
{
    if (!m_variables->isDirty())
        return true;
    return MessageBox::question(this, tr("Unsaved variables"),
               tr("The variables of “%1” have unsaved changes. Discard them?").arg(m_current),
               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Discard;
}

void EnvironmentsView::currentChanged()
{
    const QString name = m_environments->nameAt(m_list->currentIndex().row());
    if (name == m_current)
        return;
    if (!m_current.isEmpty() && m_session->workspace() && m_session->workspace()->environment(m_current)
        && !confirmDiscard()) {
        // Stay on the edited environment.
        QSignalBlocker block(m_list->selectionModel());
        m_list->setCurrentIndex(m_environments->index(m_environments->rowOf(m_current)));
        return;
    }
    showEnvironment(name);
}

void EnvironmentsView::showEnvironment(const QString& name)
{
    m_current = name;
    const Workspace* workspace = m_session->workspace();
    const Environment* environment = workspace && !name.isEmpty() ? workspace->environment(name) : nullptr;
    m_variables->load(environment ? *environment : Environment());
    if (!workspace) {
        m_empty->setText(tr("No workspace is open."));
    } else if (m_environments->rowCount() == 0) {
        m_empty->setText(tr("This workspace has no environments yet. Add one (e.g. “staging”) to define "
                            "variables such as {{baseUrl}}."));
    }
    m_empty->setVisible(!workspace || m_environments->rowCount() == 0);
    m_heading->setText(environment ? tr("Variables of “%1”").arg(name) : tr("No environment selected"));
    updateActions();
}

void EnvironmentsView::updateActions()
{
    const bool open = m_session->isOpen();
    const bool has = open && !m_current.isEmpty();
    m_addAction->setEnabled(open && !m_saving);
    m_renameAction->setEnabled(has && !m_saving);
    m_deleteAction->setEnabled(has && !m_saving);
    m_activateAction->setEnabled(has && m_session->activeEnvironmentName() != m_current);
    m_table->setEnabled(has && !m_saving);
    m_addVariable->setEnabled(has && !m_saving);
    m_removeVariable->setEnabled(has && !m_saving && m_table->selectionModel()->hasSelection());
    m_save->setEnabled(has && !m_saving && m_variables->isDirty());
    m_revert->setEnabled(has && !m_saving && m_variables->isDirty());
}

void EnvironmentsView::report(const Status& status, const QString& success)
{
    if (status.ok()) {
        m_notice->hide();
        Q_EMIT operationFinished(true, success);
        return;
    }
    m_notice->showMessage(NoticeBar::Level::Error, status.error().toString());
    Q_EMIT operationFinished(false, status.error().toString());
}

void EnvironmentsView::addEnvironment()
{
    const Workspace* workspace = m_session->workspace();
    if (!workspace || !confirmDiscard())
        return;
    const std::optional<QString> answer = InputDialog::getText(
        this, tr("Add environment"), tr("Name of the new environment (e.g. staging, production):"));
    if (!answer)
        return;
    const QString name = answer->trimmed();
    if (!isValidEnvironmentName(name)) {
        report(Error {tr("“%1” cannot be an environment name: use letters, digits, spaces, _ . and - (at most 64 "
                         "characters), starting with a letter or digit.")
                          .arg(name)},
            QString());
        return;
    }
    if (workspace->environment(name)) {
        report(Error {tr("An environment named “%1” already exists.").arg(name)}, QString());
        return;
    }
    Environment environment;
    environment.name = name;
    m_session->modify([environment](Workspace& ws) { return ws.saveEnvironment(environment); }, this,
        [this, name](Status status) {
            if (status.ok()) {
                m_variables->load(Environment()); // the edits were confirmed away before adding
                m_current.clear();
                selectEnvironment(name);
                if (m_current != name)
                    showEnvironment(name);
                if (m_session->activeEnvironmentName().isEmpty())
                    m_session->setActiveEnvironment(name);
            }
            report(status, tr("Environment added."));
        });
}

void EnvironmentsView::renameEnvironment()
{
    const Workspace* workspace = m_session->workspace();
    const QString oldName = m_current;
    if (!workspace || oldName.isEmpty() || !confirmDiscard())
        return;
    const std::optional<QString> answer
        = InputDialog::getText(this, tr("Rename environment"), tr("New name for “%1”:").arg(oldName), oldName);
    if (!answer || answer->trimmed() == oldName)
        return;
    const QString newName = answer->trimmed();
    if (!isValidEnvironmentName(newName)) {
        report(Error {tr("“%1” cannot be an environment name: use letters, digits, spaces, _ . and - (at most 64 "
                         "characters), starting with a letter or digit.")
                          .arg(newName)},
            QString());
        return;
    }
    if (workspace->environment(newName)) {
        report(Error {tr("An environment named “%1” already exists.").arg(newName)}, QString());
        return;
    }
    const bool wasActive = m_session->activeEnvironmentName() == oldName;
    m_session->modify(
        [oldName, newName](Workspace& ws) -> Status {
            const Environment* old = ws.environment(oldName);
            if (!old)
                return Error {QCoreApplication::translate("EnvironmentsView", "The environment “%1” no longer exists.")
                                  .arg(oldName)};
            const Environment previous = *old;
            Environment renamed = previous;
            renamed.name = newName;
            if (slugify(oldName) == slugify(newName)) {
                // Same file name (only case or punctuation changed): replace the entry in place.
                if (Status removed = ws.removeEnvironment(oldName); !removed.ok())
                    return removed;
                Status saved = ws.saveEnvironment(renamed);
                if (!saved.ok())
                    ws.saveEnvironment(previous);
                return saved;
            }
            // Write the new file first: a failure leaves the old one in place.
            if (Status saved = ws.saveEnvironment(renamed); !saved.ok())
                return saved;
            return ws.removeEnvironment(oldName);
        },
        this,
        [this, newName, wasActive](Status status) {
            if (status.ok()) {
                m_variables->load(Environment());
                m_current.clear();
                selectEnvironment(newName);
                if (m_current != newName)
                    showEnvironment(newName);
                if (wasActive)
                    m_session->setActiveEnvironment(newName);
            }
            report(status, tr("Environment renamed."));
        });
}

void EnvironmentsView::deleteEnvironment()
{
    const Workspace* workspace = m_session->workspace();
    const Environment* environment = workspace ? workspace->environment(m_current) : nullptr;
    if (!environment)
        return;
    const QString name = environment->name;
    const QStringList refs = environment->secretVariables.values();
    if (MessageBox::question(this, tr("Delete environment"),
            tr("Delete the environment “%1” with its %n variable(s)? Its secret values are removed from the "
               "keychain too.",
                nullptr, int(environment->variables.size() + environment->secretVariables.size()))
                .arg(name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    m_variables->load(Environment()); // nothing left to discard
    m_session->modify([name](Workspace& ws) { return ws.removeEnvironment(name); }, this,
        [this, refs, name](Status status) {
            if (!status.ok() || refs.isEmpty()) {
                report(status, tr("Environment deleted."));
                return;
            }
            removeSecrets(m_session->secretStore(), refs, this, [this, name](Status removed) {
                report(removed.ok() ? removed
                                    : Status(Error {tr("“%1” was deleted, but some of its secrets could not be "
                                                       "removed: %2")
                                                        .arg(name, removed.error().toString())}),
                    tr("Environment deleted."));
            });
        });
}

void EnvironmentsView::activateEnvironment()
{
    if (!m_current.isEmpty())
        m_session->setActiveEnvironment(m_current);
}

void EnvironmentsView::addVariable()
{
    const int row = m_variables->addVariable();
    const QModelIndex index = m_variables->index(row, VariablesModel::NameColumn);
    m_table->setCurrentIndex(index);
    m_table->edit(index);
}

void EnvironmentsView::removeVariable()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    QList<int> numbers;
    for (const QModelIndex& index : rows)
        numbers.append(index.row());
    std::sort(numbers.begin(), numbers.end(), std::greater<>());
    for (int row : std::as_const(numbers))
        m_variables->removeVariable(row);
}

void EnvironmentsView::revertVariables()
{
    showEnvironment(m_current);
}

void EnvironmentsView::saveVariables()
{
    const Workspace* workspace = m_session->workspace();
    if (!workspace || m_current.isEmpty() || m_saving)
        return;
    const QString workspaceId = workspace->id();
    Result<VariablesModel::SavePlan> plan = m_variables->plan([workspaceId] { return newSecretRef(workspaceId); });
    if (!plan.ok()) {
        report(plan.error(), QString());
        return;
    }
    if ((!plan->writes.isEmpty() || !plan->orphanedRefs.isEmpty()) && !m_session->secretStore()) {
        report(Error {tr("Secret variables cannot be saved while no keychain is reachable and no vault is "
                         "unlocked.")},
            QString());
        return;
    }
    QList<SecretWrite> writes;
    for (const auto& [ref, value] : std::as_const(plan->writes))
        writes.append(SecretWrite {ref, value});
    m_saving = true;
    updateActions();
    const Environment environment = plan->environment;
    const QStringList orphans = plan->orphanedRefs;
    writeSecrets(m_session->secretStore(), writes, this, [this, environment, orphans](Status written) {
        if (!written.ok()) {
            m_saving = false;
            updateActions();
            report(Error {tr("The secret values could not be stored: %1").arg(written.error().toString())}, QString());
            return;
        }
        m_session->modify([environment](Workspace& ws) { return ws.saveEnvironment(environment); }, this,
            [this, orphans, name = environment.name](Status saved) {
                m_saving = false;
                if (saved.ok()) {
                    showEnvironment(name);
                    if (!orphans.isEmpty())
                        removeSecrets(m_session->secretStore(), orphans, m_session, [](Status) {});
                }
                updateActions();
                report(saved, tr("Variables saved."));
            });
    });
}

} // namespace studio::ui
