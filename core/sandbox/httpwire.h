#pragma once

// The sandbox's HTTP plumbing: requests are copied out of Qt HttpServer into an HttpExchange (so an answer can
// come later, after injected latency), and answers are written straight to the socket, which is what allows
// trickled bodies and connection resets.

#include "core/sandbox/api.h"

#include <functional>
#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTcpSocket>

namespace studio::sandbox {

/// One received request, detached from Qt HttpServer's request object.
struct HttpExchange
{
    QByteArray method;
    /// The path as sent, still percent-encoded ("%2F" stays inside its segment).
    QByteArray encodedPath;
    /// The query string as sent, without '?'.
    QByteArray rawQuery;
    /// Header names in lower case.
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    QHostAddress peer;
    QPointer<QTcpSocket> socket;

    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
};

/// One answer on the wire.
struct HttpReply
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    /// A Web API answer: the body as JSON (bare strings, numbers and booleans too), Magento's content type.
    static HttpReply fromApi(const ApiResponse& response);
};

/// A JSON value as compact text, also for top-level strings, numbers, booleans and null.
QByteArray toJsonBytes(const QJsonValue& value);

/// "OK", "Not Found" ...
QByteArray reasonPhrase(int status);

/// Writes the whole answer at once. Closes the connection afterwards when `closeAfter` is set.
void writeReply(QTcpSocket* socket, const HttpReply& reply, bool closeAfter = false);
/// Writes the status line and headers at once and then the body in small pieces, `bytesPerSecond` in all.
void writeReplySlowly(QTcpSocket* socket, const HttpReply& reply, int bytesPerSecond, bool closeAfter = false);
/// Drops the connection with a TCP reset (SO_LINGER 0), as a crashed or overloaded server would.
void resetConnection(QTcpSocket* socket);

/// A Qt HttpServer that hands every request, as an HttpExchange, to a callback. Binds 127.0.0.1 only.
class HttpListener final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpListener)

public:
    using Handler = std::function<void(HttpExchange exchange)>;

    explicit HttpListener(Handler handler, QObject* parent = nullptr);
    /// Listens on 127.0.0.1:`port` (0: a free port); returns the bound port or 0.
    quint16 listenLoopback(quint16 port);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Handler m_handler;
};

} // namespace studio::sandbox
