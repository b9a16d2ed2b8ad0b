#pragma once

#include "core/common/result.h"
#include "core/log/logentry.h"
#include "core/net/tlsproblem.h"

#include <optional>
#include <QByteArray>
#include <QString>
#include <QUrl>

namespace studio::net {

/// Case-insensitive lookup of the first header called `name`; empty when absent.
QByteArray headerValue(const HeaderList& headers, const QByteArray& name);
/// Replaces every header called `name` (case-insensitive) by one with `value`.
void setHeaderValue(HeaderList& headers, const QByteArray& name, const QByteArray& value);
/// Removes every header called `name` (case-insensitive).
void removeHeader(HeaderList& headers, const QByteArray& name);

/// A request as it goes on the wire, after variables are resolved: what auth providers sign or decorate.
struct OutgoingRequest
{
    QByteArray method = "GET";
    QUrl url; ///< absolute, with the query already encoded as sent
    HeaderList headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const { return headerValue(headers, name); }
    void setHeader(const QByteArray& name, const QByteArray& value) { setHeaderValue(headers, name, value); }
    /// True when the body is an HTML form (application/x-www-form-urlencoded), whose fields OAuth 1.0a signs.
    bool hasFormBody() const;
};

/// Why a request did not produce a successful HTTP answer.
enum class FailureKind {
    None,           ///< an HTTP answer with status 1xx-3xx
    Configuration,  ///< unknown variable, bad URL, unreadable certificate file, ... (nothing was sent)
    Secret,         ///< a secret could not be read from the secret store (nothing was sent)
    Authentication, ///< the credentials were refused or a token could not be obtained
    Dns,            ///< the host name does not resolve
    Refused,        ///< nothing accepts connections on that port
    Timeout,        ///< no data for longer than the endpoint's timeout
    Tls,            ///< certificate or handshake problem; see HttpResponse::tlsProblem
    Network,        ///< any other transport failure (reset, proxy, ...)
    Cancelled,      ///< cancel() was called
    Http,           ///< the server answered with 4xx or 5xx
};

/// Stable id of a failure kind for logs, JSON and scripts: "none", "dns", "tls", "http", ...
QString failureKindId(FailureKind kind);

/// The standard reason phrase of an HTTP status code as RFC 9110 and the IANA status code registry name it
/// ("Not Found", "Unprocessable Content", "Too Many Requests"): for answers that carry none (HTTP/2), exports of
/// log entries (which keep the code only) and the test servers. Empty for a code without a registered phrase.
QByteArray standardReasonPhrase(int status);

/// The outcome of a request: the last attempt's answer (or failure) plus how it went.
struct HttpResponse
{
    QByteArray method;
    QUrl url;       ///< as sent on the last attempt (secrets in an API-key query parameter included; do not print)
    int status = 0; ///< 0 when no HTTP answer arrived; kept when the body was then cut off (see failure)
    QByteArray reasonPhrase;
    HeaderList headers;
    /// The body when it was kept in memory; empty when it was streamed to bodyFile.
    QByteArray body;
    /// Path of the temporary file holding the body when it was larger than the streaming threshold. The file
    /// belongs to the ApiReply (removed with it) unless taken with ApiReply::takeBodyFile().
    QString bodyFile;
    qint64 bodySize = 0; ///< bytes received, in memory or on disk
    bool http2 = false;
    qint64 durationMs = 0; ///< from the first attempt to the end, waits included
    int attempts = 0;      ///< attempts sent (1 = no retry)
    FailureKind failure = FailureKind::None;
    /// One readable sentence when failure != None. Never contains a secret.
    QString errorMessage;
    /// Certificate details when failure == Tls and a certificate was presented.
    std::optional<TlsProblem> tlsProblem;
    /// Why the engine stopped retrying (or did not retry), for the console.
    QString retryNote;

    QByteArray header(const QByteArray& name) const { return headerValue(headers, name); }
    bool hasAnswer() const { return status > 0; }
    /// An HTTP answer with status 2xx.
    bool isSuccess() const { return failure == FailureKind::None && status >= 200 && status < 300; }
    /// The body from memory or from bodyFile, up to `maxBytes`.
    Result<QByteArray> readBody(qint64 maxBytes = 64 * 1024 * 1024) const;
};

} // namespace studio::net
