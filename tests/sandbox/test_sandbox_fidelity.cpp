// Fidelity: every route the Magento side serves exists in Magento 2.4.5's admin schema (OpenAPI 3 conversion in
// ../shared/fixtures) with the same method, and a representative 200 answer of each validates against that
// operation's response schema.
//
// The validator understands what Magento's Swagger output uses: $ref, type, properties, items, required,
// additionalProperties. It applies Magento's output rules strictly:
// - a property the schema does not declare is an error (Magento only serialises the interface's getters);
// - a required property must be present, and may be null (Magento prints null for a required getter that
//   returns null, e.g. stock_item.low_stock_date or payment.cc_last4);
// - an optional property, when present, must not be null (Magento leaves out optional getters returning null).
// One documented exception: framework-attribute-interface.value is PHP "mixed", which the generator writes as
// "string", while Magento sends arrays for multi-value attributes (category_ids); lists of strings pass there.
//
// Customer-owned routes (/V1/customers/me...) are called as the demo customer, since only a customer token may.
//
// MSI (Magento_InventoryApi) is not installed in the fixture's store, so its routes are checked against
// schemas written here from Magento's InventoryApi interfaces (SourceItemInterface, SourceInterface).

#include "core/sandbox/sales.h"
#include "tests/sandbox/test_sandbox_store_json.h"
#include "tests/sandbox/test_sandbox_store_support.h"

#include <algorithm>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace studio;
using namespace studio::sandbox;

namespace {

/// Schemas of the MSI interfaces the fixture lacks, keyed like components/schemas.
QJsonObject inventorySchemas()
{
    const QByteArray json = JSON({
        "inventory-api-data-source-item-interface" : {
            "type" : "object",
            "properties" : {
                "sku" : {"type" : "string"},
                "source_code" : {"type" : "string"},
                "quantity" : {"type" : "number"},
                "status" : {"type" : "integer"},
                "extension_attributes" : {"type" : "object"}
            }
        },
        "inventory-api-data-source-item-search-results-interface" : {
            "type" : "object",
            "required" : [ "items", "search_criteria", "total_count" ],
            "properties" : {
                "items" :
                    {"type" : "array", "items" : {"$ref" : "#/x-sandbox/inventory-api-data-source-item-interface"}},
                "search_criteria" : {"$ref" : "#/components/schemas/framework-search-criteria-interface"},
                "total_count" : {"type" : "integer"}
            }
        },
        "inventory-api-data-source-carrier-link-interface" : {
            "type" : "object",
            "properties" : {
                "carrier_code" : {"type" : "string"},
                "position" : {"type" : "integer"},
                "extension_attributes" : {"type" : "object"}
            }
        },
        "inventory-api-data-source-interface" : {
            "type" : "object",
            "properties" : {
                "source_code" : {"type" : "string"},
                "name" : {"type" : "string"},
                "email" : {"type" : "string"},
                "contact_name" : {"type" : "string"},
                "enabled" : {"type" : "boolean"},
                "description" : {"type" : "string"},
                "latitude" : {"type" : "number"},
                "longitude" : {"type" : "number"},
                "country_id" : {"type" : "string"},
                "region_id" : {"type" : "integer"},
                "region" : {"type" : "string"},
                "city" : {"type" : "string"},
                "street" : {"type" : "string"},
                "postcode" : {"type" : "string"},
                "phone" : {"type" : "string"},
                "fax" : {"type" : "string"},
                "use_default_carrier_config" : {"type" : "boolean"},
                "carrier_links" : {
                    "type" : "array",
                    "items" : {"$ref" : "#/x-sandbox/inventory-api-data-source-carrier-link-interface"}
                },
                "extension_attributes" : {"type" : "object"}
            }
        },
        "inventory-api-data-source-search-results-interface" : {
            "type" : "object",
            "required" : [ "items", "search_criteria", "total_count" ],
            "properties" : {
                "items" : {"type" : "array", "items" : {"$ref" : "#/x-sandbox/inventory-api-data-source-interface"}},
                "search_criteria" : {"$ref" : "#/components/schemas/framework-search-criteria-interface"},
                "total_count" : {"type" : "integer"}
            }
        }
    });
    return QJsonDocument::fromJson(json).object();
}

/// Response schemas of the routes the fixture lacks: "METHOD path" → schema.
QJsonObject inventoryOperations()
{
    return QJsonObject {{QStringLiteral("post /V1/inventory/source-items"),
                            QJsonObject {{QStringLiteral("type"), QStringLiteral("array")}}},
        {QStringLiteral("get /V1/inventory/source-items"),
            QJsonObject {{QStringLiteral("$ref"),
                QStringLiteral("#/x-sandbox/inventory-api-data-source-item-search-results-interface")}}},
        {QStringLiteral("get /V1/inventory/sources"),
            QJsonObject {{QStringLiteral("$ref"),
                QStringLiteral("#/x-sandbox/inventory-api-data-source-search-results-interface")}}}};
}

/// A validator over OpenAPI 3 components, with Magento's output rules (see the file comment).
class SchemaValidator final
{
public:
    explicit SchemaValidator(QJsonObject root)
        : m_root(std::move(root))
    { }

    QStringList validate(const QJsonValue& value, const QJsonObject& schema) const
    {
        QStringList errors;
        check(value, schema, QStringLiteral("$"), errors, 0);
        return errors;
    }

private:
    QJsonObject resolve(const QString& ref) const
    {
        if (!ref.startsWith(QStringLiteral("#/")))
            return {};
        QJsonValue node = m_root;
        for (const QString& part : ref.mid(2).split(u'/'))
            node = node.toObject().value(part);
        return node.toObject();
    }

    void check(const QJsonValue& value, QJsonObject schema, const QString& path, QStringList& errors, int depth) const
    {
        if (errors.size() > 20 || depth > 40)
            return;
        QString refName;
        while (schema.contains(QStringLiteral("$ref"))) {
            refName = schema.value(QStringLiteral("$ref")).toString();
            const QJsonObject resolved = resolve(refName);
            if (resolved.isEmpty()) {
                errors.append(path + QStringLiteral(": unresolvable $ref ") + refName);
                return;
            }
            schema = resolved;
        }
        const QString type = schema.value(QStringLiteral("type")).toString();
        if (type == u"object" || (type.isEmpty() && schema.contains(QStringLiteral("properties")))) {
            if (!value.isObject()) {
                errors.append(path + QStringLiteral(": expected an object (") + refName + u')');
                return;
            }
            const QJsonObject object = value.toObject();
            const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
            QStringList required;
            for (const QJsonValue& r : schema.value(QStringLiteral("required")).toArray())
                required.append(r.toString());
            for (const QString& name : std::as_const(required)) {
                if (!object.contains(name))
                    errors.append(path + QStringLiteral(": missing required property \"%1\" (%2)").arg(name, refName));
            }
            const QJsonValue additional = schema.value(QStringLiteral("additionalProperties"));
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QString childPath = path + u'.' + it.key();
                if (!properties.contains(it.key())) {
                    // Free-form objects (type object without properties) accept anything.
                    if (properties.isEmpty() && !additional.isBool())
                        continue;
                    if (additional.isObject()) {
                        check(it.value(), additional.toObject(), childPath, errors, depth + 1);
                        continue;
                    }
                    errors.append(childPath + QStringLiteral(": not declared in ")
                        + (refName.isEmpty() ? QStringLiteral("the schema") : refName));
                    continue;
                }
                if (it.value().isNull()) {
                    if (!required.contains(it.key()))
                        errors.append(
                            childPath + QStringLiteral(": null for an optional property (Magento leaves those out)"));
                    continue;
                }
                if (refName.endsWith(QStringLiteral("/framework-attribute-interface")) && it.key() == u"value"
                    && isStringList(it.value()))
                    continue; // PHP mixed: lists of strings for multi-value attributes
                check(it.value(), properties.value(it.key()).toObject(), childPath, errors, depth + 1);
            }
            return;
        }
        if (type == u"array") {
            if (!value.isArray()) {
                errors.append(path + QStringLiteral(": expected an array"));
                return;
            }
            const QJsonObject items = schema.value(QStringLiteral("items")).toObject();
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (array.at(i).isNull())
                    errors.append(path + QStringLiteral("[%1]: null item").arg(i));
                else if (!items.isEmpty())
                    check(array.at(i), items, path + QStringLiteral("[%1]").arg(i), errors, depth + 1);
            }
            return;
        }
        if (type == u"string" && !value.isString())
            errors.append(path + QStringLiteral(": expected a string, got ") + kind(value));
        else if (type == u"integer" && (!value.isDouble() || value.toDouble() != double(qint64(value.toDouble()))))
            errors.append(path + QStringLiteral(": expected an integer, got ") + kind(value));
        else if (type == u"number" && !value.isDouble())
            errors.append(path + QStringLiteral(": expected a number, got ") + kind(value));
        else if (type == u"boolean" && !value.isBool())
            errors.append(path + QStringLiteral(": expected a boolean, got ") + kind(value));
    }

    static bool isStringList(const QJsonValue& value)
    {
        if (!value.isArray())
            return false;
        for (const QJsonValue& item : value.toArray()) {
            if (!item.isString())
                return false;
        }
        return true;
    }

    static QString kind(const QJsonValue& value)
    {
        return QString::fromUtf8(value.isObject()
                ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact).left(60)
                : value.isArray() ? QByteArray("an array")
                                  : QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact));
    }

    QJsonObject m_root;
};

/// One representative request per route.
struct Sample
{
    QByteArray method;
    QString pattern;
    QString url;
    QJsonObject body;
    QString store = QStringLiteral("default");
    /// For "self" routes: the customer whose token makes the call (0: an admin's).
    int customerId = 0;
};

} // namespace

class TestSandboxFidelity final : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_fixture;
    std::unique_ptr<test::StoreHarness> m_harness;

    QList<Sample> samples(int processingOrder) const
    {
        const QJsonObject newCustomer {{QStringLiteral("customer"),
            QJsonObject {{QStringLiteral("email"), QStringLiteral("fidelity@example.com")},
                {QStringLiteral("firstname"), QStringLiteral("Fi")},
                {QStringLiteral("lastname"), QStringLiteral("Delity")},
                {QStringLiteral("addresses"),
                    QJsonArray {QJsonObject {{QStringLiteral("firstname"), QStringLiteral("Fi")},
                        {QStringLiteral("lastname"), QStringLiteral("Delity")},
                        {QStringLiteral("street"), QJsonArray {QStringLiteral("Zeil 1")}},
                        {QStringLiteral("city"), QStringLiteral("Frankfurt")},
                        {QStringLiteral("postcode"), QStringLiteral("60311")},
                        {QStringLiteral("country_id"), QStringLiteral("DE")}, {QStringLiteral("region_id"), 85},
                        {QStringLiteral("telephone"), QStringLiteral("+49 69 1")},
                        {QStringLiteral("default_billing"), true}}}}}}};
        const QJsonObject track {{QStringLiteral("tracks"),
            QJsonArray {QJsonObject {{QStringLiteral("track_number"), QStringLiteral("1Z999")},
                {QStringLiteral("title"), QStringLiteral("UPS")},
                {QStringLiteral("carrier_code"), QStringLiteral("ups")}}}}};
        return {
            {"GET", QStringLiteral("/V1/products"), QStringLiteral("/V1/products?searchCriteria[pageSize]=300"), {}},
            {"GET", QStringLiteral("/V1/products/:sku"), QStringLiteral("/V1/products/TRAIL%2FPOLE-PAIR"), {}},
            {"POST", QStringLiteral("/V1/products"), QStringLiteral("/V1/products"),
                QJsonObject {{QStringLiteral("product"),
                    QJsonObject {{QStringLiteral("sku"), QStringLiteral("FID-1")},
                        {QStringLiteral("name"), QStringLiteral("Fidelity")}, {QStringLiteral("price"), 1}}}}},
            {"PUT", QStringLiteral("/V1/products/:sku"), QStringLiteral("/V1/products/FID-1"),
                QJsonObject {{QStringLiteral("product"),
                    QJsonObject {{QStringLiteral("price"), 2},
                        {QStringLiteral("custom_attributes"),
                            QJsonArray {
                                QJsonObject {{QStringLiteral("attribute_code"), QStringLiteral("special_price")},
                                    {QStringLiteral("value"), QStringLiteral("1.5")}}}}}}},
                QStringLiteral("all")},
            {"DELETE", QStringLiteral("/V1/products/:sku"), QStringLiteral("/V1/products/FID-1"), {}},
            {"GET", QStringLiteral("/V1/products/types"), QStringLiteral("/V1/products/types"), {}},
            {"GET", QStringLiteral("/V1/products/attributes"),
                QStringLiteral("/V1/products/attributes?searchCriteria="), {}},
            {"GET", QStringLiteral("/V1/products/attributes/:attributeCode"),
                QStringLiteral("/V1/products/attributes/color"), {}},
            {"GET", QStringLiteral("/V1/products/attributes/:attributeCode/options"),
                QStringLiteral("/V1/products/attributes/material/options"), {}},
            {"GET", QStringLiteral("/V1/products/attribute-sets/sets/list"),
                QStringLiteral("/V1/products/attribute-sets/sets/list?searchCriteria="), {}},
            {"GET", QStringLiteral("/V1/stockItems/:productSku"), QStringLiteral("/V1/stockItems/SKU-0000001"), {}},
            {"GET", QStringLiteral("/V1/stockStatuses/:productSku"), QStringLiteral("/V1/stockStatuses/SKU-0000001"),
                {}},
            {"PUT", QStringLiteral("/V1/products/:productSku/stockItems/:itemId"),
                QStringLiteral("/V1/products/SKU-0000001/stockItems/1"),
                QJsonObject {{QStringLiteral("stockItem"), QJsonObject {{QStringLiteral("qty"), 3}}}}},
            {"POST", QStringLiteral("/V1/inventory/source-items"), QStringLiteral("/V1/inventory/source-items"),
                QJsonObject {{QStringLiteral("sourceItems"),
                    QJsonArray {QJsonObject {{QStringLiteral("sku"), QStringLiteral("SKU-0000002")},
                        {QStringLiteral("source_code"), QStringLiteral("eu_warehouse")},
                        {QStringLiteral("quantity"), 4}, {QStringLiteral("status"), 1}}}}}},
            {"GET", QStringLiteral("/V1/inventory/source-items"),
                QStringLiteral("/V1/inventory/source-items?searchCriteria[pageSize]=50"), {}},
            {"GET", QStringLiteral("/V1/inventory/sources"), QStringLiteral("/V1/inventory/sources"), {}},
            {"GET", QStringLiteral("/V1/categories"), QStringLiteral("/V1/categories"), {}},
            {"GET", QStringLiteral("/V1/categories/list"), QStringLiteral("/V1/categories/list?searchCriteria="), {}},
            {"GET", QStringLiteral("/V1/categories/:categoryId"), QStringLiteral("/V1/categories/3"), {}},
            {"GET", QStringLiteral("/V1/customers/search"), QStringLiteral("/V1/customers/search?searchCriteria="), {}},
            {"GET", QStringLiteral("/V1/customers/:customerId"), QStringLiteral("/V1/customers/1"), {}},
            {"POST", QStringLiteral("/V1/customers"), QStringLiteral("/V1/customers"), newCustomer},
            {"PUT", QStringLiteral("/V1/customers/:customerId"), QStringLiteral("/V1/customers/2"),
                QJsonObject {{QStringLiteral("customer"),
                    QJsonObject {{QStringLiteral("email"), QStringLiteral("second@example.com")},
                        {QStringLiteral("firstname"), QStringLiteral("Se")},
                        {QStringLiteral("lastname"), QStringLiteral("Cond")}}}}},
            {"GET", QStringLiteral("/V1/customers/me"), QStringLiteral("/V1/customers/me"), {},
                QStringLiteral("default"), 1},
            {"PUT", QStringLiteral("/V1/customers/me"), QStringLiteral("/V1/customers/me"),
                QJsonObject {{QStringLiteral("customer"),
                    QJsonObject {{QStringLiteral("email"), QStringLiteral("emma.schneider@example.com")},
                        {QStringLiteral("firstname"), QStringLiteral("Emma")},
                        {QStringLiteral("lastname"), QStringLiteral("Schneider")}, {QStringLiteral("gender"), 2}}}},
                QStringLiteral("de"), 1},
            {"GET", QStringLiteral("/V1/customers/me/billingAddress"),
                QStringLiteral("/V1/customers/me/billingAddress"), {}, QStringLiteral("default"), 1},
            {"GET", QStringLiteral("/V1/customers/me/shippingAddress"),
                QStringLiteral("/V1/customers/me/shippingAddress"), {}, QStringLiteral("default"), 1},
            {"GET", QStringLiteral("/V1/orders"), QStringLiteral("/V1/orders?searchCriteria="), {}},
            {"GET", QStringLiteral("/V1/orders/:id"), QStringLiteral("/V1/orders/%1").arg(processingOrder), {}},
            {"POST", QStringLiteral("/V1/order/:orderId/ship"),
                QStringLiteral("/V1/order/%1/ship").arg(processingOrder), track},
            {"GET", QStringLiteral("/V1/store/storeViews"), QStringLiteral("/V1/store/storeViews"), {}},
            {"GET", QStringLiteral("/V1/store/storeGroups"), QStringLiteral("/V1/store/storeGroups"), {}},
            {"GET", QStringLiteral("/V1/store/websites"), QStringLiteral("/V1/store/websites"), {}},
            {"GET", QStringLiteral("/V1/store/storeConfigs"), QStringLiteral("/V1/store/storeConfigs"), {}},
        };
    }

    /// The 200 schema of an operation (from the fixture, or the MSI stand-ins).
    QJsonObject responseSchema(const QByteArray& method, const QString& schemaPath) const
    {
        const QString key = QString::fromLatin1(method).toLower() + u' ' + schemaPath;
        if (inventoryOperations().contains(key))
            return inventoryOperations().value(key).toObject();
        return m_fixture.value(QStringLiteral("paths"))
            .toObject()
            .value(schemaPath)
            .toObject()
            .value(QString::fromLatin1(method).toLower())
            .toObject()
            .value(QStringLiteral("responses"))
            .toObject()
            .value(QStringLiteral("200"))
            .toObject()
            .value(QStringLiteral("content"))
            .toObject()
            .value(QStringLiteral("application/json"))
            .toObject()
            .value(QStringLiteral("schema"))
            .toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = test::sharedPath(QStringLiteral("fixtures/magento-2.4.5-admin-openapi.json"));
        if (path.isEmpty()) {
            if (test::inCi())
                QFAIL("The Magento 2.4.5 schema fixture (../shared/fixtures/magento-2.4.5-admin-openapi.json) is "
                      "missing in CI.");
            QSKIP("The Magento 2.4.5 schema fixture (../shared/fixtures/magento-2.4.5-admin-openapi.json) is not here; "
                  "the fidelity checks need it.");
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_fixture = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(m_fixture.contains(QStringLiteral("paths")));
        m_fixture.insert(QStringLiteral("x-sandbox"), inventorySchemas());
        m_harness = std::make_unique<test::StoreHarness>();
        QVERIFY2(m_harness->ok(), qPrintable(m_harness->error()));
    }

    void cleanupTestCase() { m_harness.reset(); }

    void everyRouteIsInTheSchema()
    {
        const QJsonObject paths = m_fixture.value(QStringLiteral("paths")).toObject();
        int inFixture = 0;
        for (const ApiRoute& route : m_harness->router().routes()) {
            const QString key = QString::fromLatin1(route.method).toLower() + u' ' + route.schemaPath;
            if (inventoryOperations().contains(key)) {
                // Not installed in the fixture's store; it must then really be absent there.
                QVERIFY2(!paths.contains(route.schemaPath), qPrintable(key));
                continue;
            }
            QVERIFY2(paths.contains(route.schemaPath), qPrintable(QStringLiteral("not in the 2.4.5 schema: ") + key));
            QVERIFY2(paths.value(route.schemaPath).toObject().contains(QString::fromLatin1(route.method).toLower()),
                qPrintable(QStringLiteral("method not in the 2.4.5 schema: ") + key));
            QVERIFY2(!responseSchema(route.method, route.schemaPath).isEmpty(),
                qPrintable(QStringLiteral("no 200 schema: ") + key));
            // The route's pattern is the schema path with :params.
            QString pattern = route.schemaPath;
            pattern.replace(QRegularExpression(QStringLiteral("\\{(\\w+)\\}")), QStringLiteral(":\\1"));
            QCOMPARE(route.pattern, pattern);
            ++inFixture;
        }
        QVERIFY(inFixture >= 25);
    }

    void answersMatchTheSchema()
    {
        // A processing order with items left to ship, for the ship route.
        int processing = 0;
        for (int id = 1; id <= 500 && processing == 0; ++id) {
            const QJsonObject o = m_harness->store().sales().orderJson(id);
            if (o.value(QStringLiteral("state")).toString() != u"processing")
                continue;
            for (const QJsonValue& i : o.value(QStringLiteral("items")).toArray())
                processing = i.toObject().value(QStringLiteral("qty_shipped")).toDouble() == 0 ? id : processing;
        }
        QVERIFY(processing > 0);
        const QList<Sample> all = samples(processing);
        SchemaValidator validator(m_fixture);
        for (const ApiRoute& route : m_harness->router().routes()) {
            const auto sample = std::find_if(all.begin(), all.end(),
                [&](const Sample& s) { return s.method == route.method && s.pattern == route.pattern; });
            QVERIFY2(sample != all.end(),
                qPrintable(QStringLiteral("no sample request for %1 %2")
                               .arg(QString::fromLatin1(route.method), route.pattern)));
        }
        for (const Sample& s : all) {
            if (s.customerId > 0)
                m_harness->asCustomer(s.customerId);
            else
                m_harness->asAdmin();
            const ApiResponse r
                = m_harness->call(s.method, s.url, s.body.isEmpty() ? QJsonValue() : QJsonValue(s.body), s.store);
            QVERIFY2(r.status == 200,
                qPrintable(QString::fromLatin1(s.method) + u' ' + s.url + u' ' + QString::fromUtf8(test::describe(r))));
            const auto match = m_harness->router().match(s.method, s.url.section(u'?', 0, 0));
            QVERIFY(match);
            const QJsonObject schema = responseSchema(s.method, match->route->schemaPath);
            const QStringList errors = validator.validate(r.body, schema);
            QVERIFY2(errors.isEmpty(),
                qPrintable(QString::fromLatin1(s.method) + u' ' + s.url + QStringLiteral(":\n  ")
                    + errors.join(QStringLiteral("\n  "))));
        }
    }

    void validatorCatchesMistakes()
    {
        SchemaValidator validator(m_fixture);
        const QJsonObject productSchema {
            {QStringLiteral("$ref"), QStringLiteral("#/components/schemas/catalog-data-product-interface")}};
        QVERIFY(
            validator.validate(QJsonObject {{QStringLiteral("sku"), QStringLiteral("A")}}, productSchema).isEmpty());
        QCOMPARE(validator.validate(QJsonObject {{QStringLiteral("name"), QStringLiteral("A")}}, productSchema).size(),
            1); // no sku
        QCOMPARE(validator.validate(QJsonObject {{QStringLiteral("sku"), 1}}, productSchema).size(), 1);
        QCOMPARE(
            validator
                .validate(QJsonObject {{QStringLiteral("sku"), QStringLiteral("A")}, {QStringLiteral("colour"), 1}},
                    productSchema)
                .size(),
            1);
        QCOMPARE(validator
                     .validate(QJsonObject {{QStringLiteral("sku"), QStringLiteral("A")},
                                   {QStringLiteral("price"), QJsonValue()}},
                         productSchema)
                     .size(),
            1);
        QCOMPARE(
            validator
                .validate(QJsonObject {{QStringLiteral("sku"), QStringLiteral("A")}, {QStringLiteral("status"), 1.5}},
                    productSchema)
                .size(),
            1);
        QCOMPARE(
            validator
                .validate(
                    QJsonObject {{QStringLiteral("sku"), QStringLiteral("A")},
                        {QStringLiteral("custom_attributes"),
                            QJsonArray {QJsonObject {{QStringLiteral("attribute_code"), QStringLiteral("category_ids")},
                                {QStringLiteral("value"), QJsonArray {QStringLiteral("3")}}}}}},
                    productSchema)
                .size(),
            0);
        QCOMPARE(
            validator
                .validate(QJsonObject {{QStringLiteral("sku"), QStringLiteral("A")},
                              {QStringLiteral("custom_attributes"),
                                  QJsonArray {QJsonObject {{QStringLiteral("attribute_code"), QStringLiteral("x")}}}}},
                    productSchema)
                .size(),
            1); // value is required
    }
};

QTEST_GUILESS_MAIN(TestSandboxFidelity)
#include "test_sandbox_fidelity.moc"
