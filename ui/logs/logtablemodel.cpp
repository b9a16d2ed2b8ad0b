#include "ui/logs/logtablemodel.h"

#include <algorithm>
#include <QColor>
#include <QElapsedTimer>
#include <QLocale>

namespace studio::ui {

namespace {

bool filtersNothing(const LogFilter& filter)
{
    return LogReader::searchExpression(filter.text).isEmpty() && filter.statusClasses.isEmpty()
        && filter.statuses.isEmpty() && filter.methods.isEmpty() && filter.endpoints.isEmpty()
        && filter.environments.isEmpty() && filter.runIds.isEmpty() && !filter.from.isValid() && !filter.to.isValid();
}

/// Sizes the chunks of the index walk so that each query takes about TargetMs: a filter change then never waits
/// long for the worker, and big results are still collected in few queries. Queries cost roughly a + b·n for n
/// ids: FTS joins are dominated by the per-row part b, a time range by the fixed part a (SQLite sorts everything
/// the time index returns before it can hand out the first id), which only bigger chunks amortise.
class ChunkSizer final
{
public:
    static constexpr int First = 200;
    static constexpr int Max = 1 << 20;
    static constexpr double TargetMs = 100;

    int next() const { return m_next; }

    void measured(int n, double ms)
    {
        double a = 0;
        double b = ms / n;
        if (m_lastN > 0 && n != m_lastN) {
            b = qMax(0.0, (ms - m_lastMs) / (n - m_lastN));
            a = qMax(0.0, ms - b * n);
        }
        double wanted;
        if (b <= 0)
            wanted = double(n) * 8;
        else if (a >= TargetMs)
            wanted = a / b; // per-row work as large as the fixed cost: at least half of each query is useful
        else
            wanted = (TargetMs - a) / b;
        wanted = qBound(double(n) / 4, wanted, double(n) * 8);
        m_lastN = n;
        m_lastMs = ms;
        m_next = int(qBound(double(First), wanted, double(Max)));
    }

private:
    int m_next = First;
    int m_lastN = 0;
    double m_lastMs = 0;
};

/// The path and query of a URL, for the table (the endpoint column names the server).
QString pathOf(const QString& url)
{
    const qsizetype scheme = url.indexOf(QStringLiteral("://"));
    if (scheme < 0)
        return url;
    const qsizetype slash = url.indexOf(u'/', scheme + 3);
    return slash < 0 ? QStringLiteral("/") : url.mid(slash);
}

} // namespace

LogTableModel::LogTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_generation(std::make_shared<Generation>())
    , m_board(std::make_shared<Board>())
{
    connect(this, &LogTableModel::workerContiguous, this, &LogTableModel::onContiguous, Qt::QueuedConnection);
    connect(this, &LogTableModel::workerIndexStarted, this, &LogTableModel::onIndexStarted, Qt::QueuedConnection);
    connect(this, &LogTableModel::workerIndexChunk, this, &LogTableModel::onIndexChunk, Qt::QueuedConnection);
    connect(this, &LogTableModel::workerRows, this, &LogTableModel::onRows, Qt::QueuedConnection);
    connect(this, &LogTableModel::workerSkipped, this, &LogTableModel::onSkipped, Qt::QueuedConnection);
    connect(this, &LogTableModel::workerPolled, this, &LogTableModel::onPolled, Qt::QueuedConnection);
    connect(this, &LogTableModel::workerFailed, this, &LogTableModel::onFailed, Qt::QueuedConnection);
    m_pollTimer.setInterval(m_pollInterval);
    connect(&m_pollTimer, &QTimer::timeout, this, &LogTableModel::poll);
}

LogTableModel::~LogTableModel()
{
    // Jobs emit this object's signals: no job may run once destruction has begun.
    m_pager.stop();
    for (LogWorker& scanner : m_scanners)
        scanner.stop();
}

void LogTableModel::setLogPath(const QString& path)
{
    if (path == m_path)
        return;
    m_path = path;
    m_pager.clearQueue();
    m_pager.open(path);
    for (LogWorker& scanner : m_scanners) {
        scanner.clearQueue();
        scanner.open(path);
    }
    setProblem(QString());
    restart();
}

void LogTableModel::setFilter(const LogFilter& filter)
{
    m_filter = filter;
    restart();
}

void LogTableModel::setPollInterval(int milliseconds)
{
    m_pollInterval = qMax(0, milliseconds);
    m_pollTimer.setInterval(m_pollInterval);
    if (m_pollInterval == 0)
        m_pollTimer.stop();
    else if (!m_path.isEmpty())
        m_pollTimer.start();
}

void LogTableModel::setPageSize(int rows)
{
    m_pageSize = qBound(1, rows, 10000);
}

void LogTableModel::setCacheLimit(int rows)
{
    m_cacheLimit = qMax(m_pageSize, rows);
    evict();
}

void LogTableModel::refresh()
{
    poll();
}

qint64 LogTableModel::rowTotal() const
{
    switch (m_mode) {
    case Mode::Arithmetic:
        return m_newestId == 0 ? 0 : m_newestId - m_oldestId + 1;
    case Mode::Materialized:
        return qint64(m_newer.size() + m_older.size());
    case Mode::Closed:
    case Mode::Pending:
        break;
    }
    return 0;
}

qint64 LogTableModel::idAt(int row) const
{
    if (row < 0 || row >= rowTotal())
        return 0;
    if (m_mode == Mode::Arithmetic)
        return m_newestId - row;
    const size_t r = size_t(row);
    if (r < m_newer.size())
        return m_newer[m_newer.size() - 1 - r];
    return m_older[r - m_newer.size()];
}

int LogTableModel::rowOfId(qint64 id) const
{
    if (id <= 0)
        return -1;
    if (m_mode == Mode::Arithmetic)
        return id >= m_oldestId && id <= m_newestId ? int(m_newestId - id) : -1;
    if (m_mode != Mode::Materialized)
        return -1;
    const auto newer = std::lower_bound(m_newer.begin(), m_newer.end(), id);
    if (newer != m_newer.end() && *newer == id)
        return int(m_newer.size() - 1 - size_t(newer - m_newer.begin()));
    const auto older = std::lower_bound(m_older.begin(), m_older.end(), id, std::greater<qint64>());
    if (older != m_older.end() && *older == id)
        return int(m_newer.size() + size_t(older - m_older.begin()));
    return -1;
}

const LogSummary* LogTableModel::summaryAt(int row) const
{
    const qint64 id = idAt(row);
    if (id <= 0)
        return nullptr;
    const auto it = m_cache.constFind(id);
    if (it != m_cache.constEnd())
        return &*it;
    requestPage(row);
    return nullptr;
}

void LogTableModel::restart()
{
    m_current = m_generation->next();
    for (LogWorker& scanner : m_scanners)
        scanner.clearQueue();
    m_pager.clearQueue();
    beginResetModel();
    m_mode = m_path.isEmpty() ? Mode::Closed : Mode::Pending;
    m_effective = LogFilter();
    m_oldestId = 0;
    m_newestId = 0;
    m_newer.clear();
    m_older.clear();
    m_complete = false;
    m_headId = 0;
    m_cache.clear();
    m_cacheOrder.clear();
    m_missing.clear();
    m_inFlight.clear();
    m_polling = false;
    m_readySent = false;
    endResetModel();
    {
        std::lock_guard lock(m_board->mutex);
        m_board->wanted.clear();
    }
    Q_EMIT countChanged(0, false);
    if (m_path.isEmpty()) {
        m_pollTimer.stop();
        return;
    }
    if (m_pollInterval > 0)
        m_pollTimer.start();
    startScan();
}

void LogTableModel::startScan()
{
    const quint64 generation = m_current;
    const std::shared_ptr<Generation> current = m_generation;
    const LogFilter filter = m_filter;
    LogWorker* scanner = &m_scanners.front();
    for (LogWorker& candidate : m_scanners) {
        if (candidate.isIdle()) {
            scanner = &candidate;
            break;
        }
    }
    scanner->post([this, current, generation, filter](LogWorker::Context& context) {
        if (!current->isCurrent(generation))
            return;
        if (!context.reader) {
            Q_EMIT workerFailed(
                generation, context.openError.isEmpty() ? tr("No request log is open.") : context.openError);
            return;
        }
        LogReader& reader = *context.reader;
        LogFilter effective = filter;
        // "Since ..." that every entry satisfies does not filter: dropping it lets the ids be read in order instead of
        // sorting everything the time index returns, for every page.
        if (effective.from.isValid() && !effective.to.isValid()) {
            LogFilter since;
            since.from = effective.from;
            const Result<qint64> inRange = reader.count(since);
            const Result<qint64> all = reader.count(LogFilter());
            if (inRange && all && inRange.value() == all.value())
                effective.from = QDateTime();
        }
        // The log's extent from three index lookups (LogReader::info() also reads file sizes and lets SQLite scan a
        // whole index for count, min and max together).
        const Result<qint64> entries = reader.count(LogFilter());
        const Result<QList<qint64>> newest = reader.ids(LogFilter(), 0, 1, LogOrder::NewestFirst);
        const Result<QList<qint64>> oldest = reader.ids(LogFilter(), 0, 1, LogOrder::OldestFirst);
        if (!entries || !newest || !oldest) {
            Q_EMIT workerFailed(generation,
                !entries      ? entries.error().message
                    : !newest ? newest.error().message
                              : oldest.error().message);
            return;
        }
        const qint64 lastId = newest->isEmpty() ? 0 : newest->first();
        const qint64 firstId = oldest->isEmpty() ? 0 : oldest->first();
        if (filtersNothing(effective) && (entries.value() == 0 || entries.value() == lastId - firstId + 1)) {
            Q_EMIT workerContiguous(generation, effective, firstId, lastId);
            return;
        }
        // Entries up to the head are the index walk's; newer ones are the poll's. Text search finds only what the
        // search index holds, so its head stays there (else an entry written just before would never show up).
        qint64 head = lastId;
        if (!LogReader::searchExpression(effective.text).isEmpty()) {
            const Result<LogInfo> info = reader.info();
            if (!info) {
                Q_EMIT workerFailed(generation, info.error().message);
                return;
            }
            head = qMin(head, info->searchIndexedThrough);
        }
        Q_EMIT workerIndexStarted(generation, effective, head);
        qint64 cursor = head + 1;
        ChunkSizer sizer;
        for (;;) {
            if (!current->isCurrent(generation))
                return;
            const int chunk = sizer.next();
            QElapsedTimer timer;
            timer.start();
            const Result<QList<qint64>> ids = reader.ids(effective, cursor, chunk, LogOrder::NewestFirst);
            if (!ids) {
                Q_EMIT workerFailed(generation, ids.error().message);
                return;
            }
            sizer.measured(chunk, timer.nsecsElapsed() / 1e6);
            const bool last = ids->size() < chunk;
            Q_EMIT workerIndexChunk(generation, ids.value(), last);
            if (last)
                return;
            cursor = ids->last();
        }
    });
}

void LogTableModel::onContiguous(quint64 generation, const LogFilter& effective, qint64 oldestId, qint64 newestId)
{
    if (generation != m_current)
        return;
    m_effective = effective;
    const qint64 count = newestId == 0 ? 0 : qMin<qint64>(newestId - oldestId + 1, std::numeric_limits<int>::max());
    if (count > 0) {
        beginInsertRows(QModelIndex(), 0, int(count - 1));
        m_mode = Mode::Arithmetic;
        m_oldestId = newestId - count + 1;
        m_newestId = newestId;
        endInsertRows();
    } else {
        m_mode = Mode::Arithmetic;
    }
    m_headId = newestId;
    setProblem(QString());
    Q_EMIT countChanged(rowTotal(), true);
    m_readySent = true;
    Q_EMIT ready();
}

void LogTableModel::onIndexStarted(quint64 generation, const LogFilter& effective, qint64 headId)
{
    if (generation != m_current)
        return;
    m_effective = effective;
    m_mode = Mode::Materialized;
    m_headId = headId;
    m_complete = false;
    setProblem(QString());
}

void LogTableModel::onIndexChunk(quint64 generation, const QList<qint64>& ids, bool last)
{
    if (generation != m_current || m_mode != Mode::Materialized)
        return;
    if (!ids.isEmpty()) {
        const qint64 first = rowTotal();
        const qint64 room = std::numeric_limits<int>::max() - first;
        const qsizetype take = qsizetype(qMin<qint64>(ids.size(), room));
        if (take > 0) {
            beginInsertRows(QModelIndex(), int(first), int(first + take - 1));
            m_older.insert(m_older.end(), ids.cbegin(), ids.cbegin() + take);
            endInsertRows();
        }
    }
    m_complete = last;
    Q_EMIT countChanged(rowTotal(), m_complete);
    if (!m_readySent) {
        m_readySent = true;
        Q_EMIT ready();
    }
}

void LogTableModel::requestPage(int row) const
{
    const int start = row - row % m_pageSize;
    const qint64 startId = idAt(start);
    if (startId <= 0)
        return;
    m_missing.insert(startId);
    if (!m_flushQueued) {
        m_flushQueued = true;
        // After the paint: every page the view asked for in this round is then known.
        auto* self = const_cast<LogTableModel*>(this);
        QMetaObject::invokeMethod(
            self, [self] { self->flushRequests(); }, Qt::QueuedConnection);
    }
}

void LogTableModel::flushRequests()
{
    m_flushQueued = false;
    if (m_missing.isEmpty() || (m_mode != Mode::Arithmetic && m_mode != Mode::Materialized))
        return;
    const QSet<qint64> wanted = std::exchange(m_missing, {});
    {
        // Pages asked for earlier and not in this round scrolled out of sight: their queries are skipped.
        std::lock_guard lock(m_board->mutex);
        m_board->wanted = wanted;
    }
    const quint64 generation = m_current;
    const std::shared_ptr<Generation> current = m_generation;
    const std::shared_ptr<Board> board = m_board;
    const LogFilter effective = m_effective;
    const int pageSize = m_pageSize;
    for (const qint64 startId : wanted) {
        if (m_inFlight.contains(startId))
            continue;
        m_inFlight.insert(startId);
        // Dense matches (most ids of the page's span match: a time range, a common status): the span is read by id
        // without the filter, which costs what unfiltered paging costs, and the page's ids are kept. Sparse ones
        // (a rare word) go through the filter.
        QList<qint64> pageIds;
        if (m_mode == Mode::Materialized) {
            const int first = rowOfId(startId);
            const int last = int(qMin<qint64>(qint64(first) + pageSize - 1, rowTotal() - 1));
            if (first >= 0 && startId - idAt(last) < 4 * qint64(pageSize)) {
                for (int row = first; row <= last; ++row)
                    pageIds.append(idAt(row));
            }
        }
        m_pager.post(
            [this, current, generation, board, effective, startId, pageSize, pageIds](LogWorker::Context& context) {
                if (!current->isCurrent(generation))
                    return;
                {
                    std::lock_guard lock(board->mutex);
                    if (!board->wanted.contains(startId)) {
                        Q_EMIT workerSkipped(generation, startId);
                        return;
                    }
                }
                if (!context.reader) {
                    Q_EMIT workerFailed(generation, context.openError);
                    return;
                }
                if (!pageIds.isEmpty()) {
                    const int span = int(startId - pageIds.last() + 1);
                    const Result<QList<LogSummary>> rows
                        = context.reader->page(LogFilter(), startId + 1, span, LogOrder::NewestFirst);
                    if (!rows) {
                        Q_EMIT workerFailed(generation, rows.error().message);
                        return;
                    }
                    QList<LogSummary> kept;
                    kept.reserve(pageIds.size());
                    for (const LogSummary& row : rows.value()) {
                        // pageIds is descending, like the rows.
                        if (std::binary_search(pageIds.cbegin(), pageIds.cend(), row.id, std::greater<qint64>()))
                            kept.append(row);
                    }
                    Q_EMIT workerRows(generation, startId, pageSize, kept);
                    return;
                }
                const Result<QList<LogSummary>> rows
                    = context.reader->page(effective, startId + 1, pageSize, LogOrder::NewestFirst);
                if (!rows) {
                    Q_EMIT workerFailed(generation, rows.error().message);
                    return;
                }
                Q_EMIT workerRows(generation, startId, pageSize, rows.value());
            });
    }
}

void LogTableModel::onRows(quint64 generation, qint64 startId, int expected, const QList<LogSummary>& rows)
{
    if (generation != m_current)
        return;
    m_inFlight.remove(startId);
    {
        std::lock_guard lock(m_board->mutex);
        m_board->wanted.remove(startId);
    }
    const int first = rowOfId(startId);
    if (first < 0)
        return;
    const int last = int(qMin<qint64>(first + qint64(expected) - 1, rowTotal() - 1));
    QList<LogSummary> arrived = rows;
    // Rows of the page that did not come back were removed from the log meanwhile (retention, tampering): they
    // get a marker instead of being asked for again and again.
    QSet<qint64> returned;
    for (const LogSummary& summary : rows)
        returned.insert(summary.id);
    for (int row = first; row <= last; ++row) {
        const qint64 id = idAt(row);
        if (!returned.contains(id)) {
            LogSummary gone;
            gone.id = id;
            arrived.append(gone);
        }
    }
    store(arrived);
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    Q_EMIT rowsLoaded(first, last);
}

void LogTableModel::onSkipped(quint64 generation, qint64 startId)
{
    if (generation != m_current)
        return;
    m_inFlight.remove(startId);
    // If those rows are still on screen, repainting them asks for them again.
    notifyRows(startId, m_pageSize);
}

void LogTableModel::notifyRows(qint64 startId, int count)
{
    const int first = rowOfId(startId);
    if (first < 0)
        return;
    const int last = int(qMin<qint64>(first + qint64(count) - 1, rowTotal() - 1));
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void LogTableModel::store(const QList<LogSummary>& rows)
{
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const LogSummary& summary : rows) {
        m_cache.insert(summary.id, summary);
        ids.append(summary.id);
    }
    m_cacheOrder.push_back(std::move(ids));
    evict();
}

void LogTableModel::evict()
{
    while (m_cache.size() > m_cacheLimit && m_cacheOrder.size() > 1) {
        for (const qint64 id : m_cacheOrder.front())
            m_cache.remove(id);
        m_cacheOrder.pop_front();
    }
}

void LogTableModel::poll()
{
    if (m_path.isEmpty() || m_polling)
        return;
    if (m_mode == Mode::Closed) {
        // The log could not be opened or read: try again from scratch.
        for (LogWorker& scanner : m_scanners)
            scanner.open(m_path);
        m_pager.open(m_path);
        restart();
        return;
    }
    if (m_mode == Mode::Pending)
        return;
    m_polling = true;
    const quint64 generation = m_current;
    const std::shared_ptr<Generation> current = m_generation;
    const LogFilter effective = m_effective;
    const qint64 after = m_headId;
    m_pager.post([this, current, generation, effective, after](LogWorker::Context& context) {
        if (!current->isCurrent(generation))
            return;
        if (!context.reader) {
            Q_EMIT workerFailed(generation, context.openError);
            return;
        }
        constexpr int Batch = 2000;
        const Result<QList<qint64>> ids = context.reader->ids(effective, after, Batch, LogOrder::OldestFirst);
        const Result<QList<qint64>> oldest = context.reader->ids(LogFilter(), 0, 1, LogOrder::OldestFirst);
        if (!ids || !oldest) {
            Q_EMIT workerFailed(generation, !ids ? ids.error().message : oldest.error().message);
            return;
        }
        Q_EMIT workerPolled(generation, ids.value(), oldest->isEmpty() ? 0 : oldest->first(), ids->size() == Batch);
    });
}

void LogTableModel::onPolled(quint64 generation, const QList<qint64>& newIds, qint64 oldestId, bool more)
{
    if (generation != m_current)
        return;
    m_polling = false;
    const qint64 before = rowTotal();
    if (!newIds.isEmpty()) {
        const qsizetype count = newIds.size();
        if (m_mode == Mode::Arithmetic) {
            const bool contiguous
                = (m_newestId == 0 || newIds.first() == m_newestId + 1) && newIds.last() - newIds.first() + 1 == count;
            if (!contiguous) {
                // Ids are no longer one unbroken run: collect them instead.
                restart();
                return;
            }
            beginInsertRows(QModelIndex(), 0, int(count - 1));
            if (m_newestId == 0)
                m_oldestId = newIds.first();
            m_newestId = newIds.last();
            endInsertRows();
        } else if (m_mode == Mode::Materialized) {
            beginInsertRows(QModelIndex(), 0, int(count - 1));
            m_newer.insert(m_newer.end(), newIds.cbegin(), newIds.cend());
            endInsertRows();
        }
        m_headId = newIds.last();
        Q_EMIT entriesArrived(int(count));
    }
    removeRowsBefore(oldestId);
    if (rowTotal() != before)
        Q_EMIT countChanged(rowTotal(), isCountExact());
    if (more)
        QMetaObject::invokeMethod(this, &LogTableModel::poll, Qt::QueuedConnection);
}

void LogTableModel::removeRowsBefore(qint64 oldestId)
{
    const qint64 total = rowTotal();
    if (total == 0)
        return;
    if (m_mode == Mode::Arithmetic) {
        // oldestId 0: the log is empty now.
        const qint64 gone = oldestId == 0 ? total : qMin(total, qMax<qint64>(0, oldestId - m_oldestId));
        if (gone == 0)
            return;
        beginRemoveRows(QModelIndex(), int(total - gone), int(total - 1));
        if (gone == total) {
            m_oldestId = 0;
            m_newestId = 0;
        } else {
            m_oldestId += gone;
        }
        endRemoveRows();
        return;
    }
    // While the index is still being walked its next chunks may yet name removed entries; prune once it is done.
    if (m_mode != Mode::Materialized || !m_complete)
        return;
    qint64 gone = 0;
    const auto below = [oldestId](qint64 id) { return oldestId == 0 || id < oldestId; };
    for (auto it = m_older.rbegin(); it != m_older.rend() && below(*it); ++it)
        ++gone;
    const bool olderAllGone = size_t(gone) == m_older.size();
    qint64 goneNewer = 0;
    if (olderAllGone) {
        for (auto it = m_newer.begin(); it != m_newer.end() && below(*it); ++it)
            ++goneNewer;
    }
    if (gone + goneNewer == 0)
        return;
    beginRemoveRows(QModelIndex(), int(total - gone - goneNewer), int(total - 1));
    m_older.resize(m_older.size() - size_t(gone));
    m_newer.erase(m_newer.begin(), m_newer.begin() + goneNewer);
    endRemoveRows();
}

void LogTableModel::onFailed(quint64 generation, const QString& message)
{
    if (generation != m_current)
        return;
    m_polling = false;
    if (m_mode == Mode::Pending)
        m_mode = Mode::Closed;
    setProblem(message);
}

void LogTableModel::setProblem(const QString& problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged(problem);
}

int LogTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rowTotal());
}

int LogTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int row = index.row();
    const qint64 id = idAt(row);
    if (role == IdRole)
        return id;
    const auto it = m_cache.constFind(id);
    if (it == m_cache.constEnd()) {
        if (role == Qt::DisplayRole) {
            requestPage(row);
            return index.column() == TimeColumn ? QStringLiteral("…") : QString();
        }
        if (role == LoadedRole)
            return false;
        return QVariant();
    }
    const LogSummary& s = *it;
    const bool gone = !s.startedAt.isValid();
    switch (role) {
    case LoadedRole:
        return true;
    case StatusCodeRole:
        return s.status;
    case FullUrlRole:
        return s.url;
    case StartedAtRole:
        return s.startedAt;
    case Qt::DisplayRole:
        if (gone)
            return index.column() == TimeColumn ? tr("(no longer in the log)") : QString();
        switch (Column(index.column())) {
        case TimeColumn:
            return s.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case MethodColumn:
            return QString::fromLatin1(s.method);
        case StatusColumn:
            return s.status > 0 ? QString::number(s.status) : tr("failed");
        case UrlColumn:
            return pathOf(s.url);
        case EndpointColumn:
            return s.endpointId;
        case EnvironmentColumn:
            return s.environment;
        case RunColumn:
            return s.runId;
        case DurationColumn:
            return tr("%1 ms").arg(QLocale().toString(s.durationMs));
        case RequestSizeColumn:
            return sizeText(s.requestSize);
        case ResponseSizeColumn:
            return sizeText(s.responseSize);
        case ColumnCount:
            break;
        }
        return QVariant();
    case Qt::ToolTipRole:
        if (gone)
            return tr("Entry %1 was removed from the log (retention or tampering).").arg(id);
        switch (Column(index.column())) {
        case StatusColumn: {
            QString tip = s.status > 0 ? tr("HTTP %1").arg(s.status) : s.error;
            if (s.attempt > 1)
                tip += u'\n' + tr("Attempt %1 (retried)").arg(s.attempt);
            return tip;
        }
        case UrlColumn:
            return s.url;
        case TimeColumn:
            return s.startedAt.toUTC().toString(Qt::ISODateWithMs);
        case RequestSizeColumn:
        case ResponseSizeColumn:
            return s.truncated ? tr("A body of this entry was cut at the log's size cap.") : QVariant();
        default:
            return QVariant();
        }
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && !gone)
            return statusColor(s.status);
        return QVariant();
    case Qt::TextAlignmentRole:
        switch (Column(index.column())) {
        case DurationColumn:
        case RequestSizeColumn:
        case ResponseSizeColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant();
        }
    default:
        return QVariant();
    }
}

QVariant LogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case StatusColumn:
        return tr("Status");
    case UrlColumn:
        return tr("URL");
    case EndpointColumn:
        return tr("Endpoint");
    case EnvironmentColumn:
        return tr("Environment");
    case RunColumn:
        return tr("Run");
    case DurationColumn:
        return tr("Duration");
    case RequestSizeColumn:
        return tr("Sent");
    case ResponseSizeColumn:
        return tr("Received");
    case ColumnCount:
        break;
    }
    return QVariant();
}

Qt::ItemFlags LogTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QColor LogTableModel::statusColor(int status)
{
    if (status <= 0)
        return QColor(0x9c, 0x1c, 0x8c); // no response at all: apart from server errors
    switch (status / 100) {
    case 1:
        return QColor(0x60, 0x60, 0x60);
    case 2:
        return QColor(0x1b, 0x7f, 0x3b);
    case 3:
        return QColor(0x1f, 0x5f, 0xbf);
    case 4:
        return QColor(0xb3, 0x59, 0x00);
    default:
        return QColor(0xc6, 0x28, 0x28);
    }
}

QString LogTableModel::sizeText(qint64 bytes)
{
    if (bytes <= 0)
        return QString();
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace studio::ui
