// GraphQL documents as the query editor sees them: operations for the picker, bracket checks, colouring spans, and
// how an introspection answer is read (including servers that turned introspection off).

#include "core/schema/graphqldocument.h"
#include "core/schema/graphqlintrospection.h"

#include <QTest>

using namespace studio;
using schema::GraphQLDocument;
using schema::GraphQLOperation;

class TestGraphQLDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void operations_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QStringList>("expected"); // "type name"
        QTest::newRow("shorthand") << "{ storeConfig { locale } }" << QStringList {QStringLiteral("query ")};
        QTest::newRow("two named") << "query A { a }\nmutation B($x: Int) { b(x: $x) }"
                                   << QStringList {QStringLiteral("query A"), QStringLiteral("mutation B")};
        QTest::newRow("fragment is not one") << "fragment F on Product { sku }\nquery Q { products { ...F } }"
                                             << QStringList {QStringLiteral("query Q")};
        QTest::newRow("comment") << "# query Hidden { x }\n{ a }" << QStringList {QStringLiteral("query ")};
        QTest::newRow("brace in default")
            << "query Q($s: String = \"{\") { a(s: $s) }" << QStringList {QStringLiteral("query Q")};
        QTest::newRow("anonymous keyword") << "query { a }" << QStringList {QStringLiteral("query ")};
        QTest::newRow("subscription") << "subscription S { s }" << QStringList {QStringLiteral("subscription S")};
        QTest::newRow("block string") << "query Q { a(t: \"\"\"}\n{\"\"\") }\nquery R { b }"
                                      << QStringList {QStringLiteral("query Q"), QStringLiteral("query R")};
        QTest::newRow("empty") << "" << QStringList {};
        QTest::newRow("incomplete") << "query A { a { b" << QStringList {QStringLiteral("query A")};
    }

    void operations()
    {
        QFETCH(QString, document);
        QFETCH(QStringList, expected);
        QStringList found;
        for (const GraphQLOperation& operation : GraphQLDocument::operations(document))
            found << operation.type + u' ' + operation.name;
        QCOMPARE(found, expected);
    }

    void brackets_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<int>("position"); // -1: fine
        QTest::addColumn<QString>("message");
        QTest::newRow("fine") << "query Q($a: [Int!]) { x(a: $a) { y } }" << -1 << "";
        QTest::newRow("not closed") << "{ a { b }" << 0 << "Line 1, column 1: '{' is not closed.";
        QTest::newRow("mismatch") << "{ a(b: 1 }" << 9
                                  << "Line 1, column 10: '}' does not match the '(' opened at line 1, column 4.";
        QTest::newRow("closes nothing") << "{ a }\n}" << 6 << "Line 2, column 1: '}' closes nothing.";
        QTest::newRow("open string") << "{ a(b: \"x) }" << 7
                                     << "Line 1, column 8: this string is not closed with a quote.";
        QTest::newRow("brackets in strings and comments") << "# {\n{ a(b: \"}\", c: \"\"\"\n)\"\"\") }" << -1 << "";
    }

    void brackets()
    {
        QFETCH(QString, document);
        QFETCH(int, position);
        QFETCH(QString, message);
        const auto problem = GraphQLDocument::checkBrackets(document);
        QCOMPARE(problem ? int(problem->position) : -1, position);
        QCOMPARE(problem ? problem->message : QString(), message);
    }

    void colouring()
    {
        using json::TokenKind;
        const QString line
            = QStringLiteral("query Q($id: ID!) { p: product(id: $id) @include(if: true) { name } } # c");
        int state = 0;
        const auto spans = GraphQLDocument::lexLine(line, state);
        const auto kindAt = [&](const QString& text) {
            const qsizetype at = line.indexOf(text);
            for (const json::TokenSpan& span : spans) {
                if (span.start == at && span.length == text.size())
                    return span.kind;
            }
            return TokenKind::Error;
        };
        QCOMPARE(kindAt(QStringLiteral("query")), TokenKind::Keyword);
        QCOMPARE(kindAt(QStringLiteral("Q")), TokenKind::Plain);
        QCOMPARE(kindAt(QStringLiteral("$id")), TokenKind::Attribute);
        QCOMPARE(kindAt(QStringLiteral("ID")), TokenKind::Tag);
        QCOMPARE(kindAt(QStringLiteral("p:")), TokenKind::Error); // not one span: the alias and the colon
        QCOMPARE(kindAt(QStringLiteral("product")), TokenKind::Plain);
        QCOMPARE(kindAt(QStringLiteral("@include")), TokenKind::Keyword);
        QCOMPARE(kindAt(QStringLiteral("true")), TokenKind::Keyword);
        QCOMPARE(kindAt(QStringLiteral("name")), TokenKind::Plain);
        QCOMPARE(kindAt(QStringLiteral("# c")), TokenKind::Comment);
        QCOMPARE(state, 0);
        // An alias or an argument name is a key.
        QCOMPARE(kindAt(QStringLiteral("p")), TokenKind::Key);
        // Fragments name their type.
        int fragmentState = 0;
        const auto fragment
            = GraphQLDocument::lexLine(QStringLiteral("... on SimpleProduct { weight }"), fragmentState);
        QCOMPARE(fragment.at(2).kind, TokenKind::Tag);
        // A block string goes on over lines.
        int blockState = 0;
        GraphQLDocument::lexLine(QStringLiteral("{ a(t: \"\"\"first"), blockState);
        QCOMPARE(blockState, GraphQLDocument::InBlockString);
        const auto next = GraphQLDocument::lexLine(QStringLiteral("second\"\"\") }"), blockState);
        QCOMPARE(blockState, 0);
        QCOMPARE(next.front().kind, TokenKind::String);
        QCOMPARE(next.front().length, 9);
        // An unterminated plain string and a stray character are marked.
        int errorState = 0;
        const auto broken = GraphQLDocument::lexLine(QStringLiteral("{ a(b: \"x) % }"), errorState);
        QCOMPARE(broken.back().kind, TokenKind::Error);
    }

    void lineAndColumn()
    {
        const QString text = QStringLiteral("ab\ncd\n");
        QCOMPARE(GraphQLDocument::lineAndColumn(text, 0), std::make_pair(1, 1));
        QCOMPARE(GraphQLDocument::lineAndColumn(text, 4), std::make_pair(2, 2));
        QCOMPARE(GraphQLDocument::lineAndColumn(text, 99), std::make_pair(3, 1));
    }

    void introspectionAnswers()
    {
        bool disabled = false;
        // graphql-js with NoSchemaIntrospectionCustomRule answers with one error per introspection field.
        // (Plain literals: moc misreads \" inside raw strings.)
        auto refused = schema::GraphQLIntrospector::readAnswer(200,
            "{\"errors\": [{\"message\": \"GraphQL introspection has been disabled, but the requested query "
            "contained the field \\\"__schema\\\".\"}, {\"message\": \"GraphQL introspection has been disabled, "
            "but the requested query contained the field \\\"queryType\\\".\"}]}",
            &disabled);
        QVERIFY(!refused.ok());
        QVERIFY(disabled);
        QVERIFY(refused.error().message.contains(QStringLiteral("introspection turned off")));
        QVERIFY(refused.error().message.contains(QStringLiteral("\"__schema\"")));
        QVERIFY(!refused.error().message.contains(QStringLiteral("queryType")));
        // Magento's wording, with a 400 from other servers.
        refused = schema::GraphQLIntrospector::readAnswer(400,
            R"({"errors": [{"message": "GraphQL introspection is not allowed, but the query contained __schema or __type", "extensions": {"category": "graphql"}}]})",
            &disabled);
        QVERIFY(disabled);
        // Not GraphQL at all.
        auto html = schema::GraphQLIntrospector::readAnswer(404, "<html>Not found</html>", &disabled);
        QVERIFY(!html.ok());
        QVERIFY(!disabled);
        QVERIFY(html.error().message.contains(QStringLiteral("HTTP 404")));
        auto notJson = schema::GraphQLIntrospector::readAnswer(200, "[1, 2]", &disabled);
        QVERIFY(!notJson.ok());
        // Other errors.
        // (A plain literal: moc misreads an apostrophe inside a raw string.)
        auto other = schema::GraphQLIntrospector::readAnswer(
            401, "{\"errors\": [{\"message\": \"The current customer isn't authorized.\"}]}", &disabled);
        QVERIFY(!disabled);
        QVERIFY(other.error().message.contains(QStringLiteral("isn't authorized")));
        QVERIFY(other.error().message.contains(QStringLiteral("401")));
        // A minimal schema.
        auto schema = schema::GraphQLIntrospector::readAnswer(200,
            R"({"data": {"__schema": {"queryType": {"name": "Query"}, "types": [
                {"kind": "OBJECT", "name": "Query", "fields": [{"name": "hello", "args": [],
                 "type": {"kind": "SCALAR", "name": "String"}}]},
                {"kind": "SCALAR", "name": "String"}]}}})",
            &disabled);
        QVERIFY2(schema.ok(), qPrintable(schema.error().toString()));
        QCOMPARE(
            schema->field(QStringLiteral("Query"), QStringLiteral("hello"))->type.toString(), QStringLiteral("String"));
    }
};

QTEST_GUILESS_MAIN(TestGraphQLDocument)
#include "test_graphql_document.moc"
