#include "core/magento/pager.h"

#include <algorithm>
#include <memory>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace studio;
using namespace studio::magento;

namespace {

/// A scripted Magento list endpoint: filters on entity_id (eq, gt, gteq, lt), sorts by entity_id, pages like
/// Magento — including answering a page past the end with the last page again. Hooks let a test change the data
/// between requests, drop total_count, fail a call, or ignore filters.
class FakeList final
{
public:
    explicit FakeList(int count, const QString& keyField = QStringLiteral("entity_id"))
        : m_keyField(keyField)
    {
        for (int i = 1; i <= count; ++i)
            ids << i;
    }

    QList<int> ids;
    bool includeTotal = true;
    bool ignoreFilters = false;
    bool async = false;
    /// Called before answering call n (1-based); may change `ids`.
    std::function<void(int call)> beforeAnswer;
    /// When it returns an error for call n, that call fails.
    std::function<std::optional<Error>(int call)> failure;
    /// Replaces the answer of call n when it returns one.
    std::function<std::optional<QList<int>>(int call)> forcedPage;

    QList<SearchCriteria> requests;
    QList<QUrlQuery> queries;
    QObject context;

    QueryFetch fetch()
    {
        return [this](const QUrlQuery& query, std::function<void(Result<QJsonObject>)> done) {
            Result<QJsonObject> result = answer(query);
            if (async) {
                QTimer::singleShot(0, &context, [done, result] { done(result); });
            } else {
                done(result);
            }
        };
    }

private:
    static bool matches(const Filter& filter, int id)
    {
        const int value = filter.value.toInt();
        switch (filter.condition) {
        case Condition::Eq:
            return id == value;
        case Condition::Gt:
            return id > value;
        case Condition::Gteq:
            return id >= value;
        case Condition::Lt:
            return id < value;
        default:
            return true;
        }
    }

    Result<QJsonObject> answer(const QUrlQuery& query)
    {
        const int call = int(requests.size()) + 1;
        Result<SearchCriteria> parsed = SearchCriteria::fromQuery(query);
        if (!parsed)
            qFatal("pager sent a query the fake cannot read: %s", qPrintable(parsed.error().message));
        requests << parsed.value();
        queries << query;
        if (beforeAnswer)
            beforeAnswer(call);
        if (failure) {
            if (std::optional<Error> error = failure(call))
                return *error;
        }
        const SearchCriteria& criteria = parsed.value();
        QList<int> selected;
        for (int id : std::as_const(ids)) {
            bool keep = true;
            for (const FilterGroup& group : criteria.filterGroups) {
                if (ignoreFilters)
                    break;
                bool any = false;
                // Only entity_id filters are evaluated; others (status, ...) match every row of the fake.
                for (const Filter& filter : group.filters)
                    any = any || filter.field != u"entity_id" || matches(filter, id);
                keep = keep && any;
            }
            if (keep)
                selected << id;
        }
        std::sort(selected.begin(), selected.end());
        const int total = int(selected.size());
        QList<int> page = selected;
        if (criteria.pageSize) {
            const int size = *criteria.pageSize;
            const int lastPage = std::max(1, (total + size - 1) / size);
            // Magento answers a page past the end with the last page.
            const int current = std::min(criteria.currentPage.value_or(1), lastPage);
            page = selected.mid((current - 1) * size, size);
        }
        if (forcedPage) {
            if (std::optional<QList<int>> forced = forcedPage(call))
                page = *forced;
        }
        QJsonArray items;
        for (int id : std::as_const(page))
            items.append(QJsonObject {{m_keyField, id}, {QStringLiteral("sku"), QStringLiteral("SKU-%1").arg(id)}});
        QJsonObject object {{QStringLiteral("items"), items}, {QStringLiteral("search_criteria"), criteria.toJson()}};
        if (includeTotal)
            object.insert(QStringLiteral("total_count"), total);
        return object;
    }

    QString m_keyField;
};

/// Collects what a pager delivers.
struct Collector
{
    explicit Collector(Pager& pager)
    {
        QObject::connect(&pager, &Pager::pageReady, &pager, [this](const PagerPage& page) {
            pages << page;
            for (const QJsonObject& item : page.items)
                ids << item.value(QStringLiteral("entity_id")).toInt(item.value(QStringLiteral("id")).toInt());
        });
        QObject::connect(&pager, &Pager::finished, &pager, [this](const Status& status) { results << status; });
    }

    QList<PagerPage> pages;
    QList<int> ids;
    QList<Status> results;

    bool uniqueIds() const { return QSet<int>(ids.begin(), ids.end()).size() == ids.size(); }
};

QList<int> range(int from, int to)
{
    QList<int> out;
    for (int i = from; i <= to; ++i)
        out << i;
    return out;
}

PagerOptions offsetOptions(int pageSize)
{
    PagerOptions options;
    options.pageSize = pageSize;
    return options;
}

PagerOptions keysetOptions(int pageSize)
{
    PagerOptions options;
    options.mode = PagerOptions::Mode::Keyset;
    options.pageSize = pageSize;
    return options;
}

} // namespace

class TestMagentoPager final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walksAllPages_data()
    {
        QTest::addColumn<bool>("async");
        QTest::addColumn<bool>("withTotal");
        QTest::newRow("sync, total") << false << true;
        QTest::newRow("async, total") << true << true;
        QTest::newRow("sync, no total") << false << false;
        QTest::newRow("async, no total") << true << false;
    }

    void walksAllPages()
    {
        QFETCH(bool, async);
        QFETCH(bool, withTotal);
        FakeList list(250);
        list.async = async;
        list.includeTotal = withTotal;
        PagerOptions options = offsetOptions(100);
        options.criteria.where(QStringLiteral("status"), Condition::Eq, QStringLiteral("1"));
        Pager pager(list.fetch(), options);
        Collector got(pager);
        pager.start();
        QTRY_COMPARE(got.results.size(), 1);
        QVERIFY2(got.results.first().ok(), qPrintable(got.results.first().error().message));
        QCOMPARE(got.ids, range(1, 250));
        QCOMPARE(got.pages.size(), 3);
        QCOMPARE(got.pages.last().delivered, 250);
        QCOMPARE(got.pages.first().totalCount, withTotal ? 250 : -1);
        QCOMPARE(list.requests.size(), 3);
        for (int i = 0; i < list.requests.size(); ++i) {
            const SearchCriteria& sent = list.requests.at(i);
            QCOMPARE(sent.currentPage, std::optional<int>(i + 1));
            QCOMPARE(sent.pageSize, std::optional<int>(100));
            // The caller's filter is kept and the walk is sorted by the unique key.
            QCOMPARE(sent.filterGroups, options.criteria.filterGroups);
            QCOMPARE(sent.sortOrders, (QList<SortOrder> {SortOrder {QStringLiteral("entity_id")}}));
        }
        QVERIFY(!pager.isRunning());
        QCOMPARE(pager.delivered(), 250);
    }

    void exactMultipleEndsOnTotal()
    {
        FakeList list(200);
        Pager pager(list.fetch(), offsetOptions(100));
        Collector got(pager);
        pager.start();
        QCOMPARE(got.results.size(), 1);
        QVERIFY(got.results.first().ok());
        QCOMPARE(got.ids, range(1, 200));
        QCOMPARE(list.requests.size(), 2); // total_count says there is no third page
    }

    void emptyList()
    {
        FakeList list(0);
        Pager pager(list.fetch(), offsetOptions(100));
        Collector got(pager);
        pager.start();
        QCOMPARE(got.results.size(), 1);
        QVERIFY(got.results.first().ok());
        QVERIFY(got.pages.isEmpty());
        QCOMPARE(list.requests.size(), 1);
    }

    void userSortKeepsKeyAsTieBreaker()
    {
        FakeList list(10);
        PagerOptions options = offsetOptions(5);
        options.criteria.orderBy(QStringLiteral("price"), SortOrder::Direction::Descending);
        Pager pager(list.fetch(), options);
        Collector got(pager);
        pager.start();
        QCOMPARE(list.requests.first().sortOrders,
            (QList<SortOrder> {SortOrder {QStringLiteral("price"), SortOrder::Direction::Descending},
                SortOrder {QStringLiteral("entity_id")}}));
    }

    void manyPagesSynchronouslyKeepTheStackFlat()
    {
        // 20000 synchronous answers in a row would overflow the stack if each page recursed into the next.
        static constexpr int count = 20000;
        int calls = 0;
        Pager pager(
            [&calls](const QUrlQuery& query, std::function<void(Result<QJsonObject>)> done) {
                ++calls;
                const int page = query.queryItemValue(QStringLiteral("searchCriteria[current_page]")).toInt();
                QJsonArray items;
                if (page <= count)
                    items.append(QJsonObject {{QStringLiteral("entity_id"), page}});
                done(QJsonObject {{QStringLiteral("items"), items}, {QStringLiteral("total_count"), count}});
            },
            offsetOptions(1));
        Collector got(pager);
        pager.start();
        QCOMPARE(got.results.size(), 1);
        QVERIFY(got.results.first().ok());
        QCOMPARE(got.ids.size(), count);
        QCOMPARE(calls, count);
        QVERIFY(got.uniqueIds());
    }

    void repeatedItemsAreDeliveredOnce()
    {
        // Magento without a stable order repeats items across pages (magento2#25001): page 2 repeats three items of
        // page 1, and page 3 repeats one of page 2.
        FakeList list(25);
        list.forcedPage = [](int call) -> std::optional<QList<int>> {
            if (call == 2)
                return QList<int> {8, 9, 10, 11, 12, 13, 14, 15, 16, 17};
            if (call == 3)
                return QList<int> {17, 18, 19, 20, 21, 22, 23, 24, 25};
            return std::nullopt;
        };
        Pager pager(list.fetch(), offsetOptions(10));
        Collector got(pager);
        pager.start();
        QCOMPARE(got.results.size(), 1);
        QVERIFY(got.results.first().ok());
        QVERIFY(got.uniqueIds());
        QCOMPARE(got.ids, range(1, 25));
        QCOMPARE(got.pages.at(1).duplicatesSkipped, 3);
        QCOMPARE(got.pages.at(2).duplicatesSkipped, 1);
        QCOMPARE(got.pages.at(2).delivered, 25);
    }

    void lastPageAgainWithoutTotal()
    {
        // Without total_count the only sign of the end is Magento answering page 3 with page 2 again.
        FakeList list(200);
        list.includeTotal = false;
        Pager pager(list.fetch(), offsetOptions(100));
        Collector got(pager);
        pager.start();
        QCOMPARE(got.results.size(), 1);
        QVERIFY(got.results.first().ok());
        QCOMPARE(got.ids, range(1, 200));
        QCOMPARE(list.requests.size(), 3);
        QCOMPARE(got.pages.last().items.size(), 0);
        QCOMPARE(got.pages.last().duplicatesSkipped, 100);
    }

    void totalShrinksMidWalk()
    {
        // 300 items; after page 2 half of them are deleted, so page 3 is past the end and Magento answers with
        // its (new) last page again, which holds only items already delivered.
        FakeList list(300);
        list.beforeAnswer = [&list](int call) {
            if (call == 3)
                list.ids = range(1, 150);
        };
        Pager pager(list.fetch(), offsetOptions(100));
        Collector got(pager);
        pager.start();
        QCOMPARE(got.results.size(), 1);
        QVERIFY2(got.results.first().ok(), qPrintable(got.results.first().error().message));
        QCOMPARE(got.ids, range(1, 200));
        QVERIFY(got.uniqueIds());
        QCOMPARE(list.requests.size(), 3);
        QCOMPARE(got.pages.last().totalCount, 150);
        QCOMPARE(got.pages.last().duplicatesSkipped, 50);
    }

    void failureMidWay_data()
    {
        QTest::addColumn<bool>("async");
        QTest::newRow("sync") << false;
        QTest::newRow("async") << true;
    }

    void failureMidWay()
    {
        QFETCH(bool, async);
        FakeList list(500);
        list.async = async;
        list.forcedPage = [](int call) -> std::optional<QList<int>> {
            if (call == 2)
                return range(95, 194); // overlaps page 1 by six items
            return std::nullopt;
        };
        list.failure = [](int call) -> std::optional<Error> {
            if (call == 3)
                return Error(QStringLiteral("HTTP 503: maintenance"));
            return std::nullopt;
        };
        Pager pager(list.fetch(), offsetOptions(100));
        Collector got(pager);
        pager.start();
        QTRY_COMPARE(got.results.size(), 1);
        QVERIFY(!got.results.first().ok());
        const QString message = got.results.first().error().message;
        QVERIFY2(message.contains(QLatin1String("Page 3")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("194 items")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("HTTP 503: maintenance")), qPrintable(message));
        QCOMPARE(got.ids, range(1, 194));
        QVERIFY(got.uniqueIds());
        QCOMPARE(list.requests.size(), 3);
        QVERIFY(!pager.isRunning());
    }

    void staleAnswersGiveUp()
    {
        // total_count keeps promising more while every page repeats the first one.
        FakeList list(1000);
        list.forcedPage = [](int) -> std::optional<QList<int>> { return range(1, 10); };
        Pager pager(list.fetch(), offsetOptions(10));
        Collector got(pager);
        pager.start();
        QCOMPARE(got.results.size(), 1);
        QVERIFY(!got.results.first().ok());
        QVERIFY2(got.results.first().error().message.contains(QLatin1String("total_count (1000)")),
            qPrintable(got.results.first().error().message));
        QCOMPARE(list.requests.size(), 4);
        QCOMPARE(got.ids, range(1, 10));
    }

    void badAnswers_data()
    {
        QTest::addColumn<QJsonObject>("answer");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("no items") << QJsonObject {{QStringLiteral("message"), QStringLiteral("x")}}
                                  << "no \"items\" list (it has: message)";
        QTest::newRow("item not object") << QJsonObject {{QStringLiteral("items"), QJsonArray {1}}}
                                         << "Item 1 of page 1 is not a JSON object";
        QTest::newRow("item without key") << QJsonObject {{QStringLiteral("items"),
            QJsonArray {QJsonObject {{QStringLiteral("entity_id"), 1}},
                QJsonObject {{QStringLiteral("sku"), QStringLiteral("A")}}}}}
                                          << "Item 2 of page 1 has no \"entity_id\" value";
    }

    void badAnswers()
    {
        QFETCH(QJsonObject, answer);
        QFETCH(QString, errorPart);
        Pager pager([answer](const QUrlQuery&, std::function<void(Result<QJsonObject>)> done) { done(answer); },
            offsetOptions(10));
        Collector got(pager);
        pager.start();
        QCOMPARE(got.results.size(), 1);
        QVERIFY(!got.results.first().ok());
        QVERIFY2(
            got.results.first().error().message.contains(errorPart), qPrintable(got.results.first().error().message));
    }

    void nullItemsWithZeroTotalIsEmpty()
    {
        const QJsonObject answer {{QStringLiteral("items"), QJsonValue::Null}, {QStringLiteral("total_count"), 0}};
        Pager pager([answer](const QUrlQuery&, std::function<void(Result<QJsonObject>)> done) { done(answer); },
            offsetOptions(10));
        Collector got(pager);
        pager.start();
        QCOMPARE(got.results.size(), 1);
        QVERIFY(got.results.first().ok());
    }

    void idKeyFallback()
    {
        // Products and customers call their key "id" in JSON; sorting by entity_id still works in Magento.
        FakeList list(30, QStringLiteral("id"));
        Pager pager(list.fetch(), offsetOptions(10));
        Collector got(pager);
        pager.start();
        QCOMPARE(got.results.size(), 1);
        QVERIFY(got.results.first().ok());
        QCOMPARE(got.ids, range(1, 30));
        QCOMPARE(got.pages.last().lastKey, QStringLiteral("30"));
    }

    void badOptions()
    {
        FakeList list(10);
        PagerOptions zero = offsetOptions(0);
        Pager pager(list.fetch(), zero);
        Collector got(pager);
        pager.start();
        QCOMPARE(got.results.size(), 1);
        QVERIFY(got.results.first().error().message.contains(QLatin1String("at least 1")));
        QVERIFY(list.requests.isEmpty());

        PagerOptions keyset = keysetOptions(10);
        keyset.criteria.orderBy(QStringLiteral("name"));
        Pager sorted(list.fetch(), keyset);
        Collector sortedGot(sorted);
        sorted.start();
        QVERIFY(sortedGot.results.first().error().message.contains(QLatin1String("\"name\"")));

        PagerOptions fields = offsetOptions(10);
        fields.extraQuery = {{QStringLiteral("fields"), QStringLiteral("items[sku, name]")}};
        Pager badFields(list.fetch(), fields);
        Collector fieldsGot(badFields);
        badFields.start();
        QVERIFY(fieldsGot.results.first().error().message.contains(QLatin1String("spaces")));
    }

    void fieldsKeepWhatThePagerNeeds()
    {
        FakeList list(3);
        PagerOptions options = offsetOptions(10);
        options.extraQuery = {{QStringLiteral("fields"), QStringLiteral("items[sku,name]")},
            {QStringLiteral("storeId"), QStringLiteral("a+b")}};
        Pager pager(list.fetch(), options);
        Collector got(pager);
        pager.start();
        const QUrlQuery& sent = list.queries.first();
        QCOMPARE(sent.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded),
            QStringLiteral("items[sku,name,entity_id,id],total_count"));
        QVERIFY(sent.query(QUrl::FullyEncoded).endsWith(QLatin1String("&storeId=a%2Bb")));
        QVERIFY(got.results.first().ok());
    }

    void keysetWalk_data()
    {
        QTest::addColumn<bool>("async");
        QTest::newRow("sync") << false;
        QTest::newRow("async") << true;
    }

    void keysetWalk()
    {
        QFETCH(bool, async);
        FakeList list(250);
        list.async = async;
        PagerOptions options = keysetOptions(100);
        options.criteria.where(QStringLiteral("entity_id"), Condition::Lt, QStringLiteral("1000"));
        Pager pager(list.fetch(), options);
        Collector got(pager);
        pager.start();
        QTRY_COMPARE(got.results.size(), 1);
        QVERIFY2(got.results.first().ok(), qPrintable(got.results.first().error().message));
        QCOMPARE(got.ids, range(1, 250));
        QCOMPARE(list.requests.size(), 3);
        const QList<QString> lastKeys {QString(), QStringLiteral("100"), QStringLiteral("200")};
        for (int i = 0; i < list.requests.size(); ++i) {
            const SearchCriteria& sent = list.requests.at(i);
            QCOMPARE(sent.currentPage, std::optional<int>(1));
            QCOMPARE(sent.sortOrders, (QList<SortOrder> {SortOrder {QStringLiteral("entity_id")}}));
            QCOMPARE(sent.filterGroups.first(), options.criteria.filterGroups.first());
            if (lastKeys.at(i).isEmpty()) {
                QCOMPARE(sent.filterGroups.size(), 1);
            } else {
                QCOMPARE(sent.filterGroups.size(), 2);
                QCOMPARE(sent.filterGroups.last().filters.first(),
                    (Filter {QStringLiteral("entity_id"), lastKeys.at(i), Condition::Gt}));
            }
        }
        QCOMPARE(pager.lastKey(), QStringLiteral("250"));
    }

    void keysetStopsOnTotal()
    {
        FakeList list(200);
        Pager pager(list.fetch(), keysetOptions(100));
        Collector got(pager);
        pager.start();
        QVERIFY(got.results.first().ok());
        QCOMPARE(got.ids, range(1, 200));
        QCOMPARE(list.requests.size(), 2); // the second answer's total_count (100) says nothing follows
    }

    void keysetSurvivesDeletions()
    {
        // Deleting already delivered rows shifts offsets (offset paging would skip items 101-150), not keys.
        FakeList offsetList(300);
        offsetList.beforeAnswer = [&offsetList](int call) {
            if (call == 2)
                offsetList.ids = range(51, 300);
        };
        Pager offsetPager(offsetList.fetch(), offsetOptions(100));
        Collector offsetGot(offsetPager);
        offsetPager.start();
        QVERIFY(offsetGot.results.first().ok());
        QVERIFY(!offsetGot.ids.contains(120)); // the loss keyset paging avoids

        FakeList keysetList(300);
        keysetList.beforeAnswer = [&keysetList](int call) {
            if (call == 2)
                keysetList.ids = range(51, 300);
        };
        Pager keysetPager(keysetList.fetch(), keysetOptions(100));
        Collector keysetGot(keysetPager);
        keysetPager.start();
        QVERIFY(keysetGot.results.first().ok());
        QCOMPARE(keysetGot.ids, range(1, 300));
    }

    void keysetResume()
    {
        FakeList list(250);
        PagerOptions options = keysetOptions(100);
        options.startAfter = QStringLiteral("120");
        Pager pager(list.fetch(), options);
        Collector got(pager);
        pager.start();
        QVERIFY(got.results.first().ok());
        QCOMPARE(got.ids, range(121, 250));
        QCOMPARE(list.requests.first().filterGroups.last().filters.first(),
            (Filter {QStringLiteral("entity_id"), QStringLiteral("120"), Condition::Gt}));
    }

    void keysetIgnoredFilterIsAnError()
    {
        FakeList list(250);
        list.ignoreFilters = true;
        Pager pager(list.fetch(), keysetOptions(100));
        Collector got(pager);
        pager.start();
        QCOMPARE(got.results.size(), 1);
        QVERIFY(!got.results.first().ok());
        QVERIFY2(got.results.first().error().message.contains(QLatin1String("ignore the filter")),
            qPrintable(got.results.first().error().message));
        QCOMPARE(got.ids, range(1, 100));
        QCOMPARE(list.requests.size(), 2);
    }

    void pullMode()
    {
        FakeList list(25);
        PagerOptions options = offsetOptions(10);
        options.waitForNext = true;
        Pager pager(list.fetch(), options);
        Collector got(pager);
        pager.start();
        QCOMPARE(list.requests.size(), 1);
        QCOMPARE(got.pages.size(), 1);
        QVERIFY(pager.isRunning());
        pager.next();
        QCOMPARE(list.requests.size(), 2);
        pager.next();
        QCOMPARE(got.results.size(), 1);
        QVERIFY(got.results.first().ok());
        QCOMPARE(got.ids, range(1, 25));
        pager.next(); // finished: nothing happens
        QCOMPARE(list.requests.size(), 3);
    }

    void cancelIgnoresLateAnswers()
    {
        std::function<void(Result<QJsonObject>)> pending;
        int calls = 0;
        Pager pager(
            [&](const QUrlQuery&, std::function<void(Result<QJsonObject>)> done) {
                ++calls;
                pending = std::move(done);
            },
            offsetOptions(10));
        Collector got(pager);
        pager.start();
        QCOMPARE(calls, 1);
        pager.cancel();
        QCOMPARE(got.results.size(), 1);
        QVERIFY(pager.wasCancelled());
        QVERIFY(got.results.first().error().message.contains(QLatin1String("cancelled")));
        pending(QJsonObject {{QStringLiteral("items"), QJsonArray {QJsonObject {{QStringLiteral("entity_id"), 1}}}}});
        QVERIFY(got.pages.isEmpty());
        QCOMPARE(got.results.size(), 1);
        pager.cancel(); // not running: no second signal
        QCOMPARE(got.results.size(), 1);
    }

    void cancelFromPageSlot()
    {
        FakeList list(100);
        Pager pager(list.fetch(), offsetOptions(10));
        Collector got(pager);
        connect(&pager, &Pager::pageReady, &pager, [&pager](const PagerPage& page) {
            if (page.number == 2)
                pager.cancel();
        });
        pager.start();
        QCOMPARE(list.requests.size(), 2);
        QCOMPARE(got.results.size(), 1);
        QCOMPARE(got.ids, range(1, 20));
    }

    void answerAfterDeletionIsHarmless()
    {
        std::function<void(Result<QJsonObject>)> pending;
        auto pager = std::make_unique<Pager>(
            [&](const QUrlQuery&, std::function<void(Result<QJsonObject>)> done) { pending = std::move(done); },
            offsetOptions(10));
        pager->start();
        pager.reset();
        pending(QJsonObject {{QStringLiteral("items"), QJsonArray()}});
    }

    void answeringTwiceCountsOnce()
    {
        FakeList list(30);
        int calls = 0;
        QueryFetch inner = list.fetch();
        Pager pager(
            [&](const QUrlQuery& query, std::function<void(Result<QJsonObject>)> done) {
                ++calls;
                inner(query, [done](Result<QJsonObject> answer) {
                    done(answer);
                    done(answer); // a buggy transport
                });
            },
            offsetOptions(10));
        Collector got(pager);
        pager.start();
        QCOMPARE(got.results.size(), 1);
        QCOMPARE(got.ids, range(1, 30));
        QCOMPARE(calls, 3);
    }

    void restartStartsOver()
    {
        FakeList list(15);
        Pager pager(list.fetch(), offsetOptions(10));
        Collector got(pager);
        pager.start();
        pager.start();
        QCOMPARE(got.results.size(), 2);
        QCOMPARE(got.ids.size(), 30);
        QCOMPARE(list.requests.at(2).currentPage, std::optional<int>(1));
    }
};

QTEST_GUILESS_MAIN(TestMagentoPager)
#include "test_magento_pager.moc"
