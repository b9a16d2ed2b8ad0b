#pragma once

#include "core/sandbox/sandboxserver.h"

#include <QMutex>
#include <QObject>
#include <QThread>

namespace studio::sandbox {

/// Runs a SandboxServer on a thread of its own, so that the thread that starts it (the desktop app's UI thread)
/// never serves a request. start() returns at once; started() or failed() follows.
class SandboxHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHost)

public:
    explicit SandboxHost(QObject* parent = nullptr);
    /// Stops the server and waits for its thread.
    ~SandboxHost() override;

    /// Starts a server with `options` on the host's thread. Does nothing while one is running or starting.
    void start(const SandboxOptions& options);
    /// Stops the server and its thread; waits (briefly) for the thread to end.
    void stop();
    bool isRunning() const;

    /// The bound ports (0 until started()).
    quint16 port() const;
    quint16 erpPort() const;
    /// The demo credentials as the running server reports them (empty until started()).
    DemoCredentials demoCredentials() const;

Q_SIGNALS:
    /// The server listens on 127.0.0.1:`port` (Magento) and :`erpPort` (ERP).
    void started(quint16 port, quint16 erpPort);
    /// The server could not start; `message` says why.
    void failed(const QString& message);
    void stopped();

private:
    void onStarted(quint16 port, quint16 erpPort, const DemoCredentials& credentials);

    QThread m_thread;
    QObject* m_anchor = nullptr;
    SandboxServer* m_server = nullptr;
    mutable QMutex m_mutex;
    quint16 m_port = 0;
    quint16 m_erpPort = 0;
    DemoCredentials m_credentials;
    bool m_starting = false;
};

} // namespace studio::sandbox
