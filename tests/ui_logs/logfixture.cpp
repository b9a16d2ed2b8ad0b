#include "tests/ui_logs/logfixture.h"

#include "core/log/requestlog.h"

namespace studio::test {

LogEntry LogFixture::entry(int i, int total, const QDateTime& newest)
{
    static const char* const endpoints[] = {"magento", "erp", "pim"};
    static const char* const methods[] = {"GET", "PUT", "POST", "DELETE"};
    static const int statuses[] = {200, 200, 201, 404, 500, 302, 400, 0, 200, 503};
    LogEntry e;
    e.startedAt = newest.addSecs(-60 * qint64(total - i));
    e.endpointId = QString::fromLatin1(endpoints[i % 3]);
    e.environment = i % 2 ? QStringLiteral("Production") : QStringLiteral("Staging");
    e.runId = i % 7 == 0 ? QString() : QStringLiteral("run-%1").arg(i / 500);
    e.method = methods[i % 4];
    const QString sku = QStringLiteral("SKU-%1").arg(i);
    switch (i % 3) {
    case 0:
        e.url = QStringLiteral("https://shop.example.com/rest/default/V1/products/") + sku;
        break;
    case 1:
        e.url = QStringLiteral("https://erp.example.com/api/items/%1?expand=stock").arg(i);
        break;
    default:
        e.url = QStringLiteral("https://pim.example.com/products/%1?lang=de").arg(i);
        break;
    }
    e.requestHeaders = {{"Authorization", "Bearer tok-" + QByteArray::number(i * 7919)}, {"Accept", "application/json"},
        {"User-Agent", "IntegrationStudio/0.1.0"}, {"X-Trace", QByteArray::number(i)}};
    const double price = (i % 50) + 0.5;
    if (e.method == "PUT" || e.method == "POST") {
        e.requestHeaders.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        e.requestBody = QStringLiteral("{\"product\":{\"sku\":\"%1\",\"price\":%2,\"password\":\"pw-%3\"}}")
                            .arg(sku)
                            .arg(price)
                            .arg(i)
                            .toUtf8();
        if (i == 1234)
            e.requestBody
                = "{\"product\":{\"sku\":\"" + sku.toUtf8() + "\",\"description\":\"" + QByteArray(10000, 'x') + "\"}}";
    }
    e.status = statuses[i % 10];
    if (e.status > 0) {
        e.responseHeaders = {{"Content-Type", "application/json; charset=utf-8"}, {"X-Request", QByteArray::number(i)}};
        e.responseBody = QStringLiteral("{\"id\":%1,\"sku\":\"%2\",\"price\":%3,\"name\":\"Item %1\"%4}")
                             .arg(i)
                             .arg(sku)
                             .arg(price)
                             .arg(i % 100 == 42 ? QStringLiteral(",\"note\":\"zanzibar\"") : QString())
                             .toUtf8();
    } else {
        e.error = QStringLiteral("Nothing accepts connections (connection refused)");
    }
    e.durationMs = 10 + i % 90;
    e.attempt = i % 13 == 0 ? 2 : 1;
    e.credentialFingerprint = QStringLiteral("cred:%1").arg(i % 2 ? QStringLiteral("aaaa") : QStringLiteral("bbbb"));
    e.httpVersion = "HTTP/1.1";
    return e;
}

bool LogFixture::write(const QString& path, int total, const QDateTime& newest)
{
    RequestLogOptions options;
    options.maxBodyBytes = BodyCap;
    options.maxAgeDays = 0;
    options.maxTotalBytes = 0;
    Result<std::unique_ptr<RequestLog>> log = RequestLog::open(path, options);
    if (!log) {
        qWarning("%s", qPrintable(log.error().toString()));
        return false;
    }
    for (int i = 0; i < total; ++i)
        log.value()->record(entry(i, total, newest));
    if (Status flushed = log.value()->flush(); !flushed) {
        qWarning("%s", qPrintable(flushed.error().toString()));
        return false;
    }
    log.value()->close();
    return true;
}

int LogFixture::count(int total, const QDateTime& newest, const std::function<bool(const LogEntry&)>& predicate)
{
    int n = 0;
    for (int i = 0; i < total; ++i)
        n += predicate(entry(i, total, newest)) ? 1 : 0;
    return n;
}

} // namespace studio::test
