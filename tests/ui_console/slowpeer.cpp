#include "tests/ui_console/slowpeer.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace studio::test {

QByteArray bigJsonBody(qint64 bytes)
{
    QByteArray body;
    body.reserve(bytes + 256);
    body.append('[');
    int index = 0;
    while (body.size() < bytes) {
        if (index > 0)
            body.append(',');
        body.append(QStringLiteral("{\"sku\":\"BIG-%1\",\"name\":\"Generated product number %1\",\"price\":%2,"
                                   "\"extension_attributes\":{\"website_ids\":[1],\"stock_item\":{\"qty\":%3}}}")
                        .arg(index)
                        .arg(double(index % 1000) + 0.5)
                        .arg(index % 97)
                        .toUtf8());
        ++index;
    }
    body.append(']');
    return body;
}

HttpPeerThread::HttpPeerThread(qint64 bigBytes)
    : m_bigBytes(bigBytes)
{ }

HttpPeerThread::~HttpPeerThread()
{
    quit();
    wait();
}

bool HttpPeerThread::startListening()
{
    start();
    // run() releases the semaphore once it listens (or failed to).
    return m_ready.tryAcquire(1, 10000) && m_url.isValid();
}

void HttpPeerThread::run()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        m_ready.release();
        return;
    }
    const QByteArray big = bigJsonBody(m_bigBytes);
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server, &big] {
        while (QTcpSocket* socket = server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer, &big] {
                buffer->append(socket->readAll());
                if (!buffer->contains("\r\n\r\n"))
                    return;
                if (!buffer->startsWith("GET /big"))
                    return; // never answered
                buffer->clear();
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(big.size()) + "\r\nConnection: close\r\n\r\n");
                constexpr qsizetype chunk = 256 * 1024;
                for (qsizetype at = 0; at < big.size(); at += chunk)
                    socket->write(big.constData() + at, qMin(chunk, big.size() - at));
                socket->disconnectFromHost();
            });
        }
    });
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
    m_ready.release();
    exec();
}

} // namespace studio::test
