#include "core/common/clock.h"
#include "core/log/logexport.h"
#include "core/log/logpaths.h"
#include "core/log/logreader.h"
#include "core/log/logstore.h"
#include "core/log/redactor.h"
#include "core/log/requestlog.h"
#include "tests/support/testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QtEndian>
#include <QTest>
#include <sqlite3.h>
#include <thread>

using namespace studio;

namespace {

/// A fresh secret: lower-case letters and digits, so that the search index (which lower-cases tokens)
/// would hold it byte for byte if it leaked there.
QByteArray makeSecret(const char* prefix)
{
    QByteArray secret(prefix);
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (int i = 0; i < 24; ++i)
        secret.append(alphabet[QRandomGenerator::system()->bounded(36)]);
    return secret;
}

LogEntry sampleEntry(int i, const QDateTime& at = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC))
{
    static const char* const methods[] = {"GET", "POST", "PUT", "DELETE"};
    static const int statuses[] = {200, 201, 404, 500, 0, 302, 200, 400};
    LogEntry e;
    e.startedAt = at.addSecs(i);
    e.endpointId = QStringLiteral("endpoint%1").arg(i % 3);
    e.environment = i % 2 ? QStringLiteral("staging") : QStringLiteral("production");
    e.runId = QStringLiteral("run%1").arg(i % 5);
    e.method = methods[i % 4];
    e.url = QStringLiteral("https://shop.test/rest/default/V1/products/SKU-%1?fields=items").arg(i);
    e.requestHeaders = {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
    e.requestBody = QStringLiteral("{\"product\":{\"sku\":\"SKU-%1\",\"name\":\"Widget %1\"}}").arg(i).toUtf8();
    e.status = statuses[i % 8];
    e.responseHeaders = {{"Content-Type", "application/json"}};
    e.responseBody = QStringLiteral("{\"id\":%1,\"sku\":\"SKU-%1\"}").arg(i).toUtf8();
    e.durationMs = 10 + i;
    e.attempt = 1 + i % 2;
    e.error = e.status == 0 ? QStringLiteral("Connection refused") : QString();
    e.credentialFingerprint = QStringLiteral("fp%1").arg(i % 2);
    return e;
}

LogFilter textFilter(const QString& text)
{
    LogFilter filter;
    filter.text = text;
    return filter;
}

/// Options for tests: no age limit unless a test sets one (the sample entries are from January 2026).
RequestLogOptions testOptions()
{
    RequestLogOptions options;
    options.maxAgeDays = 0;
    return options;
}

std::unique_ptr<RequestLog> openLog(
    const QString& path, RequestLogOptions options = testOptions(), Clock& clock = systemClock())
{
    auto log = RequestLog::open(path, std::move(options), clock);
    if (!log) {
        qWarning("%s", qPrintable(log.error().toString()));
        return nullptr;
    }
    return std::move(log.value());
}

std::unique_ptr<LogReader> openReader(const QString& path)
{
    auto reader = LogReader::open(path);
    if (!reader) {
        qWarning("%s", qPrintable(reader.error().toString()));
        return nullptr;
    }
    return std::move(reader.value());
}

/// A second, raw SQLite connection, as someone tampering with the file would use.
class RawDb final
{
public:
    explicit RawDb(const QString& path) { sqlite3_open(path.toUtf8().constData(), &m_db); }
    ~RawDb() { sqlite3_close(m_db); }
    bool exec(const QByteArray& sql)
    {
        char* message = nullptr;
        const bool ok = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK;
        if (!ok)
            qWarning("sqlite: %s", message);
        sqlite3_free(message);
        return ok;
    }
    qint64 integer(const QByteArray& sql)
    {
        sqlite3_stmt* stmt = nullptr;
        sqlite3_prepare_v2(m_db, sql.constData(), -1, &stmt, nullptr);
        qint64 value = -1;
        if (sqlite3_step(stmt) == SQLITE_ROW)
            value = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
        return value;
    }
    bool setBlob(const QByteArray& sql, const QByteArray& blob)
    {
        sqlite3_stmt* stmt = nullptr;
        sqlite3_prepare_v2(m_db, sql.constData(), -1, &stmt, nullptr);
        sqlite3_bind_blob(stmt, 1, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
        const bool ok = sqlite3_step(stmt) == SQLITE_DONE;
        sqlite3_finalize(stmt);
        return ok;
    }

private:
    sqlite3* m_db = nullptr;
};

QList<qint64> allIds(LogReader& reader, const LogFilter& filter, LogOrder order, int pageSize)
{
    QList<qint64> ids;
    qint64 cursor = 0;
    for (int guard = 0; guard < 100000; ++guard) {
        auto page = reader.page(filter, cursor, pageSize, order);
        if (!page) {
            qWarning("%s", qPrintable(page.error().toString()));
            return {};
        }
        for (const LogSummary& row : page.value())
            ids.append(row.id);
        if (page->size() < pageSize)
            break;
        cursor = page->last().id;
    }
    return ids;
}

} // namespace

class TestLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logPathIsInStudioFolder()
    {
        QCOMPARE(requestLogPath(QStringLiteral("/ws")), QStringLiteral("/ws/.studio/requests.db"));
    }

    void roundTrip()
    {
        test::KeptTemporaryDir dir;
        const QString path = requestLogPath(dir.path());
        auto log = openLog(path);
        QVERIFY(log);
        LogEntry first = sampleEntry(1);
        first.requestHeaders.append(QPair<QByteArray, QByteArray>("X-Dup", "a"));
        first.requestHeaders.append(QPair<QByteArray, QByteArray>("X-Dup", "b"));
        first.httpVersion = "HTTP/2";
        first.startedAt = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 891), Qt::UTC);
        LogEntry binary = sampleEntry(2);
        binary.responseBody = QByteArray("\x00\x01\xff\xfe binary", 12);
        log->record(first);
        log->record(binary);
        log->record(sampleEntry(3));
        QVERIFY(log->flush().ok());
        QCOMPARE(log->stats().written, 3);

        auto reader = openReader(path);
        QVERIFY(reader);
        auto stored = reader->entry(1);
        QVERIFY2(stored.ok(), qPrintable(stored.error().toString()));
        QCOMPARE(stored->id, 1);
        QCOMPARE(stored->startedAt, first.startedAt);
        QCOMPARE(stored->startedAt.timeSpec(), Qt::UTC);
        QCOMPARE(stored->endpointId, first.endpointId);
        QCOMPARE(stored->environment, first.environment);
        QCOMPARE(stored->runId, first.runId);
        QCOMPARE(stored->method, first.method);
        QCOMPARE(stored->url, first.url);
        QCOMPARE(stored->requestHeaders, first.requestHeaders);
        QCOMPARE(stored->requestBody, first.requestBody);
        QCOMPARE(stored->status, first.status);
        QCOMPARE(stored->responseHeaders, first.responseHeaders);
        QCOMPARE(stored->responseBody, first.responseBody);
        QCOMPARE(stored->durationMs, first.durationMs);
        QCOMPARE(stored->attempt, first.attempt);
        QCOMPARE(stored->error, first.error);
        QCOMPARE(stored->credentialFingerprint, first.credentialFingerprint);
        QCOMPARE(stored->httpVersion, QByteArray("HTTP/2"));
        QCOMPARE(stored->requestBodySize, first.requestBody.size());
        QVERIFY(!stored->requestBodyTruncated);
        auto storedBinary = reader->entry(2);
        QVERIFY(storedBinary.ok());
        QCOMPARE(storedBinary->responseBody, binary.responseBody);

        auto missing = reader->entry(99);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(u"99"));
    }

    void readerRefusesWhatIsNotALog()
    {
        test::KeptTemporaryDir dir;
        auto none = LogReader::open(dir.filePath(QStringLiteral("missing.db")));
        QVERIFY(!none.ok());
        QVERIFY(none.error().message.contains(u"missing.db"));
        const QString other = dir.filePath(QStringLiteral("other.db"));
        {
            RawDb raw(other);
            QVERIFY(raw.exec("CREATE TABLE t(x)"));
        }
        auto notALog = LogReader::open(other);
        QVERIFY(!notALog.ok());
        auto writer = RequestLog::open(other);
        QVERIFY(!writer.ok());
        QVERIFY(writer.error().message.contains(u"not a request log"));
        const QString text = dir.filePath(QStringLiteral("text.db"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not sqlite at all, just text that is long enough to be a header....");
        file.close();
        QVERIFY(!LogReader::open(text).ok());
        QVERIFY(!RequestLog::open(text).ok());
    }

    void redactorRules_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("bearer") << "header" << QByteArray("Authorization") << QByteArray("Bearer abc.def.ghi")
                                << QByteArray("Bearer [redacted]");
        QTest::newRow("basic") << "header" << QByteArray("authorization") << QByteArray("Basic dXNlcjpwYXNz")
                               << QByteArray("Basic [redacted]");
        QTest::newRow("no scheme") << "header" << QByteArray("Authorization") << QByteArray("rawtoken")
                                   << QByteArray("[redacted]");
        QTest::newRow("proxy") << "header" << QByteArray("Proxy-Authorization") << QByteArray("Basic eHl6")
                               << QByteArray("Basic [redacted]");
        QTest::newRow("oauth1")
            << "header" << QByteArray("Authorization")
            << QByteArray(
                   "OAuth oauth_consumer_key=\"ck\", oauth_token=\"tk\", oauth_signature_method=\"HMAC-SHA256\", "
                   "oauth_timestamp=\"1700000000\", oauth_nonce=\"nn\", oauth_version=\"1.0\", "
                   "oauth_signature=\"sig%3D\"")
            << QByteArray("OAuth oauth_consumer_key=\"[redacted]\", oauth_token=\"[redacted]\", "
                          "oauth_signature_method=\"HMAC-SHA256\", oauth_timestamp=\"1700000000\", "
                          "oauth_nonce=\"[redacted]\", oauth_version=\"1.0\", oauth_signature=\"[redacted]\"");
        QTest::newRow("cookie") << "header" << QByteArray("Cookie") << QByteArray("PHPSESSID=abc; form_key=def")
                                << QByteArray("PHPSESSID=[redacted]; form_key=[redacted]");
        QTest::newRow("set-cookie") << "header" << QByteArray("Set-Cookie")
                                    << QByteArray("PHPSESSID=abc; path=/; HttpOnly")
                                    << QByteArray("PHPSESSID=[redacted]; path=/; HttpOnly");
        QTest::newRow("x-api-key") << "header" << QByteArray("X-Api-Key") << QByteArray("k1")
                                   << QByteArray("[redacted]");
        QTest::newRow("x-auth-token by rule")
            << "header" << QByteArray("X-Auth-Token") << QByteArray("k2") << QByteArray("[redacted]");
        QTest::newRow("subscription key")
            << "header" << QByteArray("Ocp-Apim-Subscription-Key") << QByteArray("k3") << QByteArray("[redacted]");
        QTest::newRow("plain header kept")
            << "header" << QByteArray("Accept") << QByteArray("application/json") << QByteArray("application/json");
        QTest::newRow("location query") << "header" << QByteArray("Location")
                                        << QByteArray("https://a.test/cb?code=1&access_token=xyz")
                                        << QByteArray("https://a.test/cb?code=1&access_token=[redacted]");

        QTest::newRow("json flat") << "json" << QByteArray() << QByteArray("{\"username\":\"u\",\"password\":\"p\"}")
                                   << QByteArray("{\"username\":\"u\",\"password\":\"[redacted]\"}");
        QTest::newRow("json nested and arrays")
            << "json" << QByteArray()
            << QByteArray("{\"a\":[{\"b\":{\"client_secret\":\"x\",\"Access-Token\":{\"deep\":[1,2]}}}],\"ok\":true}")
            << QByteArray(
                   "{\"a\":[{\"b\":{\"client_secret\":\"[redacted]\",\"Access-Token\":\"[redacted]\"}}],\"ok\":true}");
        QTest::newRow("json variants")
            << "json" << QByteArray()
            << QByteArray("{ \"currentPassword\" : 123 ,\n \"newPassword\": null, \"API_KEY\": false, \"sku\": \"x\"}")
            << QByteArray("{ \"currentPassword\" : \"[redacted]\" ,\n \"newPassword\": \"[redacted]\", \"API_KEY\": "
                          "\"[redacted]\", \"sku\": \"x\"}");
        QTest::newRow("json escaped key") << "json" << QByteArray() << QByteArray("{\"pass\\u0077ord\":\"p\"}")
                                          << QByteArray("{\"pass\\u0077ord\":\"[redacted]\"}");
        QTest::newRow("json malformed") << "json" << QByteArray()
                                        << QByteArray("{\"token\": \"abc\", \"x\": [1, {\"secret\": \"s\"")
                                        << QByteArray(
                                               "{\"token\": \"[redacted]\", \"x\": [1, {\"secret\": \"[redacted]\"");
        QTest::newRow("json value that looks like key kept")
            << "json" << QByteArray() << QByteArray("[\"password\", \"token\"]")
            << QByteArray("[\"password\", \"token\"]");
        QTest::newRow("json escaped inside string")
            << "json" << QByteArray()
            << QByteArray("{\"serialized_data\":\"{\\\"password\\\":\\\"p1\\\",\\\"sku\\\":\\\"a\\\"}\"}")
            << QByteArray("{\"serialized_data\":\"{\\\"password\\\":\\\"[redacted]\\\",\\\"sku\\\":\\\"a\\\"}\"}");
        QTest::newRow("graphql inline arguments")
            << "json" << QByteArray()
            << QByteArray("{\"query\":\"mutation { generateCustomerToken(email: \\\"a@b.test\\\", password: "
                          "\\\"pw1\\\") { token } }\"}")
            << QByteArray("{\"query\":\"mutation { generateCustomerToken(email: \\\"a@b.test\\\", password: "
                          "\\\"[redacted]\\\") { token } }\"}");
        QTest::newRow("graphql harmless")
            << "json" << QByteArray() << QByteArray("{\"query\":\"{ products(search: \\\"bag\\\") { total_count } }\"}")
            << QByteArray("{\"query\":\"{ products(search: \\\"bag\\\") { total_count } }\"}");
        QTest::newRow("xml")
            << "xml" << QByteArray()
            << QByteArray("<?xml version=\"1.0\"?><env:Body><ns1:login><username>u</username><ns1:password "
                          "type=\"x\">p&amp;1</ns1:password><apiKey>k</apiKey></ns1:login></env:Body>")
            << QByteArray("<?xml version=\"1.0\"?><env:Body><ns1:login><username>u</username><ns1:password "
                          "type=\"x\">[redacted]</ns1:password><apiKey>[redacted]</apiKey></ns1:login></env:Body>");
        QTest::newRow("multipart")
            << "multipart" << QByteArray()
            << QByteArray("--b\r\nContent-Disposition: form-data; name=\"user\"\r\n\r\nalice\r\n--b\r\n"
                          "Content-Disposition: form-data; name=\"password\"\r\n\r\np4ss\r\n--b\r\n"
                          "Content-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\nContent-Type: "
                          "text/csv\r\n\r\nsku,qty\r\n--b--\r\n")
            << QByteArray("--b\r\nContent-Disposition: form-data; name=\"user\"\r\n\r\nalice\r\n--b\r\n"
                          "Content-Disposition: form-data; name=\"password\"\r\n\r\n[redacted]\r\n--b\r\n"
                          "Content-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\nContent-Type: "
                          "text/csv\r\n\r\nsku,qty\r\n--b--\r\n");
        QTest::newRow("form") << "form" << QByteArray()
                              << QByteArray("grant_type=password&username=u&password=p&client_secret=c&scope=a+b")
                              << QByteArray(
                                     "grant_type=password&username=u&password=[redacted]&client_secret=[redacted]"
                                     "&scope=a+b");
        QTest::newRow("form bracketed") << "form" << QByteArray()
                                        << QByteArray("customer%5Bpassword%5D=p&customer%5Bemail%5D=e")
                                        << QByteArray("customer%5Bpassword%5D=[redacted]&customer%5Bemail%5D=e");
        QTest::newRow("form oauth") << "form" << QByteArray()
                                    << QByteArray("oauth_token=t&oauth_token_secret=s&oauth_verifier=v")
                                    << QByteArray("oauth_token=[redacted]&oauth_token_secret=[redacted]&oauth_verifier="
                                                  "[redacted]");
        QTest::newRow("url query")
            << "url" << QByteArray()
            << QByteArray("https://shop.test/rest/V1/products?searchCriteria%5BpageSize%5D=5&api_key=k&oauth_nonce=n#f")
            << QByteArray("https://shop.test/rest/V1/products?searchCriteria%5BpageSize%5D=5&api_key=[redacted]&"
                          "oauth_nonce=[redacted]#f");
        QTest::newRow("url userinfo") << "url" << QByteArray() << QByteArray("https://user:pw@shop.test/x?a=1")
                                      << QByteArray("https://user:[redacted]@shop.test/x?a=1");
        QTest::newRow("url plain") << "url" << QByteArray() << QByteArray("https://shop.test/rest/V1/orders/5")
                                   << QByteArray("https://shop.test/rest/V1/orders/5");
    }

    void redactorRules()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        const Redactor redactor;
        QByteArray actual;
        if (kind == u"header")
            actual = redactor.redactHeaderValue(name, input);
        else if (kind == u"json")
            actual = redactor.redactBody(input, "application/json");
        else if (kind == u"form")
            actual = redactor.redactBody(input, "application/x-www-form-urlencoded");
        else if (kind == u"xml")
            actual = redactor.redactBody(input, "text/xml; charset=utf-8");
        else if (kind == u"multipart")
            actual = redactor.redactBody(input, "multipart/form-data; boundary=b");
        else
            actual = redactor.redactUrl(QString::fromUtf8(input)).toUtf8();
        QCOMPARE(actual, expected);
    }

    void redactorPolicyIsConfigurable()
    {
        RedactionPolicy policy;
        policy.marker = "***";
        policy.sensitiveKeys.append(QStringLiteral("iban"));
        policy.secretHeaders.append("x-shop-signature");
        policy.tokenUrls.append(QStringLiteral("https://crm.test:8443/auth/issue"));
        const Redactor redactor(policy);
        QCOMPARE(redactor.redactJson("{\"IBAN\":\"DE00\",\"x\":1}"), QByteArray("{\"IBAN\":\"***\",\"x\":1}"));
        QCOMPARE(redactor.redactHeaderValue("X-Shop-Signature", "abc"), QByteArray("***"));
        QVERIFY(redactor.isTokenEndpoint(QStringLiteral("https://crm.test:8443/auth/issue?x=1")));
        QVERIFY(!redactor.isTokenEndpoint(QStringLiteral("https://crm.test/auth/issue")));
        QVERIFY(redactor.isTokenEndpoint(QStringLiteral("https://shop.test/rest/all/V1/integration/admin/token")));
        QVERIFY(redactor.isTokenEndpoint(QStringLiteral("https://shop.test/rest/V1/integration/customer/token")));
        QVERIFY(redactor.isTokenEndpoint(QStringLiteral("https://login.test/oauth2/v2.0/token")));
        QVERIFY(!redactor.isTokenEndpoint(QStringLiteral("https://shop.test/rest/V1/products")));
    }

    void tokenEndpointsInAnySpelling_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("token");
        QTest::newRow("plain") << QStringLiteral("https://shop.test/rest/all/V1/integration/admin/token") << true;
        QTest::newRow("upper case") << QStringLiteral("HTTPS://SHOP.TEST/REST/V1/INTEGRATION/CUSTOMER/TOKEN") << true;
        QTest::newRow("percent-encoded path")
            << QStringLiteral("https://shop.test/rest/V1/integration/admin/%74ok%65n") << true;
        QTest::newRow("percent-encoded slash") << QStringLiteral("https://login.test/oauth2%2Ftoken") << true;
        QTest::newRow("non-ASCII host") << QStringLiteral("https://sh\u00f6p.test/rest/V1/integration/admin/token")
                                        << true;
        QTest::newRow("tfa") << QStringLiteral("https://shop.test/rest/V1/tfa/provider/google/authenticate") << true;
        QTest::newRow("query only") << QStringLiteral("https://shop.test/rest/V1/products?next=/token") << false;
        QTest::newRow("ordinary") << QStringLiteral("https://shop.test/rest/default/V1/products/SKU-1") << false;
        QTest::newRow("token in a word") << QStringLiteral("https://shop.test/rest/V1/tokens") << false;
    }

    /// The redactor skips parsing URLs that cannot be token endpoints; the shortcut must never miss one.
    void tokenEndpointsInAnySpelling()
    {
        QFETCH(QString, url);
        QFETCH(bool, token);
        const Redactor redactor;
        QCOMPARE(redactor.isTokenEndpoint(url), token);
        // A configured pattern with wildcards inside, and one with a non-ASCII run (no shortcut then).
        RedactionPolicy policy;
        policy.tokenEndpointPaths = {QStringLiteral("*/auth/*/iss?e"), QStringLiteral("*/V1/integration/*/token")};
        QCOMPARE(Redactor(policy).isTokenEndpoint(url),
            token && url.contains(QStringLiteral("integration"), Qt::CaseInsensitive));
        QVERIFY(Redactor(policy).isTokenEndpoint(QStringLiteral("https://crm.test/auth/v2/Issue")));
        policy.tokenEndpointPaths.append(QStringLiteral("*/\u00fcbergabe"));
        QVERIFY(Redactor(policy).isTokenEndpoint(QStringLiteral("https://crm.test/auth/v2/Issue")));
        QVERIFY(Redactor(policy).isTokenEndpoint(QStringLiteral("https://crm.test/\u00dcBERGABE")));
    }

    /// The writer hashes an entry from the parts it prepares before the id is known; the reader hashes the
    /// whole canonical form. Both must agree byte for byte.
    void chainHashFromParts()
    {
        LogEntry e = sampleEntry(7);
        e.id = 123456789;
        e.startedAt = QDateTime::fromMSecsSinceEpoch(1767225600123, Qt::UTC);
        const QByteArray previous(logstore::HashSize, '\x5a');
        const QByteArray whole = logstore::chainHash(previous, logstore::canonicalContent(e));
        QCOMPARE(whole.size(), logstore::HashSize);
        QCOMPARE(logstore::chainHash(previous, e.id, logstore::canonicalTail(e)), whole);
        QVERIFY(logstore::chainHash(previous, e.id + 1, logstore::canonicalTail(e)) != whole);
        QVERIFY(logstore::canonicalContent(e).endsWith(logstore::canonicalTail(e)));
    }

    /// Stored bodies are qCompress' format whichever library writes and reads them; damaged ones read as
    /// qUncompress reads them.
    void storedBodiesRoundTrip()
    {
        for (const qsizetype size : {1, 100, 2048, 70000, 3 * 1024 * 1024}) {
            QByteArray body;
            for (qsizetype i = 0; body.size() < size; ++i)
                body += "{\"sku\":\"SKU-" + QByteArray::number(i % 977)
                    + "\",\"price\":" + QByteArray::number(i * 7 % 1000) + '}';
            body.truncate(size);
            for (const int level : {0, 1, 6, 9}) {
                const QByteArray stored = logstore::compressBody(body, level);
                QCOMPARE(qUncompress(stored), body);
                QCOMPARE(logstore::decompressBody(stored), body);
            }
            QByteArray wrongSize = logstore::compressBody(body, 1);
            qToBigEndian<quint32>(quint32(size + 1), wrongSize.data());
            QCOMPARE(logstore::decompressBody(wrongSize), qUncompress(wrongSize));
            QByteArray damaged = logstore::compressBody(body, 1);
            damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 0x55);
            QCOMPARE(logstore::decompressBody(damaged), qUncompress(damaged));
        }
        QCOMPARE(logstore::decompressBody(QByteArray("\xff\xff\xff\xff\x78\x9c", 6)), QByteArray());
    }

    void noSecretReachesTheDisk_data()
    {
        QTest::addColumn<bool>("compress");
        QTest::newRow("stored plain") << false;
        QTest::newRow("stored compressed") << true;
    }

    void noSecretReachesTheDisk()
    {
        QFETCH(bool, compress);
        test::KeptTemporaryDir dir;
        const QString path = requestLogPath(dir.path());
        RequestLogOptions options = testOptions();
        // Uncompressed, a leaked secret would be visible in the file bytes; compressed, the reader checks.
        options.compressAboveBytes = compress ? 16 : qint64(1) << 40;
        auto log = openLog(path, options);
        QVERIFY(log);

        QList<QByteArray> secrets;
        auto secret = [&](const char* prefix) {
            secrets.append(makeSecret(prefix));
            return secrets.last();
        };
        const QByteArray literal = secret("literal");
        log->redactor().addLiteral(literal);

        LogEntry e = sampleEntry(1);
        e.url = QString::fromUtf8("https://user:" + secret("userinfo") + "@shop.test/rest/V1/products?api_key="
            + secret("querykey") + "&oauth_signature=" + secret("querysig") + "&access_token=" + secret("querytok"));
        e.requestHeaders = {
            {"Authorization",
                "OAuth oauth_consumer_key=\"" + secret("ck") + "\", oauth_token=\"" + secret("tk")
                    + "\", oauth_signature_method=\"HMAC-SHA256\", oauth_nonce=\"" + secret("nonce")
                    + "\", oauth_signature=\"" + secret("sig") + "\""},
            {"Proxy-Authorization", "Basic " + secret("proxy")},
            {"Cookie", "PHPSESSID=" + secret("session") + "; private_content_version=" + secret("pcv")},
            {"X-Api-Key", secret("apikey")},
            {"X-Custom-Echo", "prefix-" + literal + "-suffix"},
            {"Content-Type", "application/json"},
        };
        e.requestBody = "{\"customer\":{\"email\":\"a@b.test\",\"password\":\"" + secret("pw")
            + "\",\"addresses\":[{\"extension_attributes\":{\"api_key\":\"" + secret("nestedkey")
            + "\"}}]},\"newPassword\":\"" + secret("newpw") + "\",\"Client-Secret\":{\"v\":\"" + secret("objsecret")
            + "\"},\"serialized_data\":\"{\\\"refresh_token\\\":\\\"" + secret("escaped") + "\\\"}\"}";
        e.responseHeaders = {{"Set-Cookie", "PHPSESSID=" + secret("setcookie") + "; path=/; HttpOnly"},
            {"Location", "https://shop.test/cb?token=" + secret("location")}, {"Content-Type", "application/json"}};
        e.responseBody = "{\"items\":[{\"sku\":\"a\",\"consumer_secret\":\"" + secret("respsecret") + "\"}]}";
        e.error = QString::fromUtf8("upstream said " + literal);
        log->record(e);

        LogEntry form = sampleEntry(2);
        form.method = "POST";
        form.url = QStringLiteral("https://crm.test/oauth2/token");
        form.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"}};
        form.requestBody = "grant_type=refresh_token&refresh_token=" + secret("formrefresh")
            + "&client_id=app&client_secret=" + secret("formclient");
        form.status = 200;
        form.responseBody = "{\"access_token\":\"" + secret("o2access")
            + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
              "\"scope\":\""
            + secret("o2scopeonlyviaendpointrule") + "\"}";
        log->record(form);

        LogEntry admin = sampleEntry(3);
        admin.method = "POST";
        admin.url = QStringLiteral("https://shop.test/rest/all/V1/integration/admin/token");
        admin.requestBody = "{\"username\":\"admin\",\"password\":\"" + secret("adminpw") + "\"}";
        admin.status = 200;
        admin.responseBody = "\"" + secret("admintoken") + "\"";
        log->record(admin);

        LogEntry customer = admin;
        customer.url = QStringLiteral("https://shop.test/rest/default/V1/integration/customer/token");
        customer.requestBody = "{\"username\":\"c@test\",\"password\":\"" + secret("custpw") + "\"}";
        customer.responseBody = "\"" + secret("custtoken") + "\"";
        log->record(customer);

        LogEntry oauth1 = sampleEntry(5);
        oauth1.url = QStringLiteral("https://shop.test/oauth/token/access");
        oauth1.status = 200;
        oauth1.responseHeaders = {{"Content-Type", "text/html"}};
        oauth1.responseBody = "oauth_token=" + secret("o1token") + "&oauth_token_secret=" + secret("o1secret");
        log->record(oauth1);

        LogEntry formOnly = sampleEntry(6);
        formOnly.url = QStringLiteral("https://shop.test/other");
        formOnly.responseHeaders = {{"Content-Type", "text/plain"}};
        formOnly.responseBody
            = "oauth_token=" + secret("plainform") + "&oauth_token_secret=" + secret("plainformsecret");
        log->record(formOnly);

        LogEntry graphql = sampleEntry(7);
        graphql.url = QStringLiteral("https://shop.test/graphql");
        graphql.requestBody = "{\"query\":\"mutation { generateCustomerToken(email: \\\"c@test\\\", password: \\\""
            + secret("gqlpw") + "\\\") { token } }\"}";
        graphql.responseBody = "{\"data\":{\"generateCustomerToken\":{\"token\":\"" + secret("gqltoken") + "\"}}}";
        log->record(graphql);

        QVERIFY(log->flush().ok());
        // While the log is open: database, -wal and -shm. The sweep covers the whole .studio folder.
        const QString folder = QFileInfo(path).absolutePath();
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        for (const QByteArray& s : std::as_const(secrets))
            QVERIFY2(test::filesContaining(folder, s).isEmpty(), s.left(8).constData());

        auto reader = openReader(path);
        QVERIFY(reader);
        for (qint64 id = 1; id <= 7; ++id) {
            auto stored = reader->entry(id);
            QVERIFY(stored.ok());
            const QByteArray all = stored->url.toUtf8() + stored->requestBody + stored->responseBody
                + stored->error.toUtf8() + logstore::encodeHeaders(stored->requestHeaders + stored->responseHeaders);
            for (const QByteArray& s : std::as_const(secrets))
                QVERIFY2(!all.contains(s), s.left(8).constData());
        }
        // What stays readable: the useful, non-secret parts.
        auto first = reader->entry(1);
        QVERIFY(first->requestBody.contains("a@b.test"));
        QVERIFY(first->requestHeaders.value(0).second.contains("oauth_signature_method=\"HMAC-SHA256\""));
        QCOMPARE(reader->entry(3)->responseBody, QByteArray("[redacted]"));
        QVERIFY(reader->entry(3)->requestBody.contains("\"username\":\"admin\""));
        QVERIFY(reader->entry(7)->requestBody.contains("email: \\\"c@test\\\""));
        auto search = reader->count(textFilter(QString::fromUtf8(secrets.first())));
        QVERIFY(search.ok());
        QCOMPARE(search.value(), 0);

        reader.reset();
        log->close();
        for (const QByteArray& s : std::as_const(secrets))
            QVERIFY2(test::filesContaining(folder, s).isEmpty(), s.left(8).constData());
    }

    void tokenEndpointErrorsStayReadable()
    {
        const Redactor redactor;
        LogEntry e;
        e.url = QStringLiteral("https://shop.test/rest/V1/integration/admin/token");
        e.status = 401;
        e.responseBody = "{\"message\":\"The account sign-in was incorrect.\"}";
        redactor.redact(e);
        QVERIFY(e.responseBody.contains("sign-in was incorrect"));
    }

    void bodiesAreCappedAndMarked()
    {
        test::KeptTemporaryDir dir;
        const QString path = requestLogPath(dir.path());
        RequestLogOptions options = testOptions();
        options.maxBodyBytes = 1000;
        auto log = openLog(path, options);
        QVERIFY(log);
        LogEntry big = sampleEntry(1);
        big.requestBody = QByteArray(5000, 'a');
        big.responseBody = QByteArray(1000, 'b');
        log->record(big);
        QVERIFY(log->flush().ok());
        auto reader = openReader(path);
        auto stored = reader->entry(1);
        QVERIFY(stored.ok());
        QVERIFY(stored->requestBodyTruncated);
        QCOMPARE(stored->requestBody, QByteArray(1000, 'a'));
        QCOMPARE(stored->requestBodySize, 5000);
        QVERIFY(!stored->responseBodyTruncated);
        QCOMPARE(stored->responseBody.size(), 1000);
        // The engine streamed a 50 MB body to disk and hands over its head: its size and flag are kept.
        LogEntry streamed = sampleEntry(2);
        streamed.responseBody = QByteArray(100, 'c');
        streamed.responseBodySize = 50 * 1024 * 1024;
        streamed.responseBodyTruncated = true;
        log->record(streamed);
        QVERIFY(log->flush().ok());
        auto head = reader->entry(2);
        QVERIFY(head->responseBodyTruncated);
        QCOMPARE(head->responseBodySize, 50 * 1024 * 1024);
        QCOMPARE(head->responseBody, QByteArray(100, 'c'));
        auto rows = reader->page({}, 0, 10, LogOrder::OldestFirst);
        QVERIFY(rows.ok());
        QVERIFY(rows->first().truncated);
        QCOMPARE(rows->first().requestSize, 5000);
        QVERIFY(reader->verify().ok());
    }

    void largeBodiesAreCompressed()
    {
        test::KeptTemporaryDir dir;
        const QString path = requestLogPath(dir.path());
        RequestLogOptions options = testOptions();
        options.compressAboveBytes = 512;
        auto log = openLog(path, options);
        QVERIFY(log);
        QByteArray json = "[";
        for (int i = 0; i < 2000; ++i)
            json += "{\"sku\":\"SKU-" + QByteArray::number(i) + "\",\"name\":\"Blue widget\",\"price\":12.5},";
        json.chop(1);
        json += "]";
        LogEntry e = sampleEntry(1);
        e.responseBody = json;
        e.requestBody = QByteArray("tiny");
        log->record(e);
        LogEntry binary = sampleEntry(2);
        binary.responseBody = QByteArray(4096, '\0') + QByteArray("\xff\x00\x10", 3);
        log->record(binary);
        QVERIFY(log->flush().ok());
        log->close();
        {
            RawDb raw(path);
            QCOMPARE(raw.integer("SELECT flags & 12 FROM entries WHERE id = 1"), 8); // response only
            const qint64 storedBytes = raw.integer("SELECT length(response_body) FROM entries WHERE id = 1");
            QVERIFY2(storedBytes * 5 < json.size(), qPrintable(QString::number(storedBytes)));
        }
        auto reader = openReader(path);
        QCOMPARE(reader->entry(1)->responseBody, json);
        QCOMPARE(reader->entry(1)->requestBody, QByteArray("tiny"));
        QCOMPARE(reader->entry(2)->responseBody, binary.responseBody);
        QVERIFY(reader->verify().ok());
    }

    void fullTextSearch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("word in url") << QStringLiteral("customers") << QList<qint64> {2};
        QTest::newRow("word in request body") << QStringLiteral("aubergine") << QList<qint64> {1};
        QTest::newRow("word in response body") << QStringLiteral("ZUCCHINI") << QList<qint64> {3};
        QTest::newRow("two words, both needed") << QStringLiteral("zucchini carrot") << QList<qint64> {3};
        QTest::newRow("two words, one missing") << QStringLiteral("zucchini aubergine") << QList<qint64> {};
        QTest::newRow("phrase") << QStringLiteral("\"SKU-777\"") << QList<qint64> {1};
        QTest::newRow("unquoted sku") << QStringLiteral("SKU-777") << QList<qint64> {1};
        QTest::newRow("prefix") << QStringLiteral("aubergi*") << QList<qint64> {1};
        QTest::newRow("accents ignored") << QStringLiteral("creme") << QList<qint64> {2};
        QTest::newRow("common word") << QStringLiteral("shop") << QList<qint64> {1, 2, 3};
        QTest::newRow("syntax is text") << QStringLiteral("AND OR NOT ( \"") << QList<qint64> {};
        QTest::newRow("punctuation only") << QStringLiteral("- : *") << QList<qint64> {1, 2, 3};
    }

    void fullTextSearch()
    {
        QFETCH(QString, text);
        QFETCH(QList<qint64>, expected);
        test::KeptTemporaryDir dir;
        const QString path = requestLogPath(dir.path());
        auto log = openLog(path);
        QVERIFY(log);
        LogEntry a = sampleEntry(1);
        a.url = QStringLiteral("https://shop.test/rest/V1/products");
        a.requestBody = "{\"product\":{\"sku\":\"SKU-777\",\"name\":\"Aubergine\"}}";
        a.responseBody = "{}";
        LogEntry b = sampleEntry(2);
        b.url = QStringLiteral("https://shop.test/rest/V1/customers/5");
        b.requestBody = {};
        b.responseBody = QStringLiteral("{\"firstname\":\"Crème brûlée\"}").toUtf8();
        LogEntry c = sampleEntry(3);
        c.url = QStringLiteral("https://shop.test/rest/V1/orders");
        c.requestBody = {};
        c.responseBody = "{\"items\":[{\"name\":\"zucchini\"},{\"name\":\"carrot\"}]}";
        log->record(a);
        log->record(b);
        log->record(c);
        QVERIFY(log->flush().ok());
        auto reader = openReader(path);
        LogFilter filter;
        filter.text = text;
        QCOMPARE(allIds(*reader, filter, LogOrder::OldestFirst, 2), expected);
        auto count = reader->count(filter);
        QVERIFY2(count.ok(), qPrintable(count.error().toString()));
        QCOMPARE(count.value(), expected.size());
        QCOMPARE(reader->count(filter, 1).value(), qMin<qint64>(1, expected.size()));
    }

    void searchAndStatusTogether()
    {
        test::KeptTemporaryDir dir;
        const QString path = requestLogPath(dir.path());
        auto log = openLog(path);
        for (int i = 1; i <= 40; ++i)
            log->record(sampleEntry(i));
        QVERIFY(log->flush().ok());
        auto reader = openReader(path);
        LogFilter filter;
        filter.text = QStringLiteral("widget");
        filter.statusClasses = {StatusClass::ServerError};
        QList<qint64> expected;
        for (int i = 40; i >= 1; --i) {
            if (sampleEntry(i).status >= 500)
                expected.append(i);
        }
        QCOMPARE(allIds(*reader, filter, LogOrder::NewestFirst, 2), expected);
        QCOMPARE(reader->count(filter).value(), expected.size());
    }

    void filtersAndKeysetPaging_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("everything") << 0;
        QTest::newRow("2xx") << 1;
        QTest::newRow("4xx and 5xx") << 2;
        QTest::newRow("no response") << 3;
        QTest::newRow("method") << 4;
        QTest::newRow("endpoint") << 5;
        QTest::newRow("environment and run") << 6;
        QTest::newRow("time range") << 7;
        QTest::newRow("exact status") << 8;
        QTest::newRow("all combined") << 9;
    }

    void filtersAndKeysetPaging()
    {
        QFETCH(int, which);
        static test::KeptTemporaryDir* dir = nullptr;
        static QString path;
        constexpr int N = 500;
        const QDateTime t0(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        if (!dir) {
            // One log for every row of the table: the data is the same.
            dir = new test::KeptTemporaryDir;
            path = requestLogPath(dir->path());
            auto log = openLog(path);
            for (int i = 1; i <= N; ++i)
                log->record(sampleEntry(i, t0));
            QVERIFY(log->flush().ok());
        }
        LogFilter filter;
        std::function<bool(const LogEntry&)> match = [](const LogEntry&) { return true; };
        switch (which) {
        case 1:
            filter.statusClasses = {StatusClass::Success};
            match = [](const LogEntry& e) { return e.status >= 200 && e.status < 300; };
            break;
        case 2:
            filter.statusClasses = {StatusClass::ClientError, StatusClass::ServerError};
            match = [](const LogEntry& e) { return e.status >= 400; };
            break;
        case 3:
            filter.statusClasses = {StatusClass::NoResponse};
            match = [](const LogEntry& e) { return e.status == 0; };
            break;
        case 4:
            filter.methods = {"put", "DELETE"};
            match = [](const LogEntry& e) { return e.method == "PUT" || e.method == "DELETE"; };
            break;
        case 5:
            filter.endpoints = {QStringLiteral("endpoint1")};
            match = [](const LogEntry& e) { return e.endpointId == u"endpoint1"; };
            break;
        case 6:
            filter.environments = {QStringLiteral("staging")};
            filter.runIds = {QStringLiteral("run2"), QStringLiteral("run3")};
            match = [](const LogEntry& e) {
                return e.environment == u"staging" && (e.runId == u"run2" || e.runId == u"run3");
            };
            break;
        case 7:
            filter.from = t0.addSecs(100);
            filter.to = t0.addSecs(200);
            match = [&](const LogEntry& e) { return e.startedAt >= t0.addSecs(100) && e.startedAt < t0.addSecs(200); };
            break;
        case 8:
            filter.statuses = {404};
            match = [](const LogEntry& e) { return e.status == 404; };
            break;
        case 9:
            filter.statusClasses = {StatusClass::Success};
            filter.methods = {"GET"};
            filter.endpoints = {QStringLiteral("endpoint0"), QStringLiteral("endpoint2")};
            filter.from = t0.addSecs(50);
            match = [&](const LogEntry& e) {
                return e.status / 100 == 2 && e.method == "GET" && e.endpointId != u"endpoint1"
                    && e.startedAt >= t0.addSecs(50);
            };
            break;
        default:
            break;
        }
        QList<qint64> expected;
        for (int i = 1; i <= N; ++i) {
            if (match(sampleEntry(i, t0)))
                expected.append(i);
        }
        QVERIFY(!expected.isEmpty());
        auto reader = openReader(path);
        QVERIFY(reader);
        QCOMPARE(reader->count(filter).value(), expected.size());
        QCOMPARE(reader->count(filter, 5).value(), qMin<qint64>(5, expected.size()));
        QCOMPARE(reader->count(filter, 100000).value(), expected.size());
        QCOMPARE(allIds(*reader, filter, LogOrder::OldestFirst, 37), expected);
        QList<qint64> reversed(expected.rbegin(), expected.rend());
        QCOMPARE(allIds(*reader, filter, LogOrder::NewestFirst, 37), reversed);
        auto ids = reader->ids(filter, 0, 1000, LogOrder::NewestFirst);
        QCOMPARE(ids.value(), reversed);
        auto page = reader->page(filter, 0, 1);
        const LogEntry source = sampleEntry(int(reversed.first()), t0);
        const LogSummary& row = page->first();
        QCOMPARE(row.method, source.method);
        QCOMPARE(row.url, source.url);
        QCOMPARE(row.status, source.status);
        QCOMPARE(row.durationMs, source.durationMs);
        QCOMPARE(row.endpointId, source.endpointId);
        QCOMPARE(row.environment, source.environment);
        QCOMPARE(row.runId, source.runId);
        QCOMPARE(row.startedAt, source.startedAt);
        QCOMPARE(row.responseSize, source.responseBody.size());
        QCOMPARE(row.error, source.error);
        if (which == 9) {
            delete dir;
            dir = nullptr;
        }
    }

    void distinctValuesForPickers()
    {
        test::KeptTemporaryDir dir;
        const QString path = requestLogPath(dir.path());
        auto log = openLog(path);
        for (int i = 1; i <= 20; ++i)
            log->record(sampleEntry(i));
        QVERIFY(log->flush().ok());
        auto reader = openReader(path);
        QCOMPARE(reader->endpoints().value(),
            QStringList({QStringLiteral("endpoint0"), QStringLiteral("endpoint1"), QStringLiteral("endpoint2")}));
        QCOMPARE(
            reader->environments().value(), QStringList({QStringLiteral("production"), QStringLiteral("staging")}));
        QCOMPARE(reader->runIds().value().size(), 5);
        QCOMPARE(reader->methods().value(), QByteArrayList({"DELETE", "GET", "POST", "PUT"}));
        auto info = reader->info();
        QCOMPARE(info->entries, 20);
        QCOMPARE(info->firstId, 1);
        QCOMPARE(info->lastId, 20);
        QCOMPARE(info->searchIndexedThrough, 20);
        QVERIFY(info->fileBytes > 0);
    }

    void retentionByAge()
    {
        test::KeptTemporaryDir dir;
        const QString path = requestLogPath(dir.path());
        ManualClock clock;
        RequestLogOptions options = testOptions();
        options.maxAgeDays = 7;
        auto log = openLog(path, options, clock);
        QVERIFY(log);
        for (int i = 1; i <= 5; ++i) {
            LogEntry e = sampleEntry(i, clock.now().addDays(-10));
            e.responseBody = "oldword" + QByteArray::number(i);
            log->record(e);
        }
        for (int i = 6; i <= 10; ++i) {
            LogEntry e = sampleEntry(i, clock.now().addDays(-1));
            e.responseBody = "newword";
            log->record(e);
        }
        QVERIFY(log->flush().ok());
        QVERIFY(log->prune().ok());
        auto reader = openReader(path);
        QCOMPARE(reader->count({}).value(), 5);
        QCOMPARE(allIds(*reader, {}, LogOrder::OldestFirst, 3), (QList<qint64> {6, 7, 8, 9, 10}));
        QCOMPARE(reader->count(textFilter(QStringLiteral("oldword1"))).value(), 0);
        QCOMPARE(reader->count(textFilter(QStringLiteral("newword"))).value(), 5);
        AuditReport report = reader->verify();
        QVERIFY2(report.ok(), qPrintable(report.message));
        QCOMPARE(report.startsAfterId, 5);
        QCOMPARE(report.verified, 5);

        // New entries continue the chain after the pruned ones.
        log->record(sampleEntry(11, clock.now()));
        QVERIFY(log->flush().ok());
        QCOMPARE(allIds(*reader, {}, LogOrder::NewestFirst, 10).first(), 11);
        QVERIFY(reader->verify().ok());

        // A month later, opening the log prunes everything; the chain still verifies and ids go on.
        log.reset();
        clock.advanceMs(qint64(30) * 24 * 3600 * 1000);
        log = openLog(path, options, clock);
        QVERIFY(log->flush().ok());
        QCOMPARE(reader->count({}).value(), 0);
        report = reader->verify();
        QVERIFY2(report.ok(), qPrintable(report.message));
        QCOMPARE(report.startsAfterId, 11);
        log->record(sampleEntry(12, clock.now()));
        QVERIFY(log->flush().ok());
        QCOMPARE(allIds(*reader, {}, LogOrder::NewestFirst, 10), QList<qint64> {12});
        QVERIFY(reader->verify().ok());

        // Deleting the first entry after the anchor is still tampering.
        log.reset();
        {
            RawDb raw(path);
            QVERIFY(raw.exec("DELETE FROM entries WHERE id = 12"));
        }
        report = reader->verify();
        QVERIFY(!report.ok());
        QCOMPARE(report.problem, AuditReport::Problem::Missing);
        QCOMPARE(report.firstBadId, 12);
    }

    void retentionRunsPeriodicallyWhileWriting()
    {
        test::KeptTemporaryDir dir;
        const QString path = requestLogPath(dir.path());
        ManualClock clock;
        RequestLogOptions options = testOptions();
        options.maxAgeDays = 2;
        options.pruneIntervalMs = 60 * 1000;
        auto log = openLog(path, options, clock);
        for (int i = 1; i <= 3; ++i)
            log->record(sampleEntry(i, clock.now()));
        QVERIFY(log->flush().ok());
        // Three days later the first entries are too old; the next write (after the interval) prunes them.
        clock.advanceMs(qint64(3) * 24 * 3600 * 1000);
        log->record(sampleEntry(4, clock.now()));
        QVERIFY(log->flush().ok());
        QCOMPARE(log->stats().prunedThrough, 3);
        auto reader = openReader(path);
        QCOMPARE(allIds(*reader, {}, LogOrder::OldestFirst, 10), QList<qint64> {4});
        QVERIFY(reader->verify().ok());
    }

    void retentionBySize()
    {
        test::KeptTemporaryDir dir;
        const QString path = requestLogPath(dir.path());
        RequestLogOptions options = testOptions();
        options.maxTotalBytes = 2 * 1024 * 1024;
        options.maxAgeDays = 0;
        auto log = openLog(path, options);
        QVERIFY(log);
        QRandomGenerator random(7);
        for (int i = 1; i <= 600; ++i) {
            LogEntry e = sampleEntry(i);
            QByteArray noise;
            while (noise.size() < 10 * 1024) {
                for (int letter = 0, length = 3 + int(random.bounded(8)); letter < length; ++letter)
                    noise.append(char('a' + random.bounded(26)));
                noise.append(' ');
            }
            e.responseBody = noise; // incompressible text, indexed for search too
            log->record(e);
        }
        QVERIFY(log->flush().ok());
        QVERIFY(log->prune().ok());
        {
            RawDb raw(path);
            const qint64 used = (raw.integer("PRAGMA page_count") - raw.integer("PRAGMA freelist_count"))
                * raw.integer("PRAGMA page_size");
            QVERIFY2(used <= options.maxTotalBytes, qPrintable(QString::number(used)));
        }
        auto reader = openReader(path);
        const qint64 kept = reader->count({}).value();
        QVERIFY2(kept > 50 && kept < 600, qPrintable(QString::number(kept)));
        QCOMPARE(allIds(*reader, {}, LogOrder::NewestFirst, 1).first(), 600);
        QVERIFY(log->stats().prunedThrough > 0);
        const AuditReport report = reader->verify();
        QVERIFY2(report.ok(), qPrintable(report.message));
        QCOMPARE(report.verified, kept);
        reader.reset();
        log->close();
        QVERIFY2(QFileInfo(path).size() <= options.maxTotalBytes * 11 / 10,
            qPrintable(QString::number(QFileInfo(path).size())));
    }

    void auditDetectsTampering_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<int>("problem");
        QTest::addColumn<qint64>("firstBad");
        QTest::newRow("edit a body") << "body" << int(AuditReport::Problem::Altered) << qint64(4);
        QTest::newRow("edit a status") << "status" << int(AuditReport::Problem::Altered) << qint64(7);
        QTest::newRow("edit a header") << "header" << int(AuditReport::Problem::Altered) << qint64(3);
        QTest::newRow("delete a row") << "delete" << int(AuditReport::Problem::Missing) << qint64(5);
        QTest::newRow("delete the newest") << "deleteLast" << int(AuditReport::Problem::Missing) << qint64(10);
        QTest::newRow("swap two rows") << "swap" << int(AuditReport::Problem::Reordered) << qint64(3);
        QTest::newRow("swap contents only") << "swapContent" << int(AuditReport::Problem::Altered) << qint64(3);
        QTest::newRow("rewrite a hash") << "hash" << int(AuditReport::Problem::Altered) << qint64(6);
        QTest::newRow("rewrite consistently") << "consistent" << int(AuditReport::Problem::Altered) << qint64(6);
        QTest::newRow("rewrite newest consistently")
            << "consistentLast" << int(AuditReport::Problem::Altered) << qint64(10);
        QTest::newRow("edit the first") << "first" << int(AuditReport::Problem::Altered) << qint64(1);
    }

    void auditDetectsTampering()
    {
        QFETCH(QString, tamper);
        QFETCH(int, problem);
        QFETCH(qint64, firstBad);
        test::KeptTemporaryDir dir;
        const QString path = requestLogPath(dir.path());
        {
            auto log = openLog(path);
            for (int i = 1; i <= 10; ++i)
                log->record(sampleEntry(i));
            QVERIFY(log->flush().ok());
        }
        {
            auto reader = openReader(path);
            const AuditReport clean = reader->verify();
            QVERIFY2(clean.ok(), qPrintable(clean.message));
            QCOMPARE(clean.verified, 10);
        }
        auto rewriteConsistently = [&](qint64 id) {
            auto reader = openReader(path);
            QByteArray hash;
            LogEntry e = reader->entry(id, &hash).value();
            RawDb raw(path);
            sqlite3* unused = nullptr;
            Q_UNUSED(unused);
            e.url = QStringLiteral("https://evil.test/");
            // The attacker knows the format: the previous hash is stored next to the entry.
            QByteArray previous;
            if (id > 1)
                reader->entry(id - 1, &previous);
            else
                previous = QByteArray(logstore::HashSize, '\0');
            const QByteArray forged = logstore::chainHash(previous, logstore::canonicalContent(e));
            QVERIFY(raw.exec("UPDATE entries SET url = 'https://evil.test/' WHERE id = " + QByteArray::number(id)));
            QVERIFY(raw.setBlob("UPDATE entries SET hash = ?1 WHERE id = " + QByteArray::number(id), forged));
        };
        {
            RawDb raw(path);
            if (tamper == u"body") {
                QVERIFY(raw.exec("UPDATE entries SET response_body = CAST('{\"id\":0}' AS BLOB) WHERE id = 4"));
            } else if (tamper == u"status") {
                QVERIFY(raw.exec("UPDATE entries SET status = 200, status_class = 2 WHERE id = 7"));
            } else if (tamper == u"header") {
                QVERIFY(raw.exec("UPDATE entries SET request_headers = X'00000000' WHERE id = 3"));
            } else if (tamper == u"delete") {
                QVERIFY(raw.exec("DELETE FROM entries WHERE id = 5"));
            } else if (tamper == u"deleteLast") {
                QVERIFY(raw.exec("DELETE FROM entries WHERE id = 10"));
            } else if (tamper == u"swap" || tamper == u"swapContent") {
                // Move every column (or every column but the hash links) of rows 3 and 8 into the other row.
                const QByteArray columns = tamper == u"swap"
                    ? "started_at, status, status_class, duration_ms, attempt, method, endpoint, environment, run_id, "
                      "request_size, response_size, flags, url, error, credential, http_version, request_headers, "
                      "response_headers, request_body, response_body, prev_hash, hash"
                    : "started_at, status, status_class, duration_ms, attempt, method, endpoint, environment, run_id, "
                      "request_size, response_size, flags, url, error, credential, http_version, request_headers, "
                      "response_headers, request_body, response_body";
                QVERIFY(raw.exec("CREATE TEMP TABLE t AS SELECT * FROM entries WHERE id IN (3, 8)"));
                QVERIFY(raw.exec("DELETE FROM entries WHERE id IN (3, 8)"));
                if (tamper == u"swap") {
                    QVERIFY(
                        raw.exec("INSERT INTO entries(id, " + columns + ") SELECT 11 - id, " + columns + " FROM t"));
                } else {
                    // Contents change places; each row keeps its own hash links.
                    const QByteArray fromOther = "o." + QByteArray(columns).replace(", ", ", o.");
                    QVERIFY(raw.exec("INSERT INTO entries(id, " + columns + ", prev_hash, hash) SELECT t.id, "
                        + fromOther + ", t.prev_hash, t.hash FROM t JOIN t AS o ON o.id = 11 - t.id"));
                }
            } else if (tamper == u"hash") {
                QVERIFY(raw.setBlob("UPDATE entries SET hash = ?1 WHERE id = 6", QByteArray(32, 'x')));
            } else if (tamper == u"first") {
                QVERIFY(raw.exec("UPDATE entries SET duration_ms = 1 WHERE id = 1"));
            }
        }
        if (tamper == u"consistent")
            rewriteConsistently(6);
        if (tamper == u"consistentLast")
            rewriteConsistently(10);
        auto reader = openReader(path);
        const AuditReport report = reader->verify();
        QVERIFY(!report.ok());
        QCOMPARE(int(report.problem), problem);
        QCOMPARE(report.firstBadId, firstBad);
        QVERIFY2(report.message.contains(QString::number(firstBad)), qPrintable(report.message));
        // A moved entry is reported under its id, with the time of the content found there.
        if (report.problem == AuditReport::Problem::Altered && !tamper.startsWith(u"swap")) {
            QCOMPARE(report.firstBadTime, sampleEntry(int(firstBad)).startedAt);
            QVERIFY2(report.message.contains(sampleEntry(int(firstBad)).startedAt.toString(Qt::ISODateWithMs)),
                qPrintable(report.message));
        }
        QCOMPARE(report.verified, firstBad - 1);
    }

    void harExport()
    {
        test::KeptTemporaryDir dir;
        const QString path = requestLogPath(dir.path());
        auto log = openLog(path);
        LogEntry post = sampleEntry(2);
        post.method = "POST";
        post.requestHeaders.append(QPair<QByteArray, QByteArray>("Cookie", "a=1; b=2"));
        post.responseHeaders.append(QPair<QByteArray, QByteArray>("Set-Cookie", "sid=x; Path=/; HttpOnly; Secure"));
        post.responseHeaders.append(QPair<QByteArray, QByteArray>("Location", "https://shop.test/next"));
        log->record(sampleEntry(1));
        log->record(post);
        LogEntry failed = sampleEntry(4);
        failed.responseBody = QByteArray("\x00\x01\x02", 3);
        log->record(failed);
        QVERIFY(log->flush().ok());
        auto reader = openReader(path);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto written = exportLog(*reader, {}, LogExportFormat::Har, buffer);
        QVERIFY2(written.ok(), qPrintable(written.error().toString()));
        QCOMPARE(written.value(), 3);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(buffer.data(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject harLog = doc.object().value(u"log").toObject();
        QCOMPARE(harLog.value(u"version").toString(), QStringLiteral("1.2"));
        QVERIFY(harLog.value(u"creator").toObject().contains(u"name"));
        QVERIFY(harLog.value(u"creator").toObject().contains(u"version"));
        const QJsonArray entries = harLog.value(u"entries").toArray();
        QCOMPARE(entries.size(), 3);
        for (const QJsonValue& value : entries) {
            const QJsonObject entry = value.toObject();
            for (const char* key : {"startedDateTime", "time", "request", "response", "cache", "timings"})
                QVERIFY2(entry.contains(QLatin1String(key)), key);
            QVERIFY(QDateTime::fromString(entry.value(u"startedDateTime").toString(), Qt::ISODateWithMs).isValid());
            const QJsonObject request = entry.value(u"request").toObject();
            for (const char* key :
                {"method", "url", "httpVersion", "cookies", "headers", "queryString", "headersSize", "bodySize"})
                QVERIFY2(request.contains(QLatin1String(key)), key);
            QVERIFY(request.value(u"cookies").isArray());
            QVERIFY(request.value(u"queryString").isArray());
            if (request.contains(u"postData")) {
                const QJsonObject postData = request.value(u"postData").toObject();
                QVERIFY(postData.contains(u"mimeType"));
                QVERIFY(postData.contains(u"text"));
            }
            const QJsonObject response = entry.value(u"response").toObject();
            for (const char* key : {"status", "statusText", "httpVersion", "cookies", "headers", "content",
                     "redirectURL", "headersSize", "bodySize"})
                QVERIFY2(response.contains(QLatin1String(key)), key);
            const QJsonObject content = response.value(u"content").toObject();
            QVERIFY(content.contains(u"size"));
            QVERIFY(content.contains(u"mimeType"));
            const QJsonObject timings = entry.value(u"timings").toObject();
            for (const char* key : {"send", "wait", "receive"})
                QVERIFY2(timings.value(QLatin1String(key)).isDouble(), key);
        }
        const QJsonObject second = entries.at(1).toObject();
        QCOMPARE(second.value(u"request").toObject().value(u"method").toString(), QStringLiteral("POST"));
        QCOMPARE(second.value(u"request").toObject().value(u"postData").toObject().value(u"text").toString(),
            QString::fromUtf8(post.requestBody));
        QCOMPARE(second.value(u"request").toObject().value(u"queryString").toArray().first().toObject().value(u"name"),
            QStringLiteral("fields"));
        QCOMPARE(second.value(u"request").toObject().value(u"cookies").toArray().size(), 2);
        const QJsonObject cookie = second.value(u"response").toObject().value(u"cookies").toArray().first().toObject();
        QCOMPARE(cookie.value(u"name").toString(), QStringLiteral("sid"));
        QCOMPARE(cookie.value(u"value").toString(), QStringLiteral("[redacted]"));
        QVERIFY(cookie.value(u"httpOnly").toBool());
        QCOMPARE(second.value(u"response").toObject().value(u"redirectURL").toString(),
            QStringLiteral("https://shop.test/next"));
        const QJsonObject third = entries.at(2).toObject();
        QCOMPARE(third.value(u"response").toObject().value(u"status").toInt(), 0);
        QCOMPARE(third.value(u"response").toObject().value(u"_error").toString(), QStringLiteral("Connection refused"));
        const QJsonObject binaryContent = third.value(u"response").toObject().value(u"content").toObject();
        QCOMPARE(binaryContent.value(u"encoding").toString(), QStringLiteral("base64"));
        QCOMPARE(QByteArray::fromBase64(binaryContent.value(u"text").toString().toLatin1()), failed.responseBody);
    }

    void jsonLinesExport()
    {
        test::KeptTemporaryDir dir;
        const QString path = requestLogPath(dir.path());
        auto log = openLog(path);
        const QDateTime t0(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        for (int i = 1; i <= 30; ++i)
            log->record(sampleEntry(i, t0));
        QVERIFY(log->flush().ok());
        auto reader = openReader(path);

        auto exportLines = [&](const LogExportSelection& selection) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            auto written = exportLog(*reader, selection, LogExportFormat::JsonLines, buffer);
            QList<QJsonObject> objects;
            if (!written)
                return objects;
            const QList<QByteArray> lines = buffer.data().split('\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (i == lines.size() - 1 && lines[i].isEmpty())
                    break;
                QJsonParseError error;
                const QJsonDocument doc = QJsonDocument::fromJson(lines[i], &error);
                if (error.error != QJsonParseError::NoError || !doc.isObject())
                    return QList<QJsonObject> {};
                objects.append(doc.object());
            }
            return objects;
        };
        const QList<QJsonObject> all = exportLines({});
        QCOMPARE(all.size(), 30);
        const QJsonObject first = all.first();
        for (const char* key : {"id", "@timestamp", "endpoint", "environment", "run_id", "method", "url", "status",
                 "duration_ms", "attempt", "error", "credential_fingerprint", "request", "response", "hash"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value(u"@timestamp").toString(), QStringLiteral("2026-01-01T12:00:01.000Z"));
        QCOMPARE(first.value(u"hash").toString().size(), 64);
        const QJsonObject request = first.value(u"request").toObject();
        for (const char* key : {"headers", "body", "body_encoding", "body_size", "body_truncated"})
            QVERIFY2(request.contains(QLatin1String(key)), key);

        LogExportSelection range;
        range.filter.from = t0.addSecs(10);
        range.filter.to = t0.addSecs(20);
        const QList<QJsonObject> ranged = exportLines(range);
        QCOMPARE(ranged.size(), 10);
        QCOMPARE(ranged.first().value(u"id").toInteger(), 10);

        LogExportSelection picked;
        picked.ids = {7, 3, 7};
        const QList<QJsonObject> selected = exportLines(picked);
        QCOMPARE(selected.size(), 2);
        QCOMPARE(selected.at(0).value(u"id").toInteger(), 3);
        QCOMPARE(selected.at(1).value(u"id").toInteger(), 7);

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        LogExportSelection missing;
        missing.ids = {2, 999};
        auto failed = exportLog(*reader, missing, LogExportFormat::JsonLines, buffer);
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().message.contains(u"999"));
    }

    void concurrentWriters()
    {
        test::KeptTemporaryDir dir;
        const QString path = requestLogPath(dir.path());
        RequestLogOptions options = testOptions();
        options.batchSize = 64; // many transactions interleaved with recording
        auto log = openLog(path, options);
        constexpr int Threads = 4;
        constexpr int PerThread = 1500;
        std::vector<std::thread> threads;
        for (int t = 0; t < Threads; ++t) {
            threads.emplace_back([&log, t] {
                for (int i = 0; i < PerThread; ++i) {
                    LogEntry e = sampleEntry(i);
                    e.runId = QStringLiteral("thread%1").arg(t);
                    e.url = QStringLiteral("https://shop.test/t%1/seq%2").arg(t).arg(i);
                    log->record(std::move(e));
                }
            });
        }
        for (auto& thread : threads)
            thread.join();
        QVERIFY(log->flush().ok());
        const RequestLogStats stats = log->stats();
        QCOMPARE(stats.recorded, Threads * PerThread);
        QCOMPARE(stats.written, Threads * PerThread);
        QCOMPARE(stats.failed, 0);
        auto reader = openReader(path);
        QCOMPARE(reader->count({}).value(), Threads * PerThread);
        for (int t = 0; t < Threads; ++t) {
            LogFilter filter;
            filter.runIds = {QStringLiteral("thread%1").arg(t)};
            auto rows = reader->page(filter, 0, PerThread + 1, LogOrder::OldestFirst);
            QCOMPARE(rows->size(), PerThread);
            // Each thread's entries keep their order.
            for (int i = 0; i < PerThread; ++i)
                QVERIFY(rows->at(i).url.endsWith(QStringLiteral("/seq%1").arg(i)));
        }
        const AuditReport report = reader->verify();
        QVERIFY2(report.ok(), qPrintable(report.message));
        QCOMPARE(report.verified, Threads * PerThread);
    }

    void closingDrainsTheQueue()
    {
        test::KeptTemporaryDir dir;
        const QString path = requestLogPath(dir.path());
        {
            auto log = openLog(path);
            for (int i = 1; i <= 3000; ++i)
                log->record(sampleEntry(i));
        } // no flush: the destructor writes everything
        QVERIFY(
            !QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
        auto reader = openReader(path);
        QCOMPARE(reader->count({}).value(), 3000);
        QVERIFY(reader->verify().ok());
        // Reopening finishes the search index if closing left a backlog.
        auto log = openLog(path);
        QVERIFY(log->flush().ok());
        QCOMPARE(reader->count(textFilter(QStringLiteral("SKU-2999"))).value(), 1);
        QCOMPARE(reader->info()->searchIndexedThrough, 3000);
    }

    void searchIndexCatchesUpFromTheDatabase()
    {
        test::KeptTemporaryDir dir;
        const QString path = requestLogPath(dir.path());
        RequestLogOptions options = testOptions();
        options.maxPendingSearchBytes = 1; // always index from the stored rows
        options.compressAboveBytes = 16;
        auto log = openLog(path, options);
        for (int i = 1; i <= 2500; ++i)
            log->record(sampleEntry(i));
        QVERIFY(log->flush().ok());
        auto reader = openReader(path);
        QCOMPARE(reader->count(textFilter(QStringLiteral("\"Widget 1234\""))).value(), 1);
        QCOMPARE(reader->count(textFilter(QStringLiteral("widget"))).value(), 2500);
        QCOMPARE(log->stats().searchIndexedThrough, 2500);
    }

    void cliVerifyAndExport()
    {
        const QString binary = qEnvironmentVariable("STUDIO_BINARY_DIR") + QStringLiteral("/app/integration-studio");
        if (!QFileInfo::exists(binary)) {
            if (test::inCi())
                QFAIL(qPrintable(QStringLiteral("missing %1").arg(binary)));
            QSKIP("integration-studio is not built");
        }
        test::KeptTemporaryDir dir;
        QFile workspaceFile(dir.filePath(QStringLiteral("workspace.json")));
        QVERIFY(workspaceFile.open(QIODevice::WriteOnly));
        workspaceFile.write("{\"formatVersion\": 1, \"id\": \"w\", \"name\": \"W\"}\n");
        workspaceFile.close();
        auto run = [&](const QStringList& args, QByteArray* out = nullptr, QByteArray* err = nullptr) {
            QProcess process;
            process.start(binary, QStringList {QStringLiteral("logs")} + args);
            if (!process.waitForFinished(60000))
                return -1;
            if (out)
                *out = process.readAllStandardOutput();
            if (err)
                *err = process.readAllStandardError();
            return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        };
        QByteArray out;
        QByteArray err;
        QCOMPARE(run({QStringLiteral("verify"), QStringLiteral("--workspace"), dir.path()}, &out), 0);
        QVERIFY(out.startsWith("OK: 0 entries verified"));
        {
            auto log = openLog(requestLogPath(dir.path()));
            log->record(sampleEntry(1));
            QVERIFY(log->flush().ok());
        }
        QCOMPARE(run({QStringLiteral("verify"), QStringLiteral("--workspace"), dir.path()}, &out), 0);
        QCOMPARE(out, QByteArray("OK: 1 entry verified\n"));
        {
            auto log = openLog(requestLogPath(dir.path()));
            for (int i = 2; i <= 12; ++i)
                log->record(sampleEntry(i));
            QVERIFY(log->flush().ok());
        }
        QCOMPARE(run({QStringLiteral("verify"), QStringLiteral("--workspace"), dir.path()}, &out), 0);
        QCOMPARE(out, QByteArray("OK: 12 entries verified\n"));

        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--workspace"), dir.path(), QStringLiteral("--format"),
                         QStringLiteral("jsonl"), QStringLiteral("--ids"), QStringLiteral("2,4-6")},
                     &out, &err),
            0);
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(u"id").toInteger(), 4);

        const QString harPath = dir.filePath(QStringLiteral("out.har"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--workspace"), dir.path(), QStringLiteral("--format"),
                     QStringLiteral("har"), QStringLiteral("--from"), QStringLiteral("2026-01-01T12:00:05Z"),
                     QStringLiteral("--to"), QStringLiteral("2026-01-01T12:00:08"), QStringLiteral("--out"), harPath}),
            0);
        QFile har(harPath);
        QVERIFY(har.open(QIODevice::ReadOnly));
        const QJsonDocument harDoc = QJsonDocument::fromJson(har.readAll());
        QCOMPARE(harDoc.object().value(u"log").toObject().value(u"entries").toArray().size(), 3);

        // Bad input: named, exit code 2, nothing written.
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--workspace"), dir.path(), QStringLiteral("--format"),
                         QStringLiteral("xml")},
                     nullptr, &err),
            2);
        QVERIFY(err.contains("xml"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--workspace"), dir.path(), QStringLiteral("--format"),
                         QStringLiteral("jsonl"), QStringLiteral("--from"), QStringLiteral("yesterday")},
                     nullptr, &err),
            2);
        QVERIFY(err.contains("yesterday"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--workspace"), dir.path(), QStringLiteral("--format"),
                         QStringLiteral("jsonl"), QStringLiteral("--ids"), QStringLiteral("3,x")},
                     nullptr, &err),
            2);
        QCOMPARE(run({QStringLiteral("verify"), QStringLiteral("--workspace"), dir.filePath(QStringLiteral("nope"))},
                     nullptr, &err),
            2);
        QVERIFY(err.contains("nope"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--workspace"), dir.path(), QStringLiteral("--format"),
                         QStringLiteral("jsonl"), QStringLiteral("--ids"), QStringLiteral("99")},
                     nullptr, &err),
            3);
        QVERIFY(err.contains("99"));

        {
            RawDb raw(requestLogPath(dir.path()));
            QVERIFY(raw.exec("UPDATE entries SET url = 'https://shop.test/other' WHERE id = 9"));
        }
        QCOMPARE(run({QStringLiteral("verify"), QStringLiteral("--workspace"), dir.path()}, &out, &err), 1);
        QVERIFY2(err.contains("Entry 9 (2026-01-01T12:00:09.000Z)"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestLog)
#include "test_log.moc"
