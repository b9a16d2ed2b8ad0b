// bench_logbrowser: the log browser (ui/logs) over a request log of 1,000,000 entries, offscreen: time to the
// first rows, filter and full-text search latency (first rows and exact count), scrolling to random positions,
// and memory (peak RSS). Peers measured in the same run with the sqlite3 shell on the same file:
//  - first rows, filters, search: the equivalent SELECT of the first 100 rows (what the table shows first),
//    process start included — the shell's whole job versus the browser's time to rows on screen;
//  - exact counts: SELECT count(*) with the same condition;
//  - scrolling: LIMIT/OFFSET at the same depth (what a naive table model does), process start included.
// Usage: bench_logbrowser [--entries N] [--runs N] [--dir DIR]
//   A log found in DIR with N entries is reused (building 1,000,000 entries takes a few minutes).

#include "core/log/logreader.h"
#include "core/log/requestlog.h"
#include "tests/bench/benchsupport.h"
#include "ui/logs/logbrowserview.h"
#include "ui/logs/logtablemodel.h"

#include <algorithm>
#include <functional>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <thread>

using namespace studio;
using namespace studio::ui;
using studio::bench::median;
using studio::bench::memoryMb;

namespace {

QTextStream out(stdout);

double maximum(const QList<double>& values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

/// Entry i of the log (the same shape as bench_log's query database), with 1 KB product bodies.
LogEntry makeEntry(qint64 i, QRandomGenerator& random, const QByteArrayList& words, const QDateTime& t0)
{
    LogEntry e = bench::syntheticLogEntry(i, t0, [&]() -> QByteArray {
        QByteArray text = "{\"sku\":\"SKU-" + QByteArray::number(i) + "\",\"name\":\"" + words[random.bounded(3000)]
            + "\",\"custom_attributes\":[";
        while (text.size() < 1024 - 80)
            text += "{\"attribute_code\":\"" + words[random.bounded(3000)] + "\",\"value\":\""
                + words[random.bounded(3000)] + ' ' + words[random.bounded(3000)] + "\"},";
        text.chop(1);
        text += "]}";
        return text;
    });
    e.responseHeaders = {{"Content-Type", "application/json; charset=utf-8"}};
    return e;
}

bool buildLog(const QString& path, qint64 count)
{
    QFile::remove(path);
    RequestLogOptions options;
    options.maxAgeDays = 0;
    options.maxTotalBytes = 0;
    auto log = RequestLog::open(path, options);
    if (!log) {
        out << log.error().toString() << Qt::endl;
        return false;
    }
    QRandomGenerator random(42);
    static const char* const syllables[] = {"ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "qua", "bri", "dor",
        "fen", "gal", "hum", "jet", "kor", "lun", "mar", "nox", "pel", "rin", "sol", "tar", "ulm", "ver"};
    QByteArrayList words;
    for (int w = 0; w < 3000; ++w) {
        QByteArray word;
        for (int s = 0, n = 2 + int(random.bounded(3)); s < n; ++s)
            word += syllables[random.bounded(26)];
        words.append(word);
    }
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addMSecs(-count * 250);
    QElapsedTimer timer;
    timer.start();
    for (qint64 i = 0; i < count; ++i) {
        log.value()->record(makeEntry(i, random, words, t0));
        if (i % 20000 == 19999) {
            while (log.value()->stats().written < i - 40000)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            out << "\r  writing: " << i + 1 << " entries" << Qt::flush;
        }
    }
    if (Status status = log.value()->flush(); !status) {
        out << status.error().toString() << Qt::endl;
        return false;
    }
    log.value()->close();
    out << QStringLiteral("\r  built %1 entries in %2 s").arg(count).arg(timer.elapsed() / 1000.0, 0, 'f', 1)
        << Qt::endl;
    return true;
}

/// Runs the event loop until `done` holds (checked every millisecond) or `timeoutMs` passed; returns the
/// milliseconds it took, or -1 on timeout.
double waitUntil(const std::function<bool()>& done, int timeoutMs = 120000)
{
    QElapsedTimer timer;
    timer.start();
    if (done())
        return timer.nsecsElapsed() / 1e6;
    QEventLoop loop;
    QTimer check;
    check.setInterval(1);
    double result = -1;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done()) {
            result = timer.nsecsElapsed() / 1e6;
            loop.quit();
        } else if (timer.elapsed() > timeoutMs) {
            loop.quit();
        }
    });
    check.start();
    loop.exec();
    return result;
}

/// True when every row the table shows has its summary loaded.
bool visibleRowsLoaded(QTableView* table, LogTableModel* model)
{
    if (model->isLoading())
        return false;
    if (model->rowCount() == 0)
        return true;
    const int first = qMax(0, table->rowAt(0));
    int last = table->rowAt(table->viewport()->height() - 1);
    if (last < 0)
        last = model->rowCount() - 1;
    for (int row = first; row <= last; ++row) {
        if (!model->summaryAt(row))
            return false;
    }
    return true;
}

/// Milliseconds the sqlite3 shell takes for `sql` on the log (process start included), or -1.
double shellMs(const QString& shell, const QString& db, const QString& sql)
{
    if (shell.isEmpty())
        return -1;
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(shell, {QStringLiteral("-readonly"), db, sql});
    process.waitForFinished(-1);
    const double ms = timer.nsecsElapsed() / 1e6;
    if (process.exitCode() != 0) {
        out << "  sqlite3 failed: " << process.readAllStandardError() << Qt::endl;
        return -1;
    }
    return ms;
}

double shellMedianMs(const QString& shell, const QString& db, const QString& sql, int runs)
{
    QList<double> times;
    shellMs(shell, db, sql); // warm-up
    for (int i = 0; i < runs; ++i)
        times.append(shellMs(shell, db, sql));
    return median(times);
}

void line(const QString& name, double value, const QString& unit, const QString& note = {})
{
    out << QStringLiteral("  %1 %2 %3").arg(name, -52).arg(value, 10, 'f', value < 10 ? 2 : 0).arg(unit, -4) << note
        << Qt::endl;
}

QString ratio(double ours, double peer)
{
    if (peer <= 0)
        return QString();
    return QStringLiteral("ratio %1").arg(ours / peer, 0, 'f', 2);
}

const QString Columns = QStringLiteral("e.id, e.started_at, e.method, e.url, e.status, e.duration_ms, e.endpoint, "
                                       "e.environment, e.run_id, e.request_size, e.response_size, e.attempt, e.error, "
                                       "e.flags");

struct FilterCase
{
    QString name;
    LogFilter filter;
    QString where; ///< the peer's condition
    bool text = false;
};

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("entries"), QStringLiteral("Entries in the log (default 1000000)."),
        QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Repetitions per measurement (default 7)."),
        QStringLiteral("N"), QStringLiteral("7")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Work folder; a log there with the right size is reused."),
        QStringLiteral("DIR")});
    const QCommandLineOption buildOnly(QStringLiteral("build-only"), QStringLiteral("Only write the log (internal)."));
    parser.addOption(buildOnly);
    parser.process(app);
    const qint64 entries = parser.value(QStringLiteral("entries")).toLongLong();
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    QTemporaryDir temporary;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temporary.path();
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("browser.db"));
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));

    out << "bench_logbrowser: log browser over " << entries << " entries (" << dir << ")" << Qt::endl;
    bool reuse = false;
    if (QFileInfo::exists(path)) {
        auto reader = LogReader::open(path);
        reuse = reader && reader.value()->info() && reader.value()->info()->entries == entries
            && reader.value()->info()->searchIndexedThrough >= entries;
    }
    if (parser.isSet(buildOnly))
        return reuse || buildLog(path, entries) ? 0 : 1;
    if (!reuse) {
        // In a child process, so that the writer's memory does not count as the browser's peak.
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--build-only"), QStringLiteral("--entries"), QString::number(entries),
                QStringLiteral("--dir"), dir});
        child.waitForFinished(-1);
        if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
            return 1;
    }
    const double baseline = memoryMb("VmRSS:", -1);
    out << QStringLiteral("  log file %1 MB; process RSS before the browser %2 MB")
               .arg((QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) / (1024 * 1024))
               .arg(baseline, 0, 'f', 0)
        << Qt::endl;
    if (shell.isEmpty())
        out << "  (no sqlite3 shell found: peers skipped)" << Qt::endl;

    // 1. Opening: time until the count is known and until the rows on screen are filled in.
    QList<double> readyTimes;
    QList<double> firstRows;
    for (int run = 0; run < runs; ++run) {
        LogBrowserView view;
        view.resize(1400, 900);
        view.show();
        QElapsedTimer timer;
        timer.start();
        view.setLogPath(path);
        LogTableModel* model = view.model();
        waitUntil([&] { return !model->isLoading(); });
        readyTimes.append(timer.nsecsElapsed() / 1e6);
        waitUntil([&] { return visibleRowsLoaded(view.table(), model); });
        firstRows.append(timer.nsecsElapsed() / 1e6);
        if (model->rowCount() != entries) {
            out << "unexpected row count " << model->rowCount() << Qt::endl;
            return 1;
        }
    }
    const double peerFirst = shellMedianMs(
        shell, path, QStringLiteral("SELECT %1 FROM entries e ORDER BY e.id DESC LIMIT 100;").arg(Columns), runs);
    out << Qt::endl << "Opening the browser (medians of " << runs << "; first run in brackets)" << Qt::endl;
    line(QStringLiteral("count known (rows in the table)"), median(readyTimes), QStringLiteral("ms"),
        QStringLiteral("[%1]").arg(readyTimes.first(), 0, 'f', 1));
    line(QStringLiteral("first rows on screen"), median(firstRows), QStringLiteral("ms"),
        QStringLiteral("[%1] aim < 1000").arg(firstRows.first(), 0, 'f', 1));
    if (peerFirst > 0)
        line(QStringLiteral("peer: sqlite3 shell, first 100 rows"), peerFirst, QStringLiteral("ms"),
            ratio(median(firstRows), peerFirst));

    // One browser for the rest, as a user keeps it open.
    LogBrowserView view;
    view.resize(1400, 900);
    view.show();
    view.setLogPath(path);
    LogTableModel* model = view.model();
    QTableView* table = view.table();
    waitUntil([&] { return visibleRowsLoaded(table, model); });

    // 2. Filters and search: time to the first rows on screen and to the exact count.
    const auto since = [](qint64 seconds) {
        LogFilter f;
        f.from = QDateTime::currentDateTimeUtc().addSecs(-seconds);
        return f;
    };
    LogFilter serverErrors;
    serverErrors.statusClasses = {StatusClass::ServerError};
    LogFilter erp;
    erp.endpoints = {QStringLiteral("erp")};
    LogFilter erpClient = erp;
    erpClient.statusClasses = {StatusClass::ClientError};
    LogFilter puts;
    puts.methods = {"PUT"};
    LogFilter staging;
    staging.environments = {QStringLiteral("staging")};
    LogFilter run;
    run.runIds = {QStringLiteral("run-%1").arg(entries / 5000 / 2)};
    LogFilter failed;
    failed.statusClasses = {StatusClass::NoResponse};
    LogFilter rare;
    rare.text = QStringLiteral("zanzibar");
    LogFilter sku;
    sku.text = QStringLiteral("SKU-%1").arg(entries / 3);
    LogFilter common;
    common.text = QStringLiteral("custom_attributes");
    LogFilter fiveHundred = serverErrors;
    fiveHundred.text = QStringLiteral("zanzibar");
    const qint64 nowMs = QDateTime::currentDateTimeUtc().toMSecsSinceEpoch();
    const QList<FilterCase> cases {
        {QStringLiteral("status 5xx"), serverErrors, QStringLiteral("e.status_class IN (5)")},
        {QStringLiteral("transport errors"), failed, QStringLiteral("e.status_class IN (0)")},
        {QStringLiteral("endpoint"), erp, QStringLiteral("e.endpoint IN ('erp')")},
        {QStringLiteral("endpoint + 4xx"), erpClient,
            QStringLiteral("e.status_class IN (4) AND e.endpoint IN ('erp')")},
        {QStringLiteral("method PUT"), puts, QStringLiteral("e.method IN ('PUT')")},
        {QStringLiteral("environment"), staging, QStringLiteral("e.environment IN ('staging')")},
        {QStringLiteral("run id"), run, QStringLiteral("e.run_id IN ('%1')").arg(run.runIds.first())},
        {QStringLiteral("last hour"), since(3600), QStringLiteral("e.started_at >= %1").arg(nowMs - 3600 * 1000)},
        {QStringLiteral("last 24 hours"), since(86400), QStringLiteral("e.started_at >= %1").arg(nowMs - 86400000)},
        {QStringLiteral("last 7 days (every entry)"), since(7 * 86400),
            QStringLiteral("e.started_at >= %1").arg(nowMs - 7 * 86400000LL)},
        {QStringLiteral("search: rare word"), rare, QStringLiteral("entries_fts MATCH '\"zanzibar\"'"), true},
        {QStringLiteral("search: one SKU (phrase)"), sku, QStringLiteral("entries_fts MATCH '\"%1\"'").arg(sku.text),
            true},
        {QStringLiteral("search: word in every entry"), common,
            QStringLiteral("entries_fts MATCH '\"custom_attributes\"'"), true},
        {QStringLiteral("search + 5xx"), fiveHundred,
            QStringLiteral("entries_fts MATCH '\"zanzibar\"' AND e.status_class IN (5)"), true},
    };
    out << Qt::endl
        << "Filters and search: first rows on screen / exact count, medians of " << runs
        << " (peer: sqlite3 shell, first 100 rows / count)" << Qt::endl;
    QList<double> allFirst;
    QList<double> textFirst;
    for (const FilterCase& c : cases) {
        QList<double> first;
        QList<double> exact;
        qint64 matches = 0;
        bool counted = true;
        for (int r = 0; r < runs + 1; ++r) {
            model->setFilter(LogFilter());
            waitUntil([&] { return visibleRowsLoaded(table, model); });
            QElapsedTimer timer;
            timer.start();
            model->setFilter(c.filter);
            waitUntil([&] { return visibleRowsLoaded(table, model); });
            const double firstMs = timer.nsecsElapsed() / 1e6;
            const double exactMs = waitUntil([&] { return model->isCountExact(); }, 60000);
            if (r == 0)
                continue; // warm-up
            first.append(firstMs);
            if (exactMs < 0)
                counted = false;
            else
                exact.append(firstMs + exactMs);
            matches = model->matchCount();
        }
        const QString from = c.text
            ? QStringLiteral(" FROM entries_fts CROSS JOIN entries e ON e.id = entries_fts.rowid")
            : QStringLiteral(" FROM entries e");
        const QString order = c.text ? QStringLiteral("entries_fts.rowid") : QStringLiteral("e.id");
        const double peerRows = shellMedianMs(shell, path,
            QStringLiteral("SELECT %1%2 WHERE %3 ORDER BY %4 DESC LIMIT 100;").arg(Columns, from, c.where, order),
            runs);
        const double peerCount
            = shellMedianMs(shell, path, QStringLiteral("SELECT count(*)%1 WHERE %2;").arg(from, c.where), runs);
        const double firstMedian = median(first);
        allFirst.append(firstMedian);
        if (c.text)
            textFirst.append(firstMedian);
        out << QStringLiteral("  %1 %2 ms  %3  (%4 matches)  peer %5 / %6 ms  %7")
                   .arg(c.name, -30)
                   .arg(firstMedian, 8, 'f', 1)
                   .arg(counted ? QStringLiteral("%1 ms").arg(median(exact), 8, 'f', 1) : QStringLiteral("> 60 s   "))
                   .arg(matches)
                   .arg(peerRows, 0, 'f', 1)
                   .arg(peerCount, 0, 'f', 1)
                   .arg(ratio(firstMedian, peerRows))
            << Qt::endl;
    }
    line(QStringLiteral("median over the filters, first rows on screen"), median(allFirst), QStringLiteral("ms"),
        QStringLiteral("aim < 200; worst %1 ms").arg(maximum(allFirst), 0, 'f', 1));
    line(QStringLiteral("median over the searches, first rows on screen"), median(textFirst), QStringLiteral("ms"),
        QStringLiteral("worst %1 ms").arg(maximum(textFirst), 0, 'f', 1));

    // 3. Scrolling to random positions, unfiltered and under a filter that keeps most entries.
    out << Qt::endl << "Scrolling to random positions (time until the rows on screen are filled in)" << Qt::endl;
    QRandomGenerator random(7);
    for (int pass = 0; pass < 2; ++pass) {
        LogFilter filter;
        if (pass == 1)
            filter.statusClasses = {StatusClass::Success};
        model->setFilter(filter);
        waitUntil([&] { return visibleRowsLoaded(table, model) && model->isCountExact(); });
        QList<double> times;
        QList<int> rows;
        for (int i = 0; i < 50; ++i) {
            const int row = int(random.bounded(model->rowCount()));
            rows.append(row);
            QElapsedTimer timer;
            timer.start();
            table->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtCenter);
            waitUntil([&] { return visibleRowsLoaded(table, model); });
            times.append(timer.nsecsElapsed() / 1e6);
        }
        QList<double> peer;
        for (int i = 0; i < qMin(runs, 7); ++i) {
            const QString where = pass == 1 ? QStringLiteral(" WHERE e.status_class IN (2)") : QString();
            peer.append(shellMs(shell, path,
                QStringLiteral("SELECT %1 FROM entries e%2 ORDER BY e.id DESC LIMIT 50 OFFSET %3;")
                    .arg(Columns, where)
                    .arg(rows.at(i))));
        }
        const QString name = pass == 0 ? QStringLiteral("no filter (%1 rows)").arg(model->rowCount())
                                       : QStringLiteral("status 2xx (%1 rows)").arg(model->rowCount());
        line(QStringLiteral("%1, median of 50").arg(name), median(times), QStringLiteral("ms"),
            QStringLiteral("max %1 ms; peer LIMIT/OFFSET %2 ms, %3")
                .arg(maximum(times), 0, 'f', 1)
                .arg(median(peer), 0, 'f', 1)
                .arg(ratio(median(times), median(peer))));
    }
    out << QStringLiteral("  summaries cached: %1 rows").arg(model->cachedRows()) << Qt::endl;

    out << Qt::endl << "Memory" << Qt::endl;
    line(QStringLiteral("peak RSS of the whole run (VmHWM)"), memoryMb("VmHWM:", -1), QStringLiteral("MB"),
        QStringLiteral("aim < 300"));
    line(QStringLiteral("RSS now"), memoryMb("VmRSS:", -1), QStringLiteral("MB"),
        QStringLiteral("before the browser: %1 MB").arg(baseline, 0, 'f', 0));
    return 0;
}
