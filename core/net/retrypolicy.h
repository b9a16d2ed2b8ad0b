#pragma once

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkReply>
#include <QString>

namespace studio::net {

/// Seconds or an HTTP date (RFC 9110 §10.2.3) from a Retry-After header, as milliseconds from `now`.
/// A date in the past gives 0; anything unreadable gives nothing (the header is then ignored).
std::optional<qint64> parseRetryAfter(const QByteArray& value, const QDateTime& now);

/// True for methods that the HTTP spec calls idempotent and the engine may repeat on its own:
/// GET, HEAD, PUT, DELETE, OPTIONS (and TRACE).
bool isIdempotentMethod(const QByteArray& method);

/// What the engine should do after one attempt.
struct RetryDecision
{
    bool retry = false;
    qint64 delayMs = 0;
    /// Why (not): "HTTP 503, waiting 2.0 s as Retry-After asked", "POST is not safe to repeat", ...
    QString reason;
};

/// What one attempt ended with, as far as retrying is concerned.
struct AttemptOutcome
{
    QByteArray method;
    bool markedSafe = false; ///< the caller declared the operation safe to repeat (e.g. an upsert by SKU)
    int status = 0;          ///< HTTP status; 0 when no response arrived
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError; ///< when no response arrived
    std::optional<qint64> retryAfterMs;                                ///< parsed Retry-After of the response
    int attempt = 1;                                                   ///< the attempt that just ended (1 = first)
    qint64 elapsedMs = 0;                                              ///< since the first attempt started
};

/// Bounded exponential backoff with full jitter (delay = random(0, min(maxDelay, base·2^(attempt-1)))), limited by
/// attempts and by total time. Retries only what is safe to repeat: idempotent methods, or requests the caller
/// marked safe. Repeats 408, 425, 429, 500, 502, 503, 504 and transport failures (reset, timeout, refused); never
/// other 4xx (validation, auth, not found). Retry-After on 429/503 replaces the computed delay.
struct RetryPolicy
{
    int maxAttempts = 4; ///< including the first; 1 = never retry
    qint64 baseDelayMs = 500;
    qint64 maxDelayMs = 30000;
    qint64 maxTotalMs = 120000; ///< no retry starts after this much time since the first attempt

    /// A policy that never retries (connection tests, token requests).
    static RetryPolicy none();

    /// The full-jitter backoff before attempt `attempt + 1`, with `unitRandom` in [0, 1).
    qint64 backoffMs(int attempt, double unitRandom) const;
    /// Decides whether to try again after `outcome`.
    RetryDecision decide(const AttemptOutcome& outcome, double unitRandom) const;

    /// True when a status is worth repeating at all (regardless of the method).
    static bool isRetriableStatus(int status);
    /// True when a transport failure is worth repeating at all (regardless of the method).
    static bool isRetriableNetworkError(QNetworkReply::NetworkError error);

    Q_DECLARE_TR_FUNCTIONS(studio::net::RetryPolicy)
};

} // namespace studio::net
