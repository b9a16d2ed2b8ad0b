#pragma once

#include "core/net/auth/authprovider.h"

namespace studio::net {

/// HTTP Basic authentication (RFC 7617): user name from the endpoint, password from the secret store.
class BasicAuthProvider final : public AuthProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BasicAuthProvider)

public:
    BasicAuthProvider(const AuthContext& context, QObject* parent = nullptr);
    ~BasicAuthProvider() override;
    AuthType type() const override { return AuthType::Basic; }
    void authorize(OutgoingRequest request, QObject* context, Done done) override;
    QString explainUnauthorized(const QString& serverMessage) const override;
    QString describe() const override;

private:
    QString m_username;
    SecretFields* m_secrets;
};

} // namespace studio::net
