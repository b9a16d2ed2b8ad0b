#pragma once

#include "core/common/result.h"
#include "core/log/logentry.h"
#include "core/log/logreader.h"

#include <QIODevice>
#include <QJsonObject>

namespace studio {

/// File formats the request log exports to.
enum class LogExportFormat {
    JsonLines, ///< one JSON object per line, stable snake_case field names, for ELK / Splunk / jq
    Har,       ///< HTTP Archive 1.2, for browsers' dev tools, Charles, Fiddler and other HAR viewers
};

/// Which entries to export: the listed ids if any, otherwise every entry the filter matches (e.g. a time
/// range in filter.from / filter.to). Entries are written oldest first.
struct LogExportSelection
{
    QList<qint64> ids;
    LogFilter filter;
};

/// One entry as a JSON Lines object. Fields: id, @timestamp (ISO-8601 UTC with milliseconds), endpoint,
/// environment, run_id, method, url, http_version, status, duration_ms, attempt, error,
/// credential_fingerprint, request and response (each: headers [{name, value}], body, body_encoding
/// "utf8"|"base64", body_size, body_truncated), hash (hex).
QJsonObject jsonLineObject(const LogEntry& entry, const QByteArray& hash = {});

/// One entry as a HAR 1.2 `entries[]` object (extra studio fields start with "_").
QJsonObject harEntryObject(const LogEntry& entry);

/// Streams the selected entries to `out` (one entry in memory at a time). Returns how many were written.
/// An id that is not in the log fails the export with an error naming it.
Result<qint64> exportLog(
    LogReader& reader, const LogExportSelection& selection, LogExportFormat format, QIODevice& out);

} // namespace studio
