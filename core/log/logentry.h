#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace studio {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

/// One request and its response (or failure), as the request log stores it. The HTTP engine fills it in;
/// the log redacts it before anything is written (see RequestLog).
struct LogEntry
{
    qint64 id = 0;       ///< assigned by the log
    QDateTime startedAt; ///< UTC
    QString endpointId;
    QString environment;
    QString runId; ///< sync run or console session; empty for one-off requests
    QByteArray method;
    QString url; ///< full URL with query, as sent
    HeaderList requestHeaders;
    QByteArray requestBody;
    int status = 0; ///< HTTP status; 0 when no response arrived
    HeaderList responseHeaders;
    QByteArray responseBody;
    qint64 durationMs = 0;
    int attempt = 1; ///< 1 for the first try, 2 for the first retry, ...
    QString error;   ///< transport or TLS error in words; empty on an HTTP response
    /// Identifies which credential signed the request (a hash over the credential's reference and a
    /// per-workspace salt), never the secret itself.
    QString credentialFingerprint;
    /// True when the body held here is only the head of the real one: set by the engine when it streamed
    /// a large body to disk and hands over its head, and by the log when a body exceeds the log's cap.
    bool requestBodyTruncated = false;
    bool responseBodyTruncated = false;
    /// Size of each body as it was sent or received. The engine sets it when it hands over only the head;
    /// otherwise (-1) the log fills in the size of the body it was given.
    qint64 requestBodySize = -1;
    qint64 responseBodySize = -1;
    /// "HTTP/1.1" or "HTTP/2" when the engine knows it (QNetworkReply::Http2WasUsedAttribute); else empty.
    QByteArray httpVersion;
};

/// Where the HTTP engine hands finished exchanges. Implemented by RequestLog; must not block the caller.
class RequestRecorder
{
public:
    virtual ~RequestRecorder() = default;
    /// Queues one entry for writing. Thread-safe; returns immediately.
    virtual void record(LogEntry entry) = 0;
};

} // namespace studio
