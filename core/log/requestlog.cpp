#include "core/log/requestlog.h"

#include "core/log/logstore.h"

#include <optional>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <sqlite3.h>

namespace studio {

using namespace logstore;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RequestLog", text);
}

constexpr int PruneChunk = 2000;  // rows per pruning transaction, so readers are never blocked for long
constexpr int SearchChunk = 1024; // rows per search-index transaction

const char* const InsertSql
    = "INSERT INTO entries(id, started_at, status, status_class, duration_ms, attempt, method, endpoint, "
      "environment, run_id, request_size, response_size, flags, url, error, credential, http_version, "
      "request_headers, response_headers, request_body, response_body, prev_hash, hash) "
      "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, "
      "?22, ?23)";
const char* const MetaSql
    = "INSERT INTO meta(key, value) VALUES(?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
const char* const SearchInsertSql
    = "INSERT INTO entries_fts(rowid, url, request_body, response_body) VALUES(?1, ?2, ?3, ?4)";
const char* const SearchDeleteSql = "INSERT INTO entries_fts(entries_fts, rowid, url, request_body, response_body) "
                                    "VALUES('delete', ?1, ?2, ?3, ?4)";

/// The text one entry contributes to the search index.
struct SearchDoc
{
    qint64 id = 0;
    QByteArray url;
    QByteArray request;
    QByteArray response;
    qint64 bytes() const { return url.size() + request.size() + response.size(); }
};

/// One prepared entry in its stored form, except what depends on its id (assigned when it is written).
struct Encoded
{
    QByteArray canonicalTail; // canonicalTail(): the hash covers the magic, the id and this
    QByteArray requestHeaders;
    QByteArray responseHeaders;
    QByteArray requestBody;
    QByteArray responseBody;
    int flags = 0;
    SearchDoc search;
};

} // namespace

/// Everything the writer thread owns. Only the writer thread touches it after open().
struct RequestLog::Impl
{
    Database db;
    std::unique_ptr<Statement> insert;
    std::unique_ptr<Statement> meta;
    std::unique_ptr<Statement> searchInsert;
    qint64 lastId = 0;
    QByteArray lastHash;
    qint64 searchThrough = 0; // entries up to this id are indexed
    qint64 prunedThrough = 0;
    int searchCap = 0;             // fixed when the log is created: deleting from the index needs the same text
    std::deque<SearchDoc> pending; // search text of written entries not yet indexed, ids contiguous
    qint64 pendingBytes = 0;
    bool indexFromDatabase = false; // the backlog is read back from the table instead of `pending`
    qint64 lastPruneMs = 0;
    qint64 bytesSincePrune = 0;

    Status setMeta(const char* key, qint64 value)
    {
        meta->reset();
        meta->bindText(1, QByteArray(key));
        meta->bind(2, value);
        meta->step();
        return meta->failed() ? Status(db.lastError(tr("updating the log state"))) : Status();
    }
    Status setMeta(const char* key, const QByteArray& value)
    {
        meta->reset();
        meta->bindText(1, QByteArray(key));
        meta->bindBlob(2, value);
        meta->step();
        return meta->failed() ? Status(db.lastError(tr("updating the log state"))) : Status();
    }
    /// Reads the search text of stored entries in [fromId, toId] (at most `limit`).
    Result<std::vector<SearchDoc>> storedSearchDocs(qint64 fromId, qint64 toId, int limit)
    {
        Statement query(db,
            "SELECT id, url, flags, request_body, response_body FROM entries "
            "WHERE id >= ?1 AND id <= ?2 ORDER BY id LIMIT ?3");
        query.bind(1, fromId);
        query.bind(2, toId);
        query.bind(3, qint64(limit));
        std::vector<SearchDoc> docs;
        while (query.step()) {
            const qint64 flags = query.integer(2);
            QByteArray request = query.bytes(3);
            if (flags & RequestCompressed)
                request = decompressBody(request);
            QByteArray response = query.bytes(4);
            if (flags & ResponseCompressed)
                response = decompressBody(response);
            docs.push_back(SearchDoc {
                query.integer(0), query.bytes(1), searchText(request, searchCap), searchText(response, searchCap)});
        }
        if (query.failed())
            return db.lastError(tr("reading entries for the search index"));
        return docs;
    }
};

/// Entries taken from the queue together, and their stored form. Encoding (redaction, the cap, compression,
/// the canonical form, the search text) is independent per entry and runs on helper threads while the writer
/// thread writes the batch before; ids and the hash chain are assigned in order when the batch is written.
struct RequestLog::Batch
{
    std::vector<LogEntry> entries;
    std::vector<Encoded> encoded;
    std::vector<std::thread> workers;

    Batch() = default;
    Batch(const Batch&) = delete;
    Batch& operator=(const Batch&) = delete;
    ~Batch() { wait(); }
    /// Returns when every entry is encoded.
    void wait()
    {
        for (std::thread& worker : workers)
            worker.join();
        workers.clear();
    }
};

RequestLog::RequestLog(QString path, RequestLogOptions options, Clock& clock)
    : m_path(std::move(path))
    , m_options(std::move(options))
    , m_clock(clock)
    , m_redactor(m_options.redaction)
    , m_impl(std::make_unique<Impl>())
{ }

Result<std::unique_ptr<RequestLog>> RequestLog::open(const QString& path, RequestLogOptions options, Clock& clock)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error {tr("Cannot create the folder %1 for the request log.").arg(folder), folder};
    std::unique_ptr<RequestLog> log(new RequestLog(path, std::move(options), clock));
    Impl& d = *log->m_impl;
    if (auto status = d.db.open(path, true, false); !status)
        return status.error();
    if (auto status = ensureSchema(d.db); !status)
        return status.error();
    if (auto status = configureConnection(d.db, true); !status)
        return status.error();
    d.insert = std::make_unique<Statement>(d.db, InsertSql);
    d.meta = std::make_unique<Statement>(d.db, MetaSql);
    d.searchInsert = std::make_unique<Statement>(d.db, SearchInsertSql);
    if (!d.insert->isValid() || !d.meta->isValid() || !d.searchInsert->isValid())
        return d.db.lastError(tr("preparing the log statements"));

    d.searchCap = int(metaInteger(d.db, "search_cap", 0));
    if (d.searchCap <= 0) {
        d.searchCap = qMax(1024, log->m_options.searchIndexBytes);
        if (auto status = d.setMeta("search_cap", qint64(d.searchCap)); !status)
            return status.error();
    }
    // The chain continues from the newest entry, or from the last pruning anchor when everything was pruned.
    // (Statements live in this block only: the connection must be idle before the writer thread takes it.)
    {
        Statement anchor(d.db, "SELECT through_id, hash FROM anchors ORDER BY seq DESC LIMIT 1");
        if (anchor.step()) {
            d.prunedThrough = anchor.integer(0);
            d.lastId = d.prunedThrough;
            d.lastHash = anchor.bytes(1);
        }
        Statement newest(d.db, "SELECT id, hash FROM entries ORDER BY id DESC LIMIT 1");
        if (newest.step() && newest.integer(0) > d.lastId) {
            d.lastId = newest.integer(0);
            d.lastHash = newest.bytes(1);
        }
        if (anchor.failed() || newest.failed())
            return d.db.lastError(tr("reading the newest entry"));
    }
    d.lastId = qMax(d.lastId, metaInteger(d.db, "head_id", 0));
    if (d.lastHash.isEmpty())
        d.lastHash = QByteArray(HashSize, '\0');
    d.searchThrough = qMax(metaInteger(d.db, "search_through", 0), d.prunedThrough);
    d.indexFromDatabase = d.searchThrough < d.lastId;
    d.lastPruneMs = clock.monotonicMs();
    log->m_stats.lastId = d.lastId;
    log->m_stats.searchIndexedThrough = d.searchThrough;
    log->m_stats.prunedThrough = d.prunedThrough;

    log->m_writer = std::thread([raw = log.get()] { raw->writerLoop(); });
    // Retention on open, queued first so it runs before anything recorded from now on.
    {
        std::lock_guard lock(log->m_mutex);
        log->m_queue.emplace_back(Task {[raw = log.get()] { return raw->applyRetention(); }, nullptr});
    }
    log->m_wake.notify_one();
    return log;
}

RequestLog::~RequestLog()
{
    close();
}

void RequestLog::close()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_closed)
            return;
        m_closed = true;
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_writer.joinable())
        m_writer.join();
    m_impl->insert.reset();
    m_impl->meta.reset();
    m_impl->searchInsert.reset();
    // Fold the WAL back into the database so the folder holds one file at rest.
    m_impl->db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    m_impl->db.close();
}

void RequestLog::record(LogEntry entry)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_closed)
            return;
        m_queue.emplace_back(std::move(entry));
        ++m_stats.recorded;
    }
    m_wake.notify_one();
}

RequestLogStats RequestLog::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

Status RequestLog::runOnWriter(std::function<Status()> task)
{
    auto result = std::make_shared<std::pair<bool, Status>>(false, Status());
    {
        std::lock_guard lock(m_mutex);
        if (m_closed)
            return Error {tr("The request log %1 is closed.").arg(m_path), m_path};
        m_queue.emplace_back(Task {std::move(task), result});
    }
    m_wake.notify_one();
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [&] { return result->first; });
    return result->second;
}

Status RequestLog::flush()
{
    // A task queued behind every entry recorded so far; it finishes the search index too.
    Status status = runOnWriter([this]() -> Status {
        Impl& d = *m_impl;
        while (d.searchThrough < d.lastId) {
            const qint64 before = d.searchThrough;
            if (auto indexed = indexSearchChunk(); !indexed)
                return indexed;
            if (d.searchThrough == before)
                break;
        }
        return {};
    });
    std::lock_guard lock(m_mutex);
    if (!status.ok())
        return status;
    Status first = m_firstError;
    m_firstError = Status();
    return first;
}

Status RequestLog::prune()
{
    return runOnWriter([this] { return applyRetention(); });
}

void RequestLog::writerLoop()
{
    Impl& d = *m_impl;
    std::unique_ptr<Batch> current; // taken from the queue, being encoded
    for (;;) {
        std::optional<Task> task;
        if (!current) {
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [&] { return !m_queue.empty() || m_stopping || d.searchThrough < d.lastId; });
                // On close the search backlog is left for the next open (search_through is persistent).
                if (m_queue.empty() && m_stopping)
                    break;
                if (!m_queue.empty() && std::holds_alternative<Task>(m_queue.front())) {
                    task = std::move(std::get<Task>(m_queue.front()));
                    m_queue.pop_front();
                } else if (!m_queue.empty()) {
                    current = takeBatch();
                }
            }
            if (current)
                startEncoding(*current);
        }
        if (task) {
            Status status = task->run();
            std::lock_guard lock(m_mutex);
            if (task->result) {
                task->result->first = true;
                task->result->second = status;
            } else if (!status.ok() && m_firstError.ok()) {
                m_firstError = status;
            }
            m_stats.lastId = d.lastId;
            m_stats.searchIndexedThrough = d.searchThrough;
            m_stats.prunedThrough = d.prunedThrough;
            m_done.notify_all();
            continue;
        }
        if (current) {
            // The next batch (entries only: a task waits for everything before it) is encoded while this
            // one is written.
            std::unique_ptr<Batch> next;
            {
                std::lock_guard lock(m_mutex);
                if (!m_queue.empty() && std::holds_alternative<LogEntry>(m_queue.front()))
                    next = takeBatch();
            }
            current->wait();
            if (next)
                startEncoding(*next);
            const qint64 count = qint64(current->entries.size());
            Status status = writeBatch(*current);
            current = std::move(next);
            if (status.ok() && d.searchThrough < d.lastId && d.indexFromDatabase) {
                // Under a sustained flood the queue never empties; index a little after every batch so
                // search never falls behind for good.
                status = indexSearchChunk();
            }
            bool pruneDue = false;
            {
                std::lock_guard lock(m_mutex);
                if (status.ok())
                    m_stats.written += count;
                else
                    m_stats.failed += count;
                if (!status.ok() && m_firstError.ok())
                    m_firstError = status;
                m_stats.lastId = d.lastId;
                m_stats.searchIndexedThrough = d.searchThrough;
                pruneDue = !m_stopping;
            }
            const qint64 sinceMs = m_clock.monotonicMs() - d.lastPruneMs;
            const bool sizeDue
                = m_options.maxTotalBytes > 0 && d.bytesSincePrune > qMax<qint64>(m_options.maxTotalBytes / 20, 1);
            if (pruneDue && (sinceMs >= m_options.pruneIntervalMs || sizeDue)) {
                Status pruned = applyRetention();
                std::lock_guard lock(m_mutex);
                if (!pruned.ok() && m_firstError.ok())
                    m_firstError = pruned;
                m_stats.prunedThrough = d.prunedThrough;
            }
            continue;
        }
        // Nothing queued: catch the search index up.
        Status status = indexSearchChunk();
        std::lock_guard lock(m_mutex);
        if (!status.ok()) {
            if (m_firstError.ok())
                m_firstError = status;
            // Do not spin on a broken index: give up on the backlog until the next write.
            d.searchThrough = d.lastId;
        }
        m_stats.searchIndexedThrough = d.searchThrough;
        m_done.notify_all();
    }
}

std::unique_ptr<RequestLog::Batch> RequestLog::takeBatch()
{
    auto batch = std::make_unique<Batch>();
    batch->entries.reserve(size_t(qMin<qsizetype>(m_queue.size(), m_options.batchSize)));
    while (!m_queue.empty() && std::holds_alternative<LogEntry>(m_queue.front())
        && int(batch->entries.size()) < m_options.batchSize) {
        batch->entries.push_back(std::move(std::get<LogEntry>(m_queue.front())));
        m_queue.pop_front();
    }
    return batch;
}

void RequestLog::startEncoding(Batch& batch) const
{
    batch.encoded.resize(batch.entries.size());
    // Read-only from here on: the options, the redactor (thread-safe) and the search cap fixed at open().
    const int searchCap = m_impl->searchCap;
    auto encodeRange = [this, &batch, searchCap](size_t from, size_t to) {
        for (size_t i = from; i < to; ++i) {
            LogEntry& e = batch.entries[i];
            Encoded& x = batch.encoded[i];
            prepare(e);
            x.canonicalTail = canonicalTail(e);
            x.flags
                = (e.requestBodyTruncated ? RequestTruncated : 0) | (e.responseBodyTruncated ? ResponseTruncated : 0);
            x.requestBody = e.requestBody;
            if (x.requestBody.size() > m_options.compressAboveBytes) {
                x.requestBody = compressBody(x.requestBody, m_options.compressionLevel);
                x.flags |= RequestCompressed;
            }
            x.responseBody = e.responseBody;
            if (x.responseBody.size() > m_options.compressAboveBytes) {
                x.responseBody = compressBody(x.responseBody, m_options.compressionLevel);
                x.flags |= ResponseCompressed;
            }
            x.requestHeaders = encodeHeaders(e.requestHeaders);
            x.responseHeaders = encodeHeaders(e.responseHeaders);
            // The id is set when the entry is written.
            x.search = SearchDoc {
                0, e.url.toUtf8(), searchText(e.requestBody, searchCap), searchText(e.responseBody, searchCap)};
        }
    };
    const size_t n = batch.entries.size();
    if (n < 64 || std::thread::hardware_concurrency() < 2) {
        // A trickle of entries: a thread would cost more than it saves.
        encodeRange(0, n);
        return;
    }
    const size_t half = n / 2;
    batch.workers.emplace_back(encodeRange, size_t(0), half);
    batch.workers.emplace_back(encodeRange, half, n);
}

void RequestLog::prepare(LogEntry& e) const
{
    // The engine may hand over only the head of a body it streamed to disk, with the real size and the
    // truncated flag already set; both are kept.
    e.requestBodySize = qMax(e.requestBodySize, qint64(e.requestBody.size()));
    e.responseBodySize = qMax(e.responseBodySize, qint64(e.responseBody.size()));
    m_redactor.redact(e);
    // Cut after redacting, so that a secret straddling the cut is already gone.
    if (e.requestBody.size() > m_options.maxBodyBytes) {
        e.requestBody.truncate(m_options.maxBodyBytes);
        e.requestBodyTruncated = true;
    }
    if (e.responseBody.size() > m_options.maxBodyBytes) {
        e.responseBody.truncate(m_options.maxBodyBytes);
        e.responseBodyTruncated = true;
    }
    // Millisecond precision, UTC: what the database stores is what the hash covers.
    const QDateTime started = e.startedAt.isValid() ? e.startedAt : m_clock.now();
    e.startedAt = QDateTime::fromMSecsSinceEpoch(started.toMSecsSinceEpoch(), Qt::UTC);
    if (e.attempt < 1)
        e.attempt = 1;
}

Status RequestLog::writeBatch(Batch& batch)
{
    Impl& d = *m_impl;
    batch.wait();
    if (auto status = d.db.exec("BEGIN IMMEDIATE"); !status)
        return status;
    const qint64 firstId = d.lastId;
    const QByteArray firstHash = d.lastHash;
    qint64 id = d.lastId;
    QByteArray previous = d.lastHash;
    qint64 bytes = 0;
    Statement& insert = *d.insert;
    for (size_t i = 0; i < batch.entries.size(); ++i) {
        LogEntry& e = batch.entries[i];
        Encoded& x = batch.encoded[i];
        e.id = ++id;
        x.search.id = id;
        const QByteArray hash = chainHash(previous, id, x.canonicalTail);
        insert.reset();
        insert.bind(1, e.id);
        insert.bind(2, e.startedAt.toMSecsSinceEpoch());
        insert.bind(3, qint64(e.status));
        insert.bind(4, qint64(statusClass(e.status)));
        insert.bind(5, e.durationMs);
        insert.bind(6, qint64(e.attempt));
        insert.bindText(7, e.method);
        insert.bind(8, e.endpointId);
        insert.bind(9, e.environment);
        insert.bind(10, e.runId);
        insert.bind(11, e.requestBodySize);
        insert.bind(12, e.responseBodySize);
        insert.bind(13, qint64(x.flags));
        insert.bind(14, e.url);
        insert.bind(15, e.error);
        insert.bind(16, e.credentialFingerprint);
        insert.bindText(17, e.httpVersion);
        insert.bindBlob(18, x.requestHeaders);
        insert.bindBlob(19, x.responseHeaders);
        insert.bindBlob(20, x.requestBody);
        insert.bindBlob(21, x.responseBody);
        insert.bindBlob(22, previous);
        insert.bindBlob(23, hash);
        insert.step();
        if (insert.failed()) {
            Error error = d.db.lastError(tr("writing entry %1").arg(e.id));
            d.db.exec("ROLLBACK");
            d.lastId = firstId;
            d.lastHash = firstHash;
            return error;
        }
        previous = hash;
        bytes += x.requestBody.size() + x.responseBody.size() + x.requestHeaders.size() + x.responseHeaders.size()
            + e.url.size() + 200;
    }
    Status status = d.setMeta("head_id", id);
    if (status.ok())
        status = d.setMeta("head_hash", previous);
    if (status.ok())
        status = d.db.exec("COMMIT");
    if (!status.ok()) {
        d.db.exec("ROLLBACK");
        return status;
    }
    d.lastId = id;
    d.lastHash = previous;
    d.bytesSincePrune += bytes;
    if (!d.indexFromDatabase) {
        for (Encoded& x : batch.encoded) {
            d.pendingBytes += x.search.bytes();
            d.pending.push_back(std::move(x.search));
        }
        if (d.pendingBytes > m_options.maxPendingSearchBytes) {
            d.pending.clear();
            d.pendingBytes = 0;
            d.indexFromDatabase = true;
        }
    }
    return {};
}

Status RequestLog::indexSearchChunk()
{
    Impl& d = *m_impl;
    if (d.searchThrough >= d.lastId)
        return {};
    std::vector<SearchDoc> docs;
    if (d.indexFromDatabase) {
        auto stored = d.storedSearchDocs(d.searchThrough + 1, d.lastId, SearchChunk);
        if (!stored)
            return stored.error();
        docs = std::move(stored.value());
    } else {
        while (!d.pending.empty() && int(docs.size()) < SearchChunk) {
            d.pendingBytes -= d.pending.front().bytes();
            docs.push_back(std::move(d.pending.front()));
            d.pending.pop_front();
        }
    }
    if (auto status = d.db.exec("BEGIN IMMEDIATE"); !status)
        return status;
    Statement& insert = *d.searchInsert;
    qint64 through = d.searchThrough;
    for (const SearchDoc& doc : docs) {
        insert.reset();
        insert.bind(1, doc.id);
        insert.bindText(2, doc.url);
        insert.bindText(3, doc.request);
        insert.bindText(4, doc.response);
        insert.step();
        if (insert.failed()) {
            Error error = d.db.lastError(tr("indexing entry %1 for search").arg(doc.id));
            d.db.exec("ROLLBACK");
            return error;
        }
        through = doc.id;
    }
    // Rows may be missing from the table (pruned meanwhile): the chunk covers everything up to its end.
    if (docs.empty() || (d.indexFromDatabase && int(docs.size()) < SearchChunk))
        through = d.lastId;
    Status status = d.setMeta("search_through", through);
    if (status.ok())
        status = d.db.exec("COMMIT");
    if (!status.ok()) {
        d.db.exec("ROLLBACK");
        return status;
    }
    d.searchThrough = through;
    if (d.indexFromDatabase && d.searchThrough >= d.lastId)
        d.indexFromDatabase = false;
    return {};
}

Status RequestLog::applyRetention()
{
    Impl& d = *m_impl;
    d.lastPruneMs = m_clock.monotonicMs();
    d.bytesSincePrune = 0;
    if (m_options.maxAgeDays > 0) {
        const qint64 cutoff = m_clock.now().addDays(-m_options.maxAgeDays).toMSecsSinceEpoch();
        // The oldest entries form a prefix of ids: retention never leaves a hole in the chain.
        Statement firstKept(d.db, "SELECT id FROM entries NOT INDEXED WHERE started_at >= ?1 ORDER BY id LIMIT 1");
        firstKept.bind(1, cutoff);
        const qint64 through = firstKept.step() ? firstKept.integer(0) - 1 : d.lastId;
        if (firstKept.failed())
            return d.db.lastError(tr("finding old entries"));
        if (through > d.prunedThrough) {
            if (auto status = pruneThrough(through, QStringLiteral("age")); !status)
                return status;
        }
    }
    if (m_options.maxTotalBytes > 0) {
        for (int round = 0; round < 8; ++round) {
            Statement pages(d.db,
                "SELECT (SELECT page_count FROM pragma_page_count()) - "
                "(SELECT freelist_count FROM pragma_freelist_count()), "
                "(SELECT page_size FROM pragma_page_size())");
            if (!pages.step())
                return d.db.lastError(tr("measuring the log"));
            const qint64 used = pages.integer(0) * pages.integer(1);
            if (used <= m_options.maxTotalBytes)
                break;
            Statement counts(d.db, "SELECT count(*), min(id) FROM entries");
            if (!counts.step() || counts.integer(0) == 0)
                break;
            const qint64 rows = counts.integer(0);
            // Aim a tenth below the limit, so pruning does not run again after a few entries.
            const qint64 excess = used - m_options.maxTotalBytes * 9 / 10;
            const qint64 perRow = qMax<qint64>(1, used / rows);
            const qint64 drop = qBound<qint64>(1, (excess + perRow - 1) / perRow, rows);
            Statement nth(d.db, "SELECT id FROM entries ORDER BY id LIMIT 1 OFFSET ?1");
            nth.bind(1, drop - 1);
            if (!nth.step())
                break;
            if (auto status = pruneThrough(nth.integer(0), QStringLiteral("size")); !status)
                return status;
        }
    }
    return {};
}

Status RequestLog::pruneThrough(qint64 throughId, const QString& reason)
{
    Impl& d = *m_impl;
    throughId = qMin(throughId, d.lastId);
    while (d.prunedThrough < throughId) {
        const qint64 chunkEnd = qMin(throughId, d.prunedThrough + PruneChunk);
        // Contentless search tables forget a row only when told its indexed text again.
        std::vector<SearchDoc> indexed;
        const qint64 indexedEnd = qMin(chunkEnd, d.searchThrough);
        if (indexedEnd > d.prunedThrough) {
            auto docs = d.storedSearchDocs(d.prunedThrough + 1, indexedEnd, PruneChunk + 1);
            if (!docs)
                return docs.error();
            indexed = std::move(docs.value());
        }
        QByteArray anchorHash = d.lastHash;
        if (chunkEnd < d.lastId) {
            Statement hash(d.db, "SELECT hash FROM entries WHERE id = ?1");
            hash.bind(1, chunkEnd);
            if (hash.step())
                anchorHash = hash.bytes(0);
            else
                return d.db.lastError(tr("reading the hash of entry %1").arg(chunkEnd));
        }
        if (auto status = d.db.exec("BEGIN IMMEDIATE"); !status)
            return status;
        auto fail = [&](const QString& doing) {
            Error error = d.db.lastError(doing);
            d.db.exec("ROLLBACK");
            return error;
        };
        Statement searchDelete(d.db, SearchDeleteSql);
        for (const SearchDoc& doc : indexed) {
            searchDelete.reset();
            searchDelete.bind(1, doc.id);
            searchDelete.bindText(2, doc.url);
            searchDelete.bindText(3, doc.request);
            searchDelete.bindText(4, doc.response);
            searchDelete.step();
            if (searchDelete.failed())
                return fail(tr("removing entry %1 from the search index").arg(doc.id));
        }
        Statement remove(d.db, "DELETE FROM entries WHERE id <= ?1");
        remove.bind(1, chunkEnd);
        remove.step();
        if (remove.failed())
            return fail(tr("pruning entries"));
        const qint64 removed = sqlite3_changes64(d.db.handle());
        // The anchor lets verify() start after the pruned entries instead of calling their absence tampering.
        Statement anchor(d.db,
            "INSERT INTO anchors(through_id, hash, pruned_at, removed, reason) "
            "VALUES(?1, ?2, ?3, ?4, ?5)");
        anchor.bind(1, chunkEnd);
        anchor.bindBlob(2, anchorHash);
        anchor.bind(3, m_clock.now().toMSecsSinceEpoch());
        anchor.bind(4, removed);
        anchor.bind(5, reason);
        anchor.step();
        if (anchor.failed())
            return fail(tr("recording the pruning anchor"));
        Statement oldAnchors(d.db, "DELETE FROM anchors WHERE seq < (SELECT max(seq) - 100 FROM anchors)");
        oldAnchors.step();
        if (d.searchThrough < chunkEnd) {
            if (auto status = d.setMeta("search_through", chunkEnd); !status) {
                d.db.exec("ROLLBACK");
                return status;
            }
        }
        if (auto status = d.db.exec("COMMIT"); !status) {
            d.db.exec("ROLLBACK");
            return status;
        }
        d.prunedThrough = chunkEnd;
        if (d.searchThrough < chunkEnd)
            d.searchThrough = chunkEnd;
        while (!d.pending.empty() && d.pending.front().id <= chunkEnd) {
            d.pendingBytes -= d.pending.front().bytes();
            d.pending.pop_front();
        }
    }
    // Deleting from FTS5 writes tombstones; merging the index segments is what gives their space back.
    for (int round = 0; round < 64; ++round) {
        const qint64 before = sqlite3_total_changes64(d.db.handle());
        if (auto status = d.db.exec("INSERT INTO entries_fts(entries_fts, rank) VALUES('merge', -256)"); !status)
            return status;
        if (sqlite3_total_changes64(d.db.handle()) - before < 2)
            break;
    }
    return d.db.exec("PRAGMA incremental_vacuum");
}

} // namespace studio
