#include "tests/net/scriptedserver.h"

#include "core/net/httptypes.h"

#include <QTcpSocket>

namespace studio::test {

namespace {

const char* const BufferProperty = "scriptedBuffer";
const char* const ConnectionProperty = "scriptedConnection";

QByteArray defaultReason(int status)
{
    const QByteArray phrase = net::standardReasonPhrase(status);
    return phrase.isEmpty() ? QByteArray("Status") : phrase;
}

} // namespace

QByteArray ReceivedRequest::header(const QByteArray& name) const
{
    for (const auto& pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

QByteArray ReceivedRequest::path() const
{
    QByteArray path = target;
    if (path.startsWith("http://") || path.startsWith("https://")) {
        const qsizetype slash = path.indexOf('/', path.indexOf("//") + 2);
        path = slash < 0 ? QByteArray("/") : path.mid(slash);
    }
    const qsizetype question = path.indexOf('?');
    return question < 0 ? path : path.left(question);
}

ScriptedResponse ScriptedResponse::json(int status, const QByteArray& body, Headers headers)
{
    ScriptedResponse response;
    response.status = status;
    response.body = body;
    response.headers = std::move(headers);
    response.headers.prepend({"Content-Type", "application/json"});
    return response;
}

ScriptedResponse ScriptedResponse::of(Action action)
{
    ScriptedResponse response;
    response.action = action;
    return response;
}

ScriptedServer::ScriptedServer(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedServer::onNewConnection);
}

ScriptedServer::~ScriptedServer() = default;

bool ScriptedServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString ScriptedServer::url(const QString& path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path);
}

void ScriptedServer::enqueue(ScriptedResponse response)
{
    m_queue.append(std::move(response));
}

void ScriptedServer::setHandler(std::function<ScriptedResponse(const ReceivedRequest&)> handler)
{
    m_handler = std::move(handler);
}

bool ScriptedServer::releaseHeld()
{
    while (!m_held.isEmpty()) {
        const Held held = m_held.takeFirst();
        if (!held.socket)
            continue;
        write(held.socket, held.response, held.response.body.size());
        return true;
    }
    return false;
}

void ScriptedServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        ++m_connections;
        socket->setProperty(ConnectionProperty, m_connections);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void ScriptedServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray buffer = socket->property(BufferProperty).toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        ReceivedRequest request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qint64 length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            break;
        request.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        request.connection = socket->property(ConnectionProperty).toInt();
        m_requests.append(request);
        handle(socket, request);
        Q_EMIT requestReceived(int(m_requests.size()) - 1);
    }
    socket->setProperty(BufferProperty, buffer);
}

void ScriptedServer::handle(QTcpSocket* socket, const ReceivedRequest& request)
{
    ScriptedResponse response;
    if (!m_queue.isEmpty())
        response = m_queue.takeFirst();
    else if (m_handler)
        response = m_handler(request);
    else
        response = ScriptedResponse::json(404, "{\"message\":\"No script for this request.\"}");
    switch (response.action) {
    case ScriptedResponse::Action::Respond:
        write(socket, response, response.body.size());
        break;
    case ScriptedResponse::Action::Close:
        socket->disconnectFromHost();
        break;
    case ScriptedResponse::Action::Hold:
        m_held.append(Held {socket, response});
        break;
    case ScriptedResponse::Action::Hang:
        break;
    case ScriptedResponse::Action::PartialThenHang:
        write(socket, response, response.partialBytes);
        break;
    }
}

void ScriptedServer::write(QTcpSocket* socket, const ScriptedResponse& response, qint64 bodyBytes)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + (response.reason.isEmpty() ? defaultReason(response.status) : response.reason) + "\r\n";
    bool hasLength = false;
    for (const auto& header : response.headers) {
        head += header.first + ": " + header.second + "\r\n";
        hasLength = hasLength || header.first.compare("Content-Length", Qt::CaseInsensitive) == 0;
    }
    if (!hasLength)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += "\r\n";
    socket->write(head);
    socket->write(response.body.left(bodyBytes));
}

} // namespace studio::test
