#pragma once

#include "core/net/auth/authprovider.h"
#include "core/net/auth/oauth1signer.h"

#include <functional>
#include <QHash>

namespace studio::net {

/// OAuth 1.0a with an integration's four keys (Magento System › Integrations): HMAC-SHA256 by default or
/// HMAC-SHA1, parameters in the Authorization header, a fresh 32-character nonce and the clock's timestamp on
/// every request; query and form parameters signed, JSON bodies not (RFC 5849).
///
/// Servers order the signed parameters in slightly different ways (see oauth1::ParameterOrder). For Magento the
/// provider starts with Magento's current order; when a request whose parameters the orders would sort differently
/// gets "The signature is invalid", it switches to the next order once and keeps whichever works.
class OAuth1AuthProvider final : public AuthProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuth1AuthProvider)

public:
    OAuth1AuthProvider(const AuthContext& context, oauth1::SignatureMethod method, QObject* parent = nullptr);
    ~OAuth1AuthProvider() override;

    /// Reads "signatureMethod" ("HMAC-SHA256" when empty).
    static Result<oauth1::SignatureMethod> signatureMethodOf(const AuthSettings& auth);

    AuthType type() const override { return AuthType::OAuth1; }
    void authorize(OutgoingRequest request, QObject* context, Done done) override;
    bool recoverFromUnauthorized(const OutgoingRequest& sent, const HttpResponse& response) override;
    QString explainUnauthorized(const QString& serverMessage) const override;
    QString describe() const override;
    /// Up to two more tries, one per other parameter order.
    int maxRecoveries() const override { return 2; }

    /// For tests: replaces the nonce generator.
    void setNonceGenerator(std::function<QByteArray()> generator) { m_nonce = std::move(generator); }
    oauth1::ParameterOrder parameterOrder() const { return m_order; }

private:
    static QByteArray requestKey(const QByteArray& method, const QUrl& url);

    oauth1::SignatureMethod m_method;
    oauth1::ParameterOrder m_order;
    bool m_magento;
    Scheduler* m_scheduler;
    SecretFields* m_secrets;
    std::function<QByteArray()> m_nonce;
    /// Requests recently signed whose parameters the three orders sort differently (method + URL), with the
    /// number of orders tried for them.
    QHash<QByteArray, int> m_orderSensitive;
};

} // namespace studio::net
