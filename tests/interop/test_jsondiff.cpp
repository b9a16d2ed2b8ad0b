#include "core/common/jsondiff.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace studio;

namespace {

QJsonValue json(const char* text)
{
    const QByteArray bytes(text);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + bytes + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", text);
    return document.array().first();
}

/// "kind path old→new" lines, compact for data tables.
QStringList describe(const JsonDiffResult& result)
{
    const auto text = [](const QJsonValue& value) -> QString {
        if (value.isUndefined())
            return QStringLiteral("-");
        return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    };
    QStringList lines;
    for (const JsonDiffEntry& entry : result.entries)
        lines.append(jsonDiffKindId(entry.kind) + u' ' + entry.path + u' ' + text(entry.oldValue) + QStringLiteral("→")
            + text(entry.newValue));
    return lines;
}

} // namespace

class TestJsonDiff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void table_data()
    {
        QTest::addColumn<QString>("oldJson");
        QTest::addColumn<QString>("newJson");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QStringList>("expected");
        const QStringList none;
        const QStringList bySku {QStringLiteral("sku"), QStringLiteral("id")};

        QTest::newRow("equal") << "{\"a\":1,\"b\":[1,2]}"
                               << "{\"b\":[1,2],\"a\":1}" << none << QStringList();
        QTest::newRow("numbers compare numerically") << "{\"price\":10}"
                                                     << "{\"price\":10.0}" << none << QStringList();
        QTest::newRow("big integers stay exact")
            << "{\"id\":9007199254740993}"
            << "{\"id\":9007199254740992}" << none
            << QStringList {QStringLiteral("changed id 9007199254740993→9007199254740992")};
        QTest::newRow("changed scalar") << "{\"name\":\"Bag\"}"
                                        << "{\"name\":\"Big bag\"}" << none
                                        << QStringList {QStringLiteral("changed name \"Bag\"→\"Big bag\"")};
        QTest::newRow("added and removed keys in key order")
            << "{\"a\":1,\"c\":3}"
            << "{\"b\":2,\"c\":3}" << none
            << QStringList {QStringLiteral("removed a 1→-"), QStringLiteral("added b -→2")};
        QTest::newRow("type change is one entry")
            << "{\"qty\":\"5\"}"
            << "{\"qty\":5}" << none << QStringList {QStringLiteral("changed qty \"5\"→5")};
        QTest::newRow("null to object") << "{\"x\":null}"
                                        << "{\"x\":{\"y\":1}}" << none
                                        << QStringList {QStringLiteral("changed x null→{\"y\":1}")};
        QTest::newRow("nested path") << "{\"items\":[{\"price\":1},{\"price\":2}]}"
                                     << "{\"items\":[{\"price\":1},{\"price\":3}]}" << none
                                     << QStringList {QStringLiteral("changed items[1].price 2→3")};
        QTest::newRow("array grows") << "[1,2]"
                                     << "[1,2,3]" << none << QStringList {QStringLiteral("added [2] -→3")};
        QTest::newRow("array shrinks") << "[1,2,3]"
                                       << "[1]" << none
                                       << QStringList {
                                              QStringLiteral("removed [1] 2→-"), QStringLiteral("removed [2] 3→-")};
        QTest::newRow("reordered by index")
            << "[{\"sku\":\"A\",\"qty\":1},{\"sku\":\"B\",\"qty\":2}]"
            << "[{\"sku\":\"B\",\"qty\":2},{\"sku\":\"A\",\"qty\":1}]" << none
            << QStringList {QStringLiteral("changed [0].qty 1→2"), QStringLiteral("changed [0].sku \"A\"→\"B\""),
                   QStringLiteral("changed [1].qty 2→1"), QStringLiteral("changed [1].sku \"B\"→\"A\"")};
        QTest::newRow("reordered by key is no change")
            << "[{\"sku\":\"A\",\"qty\":1},{\"sku\":\"B\",\"qty\":2}]"
            << "[{\"sku\":\"B\",\"qty\":2},{\"sku\":\"A\",\"qty\":1}]" << bySku << QStringList();
        QTest::newRow("key matching: change, add, remove")
            << "{\"items\":[{\"sku\":\"A\",\"qty\":1},{\"sku\":\"B\",\"qty\":2},{\"sku\":\"C\",\"qty\":3}]}"
            << "{\"items\":[{\"sku\":\"C\",\"qty\":4},{\"sku\":\"A\",\"qty\":1},{\"sku\":\"D\",\"qty\":5}]}" << bySku
            << QStringList {QStringLiteral("changed items[0].qty 3→4"),
                   QStringLiteral("added items[2] -→{\"qty\":5,\"sku\":\"D\"}"),
                   QStringLiteral("removed items[1] {\"qty\":2,\"sku\":\"B\"}→-")};
        QTest::newRow("numeric ids match across types of number")
            << "[{\"id\":1,\"v\":\"a\"},{\"id\":2,\"v\":\"b\"}]"
            << "[{\"id\":2.0,\"v\":\"b\"},{\"id\":1,\"v\":\"c\"}]" << bySku
            << QStringList {QStringLiteral("changed [1].v \"a\"→\"c\"")};
        QTest::newRow("duplicate keys fall back to index")
            << "[{\"sku\":\"A\",\"q\":1},{\"sku\":\"A\",\"q\":2}]"
            << "[{\"sku\":\"A\",\"q\":2},{\"sku\":\"A\",\"q\":1}]" << bySku
            << QStringList {QStringLiteral("changed [0].q 1→2"), QStringLiteral("changed [1].q 2→1")};
        QTest::newRow("second key used when first is missing")
            << "[{\"id\":1,\"v\":1},{\"id\":2,\"v\":2}]"
            << "[{\"id\":2,\"v\":2},{\"id\":1,\"v\":1}]" << bySku << QStringList();
        QTest::newRow("odd keys are quoted") << "{\"a b\":1,\"x.y\":{\"q\\\"\":1}}"
                                             << "{\"a b\":2,\"x.y\":{\"q\\\"\":2}}" << none
                                             << QStringList {QStringLiteral("changed [\"a b\"] 1→2"),
                                                    QStringLiteral("changed [\"x.y\"][\"q\\\"\"] 1→2")};
        QTest::newRow("root scalar") << "1"
                                     << "2" << none << QStringList {QStringLiteral("changed  1→2")};
    }

    void table()
    {
        QFETCH(QString, oldJson);
        QFETCH(QString, newJson);
        QFETCH(QStringList, keys);
        QFETCH(QStringList, expected);
        JsonDiffOptions options;
        options.arrayKeys = keys;
        const JsonDiffResult result
            = diffJson(json(oldJson.toUtf8().constData()), json(newJson.toUtf8().constData()), options);
        QCOMPARE(describe(result), expected);
        QVERIFY(!result.truncated);
    }

    void pointersEscapeSlashAndTilde()
    {
        const JsonDiffResult result = diffJson(json("{\"a/b\":{\"c~d\":[1]}}"), json("{\"a/b\":{\"c~d\":[2]}}"));
        QCOMPARE(result.entries.size(), 1);
        QCOMPARE(result.entries.first().pointer, QStringLiteral("/a~1b/c~0d/0"));
        QCOMPARE(result.entries.first().path, QStringLiteral("[\"a/b\"][\"c~d\"][0]"));
    }

    void removedItemsCarryTheirOldIndex()
    {
        JsonDiffOptions options;
        options.arrayKeys = {QStringLiteral("sku")};
        const JsonDiffResult result = diffJson(
            json("{\"items\":[{\"sku\":\"A\"},{\"sku\":\"B\"}]}"), json("{\"items\":[{\"sku\":\"A\"}]}"), options);
        QCOMPARE(result.entries.size(), 1);
        QCOMPARE(result.entries.first().kind, JsonDiffEntry::Kind::Removed);
        QCOMPARE(result.entries.first().pointer, QStringLiteral("/items/1"));
    }

    void diffOfTexts()
    {
        Result<JsonDiffResult> result = diffJsonText("{\"a\": 1, \"b\": [1]}", "{\"a\": 2, \"b\": [1]}");
        QVERIFY(result.ok());
        QCOMPARE(describe(result.value()), QStringList {QStringLiteral("changed a 1→2")});
        Result<JsonDiffResult> scalars = diffJsonText("\"token-a\"", " \"token-b\"\n");
        QVERIFY(scalars.ok());
        QCOMPARE(scalars->entries.size(), 1);
        QVERIFY(diffJsonText("42", "42.0")->entries.isEmpty());
        Result<JsonDiffResult> bad = diffJsonText("{}", "{\n  \"a\": 1,\n}");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().file, QStringLiteral("new body"));
        QCOMPARE(bad.error().line, 3);
        Result<JsonDiffResult> html = diffJsonText("<html>", "{}");
        QVERIFY(!html.ok());
        QCOMPARE(html.error().file, QStringLiteral("old body"));
    }

    void maxEntriesTruncates()
    {
        QJsonArray a;
        QJsonArray b;
        for (int i = 0; i < 100; ++i) {
            a.append(i);
            b.append(i + 1);
        }
        JsonDiffOptions options;
        options.maxEntries = 10;
        const JsonDiffResult result = diffJson(a, b, options);
        QCOMPARE(result.entries.size(), 10);
        QVERIFY(result.truncated);
        QCOMPARE(result.entries.last().path, QStringLiteral("[9]"));
    }

    void defaultKeysIncludeSkuAndId()
    {
        const QStringList keys = defaultJsonDiffArrayKeys();
        QVERIFY(keys.contains(QStringLiteral("sku")));
        QVERIFY(keys.contains(QStringLiteral("id")));
        QCOMPARE(jsonDiffKindId(JsonDiffEntry::Kind::Added), QStringLiteral("added"));
        QCOMPARE(jsonDiffKindId(JsonDiffEntry::Kind::Removed), QStringLiteral("removed"));
    }

    void fiveMegabyteDocumentsAreFast()
    {
        // Two ~5 MB product lists: the second reversed (matched by sku) with every 100th price changed.
        QJsonArray before;
        QJsonArray after;
        for (int i = 0; i < 20000; ++i) {
            QJsonObject product {{QStringLiteral("sku"), QStringLiteral("SKU-%1").arg(i)},
                {QStringLiteral("name"), QStringLiteral("Product number %1 with a longer descriptive name").arg(i)},
                {QStringLiteral("price"), 10 + i % 97},
                {QStringLiteral("extension_attributes"),
                    QJsonObject {{QStringLiteral("website_ids"), QJsonArray {1, 2}},
                        {QStringLiteral("stock_item"),
                            QJsonObject {{QStringLiteral("qty"), i % 50}, {QStringLiteral("is_in_stock"), true}}}}},
                {QStringLiteral("custom_attributes"),
                    QJsonArray {QJsonObject {{QStringLiteral("attribute_code"), QStringLiteral("color")},
                                    {QStringLiteral("value"), QStringLiteral("blue")}},
                        QJsonObject {{QStringLiteral("attribute_code"), QStringLiteral("size")},
                            {QStringLiteral("value"), QStringLiteral("L")}}}}};
            before.append(product);
            if (i % 100 == 0)
                product.insert(QStringLiteral("price"), 1.5);
            after.prepend(product);
        }
        const QJsonObject a {{QStringLiteral("items"), before}};
        const QJsonObject b {{QStringLiteral("items"), after}};
        QVERIFY(QJsonDocument(a).toJson(QJsonDocument::Compact).size() > 5'000'000);
        JsonDiffOptions options;
        options.arrayKeys = defaultJsonDiffArrayKeys();
        QElapsedTimer timer;
        timer.start();
        const JsonDiffResult result = diffJson(a, b, options);
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(result.entries.size(), 200);
        QCOMPARE(result.entries.first().path, QStringLiteral("items[99].price")); // SKU-19900 in the new order
        qInfo("diff of two 5 MB documents: %lld ms", elapsed);
        // Generous for sanitizer builds on a shared 2-core machine; a quadratic algorithm takes minutes.
        QVERIFY2(elapsed < 30000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
    }
};

QTEST_GUILESS_MAIN(TestJsonDiff)
#include "test_jsondiff.moc"
