#pragma once

#include "core/common/result.h"
#include "core/interop/requestformat.h"
#include "core/workspace/savedrequest.h"
#include "core/workspace/variables.h"

#include <optional>
#include <QString>

namespace studio::interop {

/// An absolute URL split without decoding anything, so {{variables}} and percent-encoding stay as typed
/// (QUrl would normalise both).
struct UrlParts
{
    QString scheme;   ///< lower-case; empty when the text has no "scheme://"
    QString userInfo; ///< "user:password" before '@'; never put into a request
    QString host;     ///< as typed (may be a {{variable}})
    QString port;     ///< empty for the scheme's default
    QString path;     ///< starts with '/' or is empty
    QString query;    ///< after '?', without it; still encoded
    QString fragment; ///< after '#'

    /// scheme://host[:port]
    QString origin() const;
};
UrlParts splitUrl(const QString& url);

/// Decodes a query string ("a=1&b=x+y") into ordered pairs; '+' means a space, as servers (PHP) read it.
KeyValueList decodeQuery(const QString& query);
/// Percent-encodes a query key or value: RFC 3986 unreserved characters stay, and with `keepBrackets` also
/// '[' and ']' (Magento's searchCriteria stays readable), '{' and '}' ({{variables}}).
QString encodeQueryComponent(const QString& text, bool keepBrackets);
/// "k=v&k2=v2" with both sides encoded.
QString encodeQuery(const KeyValueList& query, bool keepBrackets);

/// A Magento REST path split into its parts: <prefix>/rest/<store>/[async/[bulk/]]V1/...
/// A thin adapter over magento::MagentoUrl::locate() for paths that may hold {{variables}} and whose shop
/// address is not known yet (the part before /rest becomes `prefix`).
struct MagentoRestPath
{
    QString prefix;    ///< the path before /rest (a shop installed in a sub-folder)
    QString storeCode; ///< empty for /rest/V1 (the default store)
    bool async = false;
    bool bulk = false;
    QString path; ///< "/V1/..." (or whatever follows)
};
std::optional<MagentoRestPath> splitMagentoRestPath(const QString& path);

/// Where an absolute URL lands among the workspace's endpoints.
struct UrlMapping
{
    QString endpointId; ///< empty: no endpoint matched, `path` is the absolute URL without query
    RequestSpec::Mode mode = RequestSpec::Mode::Rest;
    QString path;
    QString storeCode; ///< Magento: only when it differs from the endpoint's
    KeyValueList query;
};

/// Finds the endpoint whose (resolved) base URL the URL lies under — the longest one wins — and splits the URL
/// into endpoint, mode, relative path, store code and decoded query. Magento endpoints match only /rest/... and
/// /graphql below their base URL. Endpoints whose base URL does not resolve in the environment are skipped.
UrlMapping mapUrl(const QString& url, const ImportContext& context);

/// The absolute URL a request goes to, resolved, with its query encoded (brackets kept): the endpoint's API root
/// (Magento: <base>/rest/<store>[/async/bulk], GraphQL mode: the GraphQL URL) + path + query. `endpoint` is the
/// unresolved endpoint or nullptr for an absolute path. Fails naming an unknown variable.
Result<QString> requestUrl(const RequestSpec& spec, const Endpoint* endpoint, const VariableResolver& resolver);

/// The Content-Type a body type implies: json and graphql → application/json, form →
/// application/x-www-form-urlencoded, text → text/plain; empty for none.
QByteArray impliedContentType(const QString& bodyType);

/// A request's credentials found in an Authorization-like header, moved out of the request.
struct HeaderCredential
{
    AuthSettings auth;                  ///< type and plain fields
    QMap<QString, SecureBytes> secrets; ///< field → value
};
/// Recognises credentials in a header: "Authorization: Basic …" / "Bearer …" and API-key headers (X-Api-Key,
/// Api-Key, X-Auth-Token, ...) with a literal value. Values that are only {{variables}} are not credentials.
std::optional<HeaderCredential> credentialFromHeader(const QString& name, const QString& value);

/// A unique endpoint id for a proposed endpoint named `name`, not in `taken`; adds it to `taken`.
QString uniqueEndpointId(const QString& name, QStringList& taken);

} // namespace studio::interop
