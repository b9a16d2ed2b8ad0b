#include "core/sandbox/sandboxcounters.h"

#include "core/sandbox/sandboxdb.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace studio::sandbox {

SandboxCounters::SandboxCounters(QString connectionName)
    : m_connectionName(std::move(connectionName))
{ }

Status SandboxCounters::initialize()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS sandbox_sku_writes (sku TEXT PRIMARY KEY, "
                                   "writes INTEGER NOT NULL)")))
        return sqlError(query, QCoreApplication::translate("studio::sandbox", "creating the SKU write counters"));
    m_skuWrites.clear();
    if (query.exec(QStringLiteral("SELECT sku, writes FROM sandbox_sku_writes"))) {
        while (query.next())
            m_skuWrites.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    return {};
}

void SandboxCounters::recordSkuWrite(const QString& sku)
{
    ++m_skuWrites[sku];
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT INTO sandbox_sku_writes (sku, writes) VALUES (?, 1) "
                                 "ON CONFLICT(sku) DO UPDATE SET writes = writes + 1"));
    query.addBindValue(sku);
    query.exec();
}

void SandboxCounters::recordRequest(const QString& route, int status)
{
    // Route keys are patterns, but ERP paths and unmatched URLs are open-ended: cap the table for long runs.
    constexpr qsizetype kMaxRoutes = 2000;
    if (m_requests.size() >= kMaxRoutes && !m_requests.contains(route))
        ++m_requests[QStringLiteral("(other routes)")][status];
    else
        ++m_requests[route][status];
    ++m_total;
}

void SandboxCounters::recordFault(const QString& kind)
{
    ++m_faults[kind];
}

qint64 SandboxCounters::requests(const QString& route, int status) const
{
    const auto it = m_requests.constFind(route);
    return it == m_requests.constEnd() ? 0 : it->value(status);
}

QJsonObject SandboxCounters::toJson() const
{
    QJsonObject skus;
    for (auto it = m_skuWrites.constBegin(); it != m_skuWrites.constEnd(); ++it)
        skus.insert(it.key(), it.value());
    QJsonArray requests;
    for (auto route = m_requests.constBegin(); route != m_requests.constEnd(); ++route) {
        for (auto status = route->constBegin(); status != route->constEnd(); ++status)
            requests.append(QJsonObject {{QStringLiteral("route"), route.key()},
                {QStringLiteral("status"), status.key()}, {QStringLiteral("count"), status.value()}});
    }
    QJsonObject faults;
    for (auto it = m_faults.constBegin(); it != m_faults.constEnd(); ++it)
        faults.insert(it.key(), it.value());
    return QJsonObject {{QStringLiteral("sku_writes"), skus}, {QStringLiteral("requests"), requests},
        {QStringLiteral("faults"), faults}, {QStringLiteral("total_requests"), m_total}};
}

Status SandboxCounters::reset()
{
    m_skuWrites.clear();
    m_requests.clear();
    m_faults.clear();
    m_total = 0;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("DELETE FROM sandbox_sku_writes")))
        return sqlError(query, QCoreApplication::translate("studio::sandbox", "resetting the SKU write counters"));
    return {};
}

} // namespace studio::sandbox
