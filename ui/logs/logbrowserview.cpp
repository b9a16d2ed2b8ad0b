#include "ui/logs/logbrowserview.h"

#include "core/interop/curlformat.h"
#include "core/log/loggedrequest.h"
#include "core/log/logpaths.h"
#include "core/net/apiclient.h"
#include "ui/dialogs.h"
#include "ui/logs/logdetailview.h"
#include "ui/logs/logfilterbar.h"
#include "ui/logs/logreplay.h"
#include "ui/logs/logtablemodel.h"
#include "ui/logs/savefiledialog.h"
#include "ui/noticebar.h"
#include "ui/workspacesession.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace studio::ui {

namespace {

bool filtersNothing(const LogFilter& filter)
{
    return LogReader::searchExpression(filter.text).isEmpty() && filter.statusClasses.isEmpty()
        && filter.statuses.isEmpty() && filter.methods.isEmpty() && filter.endpoints.isEmpty()
        && filter.environments.isEmpty() && filter.runIds.isEmpty() && !filter.from.isValid() && !filter.to.isValid();
}

/// The filter pickers list at most this many runs (the newest ids sort last); more can be typed.
constexpr qsizetype MaxRunChoices = 1000;

} // namespace

LogBrowserView::LogBrowserView(QWidget* parent)
    : QWidget(parent)
    , m_model(new LogTableModel(this))
    , m_filters(new LogFilterBar(this))
    , m_table(new QTableView(this))
    , m_detail(new LogDetailView(this))
    , m_notice(new NoticeBar(this))
    , m_count(new QLabel(this))
    , m_toolbar(new QToolBar(this))
{
    setObjectName(QStringLiteral("logBrowser"));
    m_table->setObjectName(QStringLiteral("logTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    // Every row has the same height, so a million rows cost nothing to lay out.
    QHeaderView* rows = m_table->verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(false);
    const int digit = m_table->fontMetrics().horizontalAdvance(u'0');
    // Narrow enough that the URL, the column that tells entries apart, keeps room in a default-sized window.
    const int widths[LogTableModel::ColumnCount] = {23, 7, 7, 50, 14, 10, 10, 8, 8, 9};
    for (int column = 0; column < LogTableModel::ColumnCount; ++column)
        columns->resizeSection(column, widths[column] * digit);
    columns->setSectionResizeMode(LogTableModel::UrlColumn, QHeaderView::Stretch);

    m_count->setObjectName(QStringLiteral("logCount"));
    m_notice->setObjectName(QStringLiteral("logNotice"));
    m_notice->hide();
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buildActions();

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_count);
    bar->addStretch(1);
    bar->addWidget(m_toolbar);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_filters);
    setFocusProxy(m_filters->searchField()); // Ctrl+6 (Logs) lands in the search field
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_filters, &LogFilterBar::filterChanged, m_model, &LogTableModel::setFilter);
    connect(m_model, &LogTableModel::countChanged, this, [this] {
        updateCount();
        updateActions();
        trySelectPending();
    });
    connect(m_model, &LogTableModel::ready, this, [this] {
        updateCount();
        trySelectPending();
        refreshChoices();
    });
    connect(m_model, &LogTableModel::modelReset, this, [this] {
        updateCount();
        updateActions();
    });
    connect(m_model, &LogTableModel::problemChanged, this, [this](const QString& problem) {
        if (!problem.isEmpty())
            showError(problem);
        else if (m_notice->text() == m_model->problem())
            m_notice->hide();
    });
    connect(m_model, &LogTableModel::entriesArrived, this, &LogBrowserView::keepPlaceOnInsert);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LogBrowserView::updateActions);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LogBrowserView::currentRowChanged);
    connect(m_table, &QTableView::doubleClicked, this, &LogBrowserView::openSelectedInConsole);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint& position) {
        QMenu menu(this);
        menu.addActions({m_replay, m_openInConsole, m_copyCurl, m_compare});
        menu.addSeparator();
        menu.addActions({m_exportHar, m_exportJsonLines});
        menu.exec(m_table->viewport()->mapToGlobal(position));
    });

    connect(this, &LogBrowserView::workerEntry, this, &LogBrowserView::onEntry, Qt::QueuedConnection);
    connect(this, &LogBrowserView::workerComparison, this, &LogBrowserView::onComparison, Qt::QueuedConnection);
    connect(
        this, &LogBrowserView::workerChoices, this,
        [this](const QStringList& endpoints, const QStringList& environments, const QStringList& runIds,
            const QByteArrayList& methods) {
            m_filters->setChoices(
                endpoints, environments, runIds.mid(qMax<qsizetype>(0, runIds.size() - MaxRunChoices)), methods);
        },
        Qt::QueuedConnection);
    connect(
        this, &LogBrowserView::workerSalt, this,
        [this](const QByteArray& salt, const QString& error) {
            std::function<void(net::ApiClient*)> waiting = std::exchange(m_waitingForClient, {});
            if (!error.isEmpty()) {
                showError(error);
                return;
            }
            m_salt = salt;
            if (waiting)
                withClient(std::move(waiting));
        },
        Qt::QueuedConnection);
    connect(this, &LogBrowserView::workerExported, this, &LogBrowserView::onExported, Qt::QueuedConnection);
    connect(this, &LogBrowserView::workerVerifyProgress, this, &LogBrowserView::onVerifyProgress, Qt::QueuedConnection);
    connect(this, &LogBrowserView::workerVerified, this, &LogBrowserView::onVerified, Qt::QueuedConnection);

    updateActions();
    updateCount();
}

LogBrowserView::~LogBrowserView()
{
    // Jobs emit this object's signals: no job may run once destruction has begun.
    m_tasks.stop();
    m_entries.stop();
    if (m_stopVerify)
        m_stopVerify->store(true);
    // Replays still running are cancelled; their ends are no longer reported to this view.
    const QList<net::ApiReply*> replies = m_replays.keys();
    m_replays.clear();
    for (net::ApiReply* reply : replies) {
        reply->disconnect(this);
        delete reply;
    }
}

void LogBrowserView::buildActions()
{
    const auto make = [this](const QString& text, const QString& name, const QString& tip) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        action->setToolTip(tip);
        return action;
    };
    m_replay = make(tr("Replay"), QStringLiteral("replayAction"),
        tr("Send the selected request again as it was, through its endpoint (authentication applied afresh)"));
    m_openInConsole = make(tr("Open in console"), QStringLiteral("openInConsoleAction"),
        tr("Edit the selected request in the console and send it from there"));
    m_copyCurl = make(tr("Copy as cURL"), QStringLiteral("copyCurlAction"),
        tr("Copy the selected request as a cURL command (credentials as shell variables)"));
    m_copyCurl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCurl->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_compare = make(tr("Compare"), QStringLiteral("compareAction"),
        tr("Compare the two selected entries: status, headers and JSON bodies path by path"));
    m_exportHar = make(tr("Export HAR…"), QStringLiteral("exportHarAction"),
        tr("Save the selected entries (or all matching ones) as an HTTP Archive"));
    m_exportJsonLines = make(tr("Export JSON Lines…"), QStringLiteral("exportJsonLinesAction"),
        tr("Save the selected entries (or all matching ones) as JSON Lines, for ELK, Splunk or jq"));
    m_verify = make(tr("Verify audit trail"), QStringLiteral("verifyAction"),
        tr("Check the hash chain of the whole log: reports the first altered, missing or reordered entry"));
    m_cancelVerify = make(tr("Stop"), QStringLiteral("cancelVerifyAction"), tr("Stop the verification"));
    m_refresh = make(tr("Refresh"), QStringLiteral("refreshAction"), tr("Look for new entries now"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QAction* action : {m_copyCurl, m_refresh})
        addAction(action);

    connect(m_replay, &QAction::triggered, this, &LogBrowserView::replaySelected);
    connect(m_openInConsole, &QAction::triggered, this, &LogBrowserView::openSelectedInConsole);
    connect(m_copyCurl, &QAction::triggered, this, &LogBrowserView::copySelectedAsCurl);
    connect(m_compare, &QAction::triggered, this, &LogBrowserView::compareSelected);
    connect(m_exportHar, &QAction::triggered, this, [this] { exportSelection(LogExportFormat::Har); });
    connect(m_exportJsonLines, &QAction::triggered, this, [this] { exportSelection(LogExportFormat::JsonLines); });
    connect(m_verify, &QAction::triggered, this, &LogBrowserView::verifyAuditTrail);
    connect(m_cancelVerify, &QAction::triggered, this, &LogBrowserView::cancelVerification);
    connect(m_refresh, &QAction::triggered, m_model, &LogTableModel::refresh);

    m_toolbar->addActions({m_replay, m_openInConsole, m_copyCurl, m_compare});
    m_toolbar->addSeparator();
    m_toolbar->addActions({m_exportHar, m_exportJsonLines, m_verify, m_refresh});
}

void LogBrowserView::setSession(WorkspaceSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &WorkspaceSession::opened, this, &LogBrowserView::sessionChanged);
        connect(session, &WorkspaceSession::closed, this, &LogBrowserView::sessionChanged);
        connect(session, &WorkspaceSession::changed, this, &LogBrowserView::sessionChanged);
        connect(session, &WorkspaceSession::secretStoreChanged, this, [this] {
            // The engine reads secrets through the store it was made with.
            if (m_ownClient) {
                m_ownClient->deleteLater();
                m_ownClient = nullptr;
            }
        });
    }
    sessionChanged();
}

void LogBrowserView::sessionChanged()
{
    const Workspace* workspace = m_session ? m_session->workspace() : nullptr;
    const QString path = workspace ? requestLogPath(workspace->folder()) : QString();
    if (path != m_logPath && m_ownClient) {
        // Another workspace: another salt, another log.
        m_ownClient->deleteLater();
        m_ownClient = nullptr;
        m_salt.clear();
    }
    setLogPath(path);
    if (workspace)
        setWorkspaceData(workspace->endpoints(), workspace->environments());
    else
        setWorkspaceData({}, {});
}

void LogBrowserView::setLogPath(const QString& path)
{
    if (path == m_logPath)
        return;
    m_logPath = path;
    m_entries.clearQueue();
    m_tasks.clearQueue();
    m_entries.open(path);
    m_tasks.open(path);
    ++m_detailTicket;
    ++m_actionTicket;
    ++m_compareTicket;
    m_detail->showMessage(
        path.isEmpty() ? tr("No workspace is open.") : tr("Select an entry to see its request and response."));
    m_notice->hide();
    m_model->setLogPath(path);
}

void LogBrowserView::setWorkspaceData(const QList<Endpoint>& endpoints, const QList<Environment>& environments)
{
    m_endpoints = endpoints;
    m_environments = environments;
    QHash<QString, QString> names;
    for (const Endpoint& endpoint : endpoints)
        names.insert(endpoint.id, endpoint.name);
    m_filters->setEndpointNames(names);
}

void LogBrowserView::setApiClient(net::ApiClient* client)
{
    m_client = client;
}

QString LogBrowserView::countText() const
{
    return m_count->text();
}

void LogBrowserView::updateCount()
{
    QString text;
    const qint64 count = m_model->matchCount();
    if (m_logPath.isEmpty())
        text = tr("No request log");
    else if (m_model->isLoading())
        text = tr("Loading…");
    else if (!m_model->problem().isEmpty() && count == 0)
        text = tr("The log cannot be shown");
    else if (!m_model->isCountExact())
        text = tr("Matching entries: %1+ (counting…)").arg(QLocale().toString(count));
    else if (filtersNothing(m_model->filter()))
        text = tr("Entries: %1").arg(QLocale().toString(count));
    else
        text = tr("Matching entries: %1").arg(QLocale().toString(count));
    m_count->setText(text);
}

qint64 LogBrowserView::selectedRowCount() const
{
    qint64 rows = 0;
    for (const QItemSelectionRange& range : m_table->selectionModel()->selection())
        rows += range.height();
    return rows;
}

void LogBrowserView::updateActions()
{
    const qint64 selected = selectedRowCount();
    const bool open = !m_logPath.isEmpty();
    m_exportHar->setText(selected == 0 ? tr("Export all as HAR…") : tr("Export selection as HAR…"));
    m_exportJsonLines->setText(selected == 0 ? tr("Export all as JSON Lines…") : tr("Export selection as JSON Lines…"));
    const QString what = selected == 0 ? tr("all matching entries") : tr("the selected entries");
    m_exportHar->setToolTip(tr("Save %1 as an HTTP Archive (HAR 1.2)").arg(what));
    m_exportJsonLines->setToolTip(tr("Save %1 as JSON Lines, for ELK, Splunk or jq").arg(what));
    m_replay->setEnabled(open && selected == 1);
    m_openInConsole->setEnabled(open && selected == 1);
    m_copyCurl->setEnabled(open && selected == 1);
    m_compare->setEnabled(open && selected == 2);
    m_exportHar->setEnabled(open && !m_exporting && (selected > 0 || m_model->matchCount() > 0));
    m_exportJsonLines->setEnabled(m_exportHar->isEnabled());
    m_verify->setEnabled(open && !m_verifying);
    m_refresh->setEnabled(open);
}

QList<qint64> LogBrowserView::selectedIds() const
{
    QList<qint64> ids;
    const QItemSelection selection = m_table->selectionModel()->selection();
    for (const QItemSelectionRange& range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            const qint64 id = m_model->idAt(row);
            if (id > 0)
                ids.append(id);
        }
    }
    std::sort(ids.begin(), ids.end(), std::greater<qint64>());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

void LogBrowserView::currentRowChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const qint64 id = current.isValid() ? m_model->idAt(current.row()) : 0;
    if (id <= 0) {
        ++m_detailTicket;
        m_detail->showMessage(tr("Select an entry to see its request and response."));
        return;
    }
    if (id == m_detail->entryId())
        return;
    loadEntry(id, ShowDetail);
}

void LogBrowserView::loadEntry(qint64 id, Purpose purpose)
{
    const quint64 ticket = purpose == ShowDetail ? ++m_detailTicket : ++m_actionTicket;
    m_entries.post([this, ticket, purpose, id](LogWorker::Context& context) {
        if (!context.reader) {
            Q_EMIT workerEntry(ticket, purpose, LogEntry(), QByteArray(),
                context.openError.isEmpty() ? tr("No request log is open.") : context.openError);
            return;
        }
        QByteArray hash;
        const Result<LogEntry> entry = context.reader->entry(id, &hash);
        if (entry)
            Q_EMIT workerEntry(ticket, purpose, entry.value(), hash, QString());
        else
            Q_EMIT workerEntry(ticket, purpose, LogEntry(), QByteArray(), entry.error().message);
    });
}

void LogBrowserView::onEntry(
    quint64 ticket, int purpose, const LogEntry& entry, const QByteArray& hash, const QString& error)
{
    if (purpose == ShowDetail) {
        if (ticket != m_detailTicket)
            return;
        if (!error.isEmpty()) {
            m_detail->showMessage(error);
            return;
        }
        m_detail->setEntry(entry, hash);
        Q_EMIT entryShown(entry.id);
        return;
    }
    if (ticket != m_actionTicket)
        return;
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    switch (Purpose(purpose)) {
    case Replay:
        replay(entry);
        return;
    case OpenInConsole: {
        const Result<LoggedRequest> request = requestFromLogEntry(entry, m_endpoints, m_environments);
        if (!request) {
            showError(request.error().message);
            return;
        }
        Q_EMIT openInConsole(request->spec, request->environment, request->notes);
        return;
    }
    case CopyCurl: {
        const Result<LoggedRequest> request = requestFromLogEntry(entry, m_endpoints, m_environments);
        if (!request) {
            showError(request.error().message);
            return;
        }
        const Endpoint* endpoint = nullptr;
        for (const Endpoint& candidate : std::as_const(m_endpoints)) {
            if (candidate.id == request->spec.endpointId)
                endpoint = &candidate;
        }
        Environment environment;
        for (const Environment& candidate : std::as_const(m_environments)) {
            if (candidate.name == request->environment)
                environment = candidate;
        }
        interop::CurlExportOptions options;
        options.authPlaceholders = true;
        const Result<QString> command
            = interop::CurlFormat::exportRequest(request->spec, endpoint, environment, options);
        if (!command) {
            showError(command.error().message);
            return;
        }
        QGuiApplication::clipboard()->setText(command.value());
        showInfo(request->hasRedactedValues
                ? tr("Copied entry %1 as a cURL command. It still holds values the log redacted.").arg(entry.id)
                : tr("Copied entry %1 as a cURL command.").arg(entry.id));
        Q_EMIT curlCopied(command.value());
        return;
    }
    case ShowDetail:
        break;
    }
}

void LogBrowserView::replaySelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() == 1)
        loadEntry(ids.first(), Replay);
}

void LogBrowserView::openSelectedInConsole()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() == 1)
        loadEntry(ids.first(), OpenInConsole);
}

void LogBrowserView::copySelectedAsCurl()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() == 1)
        loadEntry(ids.first(), CopyCurl);
}

void LogBrowserView::replay(const LogEntry& entry)
{
    Result<ReplayPlan> plan = ReplayPlan::make(entry, m_endpoints, m_environments);
    if (!plan) {
        showError(plan.error().message);
        return;
    }
    if (plan->hasRedactedValues) {
        const QMessageBox::StandardButton answer = MessageBox::question(this, tr("Send redacted values?"),
            tr("Entry %1 still holds values the log redacted: they would be sent as the text \"[redacted]\", which "
               "the server will most likely refuse. Send it anyway? (To fill them in, open the entry in the console "
               "instead.)")
                .arg(entry.id),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            showInfo(tr("Replay of entry %1 cancelled.").arg(entry.id));
            return;
        }
    }
    const qint64 id = entry.id;
    withClient([this, plan = std::move(plan).value(), id](net::ApiClient*) { sendReplay(plan, id); });
}

void LogBrowserView::withClient(std::function<void(net::ApiClient*)> use)
{
    if (m_client) {
        use(m_client);
        return;
    }
    if (m_ownClient) {
        use(m_ownClient);
        return;
    }
    const Workspace* workspace = m_session ? m_session->workspace() : nullptr;
    if (!workspace) {
        showError(tr("Replaying needs an open workspace: its secrets sign the request and its log records it."));
        return;
    }
    if (!m_session->requestRecorder()) {
        showError(tr("The request log of this workspace is not open, so a replay would not be recorded: %1")
                      .arg(m_session->requestLogProblem()));
        return;
    }
    if (m_salt.isEmpty()) {
        // The credential fingerprints of replays must match the workspace's other entries: same salt.
        m_waitingForClient = std::move(use);
        const QString stateFolder = QDir(workspace->folder()).filePath(QStringLiteral(".studio"));
        m_entries.post([this, stateFolder](LogWorker::Context&) {
            const Result<QByteArray> salt = net::loadOrCreateFingerprintSalt(stateFolder);
            Q_EMIT workerSalt(salt ? salt.value() : QByteArray(), salt ? QString() : salt.error().message);
        });
        return;
    }
    m_ownClient = new net::ApiClient(m_session->secretStore(), m_session->requestRecorder(), this);
    net::ApiClientOptions options = m_ownClient->options();
    options.fingerprintSalt = m_salt;
    m_ownClient->setOptions(options);
    use(m_ownClient);
}

void LogBrowserView::sendReplay(const ReplayPlan& plan, qint64 entryId)
{
    net::ApiClient* client = m_client ? m_client.data() : m_ownClient;
    if (!client)
        return;
    net::ApiReply* reply = client->send(plan.call);
    m_replays.insert(reply, entryId);
    showInfo(tr("Replaying entry %1…").arg(entryId));
    connect(reply, &QObject::destroyed, this, [this, reply] { m_replays.remove(reply); });
    connect(reply, &net::ApiReply::finished, this, [this, reply] {
        const qint64 id = m_replays.take(reply);
        const net::HttpResponse& response = reply->response();
        const bool answered = response.hasAnswer();
        const QString summary = answered
            ? tr("Entry %1 replayed: HTTP %2 in %3 ms.")
                  .arg(id)
                  .arg(QString::number(response.status)
                      + (response.reasonPhrase.isEmpty() ? QString()
                                                         : u' ' + QString::fromLatin1(response.reasonPhrase)))
                  .arg(QLocale().toString(response.durationMs))
            : tr("Replay of entry %1 failed: %2").arg(id).arg(response.errorMessage);
        if (answered)
            showInfo(summary);
        else
            showError(summary);
        reply->deleteLater();
        // The new exchange is on its way into the log; look for it now rather than at the next poll.
        m_model->refresh();
        Q_EMIT replayFinished(id, answered, summary);
    });
}

void LogBrowserView::compareSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 2)
        return;
    const quint64 ticket = ++m_compareTicket;
    const qint64 first = ids.at(0);
    const qint64 second = ids.at(1);
    showInfo(tr("Comparing entries %1 and %2…").arg(second).arg(first));
    m_entries.post([this, ticket, first, second](LogWorker::Context& context) {
        if (!context.reader) {
            Q_EMIT workerComparison(ticket, LogComparison(), context.openError);
            return;
        }
        const Result<LogEntry> a = context.reader->entry(first);
        const Result<LogEntry> b = context.reader->entry(second);
        if (!a || !b) {
            Q_EMIT workerComparison(ticket, LogComparison(), !a ? a.error().message : b.error().message);
            return;
        }
        Q_EMIT workerComparison(ticket, LogComparison::compute(a.value(), b.value()), QString());
    });
}

void LogBrowserView::onComparison(quint64 ticket, const LogComparison& comparison, const QString& error)
{
    if (ticket != m_compareTicket)
        return;
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    m_notice->hide();
    auto* dialog = new LogCompareDialog(comparison, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowFlag(Qt::Window);
    m_compareDialog = dialog;
    dialog->show();
    Q_EMIT compareOpened(dialog);
}

void LogBrowserView::exportSelection(LogExportFormat format)
{
    if (m_exporting || m_logPath.isEmpty())
        return;
    LogExportSelection selection;
    const QList<qint64> ids = selectedIds();
    qint64 count = 0;
    if (ids.isEmpty() || ids.size() == m_model->matchCount()) {
        // Everything that matches: the filter says it in a few bytes instead of a million ids.
        selection.filter = m_model->filter();
        count = m_model->matchCount();
    } else {
        selection.ids = ids;
        count = ids.size();
    }
    const bool har = format == LogExportFormat::Har;
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested
        = QDir(folder.isEmpty() ? QDir::homePath() : folder)
              .filePath(
                  QStringLiteral("requests-%1.%2").arg(stamp, har ? QStringLiteral("har") : QStringLiteral("jsonl")));
    const int shown = int(qMin<qint64>(count, std::numeric_limits<int>::max()));
    const QString path = SaveFileDialog::getSaveFileName(this,
        har ? tr("Export %Ln entry(s) as HAR", nullptr, shown)
            : tr("Export %Ln entry(s) as JSON Lines", nullptr, shown),
        suggested, har ? tr("HTTP Archive (*.har)") : tr("JSON Lines (*.jsonl *.ndjson)"));
    if (path.isEmpty())
        return;
    m_exporting = true;
    updateActions();
    showInfo(tr("Exporting %1 entries to %2…").arg(QLocale().toString(count), QDir::toNativeSeparators(path)));
    m_tasks.post([this, path, selection, format](LogWorker::Context& context) {
        if (!context.reader) {
            Q_EMIT workerExported(
                path, 0, context.openError.isEmpty() ? tr("No request log is open.") : context.openError);
            return;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            Q_EMIT workerExported(
                path, 0, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            return;
        }
        const Result<qint64> written = exportLog(*context.reader, selection, format, file);
        if (!written) {
            file.cancelWriting();
            Q_EMIT workerExported(path, 0, written.error().message);
            return;
        }
        if (!file.commit()) {
            Q_EMIT workerExported(
                path, 0, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            return;
        }
        Q_EMIT workerExported(path, written.value(), QString());
    });
}

void LogBrowserView::onExported(const QString& path, qint64 count, const QString& error)
{
    m_exporting = false;
    updateActions();
    if (error.isEmpty())
        showInfo(tr("Exported %1 entries to %2.").arg(QLocale().toString(count), QDir::toNativeSeparators(path)));
    else
        showError(error);
    Q_EMIT exportFinished(path, count, error);
}

void LogBrowserView::verifyAuditTrail()
{
    if (m_verifying || m_logPath.isEmpty())
        return;
    m_verifying = true;
    updateActions();
    m_stopVerify = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> stop = m_stopVerify;
    m_notice->showMessage(NoticeBar::Level::Information, tr("Verifying the audit trail…"));
    m_notice->addActionButton(m_cancelVerify);
    m_tasks.post([this, stop](LogWorker::Context& context) {
        if (!context.reader) {
            AuditReport report;
            report.problem = AuditReport::Problem::Unreadable;
            report.message = context.openError.isEmpty() ? tr("No request log is open.") : context.openError;
            Q_EMIT workerVerified(report);
            return;
        }
        QElapsedTimer sinceReport;
        sinceReport.start();
        const AuditReport report = context.reader->verify([this, stop, &sinceReport](qint64 done, qint64 total) {
            if (sinceReport.elapsed() >= 100) {
                sinceReport.restart();
                Q_EMIT workerVerifyProgress(done, total);
            }
            return !stop->load();
        });
        Q_EMIT workerVerified(report);
    });
}

void LogBrowserView::cancelVerification()
{
    if (m_stopVerify)
        m_stopVerify->store(true);
}

void LogBrowserView::onVerifyProgress(qint64 done, qint64 total)
{
    if (!m_verifying)
        return;
    m_notice->showMessage(NoticeBar::Level::Information,
        tr("Verifying the audit trail: %1 of %2 entries…").arg(QLocale().toString(done), QLocale().toString(total)));
    m_notice->addActionButton(m_cancelVerify);
}

void LogBrowserView::onVerified(const AuditReport& report)
{
    m_verifying = false;
    updateActions();
    if (report.ok()) {
        QString text = tr("Audit trail intact: %1 entries verified.").arg(QLocale().toString(report.verified));
        if (report.startsAfterId > 0)
            text += u' '
                + tr("The chain starts after entry %1, where retention pruned older entries.")
                      .arg(report.startsAfterId);
        showInfo(text);
    } else {
        showError(report.message);
        if (report.firstBadId > 0) {
            // A missing entry has no row: show the one before the gap.
            const qint64 id = report.problem == AuditReport::Problem::Missing && report.firstBadId > 1
                ? report.firstBadId - 1
                : report.firstBadId;
            selectEntry(id);
        }
    }
    Q_EMIT verifyFinished(report);
}

void LogBrowserView::selectEntry(qint64 id)
{
    m_pendingSelect = 0;
    const int row = m_model->rowOfId(id);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, 0);
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
        return;
    }
    m_pendingSelect = id;
    if (!filtersNothing(m_model->filter())) {
        m_filters->clear();
        return;
    }
    if (m_model->isLoading() || !m_model->isCountExact())
        return;
    m_pendingSelect = 0;
    showError(tr("Entry %1 is not in the log.").arg(id));
}

void LogBrowserView::trySelectPending()
{
    if (m_pendingSelect == 0)
        return;
    if (m_model->rowOfId(m_pendingSelect) >= 0
        || (filtersNothing(m_model->filter()) && !m_model->isLoading() && m_model->isCountExact()))
        selectEntry(m_pendingSelect);
}

void LogBrowserView::refreshChoices()
{
    if (m_choicesQueued)
        return;
    m_choicesQueued = true;
    m_entries.post([this](LogWorker::Context& context) {
        if (!context.reader)
            return;
        const Result<QStringList> endpoints = context.reader->endpoints();
        const Result<QStringList> environments = context.reader->environments();
        const Result<QStringList> runIds = context.reader->runIds();
        const Result<QByteArrayList> methods = context.reader->methods();
        if (endpoints && environments && runIds && methods)
            Q_EMIT workerChoices(endpoints.value(), environments.value(), runIds.value(), methods.value());
    });
    // New values (a new run, endpoint or method) are picked up at most every few seconds.
    QTimer::singleShot(3000, this, [this] { m_choicesQueued = false; });
}

void LogBrowserView::keepPlaceOnInsert(int count)
{
    // Rows were inserted above. At the top the view follows the newest entries; further down it keeps
    // showing the same entries instead of jumping.
    QScrollBar* bar = m_table->verticalScrollBar();
    if (bar->value() > 0) {
        const int value = bar->value() + count;
        bar->setMaximum(qMax(bar->maximum(), value));
        bar->setValue(value);
    }
    refreshChoices();
}

void LogBrowserView::showError(const QString& text)
{
    m_notice->showMessage(NoticeBar::Level::Error, text);
}

void LogBrowserView::showInfo(const QString& text)
{
    m_notice->showMessage(NoticeBar::Level::Information, text);
}

} // namespace studio::ui
