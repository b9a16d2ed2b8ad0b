#include "tests/sandbox/test_sandbox_server_support.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <stdexcept>

namespace studio::test {

using sandbox::ApiRequest;
using sandbox::ApiResponse;
using sandbox::ApiRoute;

QByteArray HttpResult::header(const QByteArray& name) const
{
    for (const auto& pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

QJsonValue HttpResult::json() const
{
    const QJsonDocument doc = QJsonDocument::fromJson("[" + body + "]");
    return doc.array().isEmpty() ? QJsonValue(QJsonValue::Undefined) : doc.array().first();
}

SandboxClient::SandboxClient(QString baseUrl)
    : m_baseUrl(std::move(baseUrl))
{
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpResult SandboxClient::send(const QByteArray& method, const QString& path, const QByteArray& body,
    const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest request(QUrl(m_baseUrl + path, QUrl::TolerantMode));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto& header : headers)
        request.setRawHeader(header.first, header.second);
    QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (result.status == 0)
        result.error = reply->errorString();
    reply->deleteLater();
    return result;
}

HttpResult SandboxClient::get(const QString& path, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    return send("GET", path, QByteArray(), headers);
}

HttpResult SandboxClient::sendJson(const QByteArray& method, const QString& path, const QJsonValue& body,
    const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QList<QPair<QByteArray, QByteArray>> all = headers;
    all.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    QByteArray bytes;
    if (body.isObject())
        bytes = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        bytes = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    return send(method, path, bytes, all);
}

int RawResult::status() const
{
    if (!bytes.startsWith("HTTP/1.1 "))
        return 0;
    return bytes.mid(9, 3).toInt();
}

QByteArray RawResult::body() const
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : bytes.mid(end + 4);
}

QByteArray RawResult::header(const QByteArray& name) const
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = bytes.left(end).split('\n');
    for (const QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

RawResult rawRequest(quint16 port, const QByteArray& request, int timeoutMs)
{
    RawResult result;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs)) {
        result.reset = true;
        return result;
    }
    socket.write(request);
    QElapsedTimer timer;
    timer.start();
    // The server runs in this thread: keep its event loop turning while waiting.
    while (timer.elapsed() < timeoutMs) {
        QTest::qWait(5);
        result.bytes += socket.readAll();
        if (socket.state() != QAbstractSocket::ConnectedState) {
            result.bytes += socket.readAll();
            break;
        }
        const qsizetype headEnd = result.bytes.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            RawResult partial {result.bytes, false};
            const int length = partial.header("Content-Length").toInt();
            if (result.bytes.size() - headEnd - 4 >= length)
                break;
        }
    }
    if (result.bytes.isEmpty())
        result.reset = true;
    return result;
}

QByteArray rawGet(quint16 port, const QByteArray& path)
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\nConnection: close\r\n\r\n";
}

namespace {

ApiResponse productNotFound()
{
    return ApiResponse::notFound(
        QStringLiteral("The product that was requested doesn't exist. Verify the product and try again."));
}

QJsonObject principalJson(const sandbox::Principal& principal)
{
    static const char* kinds[] = {"guest", "admin", "customer", "integration"};
    return QJsonObject {{QStringLiteral("kind"), QString::fromLatin1(kinds[int(principal.kind)])},
        {QStringLiteral("id"), principal.userId}, {QStringLiteral("name"), principal.userName}};
}

} // namespace

void addTestRoutes(sandbox::SandboxServer& server, std::shared_ptr<QHash<QString, int>> calls)
{
    auto products = std::make_shared<QHash<QString, QJsonObject>>();
    sandbox::SandboxStats* stats = server.context().stats;
    const QString catalog = QStringLiteral("Magento_Catalog::products");
    sandbox::ApiRouter& router = server.router();

    router.add(ApiRoute {"GET", QStringLiteral("/V1/test/echo"), QStringLiteral("anonymous"),
        [calls](const ApiRequest& request) {
            ++(*calls)[QStringLiteral("GET /V1/test/echo")];
            QJsonObject params;
            for (auto it = request.params.constBegin(); it != request.params.constEnd(); ++it)
                params.insert(it.key(), it.value());
            return ApiResponse::ok(
                QJsonObject {{QStringLiteral("store"), request.storeCode}, {QStringLiteral("path"), request.path},
                    {QStringLiteral("params"), params}, {QStringLiteral("principal"), principalJson(request.principal)},
                    {QStringLiteral("query"), request.query.toString(QUrl::FullyDecoded)}});
        },
        QString(), QString(), false});

    router.add(ApiRoute {"GET", QStringLiteral("/V1/products/:sku"), catalog,
        [calls, products](const ApiRequest& request) {
            ++(*calls)[QStringLiteral("GET /V1/products/:sku")];
            const QString sku = request.params.value(QStringLiteral("sku"));
            if (!products->contains(sku))
                return productNotFound();
            return ApiResponse::ok(products->value(sku));
        },
        QStringLiteral("/V1/products/{sku}"), QString(), false});

    auto save = [calls, products, stats](const ApiRequest& request, const QString& name) {
        ++(*calls)[name];
        const QJsonObject product = request.json.object().value(QStringLiteral("product")).toObject();
        if (product.isEmpty())
            return ApiResponse::badRequest(QStringLiteral("\"%fieldName\" is required. Enter and try again."),
                QJsonObject {{QStringLiteral("fieldName"), QStringLiteral("product")}});
        QString sku = request.params.value(QStringLiteral("sku"));
        if (sku.isEmpty())
            sku = product.value(QStringLiteral("sku")).toString();
        if (sku.isEmpty())
            return ApiResponse::badRequest(QStringLiteral("\"%fieldName\" is required. Enter and try again."),
                QJsonObject {{QStringLiteral("fieldName"), QStringLiteral("sku")}});
        if (product.contains(QStringLiteral("price")) && !product.value(QStringLiteral("price")).isDouble())
            return ApiResponse::badRequest(QStringLiteral("The \"%fieldName\" value's type is invalid. The \"%type\" "
                                                          "type was expected. Verify and try again."),
                QJsonObject {{QStringLiteral("fieldName"), QStringLiteral("price")},
                    {QStringLiteral("type"), QStringLiteral("float")}});
        QJsonObject stored = product;
        stored.insert(QStringLiteral("sku"), sku);
        products->insert(sku, stored);
        stats->recordSkuWrite(sku);
        return ApiResponse::ok(stored);
    };
    router.add(ApiRoute {"PUT", QStringLiteral("/V1/products/:sku"), catalog,
        [save](const ApiRequest& request) { return save(request, QStringLiteral("PUT /V1/products/:sku")); },
        QStringLiteral("/V1/products/{sku}"), QStringLiteral("/V1/products/bySku"), true});
    router.add(ApiRoute {"POST", QStringLiteral("/V1/products"), catalog,
        [save](const ApiRequest& request) { return save(request, QStringLiteral("POST /V1/products")); },
        QStringLiteral("/V1/products"), QString(), true});
    router.add(ApiRoute {"DELETE", QStringLiteral("/V1/products/:sku"), catalog,
        [calls, products, stats](const ApiRequest& request) {
            ++(*calls)[QStringLiteral("DELETE /V1/products/:sku")];
            QString sku = request.params.value(QStringLiteral("sku"));
            if (sku.isEmpty())
                sku = request.json.object().value(QStringLiteral("sku")).toString();
            if (!products->remove(sku))
                return productNotFound();
            stats->recordSkuWrite(sku);
            return ApiResponse::ok(true);
        },
        QStringLiteral("/V1/products/{sku}"), QStringLiteral("/V1/products/bySku"), true});

    router.add(ApiRoute {"GET", QStringLiteral("/V1/orders"), QStringLiteral("Magento_Sales::actions_view"),
        [calls](const ApiRequest&) {
            ++(*calls)[QStringLiteral("GET /V1/orders")];
            return ApiResponse::ok(
                QJsonObject {{QStringLiteral("items"), QJsonArray {}}, {QStringLiteral("total_count"), 0}});
        },
        QStringLiteral("/V1/orders"), QString(), false});

    router.add(ApiRoute {"GET", QStringLiteral("/V1/test/value/:kind"), QStringLiteral("anonymous"),
        [](const ApiRequest& request) -> ApiResponse {
            const QString kind = request.params.value(QStringLiteral("kind"));
            if (kind == u"string")
                return ApiResponse::ok(QStringLiteral("a \"quoted\" token"));
            if (kind == u"number")
                return ApiResponse::ok(42);
            if (kind == u"boolean")
                return ApiResponse::ok(true);
            if (kind == u"void")
                return ApiResponse::ok(QJsonArray {});
            if (kind == u"throw")
                throw std::runtime_error("test handler failure");
            return ApiResponse::notFound(QStringLiteral("No such kind %1"), QJsonArray {kind});
        },
        QString(), QString(), false});

    router.add(ApiRoute {"POST", QStringLiteral("/V1/test/form"), QStringLiteral("anonymous"),
        [](const ApiRequest& request) {
            return ApiResponse::ok(QJsonObject {{QStringLiteral("body"), QString::fromUtf8(request.body)},
                {QStringLiteral("principal"), principalJson(request.principal)}});
        },
        QString(), QString(), false});
}

TestSandbox startTestSandbox(const QString& dataDir, sandbox::SandboxOptions options)
{
    TestSandbox sandbox;
    options.dataDir = dataDir;
    options.serveStore = false;
    sandbox.server = std::make_unique<sandbox::SandboxServer>(options);
    sandbox.calls = std::make_shared<QHash<QString, int>>();
    addTestRoutes(*sandbox.server, sandbox.calls);
    const Status status = sandbox.server->start();
    if (!status)
        qWarning("sandbox did not start: %s", qPrintable(status.error().toString()));
    return sandbox;
}

QList<QPair<QByteArray, QByteArray>> demoAdminBearer(SandboxClient& client, const sandbox::SandboxServer& server)
{
    const sandbox::DemoCredentials demo = server.demoCredentials();
    const HttpResult token = client.sendJson("POST", QStringLiteral("/rest/V1/integration/admin/token"),
        QJsonObject {{QStringLiteral("username"), demo.adminUsername},
            {QStringLiteral("password"), demo.adminPassword.toUtf8String()}});
    return {{"Authorization", "Bearer " + token.json().toString().toLatin1()}};
}

} // namespace studio::test
