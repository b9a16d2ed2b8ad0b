#pragma once

#include "core/log/logentry.h"
#include "core/net/apiclient.h"

#include <QList>
#include <QMutex>
#include <QStringList>

namespace studio::test {

/// A RequestRecorder that keeps the entries in memory, for assertions about what the engine logs.
class RecordingRecorder final : public RequestRecorder
{
public:
    void record(LogEntry entry) override;
    QList<LogEntry> entries() const;
    int count() const;
    void clear();

private:
    mutable QMutex m_mutex;
    QList<LogEntry> m_entries;
};

/// A REST endpoint on a local server with no auth, 5 s timeout, unlimited rate.
Endpoint restEndpoint(const QString& id, const QString& baseUrl);

/// Waits (on the event loop, without sleeping) until `reply` has finished; false after `timeoutMs`.
bool waitFinished(net::ApiReply* reply, int timeoutMs = 10000);

/// A random secret of letters and digits, generated at run time (tests never commit secrets).
QByteArray randomSecret(int length = 32);

/// Runs tests/net/oauth1_reference.py (python3 + oauthlib) with `input` as JSON on stdin; returns its JSON
/// output, or an error text in `error`.
QByteArray runOAuthReference(const QByteArray& input, QString* error);

} // namespace studio::test
