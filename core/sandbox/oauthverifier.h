#pragma once

// OAuth 1.0a signature checking for the sandbox, written from the server's point of view (RFC 5849 and
// Magento's Magento\Framework\Oauth\Helper\Request + Zend/Laminas OAuth signature code). It deliberately shares
// nothing with the client's signer in core/net: a bug shared by both would pass every test.

#include <optional>
#include <QByteArray>
#include <QList>
#include <QPair>

namespace studio::sandbox::oauth {

using Parameter = QPair<QByteArray, QByteArray>;
using Parameters = QList<Parameter>;

/// How the request's parameters become the signature base string.
enum class ParameterRules {
    /// RFC 5849 section 3.4.1.3: every query and form parameter (a name without '=' has an empty value),
    /// duplicates kept, sorted by encoded name then encoded value, byte order.
    Rfc5849,
    /// What Magento 2.4 does (Magento\Framework\Oauth\Helper\Request, Zend/Laminas OAuth signatures): query pairs
    /// must be exactly "name=value" (others are not signed) while a form body's name without '=' is an empty
    /// value, names that look like protocol parameters are skipped, a repeated name keeps its last value (the
    /// query's over the body's), and names are sorted with PHP's strnatcmp (natural order: "filters][10]" after
    /// "filters][9]"). A client that signs per RFC 5849 therefore fails on a real store when it sends repeated
    /// names or ten or more indexed filters; the sandbox fails it the same way.
    Magento,
};

/// The OAuth protocol parameters of an `Authorization: OAuth ...` header, percent-decoded, in header order
/// (realm and any non-oauth_ names left out). nullopt when the header is not an OAuth header.
std::optional<Parameters> parseAuthorizationHeader(const QByteArray& value);

/// RFC 3986 percent-encoding: everything but ALPHA / DIGIT / "-" / "." / "_" / "~", hex in upper case.
QByteArray percentEncode(const QByteArray& bytes);

/// Decodes "application/x-www-form-urlencoded" text ('+' is a space).
QByteArray formDecode(const QByteArray& bytes);

/// The base string URI: lower-case scheme and host, the port as the Host header gave it (Magento keeps an
/// explicit port), and the request path as sent, normalised per RFC 3986 (hex digits upper case, unreserved
/// characters decoded), without query or fragment.
QByteArray baseStringUri(const QByteArray& scheme, const QByteArray& hostHeader, const QByteArray& encodedPath);

/// The request parameters that are signed: the header's protocol parameters (without oauth_signature), the
/// query parameters and, for an application/x-www-form-urlencoded body, the body's parameters. JSON bodies are
/// not signed.
Parameters signedParameters(const Parameters& protocolParameters, const QByteArray& rawQuery,
    const QByteArray& contentType, const QByteArray& body, ParameterRules rules);

/// The normalised parameter string: encoded, sorted per `rules`, "name=value" joined by '&'.
QByteArray normalizedParameters(const Parameters& parameters, ParameterRules rules);

/// METHOD & enc(base string URI) & enc(normalised parameters).
QByteArray signatureBaseString(
    const QByteArray& method, const QByteArray& baseUri, const Parameters& parameters, ParameterRules rules);

/// base64(HMAC(enc(consumerSecret) & enc(tokenSecret), baseString)) for HMAC-SHA1 or HMAC-SHA256; nullopt for
/// any other method.
std::optional<QByteArray> sign(const QByteArray& signatureMethod, const QByteArray& baseString,
    const QByteArray& consumerSecret, const QByteArray& tokenSecret);

/// Constant-time comparison of two signatures.
bool signaturesEqual(const QByteArray& a, const QByteArray& b);

/// PHP's strnatcmp (natural order), as Magento's signature code sorts parameter names with it.
int naturalCompare(const QByteArray& a, const QByteArray& b);

} // namespace studio::sandbox::oauth
