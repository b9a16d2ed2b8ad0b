#include "core/net/auth/noauth.h"

namespace studio::net {

NoAuthProvider::NoAuthProvider(QObject* parent)
    : AuthProvider(parent)
{ }

void NoAuthProvider::authorize(OutgoingRequest request, QObject* /*context*/, Done done)
{
    done(std::move(request));
}

QString NoAuthProvider::explainUnauthorized(const QString& serverMessage) const
{
    const QString base = tr("The server requires authentication, and this endpoint is set to send none");
    return serverMessage.isEmpty() ? base + u'.' : tr("%1: %2").arg(base, serverMessage);
}

QString NoAuthProvider::describe() const
{
    return tr("sent without authentication");
}

} // namespace studio::net
