#include "core/sandbox/storedb.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace studio::sandbox {

StoreDb::StoreDb(QString connectionName)
    : m_connectionName(std::move(connectionName))
{ }

QSqlDatabase StoreDb::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status StoreDb::exec(const QStringList& statements) const
{
    QSqlDatabase db = database();
    if (!db.isOpen())
        return Error {QCoreApplication::translate("StoreDb", "The sandbox database (connection \"%1\") is not open.")
                          .arg(m_connectionName)};
    QSqlQuery query(db);
    for (const QString& statement : statements) {
        if (!query.exec(statement))
            return Error {QCoreApplication::translate("StoreDb", "Sandbox database error: %1 (in: %2)")
                              .arg(query.lastError().text(), statement.left(120))};
    }
    return {};
}

Status StoreDb::inTransaction(const std::function<Status()>& work) const
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return Error {
            QCoreApplication::translate("StoreDb", "Could not start a transaction on the sandbox database: %1")
                .arg(db.lastError().text())};
    Status status = work();
    if (!status) {
        db.rollback();
        return status;
    }
    if (!db.commit()) {
        const QString reason = db.lastError().text();
        db.rollback();
        return Error {
            QCoreApplication::translate("StoreDb", "Could not commit to the sandbox database: %1").arg(reason)};
    }
    return {};
}

QString StoreDb::meta(const QString& key) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM mg_meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return QString();
}

Status StoreDb::setMeta(const QString& key, const QString& value) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO mg_meta(key, value) VALUES(?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return Error {
            QCoreApplication::translate("StoreDb", "Sandbox database error: %1").arg(query.lastError().text())};
    return {};
}

QByteArray StoreDb::toJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject StoreDb::fromJson(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace studio::sandbox
