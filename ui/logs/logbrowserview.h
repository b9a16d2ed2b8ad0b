#pragma once

#include "core/log/logexport.h"
#include "core/log/logreader.h"
#include "core/workspace/endpoint.h"
#include "core/workspace/environment.h"
#include "core/workspace/savedrequest.h"
#include "ui/logs/logcomparedialog.h"
#include "ui/logs/logworker.h"

#include <atomic>
#include <functional>
#include <memory>
#include <QHash>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QTableView;
class QToolBar;

namespace studio::net {
class ApiClient;
class ApiReply;
} // namespace studio::net

namespace studio::ui {

class LogDetailView;
class LogFilterBar;
struct ReplayPlan;
class LogTableModel;
class NoticeBar;
class WorkspaceSession;

/// The log browser: every request the studio made, from the workspace's request log. A filter bar (full-text
/// search, status classes, method, endpoint, environment, run, time range) over a virtualised table that stays
/// smooth at millions of entries, a detail pane with the stored request and response, and actions on the
/// selection: replay as-is, open in the console, copy as cURL, compare two entries, export (HAR, JSON Lines) and
/// verify the audit trail. No query runs on the UI thread.
///
/// Wiring (main window): setSession() once; connect openInConsole() to the console; optionally setApiClient() to
/// share the console's engine for replays (otherwise the view makes its own from the session's secret store and
/// request log).
class LogBrowserView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogBrowserView)

public:
    explicit LogBrowserView(QWidget* parent = nullptr);
    ~LogBrowserView() override;

    /// Follows the session: its workspace's request log, endpoints and environments, secret store and recorder.
    /// Not owned; may be null.
    void setSession(WorkspaceSession* session);
    /// Shows the log at `path` (what setSession() does for the open workspace; tests and tools may call it).
    void setLogPath(const QString& path);
    /// The workspace's endpoints and environments (unresolved), for replays, the console and cURL.
    void setWorkspaceData(const QList<Endpoint>& endpoints, const QList<Environment>& environments);
    /// The engine replays go through (not owned). Without one the view makes its own from the session.
    void setApiClient(net::ApiClient* client);

    LogTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    LogFilterBar* filterBar() const { return m_filters; }
    LogDetailView* detail() const { return m_detail; }
    NoticeBar* notice() const { return m_notice; }
    /// "1,234 matches", "12,000+ matches (counting…)".
    QString countText() const;
    /// The compare dialog opened last (it closes itself; null once gone).
    LogCompareDialog* compareDialog() const { return m_compareDialog; }

    /// Entry ids of the selected rows, newest first.
    QList<qint64> selectedIds() const;
    /// Selects and shows an entry; clears the filters when it does not match them.
    void selectEntry(qint64 id);

    QAction* replayAction() const { return m_replay; }
    QAction* openInConsoleAction() const { return m_openInConsole; }
    QAction* copyCurlAction() const { return m_copyCurl; }
    QAction* compareAction() const { return m_compare; }
    QAction* exportHarAction() const { return m_exportHar; }
    QAction* exportJsonLinesAction() const { return m_exportJsonLines; }
    QAction* verifyAction() const { return m_verify; }
    QAction* refreshAction() const { return m_refresh; }

    /// Sends the selected entry again as it was (confirmation first when it carries redacted values).
    void replaySelected();
    /// Emits openInConsole() for the selected entry.
    void openSelectedInConsole();
    /// Copies the selected entry as a cURL command (credentials as shell-variable placeholders).
    void copySelectedAsCurl();
    /// Opens a comparison of the two selected entries.
    void compareSelected();
    /// Asks for a file and exports the selection (or, with nothing selected, every matching entry).
    void exportSelection(LogExportFormat format);
    /// Walks the audit chain; reports OK with the count, or the first bad entry (which is then selected).
    void verifyAuditTrail();
    /// Stops a running verification.
    void cancelVerification();

Q_SIGNALS:
    /// The user wants to edit and resend an entry: the request as the console should load it, the environment it
    /// was sent in (empty: keep the console's) and notes for the user (what was left out or redacted).
    void openInConsole(const studio::RequestSpec& spec, const QString& environment, const QStringList& notes);
    /// A replay ended (`ok`: an HTTP answer arrived, of any status) with a one-line summary.
    void replayFinished(qint64 entryId, bool ok, const QString& summary);
    /// A cURL command was put on the clipboard.
    void curlCopied(const QString& command);
    /// A comparison dialog opened.
    void compareOpened(studio::ui::LogCompareDialog* dialog);
    /// An export ended: `error` empty on success.
    void exportFinished(const QString& path, qint64 count, const QString& error);
    /// A verification ended.
    void verifyFinished(const studio::AuditReport& report);
    /// The detail pane shows this entry.
    void entryShown(qint64 id);

    // Worker → view, queued (emitted on worker threads).
    void workerEntry(
        quint64 ticket, int purpose, const studio::LogEntry& entry, const QByteArray& hash, const QString& error);
    void workerComparison(quint64 ticket, const studio::ui::LogComparison& comparison, const QString& error);
    void workerChoices(const QStringList& endpoints, const QStringList& environments, const QStringList& runIds,
        const QByteArrayList& methods);
    void workerSalt(const QByteArray& salt, const QString& error);
    void workerExported(const QString& path, qint64 count, const QString& error);
    void workerVerifyProgress(qint64 done, qint64 total);
    void workerVerified(const studio::AuditReport& report);

private:
    /// Why a full entry is being loaded.
    enum Purpose { ShowDetail, Replay, OpenInConsole, CopyCurl };

    void buildActions();
    void sessionChanged();
    void updateActions();
    void updateCount();
    /// Rows selected (cheap: from the selection's ranges).
    qint64 selectedRowCount() const;
    void currentRowChanged();
    void loadEntry(qint64 id, Purpose purpose);
    void onEntry(quint64 ticket, int purpose, const LogEntry& entry, const QByteArray& hash, const QString& error);
    void onComparison(quint64 ticket, const LogComparison& comparison, const QString& error);
    void onExported(const QString& path, qint64 count, const QString& error);
    void onVerifyProgress(qint64 done, qint64 total);
    void onVerified(const AuditReport& report);
    void refreshChoices();
    void trySelectPending();
    void keepPlaceOnInsert(int count);
    void replay(const LogEntry& entry);
    void sendReplay(const ReplayPlan& plan, qint64 entryId);
    void withClient(std::function<void(net::ApiClient*)> use);
    void showError(const QString& text);
    void showInfo(const QString& text);

    QPointer<WorkspaceSession> m_session;
    QString m_logPath;
    QList<Endpoint> m_endpoints;
    QList<Environment> m_environments;
    QPointer<net::ApiClient> m_client;
    net::ApiClient* m_ownClient = nullptr;
    QByteArray m_salt;
    std::function<void(net::ApiClient*)> m_waitingForClient;

    LogTableModel* m_model;
    LogFilterBar* m_filters;
    QTableView* m_table;
    LogDetailView* m_detail;
    NoticeBar* m_notice;
    QLabel* m_count;
    QToolBar* m_toolbar;
    QAction* m_replay = nullptr;
    QAction* m_openInConsole = nullptr;
    QAction* m_copyCurl = nullptr;
    QAction* m_compare = nullptr;
    QAction* m_exportHar = nullptr;
    QAction* m_exportJsonLines = nullptr;
    QAction* m_verify = nullptr;
    QAction* m_cancelVerify = nullptr;
    QAction* m_refresh = nullptr;
    QPointer<LogCompareDialog> m_compareDialog;

    quint64 m_detailTicket = 0;
    quint64 m_actionTicket = 0;
    quint64 m_compareTicket = 0;
    qint64 m_pendingSelect = 0;
    bool m_choicesQueued = false;
    bool m_exporting = false;
    bool m_verifying = false;
    std::shared_ptr<std::atomic_bool> m_stopVerify;
    QHash<net::ApiReply*, qint64> m_replays;

    // Last: stopped (joined) first, before anything their jobs emit into is destroyed.
    LogWorker m_entries; ///< full entries, comparisons, filter choices
    LogWorker m_tasks;   ///< exports and verification (long-running)
};

} // namespace studio::ui
