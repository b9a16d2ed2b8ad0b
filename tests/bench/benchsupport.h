#pragma once

// What the benchmarks share: medians, the machine's load and memory as they print them, and the synthetic request
// log entries bench_log and bench_logbrowser measure (so both run over the same shape of log).

#include "core/log/logentry.h"

#include <functional>
#include <QDateTime>
#include <QList>
#include <QString>
#include <vector>

namespace studio::bench {

/// The median (the mean of the middle two for an even count); 0 for none.
double median(QList<double> values);
double median(const std::vector<double>& values);

/// /proc/loadavg's first three fields ("1.23 1.70 1.81"), or "unknown".
QString loadAverage();

/// A /proc/self/status value in MB: "VmRSS:" (resident now), "VmHWM:" (peak); `missing` when it cannot be read.
double memoryMb(const char* key, double missing = 0);

/// Request log entry `i` of a synthetic log started at `t0`, an entry every 250 ms: 8 endpoints, 3 environments, a
/// run per 5,000 entries, 85 % 2xx (4xx, 5xx and transport errors for the rest), every 4th a PUT, one in 10,000 with
/// the rare word "zanzibar" in its response body. `body()` makes the request body of a PUT, then the response body
/// of an entry that got an answer, in that order. Response headers are left to the caller.
LogEntry syntheticLogEntry(qint64 i, const QDateTime& t0, const std::function<QByteArray()>& body);

} // namespace studio::bench
