#include "core/log/logreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <sqlite3.h>
#include <variant>
#include <vector>

namespace studio {

using namespace logstore;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("LogReader", text);
}

using Param = std::variant<qint64, QString, QByteArray>;

/// WHERE conditions for a filter, with their parameters in order.
struct Conditions
{
    QStringList sql;
    std::vector<Param> params;
    bool text = false;
};

template<typename List, typename ToParam>
void addIn(Conditions& c, const char* column, const List& values, ToParam toParam)
{
    if (values.isEmpty())
        return;
    QString in = QLatin1String(column) + QStringLiteral(" IN (");
    for (qsizetype i = 0; i < values.size(); ++i) {
        in += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
        c.params.push_back(toParam(values[i]));
    }
    c.sql.append(in + u')');
}

Conditions conditionsFor(const LogFilter& f)
{
    Conditions c;
    const QString expression = LogReader::searchExpression(f.text);
    if (!expression.isEmpty()) {
        c.text = true;
        c.sql.append(QStringLiteral("entries_fts MATCH ?"));
        c.params.push_back(expression);
    }
    addIn(c, "e.status_class", f.statusClasses, [](StatusClass s) { return Param(qint64(s)); });
    addIn(c, "e.status", f.statuses, [](int s) { return Param(qint64(s)); });
    addIn(c, "e.method", f.methods, [](const QByteArray& m) { return Param(m.toUpper()); });
    addIn(c, "e.endpoint", f.endpoints, [](const QString& v) { return Param(v); });
    addIn(c, "e.environment", f.environments, [](const QString& v) { return Param(v); });
    addIn(c, "e.run_id", f.runIds, [](const QString& v) { return Param(v); });
    if (f.from.isValid()) {
        c.sql.append(QStringLiteral("e.started_at >= ?"));
        c.params.push_back(f.from.toMSecsSinceEpoch());
    }
    if (f.to.isValid()) {
        c.sql.append(QStringLiteral("e.started_at < ?"));
        c.params.push_back(f.to.toMSecsSinceEpoch());
    }
    return c;
}

QString fromClause(const Conditions& c)
{
    // Text search drives the query: FTS5 hands out matching rowids in order, so a page stops early.
    return c.text ? QStringLiteral(" FROM entries_fts CROSS JOIN entries e ON e.id = entries_fts.rowid")
                  : QStringLiteral(" FROM entries e");
}

void bindAll(Statement& statement, const std::vector<Param>& params)
{
    int index = 1;
    for (const Param& param : params) {
        if (const auto* number = std::get_if<qint64>(&param))
            statement.bind(index, *number);
        else if (const auto* text = std::get_if<QString>(&param))
            statement.bind(index, *text);
        else
            statement.bindText(index, std::get<QByteArray>(param));
        ++index;
    }
}

QString isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : tr("unknown time");
}

} // namespace

LogReader::~LogReader() = default;

Result<std::unique_ptr<LogReader>> LogReader::open(const QString& path)
{
    std::unique_ptr<LogReader> reader(new LogReader());
    if (auto status = reader->m_db.open(path, false, false); !status)
        return status.error();
    Statement version(reader->m_db, "PRAGMA user_version");
    if (!version.step())
        return reader->m_db.lastError(tr("reading the log"));
    if (version.integer(0) != SchemaVersion)
        return Error {tr("%1 is not a request log this version of Integration Studio can read (format %2, expected "
                         "%3).")
                          .arg(path)
                          .arg(version.integer(0))
                          .arg(SchemaVersion),
            path};
    if (auto status = configureConnection(reader->m_db, false); !status)
        return status.error();
    if (auto status = reader->m_db.exec("PRAGMA query_only=ON"); !status)
        return status.error();
    return reader;
}

QString LogReader::searchExpression(const QString& text)
{
    QStringList terms;
    QString current;
    bool quoted = false;
    auto finish = [&](bool phrase) {
        QString term = current.trimmed();
        current.clear();
        if (term.isEmpty())
            return;
        bool prefix = false;
        if (!phrase && term.endsWith(u'*')) {
            prefix = true;
            term.chop(1);
        }
        bool hasWordCharacter = false;
        for (const QChar c : std::as_const(term))
            hasWordCharacter = hasWordCharacter || c.isLetterOrNumber();
        if (!hasWordCharacter)
            return; // punctuation alone is not indexed
        term.replace(u'"', QStringLiteral("\"\""));
        terms.append(u'"' + term + u'"' + (prefix ? QStringLiteral("*") : QString()));
    };
    for (const QChar c : text) {
        if (c == u'"') {
            finish(quoted);
            quoted = !quoted;
        } else if (c.isSpace() && !quoted) {
            finish(false);
        } else {
            current.append(c);
        }
    }
    finish(quoted);
    return terms.join(u' ');
}

Result<qint64> LogReader::count(const LogFilter& filter, qint64 cap)
{
    Conditions c = conditionsFor(filter);
    QString sql = QStringLiteral("SELECT count(*)") + fromClause(c);
    if (!c.sql.isEmpty())
        sql += QStringLiteral(" WHERE ") + c.sql.join(QStringLiteral(" AND "));
    if (cap > 0) {
        sql = QStringLiteral("SELECT count(*) FROM (SELECT 1") + fromClause(c)
            + (c.sql.isEmpty() ? QString() : QStringLiteral(" WHERE ") + c.sql.join(QStringLiteral(" AND ")))
            + QStringLiteral(" LIMIT ?)");
        c.params.push_back(cap);
    }
    Statement query(m_db, sql.toUtf8().constData());
    bindAll(query, c.params);
    if (!query.step())
        return m_db.lastError(tr("counting entries"));
    return query.integer(0);
}

Result<QList<LogSummary>> LogReader::page(const LogFilter& filter, qint64 cursor, int limit, LogOrder order)
{
    Conditions c = conditionsFor(filter);
    const bool newest = order == LogOrder::NewestFirst;
    const QString id = c.text ? QStringLiteral("entries_fts.rowid") : QStringLiteral("e.id");
    if (cursor > 0) {
        c.sql.append(id + (newest ? QStringLiteral(" < ?") : QStringLiteral(" > ?")));
        c.params.push_back(cursor);
    }
    QString sql = QStringLiteral("SELECT e.id, e.started_at, e.method, e.url, e.status, e.duration_ms, e.endpoint, "
                                 "e.environment, e.run_id, e.request_size, e.response_size, e.attempt, e.error, "
                                 "e.flags")
        + fromClause(c);
    if (!c.sql.isEmpty())
        sql += QStringLiteral(" WHERE ") + c.sql.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ") + id + (newest ? QStringLiteral(" DESC") : QStringLiteral(" ASC"))
        + QStringLiteral(" LIMIT ?");
    c.params.push_back(qint64(qMax(0, limit)));
    Statement query(m_db, sql.toUtf8().constData());
    bindAll(query, c.params);
    QList<LogSummary> rows;
    rows.reserve(qMax(0, limit));
    while (query.step()) {
        LogSummary s;
        s.id = query.integer(0);
        s.startedAt = QDateTime::fromMSecsSinceEpoch(query.integer(1), Qt::UTC);
        s.method = query.bytes(2);
        s.url = query.text(3);
        s.status = int(query.integer(4));
        s.durationMs = query.integer(5);
        s.endpointId = query.text(6);
        s.environment = query.text(7);
        s.runId = query.text(8);
        s.requestSize = query.integer(9);
        s.responseSize = query.integer(10);
        s.attempt = int(query.integer(11));
        s.error = query.text(12);
        s.truncated = query.integer(13) & (RequestTruncated | ResponseTruncated);
        rows.append(std::move(s));
    }
    if (query.failed())
        return m_db.lastError(tr("reading entries"));
    return rows;
}

Result<QList<qint64>> LogReader::ids(const LogFilter& filter, qint64 cursor, int limit, LogOrder order)
{
    Conditions c = conditionsFor(filter);
    const bool newest = order == LogOrder::NewestFirst;
    const QString id = c.text ? QStringLiteral("entries_fts.rowid") : QStringLiteral("e.id");
    if (cursor > 0) {
        c.sql.append(id + (newest ? QStringLiteral(" < ?") : QStringLiteral(" > ?")));
        c.params.push_back(cursor);
    }
    QString sql = QStringLiteral("SELECT e.id") + fromClause(c);
    if (!c.sql.isEmpty())
        sql += QStringLiteral(" WHERE ") + c.sql.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ") + id + (newest ? QStringLiteral(" DESC") : QStringLiteral(" ASC"))
        + QStringLiteral(" LIMIT ?");
    c.params.push_back(qint64(qMax(0, limit)));
    Statement query(m_db, sql.toUtf8().constData());
    bindAll(query, c.params);
    QList<qint64> result;
    while (query.step())
        result.append(query.integer(0));
    if (query.failed())
        return m_db.lastError(tr("reading entries"));
    return result;
}

Result<LogEntry> LogReader::entry(qint64 id, QByteArray* hash)
{
    const QByteArray sql = QByteArray("SELECT ") + entryColumns() + " FROM entries WHERE id = ?1";
    Statement query(m_db, sql.constData());
    query.bind(1, id);
    if (query.step())
        return entryFromRow(query, nullptr, hash);
    if (query.failed())
        return m_db.lastError(tr("reading entry %1").arg(id));
    return Error {tr("The request log has no entry %1 (it may have been pruned).").arg(id), m_db.path()};
}

Result<QStringList> LogReader::distinct(const char* column)
{
    // One index seek per distinct value instead of a scan of every entry.
    const QByteArray first = QByteArray("SELECT min(") + column + ") FROM entries";
    const QByteArray next = QByteArray("SELECT min(") + column + ") FROM entries WHERE " + column + " > ?1";
    Statement firstQuery(m_db, first.constData());
    Statement nextQuery(m_db, next.constData());
    QStringList values;
    if (!firstQuery.step())
        return m_db.lastError(tr("listing values"));
    if (firstQuery.isNull(0))
        return values;
    QString value = firstQuery.text(0);
    for (int guard = 0; guard < 100000; ++guard) {
        values.append(value);
        nextQuery.reset();
        nextQuery.bind(1, value);
        if (!nextQuery.step() || nextQuery.isNull(0))
            break;
        value = nextQuery.text(0);
    }
    if (nextQuery.failed())
        return m_db.lastError(tr("listing values"));
    return values;
}

Result<QStringList> LogReader::endpoints()
{
    return distinct("endpoint");
}

Result<QStringList> LogReader::environments()
{
    return distinct("environment");
}

Result<QStringList> LogReader::runIds()
{
    return distinct("run_id");
}

Result<QByteArrayList> LogReader::methods()
{
    auto values = distinct("method");
    if (!values)
        return values.error();
    QByteArrayList result;
    for (const QString& value : values.value())
        result.append(value.toUtf8());
    return result;
}

Result<LogInfo> LogReader::info()
{
    LogInfo info;
    Statement counts(m_db, "SELECT count(*), coalesce(min(id), 0), coalesce(max(id), 0) FROM entries");
    if (!counts.step())
        return m_db.lastError(tr("counting entries"));
    info.entries = counts.integer(0);
    info.firstId = counts.integer(1);
    info.lastId = counts.integer(2);
    info.searchIndexedThrough = metaInteger(m_db, "search_through", 0);
    Statement anchor(m_db, "SELECT through_id FROM anchors ORDER BY seq DESC LIMIT 1");
    if (anchor.step())
        info.prunedThrough = anchor.integer(0);
    info.fileBytes = QFileInfo(m_db.path()).size() + QFileInfo(m_db.path() + QStringLiteral("-wal")).size();
    return info;
}

AuditReport LogReader::verify(const std::function<bool(qint64, qint64)>& progress)
{
    AuditReport report;
    auto unreadable = [&](const QString& doing) {
        report.problem = AuditReport::Problem::Unreadable;
        report.message = m_db.lastError(doing).message;
        return report;
    };
    // A consistent snapshot: the writer may go on meanwhile.
    if (auto status = m_db.exec("BEGIN"); !status) {
        report.problem = AuditReport::Problem::Unreadable;
        report.message = status.error().message;
        return report;
    }
    struct EndTransaction
    {
        Database& db;
        ~EndTransaction() { db.exec("COMMIT"); }
    } endTransaction {m_db};

    qint64 expectedId = 1;
    QByteArray expectedPrevious(HashSize, '\0');
    Statement anchor(m_db, "SELECT through_id, hash FROM anchors ORDER BY seq DESC LIMIT 1");
    if (anchor.step()) {
        report.startsAfterId = anchor.integer(0);
        expectedId = report.startsAfterId + 1;
        expectedPrevious = anchor.bytes(1);
    } else if (anchor.failed()) {
        return unreadable(tr("reading the pruning anchor"));
    }
    Statement total(m_db, "SELECT count(*) FROM entries");
    const qint64 totalEntries = total.step() ? total.integer(0) : 0;
    const qint64 headId = metaInteger(m_db, "head_id", 0);
    const QByteArray headHash = metaBlob(m_db, "head_hash");

    const QByteArray sql = QByteArray("SELECT ") + entryColumns() + " FROM entries ORDER BY id";
    Statement rows(m_db, sql.constData());
    QDateTime previousTime;
    qint64 previousId = report.startsAfterId;
    QByteArray previousHash = expectedPrevious;
    while (rows.step()) {
        QByteArray storedPrevious;
        QByteArray storedHash;
        const LogEntry e = entryFromRow(rows, &storedPrevious, &storedHash);
        const QByteArray computed = chainHash(storedPrevious, canonicalContent(e));
        auto fail = [&](AuditReport::Problem problem, qint64 id, const QDateTime& time, const QString& message) {
            report.problem = problem;
            report.firstBadId = id;
            report.firstBadTime = time;
            report.message = message;
            return report;
        };
        if (e.id < expectedId)
            return fail(AuditReport::Problem::Altered, e.id, e.startedAt,
                tr("Entry %1 (%2) lies before the pruning anchor at entry %3: the anchor or the entry was altered.")
                    .arg(e.id)
                    .arg(isoTime(e.startedAt))
                    .arg(report.startsAfterId));
        if (e.id > expectedId) {
            const QString range = e.id - 1 > expectedId ? QStringLiteral("%1-%2").arg(expectedId).arg(e.id - 1)
                                                        : QString::number(expectedId);
            return fail(AuditReport::Problem::Missing, expectedId, previousTime,
                tr("Entry %1 is missing: entries %2 were deleted (the entry before them started %3, the one after "
                   "%4).")
                    .arg(expectedId)
                    .arg(range, isoTime(previousTime), isoTime(e.startedAt)));
        }
        if (storedPrevious != previousHash) {
            if (computed == storedHash && previousId > report.startsAfterId) {
                --report.verified; // the previous entry only looked right
                return fail(AuditReport::Problem::Altered, previousId, previousTime,
                    tr("Entry %1 (%2) was altered and its hash recomputed: entry %3 still links to its original "
                       "hash.")
                        .arg(previousId)
                        .arg(isoTime(previousTime))
                        .arg(e.id));
            }
            if (computed == storedHash)
                return fail(AuditReport::Problem::Altered, e.id, e.startedAt,
                    tr("Entry %1 (%2) does not link to the pruning anchor: the anchor or the entry was altered.")
                        .arg(e.id)
                        .arg(isoTime(e.startedAt)));
        }
        if (computed != storedHash) {
            // Content of another entry under this id (rows swapped)? Its hash would chain from that entry's
            // predecessor and cover that entry's id.
            Statement origin(m_db, "SELECT id FROM entries WHERE hash = ?1");
            origin.bindBlob(1, storedPrevious);
            qint64 originalId = 0;
            if (origin.step())
                originalId = origin.integer(0) + 1;
            else if (storedPrevious == QByteArray(HashSize, '\0'))
                originalId = 1;
            if (originalId > 0 && originalId != e.id) {
                LogEntry moved = e;
                moved.id = originalId;
                if (chainHash(storedPrevious, canonicalContent(moved)) == storedHash)
                    return fail(AuditReport::Problem::Reordered, e.id, e.startedAt,
                        tr("Entry %1 (%2) holds the content of entry %3: entries were reordered.")
                            .arg(e.id)
                            .arg(isoTime(e.startedAt))
                            .arg(originalId));
            }
            return fail(AuditReport::Problem::Altered, e.id, e.startedAt,
                tr("Entry %1 (%2) was altered: its content does not match its hash.")
                    .arg(e.id)
                    .arg(isoTime(e.startedAt)));
        }
        ++report.verified;
        ++expectedId;
        previousId = e.id;
        previousTime = e.startedAt;
        previousHash = storedHash;
        if (progress && report.verified % 1000 == 0 && !progress(report.verified, totalEntries)) {
            report.problem = AuditReport::Problem::Unreadable;
            report.message = tr("Verification was stopped after %1 entries.").arg(report.verified);
            return report;
        }
    }
    if (rows.failed())
        return unreadable(tr("reading entries"));
    if (headId > previousId) {
        report.problem = AuditReport::Problem::Missing;
        report.firstBadId = previousId + 1;
        report.firstBadTime = previousTime;
        report.message = tr("Entry %1 is missing: the newest entries %1-%2 were deleted (the last one left started "
                            "%3).")
                             .arg(previousId + 1)
                             .arg(headId)
                             .arg(isoTime(previousTime));
    } else if (headId == previousId && previousId > report.startsAfterId && !headHash.isEmpty()
        && headHash != previousHash) {
        --report.verified;
        report.problem = AuditReport::Problem::Altered;
        report.firstBadId = previousId;
        report.firstBadTime = previousTime;
        report.message = tr("Entry %1 (%2) was altered and its hash recomputed: it no longer matches the recorded "
                            "head of the log.")
                             .arg(previousId)
                             .arg(isoTime(previousTime));
    }
    if (progress)
        progress(report.verified, totalEntries);
    return report;
}

} // namespace studio
