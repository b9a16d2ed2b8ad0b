#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace studio::net::oauth1 {

using Parameter = QPair<QByteArray, QByteArray>; ///< a decoded (raw) name and value
using ParameterList = QList<Parameter>;

/// The HMAC behind an OAuth 1.0a signature.
enum class SignatureMethod { HmacSha256, HmacSha1 };

/// "HMAC-SHA256" / "HMAC-SHA1".
QByteArray signatureMethodName(SignatureMethod method);

/// How the normalized parameters are ordered before they are joined. Servers differ:
/// - Rfc5849: percent-encode, then sort by encoded name, then by encoded value (RFC 5849 §3.4.1.3.2; oauthlib).
/// - RawNames: sort by the decoded names (byte order), then encode (Magento 2.4.7+, Helper\Signature\Hmac).
/// - NaturalEncoded: encode, then sort by encoded name in PHP strnatcmp order (older Magento via Laminas OAuth).
/// They agree unless names differ where one has a digit run of another length or a reserved character, e.g.
/// searchCriteria[filter_groups][1] vs [10] — so for most requests the choice does not matter.
enum class ParameterOrder { Rfc5849, RawNames, NaturalEncoded };

/// RFC 3986 percent-encoding as OAuth requires: everything but ALPHA / DIGIT / "-" / "." / "_" / "~" is encoded,
/// with upper-case hex digits (RFC 5849 §3.6).
QByteArray percentEncode(const QByteArray& raw);

/// The base string URI (RFC 5849 §3.4.1.2): lower-case scheme and host, the port only when it is not the
/// scheme's default, the path as sent (percent-encoding preserved, "/" when empty), no query or fragment.
QByteArray baseStringUri(const QUrl& url);

/// The query parameters of `url`, decoded; parameters without "=" get an empty value.
ParameterList queryParameters(const QUrl& url);

/// The fields of an application/x-www-form-urlencoded body, decoded ("+" is a space there).
ParameterList formParameters(const QByteArray& body);

/// Normalized parameters (RFC 5849 §3.4.1.3.2): each name and value encoded, pairs ordered by `order`, joined
/// as name=value with "&". `oauth_signature` is left out.
QByteArray normalizedParameters(const ParameterList& parameters, ParameterOrder order = ParameterOrder::Rfc5849);

/// The signature base string: METHOD & enc(base string URI) & enc(normalized parameters). `parameters` must hold
/// the oauth_* protocol parameters plus the query and form parameters.
QByteArray signatureBaseString(const QByteArray& method, const QUrl& url, const ParameterList& parameters,
    ParameterOrder order = ParameterOrder::Rfc5849);

/// base64(HMAC(enc(consumerSecret) & enc(tokenSecret), baseString)).
QByteArray sign(SignatureMethod method, const QByteArray& baseString, const QByteArray& consumerSecret,
    const QByteArray& tokenSecret);

/// A nonce of `length` random letters and digits (Magento stores nonces in a 32-character column).
QByteArray generateNonce(int length = 32);

/// Everything needed to sign one request.
struct SigningInput
{
    QByteArray method;
    QUrl url;            ///< as sent, query included
    QByteArray formBody; ///< the body when it is application/x-www-form-urlencoded, else empty
    SignatureMethod signatureMethod = SignatureMethod::HmacSha256;
    ParameterOrder order = ParameterOrder::Rfc5849;
    QByteArray consumerKey;
    QByteArray consumerSecret;
    QByteArray token;
    QByteArray tokenSecret;
    QByteArray nonce;
    qint64 timestamp = 0;       ///< seconds since the epoch
    bool includeVersion = true; ///< send oauth_version="1.0"
};

/// The result of signing: the base string (for diagnostics; contains no secret) and the header to send.
struct Signed
{
    QByteArray baseString;
    QByteArray signature;           ///< base64
    QByteArray authorizationHeader; ///< `OAuth oauth_consumer_key="...", ..., oauth_signature="..."`
};

/// Signs a request for transport in the Authorization header (RFC 5849 §3.5.1).
Signed signRequest(const SigningInput& input);

} // namespace studio::net::oauth1
