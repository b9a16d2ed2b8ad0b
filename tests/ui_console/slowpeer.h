#pragma once

#include <QByteArray>
#include <QSemaphore>
#include <QThread>
#include <QUrl>

class QTcpServer;

namespace studio::test {

/// A small HTTP peer on its own thread, for console tests that need what the sandbox does not do: a big body
/// served while the UI thread is measured, or a request that is never answered (to be cancelled).
/// GET /big answers with a JSON array of `bigBytes` bytes, written in chunks; anything else is read and left
/// without an answer until the connection is closed by the client.
class HttpPeerThread final : public QThread
{
public:
    explicit HttpPeerThread(qint64 bigBytes);
    ~HttpPeerThread() override;

    /// Starts the thread and waits until the peer listens; false when it could not bind.
    bool startListening();
    /// http://127.0.0.1:<port>
    QUrl url() const { return m_url; }

protected:
    void run() override;

private:
    qint64 m_bigBytes;
    QSemaphore m_ready;
    QUrl m_url; ///< written by run() before it releases m_ready
};

/// A JSON array of objects of about `bytes` bytes.
QByteArray bigJsonBody(qint64 bytes);

} // namespace studio::test
