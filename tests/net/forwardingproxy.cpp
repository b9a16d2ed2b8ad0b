#include "tests/net/forwardingproxy.h"

#include <memory>
#include <QTcpSocket>
#include <QVariant>

namespace studio::test {

namespace {

/// The value of a header among "Name: value" lines (case-insensitive name), or empty.
QByteArray headerValue(const QList<QByteArray>& lines, const QByteArray& name)
{
    for (const QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

bool isHopByHop(const QByteArray& line)
{
    const QByteArray name = line.left(line.indexOf(':')).trimmed().toLower();
    return name == "connection" || name == "proxy-connection" || name == "keep-alive" || name == "proxy-authorization";
}

/// Relays one upstream answer to the client with "Connection: close", and closes both when the body is complete
/// (by Content-Length, by the last chunk, or when the server closes).
class Relay final : public QObject
{
public:
    Relay(QTcpSocket* client, QTcpSocket* upstream)
        : QObject(client)
        , m_client(client)
        , m_upstream(upstream)
    { }

    void onData()
    {
        m_buffer += m_upstream->readAll();
        if (!m_headSent) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            QList<QByteArray> lines = m_buffer.left(end).split('\n');
            QByteArray head = lines.takeFirst().trimmed() + "\r\n";
            for (QByteArray& line : lines) {
                line = line.trimmed();
                if (!isHopByHop(line))
                    head += line + "\r\n";
            }
            head += "Connection: close\r\n\r\n";
            const QByteArray length = headerValue(lines, "Content-Length");
            m_chunked = headerValue(lines, "Transfer-Encoding").toLower().contains("chunked");
            m_remaining = length.isEmpty() ? -1 : length.toLongLong();
            m_client->write(head);
            m_buffer = m_buffer.mid(end + 4);
            m_headSent = true;
        }
        if (!m_buffer.isEmpty()) {
            m_client->write(m_buffer);
            m_tail = QByteArray(m_tail + m_buffer).right(5);
            if (m_remaining >= 0)
                m_remaining -= m_buffer.size();
            m_buffer.clear();
        }
        if ((m_remaining == 0 && !m_chunked) || (m_chunked && m_tail == "0\r\n\r\n"))
            finish();
    }

    /// The server could not be reached (or vanished before answering).
    void failed()
    {
        if (m_headSent || m_done)
            return;
        m_done = true;
        m_client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        m_client->disconnectFromHost();
    }

    void finish()
    {
        if (m_done)
            return;
        m_done = true;
        m_upstream->abort();
        m_client->disconnectFromHost();
    }

private:
    QTcpSocket* m_client;
    QTcpSocket* m_upstream;
    QByteArray m_buffer;
    QByteArray m_tail;
    bool m_headSent = false;
    bool m_chunked = false;
    bool m_done = false;
    qint64 m_remaining = -1;
};

} // namespace

ForwardingProxy::ForwardingProxy(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ForwardingProxy::onNewConnection);
}

ForwardingProxy::~ForwardingProxy() = default;

bool ForwardingProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QString ForwardingProxy::url(const QByteArray& user) const
{
    const QString userInfo = user.isEmpty() ? QString() : QString::fromLatin1(user) + u'@';
    return QStringLiteral("http://") + userInfo + QStringLiteral("127.0.0.1:") + QString::number(port());
}

void ForwardingProxy::requireCredentials(const QByteArray& user, const QByteArray& password)
{
    m_expectedAuthorization = "Basic " + QByteArray(user + ':' + password).toBase64();
}

int ForwardingProxy::forwardedCount() const
{
    int count = 0;
    for (const Seen& seen : m_seen)
        count += seen.forwarded ? 1 : 0;
    return count;
}

void ForwardingProxy::onNewConnection()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        connect(client, &QTcpSocket::readyRead, this, [this, client] { onReadyRead(client); });
        connect(client, &QTcpSocket::disconnected, this, [this, client] {
            m_buffers.remove(client);
            client->deleteLater();
        });
    }
}

void ForwardingProxy::onReadyRead(QTcpSocket* client)
{
    if (client->property("handled").toBool())
        return; // one request per connection
    QByteArray& buffer = m_buffers[client];
    buffer += client->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.takeFirst().trimmed().split(' ');
    for (QByteArray& line : lines)
        line = line.trimmed();
    const qint64 length = headerValue(lines, "Content-Length").toLongLong();
    if (buffer.size() < end + 4 + length)
        return; // the body is still on its way
    const QByteArray body = buffer.mid(end + 4, length);
    m_buffers.remove(client);
    client->setProperty("handled", true);

    Seen seen;
    seen.method = requestLine.value(0);
    seen.target = requestLine.value(1);
    seen.proxyAuthorization = headerValue(lines, "Proxy-Authorization");
    const QUrl target = QUrl::fromEncoded(seen.target);
    if (requestLine.size() != 3 || target.scheme() != u"http" || target.host().isEmpty()) {
        m_seen.append(seen);
        refuse(client, "HTTP/1.1 400 Bad Request", QByteArray());
        return;
    }
    if (!m_expectedAuthorization.isEmpty() && seen.proxyAuthorization != m_expectedAuthorization) {
        m_seen.append(seen);
        refuse(
            client, "HTTP/1.1 407 Proxy Authentication Required", "Proxy-Authenticate: Basic realm=\"test proxy\"\r\n");
        return;
    }
    seen.forwarded = true;
    m_seen.append(seen);
    forward(client, seen.method, target, lines, body);
}

void ForwardingProxy::forward(QTcpSocket* client, const QByteArray& method, const QUrl& target,
    const QList<QByteArray>& headers, const QByteArray& body)
{
    auto* upstream = new QTcpSocket(client);
    auto* relay = new Relay(client, upstream);
    QByteArray origin = target.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (!origin.startsWith('/'))
        origin.prepend('/');
    QByteArray request = method + ' ' + origin + " HTTP/1.1\r\n";
    for (const QByteArray& line : headers) {
        if (!line.isEmpty() && !isHopByHop(line))
            request += line + "\r\n";
    }
    request += "Connection: close\r\n\r\n" + body;
    connect(upstream, &QTcpSocket::connected, relay, [upstream, request] { upstream->write(request); });
    connect(upstream, &QTcpSocket::readyRead, relay, [relay] { relay->onData(); });
    connect(upstream, &QTcpSocket::disconnected, relay, [relay] {
        relay->failed();
        relay->finish();
    });
    connect(upstream, &QTcpSocket::errorOccurred, relay, [relay](QAbstractSocket::SocketError) { relay->failed(); });
    upstream->connectToHost(target.host(), quint16(target.port(80)));
}

void ForwardingProxy::refuse(QTcpSocket* client, const QByteArray& statusLine, const QByteArray& extraHeaders)
{
    client->write(statusLine + "\r\n" + extraHeaders + "Content-Length: 0\r\nConnection: close\r\n\r\n");
    client->disconnectFromHost();
}

} // namespace studio::test
