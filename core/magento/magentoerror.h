#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace studio::magento {

/// What an error response's body turned out to be.
enum class BodyKind {
    MagentoJson,    ///< Magento's error object: {"message", "parameters", "errors", "code", "trace"}
    JsonString,     ///< a bare JSON string
    OtherJson,      ///< valid JSON of another shape (an array, a number, an object without "message")
    UnreadableJson, ///< looked like JSON but did not parse (cut off, or broken)
    Xml,            ///< an XML error (Magento answers XML when the request's Accept asks for it)
    Html,           ///< a web page: maintenance page, WAF block page, proxy error, login page
    Text,           ///< plain text
    Binary,         ///< bytes that are not text (or a compressed body that was not decompressed)
    Empty,          ///< no body at all
};

/// A Magento web API error decoded from an HTTP response, with placeholders filled in and, where the studio can
/// tell, a plain-words hint. Robust to whatever a server or something in front of it sends: HTML maintenance and
/// WAF pages, bare strings, empty or huge bodies, broken UTF-8, truncated JSON.
struct MagentoError
{
    int httpStatus = 0;
    BodyKind bodyKind = BodyKind::Empty;
    /// The message with %1 / %name placeholders filled from `parameters`; for non-JSON bodies a sentence that says
    /// what was received instead ("The server answered with an HTML page instead of JSON (title: ...).").
    QString message;
    /// Magento's raw message before placeholders were filled (JSON bodies only).
    QString messageTemplate;
    /// `parameters` as sent: an array (%1, %2, ...) or an object (%name), or undefined.
    QJsonValue parameters;
    /// `errors[]`, each filled from its own parameters.
    QStringList details;
    /// The PHP stack trace (developer mode only); kept apart from the message so a UI can fold it away.
    QString trace;
    /// Magento's `code` (an exception code; usually absent or 0).
    int code = 0;
    /// "webapi-..." or an api report number from an "Internal Error ... Report ID" message, for the admin's logs.
    QString reportId;
    /// <title> (or first heading) of an HTML page.
    QString pageTitle;
    /// A translated, plain-words explanation and the way forward; empty when the studio has nothing to add.
    QString hint;
    /// True for Magento's two-factor-authentication answers to an admin token request.
    bool twoFactorRequired = false;
    /// For 2FA answers: the providers Magento reports as active for the user ("google", "duo_security", ...).
    QStringList twoFactorProviders;

    /// One readable line: "HTTP 404: The product that was requested doesn't exist. Verify the product and try
    /// again." followed by the details; no trace.
    QString summary() const;

    // Last: the macro leaves the access at private.
    Q_DECLARE_TR_FUNCTIONS(studio::magento::MagentoError)
};

/// Decodes the body of an error response. `contentType` is the Content-Type header, if known (used as a hint
/// only: servers mislabel bodies). Never fails; at worst the message says what arrived.
MagentoError decodeError(int httpStatus, const QByteArray& body, const QByteArray& contentType = QByteArray());

/// Fills Magento's placeholders the way Magento\Framework\Phrase\Renderer\Placeholder does: a list fills %1, %2,
/// ...; an object fills %key (a numeric key n fills %(n+1), as PHP arrays do). The longest placeholder wins
/// (%10 before %1) and replacements are not scanned again. Non-string values are printed as JSON scalars; lists
/// are joined with ", ".
QString fillPlaceholders(const QString& text, const QJsonValue& parameters);

} // namespace studio::magento
