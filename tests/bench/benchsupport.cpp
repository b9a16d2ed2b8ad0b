#include "tests/bench/benchsupport.h"

#include <algorithm>
#include <QFile>

namespace studio::bench {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double median(const std::vector<double>& values)
{
    return median(QList<double>(values.begin(), values.end()));
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

double memoryMb(const char* key, double missing)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return missing;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key))).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return missing;
}

LogEntry syntheticLogEntry(qint64 i, const QDateTime& t0, const std::function<QByteArray()>& body)
{
    static const char* const Endpoints[]
        = {"magento", "magento-staging", "erp", "pim", "crm", "wms", "search", "payments"};
    LogEntry e;
    e.startedAt = t0.addMSecs(i * 250);
    e.endpointId = QString::fromLatin1(Endpoints[i % 8]);
    e.environment
        = i % 3 == 0 ? QStringLiteral("production") : (i % 3 == 1 ? QStringLiteral("staging") : QStringLiteral("dev"));
    e.runId = QStringLiteral("run-%1").arg(i / 5000);
    const int r = int(i % 100);
    e.status = r < 85 ? 200 : r < 90 ? 201 : r < 94 ? 404 : r < 96 ? 400 : r < 98 ? 500 : r < 99 ? 503 : 0;
    const bool write = i % 4 == 1;
    e.method = write ? "PUT" : "GET";
    e.url = QStringLiteral("https://shop.example.com/rest/default/V1/products/SKU-%1").arg(i);
    e.requestHeaders = {{"Accept", "application/json"}, {"Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.abc.def"},
        {"Content-Type", "application/json"}, {"User-Agent", "IntegrationStudio/0.1"}};
    if (write)
        e.requestBody = body();
    if (e.status != 0)
        e.responseBody = body();
    if (i % 10000 == 7)
        e.responseBody.insert(e.responseBody.size() - 2, ",\"note\":\"zanzibar\"");
    e.durationMs = 20 + i % 300;
    e.error = e.status == 0 ? QStringLiteral("Connection refused") : QString();
    e.credentialFingerprint = QStringLiteral("fp-%1").arg(i % 4);
    return e;
}

} // namespace studio::bench
