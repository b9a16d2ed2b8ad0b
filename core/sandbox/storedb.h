#pragma once

#include "core/common/result.h"

#include <functional>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace studio::sandbox {

/// The Magento side's access to the sandbox's SQLite database (the connection named in SandboxContext):
/// statements, transactions and small key/value settings. Entities are stored one row per entity with their
/// JSON in a `data` column next to the keys that need unique indexes; the repositories keep an in-memory
/// copy for fast reads and write through on every change.
class StoreDb final
{
public:
    explicit StoreDb(QString connectionName);

    /// The connection (opened by the host).
    QSqlDatabase database() const;
    /// Runs statements one by one; the first failure names the statement's error.
    Status exec(const QStringList& statements) const;
    /// Runs `work` in a transaction: commit when it succeeds, roll back when it fails.
    Status inTransaction(const std::function<Status()>& work) const;
    /// A value of the mg_meta table; empty when not set.
    QString meta(const QString& key) const;
    /// Sets a value of the mg_meta table.
    Status setMeta(const QString& key, const QString& value) const;
    /// Compact JSON for a `data` column.
    static QByteArray toJson(const QJsonObject& object);
    /// Parses a `data` column; an empty object for corrupt data.
    static QJsonObject fromJson(const QByteArray& json);

private:
    QString m_connectionName;
};

} // namespace studio::sandbox
