#pragma once

#include "core/workspace/endpoint.h"
#include "core/workspace/environment.h"

#include <QObject>
#include <QString>

namespace studio {

/// One step of a connection test (DNS, TCP, TLS, auth, store code, version...).
struct ConnectionCheck
{
    enum class State { Passed, Failed, Skipped };
    QString name; ///< short label: "Reachable", "TLS", "Authentication", ...
    State state = State::Passed;
    QString detail; ///< one readable sentence: what was found, or what went wrong and what to do
};

/// The outcome of testing an endpoint.
struct ConnectionReport
{
    bool ok = false;
    QString summary; ///< one readable sentence for the status line
    QList<ConnectionCheck> checks;
};

/// Tests whether an endpoint can be reached and authenticated with, as configured in an environment.
/// Implemented per endpoint kind by core/net; the endpoint editor's "Test connection" button calls it.
/// Asynchronous: emits finished() once, on the thread the tester lives in; cancel() ends it early.
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(QObject* parent = nullptr)
        : QObject(parent)
    { }
    ~ConnectionTester() override = default;

    /// Starts a test; a test already running is cancelled first.
    virtual void start(const Endpoint& endpoint, const Environment& environment) = 0;
    virtual void cancel() = 0;

Q_SIGNALS:
    /// Progress: one check finished.
    void checkFinished(const studio::ConnectionCheck& check);
    void finished(const studio::ConnectionReport& report);
};

} // namespace studio
