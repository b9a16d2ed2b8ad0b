#pragma once

#include "core/net/auth/tokenauth.h"

namespace studio::net {

/// OAuth 2.0 for back offices (CRM, PIM, ERP): the client-credentials grant, or the refresh-token grant
/// (RFC 6749 §4.4 and §6) against the endpoint's token URL, with optional scopes. The client authenticates with
/// HTTP Basic (client id and secret); a public client without a secret sends its client_id in the form instead.
/// A refresh token that the server rotates is written back to the secret store.
class OAuth2AuthProvider final : public TokenAuthProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuth2AuthProvider)

public:
    /// Lifetime assumed when the token response has no expires_in.
    static constexpr qint64 DefaultLifetimeSecs = 3600;

    OAuth2AuthProvider(const AuthContext& context, bool refreshGrant, QObject* parent = nullptr);
    ~OAuth2AuthProvider() override;

    /// Checks the plain fields (a token URL with http or https).
    static Status validate(const AuthSettings& auth);

    AuthType type() const override;
    QString explainUnauthorized(const QString& serverMessage) const override;
    QString describe() const override;

protected:
    void fetchToken(FetchDone done) override;

private:
    SecretStore* m_store;
    bool m_refreshGrant;
    QUrl m_tokenUrl;
    QString m_clientId;
    QString m_scopes;
};

} // namespace studio::net
