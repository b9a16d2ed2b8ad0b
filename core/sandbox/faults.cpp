#include "core/sandbox/faults.h"

#include "core/common/clock.h"

#include <cmath>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStringList>

namespace studio::sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("studio::sandbox::FaultSpec", text);
}

const QStringList& knownKeys()
{
    static const QStringList keys {QStringLiteral("latency"), QStringLiteral("jitter"), QStringLiteral("error503"),
        QStringLiteral("error500"), QStringLiteral("rate429"), QStringLiteral("reset"), QStringLiteral("lost"),
        QStringLiteral("slow"), QStringLiteral("slowrate"), QStringLiteral("bulkretry"), QStringLiteral("maintenance"),
        QStringLiteral("seed"), QStringLiteral("scope")};
    return keys;
}

Error itemError(int index, const QString& item, const QString& reason)
{
    return Error {tr("faults: item %1 \"%2\": %3").arg(index).arg(item, reason)};
}

std::optional<double> parseShare(QString text)
{
    bool percent = false;
    if (text.endsWith(u'%')) {
        percent = true;
        text.chop(1);
    }
    bool ok = false;
    double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    if (percent)
        value /= 100.0;
    if (value < 0.0 || value > 1.0)
        return std::nullopt;
    return value;
}

std::optional<int> parseCount(const QString& text, int max)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 0 || value > max)
        return std::nullopt;
    return value;
}

QString shareText(double share)
{
    return QString::number(share, 'g', 6);
}

QString scopeName(FaultScope scope)
{
    switch (scope) {
    case FaultScope::Magento:
        return QStringLiteral("magento");
    case FaultScope::Erp:
        return QStringLiteral("erp");
    case FaultScope::All:
        return QStringLiteral("all");
    }
    return QStringLiteral("magento");
}

} // namespace

bool FaultSpec::isEmpty() const
{
    return !affectsRequests() && bulkRetriable == 0;
}

bool FaultSpec::affectsRequests() const
{
    return latencyMs != 0 || jitterMs != 0 || error503 != 0 || error500 != 0 || rate429 != 0 || reset != 0 || lost != 0
        || slow != 0 || maintenance;
}

Result<FaultSpec> FaultSpec::parse(const QString& spec)
{
    FaultSpec result;
    const QString trimmed = spec.trimmed();
    if (trimmed.isEmpty() || trimmed == u"none")
        return result;

    const QStringList items = trimmed.split(u',');
    QStringList seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString item = items.at(i).trimmed();
        const int index = int(i) + 1;
        if (item.isEmpty())
            return itemError(index, item, tr("empty setting (two commas in a row?)"));
        const qsizetype eq = item.indexOf(u'=');
        const QString key = (eq < 0 ? item : item.left(eq)).trimmed().toLower();
        QString value = eq < 0 ? QString() : item.mid(eq + 1).trimmed();
        if (!knownKeys().contains(key))
            return itemError(index, item,
                tr("unknown setting \"%1\"; known settings: %2").arg(key, knownKeys().join(QStringLiteral(", "))));
        if (seen.contains(key))
            return itemError(index, item, tr("\"%1\" is given twice").arg(key));
        seen.append(key);
        if (eq < 0) {
            if (key != u"maintenance")
                return itemError(index, item, tr("expected %1=VALUE").arg(key));
            value = QStringLiteral("1");
        }
        if (value.isEmpty())
            return itemError(index, item, tr("missing value after '='"));

        if (key == u"latency" || key == u"jitter") {
            const auto ms = parseCount(value, 600000);
            if (!ms)
                return itemError(index, item, tr("expected milliseconds between 0 and 600000"));
            (key == u"latency" ? result.latencyMs : result.jitterMs) = *ms;
        } else if (key == u"rate429") {
            const auto count = parseCount(value, 1000000);
            if (!count)
                return itemError(index, item, tr("expected requests per second, a whole number from 0"));
            result.rate429 = *count;
        } else if (key == u"slowrate") {
            const auto rate = parseCount(value, 100000000);
            if (!rate || *rate == 0)
                return itemError(index, item, tr("expected bytes per second, a whole number from 1"));
            result.slowBytesPerSecond = *rate;
        } else if (key == u"maintenance") {
            if (value == u"1" || value == u"true" || value == u"on")
                result.maintenance = true;
            else if (value == u"0" || value == u"false" || value == u"off")
                result.maintenance = false;
            else
                return itemError(index, item, tr("expected 1 or 0"));
        } else if (key == u"seed") {
            bool ok = false;
            const qulonglong seed = value.toULongLong(&ok);
            if (!ok)
                return itemError(index, item, tr("expected a non-negative whole number"));
            result.seed = seed;
            result.hasSeed = true;
        } else if (key == u"scope") {
            if (value == u"magento")
                result.scope = FaultScope::Magento;
            else if (value == u"erp")
                result.scope = FaultScope::Erp;
            else if (value == u"all")
                result.scope = FaultScope::All;
            else
                return itemError(index, item, tr("expected magento, erp or all"));
        } else {
            const auto share = parseShare(value);
            if (!share)
                return itemError(index, item, tr("expected a share between 0 and 1 (or 0%-100%)"));
            if (key == u"error503")
                result.error503 = *share;
            else if (key == u"error500")
                result.error500 = *share;
            else if (key == u"reset")
                result.reset = *share;
            else if (key == u"lost")
                result.lost = *share;
            else if (key == u"bulkretry")
                result.bulkRetriable = *share;
            else
                result.slow = *share;
        }
    }
    return result;
}

QString FaultSpec::toString() const
{
    if (isEmpty())
        return QStringLiteral("none");
    QStringList parts;
    if (latencyMs)
        parts << QStringLiteral("latency=%1").arg(latencyMs);
    if (jitterMs)
        parts << QStringLiteral("jitter=%1").arg(jitterMs);
    if (error503 > 0)
        parts << QStringLiteral("error503=%1").arg(shareText(error503));
    if (error500 > 0)
        parts << QStringLiteral("error500=%1").arg(shareText(error500));
    if (rate429)
        parts << QStringLiteral("rate429=%1").arg(rate429);
    if (reset > 0)
        parts << QStringLiteral("reset=%1").arg(shareText(reset));
    if (lost > 0)
        parts << QStringLiteral("lost=%1").arg(shareText(lost));
    if (slow > 0)
        parts << QStringLiteral("slow=%1").arg(shareText(slow));
    if (bulkRetriable > 0)
        parts << QStringLiteral("bulkretry=%1").arg(shareText(bulkRetriable));
    if (slowBytesPerSecond != FaultSpec().slowBytesPerSecond)
        parts << QStringLiteral("slowrate=%1").arg(slowBytesPerSecond);
    if (maintenance)
        parts << QStringLiteral("maintenance=1");
    if (hasSeed)
        parts << QStringLiteral("seed=%1").arg(seed);
    if (scope != FaultScope::Magento)
        parts << QStringLiteral("scope=%1").arg(scopeName(scope));
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(u',');
}

QJsonObject FaultSpec::toJson() const
{
    return QJsonObject {
        {QStringLiteral("spec"), toString()},
        {QStringLiteral("latency_ms"), latencyMs},
        {QStringLiteral("jitter_ms"), jitterMs},
        {QStringLiteral("error503"), error503},
        {QStringLiteral("error500"), error500},
        {QStringLiteral("rate429"), rate429},
        {QStringLiteral("reset"), reset},
        {QStringLiteral("lost"), lost},
        {QStringLiteral("slow"), slow},
        {QStringLiteral("slow_bytes_per_second"), slowBytesPerSecond},
        {QStringLiteral("bulkretry"), bulkRetriable},
        {QStringLiteral("maintenance"), maintenance},
        // A string: 64-bit seeds do not survive a JSON double.
        {QStringLiteral("seed"), QString::number(seed)},
        {QStringLiteral("scope"), scopeName(scope)},
    };
}

QString FaultDecision::actionName(Action action)
{
    switch (action) {
    case Action::None:
        return QStringLiteral("none");
    case Action::Maintenance:
        return QStringLiteral("maintenance");
    case Action::Reset:
        return QStringLiteral("reset");
    case Action::TooManyRequests:
        return QStringLiteral("rate429");
    case Action::Unavailable:
        return QStringLiteral("error503");
    case Action::InternalError:
        return QStringLiteral("error500");
    case Action::Lost:
        return QStringLiteral("lost");
    }
    return QStringLiteral("none");
}

FaultInjector::FaultInjector(const Clock& clock)
    : m_clock(clock)
{
    setSpec(FaultSpec());
}

void FaultInjector::setSpec(FaultSpec spec)
{
    if (!spec.hasSeed) {
        spec.seed = QRandomGenerator::global()->generate64();
        spec.hasSeed = true;
    }
    m_spec = spec;
    m_random.seed(spec.seed);
    m_window = -1;
    m_windowCount = 0;
}

bool FaultInjector::appliesTo(FaultScope server) const
{
    return m_spec.scope == FaultScope::All || m_spec.scope == server;
}

double FaultInjector::draw()
{
    // 53 random bits into [0, 1): the same on every platform, unlike std::uniform_real_distribution.
    return double(m_random() >> 11) * 0x1.0p-53;
}

FaultDecision FaultInjector::decide()
{
    using Action = FaultDecision::Action;
    // Always the same number of draws, whatever the outcome, so that one decision never shifts the next.
    const double uReset = draw();
    const double u503 = draw();
    const double u500 = draw();
    const double uLost = draw();
    const double uSlow = draw();
    const double uJitter = draw();

    FaultDecision decision;
    decision.delayMs = m_spec.latencyMs + int(std::floor(uJitter * (m_spec.jitterMs + 1)));
    if (decision.delayMs > m_spec.latencyMs + m_spec.jitterMs)
        decision.delayMs = m_spec.latencyMs + m_spec.jitterMs;
    decision.slowBody = uSlow < m_spec.slow;

    if (m_spec.rate429 > 0) {
        // Fixed one-second windows on the injected clock: the first rate429 requests of a window pass.
        const qint64 now = m_clock.monotonicMs();
        const qint64 window = now / 1000;
        if (window != m_window) {
            m_window = window;
            m_windowCount = 0;
        }
        ++m_windowCount;
        if (m_windowCount > m_spec.rate429 && !m_spec.maintenance) {
            decision.action = Action::TooManyRequests;
            const qint64 left = (window + 1) * 1000 - now;
            decision.retryAfterSeconds = int(std::max<qint64>(1, (left + 999) / 1000));
            return decision;
        }
    }
    if (m_spec.maintenance)
        decision.action = Action::Maintenance;
    else if (uReset < m_spec.reset)
        decision.action = Action::Reset;
    else if (u503 < m_spec.error503)
        decision.action = Action::Unavailable;
    else if (u500 < m_spec.error500)
        decision.action = Action::InternalError;
    else if (uLost < m_spec.lost)
        decision.action = Action::Lost;
    return decision;
}

} // namespace studio::sandbox
