#include "core/net/auth/oauth2auth.h"

#include "core/net/auth/oauth1signer.h"
#include "core/net/auth/secretfields.h"
#include "core/net/servermessage.h"
#include "core/secrets/secretstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace studio::net {

namespace {

QString cacheRefOf(const AuthContext& context, bool refreshGrant)
{
    const QString ref = context.endpoint.auth.secretRefs.value(
        refreshGrant ? QStringLiteral("refreshToken") : QStringLiteral("clientSecret"));
    return ref.isEmpty() ? QString() : TokenCache::refFor(ref);
}

QString ownerOf(const AuthContext& context, bool refreshGrant)
{
    const auto& fields = context.endpoint.auth.fields;
    return (refreshGrant ? QStringLiteral("oauth2-refresh ") : QStringLiteral("oauth2-client "))
        + fields.value(QStringLiteral("tokenUrl")).trimmed() + u' ' + fields.value(QStringLiteral("clientId")).trimmed()
        + u' ' + fields.value(QStringLiteral("scopes")).simplified();
}

// Scopes may be typed with commas or spaces; the wire form is space-separated (RFC 6749 §3.3).
QString normalizedScopes(const QString& text)
{
    QString scopes = text;
    scopes.replace(u',', u' ');
    return scopes.simplified();
}

QByteArray formEncode(const QList<QPair<QByteArray, QByteArray>>& fields)
{
    QByteArray out;
    for (const auto& field : fields) {
        if (!out.isEmpty())
            out += '&';
        out += oauth1::percentEncode(field.first) + '=' + oauth1::percentEncode(field.second);
    }
    return out;
}

} // namespace

OAuth2AuthProvider::OAuth2AuthProvider(const AuthContext& context, bool refreshGrant, QObject* parent)
    : TokenAuthProvider(context,
        new SecretFields(context.secrets, context.endpoint.auth.secretRefs,
            refreshGrant ? QStringList {QStringLiteral("refreshToken")} : QStringList {QStringLiteral("clientSecret")}),
        cacheRefOf(context, refreshGrant), ownerOf(context, refreshGrant), parent)
    , m_store(context.secrets)
    , m_refreshGrant(refreshGrant)
    , m_tokenUrl(context.endpoint.auth.fields.value(QStringLiteral("tokenUrl")).trimmed())
    , m_clientId(context.endpoint.auth.fields.value(QStringLiteral("clientId")).trimmed())
    , m_scopes(normalizedScopes(context.endpoint.auth.fields.value(QStringLiteral("scopes"))))
{ }

OAuth2AuthProvider::~OAuth2AuthProvider() = default;

Status OAuth2AuthProvider::validate(const AuthSettings& auth)
{
    const QString text = auth.fields.value(QStringLiteral("tokenUrl")).trimmed();
    const QUrl url(text, QUrl::StrictMode);
    if (text.isEmpty() || !url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")
        || url.host().isEmpty())
        return Error {QCoreApplication::translate(
            "OAuth2AuthProvider", "The OAuth 2.0 token URL \"%1\" is not an http or https URL.")
                          .arg(text)};
    return Status();
}

AuthType OAuth2AuthProvider::type() const
{
    return m_refreshGrant ? AuthType::OAuth2RefreshToken : AuthType::OAuth2ClientCredentials;
}

void OAuth2AuthProvider::fetchToken(FetchDone done)
{
    if (!transport()) {
        done({std::nullopt, Error {tr("OAuth 2.0 tokens cannot be fetched here (no transport).")}, true});
        return;
    }
    OutgoingRequest request;
    request.method = "POST";
    request.url = m_tokenUrl;
    request.setHeader("Content-Type", "application/x-www-form-urlencoded");
    request.setHeader("Accept", "application/json");
    QList<QPair<QByteArray, QByteArray>> form;
    QByteArray refreshToken;
    if (m_refreshGrant) {
        refreshToken = secrets()->value(QStringLiteral("refreshToken")).reveal();
        form = {{"grant_type", "refresh_token"}, {"refresh_token", refreshToken}};
    } else {
        form = {{"grant_type", "client_credentials"}};
    }
    if (!m_scopes.isEmpty())
        form.append({"scope", m_scopes.toUtf8()});
    if (secrets()->has(QStringLiteral("clientSecret"))) {
        // RFC 6749 §2.3.1: both parts form-encoded, then Basic.
        QByteArray secret = secrets()->value(QStringLiteral("clientSecret")).reveal();
        QByteArray credentials = oauth1::percentEncode(m_clientId.toUtf8()) + ':' + oauth1::percentEncode(secret);
        request.setHeader("Authorization", "Basic " + credentials.toBase64());
        wipe(secret);
        wipe(credentials);
    } else if (!m_clientId.isEmpty()) {
        form.append({"client_id", m_clientId.toUtf8()});
    }
    request.body = formEncode(form);
    wipe(refreshToken);
    for (auto& field : form)
        wipe(field.second);

    const QUrl tokenUrl = m_tokenUrl;
    transport()->sendAuthRequest(
        std::move(request), this, [this, tokenUrl, done = std::move(done)](HttpResponse response) {
            if (response.failure != FailureKind::None && response.failure != FailureKind::Http) {
                done({std::nullopt,
                    Error {
                        tr("Could not reach the OAuth 2.0 token server %1: %2")
                            .arg(tokenUrl.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo), response.errorMessage)},
                    false});
                return;
            }
            QJsonObject object = QJsonDocument::fromJson(response.body).object();
            wipe(response.body);
            QString accessToken = object.value(QStringLiteral("access_token")).toString();
            if (response.status != 200 || accessToken.isEmpty()) {
                const QString code = object.value(QStringLiteral("error")).toString();
                const QString description = object.value(QStringLiteral("error_description")).toString();
                QString reason = code.isEmpty() ? serverMessageOf(response) : code;
                if (!description.isEmpty())
                    reason += QStringLiteral(" (") + description + u')';
                if (reason.isEmpty())
                    reason = response.status == 200 ? tr("the answer holds no access_token") : tr("no reason given");
                QString hint;
                if (code == u"invalid_client")
                    hint = u' ' + tr("Check the client id and client secret.");
                else if (code == u"invalid_grant" && m_refreshGrant)
                    hint = u' ' + tr("The refresh token is expired or revoked: obtain a new one and store it.");
                else if (code == u"invalid_scope")
                    hint = u' ' + tr("Check the scopes.");
                // Refused credentials stay refused; a 5xx may pass.
                const bool permanent = response.status >= 400 && response.status < 500;
                done({std::nullopt,
                    Error {tr("The OAuth 2.0 token server refused to issue a token (HTTP %1): %2.%3")
                               .arg(response.status)
                               .arg(reason, hint)},
                    permanent});
                return;
            }
            CachedToken cached;
            cached.token = SecureBytes::fromUtf8(accessToken);
            wipe(accessToken);
            const double expiresIn = object.value(QStringLiteral("expires_in")).toVariant().toDouble();
            cached.expiresAt = now().addSecs(expiresIn > 0 ? qint64(expiresIn) : DefaultLifetimeSecs);
            QString rotated = object.value(QStringLiteral("refresh_token")).toString();
            object = QJsonObject();
            if (m_refreshGrant && !rotated.isEmpty()) {
                const SecureBytes newRefresh = SecureBytes::fromUtf8(rotated);
                if (!(newRefresh == secrets()->value(QStringLiteral("refreshToken")))) {
                    secrets()->setValue(QStringLiteral("refreshToken"), newRefresh);
                    const QString ref = secrets()->ref(QStringLiteral("refreshToken"));
                    if (m_store && !ref.isEmpty())
                        m_store->write(ref, newRefresh, this, [](const Status&) {});
                }
            }
            wipe(rotated);
            done({std::move(cached), Error {}, false});
        });
}

QString OAuth2AuthProvider::explainUnauthorized(const QString& serverMessage) const
{
    QString text = tr("The server refused a freshly issued OAuth 2.0 token (HTTP 401)");
    text += serverMessage.isEmpty() ? QStringLiteral(".") : QStringLiteral(": ") + serverMessage;
    if (!m_scopes.isEmpty())
        text += u' ' + tr("Check that the scopes (%1) cover this request.").arg(m_scopes);
    return text;
}

QString OAuth2AuthProvider::describe() const
{
    return m_refreshGrant ? tr("OAuth 2.0 refresh-token grant via %1").arg(m_tokenUrl.host())
                          : tr("OAuth 2.0 client credentials via %1").arg(m_tokenUrl.host());
}

} // namespace studio::net
