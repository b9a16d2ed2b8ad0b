#include "core/net/auth/authprovider.h"

#include "core/net/auth/apikeyauth.h"
#include "core/net/auth/basicauth.h"
#include "core/net/auth/bearerauth.h"
#include "core/net/auth/magentotokenauth.h"
#include "core/net/auth/noauth.h"
#include "core/net/auth/oauth1auth.h"
#include "core/net/auth/oauth2auth.h"
#include "core/net/auth/tokencache.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace studio::net {

AuthProvider::AuthProvider(QObject* parent)
    : QObject(parent)
{ }

AuthProvider::~AuthProvider() = default;

bool AuthProvider::recoverFromUnauthorized(const OutgoingRequest& /*sent*/, const HttpResponse& /*response*/)
{
    return false;
}

QString AuthProvider::explainUnauthorized(const QString& serverMessage) const
{
    const QString base = tr("The server refused the credentials (HTTP 401)");
    return serverMessage.isEmpty() ? base + u'.' : tr("%1: %2").arg(base, serverMessage);
}

void AuthProvider::redactForLog(LogEntry& /*entry*/) const { }

Result<std::unique_ptr<AuthProvider>> createAuthProvider(const AuthContext& context)
{
    const AuthSettings& auth = context.endpoint.auth;
    std::unique_ptr<AuthProvider> provider;
    switch (auth.type) {
    case AuthType::None:
        provider = std::make_unique<NoAuthProvider>();
        break;
    case AuthType::Basic:
        provider = std::make_unique<BasicAuthProvider>(context);
        break;
    case AuthType::Bearer:
        provider = std::make_unique<BearerAuthProvider>(context);
        break;
    case AuthType::ApiKey: {
        const Status valid = ApiKeyAuthProvider::validate(auth);
        if (!valid)
            return valid.error();
        provider = std::make_unique<ApiKeyAuthProvider>(context);
        break;
    }
    case AuthType::OAuth1: {
        const Result<oauth1::SignatureMethod> method = OAuth1AuthProvider::signatureMethodOf(auth);
        if (!method)
            return method.error();
        provider = std::make_unique<OAuth1AuthProvider>(context, method.value());
        break;
    }
    case AuthType::MagentoAdminToken:
    case AuthType::MagentoCustomerToken:
        if (auth.fields.value(QStringLiteral("username")).trimmed().isEmpty())
            return Error {QCoreApplication::translate("AuthProvider", "The Magento user name is empty.")};
        provider = std::make_unique<MagentoTokenAuthProvider>(context, auth.type == AuthType::MagentoCustomerToken);
        break;
    case AuthType::OAuth2ClientCredentials:
    case AuthType::OAuth2RefreshToken: {
        const Status valid = OAuth2AuthProvider::validate(auth);
        if (!valid)
            return valid.error();
        provider = std::make_unique<OAuth2AuthProvider>(context, auth.type == AuthType::OAuth2RefreshToken);
        break;
    }
    }
    if (!provider)
        return Error {QCoreApplication::translate("AuthProvider", "This authentication type is not supported.")};
    return provider;
}

QString credentialFingerprint(const AuthSettings& auth, const QByteArray& salt)
{
    if (auth.type == AuthType::None)
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(salt);
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(authTypeId(auth.type).toUtf8());
    // The plain identity (user name, client id, key name) is part of which credential it is.
    for (const QString& field : {QStringLiteral("username"), QStringLiteral("clientId"), QStringLiteral("keyName")}) {
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(auth.fields.value(field).toUtf8());
    }
    for (auto it = auth.secretRefs.cbegin(); it != auth.secretRefs.cend(); ++it) {
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(QByteArray(it.key().toUtf8() + '=' + it.value().toUtf8()));
    }
    return QStringLiteral("cred:") + QString::fromLatin1(hash.result().toHex().left(16));
}

QStringList tokenCacheRefs(const Endpoint& endpoint)
{
    QStringList refs;
    const auto add = [&](const QString& field) {
        const QString ref = endpoint.auth.secretRefs.value(field);
        if (!ref.isEmpty())
            refs.append(TokenCache::refFor(ref));
    };
    switch (endpoint.auth.type) {
    case AuthType::MagentoAdminToken:
    case AuthType::MagentoCustomerToken:
        add(QStringLiteral("password"));
        break;
    case AuthType::OAuth2ClientCredentials:
        add(QStringLiteral("clientSecret"));
        break;
    case AuthType::OAuth2RefreshToken:
        add(QStringLiteral("refreshToken"));
        break;
    default:
        break;
    }
    return refs;
}

} // namespace studio::net
