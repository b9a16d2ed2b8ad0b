#pragma once

#include "core/log/logentry.h"

#include <mutex>
#include <QByteArray>
#include <QByteArrayList>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace studio {

/// What the request log hides before anything is written. The defaults cover what Magento and common back
/// offices send; a workspace may add names. Names are compared case-insensitively with '-', '_', '.' and
/// spaces ignored, so "access_token", "accessToken" and "Access-Token" are one name.
struct RedactionPolicy
{
    /// The text that replaces a hidden value.
    QByteArray marker = "[redacted]";
    /// Headers whose credentials are hidden but whose scheme is kept ("Bearer [redacted]"); OAuth 1.0a
    /// parameters in them are hidden one by one (see keptOAuthParameters).
    QByteArrayList authorizationHeaders {"authorization", "proxy-authorization"};
    /// Headers whose cookie values are hidden; cookie names and attributes (Path, Expires...) are kept.
    QByteArrayList cookieHeaders {"cookie", "set-cookie", "set-cookie2"};
    /// Further headers whose whole value is hidden (API keys and similar). Header names that match the key
    /// rules below (e.g. X-Api-Key, X-Auth-Token) are hidden too.
    QByteArrayList secretHeaders {"x-api-key", "api-key", "apikey", "x-auth-token", "x-access-token", "private-token",
        "x-amz-security-token", "ocp-apim-subscription-key", "x-shopify-access-token"};
    /// Headers that carry URLs (their query strings are redacted like the request URL).
    QByteArrayList urlHeaders {"location", "content-location", "referer", "link"};
    /// JSON keys, query and form parameter names hidden when they equal one of these.
    QStringList sensitiveKeys {QStringLiteral("token"), QStringLiteral("access_token"), QStringLiteral("refresh_token"),
        QStringLiteral("id_token"), QStringLiteral("client_secret"), QStringLiteral("consumer_secret"),
        QStringLiteral("consumer_key"), QStringLiteral("api_key"), QStringLiteral("password"), QStringLiteral("secret"),
        QStringLiteral("otp"), QStringLiteral("cvv"), QStringLiteral("cvc"), QStringLiteral("cc_number"),
        QStringLiteral("card_number"), QStringLiteral("authorization"), QStringLiteral("cookie"),
        QStringLiteral("session_id"), QStringLiteral("private_key")};
    /// JSON keys, query and form parameter names hidden when they contain one of these (so that
    /// "newPassword", "customer_password" or "payment_token" are caught without listing every variant).
    QStringList sensitiveKeyParts {QStringLiteral("password"), QStringLiteral("passwd"), QStringLiteral("passphrase"),
        QStringLiteral("secret"), QStringLiteral("token"), QStringLiteral("apikey"), QStringLiteral("privatekey")};
    /// OAuth 1.0a parameters (oauth_*) are hidden except these, which carry no secret and help debugging
    /// ("Incorrect timestamp value", "Signature method ... is not supported").
    QStringList keptOAuthParameters {
        QStringLiteral("oauth_signature_method"), QStringLiteral("oauth_version"), QStringLiteral("oauth_timestamp")};
    /// URL paths (wildcards: * and ?) whose successful response bodies are replaced whole: they hand out
    /// tokens, sometimes as a bare JSON string that no key rule could recognise.
    QStringList tokenEndpointPaths {QStringLiteral("*/V1/integration/admin/token"),
        QStringLiteral("*/V1/integration/customer/token"), QStringLiteral("*/V1/tfa/provider/*/authenticate"),
        QStringLiteral("*/V1/tfa/provider/*/authenticate/*"), QStringLiteral("*/oauth/token/*"),
        QStringLiteral("*/oauth/token"), QStringLiteral("*/oauth2/token"), QStringLiteral("*/oauth2/*/token"),
        QStringLiteral("*/token")};
    /// Exact OAuth 2.0 token URLs configured on endpoints (scheme, host and path compared; query ignored).
    QStringList tokenUrls;
};

/// Hides credentials and other secrets in a LogEntry before the request log stores it: credential headers,
/// cookies, OAuth parameters, sensitive JSON keys at any depth, sensitive query and form parameters, user
/// info in URLs, token endpoints' responses, and any literal secret registered with addLiteral().
/// JSON bodies are rewritten in place (formatting and key order stay as they were), and bodies that are not
/// valid JSON are still scanned for `"key": value` pairs. Thread-safe.
class Redactor final
{
public:
    explicit Redactor(RedactionPolicy policy = {});

    /// Redacts every field of `entry` that may carry a secret.
    void redact(LogEntry& entry) const;

    /// Adds a secret value (e.g. a token the engine just obtained) that is replaced wherever it appears,
    /// also in places no rule covers (an error message echoing it). Values shorter than 6 bytes are ignored:
    /// they would match ordinary text.
    void addLiteral(const QByteArray& secret);

    /// The pieces, for callers that redact one thing (a cURL export, a replayed request).
    QString redactUrl(const QString& url) const;
    QByteArray redactHeaderValue(const QByteArray& name, const QByteArray& value) const;
    /// Redacts a body; `contentType` helps to pick JSON or form handling (bodies are also sniffed).
    QByteArray redactBody(const QByteArray& body, const QByteArray& contentType) const;
    /// Redacts a JSON text (any depth, also when malformed).
    QByteArray redactJson(const QByteArray& json) const;
    /// Redacts an application/x-www-form-urlencoded text or a query string (without '?').
    QByteArray redactForm(const QByteArray& form) const;
    /// Redacts the text of XML elements with a sensitive name (SOAP bodies).
    QByteArray redactXml(const QByteArray& xml) const;
    /// Redacts the values of multipart/form-data parts with a sensitive name.
    QByteArray redactMultipart(const QByteArray& body) const;
    /// True when responses of this URL are replaced whole (a token endpoint).
    bool isTokenEndpoint(const QString& url) const;
    /// True when a JSON key or parameter name is hidden by the key rules.
    bool isSensitiveKey(QStringView key) const;

    const RedactionPolicy& policy() const { return m_policy; }

private:
    bool isSensitiveHeader(const QByteArray& lowerName) const;
    /// isSensitiveKey() for the raw bytes of a JSON key (between the quotes), without allocating.
    bool isSensitiveRawKey(QByteArrayView raw) const;
    /// `name: \"value\"` arguments inside an escaped JSON string (GraphQL queries); null when nothing changed.
    QByteArray redactInlineArguments(QByteArrayView escaped) const;
    QByteArray redactAuthorization(const QByteArray& value) const;
    QByteArray redactCookies(const QByteArray& value, bool setCookie) const;
    QByteArray scrubLiterals(QByteArray bytes) const;
    QString scrubLiterals(const QString& text) const;

    RedactionPolicy m_policy;
    QStringList m_exactKeys;          // normalized
    QStringList m_keyParts;           // normalized
    QStringList m_keptOAuth;          // lower-case
    QSet<QByteArray> m_exactKeyBytes; // the same three as UTF-8, for the JSON fast path
    QByteArrayList m_keyPartBytes;
    QByteArrayList m_keptOAuthBytes;
    QList<QRegularExpression> m_tokenPaths;
    QByteArrayList m_tokenPathRuns; // longest literal run of each token path glob, lower case (empty: none)
    mutable std::mutex m_literalsMutex;
    QByteArrayList m_literals;
};

} // namespace studio
