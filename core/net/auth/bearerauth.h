#pragma once

#include "core/net/auth/authprovider.h"

namespace studio::net {

/// A fixed bearer token from the secret store (RFC 6750), e.g. an integration access token where Magento allows
/// it as a bearer token.
class BearerAuthProvider final : public AuthProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BearerAuthProvider)

public:
    BearerAuthProvider(const AuthContext& context, QObject* parent = nullptr);
    ~BearerAuthProvider() override;
    AuthType type() const override { return AuthType::Bearer; }
    void authorize(OutgoingRequest request, QObject* context, Done done) override;
    QString explainUnauthorized(const QString& serverMessage) const override;
    QString describe() const override;

private:
    bool m_magento;
    SecretFields* m_secrets;
};

} // namespace studio::net
