#include "core/interop/harformat.h"
#include "tests/support/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace studio;
using namespace studio::interop;

namespace {

ImportContext context()
{
    ImportContext c;
    Endpoint magento;
    magento.id = QStringLiteral("shop");
    magento.name = QStringLiteral("Shop");
    magento.kind = EndpointKind::Magento;
    magento.baseUrl = QStringLiteral("https://shop.example.com");
    magento.auth.type = AuthType::OAuth1;
    c.endpoints = {magento};
    return c;
}

} // namespace

class TestHar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsEntries()
    {
        const QByteArray har
            = "{\"log\": {\"version\": \"1.2\", \"creator\": {\"name\": \"Firefox\", \"version\": \"120\"}, "
              "\"entries\": [\n"
              "            {\"request\": {\"method\": \"GET\", \"url\": "
              "\"https://shop.example.com/rest/de/V1/products?searchCriteria%5BpageSize%5D=5\",\n"
              "                \"httpVersion\": \"HTTP/2\", \"headers\": [{\"name\": \":authority\", \"value\": "
              "\"shop.example.com\"},\n"
              "                {\"name\": \"Authorization\", \"value\": \"OAuth oauth_signature=\\\"x\\\"\"}, "
              "{\"name\": \"Accept\", \"value\": \"application/json\"},\n"
              "                {\"name\": \"Accept-Encoding\", \"value\": \"gzip\"}, {\"name\": \"Cookie\", \"value\": "
              "\"PHPSESSID=1\"}],\n"
              "                \"queryString\": [], \"cookies\": []}, \"response\": {\"status\": 200}},\n"
              "            {\"request\": {\"method\": \"POST\", \"url\": "
              "\"https://shop.example.com/rest/all/async/bulk/V1/products\",\n"
              "                \"headers\": [{\"name\": \"Content-Type\", \"value\": \"application/json; "
              "charset=utf-8\"}],\n"
              "                \"postData\": {\"mimeType\": \"application/json\", \"text\": \"[{\\\"product\\\": "
              "{\\\"sku\\\": \\\"A\\\"}}]\"}}},\n"
              "            {\"request\": {\"method\": \"POST\", \"url\": \"https://erp.example.com/api/stock\",\n"
              "                \"headers\": [{\"name\": \"Content-Type\", \"value\": "
              "\"application/x-www-form-urlencoded\"}],\n"
              "                \"postData\": {\"mimeType\": \"application/x-www-form-urlencoded\", \"params\": "
              "[{\"name\": \"sku\", \"value\": \"A B\"},\n"
              "                {\"name\": \"file\", \"fileName\": \"a.csv\"}]}}},\n"
              "            {\"request\": {\"method\": \"POST\", \"url\": \"https://shop.example.com/graphql\",\n"
              "                \"headers\": [], \"postData\": {\"mimeType\": \"application/json\", \"text\": "
              "\"{\\\"query\\\": \\\"{ a }\\\"}\"}}},\n"
              "            {\"request\": {\"method\": \"PUT\", \"url\": \"https://erp.example.com/api/prices.csv\",\n"
              "                \"headers\": [{\"name\": \"Content-Type\", \"value\": \"text/csv\"}], \"postData\": "
              "{\"mimeType\": \"text/csv\", \"text\": \"a;b\\n\"}}},\n"
              "            {\"request\": {\"method\": \"GET\", \"url\": \"data:text/plain,hello\", \"headers\": []}}\n"
              "        ]}}";
        HarFormat format;
        QVERIFY(format.canImport(har, QStringLiteral("capture.har")));
        QCOMPARE(detectRequestFormat(har, QStringLiteral("capture.har")), requestFormat(QStringLiteral("har")));
        Result<ImportResult> result = format.importData(har, context());
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result->title, QStringLiteral("Firefox"));
        QCOMPARE(result->requests.size(), 5);

        const RequestSpec& list = result->requests.at(0).spec;
        QCOMPARE(list.endpointId, QStringLiteral("shop"));
        QCOMPARE(list.path, QStringLiteral("/V1/products"));
        QCOMPARE(list.storeCode, QStringLiteral("de"));
        QCOMPARE(list.query, KeyValueList({{QStringLiteral("searchCriteria[pageSize]"), QStringLiteral("5")}}));
        QCOMPARE(list.headers, KeyValueList({{QStringLiteral("Accept"), QStringLiteral("application/json")}}));
        QCOMPARE(result->requests.at(0).name, QStringLiteral("GET /V1/products"));

        const RequestSpec& bulk = result->requests.at(1).spec;
        QCOMPARE(bulk.mode, RequestSpec::Mode::AsyncBulk);
        QCOMPARE(bulk.storeCode, QStringLiteral("all"));
        QCOMPARE(bulk.bodyType, QStringLiteral("json"));
        QVERIFY(bulk.headers.isEmpty()); // the JSON body type implies the Content-Type

        const RequestSpec& form = result->requests.at(2).spec;
        QCOMPARE(form.endpointId, QString());
        QCOMPARE(form.path, QStringLiteral("https://erp.example.com/api/stock"));
        QCOMPARE(form.bodyType, QStringLiteral("form"));
        QCOMPARE(form.body, QStringLiteral("sku=A%20B"));
        QVERIFY(form.headers.isEmpty());

        const RequestSpec& graphql = result->requests.at(3).spec;
        QCOMPARE(graphql.mode, RequestSpec::Mode::GraphQL);
        QCOMPARE(graphql.bodyType, QStringLiteral("graphql"));
        QCOMPARE(graphql.body, QStringLiteral("{ a }"));

        const RequestSpec& csv = result->requests.at(4).spec;
        QCOMPARE(csv.bodyType, QStringLiteral("text"));
        QCOMPARE(csv.headers, KeyValueList({{QStringLiteral("Content-Type"), QStringLiteral("text/csv")}}));

        QStringList notes;
        for (const ImportNote& note : result->notes)
            notes.append(note.where + u' ' + note.message);
        const QString text = notes.join(u'\n');
        QVERIFY2(text.contains(QStringLiteral("entry 1 Credentials and cookies")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("a.csv")));
        QVERIFY(text.contains(QStringLiteral("entry 6")));
        QVERIFY(!text.contains(QStringLiteral("PHPSESSID")));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("contains");
        QTest::newRow("not json") << QByteArray("HTTP/1.1 200 OK") << "HAR file:1";
        QTest::newRow("no log") << QByteArray("{\"entries\": []}") << "log.entries";
        QTest::newRow("entries not a list") << QByteArray("{\"log\": {\"entries\": {}}}") << "log.entries";
    }

    void badInput()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, contains);
        Result<ImportResult> result = HarFormat().importData(data, context());
        QVERIFY(!result.ok());
        QVERIFY2(result.error().toString().contains(contains), qPrintable(result.error().toString()));
    }

    void garbageNeverCrashes()
    {
        // Random text built from the characters the parsers treat specially: every format either reads it or
        // says why not, with a message.
        const QByteArray alphabet
            = "curl -X -H -d --json 'a' \"b\" $'c\\x4' ^\n\\\n{}[]:,#|&;%@=?/ \t\r\xc3\xa9"
              "{\"info\":{\"schema\":\"v2.1\"},\"item\":[]}openapi: 3.0 swagger: '2.0' paths: - &a *a";
        QRandomGenerator random(20240501);
        ImportContext ctx = context();
        for (int round = 0; round < 400; ++round) {
            QByteArray data;
            const int length = random.bounded(1, 160);
            for (int i = 0; i < length; ++i)
                data.append(alphabet.at(random.bounded(int(alphabet.size()))));
            for (const RequestFormat* format : requestFormats()) {
                if (!(format->capabilities() & RequestFormat::Capability::Import))
                    continue;
                Result<ImportResult> result = format->importData(data, ctx);
                if (!result.ok())
                    QVERIFY2(!result.error().message.isEmpty(), data.constData());
            }
        }
    }

    void registryKnowsEveryFormat()
    {
        QStringList ids;
        for (const RequestFormat* format : requestFormats()) {
            ids.append(format->id());
            QVERIFY(!format->displayName().isEmpty());
        }
        QCOMPARE(ids,
            QStringList(
                {QStringLiteral("postman"), QStringLiteral("har"), QStringLiteral("openapi"), QStringLiteral("curl")}));
        QVERIFY(!(requestFormat(QStringLiteral("har"))->capabilities() & RequestFormat::Capability::Export));
        QVERIFY(requestFormat(QStringLiteral("curl"))->capabilities() & RequestFormat::Capability::Export);
        QVERIFY(!requestFormat(QStringLiteral("har"))->exportData(ExportInput(), ExportOptions()).ok());
        QCOMPARE(requestFormat(QStringLiteral("nope")), nullptr);
        QCOMPARE(detectRequestFormat("hello world"), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestHar)
#include "test_har.moc"
