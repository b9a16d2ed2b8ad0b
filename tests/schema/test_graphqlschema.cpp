#include "core/schema/graphqlschema.h"
#include "tests/support/nodepeer.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace studio;
using schema::GraphQLSchema;

class TestGraphQLSchema final : public QObject
{
    Q_OBJECT

private:
    test::NodePeer m_server;
    std::optional<GraphQLSchema> m_schema;

    QJsonObject post(const QJsonObject& body)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(m_server.url());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            return {};
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_server.start(
                QStringLiteral("tests/graphql/server.mjs"), {QStringLiteral("--port"), QStringLiteral("0")})) {
            if (test::inCi())
                QFAIL(qPrintable(m_server.error()));
            QSKIP(qPrintable(m_server.error()));
        }
        const QJsonObject answer = post({{QStringLiteral("query"), GraphQLSchema::introspectionQuery()}});
        auto parsed = GraphQLSchema::fromIntrospection(answer);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        m_schema = parsed.value();
    }

    void introspectionOfALiveServer()
    {
        QCOMPARE(m_schema->queryType(), QStringLiteral("Query"));
        QCOMPARE(m_schema->mutationType(), QStringLiteral("Mutation"));
        QVERIFY(m_schema->subscriptionType().isEmpty());
        QVERIFY(m_schema->typeNames().contains(QStringLiteral("ProductInterface")));
        QVERIFY(!m_schema->typeNames().contains(QStringLiteral("__Schema")));
        const GraphQLSchema::Field* products = m_schema->field(QStringLiteral("Query"), QStringLiteral("products"));
        QVERIFY(products);
        QCOMPARE(products->type.toString(), QStringLiteral("Products"));
        QCOMPARE(products->args.size(), 5);
        QCOMPARE(products->args.at(3).name, QStringLiteral("pageSize"));
        QCOMPARE(products->args.at(3).defaultValue, QStringLiteral("20"));
        const GraphQLSchema::Field* price
            = m_schema->field(QStringLiteral("SimpleProduct"), QStringLiteral("price_range"));
        QCOMPARE(price->type.toString(), QStringLiteral("PriceRange!"));
        const GraphQLSchema::Field* addToCart
            = m_schema->field(QStringLiteral("Mutation"), QStringLiteral("addProductsToCart"));
        QCOMPARE(addToCart->args.at(1).type.toString(), QStringLiteral("[CartItemInput!]!"));
        QCOMPARE(addToCart->args.at(1).type.namedType(), QStringLiteral("CartItemInput"));
        const GraphQLSchema::Type* product = m_schema->type(QStringLiteral("ProductInterface"));
        QCOMPARE(product->kind, QStringLiteral("INTERFACE"));
        QCOMPARE(product->possibleTypes.size(), 2);
        QCOMPARE(m_schema->type(QStringLiteral("SortEnum"))->enumValues,
            (QStringList {QStringLiteral("ASC"), QStringLiteral("DESC")}));
        QCOMPARE(m_schema->type(QStringLiteral("ProductAttributeFilterInput"))->inputFields.size(), 4);
        QVERIFY(!m_schema->type(QStringLiteral("Query"))->description.isEmpty() || !products->description.isEmpty());
    }

    void queriesTheCompletionSuggestsRun()
    {
        // What completion offers must be what the server accepts.
        const QJsonObject answer = post({{QStringLiteral("query"),
            QStringLiteral("{ products(search: \"tee\", pageSize: 2) { total_count items { sku __typename } } }")}});
        QCOMPARE(answer.value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("products"))
                     .toObject()
                     .value(QStringLiteral("total_count"))
                     .toInt(),
            8);
    }

    void completion_data()
    {
        QTest::addColumn<QString>("document"); // '|' marks the cursor
        QTest::addColumn<int>("context");
        QTest::addColumn<QString>("parent");
        QTest::addColumn<QStringList>("candidates");
        using C = GraphQLSchema::Completion::Context;
        QTest::newRow("root shorthand") << "{ pro|" << int(C::Fields) << "Query"
                                        << QStringList {QStringLiteral("products")};
        QTest::newRow("named query") << "query Q($x: Int) { st|" << int(C::Fields) << "Query"
                                     << QStringList {QStringLiteral("storeConfig")};
        QTest::newRow("nested") << "{ products { items { pri| } } }" << int(C::Fields) << "ProductInterface"
                                << QStringList {QStringLiteral("price_range")};
        QTest::newRow("deep") << "{ products { items { price_range { minimum_price { final_price { | } } } } } }"
                              << int(C::Fields) << "Money"
                              << QStringList {
                                     QStringLiteral("__typename"), QStringLiteral("currency"), QStringLiteral("value")};
        QTest::newRow("after args") << "{ products(search: \"a{b}\", pageSize: 2) { to|" << int(C::Fields) << "Products"
                                    << QStringList {QStringLiteral("total_count")};
        QTest::newRow("alias") << "{ p: products { page_info { cur|" << int(C::Fields) << "SearchResultPageInfo"
                               << QStringList {QStringLiteral("current_page")};
        QTest::newRow("sibling closed") << "{ storeConfig { locale } products { total_count pa|" << int(C::Fields)
                                        << "Products" << QStringList {QStringLiteral("page_info")};
        QTest::newRow("inline fragment") << "{ products { items { ... on ConfigurableProduct { var|" << int(C::Fields)
                                         << "ConfigurableProduct" << QStringList {QStringLiteral("variants")};
        QTest::newRow("mutation") << "mutation { add|" << int(C::Fields) << "Mutation"
                                  << QStringList {QStringLiteral("addProductsToCart")};
        QTest::newRow("fragment") << "fragment F on Customer { first|" << int(C::Fields) << "Customer"
                                  << QStringList {QStringLiteral("firstname")};
        QTest::newRow("arguments") << "{ products(pa|" << int(C::Arguments) << "Query.products"
                                   << QStringList {QStringLiteral("pageSize")};
        QTest::newRow("second argument") << "{ products(search: \"x\", |" << int(C::Arguments) << "Query.products"
                                         << QStringList {QStringLiteral("currentPage"), QStringLiteral("filter"),
                                                QStringLiteral("pageSize"), QStringLiteral("search"),
                                                QStringLiteral("sort")};
        QTest::newRow("value position") << "{ products(search: |" << int(C::None) << "" << QStringList {};
        QTest::newRow("comment and string") << "# { ignored\n{ storeConfig(x: \"}\") { loc|" << int(C::Fields)
                                            << "StoreConfig" << QStringList {QStringLiteral("locale")};
        QTest::newRow("unknown field") << "{ nope { a|" << int(C::None) << "" << QStringList {};
        QTest::newRow("outside") << "query Q |" << int(C::None) << "" << QStringList {};
    }

    void completion()
    {
        QFETCH(QString, document);
        QFETCH(int, context);
        QFETCH(QString, parent);
        QFETCH(QStringList, candidates);
        const qsizetype cursor = document.indexOf(u'|');
        document.remove(cursor, 1);
        const auto result = m_schema->complete(document, cursor);
        QCOMPARE(int(result.context), context);
        QCOMPARE(result.parentType, parent);
        QCOMPARE(result.candidates, candidates);
    }

    void badIntrospectionAnswers_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("disabled") << QByteArray(R"({"errors":[{"message":"GraphQL introspection is not allowed"}]})")
                                  << "introspection is not allowed";
        QTest::newRow("empty") << QByteArray("{}") << "no schema";
        QTest::newRow("no types") << QByteArray(R"({"data":{"__schema":{"queryType":{"name":"Query"}}}})")
                                  << "no list of types";
        QTest::newRow("nameless type") << QByteArray(
            R"({"__schema":{"queryType":{"name":"Q"},"types":[{"kind":"OBJECT"}]}})")
                                       << "no name";
        QTest::newRow("query type missing")
            << QByteArray(R"({"__schema":{"queryType":{"name":"Q"},"types":[{"kind":"OBJECT","name":"X"}]}})")
            << "no query type";
    }

    void badIntrospectionAnswers()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, messagePart);
        auto parsed = GraphQLSchema::fromIntrospection(QJsonDocument::fromJson(json).object());
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(messagePart), qPrintable(parsed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestGraphQLSchema)
#include "test_graphqlschema.moc"
