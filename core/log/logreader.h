#pragma once

#include "core/common/result.h"
#include "core/log/logentry.h"
#include "core/log/logstore.h"

#include <functional>
#include <memory>
#include <QByteArrayList>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace studio {

/// Status classes the log browser filters by.
enum class StatusClass : int {
    NoResponse = 0, ///< transport, TLS or timeout failure: no HTTP status arrived
    Informational = 1,
    Success = 2,
    Redirection = 3,
    ClientError = 4,
    ServerError = 5,
};

/// Which entries a query selects. Empty members do not filter; members combine with AND, the values
/// inside one member with OR.
struct LogFilter
{
    /// Full-text search over URL and bodies: words must all occur (any order); "quoted phrases" must occur
    /// as written; a word ending in * matches as a prefix. Case and accents are ignored.
    QString text;
    QList<StatusClass> statusClasses;
    QList<int> statuses;    ///< exact codes, e.g. 404
    QByteArrayList methods; ///< "GET", "PUT", ...
    QStringList endpoints;  ///< endpoint ids
    QStringList environments;
    QStringList runIds;
    QDateTime from; ///< started at or after (inclusive); invalid: open
    QDateTime to;   ///< started before (exclusive); invalid: open
};

/// One row of the log browser's table.
struct LogSummary
{
    qint64 id = 0;
    QDateTime startedAt; ///< UTC
    QByteArray method;
    QString url;
    int status = 0;
    qint64 durationMs = 0;
    QString endpointId;
    QString environment;
    QString runId;
    qint64 requestSize = 0; ///< body bytes as sent (before redaction and the cap)
    qint64 responseSize = 0;
    int attempt = 1;
    QString error;          ///< transport error in words; empty when a response arrived
    bool truncated = false; ///< a body was cut at the cap
};

/// Direction of a paged query.
enum class LogOrder {
    NewestFirst, ///< ids descending; the cursor is the smallest id seen so far
    OldestFirst, ///< ids ascending; the cursor is the largest id seen so far
};

/// Numbers about the whole log.
struct LogInfo
{
    qint64 entries = 0;
    qint64 firstId = 0;
    qint64 lastId = 0;
    qint64 searchIndexedThrough = 0; ///< newer entries are not yet found by text search
    qint64 prunedThrough = 0;        ///< entries up to this id were removed by retention
    qint64 fileBytes = 0;            ///< database plus write-ahead log
};

/// The outcome of walking the audit chain.
struct AuditReport
{
    enum class Problem {
        None,
        Altered,    ///< an entry's content or hash does not match
        Missing,    ///< entries were deleted (a gap in the ids, or newest entries gone)
        Reordered,  ///< an entry holds another entry's content
        Unreadable, ///< the log could not be read
    };
    bool ok() const { return problem == Problem::None; }
    Problem problem = Problem::None;
    qint64 verified = 0; ///< entries whose hashes were checked and found right before the first problem
    qint64 firstBadId = 0;
    QDateTime firstBadTime;   ///< when the first bad entry started (or, for missing ones, the entry before)
    qint64 startsAfterId = 0; ///< the chain starts after this id (a pruning anchor), 0 from the beginning
    QString message;          ///< one readable sentence
};

/// Read access to a request log for the log browser, exports and `logs verify`. Opens its own SQLite
/// connection, so it can live on a worker thread while RequestLog writes; one LogReader must be used by one
/// thread at a time. Queries page by keyset (ids), so every page costs the same at any depth of a log with
/// millions of entries: fetch the first page with cursor 0, then pass the last id of each page as the next
/// cursor. count() gives the total for a scroll bar.
class LogReader final
{
public:
    /// Opens an existing log (see requestLogPath()).
    static Result<std::unique_ptr<LogReader>> open(const QString& path);
    ~LogReader();
    LogReader(const LogReader&) = delete;
    LogReader& operator=(const LogReader&) = delete;

    /// How many entries match. With `cap` > 0 counting stops there (the result is then at most `cap`), so a
    /// browser can show "10,000+" at once for a filter that matches most of a huge log.
    Result<qint64> count(const LogFilter& filter, qint64 cap = 0);
    /// Up to `limit` matching rows after `cursor` in `order` (cursor 0: from the start).
    Result<QList<LogSummary>> page(
        const LogFilter& filter, qint64 cursor, int limit, LogOrder order = LogOrder::NewestFirst);
    /// Like page(), ids only (for exporting or selecting everything that matches).
    Result<QList<qint64>> ids(
        const LogFilter& filter, qint64 cursor, int limit, LogOrder order = LogOrder::OldestFirst);
    /// One full entry (headers and bodies, decompressed), and its audit hash if `hash` is given. Fails with a
    /// readable error for an unknown id.
    Result<LogEntry> entry(qint64 id, QByteArray* hash = nullptr);
    /// Values present in the log, for filter pickers (sorted).
    Result<QStringList> endpoints();
    Result<QStringList> environments();
    Result<QStringList> runIds();
    Result<QByteArrayList> methods();
    Result<LogInfo> info();

    /// Walks the audit chain from the newest pruning anchor (or the first entry) to the newest entry and
    /// reports the first altered, missing or reordered entry. `progress(done, total)` may return false to
    /// stop (the report then says so).
    AuditReport verify(const std::function<bool(qint64, qint64)>& progress = {});

    /// The FTS5 MATCH expression for LogFilter::text (every word quoted, so user text is never syntax).
    static QString searchExpression(const QString& text);

private:
    LogReader() = default;
    Result<QStringList> distinct(const char* column);

    logstore::Database m_db;
};

} // namespace studio
