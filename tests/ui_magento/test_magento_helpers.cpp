// The core knowledge behind the console's Magento helpers: which routes take searchCriteria and what they filter
// on, response field trees from Swagger / OpenAPI documents and from received JSON.

#include "core/magento/searchfields.h"
#include "core/schema/responsefields.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace studio;
using schema::ResponseField;
using schema::ResponseSchemas;

namespace {

// A Swagger 2.0 document in the shape of Magento's /rest/{store}/schema, cut down to what the tests need.
const char* const kSwagger = R"({"swagger": "2.0", "basePath": "/rest/default", "paths": {
  "/V1/products": {"get": {"responses": {"200": {"schema": {"$ref": "#/definitions/product-search-results"}}}}},
  "/V1/products/{sku}": {
    "get": {"responses": {"200": {"schema": {"$ref": "#/definitions/product"}}}},
    "delete": {"responses": {"200": {"schema": {"type": "boolean"}}}}},
  "/V1/products/attributes": {"get": {"responses": {"200": {"$ref": "#/responses/attributes"}}}},
  "/V1/categories": {"get": {"responses": {"200": {"schema": {"$ref": "#/definitions/category-tree"}}}}},
  "/V1/products/types": {"get": {"responses": {"200": {"schema": {"type": "array",
    "items": {"$ref": "#/definitions/product-type"}}}}}}},
 "responses": {"attributes": {"description": "ok", "schema": {"$ref": "#/definitions/attribute-search-results"}}},
 "definitions": {
  "product-search-results": {"type": "object", "properties": {
    "items": {"type": "array", "items": {"$ref": "#/definitions/product"}},
    "search_criteria": {"$ref": "#/definitions/search-criteria"},
    "total_count": {"type": "integer", "description": "Total count."}}},
  "product": {"type": "object", "properties": {
    "sku": {"type": "string", "description": "Sku"}, "name": {"type": "string"}, "price": {"type": "number"},
    "created_at": {"type": "string", "format": "date-time"},
    "custom_attributes": {"type": "array", "items": {"$ref": "#/definitions/attribute"}},
    "extension_attributes": {"$ref": "#/definitions/product-extension"}}},
  "product-extension": {"type": "object", "properties": {
    "stock_item": {"$ref": "#/definitions/stock-item"},
    "category_links": {"type": "array", "items": {"$ref": "#/definitions/category-link"}}}},
  "stock-item": {"type": "object", "properties": {"item_id": {"type": "integer"}, "qty": {"type": "number"}}},
  "category-link": {"type": "object", "properties": {"category_id": {"type": "string"}, "position": {"type": "integer"}}},
  "attribute": {"type": "object", "properties": {"attribute_code": {"type": "string"}, "value": {"type": "string"}}},
  "search-criteria": {"type": "object", "properties": {"page_size": {"type": "integer"}}},
  "category-tree": {"type": "object", "properties": {"id": {"type": "integer"}, "name": {"type": "string"},
    "children_data": {"type": "array", "items": {"$ref": "#/definitions/category-tree"}}}},
  "attribute-search-results": {"allOf": [{"$ref": "#/definitions/base-results"}, {"type": "object", "properties": {
    "items": {"type": "array", "items": {"$ref": "#/definitions/attribute"}}}}]},
  "base-results": {"type": "object", "properties": {"total_count": {"type": "integer"}}},
  "product-type": {"type": "object", "properties": {"name": {"type": "string"}, "label": {"type": "string"}}}}})";

QStringList L(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items)
        out << QString::fromLatin1(item);
    return out;
}

QStringList names(const QList<ResponseField>& fields)
{
    QStringList out;
    for (const ResponseField& field : fields)
        out << field.name;
    return out;
}

const ResponseField* find(const QList<ResponseField>& fields, const QStringList& path)
{
    const QList<ResponseField>* level = &fields;
    const ResponseField* found = nullptr;
    for (const QString& name : path) {
        found = nullptr;
        for (const ResponseField& field : *level) {
            if (field.name == name)
                found = &field;
        }
        if (!found)
            return nullptr;
        level = &found->children;
    }
    return found;
}

const ResponseField* find(const QList<ResponseField>& fields, std::initializer_list<const char*> path)
{
    return find(fields, L(path));
}

} // namespace

class TestMagentoHelpers final : public QObject
{
    Q_OBJECT

private:
    ResponseSchemas m_schemas;

private Q_SLOTS:
    void initTestCase()
    {
        Result<ResponseSchemas> schemas = ResponseSchemas::fromData(QByteArray(kSwagger), QStringLiteral("t.json"));
        QVERIFY2(schemas.ok(), qPrintable(schemas.error().toString()));
        m_schemas = schemas.value();
        QCOMPARE(m_schemas.operationCount(), 6);
    }

    void listResponseFields_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("service path") << "/V1/products";
        QTest::newRow("with query") << "/V1/products?searchCriteria[pageSize]=1&fields=items[sku]";
        QTest::newRow("rest root") << "/rest/default/V1/products";
        QTest::newRow("all scope") << "/rest/all/V1/products";
        QTest::newRow("no version") << "products";
        QTest::newRow("whole url") << "https://shop.example.com/rest/de/V1/products?x=1";
    }

    void listResponseFields()
    {
        QFETCH(QString, path);
        const std::optional<QList<ResponseField>> fields = m_schemas.responseFields("GET", path);
        QVERIFY(fields);
        QCOMPARE(names(*fields), L({"items", "search_criteria", "total_count"}));
        const ResponseField* items = find(*fields, {"items"});
        QVERIFY(items->list);
        QCOMPARE(items->type, QStringLiteral("product"));
        QCOMPARE(items->typeLabel(), QStringLiteral("product[]"));
        QCOMPARE(names(items->children),
            L({"created_at", "custom_attributes", "extension_attributes", "name", "price", "sku"}));
        QCOMPARE(find(*fields, {"items", "sku"})->description, QStringLiteral("Sku"));
        QCOMPARE(find(*fields, {"items", "created_at"})->type, QStringLiteral("string (date-time)"));
        QCOMPARE(
            names(find(*fields, {"items", "extension_attributes", "stock_item"})->children), L({"item_id", "qty"}));
        QVERIFY(find(*fields, {"items", "extension_attributes", "category_links"})->list);
        QCOMPARE(find(*fields, {"total_count"})->description, QStringLiteral("Total count."));
        QCOMPARE(m_schemas.matchOperation("GET", path), QStringLiteral("/V1/products"));
    }

    void literalSegmentsWinOverParameters()
    {
        QCOMPARE(m_schemas.matchOperation("GET", QStringLiteral("/V1/products/attributes")),
            QStringLiteral("/V1/products/attributes"));
        QCOMPARE(m_schemas.matchOperation("GET", QStringLiteral("/V1/products/MS%2F01")),
            QStringLiteral("/V1/products/{sku}"));
        QCOMPARE(m_schemas.matchOperation("GET", QStringLiteral("/V1/products/{sku}")),
            QStringLiteral("/V1/products/{sku}"));
        // A $ref'd response object and allOf: the base's fields and the part's.
        const auto attributes = m_schemas.responseFields("GET", QStringLiteral("/V1/products/attributes"));
        QVERIFY(attributes);
        QCOMPARE(names(*attributes), L({"total_count", "items"}));
        const auto product = m_schemas.responseFields("get", QStringLiteral("/V1/products/MS%2F01"));
        QVERIFY(product);
        QVERIFY(names(*product).contains(QStringLiteral("sku")));
    }

    void recursionIsCut()
    {
        const auto tree = m_schemas.responseFields("GET", QStringLiteral("/V1/categories"));
        QVERIFY(tree);
        const ResponseField* children = find(*tree, {"children_data"});
        QVERIFY(children);
        QVERIFY(children->list);
        QVERIFY(children->recursive);
        QCOMPARE(children->type, QStringLiteral("category-tree"));
        QVERIFY(children->children.isEmpty());
    }

    void topLevelListGivesItsItemsFields()
    {
        const auto types = m_schemas.responseFields("GET", QStringLiteral("/V1/products/types"));
        QVERIFY(types);
        QCOMPARE(names(*types), L({"label", "name"}));
    }

    void noFieldsForUnknownOrScalar()
    {
        QVERIFY(!m_schemas.responseFields("DELETE", QStringLiteral("/V1/products/x")));
        QVERIFY(!m_schemas.responseFields("POST", QStringLiteral("/V1/products")));
        QVERIFY(!m_schemas.responseFields("GET", QStringLiteral("/V1/nothing/here")));
        QVERIFY(!m_schemas.responseFields("GET", QString()));
        QVERIFY(m_schemas.matchOperation("GET", QStringLiteral("/V1/nothing")).isEmpty());
        QCOMPARE(names(m_schemas.schemaFields(QStringLiteral("stock-item"))), L({"item_id", "qty"}));
        QVERIFY(m_schemas.schemaFields(QStringLiteral("missing")).isEmpty());
    }

    void badDocuments()
    {
        Result<ResponseSchemas> noPaths
            = ResponseSchemas::fromDocument(QJsonObject {{QStringLiteral("swagger"), QStringLiteral("2.0")}});
        QVERIFY(!noPaths.ok());
        QVERIFY(noPaths.error().message.contains(QStringLiteral("paths")));
        Result<ResponseSchemas> garbage = ResponseSchemas::fromData("{\"swagger\": ", QStringLiteral("schema.json"));
        QVERIFY(!garbage.ok());
        QCOMPARE(garbage.error().file, QStringLiteral("schema.json"));
        Result<ResponseSchemas> empty = ResponseSchemas::fromData(QByteArray(), QStringLiteral("empty.json"));
        QVERIFY(!empty.ok());
        // Broken references lead nowhere instead of crashing.
        // (Plain literals: moc misreads "//" inside raw strings.)
        Result<ResponseSchemas> broken = ResponseSchemas::fromData(
            "{\"swagger\": \"2.0\", \"paths\": {\"/V1/x\": {\"get\": {\"responses\": {\"200\": {\"schema\": "
            "{\"type\": \"object\", \"properties\": {\"a\": {\"$ref\": \"#/definitions/nope\"}, "
            "\"b\": {\"$ref\": \"http://elsewhere/x.json\"}}}}}}}}}");
        QVERIFY2(broken.ok(), qPrintable(broken.error().toString()));
        const auto fields = broken->responseFields("GET", QStringLiteral("/V1/x"));
        QVERIFY(fields);
        QCOMPARE(names(*fields), L({"a", "b"}));
    }

    void magentoAdminSchemaFixture()
    {
        // Magento 2.4.5's own schema (OpenAPI 3 form), when the shared fixtures are next to the checkout.
        const QString path = test::sharedPath(QStringLiteral("fixtures/magento-2.4.5-admin-openapi.json"));
        if (path.isEmpty())
            QSKIP("../shared/fixtures/magento-2.4.5-admin-openapi.json is not available.");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        Result<ResponseSchemas> schemas = ResponseSchemas::fromData(file.readAll(), path);
        QVERIFY2(schemas.ok(), qPrintable(schemas.error().toString()));
        QVERIFY(schemas->operationCount() > 400);
        const auto products = schemas->responseFields("GET", QStringLiteral("/V1/products"));
        QVERIFY(products);
        const ResponseField* items = find(*products, {"items"});
        QVERIFY(items);
        QCOMPARE(items->type, QStringLiteral("catalog-data-product-interface"));
        for (const char* name : {"sku", "name", "price", "status", "type_id", "visibility", "extension_attributes"})
            QVERIFY2(find(items->children, {QString::fromLatin1(name)}), name);
        QVERIFY(find(*products, {"items", "extension_attributes", "stock_item", "qty"}));
        const auto orders = schemas->responseFields("GET", QStringLiteral("/V1/orders"));
        QVERIFY(orders);
        QVERIFY(find(*orders, {"items", "increment_id"}));
        QCOMPARE(schemas->matchOperation("GET", QStringLiteral("/V1/orders/42")), QStringLiteral("/V1/orders/{id}"));
    }

    void fieldsOfASample()
    {
        const QJsonDocument sample = QJsonDocument::fromJson(R"({"items": [
            {"sku": "a", "custom_attributes": [{"attribute_code": "color", "value": "49"}]},
            {"sku": "b", "name": "B", "custom_attributes": [{"attribute_code": "size", "value": "1"},
                                                             {"attribute_code": "color", "value": "50"}]}],
            "total_count": 2, "tags": ["x", "y"], "empty": null})");
        const QList<ResponseField> fields = schema::fieldsFromSample(sample.object());
        QCOMPARE(names(fields), L({"empty", "items", "tags", "total_count"}));
        const ResponseField* items = find(fields, {"items"});
        QVERIFY(items->list);
        QCOMPARE(items->type, QStringLiteral("object"));
        QCOMPARE(names(items->children), L({"custom_attributes", "sku", "name"}));
        QCOMPARE(items->origin, ResponseField::Origin::Sample);
        QCOMPARE(names(find(fields, {"items", "custom_attributes"})->children), L({"attribute_code", "value"}));
        QVERIFY(find(fields, {"tags"})->list);
        QCOMPARE(find(fields, {"tags"})->type, QStringLiteral("string"));
        QCOMPARE(find(fields, {"total_count"})->type, QStringLiteral("number"));
        // A top-level list: the fields of its items.
        QCOMPARE(
            names(schema::fieldsFromSample(QJsonDocument::fromJson(R"([{"a": 1}, {"b": 2}])").array())), L({"a", "b"}));
        QVERIFY(schema::fieldsFromSample(QJsonValue(5)).isEmpty());

        QCOMPARE(magento::SearchFields::customAttributeCodes(sample.object()),
            (QStringList {QStringLiteral("color"), QStringLiteral("size")}));
        QCOMPARE(
            magento::SearchFields::customAttributeCodes(
                QJsonDocument::fromJson(R"({"sku": "a", "custom_attributes": [{"attribute_code": "ean"}]})").object()),
            QStringList {QStringLiteral("ean")});
        QVERIFY(magento::SearchFields::customAttributeCodes(QJsonValue()).isEmpty());
    }

    void mergeKeepsOrigins()
    {
        QList<ResponseField> schema = *m_schemas.responseFields("GET", QStringLiteral("/V1/products"));
        const QList<ResponseField> sample = schema::fieldsFromSample(
            QJsonDocument::fromJson(R"({"items": [{"sku": "a", "mystery": 1}], "total_count": 1})").object());
        schema::mergeFields(schema, sample);
        QCOMPARE(find(schema, {"items", "sku"})->origin, ResponseField::Origin::Schema);
        QCOMPARE(find(schema, {"items", "mystery"})->origin, ResponseField::Origin::Sample);
        QCOMPARE(names(schema), L({"items", "search_criteria", "total_count"}));
    }

    void searchEntities_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("entity");
        QTest::newRow("products") << QByteArray("GET") << "/V1/products"
                                  << "products";
        QTest::newRow("lower-case method") << QByteArray("get") << "/V1/products"
                                           << "products";
        QTest::newRow("no version") << QByteArray("GET") << "products"
                                    << "products";
        QTest::newRow("trailing slash and query") << QByteArray("GET") << "/V1/products/?searchCriteria="
                                                  << "products";
        QTest::newRow("rest root") << QByteArray("GET") << "/rest/default/V1/orders"
                                   << "orders";
        QTest::newRow("rest without store") << QByteArray("GET") << "/rest/V1/customers/search"
                                            << "customers";
        QTest::newRow("url") << QByteArray("GET") << "http://shop/rest/all/V1/categories/list"
                             << "categories";
        QTest::newRow("source items") << QByteArray("GET") << "/V1/inventory/source-items"
                                      << "sourceItems";
        QTest::newRow("one product") << QByteArray("GET") << "/V1/products/MS-01"
                                     << "";
        QTest::newRow("post") << QByteArray("POST") << "/V1/products"
                              << "";
        QTest::newRow("empty") << QByteArray("GET") << ""
                               << "";
        QTest::newRow("unknown") << QByteArray("GET") << "/V1/whatever"
                                 << "";
    }

    void searchEntities()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, entity);
        const std::optional<magento::SearchEntity> found = magento::SearchFields::forRoute(method, path);
        QCOMPARE(found ? found->id : QString(), entity);
        if (found) {
            QVERIFY(!found->label.isEmpty());
            QVERIFY(!found->fields.isEmpty());
        }
    }

    void productFieldsAsTheIssueLists()
    {
        const auto products = magento::SearchFields::forRoute("GET", QStringLiteral("/V1/products"));
        QVERIFY(products);
        const QStringList expected = L({"sku", "name", "price", "status", "type_id", "created_at", "updated_at",
            "visibility", "attribute_set_id"});
        QCOMPARE(products->fields.mid(0, expected.size()), expected);
        QVERIFY(products->dateFields.contains(QStringLiteral("created_at")));
        QStringList ids;
        for (const magento::SearchEntity& entity : magento::SearchFields::all())
            ids << entity.id;
        for (const char* id : {"products", "customers", "orders", "categories", "sourceItems"})
            QVERIFY2(ids.contains(QString::fromLatin1(id)), id);
        QCOMPARE(magento::SearchFields::servicePath(QStringLiteral("/rest/de/V1/products/MS%2F1?x=1")),
            QStringLiteral("/V1/products/MS%2F1"));
        QCOMPARE(magento::SearchFields::servicePath(QStringLiteral("V2/things/")), QStringLiteral("/V2/things"));
    }
};

QTEST_GUILESS_MAIN(TestMagentoHelpers)
#include "test_magento_helpers.moc"
