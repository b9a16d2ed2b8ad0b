#include "core/log/logstore.h"

#include <initializer_list>
#include <libdeflate.h>
#include <openssl/evp.h>
#include <QCoreApplication>
#include <QFileInfo>
#include <QtEndian>
#include <sqlite3.h>

namespace studio::logstore {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RequestLog", text);
}

/// The first field of the canonical content of every entry.
constexpr QByteArrayView CanonicalMagic("studio-request-log-v1");

void appendInt(QByteArray& out, qint64 value)
{
    char buffer[8];
    qToBigEndian<qint64>(value, buffer);
    out.append(buffer, 8);
}

void appendBytes(QByteArray& out, QByteArrayView bytes)
{
    appendInt(out, bytes.size());
    out.append(bytes);
}

void appendHeaders(QByteArray& out, const HeaderList& headers)
{
    appendInt(out, headers.size());
    for (const auto& [name, value] : headers) {
        appendBytes(out, name);
        appendBytes(out, value);
    }
}

} // namespace

Database::~Database()
{
    close();
}

Status Database::open(const QString& path, bool create, bool readOnly)
{
    close();
    m_path = path;
    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (create && !readOnly)
        flags |= SQLITE_OPEN_CREATE;
    // Serialized: a connection is meant for one thread, but a slip must not be able to corrupt the file.
    flags |= SQLITE_OPEN_FULLMUTEX;
    if (!create && !QFileInfo::exists(path))
        return Error {tr("There is no request log at %1.").arg(path), path};
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const Error error = lastError(tr("opening the request log"));
        close();
        return error;
    }
    sqlite3_busy_timeout(m_db, 10000);
    sqlite3_extended_result_codes(m_db, 1);
    return {};
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Status Database::exec(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString reason = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    return Error {tr("Request log %1: %2").arg(m_path, reason), m_path};
}

Error Database::lastError(const QString& doing) const
{
    const QString reason = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : tr("out of memory");
    return Error {tr("Request log %1: %2 failed: %3").arg(m_path, doing, reason), m_path};
}

Statement::Statement(Database& db, const char* sql)
{
    if (sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
        m_stmt = nullptr;
        m_failed = true;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bind(int index, const QString& value)
{
    bindText(index, value.toUtf8());
}

void Statement::bindText(int index, const QByteArray& utf8)
{
    sqlite3_bind_text64(m_stmt, index, utf8.constData(), quint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
}

void Statement::bindBlob(int index, const QByteArray& value)
{
    // An empty QByteArray may have a null data pointer; SQLite would store NULL instead of an empty blob.
    static const char empty = 0;
    sqlite3_bind_blob64(
        m_stmt, index, value.isEmpty() ? &empty : value.constData(), quint64(value.size()), SQLITE_TRANSIENT);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

bool Statement::step()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_failed = true;
    return false;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_failed = !m_stmt;
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::bytes(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Status configureConnection(Database& db, bool writer)
{
    if (writer) {
        if (auto status = db.exec("PRAGMA journal_mode=WAL"); !status)
            return status;
    }
    return db.exec("PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32768; PRAGMA temp_store=MEMORY;"
                   "PRAGMA foreign_keys=OFF");
}

Status ensureSchema(Database& db)
{
    Statement version(db, "PRAGMA user_version");
    if (!version.step())
        return db.lastError(tr("reading the version"));
    const qint64 current = version.integer(0);
    if (current == SchemaVersion)
        return {};
    if (current > SchemaVersion)
        return Error {tr("Request log %1 was written by a newer version of Integration Studio (format %2; this "
                         "version reads format %3).")
                          .arg(db.path())
                          .arg(current)
                          .arg(SchemaVersion),
            db.path()};
    Statement tables(db, "SELECT count(*) FROM sqlite_schema");
    if (!tables.step())
        return db.lastError(tr("reading the tables"));
    if (tables.integer(0) != 0)
        return Error {tr("%1 is not a request log of Integration Studio.").arg(db.path()), db.path()};
    // Incremental auto-vacuum lets pruning give space back to the file system; it must be set before the
    // first table exists.
    if (auto status = db.exec("PRAGMA auto_vacuum=INCREMENTAL"); !status)
        return status;
    return db.exec(R"sql(
BEGIN;
CREATE TABLE meta(key TEXT PRIMARY KEY, value) WITHOUT ROWID;
CREATE TABLE entries(
    id INTEGER PRIMARY KEY,
    started_at INTEGER NOT NULL,
    status INTEGER NOT NULL,
    status_class INTEGER NOT NULL,
    duration_ms INTEGER NOT NULL,
    attempt INTEGER NOT NULL,
    method TEXT NOT NULL,
    endpoint TEXT NOT NULL,
    environment TEXT NOT NULL,
    run_id TEXT NOT NULL,
    request_size INTEGER NOT NULL,
    response_size INTEGER NOT NULL,
    flags INTEGER NOT NULL,
    url TEXT NOT NULL,
    error TEXT NOT NULL,
    credential TEXT NOT NULL,
    http_version TEXT NOT NULL,
    request_headers BLOB NOT NULL,
    response_headers BLOB NOT NULL,
    request_body BLOB NOT NULL,
    response_body BLOB NOT NULL,
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL);
CREATE INDEX entries_status ON entries(status_class, id);
CREATE INDEX entries_endpoint ON entries(endpoint, id);
CREATE INDEX entries_environment ON entries(environment, id);
CREATE INDEX entries_run ON entries(run_id, id);
CREATE INDEX entries_method ON entries(method, id);
CREATE INDEX entries_time ON entries(started_at);
CREATE TABLE anchors(
    seq INTEGER PRIMARY KEY,
    through_id INTEGER NOT NULL,
    hash BLOB NOT NULL,
    pruned_at INTEGER NOT NULL,
    removed INTEGER NOT NULL,
    reason TEXT NOT NULL);
CREATE VIRTUAL TABLE entries_fts USING fts5(url, request_body, response_body, content='',
    tokenize='unicode61 remove_diacritics 2');
PRAGMA user_version=1;
COMMIT;
)sql");
}

QByteArray encodeHeaders(const HeaderList& headers)
{
    QByteArray out;
    char buffer[4];
    qToBigEndian<quint32>(quint32(headers.size()), buffer);
    out.append(buffer, 4);
    for (const auto& [name, value] : headers) {
        for (const QByteArray* part : {&name, &value}) {
            qToBigEndian<quint32>(quint32(part->size()), buffer);
            out.append(buffer, 4);
            out.append(*part);
        }
    }
    return out;
}

HeaderList decodeHeaders(const QByteArray& bytes)
{
    HeaderList headers;
    qsizetype at = 0;
    auto readLength = [&](quint32& length) {
        if (at + 4 > bytes.size())
            return false;
        length = qFromBigEndian<quint32>(bytes.constData() + at);
        at += 4;
        return true;
    };
    quint32 count = 0;
    if (!readLength(count))
        return headers;
    for (quint32 i = 0; i < count; ++i) {
        quint32 nameLength = 0;
        if (!readLength(nameLength) || at + qsizetype(nameLength) > bytes.size())
            break;
        QByteArray name = bytes.mid(at, nameLength);
        at += nameLength;
        quint32 valueLength = 0;
        if (!readLength(valueLength) || at + qsizetype(valueLength) > bytes.size())
            break;
        headers.append({name, bytes.mid(at, valueLength)});
        at += valueLength;
    }
    return headers;
}

namespace {

/// One libdeflate compressor per thread and level: allocating one (what a one-shot call would do) costs more
/// than compressing a 2 KB body.
struct Compressor
{
    libdeflate_compressor* compressor = nullptr;
    int level = -1;
    ~Compressor() { libdeflate_free_compressor(compressor); }
    libdeflate_compressor* get(int wanted)
    {
        if (compressor && level == wanted)
            return compressor;
        libdeflate_free_compressor(compressor);
        compressor = libdeflate_alloc_compressor(wanted);
        level = wanted;
        return compressor;
    }
};

} // namespace

QByteArray compressBody(const QByteArray& body, int level)
{
    // The stored form is qCompress' (4-byte big-endian size, then a zlib stream), so qUncompress reads it.
    // libdeflate's levels 1..9 are zlib's in spirit (1 fastest); 0 (store only) is left to qCompress.
    const int wanted = qBound(0, level, 9);
    thread_local Compressor state;
    libdeflate_compressor* compressor = wanted > 0 ? state.get(wanted) : nullptr;
    if (!compressor)
        return qCompress(body, wanted);
    const size_t bound = libdeflate_zlib_compress_bound(compressor, size_t(body.size()));
    QByteArray out(qsizetype(4 + bound), Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(body.size()), out.data());
    const size_t written
        = libdeflate_zlib_compress(compressor, body.constData(), size_t(body.size()), out.data() + 4, bound);
    if (written == 0)
        return qCompress(body, wanted);
    out.truncate(qsizetype(4 + written));
    return out;
}

QByteArray decompressBody(const QByteArray& stored)
{
    // libdeflate inflates about twice as fast as zlib (search indexing from the table, verify and export
    // decompress every body). It needs the exact size, which the prefix gives; a prefix no deflate stream
    // could reach (deflate expands at most 1032:1) or a stream that does not decode to exactly that size is
    // left to qUncompress, whose handling of damaged data (an empty result) stays the rule.
    if (stored.size() <= 4)
        return qUncompress(stored);
    const quint32 size = qFromBigEndian<quint32>(stored.constData());
    const qint64 payload = stored.size() - 4;
    if (size == 0 || qint64(size) > payload * 1032 + 64)
        return qUncompress(stored);
    struct Decompressor
    {
        libdeflate_decompressor* decompressor = libdeflate_alloc_decompressor();
        ~Decompressor() { libdeflate_free_decompressor(decompressor); }
    };
    thread_local Decompressor state;
    if (!state.decompressor)
        return qUncompress(stored);
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    const libdeflate_result result = libdeflate_zlib_decompress(
        state.decompressor, stored.constData() + 4, size_t(payload), out.data(), size_t(size), nullptr);
    if (result != LIBDEFLATE_SUCCESS)
        return qUncompress(stored);
    return out;
}

QByteArray canonicalContent(const LogEntry& e)
{
    const QByteArray tail = canonicalTail(e);
    QByteArray out;
    out.reserve(CanonicalMagic.size() + 8 + tail.size());
    out.append(CanonicalMagic);
    appendInt(out, e.id);
    out.append(tail);
    return out;
}

QByteArray canonicalTail(const LogEntry& e)
{
    QByteArray out;
    out.reserve(512 + e.requestBody.size() + e.responseBody.size() + e.url.size());
    appendInt(out, e.startedAt.toMSecsSinceEpoch());
    appendBytes(out, e.endpointId.toUtf8());
    appendBytes(out, e.environment.toUtf8());
    appendBytes(out, e.runId.toUtf8());
    appendBytes(out, e.method);
    appendBytes(out, e.url.toUtf8());
    appendBytes(out, e.httpVersion);
    appendHeaders(out, e.requestHeaders);
    appendBytes(out, e.requestBody);
    appendInt(out, e.requestBodySize);
    appendInt(out, e.requestBodyTruncated ? 1 : 0);
    appendInt(out, e.status);
    appendHeaders(out, e.responseHeaders);
    appendBytes(out, e.responseBody);
    appendInt(out, e.responseBodySize);
    appendInt(out, e.responseBodyTruncated ? 1 : 0);
    appendInt(out, e.durationMs);
    appendInt(out, e.attempt);
    appendBytes(out, e.error.toUtf8());
    appendBytes(out, e.credentialFingerprint.toUtf8());
    return out;
}

namespace {

/// SHA-256 over the concatenation of `parts`. One digest context per thread, reused: the writer hashes every
/// entry, and setting a context up costs about as much as hashing a small entry.
QByteArray sha256(std::initializer_list<QByteArrayView> parts)
{
    struct Context
    {
        EVP_MD_CTX* ctx = EVP_MD_CTX_new();
        ~Context() { EVP_MD_CTX_free(ctx); }
    };
    thread_local Context context;
    EVP_MD_CTX* ctx = context.ctx;
    QByteArray digest(HashSize, Qt::Uninitialized);
    unsigned int length = 0;
    bool ok = ctx && EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr) == 1;
    for (const QByteArrayView part : parts)
        ok = ok && EVP_DigestUpdate(ctx, part.data(), size_t(part.size())) == 1;
    ok = ok && EVP_DigestFinal_ex(ctx, reinterpret_cast<unsigned char*>(digest.data()), &length) == 1;
    if (!ok || length != HashSize)
        return {}; // never equal to a stored hash: verify reports the entry instead of trusting it
    return digest;
}

} // namespace

QByteArray chainHash(const QByteArray& previousHash, const QByteArray& canonical)
{
    return sha256({previousHash, canonical});
}

QByteArray chainHash(const QByteArray& previousHash, qint64 id, const QByteArray& tail)
{
    char idBytes[8];
    qToBigEndian<qint64>(id, idBytes);
    return sha256({previousHash, CanonicalMagic, QByteArrayView(idBytes, 8), tail});
}

QByteArray searchText(const QByteArray& body, int cap)
{
    // Binary bodies (images, PDFs, gzip) hold no words worth finding.
    const QByteArray text = body.left(cap);
    return text.contains('\0') ? QByteArray() : text;
}

int statusClass(int status)
{
    if (status < 100 || status > 599)
        return 0;
    return status / 100;
}

const char* entryColumns()
{
    return "id, started_at, status, duration_ms, attempt, method, endpoint, environment, run_id, request_size, "
           "response_size, flags, url, error, credential, http_version, request_headers, response_headers, "
           "request_body, response_body, prev_hash, hash";
}

LogEntry entryFromRow(const Statement& row, QByteArray* prevHash, QByteArray* hash)
{
    LogEntry e;
    e.id = row.integer(0);
    e.startedAt = QDateTime::fromMSecsSinceEpoch(row.integer(1), Qt::UTC);
    e.status = int(row.integer(2));
    e.durationMs = row.integer(3);
    e.attempt = int(row.integer(4));
    e.method = row.bytes(5);
    e.endpointId = row.text(6);
    e.environment = row.text(7);
    e.runId = row.text(8);
    e.requestBodySize = row.integer(9);
    e.responseBodySize = row.integer(10);
    const qint64 flags = row.integer(11);
    e.requestBodyTruncated = flags & RequestTruncated;
    e.responseBodyTruncated = flags & ResponseTruncated;
    e.url = row.text(12);
    e.error = row.text(13);
    e.credentialFingerprint = row.text(14);
    e.httpVersion = row.bytes(15);
    e.requestHeaders = decodeHeaders(row.bytes(16));
    e.responseHeaders = decodeHeaders(row.bytes(17));
    const QByteArray requestBody = row.bytes(18);
    e.requestBody = (flags & RequestCompressed) ? decompressBody(requestBody) : requestBody;
    const QByteArray responseBody = row.bytes(19);
    e.responseBody = (flags & ResponseCompressed) ? decompressBody(responseBody) : responseBody;
    if (prevHash)
        *prevHash = row.bytes(20);
    if (hash)
        *hash = row.bytes(21);
    return e;
}

qint64 metaInteger(Database& db, const char* key, qint64 fallback)
{
    Statement query(db, "SELECT value FROM meta WHERE key = ?1");
    query.bindText(1, QByteArray(key));
    if (!query.step() || query.isNull(0))
        return fallback;
    return query.integer(0);
}

QByteArray metaBlob(Database& db, const char* key)
{
    Statement query(db, "SELECT value FROM meta WHERE key = ?1");
    query.bindText(1, QByteArray(key));
    if (!query.step())
        return {};
    return query.bytes(0);
}

} // namespace studio::logstore
