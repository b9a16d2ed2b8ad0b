#include "core/net/auth/basicauth.h"

#include "core/net/auth/secretfields.h"

namespace studio::net {

BasicAuthProvider::BasicAuthProvider(const AuthContext& context, QObject* parent)
    : AuthProvider(parent)
    , m_username(context.endpoint.auth.fields.value(QStringLiteral("username")))
    , m_secrets(new SecretFields(context.secrets, context.endpoint.auth.secretRefs, {QStringLiteral("password")}, this))
{
    m_secrets->setObserver(context.secretObserver);
}

BasicAuthProvider::~BasicAuthProvider() = default;

void BasicAuthProvider::authorize(OutgoingRequest request, QObject* context, Done done)
{
    QPointer<QObject> guard(context);
    m_secrets->load([this, guard, request = std::move(request), done = std::move(done)](Status status) mutable {
        if (!guard)
            return;
        if (!status) {
            done(status.error());
            return;
        }
        QByteArray password = m_secrets->value(QStringLiteral("password")).reveal();
        QByteArray credentials = m_username.toUtf8() + ':' + password;
        request.setHeader("Authorization", "Basic " + credentials.toBase64());
        wipe(password);
        wipe(credentials);
        done(std::move(request));
    });
}

QString BasicAuthProvider::explainUnauthorized(const QString& serverMessage) const
{
    const QString base = tr("The server refused user \"%1\" with the stored password (HTTP 401)").arg(m_username);
    return serverMessage.isEmpty() ? base + u'.' : tr("%1: %2").arg(base, serverMessage);
}

QString BasicAuthProvider::describe() const
{
    return tr("HTTP Basic authentication as \"%1\"").arg(m_username);
}

} // namespace studio::net
