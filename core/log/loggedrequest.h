#pragma once

#include "core/common/result.h"
#include "core/log/logentry.h"
#include "core/workspace/endpoint.h"
#include "core/workspace/environment.h"
#include "core/workspace/savedrequest.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace studio {

/// A logged request made editable again (for "open in the console"), with what changed on the way.
struct LoggedRequest
{
    RequestSpec spec;
    /// The environment the entry was sent in: the console should use it, so the endpoint resolves as it did then.
    QString environment;
    /// One translated sentence per thing the user should know: what was left out (credentials the endpoint's auth
    /// recreates), what the log redacted or cut, why no endpoint matched.
    QStringList notes;
    /// True when a header, query parameter or the body still holds the log's redaction marker.
    bool hasRedactedValues = false;
    /// True when the log cut the request body at its size cap: the spec holds only its beginning.
    bool bodyTruncated = false;
};

/// Turns a request log entry back into a console request:
/// - the URL is matched against the endpoints' base URLs, resolved with the plain variables of the entry's
///   environment; the logged endpoint wins when its URL still matches (two endpoints may share a base URL, e.g.
///   the same shop with OAuth and with an admin token), otherwise the longest matching base URL; without a
///   match the path is the absolute URL and the request goes without authentication;
/// - Magento: /rest/<store> is stripped and the store code kept when it is not the endpoint's; async and async
///   bulk URLs set the mode; a GraphQL body becomes query, variables and operation name (the Store header
///   becomes the store code);
/// - headers the endpoint's auth recreates (Authorization, Proxy-Authorization, an API key header or query
///   parameter, oauth_* parameters) and headers the HTTP stack sets (Host, Content-Length, Connection, the
///   studio's own User-Agent and default Accept, a Content-Type the body type implies) are left out;
/// - values the log redacted stay as the marker, flagged in hasRedactedValues and named in notes.
/// `endpoints` and `environments` are the workspace's, unresolved. `redactionMarker` is the text the log put in
/// place of hidden values (RedactionPolicy::marker). Fails only for an entry without a usable method or URL.
Result<LoggedRequest> requestFromLogEntry(const LogEntry& entry, const QList<Endpoint>& endpoints,
    const QList<Environment>& environments, const QByteArray& redactionMarker = QByteArrayLiteral("[redacted]"));

/// The request headers of a logged entry worth sending again as they are ("replay"): without those the
/// endpoint's auth recreates (Authorization, Proxy-Authorization, the API key header of `endpoint`, resolved)
/// and those the HTTP stack sets itself (Host, Content-Length, Connection, Transfer-Encoding, ...). Unlike
/// requestFromLogEntry() the studio's User-Agent, Accept and Content-Type stay: a replay sends what was sent.
/// `endpoint` is the entry's endpoint with its plain variables resolved, or nullptr. Sentences about what was
/// dropped go to `notes`.
HeaderList replayableHeaders(const LogEntry& entry, const Endpoint* endpoint, QStringList* notes = nullptr);

/// The logged URL without the query parameters the endpoint's auth adds afresh (oauth_* and an API key sent as
/// a query parameter), the rest of the query kept exactly as it was encoded. `endpoint` as for
/// replayableHeaders().
QString replayableUrl(const LogEntry& entry, const Endpoint* endpoint, QStringList* notes = nullptr);

} // namespace studio
