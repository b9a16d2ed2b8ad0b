#pragma once

#include <functional>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace studio::test {

/// Measures how long the event loop of the current thread goes without answering: a precise timer ticks every
/// few milliseconds and the longest time between two ticks is the longest stall a user would feel. Used by the
/// viewer's big-body test and benchmark.
class StallMeter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallMeter)

public:
    explicit StallMeter(int intervalMs = 5, QObject* parent = nullptr);

    void start();
    void stop();
    /// The longest time between two ticks (or from start() to the first), in milliseconds.
    double longestGapMs() const { return m_longest; }
    /// How many gaps were longer than `ms`.
    int gapsOver(double ms) const;
    int ticks() const { return int(m_gaps.size()); }
    /// Called on every tick (e.g. to scroll or repaint like a user would); its time counts as a stall.
    void setOnTick(std::function<void()> onTick) { m_onTick = std::move(onTick); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    std::vector<double> m_gaps;
    double m_longest = 0;
    std::function<void()> m_onTick;
};

} // namespace studio::test
