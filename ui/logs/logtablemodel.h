#pragma once

#include "core/log/logreader.h"
#include "ui/logs/logworker.h"

#include <array>
#include <deque>
#include <memory>
#include <mutex>
#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <vector>

namespace studio::ui {

/// The rows of the log browser: every entry of a request log that matches a filter, newest first, for a
/// QTableView that stays smooth with millions of entries.
///
/// Nothing is loaded in full. The model keeps a row → id index — plain arithmetic when the log's ids are
/// contiguous and no filter applies, otherwise the matching ids (8 bytes each), collected on a worker thread in
/// growing keyset chunks so the first rows show at once — and a bounded cache of row summaries, fetched in
/// keyset pages (LogReader::page) for the rows a view actually asks for. Pages that scrolled out of sight before
/// their turn came are skipped. New entries are picked up by a cheap poll and inserted at the top; entries removed
/// by retention disappear from the bottom. All queries run on two worker threads with their own connections
/// (one walks the index, one serves pages and polls); results arrive by queued signals, and a filter change makes
/// every query of the old filter stale.
class LogTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogTableModel)

public:
    enum Column {
        TimeColumn,
        MethodColumn,
        StatusColumn,
        UrlColumn,
        EndpointColumn,
        EnvironmentColumn,
        RunColumn,
        DurationColumn,
        RequestSizeColumn,
        ResponseSizeColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64 entry id (known for every row, loaded or not)
        LoadedRole,                ///< bool: the row's summary is in the cache
        StatusCodeRole,            ///< int HTTP status, 0 without a response
        FullUrlRole,               ///< QString URL as sent
        StartedAtRole,             ///< QDateTime (UTC)
    };

    explicit LogTableModel(QObject* parent = nullptr);
    ~LogTableModel() override;

    /// Shows the log at `path` (empty: nothing). The file may appear later: opening is retried on each poll.
    void setLogPath(const QString& path);
    QString logPath() const { return m_path; }
    /// Applies a filter: the rows are rebuilt on the workers; countChanged() follows.
    void setFilter(const LogFilter& filter);
    const LogFilter& filter() const { return m_filter; }

    /// Matching entries known so far; final when isCountExact().
    qint64 matchCount() const { return rowTotal(); }
    bool isCountExact() const { return m_mode == Mode::Arithmetic || (m_mode == Mode::Materialized && m_complete); }
    /// True until the first rows of the current filter are known.
    bool isLoading() const { return m_mode == Mode::Pending; }
    /// Why the log cannot be shown (it could not be opened, a query failed); empty when all is well.
    QString problem() const { return m_problem; }

    /// The entry id of a row, 0 for a row out of range.
    qint64 idAt(int row) const;
    /// The row of an entry id among the current rows, -1 when it is not one of them.
    int rowOfId(qint64 id) const;
    /// The row's summary when it is loaded, else nullptr (and a fetch is queued).
    const LogSummary* summaryAt(int row) const;

    /// Looks for new and pruned entries now instead of at the next poll.
    void refresh();
    /// How often the log is polled for new entries (milliseconds; 0 stops polling).
    void setPollInterval(int milliseconds);
    int pollInterval() const { return m_pollInterval; }
    /// Rows per fetched page.
    void setPageSize(int rows);
    /// Most summaries kept in memory.
    void setCacheLimit(int rows);
    int cachedRows() const { return int(m_cache.size()); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    /// "200 OK"-style colour of a status: by class, with a separate colour for transport failures.
    static QColor statusColor(int status);
    /// "1.2 KB" for a byte count.
    static QString sizeText(qint64 bytes);

Q_SIGNALS:
    /// The number of matching entries changed (`exact` false while the index is still being collected).
    void countChanged(qint64 count, bool exact);
    /// Summaries for rows [first, last] arrived.
    void rowsLoaded(int first, int last);
    /// The rows of the current filter are known (the first ones at least); after setFilter() or setLogPath().
    void ready();
    /// Entries were added at the top (after a poll): a view keeps its place by scrolling `count` rows down.
    void entriesArrived(int count);
    /// problem() changed.
    void problemChanged(const QString& problem);

    // Worker → model, queued (emitted on worker threads).
    void workerContiguous(quint64 generation, const studio::LogFilter& effective, qint64 oldestId, qint64 newestId);
    void workerIndexStarted(quint64 generation, const studio::LogFilter& effective, qint64 headId);
    void workerIndexChunk(quint64 generation, const QList<qint64>& ids, bool last);
    void workerRows(quint64 generation, qint64 startId, int expected, const QList<studio::LogSummary>& rows);
    void workerSkipped(quint64 generation, qint64 startId);
    void workerPolled(quint64 generation, const QList<qint64>& newIds, qint64 oldestId, bool more);
    void workerFailed(quint64 generation, const QString& message);

private:
    enum class Mode {
        Closed,       ///< no log (none set, or it could not be opened)
        Pending,      ///< the filter's rows are being determined
        Arithmetic,   ///< every entry, contiguous ids: row r = newest - r
        Materialized, ///< the matching ids, collected by the index walk
    };
    /// Pages wanted by the view right now, shared with the page worker so it can skip the others.
    struct Board
    {
        std::mutex mutex;
        QSet<qint64> wanted; ///< start ids of pages
    };

    qint64 rowTotal() const;
    void restart();
    void startScan();
    void requestPage(int row) const;
    void flushRequests();
    void poll();
    void store(const QList<LogSummary>& rows);
    void evict();
    void removeRowsBefore(qint64 oldestId);
    void notifyRows(qint64 startId, int count);
    void setProblem(const QString& problem);
    void onContiguous(quint64 generation, const LogFilter& effective, qint64 oldestId, qint64 newestId);
    void onIndexStarted(quint64 generation, const LogFilter& effective, qint64 headId);
    void onIndexChunk(quint64 generation, const QList<qint64>& ids, bool last);
    void onRows(quint64 generation, qint64 startId, int expected, const QList<LogSummary>& rows);
    void onSkipped(quint64 generation, qint64 startId);
    void onPolled(quint64 generation, const QList<qint64>& newIds, qint64 oldestId, bool more);
    void onFailed(quint64 generation, const QString& message);

    QString m_path;
    LogFilter m_filter;
    LogFilter m_effective; ///< the filter the queries use (a time range holding every entry is dropped)
    std::shared_ptr<Generation> m_generation;
    quint64 m_current = 0;
    Mode m_mode = Mode::Closed;
    QString m_problem;

    // Arithmetic rows.
    qint64 m_oldestId = 0;
    qint64 m_newestId = 0;
    // Materialized rows: entries that arrived since the filter was applied (ascending; row 0 is the last), then
    // the index walk's result (descending).
    std::vector<qint64> m_newer;
    std::vector<qint64> m_older;
    bool m_complete = false;
    qint64 m_headId = 0; ///< the poll looks for entries after this id

    // Summaries.
    int m_pageSize = 100;
    int m_cacheLimit = 20000;
    QHash<qint64, LogSummary> m_cache;
    std::deque<QList<qint64>> m_cacheOrder; ///< ids per arrived page, oldest first (eviction order)
    mutable QSet<qint64> m_missing;         ///< pages asked for since the last flush (start ids)
    mutable bool m_flushQueued = false;
    QSet<qint64> m_inFlight; ///< pages posted and not answered yet (start ids)
    std::shared_ptr<Board> m_board;
    bool m_readySent = false;

    QTimer m_pollTimer;
    int m_pollInterval = 1000;
    bool m_polling = false;

    // Last: stopped (joined) first, before anything their jobs emit into is destroyed.
    /// Walk the index. Several, so that a new filter never queues behind a stale walk's last query (which may
    /// scan to the bottom of the log): it goes to an idle one, and the stale walk ends by itself.
    std::array<LogWorker, 3> m_scanners;
    LogWorker m_pager;
};

} // namespace studio::ui
