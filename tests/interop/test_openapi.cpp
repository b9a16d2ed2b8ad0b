#include "core/interop/openapiformat.h"
#include "core/interop/yamljson.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace studio;
using namespace studio::interop;

namespace {

QByteArray readFixture(const QString& name)
{
    QFile file(test::sourcePath(QStringLiteral("tests/interop/fixtures/") + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const SavedRequest* findRequest(const ImportResult& result, const QString& folder, const QString& name)
{
    for (const SavedRequest& request : result.requests) {
        if (request.folder == folder && request.name == name)
            return &request;
    }
    return nullptr;
}

QString noteText(const ImportResult& result)
{
    QStringList lines;
    for (const ImportNote& note : result.notes)
        lines.append(note.where + QStringLiteral(": ") + note.message);
    return lines.join(u'\n');
}

QString compact(const QJsonValue& value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QJsonObject bodyOf(const SavedRequest* request)
{
    return QJsonDocument::fromJson(request->spec.body.toUtf8()).object();
}

} // namespace

class TestOpenApi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yamlScalars_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("json");
        QTest::newRow("core schema")
            << QByteArray("a: 1\nb: -2.5\nc: true\nd: ~\ne: null\nf: 0x1F\ng: 0o17\nh: 1e3\ni: text\n")
            << "{\"a\":1,\"b\":-2.5,\"c\":true,\"d\":null,\"e\":null,\"f\":31,\"g\":15,\"h\":1000,\"i\":\"text\"}";
        QTest::newRow("quoted stays string") << QByteArray("a: '1'\nb: \"true\"\nc: !!str 3\nd: 'null'\n")
                                             << "{\"a\":\"1\",\"b\":\"true\",\"c\":\"3\",\"d\":\"null\"}";
        QTest::newRow("yaml 1.1 words are strings") << QByteArray("a: yes\nb: off\nc: 3.0.0\nd: .inf\n")
                                                    << "{\"a\":\"yes\",\"b\":\"off\",\"c\":\"3.0.0\",\"d\":\".inf\"}";
        QTest::newRow("numeric keys") << QByteArray("200: ok\n404: {x: 1}\n") << "{\"200\":\"ok\",\"404\":{\"x\":1}}";
        QTest::newRow("anchors and aliases")
            << QByteArray("base: &b {x: 1, y: [a, b]}\ncopy: *b\n")
            << "{\"base\":{\"x\":1,\"y\":[\"a\",\"b\"]},\"copy\":{\"x\":1,\"y\":[\"a\",\"b\"]}}";
        QTest::newRow("merge key") << QByteArray("base: &b {x: 1, y: 2}\nderived:\n  <<: *b\n  y: 3\n")
                                   << "{\"base\":{\"x\":1,\"y\":2},\"derived\":{\"x\":1,\"y\":3}}";
        QTest::newRow("block scalars") << QByteArray("a: |\n  line1\n  line2\nb: >\n  folded\n  text\n")
                                       << "{\"a\":\"line1\\nline2\\n\",\"b\":\"folded text\\n\"}";
        QTest::newRow("unicode") << QByteArray("name: \"caf\\u00e9\"\nraw: \xc3\xa9t\xc3\xa9\n")
                                 << "{\"name\":\"caf\u00e9\",\"raw\":\"\u00e9t\u00e9\"}";
        QTest::newRow("huge integer") << QByteArray("n: 123456789012345678901234567890\n")
                                      << "{\"n\":1.2345678901234568e+29}";
        QTest::newRow("empty document") << QByteArray("") << "null";
    }

    void yamlScalars()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, json);
        Result<QJsonValue> value = parseYaml(yaml, QStringLiteral("t.yaml"));
        QVERIFY2(value.ok(), qPrintable(value.error().toString()));
        QCOMPARE(compact(value.value()), json);
    }

    void yamlErrors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("contains");
        QTest::newRow("unclosed flow") << QByteArray("a: 1\nb: [1, 2\nc: 3\n") << 0 << "Not valid YAML";
        QTest::newRow("bad indentation") << QByteArray("a:\n  b: 1\n c: 2\n") << 3 << "Not valid YAML";
        QTest::newRow("unknown alias") << QByteArray("a: *nope\n") << 1 << "Not valid YAML";
        QTest::newRow("complex key") << QByteArray("? [1, 2]\n: x\n") << 1 << "mapping key";
        QTest::newRow("billion laughs") << QByteArray(
            "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
            "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n")
                                        << 0 << "more than 100000";
    }

    void yamlErrors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(QString, contains);
        YamlLimits limits;
        limits.maxNodes = 100000;
        Result<QJsonValue> value = parseYaml(yaml, QStringLiteral("bad.yaml"), limits);
        QVERIFY(!value.ok());
        QCOMPARE(value.error().file, QStringLiteral("bad.yaml"));
        if (line > 0)
            QCOMPARE(value.error().line, line);
        QVERIFY2(value.error().message.contains(contains), qPrintable(value.error().toString()));
    }

    void openApi3Yaml()
    {
        const QByteArray data = readFixture(QStringLiteral("shop-api.openapi.yaml"));
        QVERIFY(!data.isEmpty());
        OpenApiFormat format;
        QVERIFY(format.canImport(data, QStringLiteral("shop-api.yaml")));
        Result<ImportResult> imported = format.importData(data, ImportContext());
        QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
        const ImportResult& result = imported.value();
        QCOMPARE(result.title, QStringLiteral("Shop API"));
        QCOMPARE(result.requests.size(), 6);

        QCOMPARE(result.endpoints.size(), 1);
        const Endpoint& endpoint = result.endpoints.first();
        QCOMPARE(endpoint.kind, EndpointKind::Rest);
        QCOMPARE(endpoint.baseUrl, QStringLiteral("https://acme.shop.example.com/api/v2"));
        QCOMPARE(endpoint.auth.type, AuthType::Bearer);

        // Alias-shared parameters, a $ref parameter, required query values prefilled.
        const SavedRequest* categories
            = findRequest(result, QStringLiteral("Catalog"), QStringLiteral("List categories"));
        QVERIFY(categories);
        QCOMPARE(categories->spec.endpointId, endpoint.id);
        QCOMPARE(categories->spec.path, QStringLiteral("/categories"));
        QCOMPARE(categories->spec.query,
            KeyValueList(
                {{QStringLiteral("page"), QStringLiteral("1")}, {QStringLiteral("limit"), QStringLiteral("50")}}));

        // Path-level parameter, required header (Accept left to the engine), recursive schema sample.
        const SavedRequest* replace
            = findRequest(result, QStringLiteral("Catalog"), QStringLiteral("Replace a category"));
        QVERIFY(replace);
        QCOMPARE(replace->spec.method, QByteArray("PUT"));
        QCOMPARE(replace->spec.path, QStringLiteral("/categories/{{categoryId}}"));
        QVERIFY(replace->spec.query.isEmpty());
        QCOMPARE(replace->spec.headers,
            KeyValueList({{QStringLiteral("X-Request-Id"), QStringLiteral("00000000-0000-0000-0000-000000000000")}}));
        QCOMPARE(replace->spec.bodyType, QStringLiteral("json"));
        QCOMPARE(compact(bodyOf(replace)),
            QStringLiteral(
                "{\"active\":true,\"children\":[],\"kind\":\"physical\",\"name\":\"Bags\","
                "\"seo\":{\"canonical\":\"https://example.com\",\"keywords\":[\"string\"],\"title\":\"string\"},"
                "\"updated_at\":\"2024-01-01T00:00:00Z\"}"));

        // Media example wins; operationId names it; no summary and no id: method and path.
        const SavedRequest* create = findRequest(result, QStringLiteral("Sales"), QStringLiteral("createOrder"));
        QVERIFY(create);
        QCOMPARE(compact(bodyOf(create)), QStringLiteral("{\"customer\":7,\"lines\":[{\"qty\":2,\"sku\":\"A\"}]}"));
        const SavedRequest* list = findRequest(result, QStringLiteral("Sales"), QStringLiteral("GET /orders"));
        QVERIFY(list);
        QCOMPARE(list->description, QStringLiteral("No summary and no operation id."));
        QCOMPARE(list->spec.query,
            KeyValueList({{QStringLiteral("status"), QStringLiteral("open")},
                {QStringLiteral("since"), QStringLiteral("2024-05-01")}}));

        const SavedRequest* note = findRequest(result, QStringLiteral("Sales"), QStringLiteral("Add a note"));
        QVERIFY(note);
        QCOMPARE(note->spec.path, QStringLiteral("/orders/{{orderId}}/notes"));
        QCOMPARE(note->spec.bodyType, QStringLiteral("form"));
        QCOMPARE(note->spec.body, QStringLiteral("notify=true&text=Called%20the%20customer"));

        const SavedRequest* upload = findRequest(result, QStringLiteral("Files"), QStringLiteral("Upload"));
        QVERIFY(upload);
        QCOMPARE(upload->spec.bodyType, QStringLiteral("none"));
        QVERIFY(noteText(result).contains(QStringLiteral("multipart/form-data")));
    }

    void yamlAndJsonGiveTheSameRequests()
    {
        const QByteArray yaml = readFixture(QStringLiteral("shop-api.openapi.yaml"));
        Result<QJsonValue> tree = parseYaml(yaml, QStringLiteral("shop-api.openapi.yaml"));
        QVERIFY(tree.ok());
        const QByteArray json = QJsonDocument(tree->toObject()).toJson();
        Result<ImportResult> fromYaml = OpenApiFormat().importData(yaml, ImportContext());
        Result<ImportResult> fromJson = OpenApiFormat().importData(json, ImportContext());
        QVERIFY(fromYaml.ok() && fromJson.ok());
        QCOMPARE(fromJson->requests.size(), fromYaml->requests.size());
        for (qsizetype i = 0; i < fromYaml->requests.size(); ++i)
            QVERIFY(fromJson->requests.at(i) == fromYaml->requests.at(i));
        QVERIFY(fromJson->endpoints == fromYaml->endpoints);
    }

    void swagger2Yaml()
    {
        Result<ImportResult> imported
            = OpenApiFormat().importData(readFixture(QStringLiteral("warehouse.swagger2.yaml")), ImportContext());
        QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
        const ImportResult& result = imported.value();
        QCOMPARE(result.requests.size(), 2);
        const Endpoint& endpoint = result.endpoints.first();
        QCOMPARE(endpoint.baseUrl, QStringLiteral("https://wms.example.com:8443/v1"));
        QCOMPARE(endpoint.auth.type, AuthType::ApiKey);
        QCOMPARE(endpoint.auth.fields.value(QStringLiteral("keyName")), QStringLiteral("X-WMS-Key"));
        QCOMPARE(endpoint.auth.fields.value(QStringLiteral("keyIn")), QStringLiteral("header"));

        const SavedRequest* stock = findRequest(result, QStringLiteral("Stock"), QStringLiteral("Set stock"));
        QVERIFY(stock);
        QCOMPARE(stock->spec.path, QStringLiteral("/stock/{{sku}}"));
        QCOMPARE(stock->spec.query, KeyValueList({{QStringLiteral("warehouse"), QStringLiteral("MAIN")}}));
        QCOMPARE(compact(bodyOf(stock)), QStringLiteral("{\"location\":{\"aisle\":\"string\",\"bin\":0},\"qty\":12}"));

        const SavedRequest* label = findRequest(result, QStringLiteral("Shipping"), QStringLiteral("Print label"));
        QVERIFY(label);
        QCOMPARE(label->spec.bodyType, QStringLiteral("form"));
        QCOMPARE(label->spec.body, QStringLiteral("carrier=dhl&weight=0"));
        QVERIFY(noteText(result).contains(QStringLiteral("\"logo\"")));
    }

    void swagger2JsonIntoExistingEndpoint()
    {
        ImportContext context;
        Endpoint erp;
        erp.id = QStringLiteral("erp");
        erp.name = QStringLiteral("ERP");
        erp.baseUrl = QStringLiteral("{{erpUrl}}/api");
        context.endpoints = {erp};
        context.environment.variables.insert(QStringLiteral("erpUrl"), QStringLiteral("https://erp.example.com"));
        context.targetEndpointId = QStringLiteral("erp");
        Result<ImportResult> imported
            = OpenApiFormat().importData(readFixture(QStringLiteral("legacy.swagger2.json")), context);
        QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
        QVERIFY(imported->endpoints.isEmpty());
        QCOMPARE(imported->requests.size(), 2);
        QCOMPARE(imported->requests.at(0).name, QStringLiteral("getCustomer"));
        QCOMPARE(imported->requests.at(0).folder, QString());
        QCOMPARE(imported->requests.at(0).spec.endpointId, QStringLiteral("erp"));
        QCOMPARE(imported->requests.at(0).spec.path, QStringLiteral("/customers/{{id}}"));
        QCOMPARE(imported->requests.at(1).spec.method, QByteArray("DELETE"));

        context.targetEndpointId = QStringLiteral("nope");
        QVERIFY(!OpenApiFormat().importData(readFixture(QStringLiteral("legacy.swagger2.json")), context).ok());
    }

    void magentoAdminSchema()
    {
        const QString path = test::sharedPath(QStringLiteral("fixtures/magento-2.4.5-admin-openapi.json"));
        if (path.isEmpty())
            QSKIP("../shared/fixtures/magento-2.4.5-admin-openapi.json is not there");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();

        Endpoint magento;
        magento.id = QStringLiteral("magento");
        magento.name = QStringLiteral("Magento");
        magento.kind = EndpointKind::Magento;
        magento.baseUrl = QStringLiteral("https://shop.example.com");
        ImportContext context;
        context.endpoints = {magento};
        context.targetEndpointId = magento.id;

        QElapsedTimer timer;
        timer.start();
        Result<ImportResult> imported = OpenApiFormat().importData(data, context);
        qInfo("Magento admin schema imported in %lld ms", timer.elapsed());
        QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
        const ImportResult& result = imported.value();
        QCOMPARE(result.requests.size(), 455);
        QVERIFY(result.endpoints.isEmpty());
        QStringList folders;
        for (const SavedRequest& request : result.requests) {
            QCOMPARE(request.spec.endpointId, QStringLiteral("magento"));
            QVERIFY2(request.spec.path.startsWith(QStringLiteral("/V1/")), qPrintable(request.spec.path));
            QVERIFY(!request.spec.path.contains(u'{') || request.spec.path.contains(QStringLiteral("{{")));
            QVERIFY(request.spec.storeCode.isEmpty());
            if (!folders.contains(request.folder))
                folders.append(request.folder);
        }
        QVERIFY2(folders.size() > 150, qPrintable(QString::number(folders.size())));
        QVERIFY(!result.hasWarnings());

        const SavedRequest* list = findRequest(result, QStringLiteral("products"), QStringLiteral("GET products"));
        QVERIFY(list);
        QCOMPARE(list->spec.method, QByteArray("GET"));
        QCOMPARE(list->spec.path, QStringLiteral("/V1/products"));
        QCOMPARE(list->spec.query,
            KeyValueList({{QStringLiteral("searchCriteria[pageSize]"), QStringLiteral("20")},
                {QStringLiteral("searchCriteria[currentPage]"), QStringLiteral("1")}}));
        QCOMPARE(list->description, QStringLiteral("Get product list"));
        QCOMPARE(list->spec.bodyType, QStringLiteral("none"));

        const SavedRequest* put
            = findRequest(result, QStringLiteral("products-{sku}"), QStringLiteral("PUT products/{sku}"));
        QVERIFY(put);
        QCOMPARE(put->spec.path, QStringLiteral("/V1/products/{{sku}}"));
        QCOMPARE(put->spec.bodyType, QStringLiteral("json"));
        const QJsonObject body = bodyOf(put);
        QVERIFY2(body.value(QStringLiteral("product")).isObject(), qPrintable(put->spec.body.left(400)));
        const QJsonObject product = body.value(QStringLiteral("product")).toObject();
        QCOMPARE(product.value(QStringLiteral("sku")).toString(), QStringLiteral("string"));
        QVERIFY(product.value(QStringLiteral("price")).isDouble());
        QVERIFY(product.value(QStringLiteral("custom_attributes")).isArray());
        QVERIFY(product.value(QStringLiteral("extension_attributes")).isObject());
        QVERIFY(body.contains(QStringLiteral("saveOptions")));
        QVERIFY2(put->spec.body.size() < 200000, qPrintable(QString::number(put->spec.body.size())));

        const SavedRequest* get
            = findRequest(result, QStringLiteral("products-{sku}"), QStringLiteral("GET products/{sku}"));
        QVERIFY(get);
        QVERIFY(get->spec.query.isEmpty());

        // Without an endpoint to import into, a Magento endpoint is proposed; the document has no host.
        Result<ImportResult> proposed = OpenApiFormat().importData(data, ImportContext());
        QVERIFY(proposed.ok());
        QCOMPARE(proposed->endpoints.size(), 1);
        QCOMPARE(proposed->endpoints.first().kind, EndpointKind::Magento);
        QCOMPARE(proposed->endpoints.first().baseUrl, QStringLiteral("{{baseUrl}}"));
        QCOMPARE(proposed->endpoints.first().storeCode, QStringLiteral("default"));
        QCOMPARE(proposed->requests.size(), 455);
        QVERIFY(noteText(proposed.value()).contains(QStringLiteral("{{baseUrl}}")));
    }

    void badDocuments_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("contains");
        QTest::addColumn<int>("line");
        QTest::newRow("empty") << QByteArray("  \n") << "empty" << 0;
        QTest::newRow("broken json") << QByteArray("{\n  \"openapi\": \"3.0.0\",\n  \"paths\": {\n}") << "invalid JSON"
                                     << 4;
        QTest::newRow("broken yaml") << QByteArray("openapi: 3.0.0\npaths:\n  /a: [\n") << "Not valid YAML" << 0;
        QTest::newRow("plain text") << QByteArray("just some words") << "top level is not an object" << 0;
        QTest::newRow("no version") << QByteArray("info: {title: x}\npaths: {}\n") << "neither" << 0;
        QTest::newRow("openapi 4") << QByteArray("{\n\"openapi\": \"4.0.0\", \"paths\": {}}")
                                   << "Unsupported OpenAPI version" << 2;
        QTest::newRow("swagger 1.2") << QByteArray("swagger: \"1.2\"\npaths: {}\n") << "Unsupported Swagger version"
                                     << 1;
        QTest::newRow("no paths") << QByteArray("openapi: 3.1.0\ninfo: {title: x}\n") << "paths" << 0;
    }

    void badDocuments()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, contains);
        QFETCH(int, line);
        Result<ImportResult> result = OpenApiFormat().importData(data, ImportContext());
        QVERIFY(!result.ok());
        QVERIFY2(result.error().toString().contains(contains), qPrintable(result.error().toString()));
        if (line > 0)
            QCOMPARE(result.error().line, line);
    }

    void brokenReferencesAreNotes()
    {
        const QByteArray data
            = "openapi: 3.0.0\n"
              "info: {title: Refs}\n"
              "paths:\n"
              "  /missing:\n"
              "    post:\n"
              "      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Missing'}}}}\n"
              "  /external:\n"
              "    post:\n"
              "      requestBody: {content: {application/json: {schema: {$ref: 'other.yaml#/Thing'}}}}\n"
              "  /loop:\n"
              "    post:\n"
              "      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/A'}}}}\n"
              "  /param-loop:\n"
              "    get:\n"
              "      parameters: [{$ref: '#/components/parameters/P'}]\n"
              "  /tree:\n"
              "    post:\n"
              "      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Node'}}}}\n"
              "components:\n"
              "  parameters:\n"
              "    P: {$ref: '#/components/parameters/Q'}\n"
              "    Q: {$ref: '#/components/parameters/P'}\n"
              "  schemas:\n"
              "    A: {$ref: '#/components/schemas/B'}\n"
              "    B: {$ref: '#/components/schemas/A'}\n"
              "    Node:\n"
              "      type: object\n"
              "      required: [children]\n"
              "      properties:\n"
              "        name: {type: string}\n"
              "        children: {type: array, items: {$ref: '#/components/schemas/Node'}}\n"
              "        first: {$ref: '#/components/schemas/Node'}\n";
        Result<ImportResult> imported = OpenApiFormat().importData(data, ImportContext());
        QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
        QCOMPARE(imported->requests.size(), 5);
        const QString notes = noteText(imported.value());
        QVERIFY2(notes.contains(QStringLiteral(
                     "paths./missing.post: The $ref \"#/components/schemas/Missing\" points to nothing")),
            qPrintable(notes));
        QVERIFY(notes.contains(
            QStringLiteral("paths./external.post: The $ref \"other.yaml#/Thing\" points into another file")));
        QVERIFY(notes.contains(QStringLiteral("paths./loop.post: $ref loop")));
        QVERIFY(notes.contains(QStringLiteral("paths./param-loop.get: $ref loop")));
        const SavedRequest* missing = findRequest(imported.value(), QString(), QStringLiteral("POST /missing"));
        QVERIFY(missing);
        QCOMPARE(missing->spec.bodyType, QStringLiteral("none"));
        const SavedRequest* tree = findRequest(imported.value(), QString(), QStringLiteral("POST /tree"));
        QVERIFY(tree);
        QCOMPARE(compact(bodyOf(tree)), QStringLiteral("{\"children\":[],\"name\":\"string\"}"));
        QVERIFY(!notes.contains(QStringLiteral("/tree")));
    }

    void notExported()
    {
        OpenApiFormat format;
        QVERIFY(!(format.capabilities() & RequestFormat::Capability::Export));
        QVERIFY(!format.exportData(ExportInput(), ExportOptions()).ok());
        QVERIFY(requestFormat(QStringLiteral("openapi")));
        QCOMPARE(requestFormat(QStringLiteral("openapi"))->id(), QStringLiteral("openapi"));
        QCOMPARE(detectRequestFormat(readFixture(QStringLiteral("warehouse.swagger2.yaml"))),
            requestFormat(QStringLiteral("openapi")));
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "test_openapi.moc"
