#include "core/net/ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace studio::net {

TokenBucket::TokenBucket(const Clock& clock, double requestsPerSecond, int burst)
    : m_clock(clock)
    , m_rate(requestsPerSecond > 0 ? requestsPerSecond : 0)
    , m_burst(burst > 0 ? burst : std::max(1, int(std::ceil(m_rate))))
    , m_tokens(m_burst)
    , m_lastMs(clock.monotonicMs())
{ }

void TokenBucket::refill() const
{
    const qint64 now = m_clock.monotonicMs();
    if (now <= m_lastMs)
        return;
    m_tokens = std::min<double>(m_burst, m_tokens + double(now - m_lastMs) * m_rate / 1000.0);
    m_lastMs = now;
}

double TokenBucket::available() const
{
    if (isUnlimited())
        return m_burst;
    refill();
    return m_tokens;
}

qint64 TokenBucket::reserve()
{
    if (isUnlimited())
        return 0;
    refill();
    m_tokens -= 1.0;
    if (m_tokens >= 0)
        return 0;
    // The deficit is paid back at `rate` tokens per second; round up so the caller never goes early.
    return qint64(std::ceil(-m_tokens * 1000.0 / m_rate));
}

} // namespace studio::net
