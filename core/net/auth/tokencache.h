#pragma once

#include "core/secrets/securebytes.h"

#include <functional>
#include <optional>
#include <QDateTime>
#include <QObject>
#include <QString>

namespace studio {
class SecretStore;
}

namespace studio::net {

/// An access token and when it stops working.
struct CachedToken
{
    SecureBytes token;
    QDateTime expiresAt; ///< UTC
};

/// Keeps a token in the SecretStore between sessions, so that a new studio session (or the CLI) reuses a valid
/// token instead of signing in again. The entry is tied to an `owner` string (server, user, mode): a token cached
/// for another server or user is ignored. Failures to read or write are not errors — the provider then simply
/// signs in again.
class TokenCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenCache)

public:
    /// The reference a token cache lives under, derived from the reference of the credential it came from.
    static QString refFor(const QString& credentialRef);

    /// `store` may be null, or `enabled` false: then nothing is kept between sessions.
    TokenCache(SecretStore* store, QString ref, QString owner, bool enabled, QObject* parent = nullptr);
    ~TokenCache() override;

    /// Reads the cached token; `done` gets nothing when there is none, it belongs to another owner, or it is
    /// unreadable.
    void load(std::function<void(std::optional<CachedToken>)> done);
    /// Stores a token (in the background).
    void save(const CachedToken& token);
    /// Deletes the cached token (in the background).
    void remove();

private:
    SecretStore* m_store;
    QString m_ref;
    QString m_owner;
    bool m_enabled;
};

} // namespace studio::net
