// The response viewer as users meet it: a response with status, headers and a JSON body; folding, search, tabs,
// tree and copies; invalid JSON, HTML pages, binary bodies, bodies over the limit, bodies in files and in the
// request log; and the lazy tree model checked by QAbstractItemModelTester.

#include "core/json/jsonpretty.h"
#include "core/json/jsontext.h"
#include "core/net/httptypes.h"
#include "tests/json/magentosample.h"
#include "ui/noticebar.h"
#include "ui/widgets/bodyview.h"
#include "ui/widgets/hexview.h"
#include "ui/widgets/jsonhighlighter.h"
#include "ui/widgets/jsontreemodel.h"
#include "ui/widgets/responseview.h"
#include "ui/widgets/searchbar.h"
#include "ui/widgets/textview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolButton>
#include <QTreeView>

using namespace studio;
using namespace studio::ui;

namespace {

const QByteArray SmallJson = R"({"items":[{"sku":"MH01","name":"Chaz Kangeroo Hoodie","price":52,)"
                             R"("custom_attributes":[{"attribute_code":"color","value":"49"}]},)"
                             R"({"sku":"MH02","name":"Teton Pullover Hoodie","price":70,"custom_attributes":[]}],)"
                             R"("total_count":2})";

net::HttpResponse jsonResponse(const QByteArray& body)
{
    net::HttpResponse response;
    response.method = "GET";
    response.status = 200;
    response.reasonPhrase = "OK";
    response.headers = {{"Content-Type", "application/json; charset=utf-8"}, {"X-Frame-Options", "SAMEORIGIN"},
        {"Cache-Control", "no-store"}};
    response.body = body;
    response.bodySize = body.size();
    response.durationMs = 312;
    response.attempts = 1;
    return response;
}

QByteArray prettyOf(const QByteArray& json)
{
    return json::prettyJson(json);
}

/// Clicks the body's mode tab with this label.
void clickMode(BodyView* body, const QString& label)
{
    auto* bar = body->findChild<QTabBar*>();
    QVERIFY(bar);
    for (int i = 0; i < bar->count(); ++i) {
        if (bar->tabText(i) == label) {
            QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(i).center());
            return;
        }
    }
    QFAIL(qPrintable(u"no tab " + label));
}

/// A point in the gutter of `line` (visible in the first screen).
QPoint foldMarkerPoint(TextView* view, qint64 line)
{
    const qint64 row = line - view->firstVisibleLine();
    return QPoint(3, int(row) * view->lineHeight() + view->lineHeight() / 2);
}

} // namespace

class TestUiWidgets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsAResponse();
    void failedRequest();
    void reasonForHttp2();
    void foldsWithMouseAndKeyboard();
    void foldAllAndUnfoldAll();
    void searchNextPreviousAndOptions();
    void searchRaw();
    void switchesTabsAndUsesTheTree();
    void copiesSelectionAndCapsLargeCopies();
    void keyboardNavigation();
    void invalidJsonPointsAtTheError();
    void overLimitShowsRawWithANote();
    void htmlRenderedAsText();
    void binaryAsHex();
    void xmlPretty();
    void bodyFromFile();
    void logEntryWithCutBody();
    void newResponseCancelsTheOldOne();
    void stopFormatting();
    void treeModelPassesTheModelTester();
    void treeModelFetchesLargeNodesOnAWorker();
    void highlighter();

private:
    std::unique_ptr<ResponseView> showView();
    /// A shown view with `json` as a 200 response, formatted; null (with a warning) when formatting never ends.
    std::unique_ptr<ResponseView> showFormatted(const QByteArray& json);
};

void TestUiWidgets::initTestCase()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
}

std::unique_ptr<ResponseView> TestUiWidgets::showView()
{
    auto view = std::make_unique<ResponseView>();
    view->resize(900, 700);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        qWarning("window not exposed");
    return view;
}

std::unique_ptr<ResponseView> TestUiWidgets::showFormatted(const QByteArray& json)
{
    auto view = showView();
    QSignalSpy finished(view->bodyView(), &BodyView::prettyFinished);
    view->setResponse(jsonResponse(json));
    if (!finished.wait(10000)) {
        qWarning("the body was not formatted in time");
        return nullptr;
    }
    return view;
}

void TestUiWidgets::showsAResponse()
{
    auto view = showView();
    net::HttpResponse response = jsonResponse(SmallJson);
    response.http2 = true;
    QSignalSpy finished(view->bodyView(), &BodyView::prettyFinished);
    view->setResponse(response);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(view->statusLine(),
        QStringLiteral("200 OK · 312 ms · %1 · HTTP/2 · JSON")
            .arg(QLocale().formattedDataSize(SmallJson.size(), 1, QLocale::DataSizeTraditionalFormat)));
    QVERIFY(view->errorText().isEmpty());
    QCOMPARE(view->tabs()->tabText(1), QStringLiteral("Headers (3)"));
    QCOMPARE(view->headers().size(), 3);
    BodyView* body = view->bodyView();
    QCOMPARE(
        body->modes(), (QList<BodyView::Mode> {BodyView::Mode::Pretty, BodyView::Mode::Tree, BodyView::Mode::Raw}));
    QCOMPARE(body->mode(), BodyView::Mode::Pretty);
    TextView* pretty = body->prettyView();
    const QByteArray expected = prettyOf(SmallJson);
    QCOMPARE(pretty->document().bytes(0, pretty->document().size()), expected);
    QCOMPARE(pretty->document().lineCount(), qint64(expected.count('\n') + 1));
    QVERIFY(pretty->canFold());
    QTRY_VERIFY(!body->isBusy());
    QCOMPARE(view->headers().first().first, QByteArray("Content-Type"));
}

void TestUiWidgets::failedRequest()
{
    auto view = showView();
    net::HttpResponse response;
    response.failure = net::FailureKind::Refused;
    response.errorMessage = QStringLiteral("Nothing accepts connections on shop.example.com:8443.");
    response.durationMs = 3;
    view->setResponse(response);
    QCOMPARE(view->errorText(), response.errorMessage);
    QVERIFY(view->statusLine().startsWith(QStringLiteral("No answer")));
    QVERIFY(view->bodyView()->modes().isEmpty());
    QCOMPARE(view->tabs()->tabText(1), QStringLiteral("Headers"));
}

void TestUiWidgets::reasonForHttp2()
{
    auto view = showView();
    net::HttpResponse response = jsonResponse(R"({"message":"The requested product doesn't exist."})");
    response.status = 404;
    response.reasonPhrase.clear();
    response.http2 = true;
    response.failure = net::FailureKind::Http;
    response.errorMessage = QStringLiteral("HTTP 404");
    view->setResponse(response);
    QVERIFY(view->statusLine().startsWith(QStringLiteral("404 Not Found · ")));
    // An HTTP error is shown by its status, not as a transport error.
    QVERIFY(view->errorText().isEmpty());
}

void TestUiWidgets::foldsWithMouseAndKeyboard()
{
    auto view = showFormatted(SmallJson);
    QVERIFY(view);
    TextView* pretty = view->bodyView()->prettyView();
    const qint64 lines = pretty->visibleLineCount();
    // Line 1 is `"items": [`, folding the whole list (up to line lines - 3).
    QCOMPARE(pretty->document().lineBytes(1), QByteArray("  \"items\": ["));
    QTest::mouseClick(pretty->viewport(), Qt::LeftButton, {}, foldMarkerPoint(pretty, 1));
    QVERIFY(pretty->isFolded(1));
    const json::Fold& fold = pretty->document().folds()[size_t(pretty->document().foldStartingAt(1))];
    QCOMPARE(pretty->visibleLineCount(), lines - (qint64(fold.endLine) - 1));
    QVERIFY(pretty->isLineHidden(2));
    QVERIFY(!pretty->isLineHidden(fold.endLine + 1));
    // Click again: unfolded.
    QTest::mouseClick(pretty->viewport(), Qt::LeftButton, {}, foldMarkerPoint(pretty, 1));
    QVERIFY(!pretty->isFolded(1));
    QCOMPARE(pretty->visibleLineCount(), lines);

    // Keyboard: put the cursor inside the first item and fold around it, then unfold at the header.
    pretty->setFocus();
    pretty->setCursorOffset(pretty->document().lineStart(4) + 6);
    QTest::keyClick(pretty, Qt::Key_BracketLeft, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(pretty->isFolded(2));
    QCOMPARE(pretty->document().lineOfOffset(pretty->cursorOffset()), qint64(2));
    QTest::keyClick(pretty, Qt::Key_BracketRight, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!pretty->isFolded(2));
    // Revealing a hidden offset unfolds what hides it.
    pretty->setFolded(1, true);
    pretty->revealOffset(pretty->document().lineStart(5));
    QVERIFY(!pretty->isFolded(1));
}

void TestUiWidgets::foldAllAndUnfoldAll()
{
    auto view = showFormatted(test::magentoProductsJson(300 * 1024));
    QVERIFY(view);
    TextView* pretty = view->bodyView()->prettyView();
    QToolButton* foldAll = nullptr;
    QToolButton* unfoldAll = nullptr;
    for (QToolButton* button : view->bodyView()->findChildren<QToolButton*>()) {
        if (button->text() == QStringLiteral("Fold all"))
            foldAll = button;
        if (button->text() == QStringLiteral("Unfold all"))
            unfoldAll = button;
    }
    QVERIFY(foldAll && unfoldAll);
    QVERIFY(foldAll->isVisible());
    const qint64 lines = pretty->visibleLineCount();
    QTest::mouseClick(foldAll, Qt::LeftButton);
    // The top level stays open: {, "items": [ … ], "search_criteria": { … }, "total_count": n, }
    QCOMPARE(pretty->visibleLineCount(), qint64(5));
    QTest::mouseClick(unfoldAll, Qt::LeftButton);
    QCOMPARE(pretty->visibleLineCount(), lines);
}

void TestUiWidgets::searchNextPreviousAndOptions()
{
    auto view = showFormatted(SmallJson);
    QVERIFY(view);
    BodyView* body = view->bodyView();
    TextView* pretty = body->prettyView();
    pretty->setFocus();
    QTest::keyClick(pretty, Qt::Key_F, Qt::ControlModifier);
    SearchBar* bar = body->searchBar();
    QVERIFY(bar->isVisible());
    QVERIFY(bar->lineEdit()->hasFocus());

    QSignalSpy searched(body, &BodyView::searchFinished);
    QTest::keyClicks(bar->lineEdit(), QStringLiteral("hoodie"));
    QVERIFY(searched.wait(5000));
    QCOMPARE(searched.last().first().toLongLong(), qint64(2));
    QCOMPARE(pretty->matchCount(), qint64(2));
    QCOMPARE(bar->status(), QStringLiteral("1 of 2"));
    QCOMPARE(pretty->selectedText(100), QStringLiteral("Hoodie"));
    const qint64 first = pretty->selectionStart();

    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    QCOMPARE(bar->status(), QStringLiteral("2 of 2"));
    QVERIFY(pretty->selectionStart() > first);
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    QCOMPARE(bar->status(), QStringLiteral("1 of 2"));
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(bar->status(), QStringLiteral("2 of 2"));

    // Match case: "hoodie" is never lower case.
    bar->setCaseSensitive(true);
    QVERIFY(searched.wait(5000));
    QCOMPARE(bar->status(), QStringLiteral("No matches"));
    bar->setCaseSensitive(false);
    QVERIFY(searched.wait(5000));

    // Regular expressions, and a broken one reported in the bar.
    bar->setRegex(true);
    bar->setQueryText(QStringLiteral("MH0\\d"));
    QVERIFY(searched.wait(5000));
    QCOMPARE(pretty->matchCount(), qint64(2));
    bar->setQueryText(QStringLiteral("MH0(\\d"));
    QTRY_VERIFY(bar->status().startsWith(QStringLiteral("Invalid regular expression")));
    QCOMPARE(pretty->matchCount(), qint64(0));

    // Escape closes the bar and clears the marks.
    bar->setRegex(false);
    bar->setQueryText(QStringLiteral("sku"));
    QVERIFY(searched.wait(5000));
    QTest::keyClick(bar->lineEdit(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QCOMPARE(pretty->matchCount(), qint64(0));
}

void TestUiWidgets::searchRaw()
{
    auto view = showView();
    BodyView* body = view->bodyView();
    QSignalSpy raw(body, &BodyView::rawFinished);
    view->setResponse(jsonResponse(SmallJson));
    clickMode(body, QStringLiteral("Raw"));
    QVERIFY(raw.wait(5000) || body->isRawComplete());
    QCOMPARE(body->rawView()->document().bytes(0, body->rawView()->document().size()), SmallJson);
    QSignalSpy searched(body, &BodyView::searchFinished);
    body->find();
    body->searchBar()->setQueryText(QStringLiteral("\"sku\":\"MH02\""));
    QVERIFY(searched.wait(5000));
    QCOMPARE(body->rawView()->matchCount(), qint64(1));
    QCOMPARE(body->rawView()->selectedText(100), QStringLiteral("\"sku\":\"MH02\""));
    // Switching to Pretty searches there: the pretty text has a space after the colon.
    QSignalSpy prettyDone(body, &BodyView::prettyFinished);
    if (!body->isPrettyComplete())
        QVERIFY(prettyDone.wait(5000));
    clickMode(body, QStringLiteral("Pretty"));
    QVERIFY(searched.wait(5000));
    QCOMPARE(body->prettyView()->matchCount(), qint64(0));
    QCOMPARE(body->rawView()->matchCount(), qint64(0));
}

void TestUiWidgets::switchesTabsAndUsesTheTree()
{
    auto view = showFormatted(SmallJson);
    QVERIFY(view);
    BodyView* body = view->bodyView();
    QSignalSpy listed(body->treeModel(), &JsonTreeModel::rootListed);
    QSignalSpy modeChanged(body, &BodyView::modeChanged);
    clickMode(body, QStringLiteral("Tree"));
    QCOMPARE(body->mode(), BodyView::Mode::Tree);
    QCOMPARE(modeChanged.count(), 1);
    QVERIFY(listed.wait(5000));
    JsonTreeModel* model = body->treeModel();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, JsonTreeModel::KeyColumn).data().toString(), QStringLiteral("items"));
    QCOMPARE(model->index(0, JsonTreeModel::ValueColumn).data().toString(), QStringLiteral("[2 items]"));
    QCOMPARE(model->index(1, JsonTreeModel::ValueColumn).data().toString(), QStringLiteral("2"));
    QCOMPARE(model->index(1, JsonTreeModel::TypeColumn).data().toString(), QStringLiteral("number"));

    // The small top level was expanded; go down to the first product's name.
    QTreeView* tree = body->treeView();
    const QModelIndex items = model->index(0, 0);
    QTRY_VERIFY(tree->isExpanded(items));
    QTRY_COMPARE(model->rowCount(items), 2);
    const QModelIndex product = model->index(0, 0, items);
    tree->expand(product);
    QTRY_COMPARE(model->rowCount(product), 4);
    const QModelIndex name = model->index(1, 0, product);
    QCOMPARE(name.data().toString(), QStringLiteral("name"));
    QCOMPARE(model->index(1, JsonTreeModel::ValueColumn, product).data().toString(),
        QStringLiteral("\"Chaz Kangeroo Hoodie\""));
    QCOMPARE(model->path(name), QStringLiteral(".items[0].name"));

    tree->setFocus();
    tree->setCurrentIndex(name);
    QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Chaz Kangeroo Hoodie"));
    body->copyTreePath();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral(".items[0].name"));
    // A container is copied pretty-printed (on a worker).
    tree->setCurrentIndex(model->index(3, 0, product));
    QApplication::clipboard()->clear();
    body->copyTreeValue();
    QTRY_COMPARE(QApplication::clipboard()->text(),
        QStringLiteral("[\n  {\n    \"attribute_code\": \"color\",\n    \"value\": \"49\"\n  }\n]"));

    clickMode(body, QStringLiteral("Raw"));
    QCOMPARE(body->mode(), BodyView::Mode::Raw);
    clickMode(body, QStringLiteral("Pretty"));
    QCOMPARE(body->mode(), BodyView::Mode::Pretty);
}

void TestUiWidgets::copiesSelectionAndCapsLargeCopies()
{
    auto view = showFormatted(SmallJson);
    QVERIFY(view);
    BodyView* body = view->bodyView();
    TextView* pretty = body->prettyView();
    pretty->setFocus();
    QTest::keyClick(pretty, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(pretty, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text().toUtf8(), prettyOf(SmallJson));
    // Nothing selected: the cursor's line.
    pretty->setCursorOffset(pretty->document().lineStart(1));
    pretty->copy();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("  \"items\": ["));

    // Several megabytes: built on a worker, capped at the limit, with a note.
    BodyView::Limits limits;
    limits.copyLimitBytes = 1536 * 1024;
    body->setLimits(limits);
    QSignalSpy finished(body, &BodyView::prettyFinished);
    view->setResponse(jsonResponse(test::magentoProductsJson(2 * 1024 * 1024)));
    QVERIFY(finished.wait(10000));
    QSignalSpy copied(pretty, &TextView::copied);
    pretty->selectAll();
    pretty->copy();
    QVERIFY(copied.wait(10000));
    const qint64 copiedBytes = copied.first().at(0).toLongLong();
    const qint64 selectedBytes = copied.first().at(1).toLongLong();
    QCOMPARE(selectedBytes, pretty->document().size());
    QVERIFY(copiedBytes <= limits.copyLimitBytes && copiedBytes > limits.copyLimitBytes - 4);
    QCOMPARE(QApplication::clipboard()->text().toUtf8(), pretty->document().bytes(0, copiedBytes));
    QVERIFY(body->infoText().contains(QStringLiteral("copy limit")));
}

void TestUiWidgets::keyboardNavigation()
{
    auto view = showFormatted(test::magentoProductsJson(200 * 1024));
    QVERIFY(view);
    BodyView* body = view->bodyView();
    TextView* pretty = body->prettyView();
    const json::TextDocument& doc = pretty->document();
    pretty->setFocus();
    QTest::keyClick(pretty, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(pretty->cursorOffset(), qint64(0));
    QTest::keyClick(pretty, Qt::Key_Down);
    QTest::keyClick(pretty, Qt::Key_Down);
    QCOMPARE(doc.lineOfOffset(pretty->cursorOffset()), qint64(2));
    QTest::keyClick(pretty, Qt::Key_End);
    QCOMPARE(pretty->cursorOffset(), doc.lineEnd(2));
    QTest::keyClick(pretty, Qt::Key_Home, Qt::ShiftModifier);
    QCOMPARE(pretty->selectedText(1000).toUtf8(), doc.lineBytes(2));
    QTest::keyClick(pretty, Qt::Key_Right);
    QVERIFY(!pretty->hasSelection());
    QTest::keyClick(pretty, Qt::Key_PageDown);
    const qint64 afterPage = doc.lineOfOffset(pretty->cursorOffset());
    QVERIFY(afterPage > 10);
    QVERIFY(pretty->firstVisibleLine() > 0);
    QTest::keyClick(pretty, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(pretty->cursorOffset(), doc.size());
    QCOMPARE(qint64(pretty->verticalScrollBar()->value()), pretty->firstVisibleLine());
    QCOMPARE(pretty->verticalScrollBar()->value(), pretty->verticalScrollBar()->maximum());
    // The mouse puts the cursor where it clicks.
    QTest::keyClick(pretty, Qt::Key_Home, Qt::ControlModifier);
    const int lineHeight = pretty->lineHeight();
    QTest::mouseClick(
        pretty->viewport(), Qt::LeftButton, {}, QPoint(pretty->viewport()->width() - 5, lineHeight * 3 + 2));
    QCOMPARE(pretty->cursorOffset(), doc.lineEnd(3));
    // Dragging selects from where the button went down to where it is.
    const QPoint from(pretty->viewport()->width() - 5, lineHeight + 2);
    const QPoint to(pretty->viewport()->width() - 5, lineHeight * 4 + 2);
    QTest::mousePress(pretty->viewport(), Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, to, pretty->viewport()->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, {});
    QApplication::sendEvent(pretty->viewport(), &move);
    QTest::mouseRelease(pretty->viewport(), Qt::LeftButton, {}, to);
    QCOMPARE(pretty->selectionStart(), doc.lineEnd(1));
    QCOMPARE(pretty->selectionEnd(), doc.lineEnd(4));
    QCOMPARE(pretty->selectedText(10000).toUtf8(), doc.bytes(doc.lineEnd(1), doc.lineEnd(4)));
}

void TestUiWidgets::invalidJsonPointsAtTheError()
{
    auto view = showView();
    BodyView* body = view->bodyView();
    QSignalSpy finished(body, &BodyView::prettyFinished);
    const QByteArray broken = "{\n  \"sku\": \"MH01\",\n  \"price\" 52\n}";
    view->setResponse(jsonResponse(broken));
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(body->jsonError().code, json::JsonErrorCode::ExpectedColon);
    QVERIFY2(
        body->noticeText().contains(QStringLiteral("Line 3, column 11 (byte 29)")), qPrintable(body->noticeText()));
    // The pretty view keeps the text up to the error.
    QVERIFY(body->prettyView()->document().bytes(0, body->prettyView()->document().size()).startsWith("{\n  \"sku\""));
    clickMode(body, QStringLiteral("Tree"));
    QVERIFY(body->treeModel()->rowCount() == 0);
    // "Show in Raw" selects the bad character.
    QToolButton* show = nullptr;
    for (QToolButton* button : body->findChild<NoticeBar*>()->findChildren<QToolButton*>()) {
        if (button->text() == QStringLiteral("Show in Raw"))
            show = button;
    }
    QVERIFY(show);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(body->mode(), BodyView::Mode::Raw);
    QTRY_COMPARE(body->rawView()->selectedText(10), QStringLiteral("5"));
    QCOMPARE(body->rawView()->selectionStart(), qint64(29));
}

void TestUiWidgets::overLimitShowsRawWithANote()
{
    auto view = showView();
    BodyView* body = view->bodyView();
    BodyView::Limits limits;
    limits.prettyLimitBytes = 4096;
    body->setLimits(limits);
    const QByteArray json = test::magentoProductsJson(64 * 1024);
    QSignalSpy raw(body, &BodyView::rawFinished);
    view->setResponse(jsonResponse(json));
    QCOMPARE(body->modes(), QList<BodyView::Mode> {BodyView::Mode::Raw});
    QVERIFY(body->noticeText().contains(QStringLiteral("limit")));
    QVERIFY(raw.wait(5000));
    QCOMPARE(body->rawView()->document().size(), qint64(json.size()));
    // Minified JSON is one line: the raw view wraps it.
    QVERIFY(body->rawView()->document().lineCount() > 10);
    QVERIFY(body->rawView()->document().isContinuation(1));

    QSignalSpy finished(body, &BodyView::prettyFinished);
    body->formatAnyway();
    QCOMPARE(
        body->modes(), (QList<BodyView::Mode> {BodyView::Mode::Pretty, BodyView::Mode::Tree, BodyView::Mode::Raw}));
    QVERIFY(finished.wait(5000));
    QCOMPARE(body->prettyView()->document().bytes(0, body->prettyView()->document().size()), prettyOf(json));
}

void TestUiWidgets::htmlRenderedAsText()
{
    auto view = showView();
    net::HttpResponse response = jsonResponse(
        "<!doctype html><html><head><title>Error 503: Service Unavailable</title></head><body>"
        "<h1>Service Temporarily Unavailable</h1><p>The server is temporarily unable to service your request due "
        "to maintenance downtime or capacity problems. Please try again later.</p></body></html>");
    response.status = 503;
    response.reasonPhrase = "Service Unavailable";
    // Served as JSON by a proxy: the bytes win.
    BodyView* body = view->bodyView();
    view->setResponse(response);
    QCOMPARE(body->contentKind(), json::ContentKind::Html);
    QCOMPARE(body->modes(), (QList<BodyView::Mode> {BodyView::Mode::Rendered, BodyView::Mode::Raw}));
    QVERIFY(view->statusLine().startsWith(QStringLiteral("503 Service Unavailable")));
    QVERIFY(view->statusLine().endsWith(QStringLiteral("HTML")));
    QTRY_VERIFY(body->renderedView()->document().size() > 0);
    const QByteArray text = body->renderedView()->document().bytes(0, body->renderedView()->document().size());
    QVERIFY(text.contains("Service Temporarily Unavailable\n\nThe server is temporarily unable"));
    QVERIFY(!text.contains('<'));
}

void TestUiWidgets::binaryAsHex()
{
    auto view = showView();
    net::HttpResponse response = jsonResponse(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20));
    response.headers = {{"Content-Type", "image/png"}};
    view->setResponse(response);
    BodyView* body = view->bodyView();
    QCOMPARE(body->contentKind(), json::ContentKind::Binary);
    QCOMPARE(body->mode(), BodyView::Mode::Hex);
    QCOMPARE(body->hexView()->rowCount(), qint64(2));
    QCOMPARE(body->hexView()->rowText(0),
        QStringLiteral("00000000  89 50 4e 47 0d 0a 1a 0a  00 00 00 0d 49 48 44 52  |.PNG........IHDR|"));
    body->hexView()->setFocus();
    QTest::keyClick(body->hexView(), Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(body->hexView(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text().count(u'\n'), 1);
}

void TestUiWidgets::xmlPretty()
{
    auto view = showView();
    net::HttpResponse response
        = jsonResponse(R"(<?xml version="1.0"?><items><item sku="MH01"><qty>3</qty></item></items>)");
    response.headers = {{"Content-Type", "application/xml"}};
    QSignalSpy finished(view->bodyView(), &BodyView::prettyFinished);
    view->setResponse(response);
    QVERIFY(finished.wait(5000));
    const json::TextDocument& doc = view->bodyView()->prettyView()->document();
    QCOMPARE(doc.lineBytes(2), QByteArray("  <item sku=\"MH01\">"));
    QVERIFY(view->bodyView()->prettyView()->canFold());
    QCOMPARE(view->bodyView()->prettyView()->syntax(), TextView::Syntax::Xml);
}

void TestUiWidgets::bodyFromFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("body.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(SmallJson);
    file.close();
    auto view = showView();
    net::HttpResponse response = jsonResponse(QByteArray());
    response.bodyFile = path;
    response.bodySize = SmallJson.size();
    QSignalSpy finished(view->bodyView(), &BodyView::prettyFinished);
    view->setResponse(response);
    QCOMPARE(view->bodyView()->source()->filePath(), path);
    QVERIFY(finished.wait(5000));
    QCOMPARE(view->bodyView()->prettyView()->document().bytes(0, view->bodyView()->prettyView()->document().size()),
        prettyOf(SmallJson));
    // A body file that went away is reported, not crashed on.
    response.bodyFile = dir.filePath(QStringLiteral("gone.json"));
    view->setResponse(response);
    QVERIFY(view->bodyView()->noticeText().contains(QStringLiteral("gone.json")));
}

void TestUiWidgets::logEntryWithCutBody()
{
    auto view = showView();
    LogEntry entry;
    entry.status = 200;
    entry.durationMs = 1500;
    entry.httpVersion = "HTTP/1.1";
    entry.responseHeaders = {{"Content-Type", "application/json"}};
    entry.responseBody = SmallJson.left(60);
    entry.responseBodyTruncated = true;
    entry.responseBodySize = 5 * 1024 * 1024;
    QSignalSpy finished(view->bodyView(), &BodyView::prettyFinished);
    view->setLogEntry(entry);
    QVERIFY(finished.wait(5000));
    QVERIFY(view->statusLine().contains(QStringLiteral("1.50 s")));
    QVERIFY(view->statusLine().contains(QStringLiteral("5.0 MB")));
    // The cut body: the pretty view shows what there is and says where it ends.
    QCOMPARE(view->bodyView()->jsonError().code, json::JsonErrorCode::UnexpectedEnd);
    QVERIFY(view->bodyView()->prettyView()->document().lineCount() > 3);
}

void TestUiWidgets::newResponseCancelsTheOldOne()
{
    auto view = showView();
    BodyView* body = view->bodyView();
    QSignalSpy finished(body, &BodyView::prettyFinished);
    view->setResponse(jsonResponse(test::magentoProductsJson(15 * 1024 * 1024)));
    view->setResponse(jsonResponse(SmallJson));
    QVERIFY(finished.wait(10000));
    // Only the new body finishes; nothing of the old one reaches the view.
    QCOMPARE(body->prettyView()->document().bytes(0, body->prettyView()->document().size()), prettyOf(SmallJson));
    QTRY_VERIFY(!body->isBusy());
    // Whatever the cancelled job still posts is dropped.
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 1);
}

void TestUiWidgets::stopFormatting()
{
    auto view = showView();
    BodyView* body = view->bodyView();
    QSignalSpy finished(body, &BodyView::prettyFinished);
    QSignalSpy raw(body, &BodyView::rawFinished);
    view->setResponse(jsonResponse(test::magentoProductsJson(8 * 1024 * 1024)));
    QToolButton* stop = nullptr;
    for (QToolButton* button : body->findChildren<QToolButton*>()) {
        if (button->text() == QStringLiteral("Stop"))
            stop = button;
    }
    QVERIFY(stop && stop->isVisible());
    QTest::mouseClick(stop, Qt::LeftButton);
    QVERIFY(!stop->isVisible());
    QCOMPARE(body->modes(), QList<BodyView::Mode> {BodyView::Mode::Raw});
    QVERIFY(body->noticeText().contains(QStringLiteral("stopped")));
    QVERIFY(raw.wait(10000));
    QCOMPARE(finished.count(), 0);
    body->formatAnyway();
    QCOMPARE(body->mode(), BodyView::Mode::Pretty);
    QVERIFY(finished.wait(10000));
    QVERIFY(body->isPrettyComplete());
}

void TestUiWidgets::treeModelPassesTheModelTester()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy listed(&model, &JsonTreeModel::rootListed);
    model.setSource(json::ByteSource::fromBytes(test::magentoProductsJson(40 * 1024)));
    QVERIFY(listed.wait(5000));
    QCOMPARE(model.rowCount(), 3);
    // Walk everything the way a view expanding every node would.
    std::vector<QModelIndex> pending {QModelIndex()};
    int visited = 0;
    while (!pending.empty()) {
        const QModelIndex parent = pending.back();
        pending.pop_back();
        // The tester fetches too (deferred while it reacts to the model's own signals).
        QTRY_VERIFY(!model.isLoading());
        while (model.canFetchMore(parent)) {
            model.fetchMore(parent);
            QTRY_VERIFY(!model.isLoading());
        }
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex child = model.index(row, 0, parent);
            ++visited;
            if (model.hasChildren(child))
                pending.push_back(child);
        }
    }
    QVERIFY(visited > 500);
    // Scalar documents have one row.
    model.setSource(json::ByteSource::fromBytes("  42 "));
    QVERIFY(listed.wait(5000));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, JsonTreeModel::ValueColumn).data().toString(), QStringLiteral("42"));
    QCOMPARE(model.path(model.index(0, 0)), QStringLiteral("."));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestUiWidgets::treeModelFetchesLargeNodesOnAWorker()
{
    // Without the model tester: it fetches on every change itself, which is what this test must control.
    JsonTreeModel model;
    QSignalSpy listed(&model, &JsonTreeModel::rootListed);
    // An array of 8,000 strings: several batches, the first ones bigger than SyncBytes.
    QByteArray json = "[";
    for (int i = 0; i < 8000; ++i)
        json += (i ? ",\"" : "\"") + QByteArray::number(i) + ' ' + QByteArray(100, 'x') + '"';
    json += "]";
    QVERIFY(json.size() > 3 * JsonTreeModel::SyncBytes);
    QSignalSpy loading(&model, &JsonTreeModel::loadingChanged);
    model.setSource(json::ByteSource::fromBytes(json));
    QVERIFY(listed.wait(5000));
    QCOMPARE(model.rowCount(), int(JsonTreeModel::BatchSize));
    bool sawWorker = false;
    while (model.canFetchMore(QModelIndex())) {
        const int before = model.rowCount();
        model.fetchMore(QModelIndex());
        // A large remainder is listed on a worker: the rows come later.
        if (model.isLoading() && model.rowCount() == before)
            sawWorker = true;
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(model.rowCount() > before);
    }
    QVERIFY(sawWorker);
    QCOMPARE(model.rowCount(), 8000);
    QCOMPARE(model.index(7999, 0).data().toString(), QStringLiteral("[7999]"));
    QCOMPARE(model.index(7999, JsonTreeModel::ValueColumn).data().toString().left(6), QStringLiteral("\"7999 "));
    QCOMPARE(model.path(model.index(7999, 0)), QStringLiteral(".[7999]"));
    QVERIFY(loading.count() >= 2);
}

void TestUiWidgets::highlighter()
{
    QTextDocument document;
    document.setPlainText(QStringLiteral("{\n  \"sku\": \"MH01\",\n  \"qty\": 01\n}"));
    JsonSyntaxHighlighter highlighter(&document);
    highlighter.rehighlight();
    const QTextBlock line = document.findBlockByNumber(1);
    const QList<QTextLayout::FormatRange> formats = line.layout()->formats();
    QVERIFY(formats.size() >= 3);
    const QColor keyColor = formats.at(0).format.foreground().color();
    QCOMPARE(formats.at(0).start, 2);
    QCOMPARE(formats.at(0).length, 5);
    const auto stringFormat = std::find_if(
        formats.begin(), formats.end(), [](const QTextLayout::FormatRange& range) { return range.start == 9; });
    QVERIFY(stringFormat != formats.end());
    QVERIFY(stringFormat->format.foreground().color() != keyColor);

    const json::JsonTextCheck check = json::jsontext::check(document.toPlainText());
    QVERIFY(!check.ok());
    highlighter.setErrorPosition(int(check.position));
    const QTextBlock errorLine = document.findBlock(int(check.position));
    bool underlined = false;
    for (const QTextLayout::FormatRange& range : errorLine.layout()->formats()) {
        if (range.format.underlineStyle() == QTextCharFormat::WaveUnderline)
            underlined = range.start == int(check.position) - errorLine.position();
    }
    QVERIFY(underlined);
}

QTEST_MAIN(TestUiWidgets)
#include "test_ui_widgets.moc"
