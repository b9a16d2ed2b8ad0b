#pragma once

// Internal to core/log: the SQLite layer and the stored format shared by RequestLog (writer) and LogReader.

#include "core/common/result.h"
#include "core/log/logentry.h"

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace studio::logstore {

/// Version of the database layout; stored in PRAGMA user_version.
constexpr int SchemaVersion = 1;
/// Length of a SHA-256 digest.
constexpr int HashSize = 32;

/// Bits of the `flags` column.
enum Flag : int {
    RequestTruncated = 1,
    ResponseTruncated = 2,
    RequestCompressed = 4,
    ResponseCompressed = 8,
};

/// One SQLite connection, closed on destruction.
class Database final
{
public:
    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens (and with `create`, creates) the file. The error names the file.
    Status open(const QString& path, bool create, bool readOnly);
    void close();
    sqlite3* handle() const { return m_db; }
    QString path() const { return m_path; }
    /// Runs statements without results. The error names the file and SQLite's reason.
    Status exec(const char* sql);
    /// An Error for the connection's last failure, naming the file and what was being done.
    Error lastError(const QString& doing) const;

private:
    sqlite3* m_db = nullptr;
    QString m_path;
};

/// A prepared statement, finalized on destruction.
class Statement final
{
public:
    Statement(Database& db, const char* sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    void bind(int index, qint64 value);
    void bind(int index, const QString& value);
    void bindText(int index, const QByteArray& utf8);
    void bindBlob(int index, const QByteArray& value);
    void bindNull(int index);
    /// Steps once: true when a row is available; false at the end or on error (see failed()).
    bool step();
    bool failed() const { return m_failed; }
    void reset();

    qint64 integer(int column) const;
    QString text(int column) const;
    QByteArray bytes(int column) const;
    bool isNull(int column) const;

private:
    sqlite3_stmt* m_stmt = nullptr;
    bool m_failed = false;
};

/// Creates the tables and indexes of a new log, or checks the version of an existing one.
Status ensureSchema(Database& db);

/// WAL, synchronous=NORMAL, a bigger page cache: settings every connection to the log uses.
Status configureConnection(Database& db, bool writer);

/// Header lists as stored: count, then length-prefixed name and value (big-endian 32-bit lengths).
QByteArray encodeHeaders(const HeaderList& headers);
HeaderList decodeHeaders(const QByteArray& bytes);

/// Compressed bodies are zlib streams with qCompress' 4-byte size prefix (so qUncompress reads them). They
/// are written with libdeflate (about twice as fast as zlib on the small bodies a log mostly holds); zlib
/// serves as the fallback.
QByteArray compressBody(const QByteArray& body, int level);
QByteArray decompressBody(const QByteArray& stored);

/// The canonical content of an entry for the audit hash: a fixed magic, then every field in a fixed order,
/// integers as 8-byte big-endian, byte strings as an 8-byte big-endian length followed by the bytes (text
/// as UTF-8), header lists as an 8-byte count followed by name and value each length-prefixed. Order:
/// id, startedAt (ms since epoch, UTC), endpointId, environment, runId, method, url, httpVersion,
/// requestHeaders, requestBody (stored, uncompressed), requestBodySize, requestBodyTruncated (0/1),
/// status, responseHeaders, responseBody, responseBodySize, responseBodyTruncated, durationMs, attempt,
/// error, credentialFingerprint.
QByteArray canonicalContent(const LogEntry& entry);
/// canonicalContent() without its first two fields (the magic and the id): everything the writer can prepare
/// on its encoding threads before the entry's id is known.
QByteArray canonicalTail(const LogEntry& entry);

/// hash = SHA-256(previousHash || canonicalContent(entry)).
QByteArray chainHash(const QByteArray& previousHash, const QByteArray& canonical);
/// The same hash from the parts: SHA-256(previousHash || magic || id || tail), where `tail` is
/// canonicalTail(entry) and `id` the entry's id; equal to chainHash(previousHash, canonicalContent(entry)).
QByteArray chainHash(const QByteArray& previousHash, qint64 id, const QByteArray& tail);

/// The text (UTF-8) indexed for full-text search from a stored body: its first `cap` bytes; nothing for a
/// binary body. Must stay a pure function of the stored bytes: removing an entry from the contentless index
/// needs exactly the text that was indexed.
QByteArray searchText(const QByteArray& body, int cap);

/// Status class column: 0 no response, 1..5 the first digit of the status.
int statusClass(int status);

/// Columns of `entries` in the order entryFromRow() expects, for "SELECT <this> FROM entries".
const char* entryColumns();
/// Reads a row selected with entryColumns() (bodies decompressed). prevHash/hash go to the out-params.
LogEntry entryFromRow(const Statement& row, QByteArray* prevHash = nullptr, QByteArray* hash = nullptr);

/// A meta value (integer or blob) by key, or the fallback.
qint64 metaInteger(Database& db, const char* key, qint64 fallback);
QByteArray metaBlob(Database& db, const char* key);

} // namespace studio::logstore
