// The JSON scanner, pretty printer, minifier, editor helpers and tree index: tricky and invalid inputs give clear
// errors with offset, line and column (never a crash), the pretty text means what QJsonDocument reads in the
// input, fold ranges are right, and the tree lists children lazily.

#include "core/json/jsonpretty.h"
#include "core/json/jsontext.h"
#include "core/json/jsontree.h"
#include "tests/json/magentosample.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace studio;
using namespace studio::json;

Q_DECLARE_METATYPE(studio::json::JsonErrorCode)

namespace {

QByteArray nested(int depth, bool closed)
{
    QByteArray text(depth, '[');
    if (closed)
        text += QByteArray(depth, ']');
    return text;
}

QJsonDocument parsed(const QByteArray& json)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("QJsonDocument cannot read the text: %s", qPrintable(error.errorString()));
    return document;
}

} // namespace

class TestJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validDocuments_data();
    void validDocuments();
    void invalidDocuments_data();
    void invalidDocuments();
    void errorMessagesNameWhatAndWhere();
    void prettyMeansTheSameAsQJsonDocument_data();
    void prettyMeansTheSameAsQJsonDocument();
    void prettyLayoutIsExactAndStable();
    void prettyKeepsNumbersAndEscapesAsWritten();
    void foldRanges();
    void deepNestingIsBounded();
    void invalidInputKeepsTextUpToTheError();
    void progressAndCancel();
    void outputLimit();
    void minify();
    void editorHelpers();
    void treeRootAndChildren();
    void treeBatchesAndPaths();
    void treeOfMagentoResponse();
    void decodeStrings();
};

void TestJson::validDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("empty array") << QByteArray("[]");
    QTest::newRow("zero") << QByteArray("0");
    QTest::newRow("number forms") << QByteArray("[-0, 0.5, -1.25e+10, 1E-3, 123456789012345678901234567890]");
    QTest::newRow("1e400") << QByteArray("{\"big\": 1e400, \"small\": -1e-400}");
    QTest::newRow("string") << QByteArray("\"a\"");
    QTest::newRow("literals") << QByteArray("[true, false, null]");
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF{\"a\":1}");
    QTest::newRow("white space around") << QByteArray(" \r\n\t{ \"a\" : [ 1 , 2 ] } \n\n");
    QTest::newRow("escapes") << QByteArray(R"(["\"\\\/\b\f\n\r\t", "\u00e9\u20AC", "\ud83d\ude00"])");
    QTest::newRow("raw UTF-8") << QByteArray("{\"name\":\"Müller 東京 😀\"}");
    QTest::newRow("duplicate keys") << QByteArray("{\"a\":1,\"a\":2}");
    QTest::newRow("empty key") << QByteArray("{\"\":0}");
    QTest::newRow("10,000 deep") << nested(10000, true);
    QTest::newRow("100,000 deep") << nested(100000, true);
    QTest::newRow("huge string") << ("[\"" + QByteArray(10 * 1024 * 1024, 'x') + "\"]");
    QTest::newRow("huge string of escapes") << ("\"" + QByteArray(1024 * 1024, ' ').replace(" ", "\\n") + "\"");
    QTest::newRow("magento") << test::magentoProductsJson(200 * 1024);
}

void TestJson::validDocuments()
{
    QFETCH(QByteArray, json);
    const JsonError error = validateJson(json);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    const PrettyResult pretty = prettyPrint(json);
    QVERIFY2(!pretty.error.isError(), qPrintable(pretty.error.toString()));
    QVERIFY(pretty.document.isComplete());
    QVERIFY(pretty.document.lineCount() >= 1);
    // The pretty text is valid JSON again.
    const QByteArray text = pretty.document.bytes(0, pretty.document.size());
    QVERIFY(!validateJson(text).isError());
}

void TestJson::invalidDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<JsonErrorCode>("code");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");

    using C = JsonErrorCode;
    QTest::newRow("nothing") << QByteArray() << C::Empty << qint64(0) << qint64(1) << qint64(1);
    QTest::newRow("white space") << QByteArray(" \n ") << C::Empty << qint64(3) << qint64(2) << qint64(2);
    QTest::newRow("truncated object") << QByteArray("{\"a\":1") << C::UnexpectedEnd << qint64(6) << qint64(1)
                                      << qint64(7);
    QTest::newRow("truncated in string") << QByteArray("[\"abc") << C::UnexpectedEnd << qint64(5) << qint64(1)
                                         << qint64(6);
    QTest::newRow("truncated in escape") << QByteArray("[\"ab\\u00") << C::UnexpectedEnd << qint64(8) << qint64(1)
                                         << qint64(9);
    QTest::newRow("truncated literal") << QByteArray("[nu") << C::UnexpectedEnd << qint64(3) << qint64(1) << qint64(4);
    QTest::newRow("trailing garbage") << QByteArray("{\"a\":1}x") << C::TrailingContent << qint64(7) << qint64(1)
                                      << qint64(8);
    QTest::newRow("two documents") << QByteArray("{}\n{}") << C::TrailingContent << qint64(3) << qint64(2) << qint64(1);
    QTest::newRow("HTML page") << QByteArray("<!DOCTYPE html><html><body>Service Unavailable</body></html>")
                               << C::ExpectedValue << qint64(0) << qint64(1) << qint64(1);
    QTest::newRow("invalid escape") << QByteArray("{\"a\":\"\\x\"}") << C::InvalidEscape << qint64(7) << qint64(1)
                                    << qint64(8);
    QTest::newRow("single quote escape") << QByteArray("[\"\\'\"]") << C::InvalidEscape << qint64(3) << qint64(1)
                                         << qint64(4);
    QTest::newRow("bad \\u") << QByteArray("[\"\\u12G4\"]") << C::InvalidUnicodeEscape << qint64(2) << qint64(1)
                             << qint64(3);
    QTest::newRow("lone high surrogate") << QByteArray("[\"\\ud800\"]") << C::LoneSurrogate << qint64(2) << qint64(1)
                                         << qint64(3);
    QTest::newRow("lone low surrogate") << QByteArray("[\"\\uDC00\"]") << C::LoneSurrogate << qint64(2) << qint64(1)
                                        << qint64(3);
    QTest::newRow("high + non-low") << QByteArray("[\"\\ud800\\u0041\"]") << C::LoneSurrogate << qint64(2) << qint64(1)
                                    << qint64(3);
    QTest::newRow("raw tab in string") << QByteArray("[\"a\tb\"]") << C::ControlCharacter << qint64(3) << qint64(1)
                                       << qint64(4);
    QTest::newRow("raw newline in string")
        << QByteArray("{\"a\":\"x\ny\"}") << C::ControlCharacter << qint64(7) << qint64(1) << qint64(8);
    QTest::newRow("cut surrogate pair") << QByteArray("[\"\\ud83d\\ude") << C::UnexpectedEnd << qint64(12) << qint64(1)
                                        << qint64(13);
    QTest::newRow("cut UTF-8 at the end")
        << QByteArray("[\"\xE2\x82") << C::UnexpectedEnd << qint64(4) << qint64(1) << qint64(4);
    QTest::newRow("invalid UTF-8") << QByteArray("[\"\xFF\"]") << C::InvalidUtf8 << qint64(2) << qint64(1) << qint64(3);
    QTest::newRow("UTF-8 surrogate") << QByteArray("[\"\xED\xA0\x80\"]") << C::InvalidUtf8 << qint64(2) << qint64(1)
                                     << qint64(3);
    QTest::newRow("overlong UTF-8") << QByteArray("[\"\xC0\xAF\"]") << C::InvalidUtf8 << qint64(2) << qint64(1)
                                    << qint64(3);
    QTest::newRow("cut UTF-8") << QByteArray("[\"\xE2\x82\"]") << C::InvalidUtf8 << qint64(2) << qint64(1) << qint64(3);
    QTest::newRow("leading zero") << QByteArray("[01]") << C::InvalidNumber << qint64(1) << qint64(1) << qint64(2);
    QTest::newRow("dot without digits") << QByteArray("[1.]") << C::InvalidNumber << qint64(1) << qint64(1)
                                        << qint64(2);
    QTest::newRow("minus alone") << QByteArray("[-]") << C::InvalidNumber << qint64(1) << qint64(1) << qint64(2);
    QTest::newRow("plus") << QByteArray("[+1]") << C::InvalidNumber << qint64(1) << qint64(1) << qint64(2);
    QTest::newRow("leading dot") << QByteArray("[.5]") << C::InvalidNumber << qint64(1) << qint64(1) << qint64(2);
    QTest::newRow("exponent without digits")
        << QByteArray("[1e]") << C::InvalidNumber << qint64(1) << qint64(1) << qint64(2);
    QTest::newRow("hex number") << QByteArray("[0x10]") << C::InvalidNumber << qint64(1) << qint64(1) << qint64(2);
    QTest::newRow("True") << QByteArray("True") << C::InvalidLiteral << qint64(0) << qint64(1) << qint64(1);
    QTest::newRow("NaN") << QByteArray("[NaN]") << C::InvalidLiteral << qint64(1) << qint64(1) << qint64(2);
    QTest::newRow("nul") << QByteArray("[nul]") << C::InvalidLiteral << qint64(1) << qint64(1) << qint64(2);
    QTest::newRow("nullx") << QByteArray("[nullx]") << C::InvalidLiteral << qint64(1) << qint64(1) << qint64(2);
    QTest::newRow("undefined") << QByteArray("{\"a\":undefined}") << C::InvalidLiteral << qint64(5) << qint64(1)
                               << qint64(6);
    QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << C::ExpectedColon << qint64(5) << qint64(1)
                                   << qint64(6);
    QTest::newRow("unquoted key") << QByteArray("{a:1}") << C::ExpectedKey << qint64(1) << qint64(1) << qint64(2);
    QTest::newRow("single-quoted key") << QByteArray("{'a':1}") << C::ExpectedKey << qint64(1) << qint64(1)
                                       << qint64(2);
    QTest::newRow("trailing comma in object")
        << QByteArray("{\"a\":1,}") << C::ExpectedKey << qint64(7) << qint64(1) << qint64(8);
    QTest::newRow("trailing comma in array")
        << QByteArray("[1,]") << C::ExpectedValue << qint64(3) << qint64(1) << qint64(4);
    QTest::newRow("missing comma in array")
        << QByteArray("[1 2]") << C::ExpectedCommaOrBracket << qint64(3) << qint64(1) << qint64(4);
    QTest::newRow("missing comma in object")
        << QByteArray("{\"a\":1 \"b\":2}") << C::ExpectedCommaOrBrace << qint64(7) << qint64(1) << qint64(8);
    QTest::newRow("wrong closer") << QByteArray("[1}") << C::ExpectedCommaOrBracket << qint64(2) << qint64(1)
                                  << qint64(3);
    QTest::newRow("comment") << QByteArray("{\"a\":1 // no\n}") << C::ExpectedCommaOrBrace << qint64(7) << qint64(1)
                             << qint64(8);
    QTest::newRow("line and column") << QByteArray("{\n  \"a\": 1,\n  \"b\": x\n}") << C::InvalidLiteral << qint64(19)
                                     << qint64(3) << qint64(8);
    QTest::newRow("column counts characters")
        << QByteArray("{\"é\": x}") << C::InvalidLiteral << qint64(7) << qint64(1) << qint64(7);
    QTest::newRow("column after BOM") << QByteArray("\xEF\xBB\xBF{]") << C::ExpectedKey << qint64(4) << qint64(1)
                                      << qint64(3);
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFE{\0}\0", 6) << C::Utf16 << qint64(0) << qint64(1) << qint64(1);
    QTest::newRow("10,000 deep, unclosed")
        << nested(10000, false) << C::UnexpectedEnd << qint64(10000) << qint64(1) << qint64(10001);
    const QByteArray magento = test::magentoProductsJson(64 * 1024);
    const qint64 cut = magento.size() / 2;
    QTest::newRow("truncated Magento response") << magento.left(cut) << C::UnexpectedEnd << cut << qint64(1)
                                                << qint64(QString::fromUtf8(magento.left(cut)).toUcs4().size() + 1);
}

void TestJson::invalidDocuments()
{
    QFETCH(QByteArray, json);
    QFETCH(JsonErrorCode, code);
    QFETCH(qint64, offset);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    for (const bool print : {false, true}) {
        const JsonError error = print ? prettyPrint(json).error : validateJson(json);
        QVERIFY2(error.isError(), "accepted");
        QCOMPARE(error.code, code);
        QCOMPARE(error.offset, offset);
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
        QVERIFY(!error.message().isEmpty());
    }
    // Not compared with QJsonDocument: Qt 6.4's parser is laxer than RFC 8259 (it accepts raw control characters,
    // unknown escapes, "1." and ".5"), and a viewer that calls such a body valid would hide the bug from the user.
}

void TestJson::errorMessagesNameWhatAndWhere()
{
    const JsonError error = validateJson("{\n  \"sku\": \"MH01\",\n  \"price\" 42\n}");
    QCOMPARE(error.toString(), QStringLiteral("Line 3, column 11 (byte 29): expected ':' after the key, found '4'"));
    QCOMPARE(validateJson("[1,").toString(),
        QStringLiteral("Line 1, column 4 (byte 3): the text ends before the JSON value is complete (truncated?)"));
    QCOMPARE(validateJson("[\"a\tb\"]").message(), QStringLiteral("unescaped control character (a tab) in a string"));
    QCOMPARE(validateJson("<html>").message(), QStringLiteral("expected a value, found '<'"));
    QCOMPARE(validateJson("[1]]").message(), QStringLiteral("unexpected ']' after the end of the JSON value"));
    QCOMPARE(validateJson(QByteArray("[\"\x01\"]", 5)).message(),
        QStringLiteral("unescaped control character (byte 0x01) in a string"));
}

void TestJson::prettyMeansTheSameAsQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("object") << QByteArray(R"({"a":1,"b":"two","c":[1,2,3],"d":{"e":null,"f":true}})");
    QTest::newRow("array of objects") << QByteArray(R"([{"id":1,"tags":[]},{"id":2,"tags":["x"]},{}])");
    QTest::newRow("escapes") << QByteArray(R"({"q":"\"x\" \\ \/ \u00e9 \ud83d\ude00 \n\t"})");
    QTest::newRow("unicode keys") << QByteArray("{\"Grüße\":\"東京\",\"😀\":[1.5,-2e3]}");
    QTest::newRow("white space everywhere") << QByteArray(" {\n\t\"a\" :\r\n [ 1 ,\n2 ] , \"b\" : { } } ");
    QTest::newRow("nested empties") << QByteArray(R"([[],{},[[]],{"a":{}}])");
    QTest::newRow("magento") << test::magentoProductsJson(40 * 1024, 7);
}

void TestJson::prettyMeansTheSameAsQJsonDocument()
{
    QFETCH(QByteArray, json);
    JsonError error;
    const QByteArray pretty = prettyJson(json, &error);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QCOMPARE(parsed(pretty), parsed(json));
    // Stable: formatting the pretty text again changes nothing.
    QCOMPARE(prettyJson(pretty), pretty);
    // Minified text means the same, too, and round-trips.
    const QByteArray compact = minifyJson(json);
    QCOMPARE(parsed(compact), parsed(json));
    QCOMPARE(minifyJson(pretty), compact);
    QCOMPARE(prettyJson(compact), pretty);
}

void TestJson::prettyLayoutIsExactAndStable()
{
    const QByteArray pretty = prettyJson(R"({"a":[1,2,{}],"b":{"c":null},"d":[],"e":"x"})");
    QCOMPARE(pretty,
        QByteArray("{\n"
                   "  \"a\": [\n"
                   "    1,\n"
                   "    2,\n"
                   "    {}\n"
                   "  ],\n"
                   "  \"b\": {\n"
                   "    \"c\": null\n"
                   "  },\n"
                   "  \"d\": [],\n"
                   "  \"e\": \"x\"\n"
                   "}"));
    QCOMPARE(prettyJson("  42 "), QByteArray("42"));
    QCOMPARE(prettyJson("\xEF\xBB\xBF[]"), QByteArray("[]"));
    PrettyOptions four;
    four.indentWidth = 4;
    QCOMPARE(prettyJson("[1]", nullptr, four), QByteArray("[\n    1\n]"));
}

void TestJson::prettyKeepsNumbersAndEscapesAsWritten()
{
    // What a DOM would change: precision of big integers, 1e400 (infinite as a double), escapes.
    const QByteArray pretty
        = prettyJson(R"({"id":12345678901234567890123,"big":1e400,"price":1.10,"s":"caf\u00e9 \/"})");
    QVERIFY(pretty.contains("\"id\": 12345678901234567890123,"));
    QVERIFY(pretty.contains("\"big\": 1e400,"));
    QVERIFY(pretty.contains("\"price\": 1.10,"));
    QVERIFY(pretty.contains(R"("s": "caf\u00e9 \/")"));
}

void TestJson::foldRanges()
{
    const PrettyResult result = prettyPrint(R"({"a":[1,2,{"x":1}],"b":{},"c":{"d":[[]]}})");
    QVERIFY(!result.error.isError());
    // {                0
    //   "a": [         1
    //     1,           2
    //     2,           3
    //     {            4
    //       "x": 1     5
    //     }            6
    //   ],             7
    //   "b": {},       8
    //   "c": {         9
    //     "d": [       10
    //       []         11
    //     ]            12
    //   }              13
    // }                14
    const std::vector<Fold>& folds = result.document.folds();
    QCOMPARE(int(folds.size()), 5);
    const auto check = [&](int i, quint32 start, quint32 end, quint32 items, FoldKind kind) {
        QCOMPARE(folds[size_t(i)].startLine, start);
        QCOMPARE(folds[size_t(i)].endLine, end);
        QCOMPARE(folds[size_t(i)].items, items);
        QCOMPARE(folds[size_t(i)].kind, kind);
    };
    check(0, 0, 14, 3, FoldKind::Object);
    check(1, 1, 7, 3, FoldKind::Array);
    check(2, 4, 6, 1, FoldKind::Object);
    check(3, 9, 13, 1, FoldKind::Object);
    check(4, 10, 12, 1, FoldKind::Array);
    QCOMPARE(result.document.lineCount(), qint64(15));
    QCOMPARE(result.document.foldStartingAt(9), qint64(3));
    QCOMPARE(result.document.foldStartingAt(8), qint64(-1));
    QCOMPARE(result.document.lineBytes(8), QByteArray("  \"b\": {},"));
    QCOMPARE(result.document.lineBytes(14), QByteArray("}"));
}

void TestJson::deepNestingIsBounded()
{
    const PrettyResult result = prettyPrint(nested(10000, true));
    QVERIFY(!result.error.isError());
    // 9,999 opening lines, the innermost "[]", 9,999 closing lines.
    QCOMPARE(result.document.lineCount(), qint64(19999));
    QCOMPARE(int(result.document.folds().size()), 9999);
    // Indentation stops growing at 100 levels: about 4 MB instead of 200 MB.
    QVERIFY(result.document.size() < 5 * 1024 * 1024);
    QCOMPARE(result.document.lineBytes(150), QByteArray(200, ' ') + '[');
}

void TestJson::invalidInputKeepsTextUpToTheError()
{
    const PrettyResult result = prettyPrint(R"({"done":{"a":1},"open":[1,2,)");
    QCOMPARE(result.error.code, JsonErrorCode::UnexpectedEnd);
    const QByteArray text = result.document.bytes(0, result.document.size());
    QCOMPARE(text, QByteArray("{\n  \"done\": {\n    \"a\": 1\n  },\n  \"open\": [\n    1,\n    2"));
    // Only the fold that closed before the error remains.
    QCOMPARE(int(result.document.folds().size()), 1);
    QCOMPARE(result.document.folds()[0].startLine, quint32(1));
}

void TestJson::progressAndCancel()
{
    const QByteArray json = test::magentoProductsJson(4 * 1024 * 1024);
    int calls = 0;
    double lastFraction = 0;
    qint64 firstLines = 0;
    const PrettyResult done = prettyPrint(json, {}, nullptr, [&](const TextDocument& snapshot, double fraction) {
        if (calls++ == 0)
            firstLines = snapshot.lineCount();
        QVERIFY(!snapshot.isComplete());
        QVERIFY(fraction > 0 && fraction <= 1.0);
        QVERIFY(fraction >= lastFraction);
        lastFraction = fraction;
    });
    QVERIFY(!done.error.isError());
    QVERIFY(calls >= 1);
    QVERIFY2(firstLines > 100, "the first snapshot comes early but holds a screenful");
    QVERIFY(done.document.lineCount() > firstLines);

    std::atomic_bool cancel {false};
    const PrettyResult stopped = prettyPrint(json, {}, &cancel, [&](const TextDocument&, double) { cancel = true; });
    QCOMPARE(stopped.error.code, JsonErrorCode::Cancelled);
    QVERIFY(stopped.document.size() < done.document.size());
}

void TestJson::outputLimit()
{
    PrettyOptions options;
    options.maxOutputBytes = 100 * 1024;
    const PrettyResult result = prettyPrint(test::magentoProductsJson(1024 * 1024), options);
    QCOMPARE(result.error.code, JsonErrorCode::TooLarge);
    QVERIFY(!result.error.message().isEmpty());
}

void TestJson::minify()
{
    QCOMPARE(minifyJson(" { \"a\" : [ 1 , { } , [ ] , \"x y\" ] , \"b\" : null } "),
        QByteArray(R"({"a":[1,{},[],"x y"],"b":null})"));
    QCOMPARE(minifyJson("[]"), QByteArray("[]"));
    JsonError error;
    QVERIFY(minifyJson("[1,]", &error).isEmpty());
    QCOMPARE(error.code, JsonErrorCode::ExpectedValue);
}

void TestJson::editorHelpers()
{
    const QString text = QStringLiteral("{\n  \"name\": \"Grüße 😀\",\n  \"qty\": 01\n}");
    const JsonTextCheck check = jsontext::check(text);
    QVERIFY(!check.ok());
    QCOMPARE(check.error.code, JsonErrorCode::InvalidNumber);
    QCOMPARE(check.error.line, qint64(3));
    QCOMPARE(check.error.column, qint64(10));
    // The position is in UTF-16 units (the emoji takes two), for a QTextCursor.
    QCOMPARE(check.position, text.indexOf(u"01"));
    QVERIFY(jsontext::check(QStringLiteral("{\"a\": [1, 2]}")).ok());
    QCOMPARE(jsontext::check(QStringLiteral("  ")).error.code, JsonErrorCode::Empty);

    const Result<QString> formatted = jsontext::format(QStringLiteral("{\"a\":[1,{\"b\":\"ü\"}]}"));
    QVERIFY(formatted.ok());
    QCOMPARE(formatted.value(), QStringLiteral("{\n  \"a\": [\n    1,\n    {\n      \"b\": \"ü\"\n    }\n  ]\n}"));
    const Result<QString> minified = jsontext::minify(formatted.value());
    QVERIFY(minified.ok());
    QCOMPARE(minified.value(), QStringLiteral("{\"a\":[1,{\"b\":\"ü\"}]}"));

    const Result<QString> bad = jsontext::format(QStringLiteral("{\n\"a\" 1}"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().line, 2);
    QVERIFY(bad.error().message.contains(QStringLiteral("Line 2, column 5")));
    QVERIFY(!jsontext::minify(QStringLiteral("[")).ok());
}

void TestJson::treeRootAndChildren()
{
    const QByteArray json = R"( {"sku":"MH01","price":52.5,"tags":["a","b"],"stock":{"qty":3,"in":true},"n":null,)"
                            R"("e\u00e9":"caf\u00e9","empty":{}} )";
    QVERIFY(!validateJson(json).isError());
    const JsonNode root = rootNode(json);
    QCOMPARE(root.type, JsonType::Object);
    QCOMPARE(root.childCount, qint64(7));
    QCOMPARE(json.mid(root.begin, root.end - root.begin), json.trimmed());

    const JsonChildren children = listChildren(json, root, -1, 0, 100);
    QCOMPARE(int(children.nodes.size()), 7);
    QCOMPARE(children.resumeOffset, qint64(-1));
    const auto& n = children.nodes;
    QCOMPARE(n[0].key, QStringLiteral("sku"));
    QCOMPARE(n[0].type, JsonType::String);
    QCOMPARE(n[0].preview, QStringLiteral("MH01"));
    QCOMPARE(n[1].type, JsonType::Number);
    QCOMPARE(n[1].preview, QStringLiteral("52.5"));
    QCOMPARE(n[2].type, JsonType::Array);
    QCOMPARE(n[2].childCount, qint64(2));
    QCOMPARE(json.mid(n[2].begin, n[2].end - n[2].begin), QByteArray(R"(["a","b"])"));
    QCOMPARE(n[3].type, JsonType::Object);
    QCOMPARE(n[3].childCount, qint64(2));
    QCOMPARE(n[4].type, JsonType::Null);
    QCOMPARE(n[5].key, QStringLiteral("eé"));
    QCOMPARE(n[5].preview, QStringLiteral("café"));
    QCOMPARE(n[6].childCount, qint64(0));
    QCOMPARE(n[6].index, qint64(6));

    const JsonChildren stock = listChildren(json, n[3], -1, 0, 100);
    QCOMPARE(int(stock.nodes.size()), 2);
    QCOMPARE(stock.nodes[1].key, QStringLiteral("in"));
    QCOMPARE(stock.nodes[1].type, JsonType::Boolean);
    QCOMPARE(stock.nodes[1].preview, QStringLiteral("true"));
    QVERIFY(listChildren(json, n[6], -1, 0, 100).nodes.empty());
    QVERIFY(listChildren(json, n[0], -1, 0, 100).nodes.empty());

    const JsonNode scalar = rootNode("  \"only\" ");
    QCOMPARE(scalar.type, JsonType::String);
    QCOMPARE(scalar.preview, QStringLiteral("only"));
}

void TestJson::treeBatchesAndPaths()
{
    const QByteArray json = R"([0, "s", [1, [2, 3]], {"k": "v"}, 4.5])";
    const JsonNode root = rootNode(json);
    QCOMPARE(root.childCount, qint64(5));
    JsonChildren first = listChildren(json, root, -1, 0, 2);
    QCOMPARE(int(first.nodes.size()), 2);
    QVERIFY(first.resumeOffset > 0);
    JsonChildren second = listChildren(json, root, first.resumeOffset, 2, 2);
    QCOMPARE(int(second.nodes.size()), 2);
    QCOMPARE(second.nodes[0].index, qint64(2));
    QCOMPARE(second.nodes[0].childCount, qint64(2));
    JsonChildren third = listChildren(json, root, second.resumeOffset, 4, 2);
    QCOMPARE(int(third.nodes.size()), 1);
    QCOMPARE(third.nodes[0].preview, QStringLiteral("4.5"));
    QCOMPARE(third.resumeOffset, qint64(-1));

    QCOMPARE(pathStepForKey(QStringLiteral("custom_attributes")), QStringLiteral(".custom_attributes"));
    QCOMPARE(pathStepForKey(QStringLiteral("x-y")), QStringLiteral("[\"x-y\"]"));
    QCOMPARE(pathStepForKey(QStringLiteral("1st")), QStringLiteral("[\"1st\"]"));
    QCOMPARE(pathStepForKey(QStringLiteral("a\"b")), QStringLiteral("[\"a\\\"b\"]"));
    QCOMPARE(pathStepForKey(QString()), QStringLiteral("[\"\"]"));
    QCOMPARE(pathStepForIndex(3), QStringLiteral("[3]"));
}

void TestJson::treeOfMagentoResponse()
{
    const QByteArray json = test::magentoProductsJson(2 * 1024 * 1024, 3);
    const QJsonDocument reference = parsed(json);
    const JsonNode root = rootNode(json);
    QCOMPARE(root.childCount, qint64(3));
    const JsonChildren top = listChildren(json, root, -1, 0, 10);
    QCOMPARE(top.nodes[0].key, QStringLiteral("items"));
    const qint64 items = reference.object().value(QStringLiteral("items")).toArray().size();
    QCOMPARE(top.nodes[0].childCount, items);
    QCOMPARE(top.nodes[2].key, QStringLiteral("total_count"));
    QCOMPARE(top.nodes[2].preview, QString::number(reference.object().value(QStringLiteral("total_count")).toInt()));
    // Every product's byte range is the product: parse it alone and compare.
    const JsonChildren products = listChildren(json, top.nodes[0], -1, 0, items);
    QCOMPARE(qint64(products.nodes.size()), items);
    for (qint64 i = 0; i < items; i += 97) {
        const JsonNode& product = products.nodes[size_t(i)];
        const QByteArray bytes = json.mid(product.begin, product.end - product.begin);
        QCOMPARE(QJsonDocument::fromJson(bytes).object(),
            reference.object().value(QStringLiteral("items")).toArray().at(i).toObject());
        QCOMPARE(product.childCount,
            qint64(reference.object().value(QStringLiteral("items")).toArray().at(i).toObject().size()));
    }
}

void TestJson::decodeStrings()
{
    QCOMPARE(decodeJsonString("\"a\\\"b\\\\c\\/d\\n\\t\""), QStringLiteral("a\"b\\c/d\n\t"));
    QCOMPARE(decodeJsonString("\"\\u00e9\\ud83d\\ude00\""), QStringLiteral("é😀"));
    QCOMPARE(decodeJsonString("\"Müller\""), QStringLiteral("Müller"));
    QCOMPARE(decodeJsonString("\"abcdef\"", 3), QStringLiteral("abc…"));
    // Not validated input never crashes: a lone surrogate or a bad byte becomes U+FFFD.
    QCOMPARE(decodeJsonString("\"\\ud800x\""), QStringLiteral("\uFFFDx"));
    QCOMPARE(decodeJsonString("\"\xFF\""), QStringLiteral("\uFFFD"));
    QCOMPARE(decodeJsonString("\"\\u12\""), QStringLiteral("\uFFFD12"));
}

QTEST_GUILESS_MAIN(TestJson)
#include "test_json.moc"
