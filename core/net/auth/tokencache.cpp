#include "core/net/auth/tokencache.h"

#include "core/secrets/secretstore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace studio::net {

QString TokenCache::refFor(const QString& credentialRef)
{
    return credentialRef + QStringLiteral("/token-cache");
}

TokenCache::TokenCache(SecretStore* store, QString ref, QString owner, bool enabled, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_ref(std::move(ref))
    , m_owner(std::move(owner))
    , m_enabled(enabled && store != nullptr && !m_ref.isEmpty())
{ }

TokenCache::~TokenCache() = default;

void TokenCache::load(std::function<void(std::optional<CachedToken>)> done)
{
    if (!m_enabled) {
        done(std::nullopt);
        return;
    }
    m_store->read(m_ref, this, [this, done = std::move(done)](Result<SecureBytes> result) {
        if (!result || result.value().isEmpty()) {
            done(std::nullopt);
            return;
        }
        QByteArray bytes = result.value().reveal();
        const QJsonObject object = QJsonDocument::fromJson(bytes).object();
        wipe(bytes);
        const QString owner = object.value(QStringLiteral("owner")).toString();
        const QDateTime expiresAt
            = QDateTime::fromString(object.value(QStringLiteral("expiresAt")).toString(), Qt::ISODate);
        QString token = object.value(QStringLiteral("token")).toString();
        if (owner != m_owner || !expiresAt.isValid() || token.isEmpty()) {
            wipe(token);
            done(std::nullopt);
            return;
        }
        CachedToken cached {SecureBytes::fromUtf8(token), expiresAt.toUTC()};
        wipe(token);
        done(std::move(cached));
    });
}

void TokenCache::save(const CachedToken& token)
{
    if (!m_enabled)
        return;
    QString text = token.token.toUtf8String();
    QJsonObject object {{QStringLiteral("owner"), m_owner},
        {QStringLiteral("expiresAt"), token.expiresAt.toUTC().toString(Qt::ISODate)}, {QStringLiteral("token"), text}};
    wipe(text);
    QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    object = QJsonObject();
    const SecureBytes value = SecureBytes::fromBytes(bytes);
    wipe(bytes);
    m_store->write(m_ref, value, this, [](const Status&) {});
}

void TokenCache::remove()
{
    if (!m_enabled)
        return;
    m_store->remove(m_ref, this, [](const Status&) {});
}

} // namespace studio::net
