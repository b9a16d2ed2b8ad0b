#pragma once

#include "core/common/result.h"
#include "core/secrets/securebytes.h"

#include <optional>
#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace studio::magento {

/// Which kind of Magento user a token is requested for.
enum class TokenKind {
    Admin,    ///< POST /V1/integration/admin/token
    Customer, ///< POST /V1/integration/customer/token
};

/// "/V1/integration/admin/token" or "/V1/integration/customer/token".
QString tokenServicePath(TokenKind kind);
/// The 2FA token route of a provider: "/V1/tfa/provider/google/authenticate" (u2fkey: ".../u2fkey/verify").
QString twoFactorTokenServicePath(const QString& provider = QStringLiteral("google"));

/// The JSON body {"username": ..., "password": ...}. The password is escaped straight into a wiped buffer and
/// never passes through QString or QJsonDocument. Fails when the password is not valid UTF-8.
Result<SecureBytes> tokenRequestBody(const QString& username, const SecureBytes& password);
/// The body for a 2FA provider route: {"username", "password", "otp"}.
Result<SecureBytes> twoFactorTokenRequestBody(const QString& username, const SecureBytes& password, const QString& otp);

/// Reads the answer to a token request. A 2xx answer must be a bare JSON string: the token, returned in a wiped
/// buffer (the caller should wipe `body` too). Anything else fails with one readable sentence: Magento's message
/// with placeholders filled and, for 2FA accounts, wrong credentials or a locked account, what to do. The error
/// never repeats the body of a 2xx answer (it could hold a token in an unexpected shape).
Result<SecureBytes> parseTokenResponse(int httpStatus, const QByteArray& body);

/// When a JWT token (Magento 2.4.4+) expires, from its `exp` claim; nullopt for opaque tokens or no claim.
/// Reads only the payload (claims uid, utypid, iat, exp), never the signature.
std::optional<QDateTime> tokenExpiry(const SecureBytes& token);

} // namespace studio::magento
