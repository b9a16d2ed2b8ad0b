#include "core/net/auth/tokenauth.h"

#include "core/net/auth/secretfields.h"
#include "core/net/scheduler.h"

namespace studio::net {

TokenAuthProvider::TokenAuthProvider(const AuthContext& context, SecretFields* secrets, const QString& cacheRef,
    const QString& cacheOwner, QObject* parent)
    : AuthProvider(parent)
    , m_secrets(secrets)
    , m_transport(context.transport)
    , m_scheduler(context.scheduler ? context.scheduler : &systemScheduler())
    , m_cache(new TokenCache(context.secrets, cacheRef, cacheOwner, context.persistTokens, this))
    , m_observer(context.secretObserver)
{
    m_secrets->setParent(this);
    m_secrets->setObserver(context.secretObserver);
}

TokenAuthProvider::~TokenAuthProvider() = default;

QDateTime TokenAuthProvider::now() const
{
    return m_scheduler->clock().now();
}

bool TokenAuthProvider::hasFreshToken() const
{
    if (m_token.isEmpty() || !m_expiresAt.isValid())
        return false;
    qint64 margin = RefreshMarginSecs;
    if (m_obtainedAt.isValid())
        margin = std::min(margin, m_obtainedAt.secsTo(m_expiresAt) / 2);
    return now().secsTo(m_expiresAt) > margin;
}

void TokenAuthProvider::authorize(OutgoingRequest request, QObject* context, Done done)
{
    m_waiting.append(Waiting {std::move(request), context, std::move(done)});
    proceed();
}

void TokenAuthProvider::proceed()
{
    if (m_busy || m_waiting.isEmpty())
        return;
    if (m_permanentFailure) {
        failWaiting(*m_permanentFailure);
        return;
    }
    if (hasFreshToken()) {
        serveWaiting();
        return;
    }
    m_busy = true;
    if (!m_cacheChecked) {
        m_cacheChecked = true;
        m_cache->load([this](std::optional<CachedToken> cached) {
            m_busy = false;
            if (cached) {
                m_token = std::move(cached->token);
                m_expiresAt = cached->expiresAt;
                m_obtainedAt = QDateTime();
                notifyObserver();
            }
            proceed();
        });
        return;
    }
    startFetch();
}

void TokenAuthProvider::startFetch()
{
    m_secrets->load([this](Status status) {
        if (!status) {
            m_busy = false;
            failWaiting(status.error());
            return;
        }
        ++m_fetchCount;
        fetchToken([this](FetchResult result) {
            m_busy = false;
            if (!result.token) {
                if (result.permanent)
                    m_permanentFailure = result.error;
                failWaiting(result.error);
                return;
            }
            m_token = std::move(result.token->token);
            m_expiresAt = result.token->expiresAt;
            m_obtainedAt = now();
            notifyObserver();
            m_cache->save(CachedToken {m_token, m_expiresAt});
            proceed();
        });
    });
}

void TokenAuthProvider::notifyObserver()
{
    if (!m_observer || m_token.isEmpty())
        return;
    QByteArray token = m_token.reveal();
    m_observer(token);
    wipe(token);
}

void TokenAuthProvider::failWaiting(const Error& error)
{
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting& entry : waiting) {
        if (entry.context)
            entry.done(error);
    }
}

void TokenAuthProvider::serveWaiting()
{
    QList<Waiting> waiting = std::exchange(m_waiting, {});
    for (Waiting& entry : waiting) {
        if (!entry.context)
            continue;
        QByteArray token = m_token.reveal();
        entry.request.setHeader("Authorization", "Bearer " + token);
        wipe(token);
        entry.done(std::move(entry.request));
    }
}

bool TokenAuthProvider::recoverFromUnauthorized(const OutgoingRequest& sent, const HttpResponse& /*response*/)
{
    if (m_permanentFailure)
        return false;
    QByteArray header = sent.header("Authorization");
    QByteArray current = "Bearer " + m_token.reveal();
    const bool sameToken = !m_token.isEmpty() && header == current;
    wipe(header);
    wipe(current);
    // Several requests may come back with 401 for one expired token; only the first one drops it, the others
    // wait for (or use) the token fetched since.
    if (sameToken) {
        m_token.clear();
        m_expiresAt = QDateTime();
        m_cache->remove();
    }
    return true;
}

} // namespace studio::net
