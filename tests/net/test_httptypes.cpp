// HTTP vocabulary shared by the engine, the viewer, the log's exports and the test servers: the standard reason
// phrases (one table for all of them).

#include "core/log/logexport.h"
#include "core/net/httptypes.h"

#include <QJsonObject>
#include <QTest>

using namespace studio;
using namespace studio::net;

class TestHttpTypes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardReasonPhrases_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("phrase");
        QTest::newRow("100") << 100 << QByteArray("Continue");
        QTest::newRow("200") << 200 << QByteArray("OK");
        QTest::newRow("201") << 201 << QByteArray("Created");
        QTest::newRow("204") << 204 << QByteArray("No Content");
        QTest::newRow("304") << 304 << QByteArray("Not Modified");
        QTest::newRow("308") << 308 << QByteArray("Permanent Redirect");
        QTest::newRow("401") << 401 << QByteArray("Unauthorized");
        QTest::newRow("404") << 404 << QByteArray("Not Found");
        QTest::newRow("413 (RFC 9110 name)") << 413 << QByteArray("Content Too Large");
        QTest::newRow("422 (RFC 9110 name)") << 422 << QByteArray("Unprocessable Content");
        QTest::newRow("429") << 429 << QByteArray("Too Many Requests");
        QTest::newRow("500") << 500 << QByteArray("Internal Server Error");
        QTest::newRow("503") << 503 << QByteArray("Service Unavailable");
        QTest::newRow("511") << 511 << QByteArray("Network Authentication Required");
        QTest::newRow("no answer") << 0 << QByteArray();
        QTest::newRow("negative") << -1 << QByteArray();
        QTest::newRow("unassigned 2xx") << 299 << QByteArray();
        QTest::newRow("418 is not registered") << 418 << QByteArray();
        QTest::newRow("beyond 599") << 999 << QByteArray();
    }

    void standardReasonPhrases()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, phrase);
        QCOMPARE(standardReasonPhrase(status), phrase);
    }

    /// Every phrase goes on a status line as it is: printable ASCII, no surrounding space.
    void phrasesFitAStatusLine()
    {
        int known = 0;
        for (int status = 0; status < 1000; ++status) {
            const QByteArray phrase = standardReasonPhrase(status);
            if (phrase.isEmpty())
                continue;
            ++known;
            QVERIFY2(status >= 100 && status <= 599, qPrintable(QString::number(status)));
            QCOMPARE(phrase.trimmed(), phrase);
            for (const char c : phrase)
                QVERIFY2(c >= 0x20 && c < 0x7f, phrase.constData());
        }
        QVERIFY(known > 50);
    }

    /// The HAR export names a stored entry's status with the same phrase (log entries keep the code only).
    void harExportUsesTheTable()
    {
        LogEntry entry;
        entry.id = 1;
        entry.method = "PUT";
        entry.url = QStringLiteral("https://shop.example/rest/V1/products/SKU-1");
        entry.startedAt = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
        entry.status = 422;
        const QJsonObject response = harEntryObject(entry).value(QStringLiteral("response")).toObject();
        QCOMPARE(response.value(QStringLiteral("statusText")).toString(), QStringLiteral("Unprocessable Content"));
        entry.status = 0;
        const QJsonObject none = harEntryObject(entry).value(QStringLiteral("response")).toObject();
        QCOMPARE(none.value(QStringLiteral("statusText")).toString(), QString());
    }
};

QTEST_GUILESS_MAIN(TestHttpTypes)
#include "test_httptypes.moc"
