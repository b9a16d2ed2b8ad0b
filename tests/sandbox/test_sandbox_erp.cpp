// The demo back office (ErpBackOffice): API-key auth, paging, item updates, idempotent order import and
// shipments that appear on the sandbox clock.

#include "core/common/clock.h"
#include "core/sandbox/erp.h"
#include "core/sandbox/seed.h"
#include "tests/sandbox/test_sandbox_store_json.h"
#include "tests/sandbox/test_sandbox_store_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QTest>

using namespace studio;
using namespace studio::sandbox;

namespace {

QByteArray compact(const QJsonValue& v)
{
    return v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                        : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
}

QByteArray header(const ApiResponse& r, const QByteArray& name)
{
    for (const auto& [key, value] : r.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

QJsonObject importBody(const QString& externalNo, const QString& itemCode, int qty)
{
    return QJsonObject {{QStringLiteral("ExternalOrderNo"), externalNo}, {QStringLiteral("ExternalOrderId"), 42},
        {QStringLiteral("OrderDate"), QStringLiteral("2026-01-01T11:00:00Z")},
        {QStringLiteral("Customer"),
            QJsonObject {{QStringLiteral("Email"), QStringLiteral("emma.schneider@example.com")},
                {QStringLiteral("Name"), QStringLiteral("Emma Schneider")}}},
        {QStringLiteral("ShipTo"),
            QJsonObject {{QStringLiteral("Name"), QStringLiteral("Emma Schneider")},
                {QStringLiteral("Street"), QStringLiteral("Friedrichstraße 1")},
                {QStringLiteral("City"), QStringLiteral("Berlin")},
                {QStringLiteral("PostalCode"), QStringLiteral("10117")},
                {QStringLiteral("Country"), QStringLiteral("DE")}}},
        {QStringLiteral("Lines"),
            QJsonArray {QJsonObject {{QStringLiteral("ItemCode"), itemCode}, {QStringLiteral("Qty"), qty},
                {QStringLiteral("UnitPrice"), QStringLiteral("12.50")}, {QStringLiteral("ExternalLineId"), 7}}}}};
}

/// An ERP on its own database file, with a manual clock.
class ErpHarness final
{
public:
    explicit ErpHarness(const QString& seed = QStringLiteral("demo"))
        : m_connection(QStringLiteral("erp-test-%1").arg(++s_counter))
    {
        ok = test::openSqlite(m_connection, m_dir.filePath(QStringLiteral("erp.db")));
        m_context.connectionName = m_connection;
        m_context.clock = &clock;
        erp = std::make_unique<ErpBackOffice>(m_context);
        ok = ok && erp->initialize(seed).ok();
        key = erp->apiKey().toLatin1();
    }
    ~ErpHarness()
    {
        erp.reset();
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
    Q_DISABLE_COPY_MOVE(ErpHarness)

    ApiResponse call(const QByteArray& method, const QString& url, const QJsonObject& body = {})
    {
        const qsizetype q = url.indexOf(u'?');
        return erp->handle(method, q < 0 ? url : url.left(q), QUrlQuery(q < 0 ? QString() : url.mid(q + 1)),
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact), key);
    }
    bool reopen()
    {
        erp = std::make_unique<ErpBackOffice>(m_context);
        return erp->initialize(QStringLiteral("empty")).ok();
    }

    bool ok = false;
    ManualClock clock;
    std::unique_ptr<ErpBackOffice> erp;
    QByteArray key;

private:
    static inline int s_counter = 0;
    test::KeptTemporaryDir m_dir;
    QString m_connection;
    SandboxContext m_context;
};

} // namespace

class TestSandboxErp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apiKeyAuth()
    {
        ErpHarness h;
        QVERIFY(h.ok);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(QString::fromLatin1(h.key)).hasMatch());
        ApiResponse r = h.erp->handle("GET", QStringLiteral("/api/v1/items"), QUrlQuery(), QByteArray(), QByteArray());
        QCOMPARE(r.status, 401);
        QCOMPARE(compact(r.body),
            QByteArray(JSON({"error" : {"code" : "unauthorized", "message" : "Missing X-Api-Key header."}})));
        QCOMPARE(header(r, "WWW-Authenticate"), QByteArray("ApiKey header=\"X-Api-Key\""));
        r = h.erp->handle("GET", QStringLiteral("/api/v1/items"), QUrlQuery(), QByteArray(), QByteArray(32, 'a'));
        QCOMPARE(
            compact(r.body), QByteArray(JSON({"error" : {"code" : "unauthorized", "message" : "Invalid API key."}})));
        r = h.erp->handle("GET", QStringLiteral("/api/v1/nothing"), QUrlQuery(), QByteArray(), "short");
        QCOMPARE(r.status, 401); // auth comes before routing
        QCOMPARE(h.call("GET", QStringLiteral("/api/v1/items")).status, 200);
        // The key belongs to the database: it survives a restart and a reset.
        const QByteArray key = h.key;
        QVERIFY(h.reopen());
        QVERIFY(h.erp->apiKey().toLatin1() == key); // no QCOMPARE: keys stay out of test output
        QVERIFY(h.erp->resetToSeed(QStringLiteral("empty")));
        QVERIFY(h.erp->apiKey().toLatin1() == key); // no QCOMPARE: keys stay out of test output
        QVERIFY(!h.erp->resetToSeed(QStringLiteral("large")));
        // Two databases, two keys.
        ErpHarness other;
        QVERIFY(other.key != key);
    }

    void itemsArePagedAndLookLikeAnErpExport()
    {
        ErpHarness h;
        ApiResponse r = h.call("GET", QStringLiteral("/api/v1/items"));
        QCOMPARE(r.status, 200);
        QJsonObject body = r.body.toObject();
        QCOMPARE(body.value(QStringLiteral("data")).toArray().size(), 50);
        QCOMPARE(compact(body.value(QStringLiteral("meta"))),
            QByteArray(JSON({"limit" : 50, "page" : 1, "pages" : 44, "total" : 2200})));
        QCOMPARE(body.value(QStringLiteral("links")).toObject().value(QStringLiteral("next")).toString(),
            QStringLiteral("/api/v1/items?page=2&limit=50"));
        QVERIFY(body.value(QStringLiteral("links")).toObject().value(QStringLiteral("prev")).isNull());

        const QJsonObject first = body.value(QStringLiteral("data")).toArray().at(0).toObject();
        const DemoProductSpec spec = demoProductSpec(1);
        QCOMPARE(first.value(QStringLiteral("ItemCode")).toString(), QStringLiteral("  SKU-0000001 "));
        QCOMPARE(first.value(QStringLiteral("Description")).toString(), spec.name);
        QCOMPARE(first.value(QStringLiteral("Currency")).toString(), QStringLiteral("EUR"));
        QCOMPARE(first.value(QStringLiteral("Color")).toString(), spec.colorName);
        QCOMPARE(first.value(QStringLiteral("Category")).toString(), spec.erpCategory);
        QCOMPARE(first.value(QStringLiteral("Ean")).toString(), spec.ean);
        QVERIFY(first.value(QStringLiteral("OnHand")).isDouble());
        QVERIFY(first.value(QStringLiteral("WeightKg")).isString());
        QVERIFY(QDateTime::fromString(first.value(QStringLiteral("UpdatedAt")).toString(), Qt::ISODate).isValid());

        // Walk every page by its next link: every item exactly once, in the style the mapping benchmark expects.
        QSet<QString> codes;
        int priceDiffers = 0;
        QString next = QStringLiteral("/api/v1/items?limit=200");
        const QRegularExpression price(QStringLiteral("^\\d+\\.\\d{2}$"));
        const QStringList colours {QStringLiteral("red"), QStringLiteral("blue"), QStringLiteral("green"),
            QStringLiteral("black"), QStringLiteral("white")};
        int pages = 0;
        while (!next.isEmpty()) {
            r = h.call("GET", next);
            QCOMPARE(r.status, 200);
            ++pages;
            for (const QJsonValue& v : r.body.toObject().value(QStringLiteral("data")).toArray()) {
                const QJsonObject item = v.toObject();
                const QString code = item.value(QStringLiteral("ItemCode")).toString().trimmed();
                QVERIFY(!codes.contains(code));
                codes.insert(code);
                QVERIFY2(price.match(item.value(QStringLiteral("ListPrice")).toString()).hasMatch(), qPrintable(code));
                QVERIFY(QStringList({QStringLiteral("A"), QStringLiteral("I"), QStringLiteral("D")})
                            .contains(item.value(QStringLiteral("Status")).toString()));
                QVERIFY(colours.contains(item.value(QStringLiteral("Color")).toString()));
                QVERIFY(QStringList({QStringLiteral("10"), QStringLiteral("20"), QStringLiteral("30")})
                            .contains(item.value(QStringLiteral("Category")).toString()));
                const int index = code.mid(4).toInt();
                if (index <= kDemoProductCount) {
                    const DemoProductSpec s = demoProductSpec(index);
                    QCOMPARE(code, s.sku);
                    priceDiffers
                        += item.value(QStringLiteral("ListPrice")).toString() != QString::number(s.price, 'f', 2) ? 1
                                                                                                                  : 0;
                }
            }
            next = r.body.toObject().value(QStringLiteral("links")).toObject().value(QStringLiteral("next")).toString();
        }
        QCOMPARE(pages, 11);
        QCOMPARE(codes.size(), 2200);
        QVERIFY(codes.contains(QStringLiteral("SKU-0002200")));
        // The ERP is ahead of the store for some prices, so a sync has work to do.
        QVERIFY2(priceDiffers > 100 && priceDiffers < 400, qPrintable(QString::number(priceDiffers)));

        // Beyond the last page: no data, no next link.
        r = h.call("GET", QStringLiteral("/api/v1/items?page=45"));
        QVERIFY(r.body.toObject().value(QStringLiteral("data")).toArray().isEmpty());
        QVERIFY(r.body.toObject().value(QStringLiteral("links")).toObject().value(QStringLiteral("next")).isNull());
    }

    void badPaging_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("parameter");
        QTest::newRow("limit too big") << QStringLiteral("/api/v1/items?limit=201") << QStringLiteral("limit");
        QTest::newRow("limit zero") << QStringLiteral("/api/v1/items?limit=0") << QStringLiteral("limit");
        QTest::newRow("limit text") << QStringLiteral("/api/v1/customers?limit=ten") << QStringLiteral("limit");
        QTest::newRow("page zero") << QStringLiteral("/api/v1/orders?page=0") << QStringLiteral("page");
        QTest::newRow("page text") << QStringLiteral("/api/v1/shipments?page=x") << QStringLiteral("page");
        QTest::newRow("status") << QStringLiteral("/api/v1/items?status=Z") << QStringLiteral("status");
        QTest::newRow("updated_since") << QStringLiteral("/api/v1/items?updated_since=yesterday")
                                       << QStringLiteral("updated_since");
        QTest::newRow("since") << QStringLiteral("/api/v1/shipments?since=soon") << QStringLiteral("since");
    }

    void badPaging()
    {
        QFETCH(QString, url);
        QFETCH(QString, parameter);
        ErpHarness h;
        const ApiResponse r = h.call("GET", url);
        QCOMPARE(r.status, 400);
        const QJsonObject error = r.body.toObject().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("invalid_parameter"));
        QCOMPARE(error.value(QStringLiteral("parameter")).toString(), parameter);
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    }

    void itemFilters()
    {
        ErpHarness h;
        ApiResponse r = h.call("GET", QStringLiteral("/api/v1/items?status=D&limit=200"));
        const int discontinued
            = r.body.toObject().value(QStringLiteral("meta")).toObject().value(QStringLiteral("total")).toInt();
        QVERIFY(discontinued > 0);
        for (const QJsonValue& v : r.body.toObject().value(QStringLiteral("data")).toArray())
            QCOMPARE(v.toObject().value(QStringLiteral("Status")).toString(), QStringLiteral("D"));
        QCOMPARE(r.body.toObject().value(QStringLiteral("links")).toObject().value(QStringLiteral("self")).toString(),
            QStringLiteral("/api/v1/items?status=D&page=1&limit=200"));
        r = h.call("GET", QStringLiteral("/api/v1/items?updated_since=2025-12-01T00:00:00Z&limit=200"));
        const int changed
            = r.body.toObject().value(QStringLiteral("meta")).toObject().value(QStringLiteral("total")).toInt();
        QVERIFY(changed > 200 && changed < 1500);
        for (const QJsonValue& v : r.body.toObject().value(QStringLiteral("data")).toArray())
            QVERIFY(
                v.toObject().value(QStringLiteral("UpdatedAt")).toString() > QStringLiteral("2025-12-01T00:00:00Z"));
    }

    void itemReadsAndUpdates()
    {
        ErpHarness h;
        h.clock.setNow(QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6), Qt::UTC));
        ApiResponse r = h.call("GET", QStringLiteral("/api/v1/items/SKU-0000003"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.toObject().value(QStringLiteral("ItemCode")).toString(), QStringLiteral("  SKU-0000003 "));
        QCOMPARE(h.call("GET", QStringLiteral("/api/v1/items/sku-0000003")).status, 200);
        r = h.call("GET", QStringLiteral("/api/v1/items/NOPE-1"));
        QCOMPARE(compact(r.body),
            QByteArray(JSON({"error" : {"code" : "not_found", "message" : "No item with code NOPE-1."}})));

        r = h.call("PATCH", QStringLiteral("/api/v1/items/SKU-0000003"), QJsonObject {{QStringLiteral("OnHand"), 5}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.toObject().value(QStringLiteral("OnHand")).toInt(), 5);
        QCOMPARE(
            r.body.toObject().value(QStringLiteral("UpdatedAt")).toString(), QStringLiteral("2026-02-03T04:05:06Z"));
        r = h.call(
            "PATCH", QStringLiteral("/api/v1/items/SKU-0000003"), QJsonObject {{QStringLiteral("ListPrice"), 12.3}});
        QCOMPARE(r.body.toObject().value(QStringLiteral("ListPrice")).toString(), QStringLiteral("12.30"));
        QCOMPARE(h.call("GET", QStringLiteral("/api/v1/items/SKU-0000003"))
                     .body.toObject()
                     .value(QStringLiteral("OnHand"))
                     .toInt(),
            5);

        r = h.call("PATCH", QStringLiteral("/api/v1/items/SKU-0000003"),
            QJsonObject {{QStringLiteral("ListPrice"), QStringLiteral("cheap")}, {QStringLiteral("OnHand"), -1},
                {QStringLiteral("Colour"), QStringLiteral("red")}});
        QCOMPARE(r.status, 422);
        const QJsonObject fields
            = r.body.toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("fields")).toObject();
        QCOMPARE(fields.keys(),
            (QStringList {QStringLiteral("Colour"), QStringLiteral("ListPrice"), QStringLiteral("OnHand")}));
        r = h.call("PUT", QStringLiteral("/api/v1/items/SKU-0000003"), QJsonObject {{QStringLiteral("OnHand"), 1}});
        QCOMPARE(r.status, 422);
        QVERIFY(r.body.toObject()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("fields"))
                    .toObject()
                    .contains(QStringLiteral("Status")));
        r = h.call("PUT", QStringLiteral("/api/v1/items/SKU-0000003"),
            QJsonObject {{QStringLiteral("OnHand"), 1}, {QStringLiteral("ListPrice"), QStringLiteral("9.99")},
                {QStringLiteral("Status"), QStringLiteral("I")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.toObject().value(QStringLiteral("Status")).toString(), QStringLiteral("I"));
        QCOMPARE(
            h.erp->handle("PATCH", QStringLiteral("/api/v1/items/SKU-0000003"), QUrlQuery(), "[1]", h.key).status, 400);
        QCOMPARE(
            h.call("PATCH", QStringLiteral("/api/v1/items/NOPE"), QJsonObject {{QStringLiteral("OnHand"), 1}}).status,
            404);
    }

    void customersArePaged()
    {
        ErpHarness h;
        const ApiResponse r = h.call("GET", QStringLiteral("/api/v1/customers?limit=100&page=4"));
        QCOMPARE(r.status, 200);
        const QJsonObject body = r.body.toObject();
        QCOMPARE(body.value(QStringLiteral("meta")).toObject().value(QStringLiteral("total")).toInt(),
            kDemoCustomerCount + 40);
        QCOMPARE(body.value(QStringLiteral("data")).toArray().size(), 40);
        QVERIFY(body.value(QStringLiteral("links")).toObject().value(QStringLiteral("next")).isNull());
        QCOMPARE(body.value(QStringLiteral("links")).toObject().value(QStringLiteral("prev")).toString(),
            QStringLiteral("/api/v1/customers?page=3&limit=100"));
        const QJsonObject first = h.call("GET", QStringLiteral("/api/v1/customers?limit=1"))
                                      .body.toObject()
                                      .value(QStringLiteral("data"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(first.value(QStringLiteral("CustomerNo")).toString(), QStringLiteral("C10001"));
        QCOMPARE(first.value(QStringLiteral("Email")).toString(), demoCustomerLogin().email);
    }

    void orderImportIsIdempotent()
    {
        ErpHarness h;
        const int onHand = h.call("GET", QStringLiteral("/api/v1/items/SKU-0000011"))
                               .body.toObject()
                               .value(QStringLiteral("OnHand"))
                               .toInt();
        ApiResponse r = h.call("POST", QStringLiteral("/api/v1/orders"),
            importBody(QStringLiteral("000000123"), QStringLiteral("SKU-0000011"), 1));
        QCOMPARE(r.status, 201);
        QCOMPARE(header(r, "Location"), QByteArray("/api/v1/orders/SO-100001"));
        const QJsonObject order = r.body.toObject();
        QCOMPARE(order.value(QStringLiteral("OrderNo")).toString(), QStringLiteral("SO-100001"));
        QCOMPARE(order.value(QStringLiteral("Status")).toString(), QStringLiteral("open"));
        QCOMPARE(order.value(QStringLiteral("Total")).toString(), QStringLiteral("12.50"));
        QCOMPARE(order.value(QStringLiteral("ExternalOrderId")).toInt(), 42);
        // Stock is reserved.
        QCOMPARE(h.call("GET", QStringLiteral("/api/v1/items/SKU-0000011"))
                     .body.toObject()
                     .value(QStringLiteral("OnHand"))
                     .toInt(),
            std::max(0, onHand - 1));

        // The same payload again: 200 with the stored order, nothing imported twice.
        r = h.call("POST", QStringLiteral("/api/v1/orders"),
            importBody(QStringLiteral("000000123"), QStringLiteral("SKU-0000011"), 1));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QJsonValue(order));
        QCOMPARE(header(r, "X-Idempotent-Replay"), QByteArray("true"));
        QCOMPARE(h.call("GET", QStringLiteral("/api/v1/items/SKU-0000011"))
                     .body.toObject()
                     .value(QStringLiteral("OnHand"))
                     .toInt(),
            std::max(0, onHand - 1));
        // The same number with other content: 409.
        r = h.call("POST", QStringLiteral("/api/v1/orders"),
            importBody(QStringLiteral("000000123"), QStringLiteral("SKU-0000011"), 2));
        QCOMPARE(r.status, 409);
        QCOMPARE(
            r.body.toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("orderNo")).toString(),
            QStringLiteral("SO-100001"));
        // A new number is a new order.
        r = h.call("POST", QStringLiteral("/api/v1/orders"),
            importBody(QStringLiteral("000000124"), QStringLiteral(" sku-0000012 "), 2));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.body.toObject().value(QStringLiteral("OrderNo")).toString(), QStringLiteral("SO-100002"));
        r = h.call("GET", QStringLiteral("/api/v1/orders"));
        QCOMPARE(r.body.toObject().value(QStringLiteral("meta")).toObject().value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(h.call("GET", QStringLiteral("/api/v1/orders/SO-100002"))
                     .body.toObject()
                     .value(QStringLiteral("ExternalOrderNo"))
                     .toString(),
            QStringLiteral("000000124"));
        QCOMPARE(h.call("GET", QStringLiteral("/api/v1/orders/SO-999")).status, 404);
        QCOMPARE(h.call("GET", QStringLiteral("/api/v1/orders?since=2026-01-01T12:00:00Z"))
                     .body.toObject()
                     .value(QStringLiteral("data"))
                     .toArray()
                     .size(),
            0);
        QCOMPARE(h.call("GET", QStringLiteral("/api/v1/orders?since=2026-01-01T11:59:59Z"))
                     .body.toObject()
                     .value(QStringLiteral("data"))
                     .toArray()
                     .size(),
            2);
        // Orders survive a restart, and so does idempotency.
        QVERIFY(h.reopen());
        QCOMPARE(h.call("POST", QStringLiteral("/api/v1/orders"),
                      importBody(QStringLiteral("000000123"), QStringLiteral("SKU-0000011"), 1))
                     .status,
            200);
    }

    void orderValidation()
    {
        ErpHarness h;
        QJsonObject body = importBody(QString(), QStringLiteral("NOPE-9"), 0);
        body.insert(QStringLiteral("ShipTo"), QJsonObject {{QStringLiteral("Country"), QStringLiteral("Germany")}});
        ApiResponse r = h.call("POST", QStringLiteral("/api/v1/orders"), body);
        QCOMPARE(r.status, 422);
        const QJsonObject fields
            = r.body.toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("fields")).toObject();
        QCOMPARE(fields.keys(),
            (QStringList {QStringLiteral("ExternalOrderNo"), QStringLiteral("Lines[0].ItemCode"),
                QStringLiteral("Lines[0].Qty"), QStringLiteral("ShipTo.Country")}));
        r = h.call("POST", QStringLiteral("/api/v1/orders"),
            QJsonObject {{QStringLiteral("ExternalOrderNo"), QStringLiteral("1")}});
        QVERIFY(r.body.toObject()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("fields"))
                    .toObject()
                    .contains(QStringLiteral("Lines")));
        r = h.erp->handle("POST", QStringLiteral("/api/v1/orders"), QUrlQuery(), "{oops", h.key);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body.toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("invalid_json"));
        QCOMPARE(h.call("GET", QStringLiteral("/api/v1/orders"))
                     .body.toObject()
                     .value(QStringLiteral("meta"))
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toInt(),
            0);
    }

    void shipmentsAppearOnTheClock()
    {
        ErpHarness h;
        QCOMPARE(h.call("POST", QStringLiteral("/api/v1/orders"),
                      importBody(QStringLiteral("000000200"), QStringLiteral("SKU-0000020"), 2))
                     .status,
            201);
        ApiResponse r = h.call("GET", QStringLiteral("/api/v1/shipments"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.toObject().value(QStringLiteral("data")).toArray().isEmpty()); // not shipped yet
        QCOMPARE(r.body.toObject().value(QStringLiteral("meta")).toObject().value(QStringLiteral("until")).toString(),
            QStringLiteral("2026-01-01T12:00:00Z"));
        h.clock.advanceMs(31 * 60 * 1000);
        r = h.call("GET", QStringLiteral("/api/v1/shipments?since=2026-01-01T00:00:00Z"));
        const QJsonArray data = r.body.toObject().value(QStringLiteral("data")).toArray();
        QCOMPARE(data.size(), 1);
        const QJsonObject shipment = data.at(0).toObject();
        QCOMPARE(shipment.value(QStringLiteral("ExternalOrderNo")).toString(), QStringLiteral("000000200"));
        QCOMPARE(shipment.value(QStringLiteral("ExternalOrderId")).toInt(), 42);
        QCOMPARE(shipment.value(QStringLiteral("OrderNo")).toString(), QStringLiteral("SO-100001"));
        QVERIFY(QStringList({QStringLiteral("dhl"), QStringLiteral("ups")})
                    .contains(shipment.value(QStringLiteral("Carrier")).toString()));
        QVERIFY(!shipment.value(QStringLiteral("TrackingNumber")).toString().isEmpty());
        QCOMPARE(compact(shipment.value(QStringLiteral("Lines"))),
            QByteArray(JSON([ {"ExternalLineId" : 7, "ItemCode" : "SKU-0000020", "Qty" : 2} ])));
        const QString shippedAt = shipment.value(QStringLiteral("ShippedAt")).toString();
        QVERIFY(
            shippedAt > QStringLiteral("2026-01-01T12:04:59Z") && shippedAt <= QStringLiteral("2026-01-01T12:30:00Z"));
        // Polling from the newest ShippedAt sees nothing new.
        r = h.call("GET",
            QStringLiteral("/api/v1/shipments?since=") + QString::fromLatin1(QUrl::toPercentEncoding(shippedAt)));
        QVERIFY(r.body.toObject().value(QStringLiteral("data")).toArray().isEmpty());
        // Shipping on demand.
        QCOMPARE(h.call("POST", QStringLiteral("/api/v1/orders"),
                      importBody(QStringLiteral("000000201"), QStringLiteral("SKU-0000021"), 1))
                     .status,
            201);
        r = h.call("POST", QStringLiteral("/api/v1/orders/SO-100002/ship"));
        QCOMPARE(r.status, 200);
        QCOMPARE(
            r.body.toObject().value(QStringLiteral("ShippedAt")).toString(), QStringLiteral("2026-01-01T12:31:00Z"));
        r = h.call("GET",
            QStringLiteral("/api/v1/shipments?since=") + QString::fromLatin1(QUrl::toPercentEncoding(shippedAt)));
        QCOMPARE(r.body.toObject().value(QStringLiteral("data")).toArray().size(), 1);
        QCOMPARE(h.call("POST", QStringLiteral("/api/v1/orders/SO-100002/ship")).status, 409);
        QCOMPARE(h.call("POST", QStringLiteral("/api/v1/orders/SO-7/ship")).status, 404);
    }

    void routing()
    {
        ErpHarness h;
        ApiResponse r = h.call("GET", QStringLiteral("/api/v1/warehouses"));
        QCOMPARE(r.status, 404);
        QCOMPARE(compact(r.body),
            QByteArray(JSON({"error" : {"code" : "not_found", "message" : "No route for GET /api/v1/warehouses."}})));
        r = h.call("DELETE", QStringLiteral("/api/v1/items/SKU-0000001"));
        QCOMPARE(r.status, 405);
        QCOMPARE(header(r, "Allow"), QByteArray("GET, PATCH, PUT"));
        QCOMPARE(h.call("PUT", QStringLiteral("/api/v1/orders")).status, 405);
    }

    void emptySeedHasNoRecords()
    {
        ErpHarness h(QStringLiteral("empty"));
        QVERIFY(h.ok);
        QCOMPARE(h.call("GET", QStringLiteral("/api/v1/items"))
                     .body.toObject()
                     .value(QStringLiteral("meta"))
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toInt(),
            0);
        QVERIFY(h.erp->resetToSeed(QStringLiteral("demo")));
        QCOMPARE(h.call("GET", QStringLiteral("/api/v1/items"))
                     .body.toObject()
                     .value(QStringLiteral("meta"))
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toInt(),
            2200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxErp)
#include "test_sandbox_erp.moc"
