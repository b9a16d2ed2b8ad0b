#include "tests/json/stallmeter.h"

#include <algorithm>

namespace studio::test {

StallMeter::StallMeter(int intervalMs, QObject* parent)
    : QObject(parent)
{
    m_timer.setInterval(intervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const double gap = double(m_clock.nsecsElapsed()) / 1e6;
        m_clock.restart();
        m_gaps.push_back(gap);
        m_longest = std::max(m_longest, gap);
        if (m_onTick)
            m_onTick();
    });
}

void StallMeter::start()
{
    m_gaps.clear();
    m_longest = 0;
    m_clock.start();
    m_timer.start();
}

void StallMeter::stop()
{
    m_timer.stop();
}

int StallMeter::gapsOver(double ms) const
{
    return int(std::count_if(m_gaps.begin(), m_gaps.end(), [ms](double gap) { return gap > ms; }));
}

} // namespace studio::test
