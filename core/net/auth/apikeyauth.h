#pragma once

#include "core/net/auth/authprovider.h"

namespace studio::net {

/// An API key sent in a header (e.g. "X-Api-Key") or a query parameter (e.g. "api_key").
class ApiKeyAuthProvider final : public AuthProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyAuthProvider)

public:
    ApiKeyAuthProvider(const AuthContext& context, QObject* parent = nullptr);
    ~ApiKeyAuthProvider() override;
    AuthType type() const override { return AuthType::ApiKey; }
    void authorize(OutgoingRequest request, QObject* context, Done done) override;
    QString explainUnauthorized(const QString& serverMessage) const override;
    QString describe() const override;
    void redactForLog(LogEntry& entry) const override;

    /// Checks the plain fields (key name present; location "header" or "query").
    static Status validate(const AuthSettings& auth);

private:
    QString m_keyName;
    bool m_inQuery;
    SecretFields* m_secrets;
};

} // namespace studio::net
