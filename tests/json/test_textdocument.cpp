// Text documents (line index, wrapping, snapshots), search, content detection, HTML as text, XML indentation and
// the worker relay that carries results back to the UI thread.

#include "core/json/contentkind.h"
#include "core/json/foldstate.h"
#include "core/json/htmltext.h"
#include "core/json/jsonpretty.h"
#include "core/json/syntaxlexer.h"
#include "core/json/textdecode.h"
#include "core/json/textsearch.h"
#include "core/json/worker.h"
#include "core/json/xmlpretty.h"
#include "tests/json/magentosample.h"

#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>
#include <QThread>

using namespace studio;
using namespace studio::json;

Q_DECLARE_METATYPE(studio::json::ContentKind)

namespace {

TextDocument built(const QByteArray& text)
{
    TextDocumentBuilder builder;
    builder.append(text.constData(), text.size());
    return builder.finish();
}

std::vector<TextMatch> allMatches(const TextDocument& document, const SearchQuery& query,
    SearchOutcome* outcome = nullptr, qint64 maxStored = 1000000)
{
    std::vector<TextMatch> matches;
    const SearchOutcome result
        = searchText(document, query, maxStored, nullptr, [&](std::vector<TextMatch>&& batch, qint64, double) {
              matches.insert(matches.end(), batch.begin(), batch.end());
          });
    if (outcome)
        *outcome = result;
    return matches;
}

QStringList matchedTexts(const TextDocument& document, const std::vector<TextMatch>& matches)
{
    QStringList texts;
    for (const TextMatch& m : matches)
        texts << QString::fromUtf8(document.bytes(m.offset, m.offset + m.length));
    return texts;
}

} // namespace

class TestTextDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builderLines();
    void bytesAcrossBlocks();
    void snapshotsStayValid();
    void rawIndexWrapsLongLines();
    void rawIndexOfMappedFile();
    void rawIndexProgressAndCancel();
    void decodeKeepsOffsets();
    void foldStateMapsLinesAndRows();
    void searchPlain();
    void searchCaseInsensitiveUnicode();
    void searchRegex();
    void searchAcrossBlockBoundary();
    void searchLimitsAndCancel();
    void searchBatchesArriveEarly();
    void detectContent_data();
    void detectContent();
    void htmlAsText();
    void xmlIndented();
    void xmlErrors();
    void lexJson();
    void lexXml();
    void relayDeliversOnTheReceiversThread();
    void relayDropsAfterCancelOrReceiverDeath();
};

void TestTextDocument::builderLines()
{
    const TextDocument doc = built("first\r\nsecond\n\nlast");
    QCOMPARE(doc.lineCount(), qint64(4));
    QCOMPARE(doc.lineBytes(0), QByteArray("first"));
    QCOMPARE(doc.lineBytes(1), QByteArray("second"));
    QCOMPARE(doc.lineBytes(2), QByteArray());
    QCOMPARE(doc.lineBytes(3), QByteArray("last"));
    QCOMPARE(doc.lineStart(3), qint64(15));
    QCOMPARE(doc.lineOfOffset(0), qint64(0));
    QCOMPARE(doc.lineOfOffset(6), qint64(0));
    QCOMPARE(doc.lineOfOffset(7), qint64(1));
    QCOMPARE(doc.lineOfOffset(14), qint64(2));
    QCOMPARE(doc.lineOfOffset(100), qint64(3));
    QCOMPARE(doc.maxLineLength(), qint64(6)); // "first\r" and "second"
    QVERIFY(!doc.isContinuation(1));
    QVERIFY(doc.isComplete());

    const TextDocument trailing = built("a\n");
    QCOMPARE(trailing.lineCount(), qint64(2));
    QCOMPARE(trailing.lineBytes(1), QByteArray());
    const TextDocument empty;
    QCOMPARE(empty.lineCount(), qint64(0));
    QCOMPARE(empty.size(), qint64(0));
}

void TestTextDocument::bytesAcrossBlocks()
{
    // 3.5 blocks of text, lines of varying length, appended in odd-sized pieces.
    QByteArray text;
    for (int i = 0; text.size() < 3 * 1024 * 1024 + 512 * 1024; ++i)
        text += QByteArray::number(i) + ':' + QByteArray(i % 97, char('a' + i % 26)) + '\n';
    TextDocumentBuilder builder;
    for (qsizetype at = 0; at < text.size(); at += 77777)
        builder.append(text.constData() + at, std::min<qsizetype>(77777, text.size() - at));
    const TextDocument doc = builder.finish();
    QCOMPARE(doc.size(), qint64(text.size()));
    QCOMPARE(doc.bytes(0, doc.size()), text);
    const qint64 boundary = qint64(1) << TextDocument::ByteBlockShift;
    QCOMPARE(doc.bytes(boundary - 10, boundary + 10), text.mid(boundary - 10, 20));
    QCOMPARE(doc.piece(boundary - 10, boundary + 10).size(), qsizetype(10));
    const QByteArrayList lines = text.split('\n');
    QCOMPARE(doc.lineCount(), qint64(lines.size()));
    for (qsizetype i = 0; i < lines.size(); i += 1013)
        QCOMPARE(doc.lineBytes(i), lines[i]);
    QCOMPARE(doc.lineOfOffset(boundary), qint64(text.left(boundary).count('\n')));
}

void TestTextDocument::snapshotsStayValid()
{
    TextDocumentBuilder builder;
    builder.append("one\ntwo\nthr", 11);
    const TextDocument early = builder.snapshot();
    QVERIFY(!early.isComplete());
    // Much more text (new blocks, new line blocks) does not move what the snapshot sees.
    QByteArray more = "ee\n";
    for (int i = 0; i < 200000; ++i)
        more += "line " + QByteArray::number(i) + '\n';
    builder.append(more.constData(), more.size());
    const TextDocument done = builder.finish();
    QCOMPARE(early.lineCount(), qint64(3));
    QCOMPARE(early.lineBytes(2), QByteArray("thr"));
    QCOMPARE(early.size(), qint64(11));
    QCOMPARE(done.lineBytes(2), QByteArray("three"));
    QCOMPARE(done.lineCount(), qint64(200004));
}

void TestTextDocument::rawIndexWrapsLongLines()
{
    // A minified body: one line of 10,000 bytes with multi-byte characters, then two short lines.
    QByteArray text;
    while (text.size() < 10000)
        text += "{\"name\":\"Grüße 東京\"},";
    text += "\nshort\nend";
    LineIndexOptions options;
    options.wrapBytes = 1000;
    const TextDocument doc = indexLines(ByteSource::fromBytes(text), options, nullptr);
    QVERIFY(doc.isComplete());
    QVERIFY(doc.lineCount() > 10);
    QByteArray joined;
    for (qint64 i = 0; i < doc.lineCount(); ++i) {
        const QByteArray line = doc.lineBytes(i);
        QVERIFY(line.size() <= 1000);
        // Never split inside a UTF-8 sequence.
        QVERIFY(QString::fromUtf8(line).toUtf8() == line);
        if (i > 0)
            joined += doc.isContinuation(i) ? "" : "\n";
        joined += line;
    }
    QCOMPARE(joined, text);
    QCOMPARE(doc.lineBytes(doc.lineCount() - 1), QByteArray("end"));
    QVERIFY(!doc.isContinuation(doc.lineCount() - 1));
    QVERIFY(doc.isContinuation(1));

    options.wrapBytes = 0;
    QCOMPARE(indexLines(ByteSource::fromBytes(text), options, nullptr).lineCount(), qint64(3));
}

void TestTextDocument::rawIndexOfMappedFile()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    const QByteArray text = "alpha\nbeta\ngamma\n";
    file.write(text);
    file.flush();
    const Result<ByteSourcePtr> source = ByteSource::mapFile(file.fileName());
    QVERIFY2(source.ok(), qPrintable(source.error().toString()));
    QCOMPARE(source.value()->size(), qint64(text.size()));
    QCOMPARE(source.value()->filePath(), file.fileName());
    QCOMPARE(source.value()->head(4), QByteArray("alph"));
    const TextDocument doc = indexLines(source.value(), {}, nullptr);
    QCOMPARE(doc.lineCount(), qint64(4));
    QCOMPARE(doc.lineBytes(1), QByteArray("beta"));

    QTemporaryFile empty;
    QVERIFY(empty.open());
    const Result<ByteSourcePtr> none = ByteSource::mapFile(empty.fileName());
    QVERIFY(none.ok());
    QCOMPARE(none.value()->size(), qint64(0));

    const Result<ByteSourcePtr> missing = ByteSource::mapFile(QStringLiteral("/nonexistent/body.json"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QStringLiteral("/nonexistent/body.json")));
}

void TestTextDocument::rawIndexProgressAndCancel()
{
    const ByteSourcePtr source = ByteSource::fromBytes(test::magentoProductsJson(20 * 1024 * 1024));
    int reports = 0;
    const TextDocument doc = indexLines(source, {}, nullptr, [&](const TextDocument& snapshot, double fraction) {
        ++reports;
        QVERIFY(!snapshot.isComplete());
        QVERIFY(fraction > 0 && fraction < 1);
        QVERIFY(snapshot.lineCount() > 1);
    });
    QVERIFY(reports >= 2);
    QVERIFY(doc.isComplete());
    QCOMPARE(doc.size(), source->size());

    std::atomic_bool cancel {false};
    const TextDocument stopped = indexLines(source, {}, &cancel, [&](const TextDocument&, double) { cancel = true; });
    QVERIFY(!stopped.isComplete());
    QVERIFY(stopped.size() < source->size());
}

void TestTextDocument::decodeKeepsOffsets()
{
    const QByteArray bytes = "a\tü\xFF😀\x01";
    const DecodedText decoded = decodeUtf8(bytes, ControlCharacters::Visible, true);
    // a, 3 spaces (tab to column 4), ü, U+FFFD, surrogate pair, U+2401
    QCOMPARE(decoded.text, QStringLiteral("a   ü\uFFFD😀\u2401"));
    const std::vector<qint32> expected = {0, 1, 1, 1, 2, 4, 5, 5, 9, 10};
    QCOMPARE(decoded.offsets, expected);
    QCOMPARE(decodeUtf8(bytes, ControlCharacters::Keep, false).text, QStringLiteral("a\tü\uFFFD😀\u0001"));
}

void TestTextDocument::foldStateMapsLinesAndRows()
{
    // {                 0   root 0..14
    //   "a": [          1   a 1..7
    //     {             4   (inner 4..6)
    //   "c": {          9   c 9..13
    //     "d": [        10  d 10..12
    const PrettyResult pretty = prettyPrint(R"({"a":[1,2,{"x":1}],"b":{},"c":{"d":[[]]}})");
    const std::vector<Fold>& folds = pretty.document.folds();
    QCOMPARE(int(folds.size()), 5);
    FoldState state;
    state.reset(folds.size());
    QCOMPARE(state.rowOfLine(9), qint64(9));
    QCOMPARE(state.hiddenBy(5), qint64(-1));

    state.setFolded(folds, 2, true); // lines 5, 6 hidden
    state.setFolded(folds, 1, true); // lines 2..7 hidden (covers the inner one)
    QCOMPARE(state.hiddenLines(), qint64(6));
    QCOMPARE(state.hiddenBy(5), qint64(1));
    QCOMPARE(state.hiddenBy(8), qint64(-1));
    QCOMPARE(state.rowOfLine(1), qint64(1));
    QCOMPARE(state.rowOfLine(4), qint64(1)); // hidden: its fold's row
    QCOMPARE(state.rowOfLine(8), qint64(2));
    QCOMPARE(state.lineOfRow(2), qint64(8));
    state.setFolded(folds, 4, true); // "d": lines 11, 12
    QCOMPARE(state.lineOfRow(4), qint64(10));
    QCOMPARE(state.lineOfRow(5), qint64(13));
    QCOMPARE(state.rowOfLine(14), qint64(14 - 6 - 2));
    for (qint64 row = 0; row < 15 - state.hiddenLines(); ++row)
        QCOMPARE(state.rowOfLine(state.lineOfRow(row)), row);
    // Unfolding the outer range uncovers the inner one, still folded.
    state.setFolded(folds, 1, false);
    QCOMPARE(state.hiddenBy(5), qint64(4));
    QCOMPARE(state.hiddenBy(3), qint64(-1));

    state.setAll(folds, true, true);
    QVERIFY(!state.isFolded(0));
    QCOMPARE(15 - state.hiddenLines(), qint64(5)); // {, "a": [ … ], "b": {}, "c": { … }, }
    state.setAll(folds, false, false);
    QCOMPARE(state.hiddenLines(), qint64(0));

    QCOMPARE(FoldState::foldAround(folds, 5), qint64(4));
    QCOMPARE(FoldState::foldAround(folds, 8), qint64(0));
    QCOMPARE(FoldState::foldAround(folds, 11), qint64(10));
    QCOMPARE(FoldState::foldAround(std::vector<Fold>(), 3), qint64(-1));
}

void TestTextDocument::searchPlain()
{
    const TextDocument doc = built("{\n  \"Sku\": \"MH01\",\n  \"sku2\": \"mh01-SKU\"\n}");
    SearchQuery query;
    query.text = QStringLiteral("sku");
    QCOMPARE(matchedTexts(doc, allMatches(doc, query)),
        (QStringList {QStringLiteral("Sku"), QStringLiteral("sku"), QStringLiteral("SKU")}));
    query.caseSensitive = true;
    const std::vector<TextMatch> exact = allMatches(doc, query);
    QCOMPARE(int(exact.size()), 1);
    QCOMPARE(doc.lineOfOffset(exact[0].offset), qint64(2));
    // Non-overlapping, like every editor.
    const TextDocument aaa = built("aaaa");
    query.text = QStringLiteral("aa");
    QCOMPARE(int(allMatches(aaa, query).size()), 2);
    query.text.clear();
    QVERIFY(allMatches(doc, query).empty());
}

void TestTextDocument::searchCaseInsensitiveUnicode()
{
    const TextDocument doc = built("Müller\nMÜLLER\nmuller\nΣΊΣΥΦΟΣ σίσυφος");
    SearchQuery query;
    query.text = QStringLiteral("müller");
    QCOMPARE(
        matchedTexts(doc, allMatches(doc, query)), (QStringList {QStringLiteral("Müller"), QStringLiteral("MÜLLER")}));
    query.text = QStringLiteral("σίσυφος");
    QCOMPARE(int(allMatches(doc, query).size()), 2);
    query.caseSensitive = true;
    QCOMPARE(int(allMatches(doc, query).size()), 1);
}

void TestTextDocument::searchRegex()
{
    const TextDocument doc = built("\"sku\": \"MH01-XS\",\n\"sku\": \"WJ12-L\",\n\"price\": 52.5\n\"Grüße\": 1");
    SearchQuery query;
    query.regex = true;
    query.text = QStringLiteral("[A-Z]{2}\\d{2}-\\w+");
    QCOMPARE(
        matchedTexts(doc, allMatches(doc, query)), (QStringList {QStringLiteral("MH01-XS"), QStringLiteral("WJ12-L")}));
    query.text = QStringLiteral("^\"\\w+\"");
    QCOMPARE(int(allMatches(doc, query).size()), 4);
    // Byte offsets are right after multi-byte characters.
    query.text = QStringLiteral("e\": 1");
    const std::vector<TextMatch> after = allMatches(doc, query);
    QCOMPARE(matchedTexts(doc, after), QStringList {QStringLiteral("e\": 1")});
    // Matches never span lines; empty matches are skipped.
    query.text = QStringLiteral(",\\s+\"");
    QVERIFY(allMatches(doc, query).empty());
    query.text = QStringLiteral("z*");
    QVERIFY(allMatches(doc, query).empty());

    query.text = QStringLiteral("([a-z");
    SearchOutcome outcome;
    QVERIFY(allMatches(doc, query, &outcome).empty());
    QVERIFY(!outcome.error.isEmpty());
    QVERIFY(!searchQueryError(query).isEmpty());
    QVERIFY(searchQueryError(SearchQuery {QStringLiteral("([a-z"), false, false}).isEmpty());
}

void TestTextDocument::searchAcrossBlockBoundary()
{
    const qint64 boundary = qint64(1) << TextDocument::ByteBlockShift;
    QByteArray text(3 * boundary, '.');
    for (qint64 i = 1; i < 3; ++i) {
        text.replace(i * boundary - 3, 6, "needle");
        text[i * boundary - 100] = '\n';
    }
    TextDocumentBuilder builder;
    builder.append(text.constData(), text.size());
    const TextDocument doc = builder.finish();
    for (const bool regex : {false, true}) {
        SearchQuery query;
        query.text = QStringLiteral("NEEDLE");
        query.regex = regex;
        const std::vector<TextMatch> matches = allMatches(doc, query);
        QCOMPARE(int(matches.size()), 2);
        QCOMPARE(matches[0].offset, boundary - 3);
        QCOMPARE(matches[1].offset, 2 * boundary - 3);
    }
}

void TestTextDocument::searchLimitsAndCancel()
{
    const TextDocument doc = built(QByteArray(100000, 'x'));
    SearchQuery query;
    query.text = QStringLiteral("x");
    SearchOutcome outcome;
    const std::vector<TextMatch> stored = allMatches(doc, query, &outcome, 1000);
    QCOMPARE(int(stored.size()), 1000);
    QCOMPARE(outcome.total, qint64(100000));
    QVERIFY(outcome.complete);

    const TextDocument big = built(test::magentoProductsJson(8 * 1024 * 1024));
    std::atomic_bool cancel {true};
    const SearchOutcome cancelled = searchText(big, query, 10, &cancel, {});
    QVERIFY(!cancelled.complete);
}

void TestTextDocument::searchBatchesArriveEarly()
{
    const TextDocument doc = built(test::magentoProductsJson(8 * 1024 * 1024));
    SearchQuery query;
    query.text = QStringLiteral("attribute_code");
    int batches = 0;
    qint64 firstBatchTotal = 0;
    qint64 received = 0;
    double lastFraction = 0;
    const SearchOutcome outcome
        = searchText(doc, query, 1 << 30, nullptr, [&](std::vector<TextMatch>&& batch, qint64 total, double fraction) {
              if (batches++ == 0)
                  firstBatchTotal = total;
              received += qint64(batch.size());
              QCOMPARE(received, total);
              QVERIFY(fraction >= lastFraction);
              lastFraction = fraction;
          });
    QVERIFY(batches >= 2);
    QVERIFY2(firstBatchTotal < outcome.total, "the first matches come before the search ends");
    QCOMPARE(received, outcome.total);
    QCOMPARE(lastFraction, 1.0);
}

void TestTextDocument::detectContent_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<ContentKind>("kind");
    QTest::newRow("json") << QByteArray("{\"a\":1}") << QByteArray("application/json; charset=utf-8")
                          << ContentKind::Json;
    QTest::newRow("json array, no type") << QByteArray(" [1,2]") << QByteArray() << ContentKind::Json;
    QTest::newRow("json with BOM as text/plain")
        << QByteArray("\xEF\xBB\xBF{}") << QByteArray("text/plain") << ContentKind::Json;
    QTest::newRow("problem+json") << QByteArray("oops") << QByteArray("application/problem+json") << ContentKind::Json;
    QTest::newRow("bare number") << QByteArray("42") << QByteArray() << ContentKind::Json;
    QTest::newRow("maintenance page as json") << QByteArray("<!doctype html>\n<html><head><title>Error 503")
                                              << QByteArray("application/json") << ContentKind::Html;
    QTest::newRow("html") << QByteArray("<html><body>x</body></html>") << QByteArray("text/html") << ContentKind::Html;
    QTest::newRow("php error") << QByteArray("<br />\n<b>Fatal error</b>: Uncaught Exception")
                               << QByteArray("text/html; charset=UTF-8") << ContentKind::Html;
    QTest::newRow("xml") << QByteArray("<?xml version=\"1.0\"?><response/>") << QByteArray("application/xml")
                         << ContentKind::Xml;
    QTest::newRow("soap without type") << QByteArray("<soap:Envelope xmlns:soap=\"x\"/>") << QByteArray()
                                       << ContentKind::Xml;
    QTest::newRow("xml typed as html") << QByteArray("<div>hi</div>") << QByteArray("text/html") << ContentKind::Html;
    QTest::newRow("text") << QByteArray("Service Unavailable") << QByteArray("text/plain") << ContentKind::Text;
    QTest::newRow("csv") << QByteArray("sku,qty\nMH01,3\n") << QByteArray("text/csv") << ContentKind::Text;
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QByteArray("image/png")
                         << ContentKind::Binary;
    QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\0\0\0\0\0", 8) << QByteArray() << ContentKind::Binary;
    QTest::newRow("empty") << QByteArray() << QByteArray("application/json") << ContentKind::Empty;
    QTest::newRow("white space") << QByteArray("  \n") << QByteArray() << ContentKind::Text;
    QTest::newRow("utf-8 text cut mid-character") << QByteArray("Grüße \xE6\x9D") << QByteArray() << ContentKind::Text;
}

void TestTextDocument::detectContent()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, contentType);
    QFETCH(ContentKind, kind);
    QCOMPARE(json::detectContent(head, contentType), kind);
    QVERIFY(!contentKindName(kind).isEmpty());
}

void TestTextDocument::htmlAsText()
{
    // Magento's maintenance page (pub/errors/default/503.phtml), trimmed.
    const QByteArray page = R"(<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" >
<head>
    <title>Error 503: Service Unavailable</title>
    <base href="http://shop.example.com/errors/default/" />
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <link rel="stylesheet" href="css/styles.css" type="text/css" />
    <style>body { color: red; }</style>
    <script>var secret = "do not show";</script>
</head>
<body>
    <main class="page-main">
        <h1>Service Temporarily Unavailable</h1>
<p>The server is temporarily unable to service your request due to maintenance downtime or capacity problems.
 Please try again later.</p>
        <!-- a comment -->
        <ul><li>Caf&eacute; &amp; more</li><li>&#x1F600; &#8364;5&nbsp;off</li></ul>
    </main>
</body>
</html>)";
    const QString text = QString::fromUtf8(htmlToText(page));
    QCOMPARE(text,
        QStringLiteral("Error 503: Service Unavailable\n\nService Temporarily Unavailable\n\n"
                       "The server is temporarily unable to service your request due to maintenance downtime or "
                       "capacity problems. Please try again later.\n\n• Café & more\n• 😀 €5 off"));
    QCOMPARE(QString::fromUtf8(htmlToText("<pre>a\n  b</pre>after")), QStringLiteral("a\n  b\nafter"));
    QCOMPARE(QString::fromUtf8(htmlToText("1 < 2 &unknown; <b>bold</b>")), QStringLiteral("1 < 2 &unknown; bold"));
    QCOMPARE(htmlToText("<script>never closed"), QByteArray());
    QCOMPARE(htmlToText(""), QByteArray());
}

void TestTextDocument::xmlIndented()
{
    const XmlPrettyResult result = prettyXml(R"(<?xml version="1.0"?><a x="1"><b>text</b><c><d/></c></a>)");
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    const QByteArray text = result.document.bytes(0, result.document.size());
    QCOMPARE(text,
        QByteArray(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a x=\"1\">\n  <b>text</b>\n  <c>\n    <d/>\n  </c>\n</a>\n"));
    const std::vector<Fold>& folds = result.document.folds();
    QCOMPARE(int(folds.size()), 2);
    QCOMPARE(folds[0].startLine, quint32(1));
    QCOMPARE(folds[0].endLine, quint32(6));
    QCOMPARE(folds[0].items, quint32(2));
    QCOMPARE(folds[0].kind, FoldKind::Element);
    QCOMPARE(folds[1].startLine, quint32(3));
    QCOMPARE(folds[1].endLine, quint32(5));
}

void TestTextDocument::xmlErrors()
{
    const XmlPrettyResult result = prettyXml("<a>\n  <b></a>");
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(result.errorLine, qint64(2));
    QVERIFY(result.errorColumn > 0);
}

void TestTextDocument::lexJson()
{
    bool inString = false;
    const QString line = QStringLiteral("  \"key\" : [\"v\\\"x\", -1.5e3, true, null, bad],");
    const std::vector<TokenSpan> spans = lexJsonLine(line, inString);
    QStringList kinds;
    for (const TokenSpan& span : spans)
        kinds << line.mid(span.start, span.length) + u'=' + QString::number(int(span.kind));
    QCOMPARE(kinds,
        (QStringList {QStringLiteral("\"key\"=1"), QStringLiteral(":=5"), QStringLiteral("[=5"),
            QStringLiteral("\"v\\\"x\"=2"), QStringLiteral(",=5"), QStringLiteral("-1.5e3=3"), QStringLiteral(",=5"),
            QStringLiteral("true=4"), QStringLiteral(",=5"), QStringLiteral("null=4"), QStringLiteral(",=5"),
            QStringLiteral("bad=9"), QStringLiteral("]=5"), QStringLiteral(",=5")}));
    QVERIFY(!inString);
    // A window that starts inside a string and ends inside one.
    inString = true;
    const std::vector<TokenSpan> middle = lexJsonLine(u"abc\", \"de", inString);
    QCOMPARE(middle.front().kind, TokenKind::String);
    QCOMPARE(middle.front().length, qsizetype(4));
    QVERIFY(inString);
}

void TestTextDocument::lexXml()
{
    int state = 0;
    const QString line = QStringLiteral("<a href=\"x\">t &amp; <!-- c");
    const std::vector<TokenSpan> spans = lexXmlLine(line, state);
    QCOMPARE(spans.front().kind, TokenKind::Tag);
    QCOMPARE(line.mid(spans[1].start, spans[1].length), QStringLiteral("href"));
    QCOMPARE(spans[1].kind, TokenKind::Attribute);
    QCOMPARE(spans.back().kind, TokenKind::Comment);
    QCOMPARE(state, 1);
    const std::vector<TokenSpan> next = lexXmlLine(u"still --> <b/>", state);
    QCOMPARE(next.front().kind, TokenKind::Comment);
    QCOMPARE(state, 0);
}

void TestTextDocument::relayDeliversOnTheReceiversThread()
{
    QObject receiver;
    QThread* deliveredOn = nullptr;
    QThread* workedOn = nullptr;
    int value = 0;
    bool done = false;
    startJob(&receiver, [&](const std::shared_ptr<WorkerRelay>& relay) {
        workedOn = QThread::currentThread();
        relay->post([&] {
            deliveredOn = QThread::currentThread();
            value = 42;
            done = true;
        });
    });
    QTRY_VERIFY(done);
    QCOMPARE(value, 42);
    QCOMPARE(deliveredOn, QThread::currentThread());
    QVERIFY(workedOn != QThread::currentThread());
}

void TestTextDocument::relayDropsAfterCancelOrReceiverDeath()
{
    // Cancelled: the job sees the flag, deliveries are dropped.
    {
        QObject receiver;
        std::atomic_bool started {false};
        std::atomic_bool release {false};
        std::atomic_bool sawCancel {false};
        bool delivered = false;
        auto relay = startJob(&receiver, [&](const std::shared_ptr<WorkerRelay>& r) {
            started = true;
            while (!release)
                QThread::yieldCurrentThread();
            sawCancel = r->isCancelled();
            r->post([&] { delivered = true; });
        });
        QTRY_VERIFY(started);
        relay->cancel();
        release = true;
        QTRY_VERIFY(sawCancel);
        // Anything the job posted is in the event queue by now: deliver it all.
        QCoreApplication::sendPostedEvents();
        QVERIFY(!delivered);
    }
    // The receiver is destroyed while the job runs: nothing is delivered, nothing crashes.
    {
        auto receiver = std::make_unique<QObject>();
        std::atomic_bool release {false};
        std::atomic_bool finished {false};
        bool delivered = false;
        startJob(receiver.get(), [&](const std::shared_ptr<WorkerRelay>& r) {
            while (!release)
                QThread::yieldCurrentThread();
            r->post([&] { delivered = true; });
            finished = true;
        });
        receiver.reset();
        release = true;
        QTRY_VERIFY(finished);
        QCoreApplication::sendPostedEvents();
        QVERIFY(!delivered);
    }
}

QTEST_GUILESS_MAIN(TestTextDocument)
#include "test_textdocument.moc"
