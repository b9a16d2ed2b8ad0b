#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace studio::test {

/// A tiny HTTP forward proxy on 127.0.0.1 for tests that a request really goes through a proxy: it takes
/// absolute-form requests ("GET http://host:port/path HTTP/1.1"), optionally asks for Basic proxy credentials
/// (407 with Proxy-Authenticate), forwards each request in origin form to the named server over a new connection,
/// and relays the answer byte for byte. One request per client connection (it answers "Connection: close"); no
/// CONNECT, so no https.
class ForwardingProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForwardingProxy)

public:
    /// A request as the proxy received it.
    struct Seen
    {
        QByteArray method;
        QByteArray target; ///< absolute form, as on the request line
        QByteArray proxyAuthorization;
        bool forwarded = false; ///< false when the proxy refused it (407, 400)
    };

    explicit ForwardingProxy(QObject* parent = nullptr);
    ~ForwardingProxy() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    /// http://127.0.0.1:<port>, optionally with a user name (http://user@127.0.0.1:<port>).
    QString url(const QByteArray& user = QByteArray()) const;
    /// Requires "Proxy-Authorization: Basic base64(user:password)" from now on.
    void requireCredentials(const QByteArray& user, const QByteArray& password);

    const QList<Seen>& seen() const { return m_seen; }
    /// Requests that went on to their server.
    int forwardedCount() const;

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* client);
    void forward(QTcpSocket* client, const QByteArray& method, const QUrl& target, const QList<QByteArray>& headers,
        const QByteArray& body);
    static void refuse(QTcpSocket* client, const QByteArray& statusLine, const QByteArray& extraHeaders);

    QTcpServer m_server;
    QByteArray m_expectedAuthorization;
    QList<Seen> m_seen;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace studio::test
