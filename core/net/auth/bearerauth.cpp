#include "core/net/auth/bearerauth.h"

#include "core/net/auth/secretfields.h"

namespace studio::net {

BearerAuthProvider::BearerAuthProvider(const AuthContext& context, QObject* parent)
    : AuthProvider(parent)
    , m_magento(context.endpoint.kind == EndpointKind::Magento)
    , m_secrets(new SecretFields(context.secrets, context.endpoint.auth.secretRefs, {QStringLiteral("token")}, this))
{
    m_secrets->setObserver(context.secretObserver);
}

BearerAuthProvider::~BearerAuthProvider() = default;

void BearerAuthProvider::authorize(OutgoingRequest request, QObject* context, Done done)
{
    QPointer<QObject> guard(context);
    m_secrets->load([this, guard, request = std::move(request), done = std::move(done)](Status status) mutable {
        if (!guard)
            return;
        if (!status) {
            done(status.error());
            return;
        }
        QByteArray token = m_secrets->value(QStringLiteral("token")).reveal();
        request.setHeader("Authorization", "Bearer " + token.trimmed());
        wipe(token);
        done(std::move(request));
    });
}

QString BearerAuthProvider::explainUnauthorized(const QString& serverMessage) const
{
    QString text = tr("The server refused the stored bearer token (HTTP 401)");
    text += serverMessage.isEmpty() ? QStringLiteral(".") : QStringLiteral(": ") + serverMessage;
    if (m_magento) {
        // The classic trap since 2.4.4: an integration's access token no longer works as a bearer token.
        text += u' '
            + tr("If this is an integration's access token: Magento 2.4.4 and later accept it as a bearer token only "
                 "when \"Allow OAuth Access Tokens to be used as standalone Bearer tokens\" is on; otherwise use "
                 "OAuth 1.0a with the integration's four keys.");
    }
    return text;
}

QString BearerAuthProvider::describe() const
{
    return tr("bearer token");
}

} // namespace studio::net
