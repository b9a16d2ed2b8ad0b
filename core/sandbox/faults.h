#pragma once

#include "core/common/result.h"

#include <cstdint>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <random>

namespace studio {
class Clock;
}

namespace studio::sandbox {

/// Which of the sandbox's two servers a fault spec disturbs.
enum class FaultScope { Magento, Erp, All };

/// What goes wrong, and how often, for rehearsing a client's error handling. Parsed from a readable spec:
///
///     latency=50,jitter=20,error503=0.1,error500=0.05,rate429=10,reset=0.02,lost=0.01,slow=0.1,
///     slowrate=2048,bulkretry=0.1,maintenance=1,seed=42,scope=magento
///
/// Shares are numbers in [0, 1] or percentages ("10%"). An empty spec or "none" means no faults.
struct FaultSpec
{
    /// Fixed delay before every answer, in milliseconds.
    int latencyMs = 0;
    /// Extra delay drawn uniformly from [0, jitterMs].
    int jitterMs = 0;
    /// Share of requests answered 503 by the gateway (HTML, as nginx in front of a busy Magento).
    double error503 = 0;
    /// Share of requests answered 500 "Internal Error ... Report ID: webapi-..." without being processed.
    double error500 = 0;
    /// Requests allowed per second before 429 Too Many Requests with Retry-After; 0 = no limit.
    int rate429 = 0;
    /// Share of connections reset (TCP RST) before the request is processed.
    double reset = 0;
    /// Share of requests processed but whose connection is reset before the answer: the lost-response case
    /// that exposes non-idempotent retries.
    double lost = 0;
    /// Share of answers whose body is trickled at `slowBytesPerSecond`.
    double slow = 0;
    int slowBytesPerSecond = 2048;
    /// Share of async operations that fail as "retriably failed" (status 2, a database deadlock).
    double bulkRetriable = 0;
    /// Every request gets Magento's HTML maintenance page (503 text/html) instead of JSON.
    bool maintenance = false;
    /// Seed of the random draws; with the same seed and the same request order the same requests fail.
    std::uint64_t seed = 0;
    bool hasSeed = false;
    FaultScope scope = FaultScope::Magento;

    /// True when the spec disturbs nothing.
    bool isEmpty() const;
    /// True when HTTP requests are disturbed (everything but bulkretry).
    bool affectsRequests() const;
    /// Parses a spec; errors name the offending item and what was expected.
    static Result<FaultSpec> parse(const QString& spec);
    /// The canonical spec text (only non-default settings), parseable by parse().
    QString toString() const;
    QJsonObject toJson() const;
};

/// The verdict for one request.
struct FaultDecision
{
    enum class Action {
        None,
        Maintenance,     ///< 503 text/html maintenance page
        Reset,           ///< close the connection with RST, request not processed
        TooManyRequests, ///< 429 with Retry-After
        Unavailable,     ///< 503 gateway page
        InternalError,   ///< 500 webapi report
        Lost,            ///< process the request, then reset the connection
    };
    Action action = Action::None;
    int delayMs = 0;
    bool slowBody = false;
    int retryAfterSeconds = 0;

    static QString actionName(Action action);
};

/// Decides, request by request, which fault (if any) hits. Every decision consumes the same number of random
/// draws whatever its outcome, so a given seed and request order always give the same sequence. The 429 window
/// follows the injected clock's monotonic time.
class FaultInjector final
{
public:
    explicit FaultInjector(const Clock& clock);

    /// Replaces the spec and restarts the random sequence (from the spec's seed, or a fresh random seed that is
    /// then reported by spec()).
    void setSpec(FaultSpec spec);
    const FaultSpec& spec() const { return m_spec; }
    /// Whether requests to the server of `server` scope are disturbed.
    bool appliesTo(FaultScope server) const;
    FaultDecision decide();

private:
    double draw();

    const Clock& m_clock;
    FaultSpec m_spec;
    std::mt19937_64 m_random;
    qint64 m_window = -1;
    int m_windowCount = 0;
};

} // namespace studio::sandbox
