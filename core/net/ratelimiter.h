#pragma once

#include "core/common/clock.h"

namespace studio::net {

/// A token bucket: on average `requestsPerSecond` requests, with bursts of up to `burst` back to back.
/// reserve() hands out a token at once and says how long the caller must wait before using it, so callers are
/// served in the order they asked (a waiting caller cannot be overtaken by a later one).
class TokenBucket final
{
public:
    /// `requestsPerSecond` <= 0 means unlimited; `burst` <= 0 means "rate rounded up" (at least 1).
    TokenBucket(const Clock& clock, double requestsPerSecond, int burst);

    bool isUnlimited() const { return m_rate <= 0; }
    double rate() const { return m_rate; }
    int burst() const { return m_burst; }

    /// Takes one token; returns the milliseconds to wait before the request may go (0 = now).
    qint64 reserve();
    /// Tokens available now (may be negative while reservations are outstanding).
    double available() const;

private:
    void refill() const;

    const Clock& m_clock;
    double m_rate;
    int m_burst;
    mutable double m_tokens;
    mutable qint64 m_lastMs;
};

} // namespace studio::net
