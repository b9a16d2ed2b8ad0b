// bench_net: what the HTTP engine costs on top of Qt's network stack. Peers measured in the same run, against the
// same loopback HTTP/1.1 server (keep-alive, on its own thread):
//  - requests/s: plain QNetworkAccessManager vs ApiClient (no auth) vs ApiClient signing every request with
//    OAuth 1.0a HMAC-SHA256, the same number of requests kept in flight;
//  - a large body: QNetworkReply::readAll() into memory vs ApiClient streaming it to a temporary file.
// Prints the median of each over several runs and the ratio to the plain peer.
// Usage: bench_net [--requests N] [--concurrency N] [--runs N] [--body-mb N]

#include "core/net/apiclient.h"
#include "core/secrets/secretstore.h"
#include "tests/bench/benchsupport.h"

#include <algorithm>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QThread>
#include <QTimer>

using namespace studio;
using studio::bench::median;

namespace {

QTextStream out(stdout);

/// A keep-alive HTTP/1.1 server that answers every GET: /big with `bigBytes` bytes, anything else with a small
/// JSON document like a Magento product.
class Server final : public QTcpServer
{
public:
    explicit Server(qint64 bigBytes)
        : m_big(bigBytes, 'x')
    { }

protected:
    void incomingConnection(qintptr handle) override
    {
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket]() {
            // The unparsed input lives on the socket, so it goes with it.
            QByteArray buffer = socket->property("pending").toByteArray() + socket->readAll();
            for (qsizetype end = buffer.indexOf("\r\n\r\n"); end >= 0; end = buffer.indexOf("\r\n\r\n")) {
                const bool big = buffer.startsWith("GET /big");
                buffer.remove(0, end + 4);
                const QByteArray& body = big ? m_big : m_small;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n");
                socket->write(body);
            }
            socket->setProperty("pending", buffer);
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    QByteArray m_big;
    QByteArray m_small = "{\"id\":1,\"sku\":\"24-MB01\",\"name\":\"Joust Duffle Bag\",\"price\":34,\"status\":1,"
                         "\"visibility\":4,\"type_id\":\"simple\",\"extension_attributes\":{\"website_ids\":[1]}}";
};

/// Secrets for the signing run, generated for this run only.
class BenchSecrets final : public SecretStore
{
public:
    QString backendName() const override { return QStringLiteral("bench"); }
    void read(const QString& ref, QObject* context, ReadCallback done) override
    {
        QTimer::singleShot(0, context, [ref, done = std::move(done)]() {
            done(SecureBytes::fromUtf8(ref + QStringLiteral("-0123456789abcdef0123456789")));
        });
    }
    void write(const QString&, const SecureBytes&, QObject* context, DoneCallback done) override
    {
        QTimer::singleShot(0, context, [done = std::move(done)]() { done(Status()); });
    }
    void remove(const QString&, QObject* context, DoneCallback done) override
    {
        QTimer::singleShot(0, context, [done = std::move(done)]() { done(Status()); });
    }
};

/// Runs `total` requests with `concurrency` in flight; `start(i, done)` starts one and calls done when it ends.
double requestsPerSecond(
    int total, int concurrency, const std::function<void(std::function<void(bool)>)>& start, int* failures)
{
    QEventLoop loop;
    int started = 0;
    int finished = 0;
    QElapsedTimer timer;
    timer.start();
    std::function<void()> next = [&]() {
        if (started >= total)
            return;
        ++started;
        start([&](bool ok) {
            ++finished;
            if (!ok)
                ++*failures;
            if (finished == total)
                loop.quit();
            else
                next();
        });
    };
    for (int i = 0; i < concurrency; ++i)
        next();
    loop.exec();
    return total * 1000.0 / std::max<qint64>(1, timer.elapsed());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption requestsOption(
        QStringLiteral("requests"), QStringLiteral("Requests per run."), QStringLiteral("N"), QStringLiteral("3000"));
    const QCommandLineOption concurrencyOption(
        QStringLiteral("concurrency"), QStringLiteral("Requests in flight."), QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Runs of each measurement."), QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption bodyOption(QStringLiteral("body-mb"), QStringLiteral("Size of the large body, MB."),
        QStringLiteral("N"), QStringLiteral("64"));
    parser.addOptions({requestsOption, concurrencyOption, runsOption, bodyOption});
    parser.process(app);
    const int total = parser.value(requestsOption).toInt();
    const int concurrency = parser.value(concurrencyOption).toInt();
    const int runs = parser.value(runsOption).toInt();
    const qint64 bigBytes = parser.value(bodyOption).toLongLong() * 1024 * 1024;

    QThread serverThread;
    Server* server = new Server(bigBytes);
    server->moveToThread(&serverThread);
    serverThread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        server,
        [server, &port]() {
            server->listen(QHostAddress::LocalHost, 0);
            port = server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);

    QNetworkAccessManager nam;
    BenchSecrets secrets;
    net::ApiClient plainClient(nullptr, nullptr);
    net::ApiClient signingClient(&secrets, nullptr);
    Endpoint endpoint;
    endpoint.id = QStringLiteral("bench");
    endpoint.kind = EndpointKind::Magento;
    endpoint.baseUrl = base;
    endpoint.maxConcurrent = concurrency;
    Endpoint signing = endpoint;
    signing.auth.type = AuthType::OAuth1;
    signing.auth.secretRefs = {{QStringLiteral("consumerKey"), QStringLiteral("ck")},
        {QStringLiteral("consumerSecret"), QStringLiteral("cs")}, {QStringLiteral("accessToken"), QStringLiteral("at")},
        {QStringLiteral("accessTokenSecret"), QStringLiteral("ats")}};
    const QString path = QStringLiteral("/rest/default/V1/products/24-MB01?fields=sku,name,price");

    QList<double> rawRates, engineRates, signedRates;
    int failures = 0;
    for (int run = 0; run < runs; ++run) {
        rawRates << requestsPerSecond(
            total, concurrency,
            [&](std::function<void(bool)> done) {
                QNetworkRequest request(QUrl(base + path));
                QNetworkReply* reply = nam.get(request);
                QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done]() {
                    reply->readAll();
                    reply->deleteLater();
                    done(reply->error() == QNetworkReply::NoError);
                });
            },
            &failures);
        const auto viaEngine = [&](net::ApiClient& client, const Endpoint& e) {
            return requestsPerSecond(
                total, concurrency,
                [&](std::function<void(bool)> done) {
                    net::ApiCall call;
                    call.endpoint = e;
                    call.target = path;
                    net::ApiReply* reply = client.send(call);
                    QObject::connect(reply, &net::ApiReply::finished, reply, [reply, done]() {
                        reply->deleteLater();
                        done(reply->response().isSuccess());
                    });
                },
                &failures);
        };
        engineRates << viaEngine(plainClient, endpoint);
        signedRates << viaEngine(signingClient, signing);
    }

    QList<double> memoryMs, streamMs;
    for (int run = 0; run < std::max(1, runs / 2); ++run) {
        QElapsedTimer timer;
        timer.start();
        {
            QEventLoop loop;
            QNetworkReply* reply = nam.get(QNetworkRequest(QUrl(base + QStringLiteral("/big"))));
            QByteArray body;
            QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, &body]() { body += reply->readAll(); });
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            body += reply->readAll();
            if (body.size() != bigBytes)
                ++failures;
            reply->deleteLater();
        }
        memoryMs << double(timer.restart());
        {
            QEventLoop loop;
            net::ApiCall call;
            call.endpoint = endpoint;
            call.target = QStringLiteral("/big");
            std::unique_ptr<net::ApiReply> reply(plainClient.send(call));
            QObject::connect(reply.get(), &net::ApiReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const bool streamed = !reply->response().bodyFile.isEmpty();
            if (reply->response().bodySize != bigBytes
                || streamed != (bigBytes > plainClient.options().streamThresholdBytes))
                ++failures;
        }
        streamMs << double(timer.elapsed());
    }

    const double raw = median(rawRates);
    const double engine = median(engineRates);
    const double signedRate = median(signedRates);
    out << QStringLiteral("bench_net: %1 requests x %2 runs, %3 in flight, loopback HTTP/1.1 keep-alive\n")
               .arg(total)
               .arg(runs)
               .arg(concurrency);
    out << QStringLiteral("  QNetworkAccessManager        %1 req/s (median)\n").arg(raw, 0, 'f', 0);
    out << QStringLiteral("  ApiClient, no auth           %1 req/s  ratio %2\n")
               .arg(engine, 0, 'f', 0)
               .arg(engine / raw, 0, 'f', 2);
    out << QStringLiteral("  ApiClient, OAuth 1.0a        %1 req/s  ratio %2\n")
               .arg(signedRate, 0, 'f', 0)
               .arg(signedRate / raw, 0, 'f', 2);
    out << QStringLiteral("  %1 MB body: readAll() into memory %2 ms, ApiClient to a temporary file %3 ms  ratio %4\n")
               .arg(bigBytes / (1024 * 1024))
               .arg(median(memoryMs), 0, 'f', 0)
               .arg(median(streamMs), 0, 'f', 0)
               .arg(median(streamMs) / std::max(1.0, median(memoryMs)), 0, 'f', 2);
    if (failures > 0)
        out << QStringLiteral("  %1 requests failed\n").arg(failures);
    out.flush();
    QMetaObject::invokeMethod(
        server,
        [server]() {
            server->close();
            server->deleteLater();
        },
        Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return failures > 0 ? 1 : 0;
}
