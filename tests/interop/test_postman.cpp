#include "core/interop/curlformat.h"
#include "core/interop/postmanformat.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace studio;
using namespace studio::interop;

namespace {

QString randomSecret()
{
    QString secret;
    for (int i = 0; i < 32; ++i)
        secret += QChar(u'a' + QRandomGenerator::global()->bounded(26));
    return secret;
}

QString noteText(const QList<ImportNote>& notes)
{
    QStringList lines;
    for (const ImportNote& note : notes)
        lines.append(note.where + QStringLiteral(": ") + note.message);
    return lines.join(u'\n');
}

const SavedRequest* findRequest(const ImportResult& result, const QString& name)
{
    for (const SavedRequest& request : result.requests) {
        if (request.name == name)
            return &request;
    }
    return nullptr;
}

const Endpoint* findEndpoint(const QList<Endpoint>& endpoints, const QString& id)
{
    for (const Endpoint& endpoint : endpoints) {
        if (endpoint.id == id)
            return &endpoint;
    }
    return nullptr;
}

QString secretValue(const ImportResult& result, const QString& endpointId, const QString& field)
{
    for (const ImportedSecret& secret : result.secrets) {
        if (secret.endpointId == endpointId && secret.field == field)
            return secret.value.toUtf8String();
    }
    return QString();
}

/// Everything of a result that could end up in a workspace file, as text.
QString fileVisibleText(const ImportResult& result)
{
    QString text;
    for (const SavedRequest& request : result.requests) {
        const RequestSpec& s = request.spec;
        text += s.path + s.body + s.graphqlVariables + request.description;
        for (const auto& [k, v] : s.headers)
            text += k + v;
        for (const auto& [k, v] : s.query)
            text += k + v;
    }
    for (const Endpoint& endpoint : result.endpoints) {
        text += endpoint.baseUrl;
        for (const QString& value : endpoint.auth.fields)
            text += value;
    }
    if (result.environment) {
        for (const QString& value : result.environment->variables)
            text += value;
    }
    text += noteText(result.notes);
    return text;
}

} // namespace

class TestPostman final : public QObject
{
    Q_OBJECT

private:
    /// The fixture with its empty secret variables filled with values generated for this run.
    QByteArray fixtureWithSecrets(QMap<QString, QString>& secrets)
    {
        QFile file(
            test::sourcePath(QStringLiteral("tests/interop/fixtures/magento-collection.postman_collection.json")));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QJsonArray variables = root.value(QStringLiteral("variable")).toArray();
        for (qsizetype i = 0; i < variables.size(); ++i) {
            QJsonObject variable = variables.at(i).toObject();
            if (variable.value(QStringLiteral("value")).toString().isEmpty()) {
                const QString value = randomSecret();
                secrets.insert(variable.value(QStringLiteral("key")).toString(), value);
                variable.insert(QStringLiteral("value"), value);
                variables.replace(i, variable);
            }
        }
        root.insert(QStringLiteral("variable"), variables);
        return QJsonDocument(root).toJson();
    }

private Q_SLOTS:
    void importHandWrittenCollection()
    {
        QMap<QString, QString> secrets;
        const QByteArray data = fixtureWithSecrets(secrets);
        QVERIFY(!data.isEmpty());
        QCOMPARE(secrets.size(), 7);
        PostmanFormat format;
        QVERIFY(format.canImport(data, QStringLiteral("x.json")));
        QCOMPARE(detectRequestFormat(data), requestFormat(QStringLiteral("postman")));
        Result<ImportResult> imported = format.importData(data, ImportContext());
        QVERIFY2(imported.ok(), qPrintable(imported.error().message));
        const ImportResult& result = imported.value();
        QCOMPARE(result.title, QStringLiteral("Magento Demo"));
        QCOMPARE(result.requests.size(), 10);

        // Folders nest; order is the collection's.
        QStringList names;
        for (const SavedRequest& request : result.requests)
            names.append(request.folder + u'|' + request.name);
        QCOMPARE(names,
            QStringList(
                {QStringLiteral("Catalog/Products|List products"), QStringLiteral("Catalog/Products|Get product"),
                    QStringLiteral("Catalog/Products|Update product"), QStringLiteral("Catalog/Products|Bulk update"),
                    QStringLiteral("Customers|Search customers"), QStringLiteral("Customers|Admin token"),
                    QStringLiteral("ERP|Stock update"), QStringLiteral("ERP|Upload price list"),
                    QStringLiteral("|Legacy export"), QStringLiteral("|GraphQL products")}));

        // Endpoints: one per base URL and auth.
        const SavedRequest* list = findRequest(result, QStringLiteral("List products"));
        const Endpoint* magento = findEndpoint(result.endpoints, list->spec.endpointId);
        QVERIFY(magento);
        QCOMPARE(magento->kind, EndpointKind::Magento);
        QCOMPARE(magento->baseUrl, QStringLiteral("{{baseUrl}}"));
        QCOMPARE(magento->storeCode, QStringLiteral("default"));
        QCOMPARE(magento->auth.type, AuthType::OAuth1);
        QCOMPARE(magento->auth.fields.value(QStringLiteral("signatureMethod")), QStringLiteral("HMAC-SHA256"));
        QVERIFY(magento->auth.secretRefs.isEmpty());
        QCOMPARE(secretValue(result, magento->id, QStringLiteral("consumerKey")),
            secrets.value(QStringLiteral("consumerKey")));
        QCOMPARE(secretValue(result, magento->id, QStringLiteral("consumerSecret")),
            secrets.value(QStringLiteral("consumerSecret")));
        QCOMPARE(secretValue(result, magento->id, QStringLiteral("accessToken")),
            secrets.value(QStringLiteral("accessToken")));
        QCOMPARE(secretValue(result, magento->id, QStringLiteral("accessTokenSecret")),
            secrets.value(QStringLiteral("accessTokenSecret")));

        // Query: disabled items skipped, {{vars}} kept; disabled headers skipped.
        QCOMPARE(list->spec.method, QByteArray("GET"));
        QCOMPARE(list->spec.path, QStringLiteral("/V1/products"));
        QCOMPARE(list->spec.storeCode, QString());
        QCOMPARE(list->spec.query,
            KeyValueList({{QStringLiteral("searchCriteria[pageSize]"), QStringLiteral("{{pageSize}}")},
                {QStringLiteral("searchCriteria[currentPage]"), QStringLiteral("1")}}));
        QCOMPARE(list->spec.headers, KeyValueList({{QStringLiteral("Accept"), QStringLiteral("application/json")}}));

        const SavedRequest* get = findRequest(result, QStringLiteral("Get product"));
        QCOMPARE(get->spec.path, QStringLiteral("/V1/products/SKU-0000001"));
        QCOMPARE(get->spec.endpointId, magento->id);

        const SavedRequest* update = findRequest(result, QStringLiteral("Update product"));
        QCOMPARE(update->spec.method, QByteArray("PUT"));
        QCOMPARE(update->spec.storeCode, QStringLiteral("all"));
        QCOMPARE(update->spec.bodyType, QStringLiteral("json"));
        QCOMPARE(update->spec.body, QStringLiteral("{\"product\": {\"sku\": \"SKU-0000001\", \"price\": 34}}"));
        QVERIFY(update->spec.headers.isEmpty()); // Content-Type: application/json is implied by the body type

        const SavedRequest* bulk = findRequest(result, QStringLiteral("Bulk update"));
        QCOMPARE(bulk->spec.mode, RequestSpec::Mode::AsyncBulk);
        QCOMPARE(bulk->spec.endpointId, magento->id); // "inherit" takes the collection's OAuth 1.0a
        QCOMPARE(bulk->spec.path, QStringLiteral("/V1/products/bySku"));
        QCOMPARE(bulk->spec.storeCode, QStringLiteral("all"));

        // Folder-level bearer auth: a second Magento endpoint; request-level noauth: a third.
        const SavedRequest* customers = findRequest(result, QStringLiteral("Search customers"));
        const Endpoint* bearer = findEndpoint(result.endpoints, customers->spec.endpointId);
        QCOMPARE(bearer->auth.type, AuthType::Bearer);
        QCOMPARE(bearer->kind, EndpointKind::Magento);
        QCOMPARE(secretValue(result, bearer->id, QStringLiteral("token")), secrets.value(QStringLiteral("adminToken")));
        const SavedRequest* token = findRequest(result, QStringLiteral("Admin token"));
        const Endpoint* open = findEndpoint(result.endpoints, token->spec.endpointId);
        QCOMPARE(open->auth.type, AuthType::None);
        QCOMPARE(token->spec.path, QStringLiteral("/V1/integration/admin/token"));
        QCOMPARE(
            token->spec.body, QStringLiteral("{\"username\": \"{{adminUser}}\", \"password\": \"{{adminPassword}}\"}"));

        // API key auth, urlencoded (disabled field skipped) and formdata (file part reported).
        const SavedRequest* stock = findRequest(result, QStringLiteral("Stock update"));
        const Endpoint* erp = findEndpoint(result.endpoints, stock->spec.endpointId);
        QCOMPARE(erp->kind, EndpointKind::Rest);
        QCOMPARE(erp->baseUrl, QStringLiteral("{{erpUrl}}"));
        QCOMPARE(erp->auth.type, AuthType::ApiKey);
        QCOMPARE(erp->auth.fields.value(QStringLiteral("keyName")), QStringLiteral("X-Api-Key"));
        QCOMPARE(erp->auth.fields.value(QStringLiteral("keyIn")), QStringLiteral("header"));
        QCOMPARE(secretValue(result, erp->id, QStringLiteral("apiKey")), secrets.value(QStringLiteral("erpApiKey")));
        QCOMPARE(stock->spec.path, QStringLiteral("/api/stock"));
        QCOMPARE(stock->spec.bodyType, QStringLiteral("form"));
        QCOMPARE(stock->spec.body, QStringLiteral("sku=24-MB01&qty=7%20pcs"));
        const SavedRequest* upload = findRequest(result, QStringLiteral("Upload price list"));
        QCOMPARE(upload->spec.endpointId, erp->id);
        QCOMPARE(upload->spec.body, QStringLiteral("list=spring"));

        // Basic auth at request level on an absolute URL.
        const SavedRequest* legacy = findRequest(result, QStringLiteral("Legacy export"));
        const Endpoint* basic = findEndpoint(result.endpoints, legacy->spec.endpointId);
        QCOMPARE(basic->baseUrl, QStringLiteral("https://legacy.example.com"));
        QCOMPARE(basic->auth.type, AuthType::Basic);
        QCOMPARE(basic->auth.fields.value(QStringLiteral("username")), QStringLiteral("exporter"));
        QCOMPARE(secretValue(result, basic->id, QStringLiteral("password")),
            secrets.value(QStringLiteral("legacyPassword")));
        QCOMPARE(legacy->spec.path, QStringLiteral("/export/orders"));
        QCOMPARE(legacy->spec.query, KeyValueList({{QStringLiteral("since"), QStringLiteral("2024-01-01")}}));

        // GraphQL through the Magento endpoint that shares its base and auth.
        const SavedRequest* graphql = findRequest(result, QStringLiteral("GraphQL products"));
        QCOMPARE(graphql->spec.endpointId, magento->id);
        QCOMPARE(graphql->spec.mode, RequestSpec::Mode::GraphQL);
        QCOMPARE(graphql->spec.bodyType, QStringLiteral("graphql"));
        QVERIFY(graphql->spec.body.startsWith(QStringLiteral("query Products")));
        QCOMPARE(graphql->spec.graphqlVariables, QStringLiteral("{\"search\": \"bag\"}"));

        QCOMPARE(result.endpoints.size(), 5);
        QStringList ids;
        for (const Endpoint& endpoint : result.endpoints)
            ids.append(endpoint.id);
        ids.removeDuplicates();
        QCOMPARE(ids.size(), 5);

        // Variables → environment; secret-looking ones (and those auth uses) kept aside.
        QVERIFY(result.environment.has_value());
        QCOMPARE(result.environment->name, QStringLiteral("Magento Demo"));
        QCOMPARE(
            result.environment->variables.value(QStringLiteral("baseUrl")), QStringLiteral("http://127.0.0.1:8080"));
        QCOMPARE(result.environment->variables.value(QStringLiteral("pageSize")), QStringLiteral("10"));
        QVERIFY(!result.environment->variables.contains(QStringLiteral("unused")));
        for (const QString& name : secrets.keys()) {
            QVERIFY2(result.environment->secretVariables.contains(name), qPrintable(name));
            QVERIFY(!result.environment->variables.contains(name));
        }

        // What could not be imported is reported.
        const QString notes = noteText(result.notes);
        QVERIFY2(notes.contains(QStringLiteral("test script")), qPrintable(notes));
        QVERIFY(notes.contains(QStringLiteral("prerequest script")));
        QVERIFY(notes.contains(QStringLiteral("\"file\"")));
        QVERIFY(notes.contains(QStringLiteral("URL-encoded form")));

        // No secret value anywhere a file could hold it.
        const QString visible = fileVisibleText(result);
        for (const QString& value : secrets)
            QVERIFY(!visible.contains(value));

        // References: every secret gets one, recorded where the files will point to it.
        ImportResult withRefs = result;
        assignSecretRefs(withRefs, QStringLiteral("ws1"));
        const Endpoint* signedEndpoint = findEndpoint(withRefs.endpoints, magento->id);
        QCOMPARE(signedEndpoint->auth.secretRefs.size(), 4);
        for (const ImportedSecret& secret : withRefs.secrets) {
            QVERIFY(secret.ref.startsWith(QStringLiteral("ws-ws1/")));
            if (!secret.environment.isEmpty())
                QCOMPARE(withRefs.environment->secretVariables.value(secret.field), secret.ref);
        }
        for (const Endpoint& endpoint : withRefs.endpoints)
            QVERIFY2(validateEndpoint(endpoint).isEmpty() || endpoint.baseUrl.contains(QStringLiteral("{{")),
                qPrintable(endpoint.id));
    }

    void authSecretFromUndefinedVariableIsReported()
    {
        const QByteArray data
            = "{\"info\":{\"name\":\"C\",\"schema\":\"https://schema.getpostman.com/json/collection/v2.1.0/"
              "collection.json\"},\n"
              "            \"auth\":{\"type\":\"bearer\",\"bearer\":{\"token\":\"{{missingToken}}\"}},\n"
              "            "
              "\"item\":[{\"name\":\"R\",\"request\":{\"method\":\"GET\",\"url\":\"https://api.example.com/v1/x\"}}]}";
        Result<ImportResult> result = PostmanFormat().importData(data, ImportContext());
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result->endpoints.first().auth.type, AuthType::Bearer);
        QVERIFY(result->secrets.isEmpty());
        QVERIFY(noteText(result->notes).contains(QStringLiteral("{{missingToken}}")));
    }

    void literalCredentialsAndUnsupportedAuth()
    {
        const QString token = randomSecret();
        const QByteArray data = QStringLiteral(
            "{\"info\":{\"name\":\"C\",\"schema\":\"https://schema.getpostman.com/json/collection/v2.0.0/"
            "collection.json\"},\n"
            "            \"item\":[\n"
            "              {\"name\":\"Header "
            "token\",\"request\":{\"method\":\"GET\",\"header\":[{\"key\":\"Authorization\",\"value\":\"Bearer "
            "%1\"}],\"url\":\"https://a.example.com/x\"}},\n"
            "              "
            "{\"name\":\"Digest\",\"request\":{\"auth\":{\"type\":\"digest\",\"digest\":[]},\"method\":\"GET\",\"url\":"
            "\"https://b.example.com/y\"}},\n"
            "              {\"name\":\"Plain string request\",\"request\":\"https://c.example.com/z?q=1\"},\n"
            "              {\"name\":\"No request\"}\n"
            "            ]}")
                                    .arg(token)
                                    .toUtf8();
        Result<ImportResult> result = PostmanFormat().importData(data, ImportContext());
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result->requests.size(), 3);
        const SavedRequest* header = findRequest(result.value(), QStringLiteral("Header token"));
        QVERIFY(header->spec.headers.isEmpty());
        const Endpoint* endpoint = findEndpoint(result->endpoints, header->spec.endpointId);
        QCOMPARE(endpoint->auth.type, AuthType::Bearer);
        QCOMPARE(secretValue(result.value(), endpoint->id, QStringLiteral("token")), token);
        const QString notes = noteText(result->notes);
        QVERIFY(notes.contains(QStringLiteral("v2.0")));
        QVERIFY(notes.contains(QStringLiteral("digest")));
        QVERIFY(notes.contains(QStringLiteral("no request")));
        QVERIFY(!notes.contains(token));
        const SavedRequest* plain = findRequest(result.value(), QStringLiteral("Plain string request"));
        QCOMPARE(plain->spec.method, QByteArray("GET"));
        QCOMPARE(plain->spec.query, KeyValueList({{QStringLiteral("q"), QStringLiteral("1")}}));
    }

    void pathVariableWithoutValueBecomesAVariable()
    {
        const QByteArray data = "{\"info\":{\"name\":\"C\",\"schema\":\"https://schema.getpostman.com/json/collection/"
                                "v2.1.0/collection.json\"},\n"
                                "            "
                                "\"item\":[{\"name\":\"R\",\"request\":{\"method\":\"GET\",\"url\":{\"raw\":\"https://"
                                "shop.example.com/rest/V1/orders/:orderId/comments\",\n"
                                "            "
                                "\"protocol\":\"https\",\"host\":[\"shop\",\"example\",\"com\"],\"path\":[\"rest\","
                                "\"V1\",\"orders\",\":orderId\",\"comments\"],\n"
                                "            \"variable\":[{\"key\":\"orderId\",\"value\":\"\"}]}}}]}";
        Result<ImportResult> result = PostmanFormat().importData(data, ImportContext());
        QVERIFY(result.ok());
        QCOMPARE(result->requests.first().spec.path, QStringLiteral("/V1/orders/{{orderId}}/comments"));
        QCOMPARE(result->endpoints.first().baseUrl, QStringLiteral("https://shop.example.com"));
        QCOMPARE(result->endpoints.first().kind, EndpointKind::Magento);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("not json") << QByteArray("<html></html>") << "collection:1: column 2: invalid JSON";
        QTest::newRow("array") << QByteArray("[]") << "not a JSON object";
        QTest::newRow("no info") << QByteArray("{\"item\": []}") << "no \"info\"";
        QTest::newRow("v1") << QByteArray("{\"id\":\"x\",\"name\":\"old\",\"order\":[],\"requests\":[]}") << "v1";
        QTest::newRow("unknown schema") << QByteArray(
            "{\"info\":{\"name\":\"x\",\"schema\":\"https://example.com/v9\"},\"item\":[]}")
                                        << "Unsupported";
        QTest::newRow("no item list") << QByteArray("{\"info\":{\"name\":\"x\",\"schema\":\"https://"
                                                    "schema.getpostman.com/json/collection/v2.1.0/collection.json\"}}")
                                      << "\"item\"";
        QTest::newRow("truncated") << QByteArray("{\"info\":{\"name\":\n") << "collection:2:";
    }

    void badInput()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, errorContains);
        Result<ImportResult> result = PostmanFormat().importData(data, ImportContext());
        QVERIFY(!result.ok());
        QVERIFY2(result.error().toString().contains(errorContains), qPrintable(result.error().toString()));
    }

    void exportIsAValidCollection()
    {
        ExportInput input;
        input.title = QStringLiteral("Studio export");
        Endpoint magento;
        magento.id = QStringLiteral("magento-sandbox");
        magento.name = QStringLiteral("Magento sandbox");
        magento.kind = EndpointKind::Magento;
        magento.baseUrl = QStringLiteral("{{shop}}");
        magento.auth.type = AuthType::OAuth1;
        magento.auth.fields.insert(QStringLiteral("signatureMethod"), QStringLiteral("HMAC-SHA256"));
        Endpoint erp;
        erp.id = QStringLiteral("demo-erp");
        erp.name = QStringLiteral("Demo ERP");
        erp.baseUrl = QStringLiteral("http://127.0.0.1:9/api/");
        erp.auth.type = AuthType::ApiKey;
        erp.auth.fields.insert(QStringLiteral("keyName"), QStringLiteral("X-Api-Key"));
        erp.auth.fields.insert(QStringLiteral("keyIn"), QStringLiteral("header"));
        input.endpoints = {magento, erp};
        input.environment.name = QStringLiteral("local");
        input.environment.variables.insert(QStringLiteral("shop"), QStringLiteral("http://127.0.0.1:8/"));
        input.environment.variables.insert(QStringLiteral("sku"), QStringLiteral("24-MB01"));
        input.environment.secretVariables.insert(QStringLiteral("signingKey"), QStringLiteral("ws-x/1"));

        SavedRequest list;
        list.folder = QStringLiteral("Catalog/Products");
        list.name = QStringLiteral("List");
        list.spec.endpointId = magento.id;
        list.spec.path = QStringLiteral("/V1/products");
        list.spec.query = {{QStringLiteral("searchCriteria[pageSize]"), QStringLiteral("5")},
            {QStringLiteral("q"), QStringLiteral("50% & more+=")}};
        SavedRequest put;
        put.folder = QStringLiteral("Catalog");
        put.name = QStringLiteral("Update");
        put.description = QStringLiteral("Upsert by SKU");
        put.spec.endpointId = magento.id;
        put.spec.method = "PUT";
        put.spec.storeCode = QStringLiteral("all");
        put.spec.path = QStringLiteral("/V1/products/{{sku}}");
        put.spec.bodyType = QStringLiteral("json");
        put.spec.body = QStringLiteral("{\"product\": {\"price\": 3}}");
        SavedRequest stock;
        stock.folder = QStringLiteral("ERP");
        stock.name = QStringLiteral("Stock");
        stock.spec.endpointId = erp.id;
        stock.spec.method = "POST";
        stock.spec.path = QStringLiteral("/stock");
        stock.spec.bodyType = QStringLiteral("form");
        stock.spec.body = QStringLiteral("sku=A&qty=1");
        stock.spec.headers = {{QStringLiteral("X-Sign"), QStringLiteral("{{signingKey}}")}};
        SavedRequest top;
        top.name = QStringLiteral("Hook");
        top.spec.method = "POST";
        top.spec.path = QStringLiteral("https://hooks.example.net/x");
        top.spec.bodyType = QStringLiteral("text");
        top.spec.body = QStringLiteral("ping");
        input.requests = {list, put, stock, top};

        PostmanFormat format;
        Result<ExportResult> exported = format.exportData(input, ExportOptions());
        QVERIFY2(exported.ok(), qPrintable(exported.error().message));
        const QJsonObject root = QJsonDocument::fromJson(exported->data).object();
        const QJsonObject info = root.value(QStringLiteral("info")).toObject();
        QCOMPARE(info.value(QStringLiteral("schema")).toString(),
            QStringLiteral("https://schema.getpostman.com/json/collection/v2.1.0/collection.json"));
        QCOMPARE(info.value(QStringLiteral("name")).toString(), QStringLiteral("Studio export"));
        QVERIFY(!info.value(QStringLiteral("_postman_id")).toString().isEmpty());

        // Folders: Catalog (Products (List), Update), ERP (Stock), then the top-level request.
        const QJsonArray items = root.value(QStringLiteral("item")).toArray();
        QCOMPARE(items.size(), 3);
        const QJsonObject catalog = items.at(0).toObject();
        QCOMPARE(catalog.value(QStringLiteral("name")).toString(), QStringLiteral("Catalog"));
        const QJsonArray catalogItems = catalog.value(QStringLiteral("item")).toArray();
        QCOMPARE(catalogItems.size(), 2);
        QCOMPARE(catalogItems.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Products"));
        const QJsonObject listItem
            = catalogItems.at(0).toObject().value(QStringLiteral("item")).toArray().at(0).toObject();
        const QJsonObject listRequest = listItem.value(QStringLiteral("request")).toObject();
        QCOMPARE(listRequest.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(listRequest.value(QStringLiteral("url")).toObject().value(QStringLiteral("raw")).toString(),
            QStringLiteral("{{magentoSandboxBaseUrl}}/rest/default/V1/products?searchCriteria[pageSize]=5&q=50%25 %26 "
                           "more%2B%3D"));
        const QJsonObject auth = listRequest.value(QStringLiteral("auth")).toObject();
        QCOMPARE(auth.value(QStringLiteral("type")).toString(), QStringLiteral("oauth1"));
        QMap<QString, QJsonValue> oauth;
        for (const QJsonValue& p : auth.value(QStringLiteral("oauth1")).toArray())
            oauth.insert(
                p.toObject().value(QStringLiteral("key")).toString(), p.toObject().value(QStringLiteral("value")));
        QCOMPARE(oauth.value(QStringLiteral("signatureMethod")).toString(), QStringLiteral("HMAC-SHA256"));
        QCOMPARE(oauth.value(QStringLiteral("addParamsToHeader")).toBool(), true);
        QCOMPARE(
            oauth.value(QStringLiteral("consumerKey")).toString(), QStringLiteral("{{magentoSandboxConsumerKey}}"));
        QCOMPARE(oauth.value(QStringLiteral("tokenSecret")).toString(),
            QStringLiteral("{{magentoSandboxAccessTokenSecret}}"));

        const QJsonObject putRequest = catalogItems.at(1).toObject().value(QStringLiteral("request")).toObject();
        QCOMPARE(putRequest.value(QStringLiteral("url")).toObject().value(QStringLiteral("raw")).toString(),
            QStringLiteral("{{magentoSandboxBaseUrl}}/rest/all/V1/products/{{sku}}"));
        QCOMPARE(putRequest.value(QStringLiteral("body")).toObject().value(QStringLiteral("mode")).toString(),
            QStringLiteral("raw"));
        QCOMPARE(putRequest.value(QStringLiteral("description")).toString(), QStringLiteral("Upsert by SKU"));
        QVERIFY(
            QJsonDocument(putRequest.value(QStringLiteral("header")).toArray()).toJson().contains("application/json"));

        const QJsonObject erpFolder = items.at(1).toObject();
        const QJsonObject stockRequest = erpFolder.value(QStringLiteral("item"))
                                             .toArray()
                                             .at(0)
                                             .toObject()
                                             .value(QStringLiteral("request"))
                                             .toObject();
        QCOMPARE(stockRequest.value(QStringLiteral("auth")).toObject().value(QStringLiteral("type")).toString(),
            QStringLiteral("apikey"));
        QCOMPARE(
            stockRequest.value(QStringLiteral("body")).toObject().value(QStringLiteral("urlencoded")).toArray().size(),
            2);
        const QJsonObject hook = items.at(2).toObject().value(QStringLiteral("request")).toObject();
        QCOMPARE(hook.value(QStringLiteral("url")).toObject().value(QStringLiteral("raw")).toString(),
            QStringLiteral("https://hooks.example.net/x"));
        QCOMPARE(hook.value(QStringLiteral("auth")).toObject().value(QStringLiteral("type")).toString(),
            QStringLiteral("noauth"));

        // Variables: base URLs resolved, environment values, secrets empty and listed for the caller.
        QMap<QString, QJsonObject> variables;
        for (const QJsonValue& v : root.value(QStringLiteral("variable")).toArray())
            variables.insert(v.toObject().value(QStringLiteral("key")).toString(), v.toObject());
        QCOMPARE(variables.value(QStringLiteral("magentoSandboxBaseUrl")).value(QStringLiteral("value")).toString(),
            QStringLiteral("http://127.0.0.1:8"));
        QCOMPARE(variables.value(QStringLiteral("demoErpBaseUrl")).value(QStringLiteral("value")).toString(),
            QStringLiteral("http://127.0.0.1:9/api"));
        QCOMPARE(variables.value(QStringLiteral("sku")).value(QStringLiteral("value")).toString(),
            QStringLiteral("24-MB01"));
        QStringList secretNames;
        for (const ExportedSecret& secret : exported->secrets) {
            secretNames.append(secret.variable);
            QVERIFY(!secret.embedded);
            QCOMPARE(variables.value(secret.variable).value(QStringLiteral("value")).toString(), QString());
            QCOMPARE(
                variables.value(secret.variable).value(QStringLiteral("type")).toString(), QStringLiteral("secret"));
        }
        secretNames.sort();
        QCOMPARE(secretNames,
            QStringList({QStringLiteral("demoErpApiKey"), QStringLiteral("magentoSandboxAccessToken"),
                QStringLiteral("magentoSandboxAccessTokenSecret"), QStringLiteral("magentoSandboxConsumerKey"),
                QStringLiteral("magentoSandboxConsumerSecret"), QStringLiteral("signingKey")}));

        // A one-off run may embed the values the caller passes.
        ExportOptions oneOff;
        const QString key = randomSecret();
        oneOff.secretValues.insert(secretKey(erp.id, QStringLiteral("apiKey")), SecureBytes::fromUtf8(key));
        Result<ExportResult> embedded = format.exportData(input, oneOff);
        QVERIFY(embedded.ok());
        QVERIFY(embedded->data.contains(key.toUtf8()));
        QVERIFY(!exported->data.contains(key.toUtf8()));

        // And the export reads back into the same requests.
        Result<ImportResult> back = format.importData(exported->data, ImportContext());
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->requests.size(), 4);
        const SavedRequest* backPut = findRequest(back.value(), QStringLiteral("Update"));
        QCOMPARE(backPut->folder, QStringLiteral("Catalog"));
        QCOMPARE(backPut->spec.path, put.spec.path);
        QCOMPARE(backPut->spec.storeCode, QStringLiteral("all"));
        QCOMPARE(backPut->spec.body, put.spec.body);
        QCOMPARE(backPut->spec.bodyType, put.spec.bodyType);
        QCOMPARE(findEndpoint(back->endpoints, backPut->spec.endpointId)->auth.type, AuthType::OAuth1);
        QCOMPARE(findRequest(back.value(), QStringLiteral("List"))->spec.query, list.spec.query);
        const SavedRequest* backStock = findRequest(back.value(), QStringLiteral("Stock"));
        QCOMPARE(backStock->folder, QStringLiteral("ERP"));
        QCOMPARE(backStock->spec.body, stock.spec.body);
        QCOMPARE(backStock->spec.headers, stock.spec.headers);
    }

    void exportRefusesUnknownEndpoint()
    {
        ExportInput input;
        SavedRequest request;
        request.name = QStringLiteral("R");
        request.spec.endpointId = QStringLiteral("gone");
        input.requests = {request};
        Result<ExportResult> result = PostmanFormat().exportData(input, ExportOptions());
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QStringLiteral("gone")));
    }
};

QTEST_GUILESS_MAIN(TestPostman)
#include "test_postman.moc"
