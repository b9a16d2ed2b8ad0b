#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/log/logentry.h"
#include "core/log/redactor.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <variant>
#include <vector>

namespace studio {

/// Limits and settings of a request log. The defaults suit a workstation.
struct RequestLogOptions
{
    /// Bodies longer than this are cut and marked truncated (each body separately).
    qint64 maxBodyBytes = 5 * 1024 * 1024;
    /// Bodies longer than this are stored zlib-compressed (reading decompresses transparently).
    qint64 compressAboveBytes = 1024;
    /// zlib level for stored bodies; 1 keeps the writer fast, 9 saves a little more space.
    int compressionLevel = 1;
    /// How much of each body (bytes, from the start) full-text search indexes.
    int searchIndexBytes = 256 * 1024;
    /// Entries older than this are pruned (0: no age limit).
    qint64 maxAgeDays = 30;
    /// The database is pruned, oldest entries first, when it grows beyond this (0: no size limit).
    qint64 maxTotalBytes = qint64(1) << 30;
    /// How often the writer applies retention while the log is in use (on the injected clock).
    qint64 pruneIntervalMs = 10 * 60 * 1000;
    /// Most entries one write transaction takes.
    int batchSize = 2048;
    /// Most search text (bytes) the writer holds in memory while the search index catches up; beyond it the
    /// index catches up from the database instead.
    qint64 maxPendingSearchBytes = 64 * 1024 * 1024;
    RedactionPolicy redaction;
};

/// Numbers about a running log, for status displays and tests.
struct RequestLogStats
{
    qint64 recorded = 0;             ///< record() calls accepted since open
    qint64 written = 0;              ///< entries committed since open
    qint64 failed = 0;               ///< entries lost to write errors since open
    qint64 lastId = 0;               ///< id of the newest committed entry
    qint64 searchIndexedThrough = 0; ///< entries up to this id are in the full-text index
    qint64 prunedThrough = 0;        ///< entries up to this id were removed by retention
};

/// The request log of a workspace: every request and response the HTTP engine makes, redacted, in an SQLite
/// database (WAL) with a SHA-256 hash chain for auditing and a full-text index. record() only queues; one
/// writer thread redacts, caps, compresses, hashes and inserts entries in batched transactions, keeps the
/// search index in step and applies retention. Read the log with LogReader (its own connection).
class RequestLog final : public RequestRecorder
{
public:
    /// Opens or creates the log at `path` (see requestLogPath()), creating missing folders, and starts the
    /// writer. Retention runs once right after opening.
    static Result<std::unique_ptr<RequestLog>> open(
        const QString& path, RequestLogOptions options = {}, Clock& clock = systemClock());
    /// Drains the queue (every recorded entry is written) and stops the writer.
    ~RequestLog() override;
    RequestLog(const RequestLog&) = delete;
    RequestLog& operator=(const RequestLog&) = delete;

    /// Queues one entry. Thread-safe; returns immediately. The entry's id and truncation fields are set by
    /// the log. Entries recorded after close() are dropped.
    void record(LogEntry entry) override;

    /// Waits until every entry recorded before this call is written and searchable. Returns the first
    /// write error since the previous flush, if any.
    Status flush();
    /// Applies retention (age and size) now and waits for it.
    Status prune();
    /// Writes everything still queued, stops the writer and closes the database. Idempotent.
    void close();

    /// The redactor applied to every entry; the engine may register secrets it handles (addLiteral).
    Redactor& redactor() { return m_redactor; }
    QString path() const { return m_path; }
    RequestLogStats stats() const;

private:
    struct Impl;
    struct Batch;
    struct Task
    {
        std::function<Status()> run;
        std::shared_ptr<std::pair<bool, Status>> result;
    };

    RequestLog(QString path, RequestLogOptions options, Clock& clock);
    Status runOnWriter(std::function<Status()> task);
    void writerLoop();
    // Writer thread only:
    void prepare(LogEntry& entry) const;
    /// Moves up to batchSize entries from the front of the queue into a batch (m_mutex held by the caller).
    std::unique_ptr<Batch> takeBatch();
    /// Starts encoding a batch: on two helper threads for a large one, so that it overlaps the writing of
    /// the batch before it; a small one is encoded right away.
    void startEncoding(Batch& batch) const;
    Status writeBatch(Batch& batch);
    Status indexSearchChunk();
    Status applyRetention();
    Status pruneThrough(qint64 throughId, const QString& reason);

    QString m_path;
    RequestLogOptions m_options;
    Clock& m_clock;
    Redactor m_redactor;
    std::unique_ptr<Impl> m_impl; // writer-thread state (database, chain head, search backlog)

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;                   // writer waits for work
    std::condition_variable m_done;                   // flush() and tasks wait for progress
    std::deque<std::variant<LogEntry, Task>> m_queue; // in order: a task runs after the entries before it
    bool m_stopping = false;
    bool m_closed = false;
    RequestLogStats m_stats;
    Status m_firstError;
    std::thread m_writer;
};

} // namespace studio
