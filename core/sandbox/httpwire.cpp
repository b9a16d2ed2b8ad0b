#include "core/sandbox/httpwire.h"

#include "core/net/httptypes.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTimer>
#include <sys/socket.h>

namespace studio::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QByteArray headBytes(const HttpReply& reply, bool closeAfter)
{
    QByteArray head;
    head.reserve(160 + reply.body.size());
    head.append("HTTP/1.1 ");
    head.append(QByteArray::number(reply.status));
    head.append(' ');
    head.append(reasonPhrase(reply.status));
    head.append("\r\nContent-Type: ");
    head.append(reply.contentType);
    head.append("\r\nContent-Length: ");
    head.append(QByteArray::number(reply.body.size()));
    head.append("\r\n");
    for (const auto& header : reply.headers) {
        head.append(header.first);
        head.append(": ");
        head.append(header.second);
        head.append("\r\n");
    }
    if (closeAfter)
        head.append("Connection: close\r\n");
    head.append("\r\n");
    return head;
}

} // namespace

QByteArray toJsonBytes(const QJsonValue& value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    if (value.isUndefined())
        return "null";
    // QJsonDocument holds only objects and arrays: wrap the scalar and unwrap the text.
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

HttpReply HttpReply::fromApi(const ApiResponse& response)
{
    HttpReply reply;
    reply.status = response.status;
    reply.body = toJsonBytes(response.body);
    reply.headers = response.headers;
    return reply;
}

QByteArray reasonPhrase(int status)
{
    QByteArray phrase = net::standardReasonPhrase(status);
    if (phrase.isEmpty())
        phrase = status < 400 ? "OK" : "Error";
    return phrase;
}

void writeReply(QTcpSocket* socket, const HttpReply& reply, bool closeAfter)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray bytes = headBytes(reply, closeAfter);
    bytes.append(reply.body);
    socket->write(bytes);
    if (closeAfter)
        socket->disconnectFromHost();
}

void writeReplySlowly(QTcpSocket* socket, const HttpReply& reply, int bytesPerSecond, bool closeAfter)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(headBytes(reply, closeAfter));
    socket->flush();
    // Ten pieces a second; the timer belongs to the socket, so a vanished client stops the trickle.
    const qsizetype piece = std::max<qsizetype>(1, bytesPerSecond / 10);
    auto* timer = new QTimer(socket);
    auto offset = std::make_shared<qsizetype>(0);
    const QByteArray body = reply.body;
    QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, offset, body, piece, closeAfter]() {
        if (socket->state() != QAbstractSocket::ConnectedState) {
            timer->deleteLater();
            return;
        }
        socket->write(body.mid(*offset, piece));
        socket->flush();
        *offset += piece;
        if (*offset >= body.size()) {
            timer->stop();
            timer->deleteLater();
            if (closeAfter)
                socket->disconnectFromHost();
        }
    });
    if (body.isEmpty()) {
        delete timer;
        if (closeAfter)
            socket->disconnectFromHost();
        return;
    }
    timer->start(100);
}

void resetConnection(QTcpSocket* socket)
{
    if (!socket)
        return;
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor >= 0) {
        // Linger on with a zero timeout: close() then sends RST instead of FIN.
        struct linger option;
        option.l_onoff = 1;
        option.l_linger = 0;
        ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &option, sizeof option);
    }
    socket->abort();
}

HttpListener::HttpListener(Handler handler, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

namespace {

constexpr const char* kContinuedProperty = "studioSandboxContinued";

/// Answers "Expect: 100-continue" as soon as the request head has arrived. Qt HttpServer 6.4 does not, so
/// clients such as curl (for bodies over 1 KiB) would wait a second before sending the body.
void answerExpectContinue(QTcpSocket* socket)
{
    if (socket->property(kContinuedProperty).toBool())
        return;
    const QByteArray head = socket->peek(std::min<qint64>(socket->bytesAvailable(), 65536));
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QByteArray lower = head.left(end).toLower();
    if (!lower.contains("\r\nexpect: 100-continue") && !lower.contains("\r\nexpect:100-continue"))
        return;
    socket->setProperty(kContinuedProperty, true);
    socket->write("HTTP/1.1 100 Continue\r\n\r\n");
}

/// A QTcpServer whose sockets see their data before Qt HttpServer does (for 100-continue).
class LoopbackTcpServer final : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        // Connected before Qt HttpServer connects its own handler, so this runs first on every readyRead.
        connect(socket, &QTcpSocket::readyRead, socket, [socket]() { answerExpectContinue(socket); });
        addPendingConnection(socket);
    }
};

} // namespace

quint16 HttpListener::listenLoopback(quint16 port)
{
    auto* server = new LoopbackTcpServer(this);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

bool HttpListener::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    HttpExchange exchange;
    exchange.method = methodName(request.method());
    const QUrl url = request.url();
    exchange.encodedPath = url.path(QUrl::FullyEncoded).toLatin1();
    exchange.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    const auto headers = request.headers();
    for (const auto& header : headers)
        exchange.headers.insert(header.first.toLower(), header.second);
    exchange.body = request.body();
    exchange.peer = request.remoteAddress();
    exchange.socket = socket;
    socket->setProperty(kContinuedProperty, false);
    m_handler(std::move(exchange));
    return true;
}

void HttpListener::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    Q_UNUSED(request);
    writeReply(socket,
        HttpReply {404, "application/json; charset=utf-8", {}, R"({"message":"Request does not match any route."})"});
}

} // namespace studio::sandbox
