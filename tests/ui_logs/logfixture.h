#pragma once

#include "core/log/logentry.h"

#include <functional>
#include <QDateTime>
#include <QString>

namespace studio::test {

/// A request log with known content for the log browser's tests: entry i (id i + 1) of `total` is a pure
/// function of i, so every filter's expected result can be counted in the test.
/// - endpoints magento, erp, pim by i % 3; environments Staging / Production by i % 2; run "run-<i/500>" except
///   every 7th entry (no run); methods GET, PUT, POST, DELETE by i % 4;
/// - statuses 200 200 201 404 500 302 400 0 200 503 by i % 10 (0: no response, "Connection refused");
/// - one entry a minute, the newest (i = total - 1) one minute before `newest`;
/// - JSON bodies with the SKU and a price; "zanzibar" in the response of every i % 100 == 42;
/// - a password in PUT and POST bodies and a bearer token (redacted by the log); entry 1234 (if present) has a
///   10 KB request body, cut at the fixture's 4 KB cap.
struct LogFixture
{
    static constexpr int BodyCap = 4096;
    /// The entry the log is given (before redaction).
    static LogEntry entry(int i, int total, const QDateTime& newest);
    /// Writes `total` entries to a new log at `path` (RequestLog, BodyCap); false with a warning on failure.
    static bool write(const QString& path, int total, const QDateTime& newest);
    /// How many entries satisfy `predicate`.
    static int count(int total, const QDateTime& newest, const std::function<bool(const LogEntry&)>& predicate);
};

} // namespace studio::test
