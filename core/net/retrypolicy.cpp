#include "core/net/retrypolicy.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>
#include <QLocale>

namespace studio::net {

namespace {

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1);
}

} // namespace

std::optional<qint64> parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong secondsValue = text.toLongLong(&isNumber);
    if (isNumber)
        return secondsValue < 0 ? std::nullopt : std::optional<qint64>(qint64(secondsValue) * 1000);
    // HTTP-date: IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), and the obsolete RFC 850 ("Sunday, 06-Nov-94
    // 08:49:37 GMT") and asctime ("Sun Nov  6 08:49:37 1994") forms. The weekday is dropped before parsing: it
    // adds nothing, and Qt would refuse a date whose weekday it computes differently (two-digit years).
    QString s = QString::fromLatin1(text).simplified();
    const qsizetype comma = s.indexOf(u',');
    if (comma > 0)
        s = s.mid(comma + 1).trimmed();
    else if (s.size() > 4 && s.at(3) == u' ')
        s = s.mid(4);
    QDateTime when;
    static const char* const formats[] = {
        "dd MMM yyyy HH:mm:ss 'GMT'",
        "dd-MMM-yy HH:mm:ss 'GMT'",
        "MMM d HH:mm:ss yyyy",
    };
    for (const char* format : formats) {
        when = QLocale::c().toDateTime(s, QString::fromLatin1(format));
        if (when.isValid())
            break;
    }
    if (!when.isValid())
        return std::nullopt;
    // Two-digit years (RFC 850) come back as 19xx; RFC 9110 §5.6.7 reads them as the nearest matching year.
    if (when.date().year() < 1970)
        when = when.addYears(100);
    when = QDateTime(when.date(), when.time(), Qt::UTC);
    return std::max<qint64>(0, now.msecsTo(when));
}

bool isIdempotentMethod(const QByteArray& method)
{
    const QByteArray m = method.toUpper();
    return m == "GET" || m == "HEAD" || m == "PUT" || m == "DELETE" || m == "OPTIONS" || m == "TRACE";
}

RetryPolicy RetryPolicy::none()
{
    RetryPolicy policy;
    policy.maxAttempts = 1;
    return policy;
}

bool RetryPolicy::isRetriableStatus(int status)
{
    switch (status) {
    case 408:
    case 425:
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
        return true;
    default:
        return false;
    }
}

bool RetryPolicy::isRetriableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::InternalServerError:
        return true;
    default:
        return false;
    }
}

qint64 RetryPolicy::backoffMs(int attempt, double unitRandom) const
{
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const double ceiling = std::min<double>(double(maxDelayMs), double(baseDelayMs) * std::pow(2.0, exponent));
    const double r = std::clamp(unitRandom, 0.0, 1.0);
    return qint64(std::floor(ceiling * r));
}

RetryDecision RetryPolicy::decide(const AttemptOutcome& outcome, double unitRandom) const
{
    RetryDecision decision;
    const QString what = outcome.status > 0 ? tr("HTTP %1").arg(outcome.status) : tr("the transport failure");
    if (outcome.status > 0) {
        if (outcome.status < 400) {
            decision.reason = tr("HTTP %1 is not a failure.").arg(outcome.status);
            return decision;
        }
        if (!isRetriableStatus(outcome.status)) {
            decision.reason
                = tr("HTTP %1 is not repeated: the same request would fail the same way.").arg(outcome.status);
            return decision;
        }
    } else if (outcome.networkError == QNetworkReply::NoError) {
        decision.reason = tr("The request succeeded.");
        return decision;
    } else if (!isRetriableNetworkError(outcome.networkError)) {
        decision.reason = tr("This kind of transport failure is not repeated.");
        return decision;
    }
    if (!outcome.markedSafe && !isIdempotentMethod(outcome.method)) {
        decision.reason = tr("%1 is not repeated automatically after %2: it may already have taken effect "
                             "(mark the request safe to retry if it is an upsert).")
                              .arg(QString::fromLatin1(outcome.method), what);
        return decision;
    }
    if (outcome.attempt >= maxAttempts) {
        decision.reason = tr("Gave up after %n attempt(s).", nullptr, outcome.attempt);
        return decision;
    }
    const qint64 remaining = maxTotalMs - outcome.elapsedMs;
    const bool serverAsked = outcome.retryAfterMs.has_value() && (outcome.status == 429 || outcome.status == 503);
    const qint64 delay = serverAsked ? *outcome.retryAfterMs : backoffMs(outcome.attempt, unitRandom);
    if (delay >= remaining) {
        decision.reason = serverAsked
            ? tr("The server asked to wait %1 s (Retry-After), beyond the retry time budget of %2 s.")
                  .arg(seconds(delay), seconds(maxTotalMs))
            : tr("The retry time budget of %1 s is spent.").arg(seconds(maxTotalMs));
        return decision;
    }
    decision.retry = true;
    decision.delayMs = delay;
    decision.reason = serverAsked ? tr("%1: waiting %2 s as Retry-After asked.").arg(what, seconds(delay))
                                  : tr("%1: retrying in %2 s.").arg(what, seconds(delay));
    return decision;
}

} // namespace studio::net
