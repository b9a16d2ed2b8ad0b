#include "core/net/auth/magentotokenauth.h"

#include "core/magento/magentoerror.h"
#include "core/magento/magentourl.h"
#include "core/net/auth/secretfields.h"
#include "core/net/servermessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace studio::net {

namespace {

QString cacheRefOf(const AuthContext& context)
{
    const QString ref = context.endpoint.auth.secretRefs.value(QStringLiteral("password"));
    return ref.isEmpty() ? QString() : TokenCache::refFor(ref);
}

QString ownerOf(const AuthContext& context, bool customer)
{
    return (customer ? QStringLiteral("magento-customer ") : QStringLiteral("magento-admin "))
        + context.endpoint.baseUrl + u' ' + context.endpoint.storeCode + u' '
        + context.endpoint.auth.fields.value(QStringLiteral("username"));
}

} // namespace

MagentoTokenAuthProvider::MagentoTokenAuthProvider(const AuthContext& context, bool customer, QObject* parent)
    : TokenAuthProvider(context,
        new SecretFields(context.secrets, context.endpoint.auth.secretRefs, {QStringLiteral("password")}),
        cacheRefOf(context), ownerOf(context, customer), parent)
    , m_customer(customer)
    , m_baseUrl(context.endpoint.baseUrl)
    , m_storeCode(context.endpoint.storeCode.trimmed())
    , m_username(context.endpoint.auth.fields.value(QStringLiteral("username")).trimmed())
{ }

MagentoTokenAuthProvider::~MagentoTokenAuthProvider() = default;

AuthType MagentoTokenAuthProvider::type() const
{
    return m_customer ? AuthType::MagentoCustomerToken : AuthType::MagentoAdminToken;
}

Result<QUrl> MagentoTokenAuthProvider::tokenUrl() const
{
    const Result<magento::MagentoUrl> base = magento::MagentoUrl::fromBase(m_baseUrl);
    if (!base)
        return base.error();
    const Result<magento::StoreScope> scope = magento::StoreScope::parse(m_storeCode);
    if (!scope)
        return scope.error();
    return base->rest(scope.value(),
        m_customer ? QStringLiteral("/V1/integration/customer/token") : QStringLiteral("/V1/integration/admin/token"));
}

QDateTime MagentoTokenAuthProvider::jwtExpiry(const QByteArray& token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(parts.at(1),
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    const QJsonObject claims = QJsonDocument::fromJson(*decoded).object();
    const double exp = claims.value(QStringLiteral("exp")).toDouble(-1);
    if (exp <= 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(exp), Qt::UTC);
}

void MagentoTokenAuthProvider::fetchToken(FetchDone done)
{
    if (!transport()) {
        done({std::nullopt, Error {tr("Magento tokens cannot be fetched here (no transport).")}, true});
        return;
    }
    const Result<QUrl> url = tokenUrl();
    if (!url) {
        done({std::nullopt, url.error(), true});
        return;
    }
    OutgoingRequest request;
    request.method = "POST";
    request.url = url.value();
    request.setHeader("Content-Type", "application/json");
    request.setHeader("Accept", "application/json");
    QString password = secrets()->value(QStringLiteral("password")).toUtf8String();
    QJsonObject body {{QStringLiteral("username"), m_username}, {QStringLiteral("password"), password}};
    wipe(password);
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    body = QJsonObject();
    const QString who = m_customer ? tr("customer \"%1\"").arg(m_username) : tr("admin user \"%1\"").arg(m_username);
    transport()->sendAuthRequest(std::move(request), this, [this, who, done = std::move(done)](HttpResponse response) {
        if (response.failure != FailureKind::None && response.failure != FailureKind::Http) {
            done({std::nullopt,
                Error {tr("Could not reach Magento to sign in as %1: %2").arg(who, response.errorMessage)}, false});
            return;
        }
        if (response.status == 200) {
            // The answer is a bare JSON string.
            QByteArray wrapped = '[' + response.body + ']';
            wipe(response.body);
            QString token = QJsonDocument::fromJson(wrapped).array().at(0).toString();
            wipe(wrapped);
            if (token.isEmpty()) {
                done({std::nullopt,
                    Error {tr("Magento answered the sign-in of %1 without a token; is %2 a Magento store?")
                               .arg(who, response.url.toString(QUrl::RemoveQuery))},
                    true});
                return;
            }
            CachedToken cached;
            cached.token = SecureBytes::fromUtf8(token);
            QByteArray raw = token.toUtf8();
            cached.expiresAt = jwtExpiry(raw);
            wipe(raw);
            wipe(token);
            if (!cached.expiresAt.isValid())
                cached.expiresAt = now().addSecs(DefaultLifetimeSecs);
            done({std::move(cached), Error {}, false});
            return;
        }
        const QString message = serverMessageOf(response);
        const magento::MagentoError decoded
            = magento::decodeError(response.status, response.body, response.header("Content-Type"));
        if (decoded.twoFactorRequired) {
            // core/magento knows the 2FA answers and the way forward (provider route, or an integration).
            done({std::nullopt,
                Error {tr("Magento requires two-factor authentication for %1 (\"%2\"). %3")
                           .arg(who, message, decoded.hint)},
                true});
            return;
        }
        if (response.status == 401) {
            done({std::nullopt,
                Error {tr("Magento refused the sign-in of %1: %2 The studio will not try this password again in this "
                          "session (after 6 failures Magento locks the account for 30 minutes); check the user name "
                          "and password.")
                           .arg(who, message)},
                true});
            return;
        }
        if (response.status == 404) {
            done({std::nullopt,
                Error {
                    tr("Magento has no token route at %1 (HTTP 404%2): check the base URL and the store code \"%3\".")
                        .arg(response.url.toString(QUrl::RemoveQuery),
                            message.isEmpty() ? QString() : QStringLiteral(": ") + message, m_storeCode)},
                true});
            return;
        }
        done({std::nullopt,
            Error {tr("Magento did not sign in %1 (HTTP %2)%3")
                       .arg(who)
                       .arg(response.status)
                       .arg(message.isEmpty() ? QStringLiteral(".") : QStringLiteral(": ") + message)},
            response.status == 400});
    });
}

QString MagentoTokenAuthProvider::explainUnauthorized(const QString& serverMessage) const
{
    QString text
        = tr("Magento refused a freshly issued token for %1 (HTTP 401)")
              .arg(m_customer ? tr("customer \"%1\"").arg(m_username) : tr("admin user \"%1\"").arg(m_username));
    text += serverMessage.isEmpty() ? QStringLiteral(".") : QStringLiteral(": ") + serverMessage;
    if (serverMessage.contains(u"isn't authorized to access")) {
        text += u' '
            + (m_customer ? tr("Customers may only call their own (\"self\") routes.")
                          : tr("The user signs in, but its role lacks this resource: grant it under System › "
                               "Permissions › User Roles."));
    }
    return text;
}

QString MagentoTokenAuthProvider::describe() const
{
    return m_customer ? tr("Magento customer token for \"%1\"").arg(m_username)
                      : tr("Magento admin token for \"%1\"").arg(m_username);
}

} // namespace studio::net
