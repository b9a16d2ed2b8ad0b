#pragma once

#include "core/common/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace studio::sandbox {

/// The sandbox's single SQLite database, `<dataDir>/sandbox.db` in WAL mode, opened under a connection name of
/// its own (so several sandboxes can live in one process, as tests do). The connection belongs to the thread
/// that opened it; the HTTP side and the Magento side share it through SandboxContext::connectionName.
class SandboxDatabase final
{
public:
    SandboxDatabase();
    ~SandboxDatabase();
    SandboxDatabase(const SandboxDatabase&) = delete;
    SandboxDatabase& operator=(const SandboxDatabase&) = delete;

    /// Creates `dataDir` if needed and opens (or creates) the database in it.
    Status open(const QString& dataDir);
    /// Closes the database and removes the connection.
    void close();
    bool isOpen() const;
    /// True when open() created the file (a new sandbox, to be seeded).
    bool isNew() const { return m_new; }

    const QString& connectionName() const { return m_connectionName; }
    QString filePath() const { return m_filePath; }
    QSqlDatabase database() const;

    /// Runs statements that take no parameters (DDL), separated by ';'.
    Status exec(const QString& statements);
    /// A value of the sandbox_meta key/value table; empty when unset.
    QString meta(const QString& key) const;
    Status setMeta(const QString& key, const QString& value);

private:
    QString m_connectionName;
    QString m_filePath;
    bool m_new = false;
};

/// "<what>: <driver message>" for a failed query.
Error sqlError(const QSqlQuery& query, const QString& what);

/// Executes a prepared query and turns a failure into an Error naming `what`.
Status execQuery(QSqlQuery& query, const QString& what);

} // namespace studio::sandbox
