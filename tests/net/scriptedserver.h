#pragma once

#include <functional>
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace studio::test {

using Headers = QList<QPair<QByteArray, QByteArray>>;

/// A request as the scripted server received it.
struct ReceivedRequest
{
    QByteArray method;
    QByteArray target; ///< as on the request line (origin form, or absolute form through a proxy)
    Headers headers;
    QByteArray body;
    int connection = 0; ///< which TCP connection it came on (1 = first)

    QByteArray header(const QByteArray& name) const;
    /// The path part of the target, still percent-encoded.
    QByteArray path() const;
};

/// What the scripted server does with one request.
struct ScriptedResponse
{
    enum class Action {
        Respond,         ///< send status, headers and body
        Close,           ///< close the connection without answering
        Hold,            ///< answer only when the test calls releaseHeld()
        Hang,            ///< never answer (timeouts, cancellation)
        PartialThenHang, ///< send headers and the first `partialBytes` of the body, then nothing more
    };
    Action action = Action::Respond;
    int status = 200;
    QByteArray reason;
    Headers headers;
    QByteArray body;
    qint64 partialBytes = 0;

    static ScriptedResponse json(int status, const QByteArray& body, Headers headers = {});
    static ScriptedResponse of(Action action);
};

/// A small HTTP/1.1 server on 127.0.0.1 for tests of the HTTP engine: real sockets, real parsing, answers from a
/// script (a queue of responses, then a handler). Keeps connections alive like a real server, records every
/// request, and can hold, hang, close or cut off answers on purpose.
class ScriptedServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedServer)

public:
    explicit ScriptedServer(QObject* parent = nullptr);
    ~ScriptedServer() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    /// http://127.0.0.1:<port><path>
    QString url(const QString& path = QString()) const;

    /// Answers the next requests in order; when the queue is empty the handler answers (default: 404).
    void enqueue(ScriptedResponse response);
    void setHandler(std::function<ScriptedResponse(const ReceivedRequest&)> handler);

    const QList<ReceivedRequest>& requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int connectionCount() const { return m_connections; }
    int heldCount() const { return int(m_held.size()); }
    /// Sends the oldest held answer; false when none is held.
    bool releaseHeld();

Q_SIGNALS:
    void requestReceived(int index);

private:
    struct Held
    {
        QPointer<QTcpSocket> socket;
        ScriptedResponse response;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void handle(QTcpSocket* socket, const ReceivedRequest& request);
    static void write(QTcpSocket* socket, const ScriptedResponse& response, qint64 bodyBytes);

    QTcpServer m_server;
    QList<ScriptedResponse> m_queue;
    std::function<ScriptedResponse(const ReceivedRequest&)> m_handler;
    QList<ReceivedRequest> m_requests;
    QList<Held> m_held;
    int m_connections = 0;
};

} // namespace studio::test
