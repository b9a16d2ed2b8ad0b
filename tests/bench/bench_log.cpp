// bench_log: the request log's writer throughput with 2 KB bodies, browser queries and full-text search over
// 1,000,000 entries, and database bytes per entry. Peers measured in the same run:
//  - writer: the sqlite3 command-line shell inserting the same rows with plain INSERTs in one transaction
//    (same table and indexes, no redaction, hashing, compression or search index; and once more with an FTS5
//    table fed the same text);
//  - deep pages: LIMIT/OFFSET paging of the same rows (what a naive table model does);
//  - search: LIKE '%...%' over the URL column, where a LIKE can answer the same question.
// Every aim of the request log (issue: writer >= 20,000 entries/s with 2 KB bodies; status/endpoint queries < 100 ms
// and full-text search < 300 ms over 1,000,000 entries) is printed as met or NOT met, with the machine's load.
// The writer's CPU time per entry (all threads) is printed too: on a shared machine it stays put when the
// wall-clock rate moves with the load.
// Usage: bench_log [--write N] [--entries N] [--runs N] [--dir DIR]

#include "core/log/logreader.h"
#include "core/log/requestlog.h"
#include "tests/bench/benchsupport.h"

#include <algorithm>
#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <sqlite3.h>
#include <sys/resource.h>
#include <thread>

using namespace studio;
using studio::bench::loadAverage;
using studio::bench::median;

namespace {

QTextStream out(stdout);

/// Product-like JSON bodies from a fixed vocabulary: realistic tokens for the search index and realistic
/// compressibility, deterministic across runs.
class Bodies final
{
public:
    Bodies()
        : m_random(42)
    {
        static const char* const syllables[] = {"ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "qua", "bri",
            "dor", "fen", "gal", "hum", "jet", "kor", "lun", "mar", "nox", "pel", "rin", "sol", "tar", "ulm", "ver"};
        for (int i = 0; i < 3000; ++i) {
            QByteArray word;
            for (int s = 0, n = 2 + int(m_random.bounded(3)); s < n; ++s)
                word += syllables[m_random.bounded(26)];
            m_words.append(word);
        }
    }

    QByteArray word() { return m_words[m_random.bounded(int(m_words.size()))]; }

    /// A JSON object of about `size` bytes.
    QByteArray product(qint64 id, int size)
    {
        QByteArray body = "{\"sku\":\"SKU-" + QByteArray::number(id) + "\",\"name\":\"" + word() + ' ' + word()
            + "\",\"price\":" + QByteArray::number(m_random.bounded(10000) / 100.0) + ",\"status\":1,"
            + "\"custom_attributes\":[";
        while (body.size() < size - 80) {
            body += "{\"attribute_code\":\"" + word() + "\",\"value\":\"" + word() + ' ' + word() + ' ' + word()
                + "\"},";
        }
        body.chop(1);
        body += "]}";
        return body;
    }

private:
    QRandomGenerator m_random;
    QByteArrayList m_words;
};

LogEntry makeEntry(qint64 i, Bodies& bodies, int bodySize, const QDateTime& t0)
{
    LogEntry e = bench::syntheticLogEntry(i, t0, [&] { return bodies.product(i, bodySize); });
    e.responseHeaders = {{"Content-Type", "application/json; charset=utf-8"}, {"X-Frame-Options", "SAMEORIGIN"}};
    return e;
}

qint64 filesBytes(const QString& path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

RequestLogOptions benchOptions()
{
    RequestLogOptions options;
    options.maxAgeDays = 0;
    options.maxTotalBytes = 0;
    return options;
}

/// CPU seconds (user and system, all threads) the process has used so far.
double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// "met" or "NOT met" for a value against an aim.
QString verdict(bool met)
{
    return met ? QStringLiteral("met") : QStringLiteral("NOT met");
}

/// Aims and whether they were met, for the summary at the end.
QStringList g_aims;

struct WriterRun
{
    double committedPerSecond = 0;
    double searchablePerSecond = 0;
    double bytesPerEntry = 0;
    double cpuUsPerEntry = 0; ///< CPU time of all threads until committed, per entry
};

WriterRun runWriter(const QString& path, const std::vector<LogEntry>& entries)
{
    QFile::remove(path);
    auto log = RequestLog::open(path, benchOptions());
    if (!log) {
        out << "cannot open " << path << ": " << log.error().toString() << Qt::endl;
        std::exit(1);
    }
    const qint64 n = qint64(entries.size());
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSeconds();
    for (const LogEntry& e : entries)
        log.value()->record(e);
    while (log.value()->stats().written + log.value()->stats().failed < n)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    const double committed = timer.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds() - cpuStart;
    if (auto status = log.value()->flush(); !status) {
        out << "write failed: " << status.error().toString() << Qt::endl;
        std::exit(1);
    }
    const double searchable = timer.nsecsElapsed() / 1e9;
    log.value()->close();
    return WriterRun {n / committed, n / searchable, double(filesBytes(path)) / n, cpu * 1e6 / n};
}

QByteArray sqlText(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    utf8.replace('\'', "''");
    return '\'' + utf8 + '\'';
}

QByteArray sqlText(const QByteArray& bytes)
{
    QByteArray copy = bytes;
    copy.replace('\'', "''");
    return '\'' + copy + '\'';
}

/// The same rows as plain INSERT statements in one transaction, for the sqlite3 shell.
void writePeerFiles(const QString& dir, const std::vector<LogEntry>& entries)
{
    QFile plain(dir + QStringLiteral("/peer-schema.sql"));
    plain.open(QIODevice::WriteOnly);
    plain.write("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;\n"
                "CREATE TABLE entries(id INTEGER PRIMARY KEY, started_at INTEGER, status INTEGER, status_class INTEGER,"
                " duration_ms INTEGER, attempt INTEGER, method TEXT, endpoint TEXT, environment TEXT, run_id TEXT,"
                " url TEXT, error TEXT, credential TEXT, request_headers TEXT, response_headers TEXT,"
                " request_body TEXT, response_body TEXT);\n"
                "CREATE INDEX entries_status ON entries(status_class, id);"
                "CREATE INDEX entries_endpoint ON entries(endpoint, id);"
                "CREATE INDEX entries_environment ON entries(environment, id);"
                "CREATE INDEX entries_run ON entries(run_id, id);"
                "CREATE INDEX entries_method ON entries(method, id);"
                "CREATE INDEX entries_time ON entries(started_at);\n");
    plain.close();
    QFile fts(dir + QStringLiteral("/peer-fts.sql"));
    fts.open(QIODevice::WriteOnly);
    fts.write("CREATE VIRTUAL TABLE entries_fts USING fts5(url, request_body, response_body, content='entries',"
              " content_rowid='id');\n"
              "CREATE TRIGGER entries_ai AFTER INSERT ON entries BEGIN INSERT INTO entries_fts(rowid, url,"
              " request_body, response_body) VALUES (new.id, new.url, new.request_body, new.response_body); END;\n");
    fts.close();
    QFile data(dir + QStringLiteral("/peer-data.sql"));
    data.open(QIODevice::WriteOnly);
    data.write("BEGIN;\n");
    qint64 id = 0;
    for (const LogEntry& e : entries) {
        QByteArray requestHeaders;
        for (const auto& [name, value] : e.requestHeaders)
            requestHeaders += name + ": " + value + "\r\n";
        QByteArray responseHeaders;
        for (const auto& [name, value] : e.responseHeaders)
            responseHeaders += name + ": " + value + "\r\n";
        data.write("INSERT INTO entries VALUES(" + QByteArray::number(++id) + ','
            + QByteArray::number(e.startedAt.toMSecsSinceEpoch()) + ',' + QByteArray::number(e.status) + ','
            + QByteArray::number(e.status / 100) + ',' + QByteArray::number(e.durationMs) + ','
            + QByteArray::number(e.attempt) + ',' + sqlText(e.method) + ',' + sqlText(e.endpointId) + ','
            + sqlText(e.environment) + ',' + sqlText(e.runId) + ',' + sqlText(e.url) + ',' + sqlText(e.error) + ','
            + sqlText(e.credentialFingerprint) + ',' + sqlText(requestHeaders) + ',' + sqlText(responseHeaders) + ','
            + sqlText(e.requestBody) + ',' + sqlText(e.responseBody) + ");\n");
    }
    data.write("COMMIT;\n");
}

/// Seconds the sqlite3 shell takes to run the files, or a negative number when it is not installed.
double runPeer(const QString& db, const QStringList& files)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty())
        return -1;
    QFile::remove(db);
    QFile::remove(db + QStringLiteral("-wal"));
    QStringList args {db};
    for (const QString& file : files)
        args.append(QStringLiteral(".read ") + file);
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(shell, args);
    process.waitForFinished(-1);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (process.exitCode() != 0) {
        out << "sqlite3 failed: " << process.readAllStandardError() << Qt::endl;
        return -1;
    }
    return seconds;
}

/// Median milliseconds of `runs` calls of `fn` (one warm-up call first).
template<typename Fn> double timeMs(int runs, Fn fn)
{
    fn();
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        fn();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    return median(times);
}

/// Runs one raw SQL query to completion on its own connection (the OFFSET and LIKE peers).
class RawQuery final
{
public:
    explicit RawQuery(const QString& path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_exec(m_db, "PRAGMA cache_size=-32768", nullptr, nullptr, nullptr);
    }
    ~RawQuery() { sqlite3_close(m_db); }
    qint64 rows(const QByteArray& sql)
    {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
            out << "peer query failed: " << sqlite3_errmsg(m_db) << Qt::endl;
            return -1;
        }
        qint64 n = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW)
            ++n;
        sqlite3_finalize(stmt);
        return n;
    }

private:
    sqlite3* m_db = nullptr;
};

void line(const QString& name, double value, const QString& unit, const QString& note = {})
{
    out << QStringLiteral("  %1 %2 %3").arg(name, -48).arg(value, 12, 'f', value < 10 ? 2 : 0).arg(unit, -10) << note
        << Qt::endl;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("write"), QStringLiteral("Entries per writer run (default 50000)."),
        QStringLiteral("N"), QStringLiteral("50000")});
    parser.addOption({QStringLiteral("entries"), QStringLiteral("Entries in the query database (default 1000000)."),
        QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("Writer runs (default 3)."), QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("dir"),
        QStringLiteral("Work folder; a query database found there with the right size is reused."),
        QStringLiteral("DIR")});
    parser.process(app);
    const qint64 writeCount = parser.value(QStringLiteral("write")).toLongLong();
    const qint64 queryCount = parser.value(QStringLiteral("entries")).toLongLong();
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    QTemporaryDir temporary;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temporary.path();
    QDir().mkpath(dir);
    const QDateTime t0(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);

#ifdef NDEBUG
    const QString build = QStringLiteral("optimised build");
#else
    const QString build = QStringLiteral("DEBUG build: numbers are not representative, use the release preset");
#endif
    out << "bench_log: request log (" << dir << "); " << build << "; " << std::thread::hardware_concurrency()
        << " cores, load average " << loadAverage() << Qt::endl;

    // 1. Writer throughput with 2 KB bodies.
    {
        Bodies bodies;
        std::vector<LogEntry> entries;
        entries.reserve(size_t(writeCount));
        for (qint64 i = 0; i < writeCount; ++i)
            entries.push_back(makeEntry(i, bodies, 2048, t0));
        QList<double> committed;
        QList<double> searchable;
        QList<double> bytes;
        QList<double> cpu;
        for (int run = 0; run < runs; ++run) {
            const WriterRun result = runWriter(dir + QStringLiteral("/writer.db"), entries);
            committed.append(result.committedPerSecond);
            searchable.append(result.searchablePerSecond);
            bytes.append(result.bytesPerEntry);
            cpu.append(result.cpuUsPerEntry);
            out << QStringLiteral("  run %1: committed %2/s, searchable %3/s, CPU %4 us per entry (load %5)")
                       .arg(run + 1)
                       .arg(result.committedPerSecond, 0, 'f', 0)
                       .arg(result.searchablePerSecond, 0, 'f', 0)
                       .arg(result.cpuUsPerEntry, 0, 'f', 1)
                       .arg(loadAverage())
                << Qt::endl;
        }
        writePeerFiles(dir, entries);
        QList<double> peerPlain;
        QList<double> peerFts;
        double peerPlainBytes = 0;
        double peerFtsBytes = 0;
        const QString peerDb = dir + QStringLiteral("/peer.db");
        for (int run = 0; run < runs; ++run) {
            const double plainSeconds
                = runPeer(peerDb, {dir + QStringLiteral("/peer-schema.sql"), dir + QStringLiteral("/peer-data.sql")});
            if (plainSeconds > 0)
                peerPlain.append(writeCount / plainSeconds);
            peerPlainBytes = double(filesBytes(peerDb)) / writeCount;
            const double ftsSeconds = runPeer(peerDb,
                {dir + QStringLiteral("/peer-schema.sql"), dir + QStringLiteral("/peer-fts.sql"),
                    dir + QStringLiteral("/peer-data.sql")});
            if (ftsSeconds > 0)
                peerFts.append(writeCount / ftsSeconds);
            peerFtsBytes = double(filesBytes(peerDb)) / writeCount;
        }
        out << Qt::endl
            << "Writer: " << writeCount << " entries, 2 KB response bodies (and 2 KB request bodies on "
            << "every 4th, a PUT), medians of " << runs << " runs" << Qt::endl;
        const bool writerMet = median(committed) >= 20000;
        line(QStringLiteral("committed (redacted, hashed, compressed)"), median(committed), QStringLiteral("entries/s"),
            QStringLiteral("aim >= 20000: ") + verdict(writerMet));
        g_aims << QStringLiteral("writer >= 20000 entries/s: %1 (%2/s)")
                      .arg(verdict(writerMet))
                      .arg(median(committed), 0, 'f', 0);
        line(QStringLiteral("CPU per committed entry (all threads)"), median(cpu), QStringLiteral("us"),
            QStringLiteral("= %1 entries/s per fully free core").arg(1e6 / median(cpu), 0, 'f', 0));
        line(QStringLiteral("searchable (full-text index caught up)"), median(searchable), QStringLiteral("entries/s"));
        line(QStringLiteral("database bytes per entry"), median(bytes), QStringLiteral("bytes"));
        if (!peerPlain.isEmpty()) {
            line(QStringLiteral("peer: sqlite3 shell, plain INSERTs, same indexes"), median(peerPlain),
                QStringLiteral("entries/s"));
            line(QStringLiteral("peer: same plus FTS5 of the same text"), median(peerFts), QStringLiteral("entries/s"));
            line(QStringLiteral("peer bytes per entry (plain / with FTS5)"), peerPlainBytes, QStringLiteral("bytes"),
                QStringLiteral("/ %1").arg(peerFtsBytes, 0, 'f', 0));
            out << QStringLiteral("  ratio committed / peer plain: %1   searchable / peer with FTS5: %2")
                       .arg(median(committed) / median(peerPlain), 0, 'f', 2)
                       .arg(median(searchable) / median(peerFts), 0, 'f', 2)
                << Qt::endl;
        } else {
            out << "  (no sqlite3 shell found: peer skipped)" << Qt::endl;
        }
        QFile::remove(dir + QStringLiteral("/peer-data.sql"));
        QFile::remove(peerDb);
    }

    // 2. Queries over a large log.
    const QString queryDb = dir + QStringLiteral("/query.db");
    bool reuse = false;
    if (QFileInfo::exists(queryDb)) {
        auto reader = LogReader::open(queryDb);
        reuse = reader && reader.value()->info() && reader.value()->info()->entries == queryCount
            && reader.value()->info()->searchIndexedThrough >= queryCount;
    }
    if (!reuse) {
        QFile::remove(queryDb);
        auto log = RequestLog::open(queryDb, benchOptions());
        if (!log) {
            out << log.error().toString() << Qt::endl;
            return 1;
        }
        Bodies bodies;
        QElapsedTimer timer;
        timer.start();
        for (qint64 i = 0; i < queryCount; ++i) {
            log.value()->record(makeEntry(i, bodies, 1024, t0));
            if (i % 20000 == 19999) {
                // Keep the queue (memory) bounded while building.
                while (log.value()->stats().written < i - 40000)
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        }
        if (auto status = log.value()->flush(); !status) {
            out << status.error().toString() << Qt::endl;
            return 1;
        }
        log.value()->close();
        out << Qt::endl
            << QStringLiteral("Built a %1-entry log (1 KB bodies) in %2 s: %3 entries/s sustained, searchable")
                   .arg(queryCount)
                   .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                   .arg(queryCount / (timer.elapsed() / 1000.0), 0, 'f', 0)
            << Qt::endl;
    }
    auto opened = LogReader::open(queryDb);
    if (!opened) {
        out << opened.error().toString() << Qt::endl;
        return 1;
    }
    LogReader& reader = *opened.value();
    const LogInfo info = reader.info().value();
    out << Qt::endl
        << "Queries over " << info.entries << " entries (" << info.fileBytes / (1024 * 1024) << " MB, "
        << info.fileBytes / qMax<qint64>(1, info.entries) << " bytes/entry), median of 7, page = 100 rows" << Qt::endl;
    const int queryRuns = 7;
    auto pageMs = [&](const LogFilter& filter, qint64 cursor = 0) {
        return timeMs(queryRuns, [&] { reader.page(filter, cursor, 100); });
    };
    auto countMs = [&](const LogFilter& filter) { return timeMs(queryRuns, [&] { reader.count(filter); }); };

    LogFilter none;
    LogFilter serverErrors;
    serverErrors.statusClasses = {StatusClass::ServerError};
    LogFilter erp;
    erp.endpoints = {QStringLiteral("erp")};
    LogFilter erpClientErrors = erp;
    erpClientErrors.statusClasses = {StatusClass::ClientError};
    LogFilter hour;
    hour.from = t0.addMSecs(info.lastId / 2 * 250);
    hour.to = hour.from.addSecs(3600);
    LogFilter rare;
    rare.text = QStringLiteral("zanzibar");
    LogFilter common;
    common.text = QStringLiteral("custom_attributes");
    const qint64 skuId = info.lastId / 3;
    LogFilter sku;
    sku.text = QStringLiteral("SKU-%1").arg(skuId);
    LogFilter success;
    success.statusClasses = {StatusClass::Success};

    // A query with an aim: printed with its verdict and kept for the summary.
    auto aimed = [&](const QString& name, double ms, double limit) {
        const bool met = ms < limit;
        line(name, ms, QStringLiteral("ms"), QStringLiteral("aim < %1: %2").arg(limit).arg(verdict(met)));
        g_aims << QStringLiteral("%1 < %2 ms: %3 (%4 ms)").arg(name).arg(limit).arg(verdict(met)).arg(ms, 0, 'f', 2);
    };
    const double first = pageMs(none);
    line(QStringLiteral("first page, no filter"), first, QStringLiteral("ms"));
    line(QStringLiteral("count, no filter"), countMs(none), QStringLiteral("ms"));
    const double status5 = pageMs(serverErrors);
    aimed(QStringLiteral("page: status 5xx"), status5, 100);
    line(QStringLiteral("count: status 5xx"), countMs(serverErrors), QStringLiteral("ms"));
    const double endpoint = pageMs(erp);
    aimed(QStringLiteral("page: endpoint"), endpoint, 100);
    line(QStringLiteral("count: endpoint"), countMs(erp), QStringLiteral("ms"));
    aimed(QStringLiteral("page: endpoint + 4xx"), pageMs(erpClientErrors), 100);
    line(QStringLiteral("count: endpoint + 4xx"), countMs(erpClientErrors), QStringLiteral("ms"));
    aimed(QStringLiteral("page: one hour"), pageMs(hour), 100);

    // Deep page: keyset against OFFSET at the same depth.
    const qint64 cursor = info.lastId / 2;
    LogFilter above = success;
    above.from = {};
    const double keyset = pageMs(success, cursor);
    RawQuery raw(queryDb);
    const qint64 depth
        = raw.rows("SELECT id FROM entries WHERE status_class = 2 AND id >= " + QByteArray::number(cursor));
    const QByteArray offsetSql
        = "SELECT id, started_at, method, url, status, duration_ms, endpoint, environment, run_id,"
          " request_size, response_size, attempt, error, flags FROM entries WHERE status_class = 2"
          " ORDER BY id DESC LIMIT 100 OFFSET "
        + QByteArray::number(depth);
    const double offset = timeMs(queryRuns, [&] { raw.rows(offsetSql); });
    aimed(QStringLiteral("page: 2xx in the middle (keyset)"), keyset, 100);
    line(QStringLiteral("peer: same page by OFFSET"), offset, QStringLiteral("ms"),
        QStringLiteral("ratio keyset/offset %1").arg(keyset / offset, 0, 'f', 3));

    const double rarePage = pageMs(rare);
    aimed(QStringLiteral("search page: rare word (1 in 10,000)"), rarePage, 300);
    line(QStringLiteral("search count: rare word"), countMs(rare), QStringLiteral("ms"));
    const double commonPage = pageMs(common);
    aimed(QStringLiteral("search page: word in every entry"), commonPage, 300);
    line(QStringLiteral("search count: word in every entry"), countMs(common), QStringLiteral("ms"));
    const double skuPage = pageMs(sku);
    const QByteArray likeSql
        = "SELECT id FROM entries WHERE url LIKE '%/SKU-" + QByteArray::number(skuId) + "' ORDER BY id DESC LIMIT 100";
    const double like = timeMs(3, [&] { raw.rows(likeSql); });
    aimed(QStringLiteral("search page: one SKU (phrase)"), skuPage, 300);
    line(QStringLiteral("peer: LIKE '%...' over URLs"), like, QStringLiteral("ms"),
        QStringLiteral("ratio search/LIKE %1").arg(skuPage / like, 0, 'f', 3));
    line(QStringLiteral("full entry by id (decompressed)"), timeMs(queryRuns, [&] { reader.entry(skuId); }),
        QStringLiteral("ms"));
    QElapsedTimer verifyTimer;
    verifyTimer.start();
    const AuditReport report = reader.verify();
    line(QStringLiteral("verify the audit chain"), verifyTimer.elapsed() / 1000.0, QStringLiteral("s"),
        report.ok() ? QStringLiteral("OK, %1 entries").arg(report.verified) : report.message);

    out << Qt::endl << "Aims (load average now " << loadAverage() << "):" << Qt::endl;
    for (const QString& aim : std::as_const(g_aims))
        out << "  " << aim << Qt::endl;
    return 0;
}
