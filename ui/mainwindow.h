#pragma once

#include "ui/endpointeditor.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace studio::ui {

class ConsoleView;
class EndpointsView;
class EnvironmentsView;
class LogBrowserView;
class NoticeBar;
class SecretsController;
class WorkspaceSession;

/// The studio's main window: navigator on the left (Endpoints, Environments, Console, Mappings, Jobs,
/// Logs), the selected view on the right, the environment switcher in the toolbar, workspace / environment /
/// secret backend in the status bar. Problems found while loading the workspace are listed in a banner;
/// the rest of the workspace is usable. Geometry, state and the current view persist in QSettings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// Navigator entries, in order.
    enum class View { Endpoints, Environments, Console, Mappings, Jobs, Logs };

    /// `session` is shared with the caller (not owned); `testerFactory` makes connection testers.
    explicit MainWindow(
        WorkspaceSession* session, ConnectionTesterFactory testerFactory = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showView(View view);
    /// View > Pretty view size limit…: asks for the size in MB (window-modal, not blocking).
    void askPrettyLimit();
    /// Stores the limit (held to its range) and applies it to every body view of the window.
    void setPrettyLimitMegabytes(int megabytes);
    View currentView() const;
    EndpointsView* endpointsView() const { return m_endpointsView; }
    EnvironmentsView* environmentsView() const { return m_environmentsView; }
    ConsoleView* consoleView() const { return m_consoleView; }
    LogBrowserView* logBrowserView() const { return m_logBrowserView; }
    QComboBox* environmentSwitcher() const { return m_environmentCombo; }
    /// The load-problems banner.
    NoticeBar* problemsBar() const { return m_problems; }
    /// The keychain / vault banner.
    NoticeBar* secretsBar() const { return m_secretsBar; }
    SecretsController* secrets() const { return m_secrets; }
    /// A banner for background services (the demo sandbox).
    NoticeBar* servicesBar() const { return m_servicesBar; }
    QMenu* recentMenu() const { return m_recentMenu; }
    /// Status bar texts: workspace, environment, secrets.
    QStringList statusTexts() const;

    /// File > New workspace…: asks for a folder (and name) and creates it.
    void newWorkspace();
    /// File > Open workspace…
    void openWorkspace();
    void showAbout();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildToolbar();
    void buildStatusBar();
    void restoreState();
    void saveState();
    void rebuildRecentMenu();
    void updateEnvironmentSwitcher();
    void updateTitleAndStatus();
    void workspaceOpened();
    void openFailed(const Error& error, const QString& folder);

    WorkspaceSession* m_session;
    QListWidget* m_navigator;
    QStackedWidget* m_stack;
    QSplitter* m_splitter;
    NoticeBar* m_problems;
    NoticeBar* m_secretsBar;
    NoticeBar* m_openError;
    NoticeBar* m_servicesBar;
    EndpointsView* m_endpointsView;
    EnvironmentsView* m_environmentsView;
    ConsoleView* m_consoleView;
    LogBrowserView* m_logBrowserView;
    SecretsController* m_secrets;
    QComboBox* m_environmentCombo = nullptr;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_workspaceLabel = nullptr;
    QLabel* m_environmentLabel = nullptr;
    QLabel* m_secretsLabel = nullptr;
};

} // namespace studio::ui
