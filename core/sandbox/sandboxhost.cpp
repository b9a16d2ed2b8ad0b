#include "core/sandbox/sandboxhost.h"

#include <QMetaObject>

namespace studio::sandbox {

SandboxHost::SandboxHost(QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

SandboxHost::~SandboxHost()
{
    stop();
}

void SandboxHost::start(const SandboxOptions& options)
{
    if (m_thread.isRunning() || m_starting)
        return;
    m_starting = true;
    m_thread.start();
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    // Everything the server owns (sockets, timers, the database connection) is created on the sandbox thread.
    QMetaObject::invokeMethod(
        m_anchor,
        [this, options]() {
            auto* server = new SandboxServer(options);
            const Status status = server->start();
            if (!status) {
                delete server;
                const QString message = status.error().toString();
                QMetaObject::invokeMethod(
                    this,
                    [this, message]() {
                        m_starting = false;
                        stop();
                        Q_EMIT failed(message);
                    },
                    Qt::QueuedConnection);
                return;
            }
            m_server = server;
            const quint16 port = server->port();
            const quint16 erpPort = server->erpPort();
            const DemoCredentials credentials = server->demoCredentials();
            QMetaObject::invokeMethod(
                this, [this, port, erpPort, credentials]() { onStarted(port, erpPort, credentials); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SandboxHost::onStarted(quint16 port, quint16 erpPort, const DemoCredentials& credentials)
{
    {
        QMutexLocker lock(&m_mutex);
        m_port = port;
        m_erpPort = erpPort;
        m_credentials = credentials;
    }
    m_starting = false;
    Q_EMIT started(port, erpPort);
}

void SandboxHost::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_anchor,
        [this]() {
            delete m_server;
            m_server = nullptr;
            delete m_anchor;
            m_anchor = nullptr;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
    {
        QMutexLocker lock(&m_mutex);
        m_port = 0;
        m_erpPort = 0;
        m_credentials = DemoCredentials();
    }
    m_starting = false;
    Q_EMIT stopped();
}

bool SandboxHost::isRunning() const
{
    QMutexLocker lock(&m_mutex);
    return m_port != 0;
}

quint16 SandboxHost::port() const
{
    QMutexLocker lock(&m_mutex);
    return m_port;
}

quint16 SandboxHost::erpPort() const
{
    QMutexLocker lock(&m_mutex);
    return m_erpPort;
}

DemoCredentials SandboxHost::demoCredentials() const
{
    QMutexLocker lock(&m_mutex);
    return m_credentials;
}

} // namespace studio::sandbox
