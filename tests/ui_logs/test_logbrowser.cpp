// The log browser against a real request log written by core/log: the model under QAbstractItemModelTester, lazy
// paging, every filter through the filter bar's widgets, new and pruned entries while the table is open, the
// detail pane, the comparison dialog, exports that parse, open-in-console and cURL, and the audit trail check
// before and after tampering with the database file.

#include "core/common/clock.h"
#include "core/log/loggedrequest.h"
#include "core/log/logreader.h"
#include "core/log/requestlog.h"
#include "tests/support/testsupport.h"
#include "tests/ui/uitestsupport.h"
#include "tests/ui_logs/logfixture.h"
#include "ui/logs/logbrowserview.h"
#include "ui/logs/logcomparedialog.h"
#include "ui/logs/logdetailview.h"
#include "ui/logs/logfilterbar.h"
#include "ui/logs/logtablemodel.h"
#include "ui/logs/savefiledialog.h"
#include "ui/noticebar.h"
#include "ui/widgets/responseview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>
#include <sqlite3.h>

using namespace studio;
using namespace studio::ui;

namespace {

constexpr int Total = 3000;
constexpr int WaitMs = 20000;

using Predicate = std::function<bool(const LogEntry&)>;

/// The fixture index of an entry id.
int indexOf(qint64 id)
{
    return int(id - 1);
}

} // namespace

class TestLogBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelPassesTester();
    void pagesLoadLazily();
    void filters_data();
    void filters();
    void combinedFiltersAndClear();
    void newAndPrunedEntries();
    void detailShowsStoredEntry_data();
    void detailShowsStoredEntry();
    void longUrlDoesNotWidenTheWindow();
    void compareTwoEntries();
    void exportSelection_data();
    void exportSelection();
    void exportAllMatching();
    void openInConsoleCarriesSpec_data();
    void openInConsoleCarriesSpec();
    void copyAsCurl();
    void verifyAndTamper();
    void germanTranslationMatchesContexts();

private:
    std::unique_ptr<LogBrowserView> makeView(const QString& path);
    /// Waits until the view's filter changed and the model knows its exact rows.
    bool applied(LogBrowserView& view, QSignalSpy& changes);
    /// The ids the fixture says match, newest first.
    QList<qint64> expectedIds(const Predicate& predicate) const;
    void selectIds(LogBrowserView& view, const QList<qint64>& ids);

    test::KeptTemporaryDir m_dir;
    QString m_logPath;
    ManualClock m_clock;
    QDateTime m_newest;
};

void TestLogBrowser::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    test::isolateSettings(m_dir.filePath(QStringLiteral("settings")));
    m_newest = m_clock.now();
    m_logPath = m_dir.filePath(QStringLiteral("requests.db"));
    QVERIFY(test::LogFixture::write(m_logPath, Total, m_newest));
}

std::unique_ptr<LogBrowserView> TestLogBrowser::makeView(const QString& path)
{
    auto view = std::make_unique<LogBrowserView>();
    view->filterBar()->setClock(&m_clock);
    view->filterBar()->setDebounceInterval(5);
    view->model()->setPollInterval(50);
    view->resize(1400, 900);
    view->setLogPath(path);
    return view;
}

bool TestLogBrowser::applied(LogBrowserView& view, QSignalSpy& changes)
{
    if (changes.isEmpty() && !changes.wait(WaitMs))
        return false;
    LogTableModel* model = view.model();
    while (model->isLoading() || !model->isCountExact()) {
        QSignalSpy counted(model, &LogTableModel::countChanged);
        if (!counted.wait(WaitMs))
            return false;
    }
    return true;
}

QList<qint64> TestLogBrowser::expectedIds(const Predicate& predicate) const
{
    QList<qint64> ids;
    for (int i = Total - 1; i >= 0; --i) {
        if (predicate(test::LogFixture::entry(i, Total, m_newest)))
            ids.append(i + 1);
    }
    return ids;
}

void TestLogBrowser::selectIds(LogBrowserView& view, const QList<qint64>& ids)
{
    QItemSelection selection;
    for (const qint64 id : ids) {
        const int row = view.model()->rowOfId(id);
        QVERIFY2(row >= 0, qPrintable(QString::number(id)));
        selection.select(view.model()->index(row, 0), view.model()->index(row, LogTableModel::ColumnCount - 1));
    }
    view.table()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    view.table()->selectionModel()->setCurrentIndex(
        view.model()->index(view.model()->rowOfId(ids.first()), 0), QItemSelectionModel::NoUpdate);
}

void TestLogBrowser::modelPassesTester()
{
    auto view = makeView(QString());
    LogTableModel* model = view->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy ready(model, &LogTableModel::ready);
    view->setLogPath(m_logPath);
    QVERIFY(ready.wait(WaitMs));
    QCOMPARE(model->rowCount(), Total);
    QCOMPARE(model->columnCount(), int(LogTableModel::ColumnCount));
    // Rows load as they are asked for; the tester sees every change (data changed, rows inserted, resets).
    QSignalSpy loaded(model, &LogTableModel::rowsLoaded);
    QVERIFY(model->summaryAt(0) == nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(model->summaryAt(0) != nullptr, WaitMs);
    QCOMPARE(model->idAt(0), qint64(Total));
    QCOMPARE(model->data(model->index(0, LogTableModel::MethodColumn)).toString(),
        QString::fromLatin1(test::LogFixture::entry(Total - 1, Total, m_newest).method));
    // A filter (materialized rows, chunks appended) and back (contiguous rows) under the tester.
    QSignalSpy changes(view->filterBar(), &LogFilterBar::filterChanged);
    view->filterBar()->statusButton(StatusClass::ServerError)->click();
    QVERIFY(applied(*view, changes));
    QCOMPARE(model->rowCount(), int(expectedIds([](const LogEntry& e) { return e.status >= 500; }).size()));
    QTRY_VERIFY_WITH_TIMEOUT(model->summaryAt(model->rowCount() - 1) != nullptr, WaitMs);
    changes.clear();
    view->filterBar()->clear();
    QVERIFY(applied(*view, changes));
    QCOMPARE(model->rowCount(), Total);
    QCOMPARE(model->rowOfId(1), Total - 1);
    QCOMPARE(model->idAt(Total), qint64(0));
    QCOMPARE(model->rowOfId(Total + 1), -1);
}

void TestLogBrowser::pagesLoadLazily()
{
    auto view = makeView(QString());
    LogTableModel* model = view->model();
    model->setPageSize(50);
    model->setCacheLimit(200);
    QSignalSpy ready(model, &LogTableModel::ready);
    view->setLogPath(m_logPath);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QVERIFY(!ready.isEmpty() || ready.wait(WaitMs));
    // Only what the view shows is fetched: a page or two, not 3,000 rows.
    QTRY_VERIFY_WITH_TIMEOUT(model->summaryAt(0) != nullptr, WaitMs);
    QVERIFY2(model->cachedRows() <= 100, qPrintable(QString::number(model->cachedRows())));
    // Scrolling through everything keeps the cache bounded.
    for (const int row : {2999, 1500, 700, 2200, 10, 2950}) {
        view->table()->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtCenter);
        QTRY_VERIFY_WITH_TIMEOUT(model->summaryAt(row) != nullptr, WaitMs);
        const LogSummary* summary = model->summaryAt(row);
        const LogEntry expected = test::LogFixture::entry(indexOf(summary->id), Total, m_newest);
        QCOMPARE(summary->id, qint64(Total - row));
        QCOMPARE(summary->url, expected.url);
        QCOMPARE(summary->status, expected.status);
        QCOMPARE(summary->method, expected.method);
        QCOMPARE(summary->endpointId, expected.endpointId);
        QCOMPARE(summary->runId, expected.runId);
        QCOMPARE(summary->startedAt, expected.startedAt);
        QVERIFY2(model->cachedRows() <= 250, qPrintable(QString::number(model->cachedRows())));
    }
    // Display texts of a loaded row.
    const int row = model->rowOfId(8); // i = 7: no response
    view->table()->scrollTo(model->index(row, 0));
    QTRY_VERIFY_WITH_TIMEOUT(model->summaryAt(row) != nullptr, WaitMs);
    QCOMPARE(model->data(model->index(row, LogTableModel::StatusColumn)).toString(), QStringLiteral("failed"));
    QVERIFY(model->data(model->index(row, LogTableModel::StatusColumn), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("refused")));
    QCOMPARE(model->data(model->index(row, LogTableModel::StatusColumn), Qt::ForegroundRole).value<QColor>(),
        LogTableModel::statusColor(0));
    QCOMPARE(model->data(model->index(row, LogTableModel::UrlColumn)).toString(),
        QStringLiteral("/api/items/7?expand=stock")); // i = 7 is an ERP request
    QCOMPARE(model->data(model->index(row, LogTableModel::UrlColumn), Qt::ToolTipRole).toString(),
        QStringLiteral("https://erp.example.com/api/items/7?expand=stock"));
}

void TestLogBrowser::filters_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("value");
    QTest::newRow("text: rare word") << QStringLiteral("text") << QStringLiteral("zanzibar");
    QTest::newRow("text: SKU phrase") << QStringLiteral("text") << QStringLiteral("SKU-1234");
    QTest::newRow("text: prefix") << QStringLiteral("text") << QStringLiteral("zanzi*");
    QTest::newRow("text: nothing") << QStringLiteral("text") << QStringLiteral("quetzalcoatl");
    QTest::newRow("status 2xx") << QStringLiteral("status") << QStringLiteral("2");
    QTest::newRow("status 3xx") << QStringLiteral("status") << QStringLiteral("3");
    QTest::newRow("status 4xx") << QStringLiteral("status") << QStringLiteral("4");
    QTest::newRow("status 5xx") << QStringLiteral("status") << QStringLiteral("5");
    QTest::newRow("transport errors") << QStringLiteral("status") << QStringLiteral("0");
    QTest::newRow("method PUT") << QStringLiteral("method") << QStringLiteral("PUT");
    QTest::newRow("endpoint erp") << QStringLiteral("endpoint") << QStringLiteral("erp");
    QTest::newRow("environment") << QStringLiteral("environment") << QStringLiteral("Production");
    QTest::newRow("run picked") << QStringLiteral("run") << QStringLiteral("run-3");
    QTest::newRow("run typed") << QStringLiteral("runTyped") << QStringLiteral("run-5");
    QTest::newRow("last hour") << QStringLiteral("time") << QStringLiteral("hour");
    QTest::newRow("last day") << QStringLiteral("time") << QStringLiteral("day");
    QTest::newRow("last week (holds every entry)") << QStringLiteral("time") << QStringLiteral("week");
    QTest::newRow("custom range") << QStringLiteral("time") << QStringLiteral("custom");
}

void TestLogBrowser::filters()
{
    QFETCH(QString, kind);
    QFETCH(QString, value);
    auto view = makeView(m_logPath);
    LogTableModel* model = view->model();
    LogFilterBar* bar = view->filterBar();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == Total, WaitMs);
    // The pickers offer what the log holds.
    QTRY_VERIFY_WITH_TIMEOUT(bar->endpointPicker()->count() == 4, WaitMs);
    QCOMPARE(bar->methodPicker()->count(), 5);
    QCOMPARE(bar->environmentPicker()->count(), 3);
    QVERIFY(bar->runPicker()->findData(QStringLiteral("run-3")) > 0);

    QSignalSpy changes(bar, &LogFilterBar::filterChanged);
    Predicate predicate;
    const QDateTime now = m_clock.now();
    if (kind == u"text") {
        QTest::keyClicks(bar->searchField(), value);
        if (value == u"zanzibar" || value == u"zanzi*")
            predicate = [](const LogEntry& e) { return e.responseBody.contains("zanzibar"); };
        else if (value == u"SKU-1234")
            predicate = [](const LogEntry& e) {
                return e.url.endsWith(QStringLiteral("/SKU-1234")) || e.responseBody.contains("\"SKU-1234\"")
                    || e.requestBody.contains("\"SKU-1234\"");
            };
        else
            predicate = [](const LogEntry&) { return false; };
    } else if (kind == u"status") {
        const int statusClass = value.toInt();
        bar->statusButton(StatusClass(statusClass))->click();
        predicate = [statusClass](const LogEntry& e) { return e.status / 100 == statusClass; };
    } else if (kind == u"method") {
        bar->methodPicker()->setCurrentIndex(bar->methodPicker()->findData(value));
        predicate = [value](const LogEntry& e) { return QString::fromLatin1(e.method) == value; };
    } else if (kind == u"endpoint") {
        bar->endpointPicker()->setCurrentIndex(bar->endpointPicker()->findData(value));
        predicate = [value](const LogEntry& e) { return e.endpointId == value; };
    } else if (kind == u"environment") {
        bar->environmentPicker()->setCurrentIndex(bar->environmentPicker()->findData(value));
        predicate = [value](const LogEntry& e) { return e.environment == value; };
    } else if (kind == u"run") {
        bar->runPicker()->setCurrentIndex(bar->runPicker()->findData(value));
        predicate = [value](const LogEntry& e) { return e.runId == value; };
    } else if (kind == u"runTyped") {
        bar->runPicker()->lineEdit()->selectAll();
        QTest::keyClicks(bar->runPicker()->lineEdit(), value);
        predicate = [value](const LogEntry& e) { return e.runId == value; };
    } else if (kind == u"time") {
        QComboBox* time = bar->timePicker();
        if (value == u"custom") {
            time->setCurrentIndex(time->findData(int(LogFilterBar::TimeRange::Custom)));
            QVERIFY(bar->fromEdit()->isVisibleTo(bar));
            bar->fromEdit()->setDateTime(now.addSecs(-3 * 3600).toLocalTime());
            bar->toEdit()->setDateTime(now.addSecs(-2 * 3600).toLocalTime());
            const QDateTime from = bar->fromEdit()->dateTime().toUTC();
            const QDateTime to = bar->toEdit()->dateTime().toUTC();
            predicate = [from, to](const LogEntry& e) { return e.startedAt >= from && e.startedAt < to; };
        } else {
            const LogFilterBar::TimeRange range = value == u"hour" ? LogFilterBar::TimeRange::LastHour
                : value == u"day"                                  ? LogFilterBar::TimeRange::LastDay
                                                                   : LogFilterBar::TimeRange::LastWeek;
            const qint64 seconds = value == u"hour" ? 3600 : value == u"day" ? 86400 : 7 * 86400;
            time->setCurrentIndex(time->findData(int(range)));
            const QDateTime from = now.addSecs(-seconds);
            predicate = [from](const LogEntry& e) { return e.startedAt >= from; };
        }
    }
    QVERIFY2(applied(*view, changes), "the filter did not apply");
    const QList<qint64> expected = expectedIds(predicate);
    QCOMPARE(model->matchCount(), qint64(expected.size()));
    QCOMPARE(model->rowCount(), int(expected.size()));
    for (int row = 0; row < expected.size(); ++row)
        QCOMPARE(model->idAt(row), expected.at(row));
    // The rows' summaries come from the same filtered pages.
    for (const int row : {0, int(expected.size()) - 1}) {
        if (expected.isEmpty())
            break;
        QTRY_VERIFY_WITH_TIMEOUT(model->summaryAt(row) != nullptr, WaitMs);
        QCOMPARE(model->summaryAt(row)->id, expected.at(row));
    }
    QCOMPARE(view->countText(), QStringLiteral("Matching entries: %1").arg(QLocale().toString(expected.size())));
}

void TestLogBrowser::combinedFiltersAndClear()
{
    auto view = makeView(m_logPath);
    LogTableModel* model = view->model();
    LogFilterBar* bar = view->filterBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->endpointPicker()->count() == 4, WaitMs);
    QSignalSpy changes(bar, &LogFilterBar::filterChanged);
    // Typing and picking in one go: one query for the lot.
    bar->endpointPicker()->setCurrentIndex(bar->endpointPicker()->findData(QStringLiteral("erp")));
    bar->statusButton(StatusClass::ClientError)->click();
    bar->statusButton(StatusClass::ServerError)->click();
    QTest::keyClicks(bar->searchField(), QStringLiteral("item"));
    QVERIFY(applied(*view, changes));
    const QList<qint64> expected = expectedIds([](const LogEntry& e) {
        return e.endpointId == u"erp" && (e.status / 100 == 4 || e.status / 100 == 5)
            && e.responseBody.contains("Item");
    });
    QVERIFY(!expected.isEmpty());
    QCOMPARE(model->rowCount(), int(expected.size()));
    QCOMPARE(model->idAt(0), expected.first());
    QCOMPARE(model->filter().statusClasses.size(), 2);

    changes.clear();
    bar->findChild<QToolButton*>(QStringLiteral("clearFilters"))->click();
    QVERIFY(applied(*view, changes));
    QCOMPARE(model->rowCount(), Total);
    QVERIFY(bar->searchField()->text().isEmpty());
    QCOMPARE(view->countText(), QStringLiteral("Entries: 3,000"));
}

void TestLogBrowser::newAndPrunedEntries()
{
    // A live log: the writer keeps adding while the browser is open; retention removes the oldest.
    const QString path = m_dir.filePath(QStringLiteral("live.db"));
    ManualClock clock(m_newest);
    RequestLogOptions options;
    options.maxAgeDays = 1;
    options.maxTotalBytes = 0;
    Result<std::unique_ptr<RequestLog>> opened = RequestLog::open(path, options, clock);
    QVERIFY(opened.ok());
    RequestLog& log = *opened.value();
    constexpr int Live = 500;
    for (int i = 0; i < Live; ++i)
        log.record(test::LogFixture::entry(i, Live, m_newest));
    QVERIFY(log.flush().ok());

    auto view = makeView(path);
    LogTableModel* model = view->model();
    QTableView* table = view->table();
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), Live, WaitMs);

    // Scrolled down: new entries go in above without moving what is on screen.
    table->scrollTo(model->index(200, 0), QAbstractItemView::PositionAtTop);
    QTRY_VERIFY(table->rowAt(0) >= 190);
    const qint64 topId = model->idAt(table->rowAt(0));
    QSignalSpy arrived(model, &LogTableModel::entriesArrived);
    for (int i = 0; i < 3; ++i)
        log.record(test::LogFixture::entry(i, 3, m_newest.addSecs(30)));
    QVERIFY(log.flush().ok());
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), Live + 3, WaitMs);
    QCOMPARE(model->idAt(table->rowAt(0)), topId);
    QCOMPARE(model->idAt(0), qint64(Live + 3));

    // At the top: the newest entries show up in place.
    table->scrollToTop();
    QCOMPARE(table->verticalScrollBar()->value(), 0);
    log.record(test::LogFixture::entry(0, 1, m_newest.addSecs(40)));
    QVERIFY(log.flush().ok());
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), Live + 4, WaitMs);
    QCOMPARE(table->verticalScrollBar()->value(), 0);
    QCOMPARE(model->idAt(table->rowAt(0)), qint64(Live + 4));
    QTRY_VERIFY_WITH_TIMEOUT(model->summaryAt(0) != nullptr, WaitMs);

    // Under a filter only matching newcomers are added.
    QSignalSpy changes(view->filterBar(), &LogFilterBar::filterChanged);
    view->filterBar()->methodPicker()->setCurrentIndex(
        view->filterBar()->methodPicker()->findData(QStringLiteral("PUT")));
    QVERIFY(applied(*view, changes));
    const int puts = model->rowCount();
    LogEntry put = test::LogFixture::entry(1, 4, m_newest.addSecs(50)); // i % 4 == 1: PUT
    LogEntry get = test::LogFixture::entry(0, 4, m_newest.addSecs(50));
    log.record(get);
    log.record(put);
    log.record(get);
    QVERIFY(log.flush().ok());
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), puts + 1, WaitMs);
    QCOMPARE(model->idAt(0), qint64(Live + 6));
    QVERIFY(model->isCountExact());

    // Retention: a day later the oldest entries are pruned and their rows leave the bottom of the table.
    changes.clear();
    view->filterBar()->clear();
    QVERIFY(applied(*view, changes));
    const int before = model->rowCount();
    clock.advanceMs((24 * 3600 - 250 * 60) * qint64(1000));
    QVERIFY(log.prune().ok());
    auto reader = LogReader::open(path);
    QVERIFY(reader.ok());
    const LogInfo info = reader.value()->info().value();
    QVERIFY2(info.entries < before && info.entries > 0, qPrintable(QString::number(info.entries)));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(info.entries), WaitMs);
    QCOMPARE(model->idAt(model->rowCount() - 1), info.firstId);
    QCOMPARE(model->idAt(0), info.lastId);
}

void TestLogBrowser::detailShowsStoredEntry_data()
{
    QTest::addColumn<qint64>("id");
    QTest::newRow("PUT with a redacted password") << qint64(2);
    QTest::newRow("body cut at the cap") << qint64(1235);
    QTest::newRow("retried") << qint64(1236);
    QTest::newRow("no response") << qint64(8);
}

void TestLogBrowser::detailShowsStoredEntry()
{
    QFETCH(qint64, id);
    auto view = makeView(m_logPath);
    view->show();
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() == Total, WaitMs);
    QSignalSpy shown(view.get(), &LogBrowserView::entryShown);
    view->selectEntry(id);
    QVERIFY(shown.wait(WaitMs));
    QCOMPARE(shown.last().first().toLongLong(), id);
    LogDetailView* detail = view->detail();
    QCOMPARE(detail->entryId(), id);
    const LogEntry e = test::LogFixture::entry(indexOf(id), Total, m_newest);
    QVERIFY2(detail->titleLabel()->text().contains(QString::fromLatin1(e.method) + u' ' + e.url),
        qPrintable(detail->titleLabel()->text()));

    // Request headers as stored: the bearer token redacted.
    QTableWidget* headers = detail->requestHeaders();
    QString authorization;
    for (int row = 0; row < headers->rowCount(); ++row) {
        if (headers->item(row, 0)->text() == u"Authorization")
            authorization = headers->item(row, 1)->text();
    }
    QCOMPARE(authorization, QStringLiteral("Bearer [redacted]"));
    QCOMPARE(detail->fact(QStringLiteral("Credential fingerprint")), e.credentialFingerprint);
    QCOMPARE(detail->fact(QStringLiteral("Duration")), QStringLiteral("%1 ms").arg(e.durationMs));
    QCOMPARE(detail->fact(QStringLiteral("Environment")), e.environment);
    QCOMPARE(detail->fact(QStringLiteral("Run")), e.runId);
    QVERIFY(!detail->fact(QStringLiteral("Audit hash")).isEmpty());
    if (e.attempt > 1)
        QCOMPARE(detail->fact(QStringLiteral("Attempt")), QStringLiteral("2 (retry)"));
    else
        QCOMPARE(detail->fact(QStringLiteral("Attempt")), QStringLiteral("1"));
    if (id == 2)
        QVERIFY2(detail->requestNote().contains(QStringLiteral("[redacted]")), qPrintable(detail->requestNote()));
    if (id == 1235) {
        QVERIFY2(
            detail->requestNote().contains(QStringLiteral("kept only the first")), qPrintable(detail->requestNote()));
        QVERIFY(detail->fact(QStringLiteral("Request body")).contains(QStringLiteral("kept")));
    }
    if (e.status > 0) {
        QVERIFY2(detail->response()->statusLine().startsWith(QString::number(e.status)),
            qPrintable(detail->response()->statusLine()));
    } else {
        QVERIFY(detail->fact(QStringLiteral("Error")).contains(QStringLiteral("refused")));
        QVERIFY2(detail->response()->errorText().contains(QStringLiteral("refused")),
            qPrintable(detail->response()->errorText()));
    }
}

/// A URL of thousands of characters without a space (a long searchCriteria) wraps or is cut in the detail header;
/// it must not make the detail pane (and so the window) wider than the screen.
void TestLogBrowser::longUrlDoesNotWidenTheWindow()
{
    LogEntry e = test::LogFixture::entry(0, Total, m_newest);
    e.id = 4242;
    e.url = QStringLiteral("http://127.0.0.1:8780/rest/default/V1/products?")
        + QStringLiteral("searchCriteria[filter_groups][0][filters][0][field]=sku&").repeated(60)
        + QStringLiteral("X").repeated(3000);
    e.error = QStringLiteral("Connection refused to ") + e.url;
    LogDetailView detail;
    detail.resize(800, 600);
    detail.show();
    const int before = detail.minimumSizeHint().width();
    detail.setEntry(e);
    QVERIFY2(detail.titleLabel()->text().contains(e.url), qPrintable(detail.titleLabel()->text().left(80)));
    QVERIFY2(detail.minimumSizeHint().width() <= qMax(before, 800),
        qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(detail.minimumSizeHint().width())));
    QCOMPARE(detail.titleLabel()->toolTip(), e.url);
}

void TestLogBrowser::compareTwoEntries()
{
    auto view = makeView(m_logPath);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() == Total, WaitMs);
    QVERIFY(!view->compareAction()->isEnabled());
    selectIds(*view, {2, 3}); // i = 1 (erp, PUT, 200, 1.5) and i = 2 (pim, POST, 201, 2.5)
    QVERIFY(view->compareAction()->isEnabled());
    QVERIFY(!view->replayAction()->isEnabled());
    QSignalSpy opened(view.get(), &LogBrowserView::compareOpened);
    view->compareAction()->trigger();
    QVERIFY(opened.wait(WaitMs));
    LogCompareDialog* dialog = view->compareDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->comparison().older.id, qint64(2));
    QCOMPARE(dialog->comparison().newer.id, qint64(3));

    const auto changes = [dialog](const QString& group) {
        QStringList lines;
        QTreeWidgetItem* item = dialog->group(group);
        for (int i = 0; item && i < item->childCount(); ++i)
            lines << item->child(i)->data(0, Qt::UserRole).toString() + u' ' + item->child(i)->text(1) + u' '
                    + item->child(i)->text(2) + QStringLiteral(" -> ") + item->child(i)->text(3);
        return lines;
    };
    const QStringList status = changes(QStringLiteral("status"));
    QVERIFY2(status.contains(QStringLiteral("changed status 200 -> 201")), qPrintable(status.join(u'\n')));
    QVERIFY2(status.contains(QStringLiteral("changed method PUT -> POST")), qPrintable(status.join(u'\n')));
    const QStringList response = changes(QStringLiteral("responseBody"));
    QVERIFY2(response.contains(QStringLiteral("changed price 1.5 -> 2.5")), qPrintable(response.join(u'\n')));
    QVERIFY2(response.contains(QStringLiteral("changed sku \"SKU-1\" -> \"SKU-2\"")), qPrintable(response.join(u'\n')));
    QCOMPARE(response.size(), 4); // id, sku, price, name
    const QStringList request = changes(QStringLiteral("requestBody"));
    QVERIFY2(request.contains(QStringLiteral("changed product.price 1.5 -> 2.5")), qPrintable(request.join(u'\n')));
    const QStringList requestHeaders = changes(QStringLiteral("requestHeaders"));
    QVERIFY2(requestHeaders.contains(QStringLiteral("changed X-Trace 1 -> 2")), qPrintable(requestHeaders.join(u'\n')));
    QVERIFY(!requestHeaders.join(u'\n').contains(QStringLiteral("Authorization"))); // both "Bearer [redacted]"
    QVERIFY(changes(QStringLiteral("responseHeaders")).contains(QStringLiteral("changed X-Request 1 -> 2")));

    // A body only one side has (no response at all): added with the whole document.
    selectIds(*view, {7, 8}); // i = 6 (400) and i = 7 (no response)
    view->compareAction()->trigger();
    QVERIFY(opened.wait(WaitMs));
    QCOMPARE(view->compareDialog()->comparison().newer.id, qint64(8));
    QTreeWidgetItem* body = view->compareDialog()->group(QStringLiteral("responseBody"));
    QVERIFY(body->text(0).contains(QStringLiteral("different")));
    QVERIFY(body->child(0)->text(0).contains(QStringLiteral("Only the older entry has a body")));
    view->compareDialog()->close();
}

void TestLogBrowser::exportSelection_data()
{
    QTest::addColumn<bool>("har");
    QTest::newRow("HAR") << true;
    QTest::newRow("JSON Lines") << false;
}

void TestLogBrowser::exportSelection()
{
    QFETCH(bool, har);
    auto view = makeView(m_logPath);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() == Total, WaitMs);
    const QList<qint64> ids {30, 20, 10};
    selectIds(*view, ids);
    QCOMPARE(view->selectedIds(), ids);
    const QString path = m_dir.filePath(har ? QStringLiteral("selection.har") : QStringLiteral("selection.jsonl"));
    SaveFileDialog::setNextPath(path);
    QSignalSpy finished(view.get(), &LogBrowserView::exportFinished);
    (har ? view->exportHarAction() : view->exportJsonLinesAction())->trigger();
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(finished.first().at(0).toString(), path);
    QCOMPARE(finished.first().at(1).toLongLong(), qint64(3));
    QVERIFY2(finished.first().at(2).toString().isEmpty(), qPrintable(finished.first().at(2).toString()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QList<qint64> exported;
    if (har) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject log = document.object().value(QStringLiteral("log")).toObject();
        QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("1.2"));
        QVERIFY(log.value(QStringLiteral("creator")).isObject());
        const QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 3);
        for (const QJsonValue& value : entries) {
            const QJsonObject entry = value.toObject();
            for (const char* field : {"startedDateTime", "time", "request", "response", "cache", "timings"})
                QVERIFY2(entry.contains(QLatin1String(field)), field);
            const QJsonObject request = entry.value(QStringLiteral("request")).toObject();
            for (const char* field :
                {"method", "url", "httpVersion", "cookies", "headers", "queryString", "headersSize", "bodySize"})
                QVERIFY2(request.contains(QLatin1String(field)), field);
            QVERIFY(entry.value(QStringLiteral("response")).toObject().contains(QStringLiteral("content")));
            exported.append(entry.value(QStringLiteral("_id")).toInteger());
            QVERIFY(!bytes.contains("tok-")); // bearer tokens stay redacted
        }
    } else {
        const QList<QByteArray> lines = bytes.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        for (const QByteArray& line : lines) {
            QJsonParseError error;
            const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            exported.append(object.value(QStringLiteral("id")).toInteger());
            QVERIFY(object.contains(QStringLiteral("@timestamp")));
            QVERIFY(object.value(QStringLiteral("request")).isObject());
        }
    }
    std::sort(exported.begin(), exported.end(), std::greater<qint64>());
    QCOMPARE(exported, ids);

    // Cancelling the file dialog exports nothing (the dialog answers at once; nothing is started).
    SaveFileDialog::setNextPath(QString());
    finished.clear();
    view->exportJsonLinesAction()->trigger();
    QVERIFY(finished.isEmpty());
    QVERIFY(view->exportJsonLinesAction()->isEnabled());
}

void TestLogBrowser::exportAllMatching()
{
    auto view = makeView(m_logPath);
    LogFilterBar* bar = view->filterBar();
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() == Total, WaitMs);
    QSignalSpy changes(bar, &LogFilterBar::filterChanged);
    bar->statusButton(StatusClass::ServerError)->click();
    QVERIFY(applied(*view, changes));
    QVERIFY(view->table()->selectionModel()->selection().isEmpty());
    QVERIFY(view->exportJsonLinesAction()->text().contains(QStringLiteral("all")));
    const QString path = m_dir.filePath(QStringLiteral("server-errors.jsonl"));
    SaveFileDialog::setNextPath(path);
    QSignalSpy finished(view.get(), &LogBrowserView::exportFinished);
    view->exportJsonLinesAction()->trigger();
    QVERIFY(finished.wait(WaitMs));
    const qint64 expected = expectedIds([](const LogEntry& e) { return e.status >= 500; }).size();
    QCOMPARE(finished.first().at(1).toLongLong(), expected);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(qint64(lines.size()), expected);
    for (const QByteArray& line : lines)
        QVERIFY(QJsonDocument::fromJson(line).object().value(QStringLiteral("status")).toInt() >= 500);
}

void TestLogBrowser::openInConsoleCarriesSpec_data()
{
    QTest::addColumn<qint64>("id");
    QTest::addColumn<RequestSpec>("expected");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<bool>("redacted");

    RequestSpec erp;
    erp.endpointId = QStringLiteral("erp");
    erp.method = "PUT";
    erp.path = QStringLiteral("/items/1");
    erp.query = {{QStringLiteral("expand"), QStringLiteral("stock")}};
    erp.headers = {{QStringLiteral("X-Trace"), QStringLiteral("1")}};
    erp.bodyType = QStringLiteral("json");
    erp.body = QStringLiteral("{\"product\":{\"sku\":\"SKU-1\",\"price\":1.5,\"password\":\"[redacted]\"}}");
    QTest::newRow("ERP PUT, redacted password") << qint64(2) << erp << QStringLiteral("Production") << true;

    RequestSpec magento;
    magento.endpointId = QStringLiteral("magento");
    magento.method = "DELETE";
    magento.path = QStringLiteral("/V1/products/SKU-3");
    magento.headers = {{QStringLiteral("X-Trace"), QStringLiteral("3")}};
    QTest::newRow("Magento DELETE") << qint64(4) << magento << QStringLiteral("Production") << false;

    RequestSpec pim;
    pim.method = "POST";
    pim.path = QStringLiteral("https://pim.example.com/products/2");
    pim.query = {{QStringLiteral("lang"), QStringLiteral("de")}};
    pim.headers = {{QStringLiteral("X-Trace"), QStringLiteral("2")}};
    pim.bodyType = QStringLiteral("json");
    pim.body = QStringLiteral("{\"product\":{\"sku\":\"SKU-2\",\"price\":2.5,\"password\":\"[redacted]\"}}");
    QTest::newRow("no endpoint for the PIM") << qint64(3) << pim << QStringLiteral("Staging") << true;
}

void TestLogBrowser::openInConsoleCarriesSpec()
{
    QFETCH(qint64, id);
    QFETCH(RequestSpec, expected);
    QFETCH(QString, environment);
    QFETCH(bool, redacted);
    auto view = makeView(m_logPath);
    Endpoint magento;
    magento.id = QStringLiteral("magento");
    magento.name = QStringLiteral("Shop");
    magento.kind = EndpointKind::Magento;
    magento.baseUrl = QStringLiteral("{{shop}}");
    magento.auth.type = AuthType::OAuth1;
    Endpoint erp;
    erp.id = QStringLiteral("erp");
    erp.name = QStringLiteral("ERP");
    erp.kind = EndpointKind::Rest;
    erp.baseUrl = QStringLiteral("https://erp.example.com/api");
    erp.auth.type = AuthType::Bearer;
    Environment staging;
    staging.name = QStringLiteral("Staging");
    staging.variables.insert(QStringLiteral("shop"), QStringLiteral("https://shop.example.com"));
    Environment production = staging;
    production.name = QStringLiteral("Production");
    view->setWorkspaceData({magento, erp}, {staging, production});
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() == Total, WaitMs);
    selectIds(*view, {id});
    QVERIFY(view->openInConsoleAction()->isEnabled());
    QSignalSpy console(view.get(), &LogBrowserView::openInConsole);
    view->openInConsoleAction()->trigger();
    QVERIFY(console.wait(WaitMs));
    const RequestSpec spec = console.first().at(0).value<RequestSpec>();
    QCOMPARE(spec, expected);
    QCOMPARE(console.first().at(1).toString(), environment);
    const QString notes = console.first().at(2).toStringList().join(u'\n');
    QVERIFY2(notes.contains(QStringLiteral("\"Authorization\"")), qPrintable(notes));
    QCOMPARE(notes.contains(QStringLiteral("[redacted]")), redacted);

    // Double-clicking a row does the same.
    console.clear();
    const QModelIndex index = view->model()->index(view->model()->rowOfId(id), LogTableModel::UrlColumn);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    view->table()->scrollTo(index);
    const QRect rect = view->table()->visualRect(index);
    QVERIFY(view->table()->viewport()->rect().contains(rect.center()));
    // A double click is a press, a release and a second press delivered as a double click.
    QTest::mouseClick(view->table()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->table()->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(console.wait(WaitMs));
    QCOMPARE(console.first().at(0).value<RequestSpec>(), expected);
}

void TestLogBrowser::copyAsCurl()
{
    auto view = makeView(m_logPath);
    Endpoint magento;
    magento.id = QStringLiteral("magento");
    magento.name = QStringLiteral("Shop");
    magento.kind = EndpointKind::Magento;
    magento.baseUrl = QStringLiteral("https://shop.example.com");
    magento.auth.type = AuthType::MagentoAdminToken;
    magento.auth.fields.insert(QStringLiteral("username"), QStringLiteral("admin"));
    Environment production;
    production.name = QStringLiteral("Production");
    view->setWorkspaceData({magento}, {production});
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() == Total, WaitMs);
    selectIds(*view, {4}); // i = 3: DELETE of SKU-3 on the shop
    QSignalSpy copied(view.get(), &LogBrowserView::curlCopied);
    view->copyCurlAction()->trigger();
    QVERIFY(copied.wait(WaitMs));
    const QString command = copied.first().first().toString();
    QVERIFY2(command.startsWith(QStringLiteral("curl")), qPrintable(command));
    QVERIFY2(command.contains(QStringLiteral("DELETE")), qPrintable(command));
    QVERIFY2(command.contains(QStringLiteral("https://shop.example.com/rest/default/V1/products/SKU-3")),
        qPrintable(command));
    QVERIFY2(command.contains(QStringLiteral("X-Trace: 3")), qPrintable(command));
    // The endpoint's token is a placeholder, never the logged (redacted) header.
    QVERIFY2(command.contains(QStringLiteral("Authorization: Bearer ${")), qPrintable(command));
    QVERIFY(!command.contains(QStringLiteral("[redacted]")));
    QCOMPARE(QGuiApplication::clipboard()->text(), command);
}

void TestLogBrowser::verifyAndTamper()
{
    const QString path = m_dir.filePath(QStringLiteral("audit.db"));
    QVERIFY(QFile::copy(m_logPath, path));
    auto view = makeView(path);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() == Total, WaitMs);
    QSignalSpy verified(view.get(), &LogBrowserView::verifyFinished);
    view->verifyAction()->trigger();
    QVERIFY(verified.wait(WaitMs));
    AuditReport report = verified.first().first().value<AuditReport>();
    QVERIFY2(report.ok(), qPrintable(report.message));
    QCOMPARE(report.verified, qint64(Total));
    QVERIFY2(
        view->notice()->text().contains(QStringLiteral("3,000 entries verified")), qPrintable(view->notice()->text()));

    // Someone edits entry 777's status in the file behind the studio's back.
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "UPDATE entries SET status = 299 WHERE id = 777", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);

    // The entry is hidden by the filter; verification clears it to show the culprit.
    QSignalSpy changes(view->filterBar(), &LogFilterBar::filterChanged);
    view->filterBar()->statusButton(StatusClass::ServerError)->click();
    QVERIFY(applied(*view, changes));
    QCOMPARE(view->model()->rowOfId(777), -1);
    verified.clear();
    view->verifyAction()->trigger();
    QVERIFY(verified.wait(WaitMs));
    report = verified.first().first().value<AuditReport>();
    QVERIFY(!report.ok());
    QCOMPARE(report.firstBadId, qint64(777));
    QCOMPARE(report.verified, qint64(776));
    QVERIFY(view->notice()->text().contains(QStringLiteral("777")));
    QTRY_VERIFY_WITH_TIMEOUT(view->table()->selectionModel()->currentIndex().isValid()
            && view->model()->idAt(view->table()->selectionModel()->currentIndex().row()) == 777,
        WaitMs);
    QVERIFY(view->model()->filter().statusClasses.isEmpty());
    QCOMPARE(view->selectedIds(), QList<qint64> {777});
}

void TestLogBrowser::germanTranslationMatchesContexts()
{
    // The German strings are found under the contexts the code translates with at run time.
    QTranslator german;
    QVERIFY(german.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("integration-studio"),
        QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&german);
    auto view = std::make_unique<LogBrowserView>();
    QCOMPARE(view->model()->headerData(LogTableModel::TimeColumn, Qt::Horizontal).toString(), QStringLiteral("Zeit"));
    QCOMPARE(view->filterBar()->statusButton(StatusClass::NoResponse)->text(), QStringLiteral("Keine Antwort"));
    QCOMPARE(view->replayAction()->text(), QStringLiteral("Erneut senden"));
    LogEntry entry = test::LogFixture::entry(1, Total, m_newest);
    entry.id = 2;
    const Result<LoggedRequest> request = requestFromLogEntry(entry, {}, {});
    QVERIFY(request.ok());
    QVERIFY2(request->notes.join(u'\n').contains(QStringLiteral("Kein Endpunkt des Arbeitsbereichs")),
        qPrintable(request->notes.join(u'\n')));
    const Result<LoggedRequest> bad = requestFromLogEntry(LogEntry(), {}, {});
    QCOMPARE(bad.error().message, QStringLiteral("Protokolleintrag 0 hat keine HTTP-Methode."));
    QCoreApplication::removeTranslator(&german);
}

QTEST_MAIN(TestLogBrowser)
#include "test_logbrowser.moc"
