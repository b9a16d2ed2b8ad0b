#pragma once

#include "core/common/result.h"
#include "core/sandbox/api.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace studio::sandbox {

/// What the sandbox received, so tests can prove exactly-once delivery: successful writes per SKU (kept in the
/// database, so they survive a restart of the sandbox), requests per route and status, and injected faults
/// (both since start or the last reset).
class SandboxCounters final : public SandboxStats
{
public:
    explicit SandboxCounters(QString connectionName);

    /// Creates the table and loads the SKU write counts.
    Status initialize();
    void recordSkuWrite(const QString& sku) override;
    /// One answered request; `route` is "METHOD pattern" (e.g. "GET /V1/products/:sku") or a description of
    /// what did not match.
    void recordRequest(const QString& route, int status);
    void recordFault(const QString& kind);

    qint64 skuWrites(const QString& sku) const { return m_skuWrites.value(sku); }
    qint64 requests(const QString& route, int status) const;
    qint64 totalRequests() const { return m_total; }
    /// {"sku_writes":{sku:n}, "requests":[{"route","status","count"}], "faults":{kind:n}, "total_requests":n}
    QJsonObject toJson() const;
    /// Zeroes everything (also the stored SKU counts).
    Status reset();

private:
    QString m_connectionName;
    QMap<QString, qint64> m_skuWrites;
    QMap<QString, QMap<int, qint64>> m_requests;
    QMap<QString, qint64> m_faults;
    qint64 m_total = 0;
};

} // namespace studio::sandbox
