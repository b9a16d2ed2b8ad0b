#pragma once

// Shared by the HTTP-side sandbox tests: a sandbox on a free loopback port with small test routes, and two
// clients — QNetworkAccessManager for ordinary calls, a raw socket for fault tests that must see resets and
// must not be retried behind their back.

#include "core/sandbox/sandboxserver.h"

#include <memory>
#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>

namespace studio::test {

/// One HTTP answer as a test sees it.
struct HttpResult
{
    /// HTTP status; 0 when there was no answer (reset, refused, timeout).
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    /// Transport error text when status is 0.
    QString error;

    QByteArray header(const QByteArray& name) const;
    /// The body as JSON, also for bare strings and numbers.
    QJsonValue json() const;
    QJsonObject object() const { return json().toObject(); }
};

/// QNetworkAccessManager with a synchronous face (the event loop keeps running while it waits, so an in-process
/// server answers).
class SandboxClient final
{
public:
    explicit SandboxClient(QString baseUrl);
    /// `path` is appended to the base URL as it is (keep %2F as you want it on the wire).
    HttpResult send(const QByteArray& method, const QString& path, const QByteArray& body = QByteArray(),
        const QList<QPair<QByteArray, QByteArray>>& headers = {});
    HttpResult get(const QString& path, const QList<QPair<QByteArray, QByteArray>>& headers = {});
    /// JSON body with Content-Type application/json.
    HttpResult sendJson(const QByteArray& method, const QString& path, const QJsonValue& body,
        const QList<QPair<QByteArray, QByteArray>>& headers = {});
    QString baseUrl() const { return m_baseUrl; }

private:
    QString m_baseUrl;
    QNetworkAccessManager m_nam;
};

/// Sends `request` (complete HTTP bytes) on a fresh connection and reads until the server closes it or the
/// answer is complete. Returns the raw answer; `reset` tells whether the connection was reset or closed without
/// an answer.
struct RawResult
{
    QByteArray bytes;
    bool reset = false;
    int status() const;
    QByteArray body() const;
    QByteArray header(const QByteArray& name) const;
};
RawResult rawRequest(quint16 port, const QByteArray& request, int timeoutMs = 10000);
/// "GET <path> HTTP/1.1" with Host and Connection: close.
QByteArray rawGet(quint16 port, const QByteArray& path);

/// Starts a sandbox of the HTTP side only (no store) on free ports in `dataDir`, with small test routes:
///   GET  /V1/test/echo                anonymous          {"store","path","params","principal","query"}
///   GET  /V1/products/:sku            Magento_Catalog::products (schema /V1/products/{sku})
///   PUT  /V1/products/:sku            Magento_Catalog::products, bulk as /V1/products/bySku
///   POST /V1/products                 Magento_Catalog::products, bulk; price must be a number
///   DELETE /V1/products/:sku          Magento_Catalog::products, bulk as /V1/products/bySku
///   GET  /V1/orders                   Magento_Sales::actions_view (schema /V1/orders)
///   GET  /V1/test/value/:kind         anonymous; answers a bare string, number, boolean, [] or throws
///   POST /V1/test/form                anonymous; echoes the raw body
/// Handler calls are counted in `calls` (by route pattern).
struct TestSandbox
{
    std::unique_ptr<sandbox::SandboxServer> server;
    std::shared_ptr<QHash<QString, int>> calls;
    QString baseUrl() const { return server->baseUrl(); }
    quint16 port() const { return server->port(); }
};
TestSandbox startTestSandbox(const QString& dataDir, sandbox::SandboxOptions options = {});
/// Adds the test routes above to a server's router.
void addTestRoutes(sandbox::SandboxServer& server, std::shared_ptr<QHash<QString, int>> calls);

/// Bearer header for an admin token of the demo admin (fetched over HTTP).
QList<QPair<QByteArray, QByteArray>> demoAdminBearer(SandboxClient& client, const sandbox::SandboxServer& server);

} // namespace studio::test
