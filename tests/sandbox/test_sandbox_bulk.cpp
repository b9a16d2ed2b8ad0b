// Magento's asynchronous and bulk web API in the sandbox: acceptance, the background consumer, statuses 1-5 with
// the handler's own error messages, the three status routes, restarts with open operations.

#include "core/sandbox/bulk.h"
#include "core/sandbox/sandboxcounters.h"
#include "tests/sandbox/test_sandbox_server_support.h"
#include "tests/support/testsupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace studio;
using namespace studio::sandbox;
using namespace studio::test;

namespace {

QJsonObject product(const QString& sku, const QJsonValue& price)
{
    return QJsonObject {{QStringLiteral("product"),
        QJsonObject {{QStringLiteral("sku"), sku}, {QStringLiteral("name"), sku}, {QStringLiteral("price"), price}}}};
}

QList<int> statuses(const QJsonObject& bulkStatus)
{
    QList<int> list;
    const QJsonArray operations = bulkStatus.value(QStringLiteral("operations_list")).toArray();
    for (const QJsonValue& operation : operations)
        list.append(operation.toObject().value(QStringLiteral("status")).toInt());
    return list;
}

} // namespace

class TestSandboxBulk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bulkLifecycle();
    void singleAsync();
    void rejectedItems();
    void notABulkRoute_data();
    void notABulkRoute();
    void guestCannotSubmit();
    void unknownBulk();
    void openOperationsSurviveRestart();
    void retriableFailures();
    void inputLimitOnBulkSize();
};

void TestSandboxBulk::bulkLifecycle()
{
    KeptTemporaryDir dir;
    SandboxOptions options;
    options.bulkDelayMs = 3600000; // hold the consumer until the test lets it go
    TestSandbox sandbox = startTestSandbox(dir.path(), options);
    SandboxClient client(sandbox.baseUrl());
    const auto bearer = demoAdminBearer(client, *sandbox.server);

    const QJsonArray items {product(QStringLiteral("B-1"), 10), product(QStringLiteral("B-2"), QStringLiteral("ten")),
        product(QStringLiteral("B/3"), 30)};
    const HttpResult accepted
        = client.sendJson("PUT", QStringLiteral("/rest/all/async/bulk/V1/products/bySku"), items, bearer);
    QCOMPARE(accepted.status, 200);
    const QJsonObject answer = accepted.object();
    const QString uuid = answer.value(QStringLiteral("bulk_uuid")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"))
                .match(uuid)
                .hasMatch());
    QCOMPARE(answer.value(QStringLiteral("errors")).toBool(), false);
    const QJsonArray requestItems = answer.value(QStringLiteral("request_items")).toArray();
    QCOMPARE(requestItems.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject item = requestItems.at(i).toObject();
        QCOMPARE(item.value(QStringLiteral("id")).toInt(), i);
        QCOMPARE(item.value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
        const QByteArray hash = QCryptographicHash::hash(
            QJsonDocument(items.at(i).toObject()).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
                                    .toHex();
        QCOMPARE(item.value(QStringLiteral("data_hash")).toString().toLatin1(), hash);
    }
    QCOMPARE(sandbox.server->counters().requests(QStringLiteral("PUT /async/bulk/V1/products/bySku"), 200), 1);

    // Nothing processed yet: every operation is open (4).
    const QString statusPath = QStringLiteral("/rest/V1/bulk/%1/status").arg(uuid);
    HttpResult status = client.get(statusPath, bearer);
    QCOMPARE(status.status, 200);
    QCOMPARE(statuses(status.object()), QList<int>({4, 4, 4}));
    QCOMPARE(status.object().value(QStringLiteral("operation_count")).toInt(), 3);
    QVERIFY(status.object()
                .value(QStringLiteral("description"))
                .toString()
                .startsWith(QStringLiteral("Topic async.magento.catalog.api.productrepositoryinterface.save.put")));
    QCOMPARE(status.object().value(QStringLiteral("start_time")).toString().size(), 19);
    QCOMPARE(client.get(QStringLiteral("/rest/V1/bulk/%1/operation-status/4").arg(uuid), bearer).json().toInt(), 3);
    QCOMPARE(sandbox.calls->value(QStringLiteral("PUT /V1/products/:sku")), 0);

    // Let the consumer run.
    QSignalSpy finished(&sandbox.server->bulk(), &BulkService::bulkFinished);
    QCOMPARE(
        client.sendJson("PUT", QStringLiteral("/sandbox/bulk"), QJsonObject {{QStringLiteral("delay_ms"), 0}}).status,
        200);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
    QCOMPARE(finished.first().first().toString(), uuid);

    status = client.get(statusPath, bearer);
    QCOMPARE(statuses(status.object()), QList<int>({1, 3, 1}));
    const QJsonArray operations = status.object().value(QStringLiteral("operations_list")).toArray();
    QCOMPARE(operations.at(1).toObject().value(QStringLiteral("result_message")).toString(),
        QStringLiteral(
            "The \"price\" value's type is invalid. The \"float\" type was expected. Verify and try again."));
    QCOMPARE(operations.at(1).toObject().value(QStringLiteral("error_code")).toInt(), 0);
    QVERIFY(operations.at(0).toObject().value(QStringLiteral("error_code")).isNull());
    QVERIFY(operations.at(0)
                .toObject()
                .value(QStringLiteral("result_message"))
                .toString()
                .startsWith(QStringLiteral("Service execution success")));
    // Short status has no serialized data.
    QVERIFY(!operations.at(0).toObject().contains(QStringLiteral("serialized_data")));

    const HttpResult detailed = client.get(QStringLiteral("/rest/V1/bulk/%1/detailed-status").arg(uuid), bearer);
    const QJsonArray detailedOperations = detailed.object().value(QStringLiteral("operations_list")).toArray();
    const QJsonObject first = detailedOperations.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("bulk_uuid")).toString(), uuid);
    QCOMPARE(first.value(QStringLiteral("topic_name")).toString(),
        QStringLiteral("async.magento.catalog.api.productrepositoryinterface.save.put"));
    const QJsonObject serialized
        = QJsonDocument::fromJson(first.value(QStringLiteral("serialized_data")).toString().toUtf8()).object();
    QCOMPARE(QJsonDocument::fromJson(serialized.value(QStringLiteral("meta_information")).toString().toUtf8()).object(),
        items.at(0).toObject());
    const QJsonObject result
        = QJsonDocument::fromJson(first.value(QStringLiteral("result_serialized_data")).toString().toUtf8()).object();
    QCOMPARE(result.value(QStringLiteral("sku")).toString(), QStringLiteral("B-1"));
    QVERIFY(detailedOperations.at(1).toObject().value(QStringLiteral("result_serialized_data")).isNull());

    QCOMPARE(client.get(QStringLiteral("/rest/V1/bulk/%1/operation-status/1").arg(uuid), bearer).body, QByteArray("2"));
    QCOMPARE(client.get(QStringLiteral("/rest/V1/bulk/%1/operation-status/3").arg(uuid), bearer).body, QByteArray("1"));
    QCOMPARE(client.get(QStringLiteral("/rest/V1/bulk/%1/operation-status/4").arg(uuid), bearer).body, QByteArray("0"));
    const HttpResult badStatus = client.get(QStringLiteral("/rest/V1/bulk/%1/operation-status/open").arg(uuid), bearer);
    QCOMPARE(badStatus.status, 400);
    QCOMPARE(
        badStatus.object().value(QStringLiteral("parameters")).toObject().value(QStringLiteral("value")).toString(),
        QStringLiteral("open"));

    // Magento's `fields` partial responses apply to the bulk routes too.
    const QJsonObject partial
        = client.get(statusPath + QStringLiteral("?fields=bulk_id,operations_list[id,status]"), bearer).object();
    QCOMPARE(partial.keys(), QStringList({QStringLiteral("bulk_id"), QStringLiteral("operations_list")}));
    QCOMPARE(partial.value(QStringLiteral("operations_list")).toArray().at(1).toObject(),
        QJsonObject({{QStringLiteral("id"), 1}, {QStringLiteral("status"), 3}}));

    // The writes really happened, once each, through the route's own handler; the SKU with a slash too.
    QCOMPARE(sandbox.server->counters().skuWrites(QStringLiteral("B-1")), 1);
    QCOMPARE(sandbox.server->counters().skuWrites(QStringLiteral("B-2")), 0);
    QCOMPARE(sandbox.server->counters().skuWrites(QStringLiteral("B/3")), 1);
    QCOMPARE(
        client.get(QStringLiteral("/rest/V1/products/B%2F3"), bearer).object().value(QStringLiteral("price")).toInt(),
        30);

    // Delete by SKU in bulk.
    finished.clear();
    const HttpResult deletion = client.sendJson("DELETE", QStringLiteral("/rest/async/bulk/V1/products/bySku"),
        QJsonArray {QJsonObject {{QStringLiteral("sku"), QStringLiteral("B-1")}},
            QJsonObject {{QStringLiteral("sku"), QStringLiteral("never-there")}}},
        bearer);
    QCOMPARE(deletion.status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
    const QString deletionUuid = deletion.object().value(QStringLiteral("bulk_uuid")).toString();
    const QJsonObject deletionStatus
        = client.get(QStringLiteral("/rest/V1/bulk/%1/status").arg(deletionUuid), bearer).object();
    QCOMPARE(statuses(deletionStatus), QList<int>({1, 3}));
    QCOMPARE(deletionStatus.value(QStringLiteral("operations_list"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("result_message"))
                 .toString(),
        QStringLiteral("The product that was requested doesn't exist. Verify the product and try again."));
}

void TestSandboxBulk::singleAsync()
{
    KeptTemporaryDir dir;
    TestSandbox sandbox = startTestSandbox(dir.path());
    SandboxClient client(sandbox.baseUrl());
    const auto bearer = demoAdminBearer(client, *sandbox.server);
    QSignalSpy finished(&sandbox.server->bulk(), &BulkService::bulkFinished);
    const HttpResult accepted = client.sendJson("PUT", QStringLiteral("/rest/default/async/V1/products/A%2FSYNC"),
        QJsonObject {{QStringLiteral("product"), QJsonObject {{QStringLiteral("price"), 5}}}}, bearer);
    QCOMPARE(accepted.status, 200);
    QCOMPARE(accepted.object().value(QStringLiteral("request_items")).toArray().size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
    QCOMPARE(sandbox.server->counters().skuWrites(QStringLiteral("A/SYNC")), 1);
    const QString uuid = accepted.object().value(QStringLiteral("bulk_uuid")).toString();
    QCOMPARE(
        statuses(client.get(QStringLiteral("/rest/V1/bulk/%1/status").arg(uuid), bearer).object()), QList<int>({1}));
    QCOMPARE(sandbox.server->counters().requests(QStringLiteral("PUT /async/V1/products/:sku"), 200), 1);
}

void TestSandboxBulk::rejectedItems()
{
    KeptTemporaryDir dir;
    TestSandbox sandbox = startTestSandbox(dir.path());
    SandboxClient client(sandbox.baseUrl());
    const auto bearer = demoAdminBearer(client, *sandbox.server);
    QSignalSpy finished(&sandbox.server->bulk(), &BulkService::bulkFinished);
    const HttpResult accepted = client.sendJson("POST", QStringLiteral("/rest/async/bulk/V1/products"),
        QJsonArray {product(QStringLiteral("R-1"), 1), QStringLiteral("not an object")}, bearer);
    QCOMPARE(accepted.status, 200);
    QCOMPARE(accepted.object().value(QStringLiteral("errors")).toBool(), true);
    const QJsonArray items = accepted.object().value(QStringLiteral("request_items")).toArray();
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
    const QString uuid = accepted.object().value(QStringLiteral("bulk_uuid")).toString();
    QCOMPARE(
        statuses(client.get(QStringLiteral("/rest/V1/bulk/%1/status").arg(uuid), bearer).object()), QList<int>({1, 5}));
    QCOMPARE(client.get(QStringLiteral("/rest/V1/bulk/%1/operation-status/5").arg(uuid), bearer).json().toInt(), 1);

    const HttpResult notArray = client.sendJson(
        "POST", QStringLiteral("/rest/async/bulk/V1/products"), product(QStringLiteral("R-2"), 1), bearer);
    QCOMPARE(notArray.status, 400);
}

void TestSandboxBulk::notABulkRoute_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("GET") << QByteArray("GET") << QStringLiteral("/rest/async/bulk/V1/products/bySku");
    QTest::newRow("unknown by-name") << QByteArray("PUT") << QStringLiteral("/rest/async/bulk/V1/products/byName");
    QTest::newRow("sync path in bulk") << QByteArray("PUT") << QStringLiteral("/rest/async/bulk/V1/products/X");
    QTest::newRow("token route") << QByteArray("POST") << QStringLiteral("/rest/async/bulk/V1/integration/admin/token");
}

void TestSandboxBulk::notABulkRoute()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    KeptTemporaryDir dir;
    TestSandbox sandbox = startTestSandbox(dir.path());
    SandboxClient client(sandbox.baseUrl());
    const auto bearer = demoAdminBearer(client, *sandbox.server);
    const HttpResult result = client.sendJson(method, path, QJsonArray {}, bearer);
    QCOMPARE(result.status, 404);
    QCOMPARE(result.object().value(QStringLiteral("message")).toString(),
        QStringLiteral("Request does not match any route."));
}

void TestSandboxBulk::guestCannotSubmit()
{
    KeptTemporaryDir dir;
    TestSandbox sandbox = startTestSandbox(dir.path());
    SandboxClient client(sandbox.baseUrl());
    const HttpResult result = client.sendJson(
        "PUT", QStringLiteral("/rest/async/bulk/V1/products/bySku"), QJsonArray {product(QStringLiteral("G-1"), 1)});
    QCOMPARE(result.status, 401);
    QCOMPARE(
        result.object().value(QStringLiteral("parameters")).toObject().value(QStringLiteral("resources")).toString(),
        QStringLiteral("Magento_Catalog::products"));
    QCOMPARE(sandbox.server->bulk().openOperations(), 0);
}

void TestSandboxBulk::unknownBulk()
{
    KeptTemporaryDir dir;
    TestSandbox sandbox = startTestSandbox(dir.path());
    SandboxClient client(sandbox.baseUrl());
    const auto bearer = demoAdminBearer(client, *sandbox.server);
    for (const QString& route : {QStringLiteral("status"), QStringLiteral("detailed-status")}) {
        const HttpResult result = client.get(QStringLiteral("/rest/V1/bulk/no-such-bulk/") + route, bearer);
        QCOMPARE(result.status, 404);
        QCOMPARE(result.object(),
            QJsonObject({{QStringLiteral("message"), QStringLiteral("Bulk uuid %bulkUuid not exist")},
                {QStringLiteral("parameters"),
                    QJsonObject {{QStringLiteral("bulkUuid"), QStringLiteral("no-such-bulk")}}}}));
    }
    // Magento counts without checking the bulk exists.
    QCOMPARE(client.get(QStringLiteral("/rest/V1/bulk/no-such-bulk/operation-status/1"), bearer).body, QByteArray("0"));
    QCOMPARE(client.get(QStringLiteral("/rest/V1/bulk/no-such-bulk/status")).status, 401);
}

void TestSandboxBulk::openOperationsSurviveRestart()
{
    KeptTemporaryDir dir;
    QString uuid;
    {
        SandboxOptions options;
        options.bulkDelayMs = 3600000;
        TestSandbox first = startTestSandbox(dir.path(), options);
        SandboxClient client(first.baseUrl());
        const HttpResult accepted = client.sendJson("POST", QStringLiteral("/rest/async/bulk/V1/products"),
            QJsonArray {product(QStringLiteral("K-1"), 1), product(QStringLiteral("K-2"), 2)},
            demoAdminBearer(client, *first.server));
        uuid = accepted.object().value(QStringLiteral("bulk_uuid")).toString();
        QCOMPARE(first.server->bulk().openOperations(), 2);
    }
    TestSandbox second = startTestSandbox(dir.path());
    QSignalSpy finished(&second.server->bulk(), &BulkService::bulkFinished);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
    QCOMPARE(second.server->bulk().openOperations(), 0);
    QCOMPARE(second.server->counters().skuWrites(QStringLiteral("K-1")), 1);
    QCOMPARE(second.server->counters().skuWrites(QStringLiteral("K-2")), 1);
    SandboxClient client(second.baseUrl());
    QCOMPARE(
        statuses(
            client.get(QStringLiteral("/rest/V1/bulk/%1/status").arg(uuid), demoAdminBearer(client, *second.server))
                .object()),
        QList<int>({1, 1}));
}

void TestSandboxBulk::retriableFailures()
{
    KeptTemporaryDir dir;
    SandboxOptions options;
    options.faults = QStringLiteral("bulkretry=1,seed=4");
    TestSandbox sandbox = startTestSandbox(dir.path(), options);
    SandboxClient client(sandbox.baseUrl());
    const auto bearer = demoAdminBearer(client, *sandbox.server);
    QSignalSpy finished(&sandbox.server->bulk(), &BulkService::bulkFinished);
    const HttpResult accepted = client.sendJson(
        "POST", QStringLiteral("/rest/async/bulk/V1/products"), QJsonArray {product(QStringLiteral("D-1"), 1)}, bearer);
    QCOMPARE(accepted.status, 200); // bulkretry does not disturb the HTTP requests themselves
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
    const QString uuid = accepted.object().value(QStringLiteral("bulk_uuid")).toString();
    const QJsonObject operation = client.get(QStringLiteral("/rest/V1/bulk/%1/status").arg(uuid), bearer)
                                      .object()
                                      .value(QStringLiteral("operations_list"))
                                      .toArray()
                                      .first()
                                      .toObject();
    QCOMPARE(operation.value(QStringLiteral("status")).toInt(), 2);
    QVERIFY(operation.value(QStringLiteral("result_message")).toString().contains(QStringLiteral("Deadlock")));
    QCOMPARE(sandbox.server->counters().skuWrites(QStringLiteral("D-1")), 0);
}

void TestSandboxBulk::inputLimitOnBulkSize()
{
    KeptTemporaryDir dir;
    SandboxOptions options;
    options.inputLimits = true;
    TestSandbox sandbox = startTestSandbox(dir.path(), options);
    SandboxClient client(sandbox.baseUrl());
    const auto bearer = demoAdminBearer(client, *sandbox.server);
    QJsonArray items;
    for (int i = 0; i < 5001; ++i)
        items.append(QJsonObject {{QStringLiteral("sku"), QStringLiteral("L-%1").arg(i)}});
    const HttpResult refused
        = client.sendJson("DELETE", QStringLiteral("/rest/async/bulk/V1/products/bySku"), items, bearer);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.object().value(QStringLiteral("message")).toString(),
        QStringLiteral("Maximum items of type \"%type\" is %max"));
    QCOMPARE(
        refused.object().value(QStringLiteral("parameters")).toObject().value(QStringLiteral("max")).toInt(), 5000);
    items.removeLast();
    QCOMPARE(
        client.sendJson("DELETE", QStringLiteral("/rest/async/bulk/V1/products/bySku"), items, bearer).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxBulk)
#include "test_sandbox_bulk.moc"
