#include "core/sandbox/sandboxdb.h"

#include <atomic>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QVariant>

namespace studio::sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("studio::sandbox::SandboxDatabase", text);
}

QString nextConnectionName()
{
    static std::atomic<int> counter {0};
    return QStringLiteral("studio-sandbox-%1").arg(++counter);
}

} // namespace

SandboxDatabase::SandboxDatabase()
    : m_connectionName(nextConnectionName())
{ }

SandboxDatabase::~SandboxDatabase()
{
    close();
}

Status SandboxDatabase::open(const QString& dataDir)
{
    if (dataDir.isEmpty())
        return Error {tr("no data folder given for the sandbox")};
    if (!QDir().mkpath(dataDir))
        return Error {tr("cannot create the sandbox data folder"), dataDir};
    m_filePath = QDir(dataDir).filePath(QStringLiteral("sandbox.db"));
    m_new = !QFileInfo::exists(m_filePath);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_filePath);
    // A handler that meets a lock held by a reader waits a little instead of failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString reason = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        return Error {tr("cannot open the sandbox database: %1").arg(reason), m_filePath};
    }
    return exec(QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
                               "CREATE TABLE IF NOT EXISTS sandbox_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
}

void SandboxDatabase::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SandboxDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase SandboxDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status SandboxDatabase::exec(const QString& statements)
{
    QSqlDatabase db = database();
    const QStringList parts = statements.split(u';', Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QString statement = part.trimmed();
        if (statement.isEmpty())
            continue;
        QSqlQuery query(db);
        if (!query.exec(statement))
            return sqlError(query, statement.left(60));
    }
    return {};
}

QString SandboxDatabase::meta(const QString& key) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM sandbox_meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

Status SandboxDatabase::setMeta(const QString& key, const QString& value)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO sandbox_meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return execQuery(query, tr("saving sandbox setting %1").arg(key));
}

Error sqlError(const QSqlQuery& query, const QString& what)
{
    return Error {tr("%1: %2").arg(what, query.lastError().text())};
}

Status execQuery(QSqlQuery& query, const QString& what)
{
    if (!query.exec())
        return sqlError(query, what);
    return {};
}

} // namespace studio::sandbox
