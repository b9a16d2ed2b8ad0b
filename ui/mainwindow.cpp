#include "ui/mainwindow.h"

#include "core/workspace/workspace.h"
#include "ui/aboutdialog.h"
#include "ui/console/consoleview.h"
#include "ui/dialogs.h"
#include "ui/endpointsview.h"
#include "ui/environmentsview.h"
#include "ui/logs/logbrowserview.h"
#include "ui/noticebar.h"
#include "ui/placeholderview.h"
#include "ui/secretscontroller.h"
#include "ui/settings.h"
#include "ui/widgets/bodyview.h"
#include "ui/workspacesession.h"

#include <algorithm>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace studio::ui {

namespace {

struct ViewInfo
{
    MainWindow::View view;
    const char* id;
};

constexpr ViewInfo viewInfos[] = {
    {MainWindow::View::Endpoints, "endpoints"},
    {MainWindow::View::Environments, "environments"},
    {MainWindow::View::Console, "console"},
    {MainWindow::View::Mappings, "mappings"},
    {MainWindow::View::Jobs, "jobs"},
    {MainWindow::View::Logs, "logs"},
};

} // namespace

MainWindow::MainWindow(WorkspaceSession* session, ConnectionTesterFactory testerFactory, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_navigator(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_splitter(new QSplitter(this))
    , m_problems(new NoticeBar(this))
    , m_secretsBar(new NoticeBar(this))
    , m_openError(new NoticeBar(this))
    , m_servicesBar(new NoticeBar(this))
    , m_endpointsView(new EndpointsView(session, std::move(testerFactory), this))
    , m_environmentsView(new EnvironmentsView(session, this))
    , m_consoleView(new ConsoleView(session, this))
    , m_logBrowserView(new LogBrowserView(this))
    , m_secrets(new SecretsController(session, m_secretsBar, this, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Integration Studio"));
    setWindowIcon(style()->standardIcon(QStyle::SP_ComputerIcon));
    m_problems->setObjectName(QStringLiteral("problemsBar"));
    m_secretsBar->setObjectName(QStringLiteral("secretsBar"));
    m_openError->setObjectName(QStringLiteral("openErrorBar"));
    m_servicesBar->setObjectName(QStringLiteral("servicesBar"));

    // Navigator and views.
    struct Entry
    {
        QString title;
        QStyle::StandardPixmap icon;
        QWidget* widget;
    };
    const QList<Entry> entries {
        {tr("Endpoints"), QStyle::SP_DriveNetIcon, m_endpointsView},
        {tr("Environments"), QStyle::SP_FileDialogListView, m_environmentsView},
        {tr("Console"), QStyle::SP_CommandLink, m_consoleView},
        {tr("Mappings"), QStyle::SP_ArrowRight,
            new PlaceholderView(tr("Mappings"),
                tr("The mapper will connect fields of a source (ERP, files, a database) to fields of a target "
                   "(Magento), with value maps, expressions and a preview on real records."),
                this)},
        {tr("Jobs"), QStyle::SP_BrowserReload,
            new PlaceholderView(tr("Jobs"),
                tr("Sync jobs will run mappings between endpoints, in batches or as Magento async bulk "
                   "operations, resume after an interruption and run on a schedule."),
                this)},
        {tr("Logs"), QStyle::SP_FileDialogDetailedView, m_logBrowserView},
    };
    int shortcut = 1;
    for (const Entry& entry : entries) {
        auto* item = new QListWidgetItem(style()->standardIcon(entry.icon), entry.title, m_navigator);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(entry.title).arg(shortcut));
        m_stack->addWidget(entry.widget);
        auto* action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + shortcut)));
        const int row = shortcut - 1;
        connect(action, &QAction::triggered, this, [this, row] {
            m_navigator->setCurrentRow(row);
            // A view that names where typing starts (its focus proxy: the console's path, the log's search)
            // gets the keyboard, so Ctrl+3 and typing is a request.
            if (QWidget* view = m_stack->currentWidget(); view && view->focusProxy())
                view->setFocus(Qt::ShortcutFocusReason);
        });
        addAction(action);
        ++shortcut;
    }
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setIconSize(QSize(20, 20));
    m_navigator->setSpacing(2);
    m_navigator->setFrameShape(QFrame::NoFrame);
    m_navigator->setMinimumWidth(150);
    m_navigator->setMaximumWidth(260);
    connect(m_navigator, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 6, 6, 6);
    rightLayout->addWidget(m_openError);
    rightLayout->addWidget(m_secretsBar);
    rightLayout->addWidget(m_servicesBar);
    rightLayout->addWidget(m_problems);
    rightLayout->addWidget(m_stack, 1);
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({180, 900});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    buildMenus();
    buildToolbar();
    buildStatusBar();

    connect(session, &WorkspaceSession::opened, this, &MainWindow::workspaceOpened);
    connect(session, &WorkspaceSession::openFailed, this, &MainWindow::openFailed);
    connect(session, &WorkspaceSession::closed, this, [this] {
        m_problems->hide();
        updateEnvironmentSwitcher();
        updateTitleAndStatus();
    });
    connect(session, &WorkspaceSession::changed, this, &MainWindow::updateEnvironmentSwitcher);
    connect(session, &WorkspaceSession::activeEnvironmentChanged, this, [this] {
        updateEnvironmentSwitcher();
        updateTitleAndStatus();
    });
    connect(m_secrets, &SecretsController::statusChanged, this, &MainWindow::updateTitleAndStatus);
    connect(m_endpointsView, &EndpointsView::operationFinished, this,
        [this](bool ok, const QString& message) { statusBar()->showMessage(ok ? message : QString(), 4000); });
    connect(m_environmentsView, &EnvironmentsView::operationFinished, this,
        [this](bool ok, const QString& message) { statusBar()->showMessage(ok ? message : QString(), 4000); });
    connect(m_consoleView, &ConsoleView::statusMessage, this,
        [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    // "Open in console" from the log: the request lands in the console, in the environment it was sent in, ready
    // to edit and resend.
    m_logBrowserView->setSession(session);
    connect(m_logBrowserView, &LogBrowserView::openInConsole, this,
        [this](const RequestSpec& spec, const QString& environment, const QStringList& notes) {
            showView(View::Console);
            if (!m_consoleView->openRequest(spec))
                return;
            if (!environment.isEmpty() && m_session->workspace() && m_session->workspace()->environment(environment))
                m_session->setActiveEnvironment(environment);
            if (!notes.isEmpty())
                statusBar()->showMessage(notes.join(u' '), 12000);
        });

    restoreState();
    updateEnvironmentSwitcher();
    updateTitleAndStatus();
    if (session->isOpen())
        workspaceOpened();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("&New workspace…"));
    newAction->setObjectName(QStringLiteral("newWorkspace"));
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(newAction, &QAction::triggered, this, &MainWindow::newWorkspace);
    QAction* openAction = file->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open workspace…"));
    openAction->setObjectName(QStringLiteral("openWorkspace"));
    openAction->setShortcut(QKeySequence::Open);
    connect(openAction, &QAction::triggered, this, &MainWindow::openWorkspace);
    m_recentMenu = file->addMenu(tr("&Recent workspaces"));
    m_recentMenu->setObjectName(QStringLiteral("recentWorkspaces"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < m_navigator->count(); ++row) {
        QAction* action = view->addAction(m_navigator->item(row)->icon(), m_navigator->item(row)->text());
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        action->setShortcutContext(Qt::WidgetShortcut); // the window-wide shortcut is registered once, above
        connect(action, &QAction::triggered, this, [this, row] { m_navigator->setCurrentRow(row); });
    }
    view->addSeparator();
    QAction* prettyLimit = view->addAction(tr("&Pretty view size limit…"));
    prettyLimit->setObjectName(QStringLiteral("prettyLimit"));
    prettyLimit->setStatusTip(tr("Response bodies larger than this are shown as raw text"));
    connect(prettyLimit, &QAction::triggered, this, &MainWindow::askPrettyLimit);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about
        = help->addAction(style()->standardIcon(QStyle::SP_MessageBoxInformation), tr("&About Integration Studio"));
    about->setObjectName(QStringLiteral("about"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction* aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::buildToolbar()
{
    QToolBar* toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setIconSize(QSize(18, 18));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const auto fileActions = menuBar()->actions().first()->menu()->actions();
    for (QAction* action : fileActions) {
        if (action->objectName() == u"newWorkspace" || action->objectName() == u"openWorkspace")
            toolbar->addAction(action);
    }
    toolbar->addSeparator();
    auto* label = new QLabel(tr("&Environment:"), toolbar);
    label->setContentsMargins(6, 0, 4, 0);
    m_environmentCombo = new QComboBox(toolbar);
    m_environmentCombo->setObjectName(QStringLiteral("environmentSwitcher"));
    m_environmentCombo->setMinimumContentsLength(16);
    m_environmentCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_environmentCombo->setToolTip(tr("The environment whose variables fill {{placeholders}} (Ctrl+Shift+E)"));
    label->setBuddy(m_environmentCombo);
    toolbar->addWidget(label);
    toolbar->addWidget(m_environmentCombo);
    auto* focusSwitcher = new QAction(this);
    focusSwitcher->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(focusSwitcher, &QAction::triggered, m_environmentCombo, [this] {
        m_environmentCombo->setFocus();
        m_environmentCombo->showPopup();
    });
    addAction(focusSwitcher);
    connect(m_environmentCombo, &QComboBox::activated, this,
        [this](int index) { m_session->setActiveEnvironment(m_environmentCombo->itemData(index).toString()); });
}

void MainWindow::buildStatusBar()
{
    m_workspaceLabel = new QLabel(this);
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceStatus"));
    m_environmentLabel = new QLabel(this);
    m_environmentLabel->setObjectName(QStringLiteral("environmentStatus"));
    m_secretsLabel = new QLabel(this);
    m_secretsLabel->setObjectName(QStringLiteral("secretsStatus"));
    for (QLabel* label : {m_workspaceLabel, m_environmentLabel, m_secretsLabel}) {
        label->setContentsMargins(6, 0, 6, 0);
        statusBar()->addPermanentWidget(label);
    }
}

QStringList MainWindow::statusTexts() const
{
    return {m_workspaceLabel->text(), m_environmentLabel->text(), m_secretsLabel->text()};
}

void MainWindow::updateEnvironmentSwitcher()
{
    const QSignalBlocker block(m_environmentCombo);
    m_environmentCombo->clear();
    const Workspace* workspace = m_session->workspace();
    m_environmentCombo->setEnabled(workspace != nullptr);
    m_environmentCombo->addItem(tr("(no environment)"), QString());
    if (!workspace)
        return;
    QStringList names;
    for (const Environment& environment : workspace->environments())
        names.append(environment.name);
    names.sort(Qt::CaseInsensitive);
    for (const QString& name : std::as_const(names))
        m_environmentCombo->addItem(name, name);
    const int index = m_environmentCombo->findData(m_session->activeEnvironmentName());
    m_environmentCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void MainWindow::updateTitleAndStatus()
{
    const Workspace* workspace = m_session->workspace();
    if (workspace) {
        setWindowTitle(tr("%1 — Integration Studio").arg(workspace->name()));
        m_workspaceLabel->setText(tr("Workspace: %1").arg(workspace->name()));
        m_workspaceLabel->setToolTip(QDir::toNativeSeparators(workspace->folder()));
    } else {
        setWindowTitle(tr("Integration Studio"));
        m_workspaceLabel->setText(tr("No workspace open"));
        m_workspaceLabel->setToolTip(QString());
    }
    const QString environment = m_session->activeEnvironmentName();
    m_environmentLabel->setText(
        environment.isEmpty() ? tr("Environment: none") : tr("Environment: %1").arg(environment));
    m_secretsLabel->setText(m_secrets->statusText());
}

void MainWindow::workspaceOpened()
{
    m_openError->hide();
    const Workspace* workspace = m_session->workspace();
    const QList<Error>& problems = workspace->loadProblems();
    if (problems.isEmpty() && m_session->requestLogProblem().isEmpty()) {
        m_problems->hide();
    } else if (problems.isEmpty()) {
        m_problems->showMessage(NoticeBar::Level::Warning,
            tr("The request log of this workspace could not be opened, so requests are not recorded: %1")
                .arg(m_session->requestLogProblem()));
    } else {
        m_problems->showMessage(NoticeBar::Level::Warning,
            tr("%n file(s) of this workspace could not be loaded and are left untouched; everything else is "
               "available. Fix the files and reopen the workspace.",
                nullptr, int(problems.size())));
        QStringList lines;
        for (const Error& problem : problems)
            lines.append(problem.toString());
        m_problems->setDetails(lines);
    }
    updateEnvironmentSwitcher();
    updateTitleAndStatus();
    rebuildRecentMenu();
}

void MainWindow::openFailed(const Error& error, const QString& folder)
{
    m_openError->showMessage(NoticeBar::Level::Error,
        tr("The workspace in %1 could not be opened: %2").arg(QDir::toNativeSeparators(folder), error.toString()));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList folders = RecentWorkspaces::list();
    int number = 1;
    for (const QString& folder : folders) {
        QString path = QDir::toNativeSeparators(folder);
        path.replace(u'&', QStringLiteral("&&")); // a literal & in a path is not a mnemonic
        QAction* action = m_recentMenu->addAction(QStringLiteral("&%1  %2").arg(QString::number(number++), path));
        action->setData(folder);
        connect(action, &QAction::triggered, this, [this, folder] { m_session->open(folder); });
    }
    if (folders.isEmpty()) {
        QAction* none = m_recentMenu->addAction(tr("No recent workspaces"));
        none->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("&Clear list"));
    connect(clear, &QAction::triggered, this, [this] {
        RecentWorkspaces::clear();
        rebuildRecentMenu();
    });
}

void MainWindow::newWorkspace()
{
    const QString folder = FileDialog::getExistingDirectory(this, tr("Choose an empty folder for the new workspace"));
    if (folder.isEmpty())
        return;
    const std::optional<QString> name
        = InputDialog::getText(this, tr("New workspace"), tr("Name of the workspace:"), QFileInfo(folder).fileName());
    if (!name || name->trimmed().isEmpty())
        return;
    m_session->create(folder, name->trimmed());
}

void MainWindow::openWorkspace()
{
    const QString folder = FileDialog::getExistingDirectory(this, tr("Open a workspace folder"));
    if (!folder.isEmpty())
        m_session->open(folder);
}

void MainWindow::askPrettyLimit()
{
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("prettyLimitDialog"));
    dialog->setWindowTitle(tr("Pretty view size limit"));
    dialog->setLabelText(tr("Response bodies larger than this are shown as raw text, which stays fast at any size; "
                            "\"Format anyway\" still formats one on request.\n\nLimit in MB:"));
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setIntRange(settings::MinPrettyLimitMegabytes, settings::MaxPrettyLimitMegabytes);
    dialog->setIntValue(int(BodyView::configuredLimits().prettyLimitBytes / (1024 * 1024)));
    connect(dialog, &QInputDialog::intValueSelected, this, &MainWindow::setPrettyLimitMegabytes);
    dialog->open();
}

void MainWindow::setPrettyLimitMegabytes(int megabytes)
{
    settings::prettyLimitMegabytes().set(
        std::clamp(megabytes, settings::MinPrettyLimitMegabytes, settings::MaxPrettyLimitMegabytes));
    const qint64 bytes = BodyView::configuredLimits().prettyLimitBytes;
    const QList<BodyView*> views = findChildren<BodyView*>();
    for (BodyView* bodyView : views) {
        BodyView::Limits limits = bodyView->limits();
        limits.prettyLimitBytes = bytes;
        bodyView->setLimits(limits);
    }
    statusBar()->showMessage(
        tr("Bodies over %1 MB are shown as raw text from the next response on.").arg(bytes / (1024 * 1024)), 5000);
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showView(View view)
{
    m_navigator->setCurrentRow(int(view));
}

MainWindow::View MainWindow::currentView() const
{
    return View(m_stack->currentIndex());
}

void MainWindow::restoreState()
{
    if (!restoreGeometry(settings::mainWindowGeometry().get()))
        resize(1180, 760);
    QMainWindow::restoreState(settings::mainWindowState().get());
    m_splitter->restoreState(settings::mainWindowSplitter().get());
    const QString id = settings::currentView().get();
    int row = 0;
    for (const ViewInfo& info : viewInfos) {
        if (id == QLatin1String(info.id))
            row = int(info.view);
    }
    m_navigator->setCurrentRow(row);
}

void MainWindow::saveState()
{
    settings::mainWindowGeometry().set(saveGeometry());
    settings::mainWindowState().set(QMainWindow::saveState());
    settings::mainWindowSplitter().set(m_splitter->saveState());
    const int row = m_navigator->currentRow();
    if (row >= 0 && row < int(std::size(viewInfos)))
        settings::currentView().set(QString::fromLatin1(viewInfos[row].id));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveState();
    event->accept();
}

} // namespace studio::ui
