#pragma once

#include "core/net/auth/tokenauth.h"

namespace studio::net {

/// Magento admin or customer tokens: POST /rest/<store>/V1/integration/{admin|customer}/token with the user name
/// and password, then "Authorization: Bearer <token>". The token's lifetime comes from its JWT "exp" claim
/// (Magento 2.4.4+), else Magento's default of one hour is assumed. A refused sign-in — wrong password, locked
/// account, two-factor authentication required — ends in one readable error and is not retried.
class MagentoTokenAuthProvider final : public TokenAuthProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MagentoTokenAuthProvider)

public:
    /// Lifetime assumed for tokens that carry no expiry (opaque tokens before 2.4.4).
    static constexpr qint64 DefaultLifetimeSecs = 3600;

    MagentoTokenAuthProvider(const AuthContext& context, bool customer, QObject* parent = nullptr);
    ~MagentoTokenAuthProvider() override;

    AuthType type() const override;
    QString explainUnauthorized(const QString& serverMessage) const override;
    QString describe() const override;

    /// The "exp" claim of a JWT (UTC); invalid when the token is not a JWT or has none.
    static QDateTime jwtExpiry(const QByteArray& token);

protected:
    void fetchToken(FetchDone done) override;

private:
    Result<QUrl> tokenUrl() const;

    bool m_customer;
    QString m_baseUrl;
    QString m_storeCode;
    QString m_username;
};

} // namespace studio::net
