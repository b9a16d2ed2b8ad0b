#pragma once

#include "core/net/auth/authprovider.h"

namespace studio::net {

/// Sends requests as they are.
class NoAuthProvider final : public AuthProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoAuthProvider)

public:
    explicit NoAuthProvider(QObject* parent = nullptr);
    AuthType type() const override { return AuthType::None; }
    void authorize(OutgoingRequest request, QObject* context, Done done) override;
    QString explainUnauthorized(const QString& serverMessage) const override;
    QString describe() const override;
};

} // namespace studio::net
