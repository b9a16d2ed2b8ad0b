// The sandbox's server-side searchCriteria engine and `fields` filter, over a small in-memory record set.

#include "core/sandbox/fields.h"
#include "core/sandbox/searchcriteria.h"
#include "core/sandbox/webapiinput.h"
#include "tests/sandbox/test_sandbox_store_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace studio::sandbox;

namespace {

/// Five records with every column type the engine knows.
class Records final : public SearchSource
{
public:
    Records()
    {
        const auto row = [](int id, const char* sku, double price, int qty, const char* created, QJsonValue tags,
                             QJsonValue note, QJsonArray cats) {
            return QJsonObject {{QStringLiteral("entity_id"), id}, {QStringLiteral("sku"), QString::fromUtf8(sku)},
                {QStringLiteral("price"), price}, {QStringLiteral("qty"), qty},
                {QStringLiteral("created_at"), QString::fromUtf8(created)}, {QStringLiteral("tags"), tags},
                {QStringLiteral("note"), note}, {QStringLiteral("cats"), cats}};
        };
        m_rows = {row(1, "ABC-1", 10.0, 5, "2025-01-01 10:00:00", QStringLiteral("1,2"), QStringLiteral("hello"), {3}),
            row(2, "abc-2", 20.5, 0, "2025-02-01 10:00:00", QStringLiteral("2"), QJsonValue(), {4}),
            row(3, "XYZ-3", 30, 12, "2025-03-01 10:00:00", QStringLiteral("3,10"), QStringLiteral("world"), {3, 4}),
            row(4, "xyz_4", 5.5, 7, "2025-04-01 10:00:00", QJsonValue(), QStringLiteral("Hello World"), {}),
            row(5, "Q%5", 100, 1, "2025-05-01 10:00:00", QStringLiteral("1"), QString(), {5})};
    }
    int count() const override { return int(m_rows.size()); }
    std::optional<FieldType> fieldType(const QString& field) const override
    {
        if (field == u"entity_id" || field == u"qty")
            return FieldType::Integer;
        if (field == u"price")
            return FieldType::Decimal;
        if (field == u"sku" || field == u"tags" || field == u"note")
            return FieldType::Text;
        if (field == u"created_at")
            return FieldType::DateTime;
        if (field == u"cats")
            return FieldType::Membership;
        return std::nullopt;
    }
    QJsonValue value(int row, const QString& field) const override
    {
        if (field == u"cats") {
            QJsonArray ids;
            for (const QJsonValue& v : m_rows.at(row).value(field).toArray())
                ids.append(QString::number(v.toInt()));
            return ids;
        }
        return m_rows.at(row).value(field);
    }
    bool isStandaloneFilter(const QString& field) const override { return field == u"cats"; }

private:
    QList<QJsonObject> m_rows;
};

QString filter(int group, int index, const QString& field, const QString& value, const QString& condition)
{
    QString q
        = QStringLiteral("searchCriteria[filter_groups][%1][filters][%2][field]=%3").arg(group).arg(index).arg(field);
    q += QStringLiteral("&searchCriteria[filter_groups][%1][filters][%2][value]=%3").arg(group).arg(index).arg(value);
    if (!condition.isEmpty())
        q += QStringLiteral("&searchCriteria[filter_groups][%1][filters][%2][condition_type]=%3")
                 .arg(group)
                 .arg(index)
                 .arg(condition);
    return q;
}

struct Outcome
{
    std::optional<ApiResponse> error;
    QList<int> ids;
    int total = 0;
    SearchCriteria criteria;
};

Outcome run(const QString& query, UnknownFieldPolicy policy = UnknownFieldPolicy::EavInvalidAttribute,
    const InputLimits* limits = nullptr)
{
    Outcome out;
    out.error = parseSearchCriteria(QUrlQuery(query), out.criteria, limits);
    if (out.error)
        return out;
    Records records;
    SearchResult result;
    out.error = runSearch(out.criteria, records, policy, result);
    if (out.error)
        return out;
    for (int row : std::as_const(result.rows))
        out.ids.append(records.value(row, QStringLiteral("entity_id")).toInt());
    out.total = result.totalCount;
    return out;
}

QByteArray dump(const QJsonValue& v)
{
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact);
}

QJsonValue parse(const QByteArray& json)
{
    const QJsonDocument d = QJsonDocument::fromJson(json);
    return d.isObject() ? QJsonValue(d.object()) : QJsonValue(d.array());
}

} // namespace

class TestSandboxSearch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conditions_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<int>>("expected");
        const auto one = [](const QString& field, const QString& value, const QString& condition) {
            return filter(0, 0, field, value, condition);
        };
        QTest::newRow("eq is case-insensitive")
            << one(QStringLiteral("sku"), QStringLiteral("abc-1"), QStringLiteral("eq")) << QList<int> {1};
        QTest::newRow("no condition means eq")
            << one(QStringLiteral("sku"), QStringLiteral("ABC-1"), QString()) << QList<int> {1};
        QTest::newRow("eq numeric") << one(QStringLiteral("price"), QStringLiteral("20.50"), QStringLiteral("eq"))
                                    << QList<int> {2};
        QTest::newRow("neq") << one(QStringLiteral("sku"), QStringLiteral("ABC-1"), QStringLiteral("neq"))
                             << QList<int> {2, 3, 4, 5};
        QTest::newRow("neq skips NULL") << one(QStringLiteral("note"), QStringLiteral("hello"), QStringLiteral("neq"))
                                        << QList<int> {3, 4, 5};
        QTest::newRow("like prefix") << one(QStringLiteral("sku"), QStringLiteral("abc%25"), QStringLiteral("like"))
                                     << QList<int> {1, 2};
        QTest::newRow("like underscore") << one(QStringLiteral("sku"), QStringLiteral("%25-_"), QStringLiteral("like"))
                                         << QList<int> {1, 2, 3};
        QTest::newRow("like escaped underscore")
            << one(QStringLiteral("sku"), QStringLiteral("xyz%5C_%25"), QStringLiteral("like")) << QList<int> {4};
        QTest::newRow("like escaped percent")
            << one(QStringLiteral("sku"), QStringLiteral("%25%5C%25%25"), QStringLiteral("like")) << QList<int> {5};
        QTest::newRow("like with + as space")
            << one(QStringLiteral("note"), QStringLiteral("hello+w%25"), QStringLiteral("like")) << QList<int> {4};
        QTest::newRow("nlike") << one(QStringLiteral("sku"), QStringLiteral("abc%25"), QStringLiteral("nlike"))
                               << QList<int> {3, 4, 5};
        QTest::newRow("in") << one(QStringLiteral("price"), QStringLiteral("10,30"), QStringLiteral("in"))
                            << QList<int> {1, 3};
        QTest::newRow("in with spaces") << one(QStringLiteral("price"), QStringLiteral("10,%2030"),
            QStringLiteral("in")) << QList<int> {1, 3};
        QTest::newRow("in text") << one(QStringLiteral("sku"), QStringLiteral("abc-1,xyz-3"), QStringLiteral("in"))
                                 << QList<int> {1, 3};
        QTest::newRow("nin") << one(QStringLiteral("price"), QStringLiteral("10,30"), QStringLiteral("nin"))
                             << QList<int> {2, 4, 5};
        QTest::newRow("nin skips NULL") << one(QStringLiteral("note"), QStringLiteral("hello"), QStringLiteral("nin"))
                                        << QList<int> {3, 4, 5};
        QTest::newRow("null") << one(QStringLiteral("note"), QString(), QStringLiteral("null")) << QList<int> {2};
        QTest::newRow("notnull") << one(QStringLiteral("note"), QString(), QStringLiteral("notnull"))
                                 << QList<int> {1, 3, 4, 5};
        QTest::newRow("gt") << one(QStringLiteral("price"), QStringLiteral("20.5"), QStringLiteral("gt"))
                            << QList<int> {3, 5};
        QTest::newRow("gteq") << one(QStringLiteral("price"), QStringLiteral("20.5"), QStringLiteral("gteq"))
                              << QList<int> {2, 3, 5};
        QTest::newRow("lt") << one(QStringLiteral("price"), QStringLiteral("10"), QStringLiteral("lt"))
                            << QList<int> {4};
        QTest::newRow("lteq") << one(QStringLiteral("price"), QStringLiteral("10"), QStringLiteral("lteq"))
                              << QList<int> {1, 4};
        QTest::newRow("moreq") << one(QStringLiteral("price"), QStringLiteral("30"), QStringLiteral("moreq"))
                               << QList<int> {3, 5};
        QTest::newRow("from") << one(QStringLiteral("created_at"), QStringLiteral("2025-02-01"), QStringLiteral("from"))
                              << QList<int> {2, 3, 4, 5};
        QTest::newRow("to") << one(
            QStringLiteral("created_at"), QStringLiteral("2025-02-01+10:00:00"), QStringLiteral("to"))
                            << QList<int> {1, 2};
        QTest::newRow("finset") << one(QStringLiteral("tags"), QStringLiteral("2"), QStringLiteral("finset"))
                                << QList<int> {1, 2};
        QTest::newRow("finset exact member")
            << one(QStringLiteral("tags"), QStringLiteral("10"), QStringLiteral("finset")) << QList<int> {3};
        QTest::newRow("nfinset skips NULL")
            << one(QStringLiteral("tags"), QStringLiteral("2"), QStringLiteral("nfinset")) << QList<int> {3, 5};
        QTest::newRow("seq empty is null")
            << one(QStringLiteral("note"), QString(), QStringLiteral("seq")) << QList<int> {2};
        QTest::newRow("sneq empty is notnull")
            << one(QStringLiteral("note"), QString(), QStringLiteral("sneq")) << QList<int> {1, 3, 4, 5};
        QTest::newRow("regexp") << one(QStringLiteral("sku"), QStringLiteral("%5E%5Ba-c%5D"), QStringLiteral("regexp"))
                                << QList<int> {1, 2};
        QTest::newRow("text gt") << one(QStringLiteral("sku"), QStringLiteral("x"), QStringLiteral("gt"))
                                 << QList<int> {3, 4};
        QTest::newRow("non-numeric operand is 0")
            << one(QStringLiteral("qty"), QStringLiteral("abc"), QStringLiteral("gt")) << QList<int> {1, 3, 4, 5};
        QTest::newRow("condition in upper case")
            << one(QStringLiteral("price"), QStringLiteral("30"), QStringLiteral("GTEQ")) << QList<int> {3, 5};
        QTest::newRow("membership eq") << one(QStringLiteral("cats"), QStringLiteral("3"), QStringLiteral("eq"))
                                       << QList<int> {1, 3};
        QTest::newRow("membership in") << one(QStringLiteral("cats"), QStringLiteral("4,5"), QStringLiteral("in"))
                                       << QList<int> {2, 3, 5};
        QTest::newRow("membership nin") << one(QStringLiteral("cats"), QStringLiteral("3"), QStringLiteral("nin"))
                                        << QList<int> {2, 4, 5};
        QTest::newRow("membership null") << one(QStringLiteral("cats"), QString(), QStringLiteral("null"))
                                         << QList<int> {4};
    }

    void conditions()
    {
        QFETCH(QString, query);
        QFETCH(QList<int>, expected);
        const Outcome out = run(query);
        QVERIFY2(!out.error, out.error ? dump(out.error->body).constData() : "");
        QCOMPARE(out.ids, expected);
        QCOMPARE(out.total, int(expected.size()));
    }

    void everyDocumentedConditionIsKnown()
    {
        for (const char* c : {"eq", "finset", "from", "gt", "gteq", "in", "like", "lt", "lteq", "moreq", "neq",
                 "nfinset", "nin", "nlike", "notnull", "null", "to"})
            QVERIFY2(isKnownConditionType(QLatin1String(c)), c);
        QVERIFY(!isKnownConditionType(QStringLiteral("between")));
    }

    void groups_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("OR inside a group")
            << filter(0, 0, QStringLiteral("sku"), QStringLiteral("ABC-1"), QStringLiteral("eq")) + u'&'
                + filter(0, 1, QStringLiteral("sku"), QStringLiteral("XYZ-3"), QStringLiteral("eq"))
            << QList<int> {1, 3};
        QTest::newRow("AND across groups")
            << filter(0, 0, QStringLiteral("price"), QStringLiteral("5.5"), QStringLiteral("gt")) + u'&'
                + filter(1, 0, QStringLiteral("qty"), QStringLiteral("5"), QStringLiteral("gt"))
            << QList<int> {3};
        QTest::newRow("from and to in one group are OR (as in Magento)")
            << filter(0, 0, QStringLiteral("created_at"), QStringLiteral("2025-03-01"), QStringLiteral("from")) + u'&'
                + filter(0, 1, QStringLiteral("created_at"), QStringLiteral("2025-01-31"), QStringLiteral("to"))
            << QList<int> {1, 3, 4, 5};
        QTest::newRow("from and to in two groups are a range")
            << filter(0, 0, QStringLiteral("created_at"), QStringLiteral("2025-02-01"), QStringLiteral("from")) + u'&'
                + filter(1, 0, QStringLiteral("created_at"), QStringLiteral("2025-03-31"), QStringLiteral("to"))
            << QList<int> {2, 3};
        QTest::newRow("a custom filter is AND-ed even inside an OR group")
            << filter(0, 0, QStringLiteral("sku"), QStringLiteral("ABC-1"), QStringLiteral("eq")) + u'&'
                + filter(0, 1, QStringLiteral("cats"), QStringLiteral("4"), QStringLiteral("eq"))
            << QList<int> {};
        QTest::newRow("camelCase names") << QStringLiteral(
            "searchCriteria[filterGroups][0][filters][0][field]=price&"
            "searchCriteria[filterGroups][0][filters][0][value]=20&"
            "searchCriteria[filterGroups][0][filters][0][conditionType]=gt&"
            "searchCriteria[sortOrders][0][field]=price&searchCriteria[sortOrders][0][direction]=ASC&"
            "searchCriteria[pageSize]=2&searchCriteria[currentPage]=1")
                                         << QList<int> {2, 3};
        QTest::newRow("snake_case names") << QStringLiteral(
            "searchCriteria[filter_groups][0][filters][0][field]=price&"
            "searchCriteria[filter_groups][0][filters][0][value]=20&"
            "searchCriteria[filter_groups][0][filters][0][condition_type]=gt&"
            "searchCriteria[sort_orders][0][field]=price&searchCriteria[sort_orders][0][direction]=asc&"
            "searchCriteria[page_size]=2&searchCriteria[current_page]=1")
                                          << QList<int> {2, 3};
        QTest::newRow("empty searchCriteria returns all")
            << QStringLiteral("searchCriteria=") << QList<int> {1, 2, 3, 4, 5};
        QTest::newRow("indexes need not start at 0")
            << filter(3, 7, QStringLiteral("sku"), QStringLiteral("Q%255"), QString()) << QList<int> {5};
    }

    void groups()
    {
        QFETCH(QString, query);
        QFETCH(QList<int>, expected);
        const Outcome out = run(query);
        QVERIFY2(!out.error, out.error ? dump(out.error->body).constData() : "");
        QCOMPARE(out.ids, expected);
    }

    void sorting_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("DESC") << QStringLiteral(
            "searchCriteria[sortOrders][0][field]=price&searchCriteria[sortOrders][0][direction]=DESC")
                              << QList<int> {5, 3, 2, 1, 4};
        QTest::newRow("ASC") << QStringLiteral(
            "searchCriteria[sortOrders][0][field]=price&searchCriteria[sortOrders][0][direction]=ASC")
                             << QList<int> {4, 1, 2, 3, 5};
        QTest::newRow("no direction sorts DESC (Magento's SortingProcessor)")
            << QStringLiteral("searchCriteria[sortOrders][0][field]=qty") << QList<int> {3, 4, 1, 5, 2};
        QTest::newRow("text ASC, NULL first, case-insensitive")
            << QStringLiteral("searchCriteria[sortOrders][0][field]=note&searchCriteria[sortOrders][0][direction]=ASC")
            << QList<int> {2, 5, 1, 4, 3};
        QTest::newRow("two keys") << QStringLiteral(
            "searchCriteria[sortOrders][0][field]=tags&searchCriteria[sortOrders][0][direction]=DESC&"
            "searchCriteria[sortOrders][1][field]=price&searchCriteria[sortOrders][1][direction]=ASC")
                                  << QList<int> {3, 2, 1, 5, 4};
        QTest::newRow("no sort keeps entity order")
            << QStringLiteral("searchCriteria[pageSize]=0") << QList<int> {1, 2, 3, 4, 5};
    }

    void sorting()
    {
        QFETCH(QString, query);
        QFETCH(QList<int>, expected);
        const Outcome out = run(query);
        QVERIFY2(!out.error, out.error ? dump(out.error->body).constData() : "");
        QCOMPARE(out.ids, expected);
    }

    void paging_data()
    {
        QTest::addColumn<QString>("paging");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("page 1") << QStringLiteral("searchCriteria[pageSize]=2&searchCriteria[currentPage]=1")
                                << QList<int> {1, 2};
        QTest::newRow("page 2") << QStringLiteral("searchCriteria[pageSize]=2&searchCriteria[currentPage]=2")
                                << QList<int> {3, 4};
        QTest::newRow("last page is short")
            << QStringLiteral("searchCriteria[pageSize]=2&searchCriteria[currentPage]=3") << QList<int> {5};
        QTest::newRow("beyond the last page repeats the last page")
            << QStringLiteral("searchCriteria[pageSize]=2&searchCriteria[currentPage]=9") << QList<int> {5};
        QTest::newRow("page 0 is page 1")
            << QStringLiteral("searchCriteria[pageSize]=2&searchCriteria[currentPage]=0") << QList<int> {1, 2};
        QTest::newRow("no currentPage is page 1")
            << QStringLiteral("searchCriteria[pageSize]=3") << QList<int> {1, 2, 3};
        QTest::newRow("no pageSize returns all")
            << QStringLiteral("searchCriteria[currentPage]=2") << QList<int> {1, 2, 3, 4, 5};
        QTest::newRow("pageSize 0 returns all")
            << QStringLiteral("searchCriteria[pageSize]=0") << QList<int> {1, 2, 3, 4, 5};
        QTest::newRow("negative pageSize is one row")
            << QStringLiteral("searchCriteria[pageSize]=-4") << QList<int> {1};
        QTest::newRow("numeric string pageSize")
            << QStringLiteral("searchCriteria[pageSize]=%202.0") << QList<int> {1, 2};
    }

    void paging()
    {
        QFETCH(QString, paging);
        QFETCH(QList<int>, expected);
        const Outcome out = run(paging);
        QVERIFY2(!out.error, out.error ? dump(out.error->body).constData() : "");
        QCOMPARE(out.ids, expected);
        QCOMPARE(out.total, 5);
    }

    void echoesCriteriaAsMagento()
    {
        const Outcome out = run(
            QStringLiteral("searchCriteria[filterGroups][0][filters][0][field]=sku&"
                           "searchCriteria[filterGroups][0][filters][0][value]=a%25&"
                           "searchCriteria[filterGroups][0][filters][0][conditionType]=like&"
                           "searchCriteria[filterGroups][1][filters][0][field]=note&"
                           "searchCriteria[filterGroups][1][filters][0][conditionType]=notnull&"
                           "searchCriteria[sortOrders][0][field]=price&searchCriteria[sortOrders][0][direction]=desc&"
                           "searchCriteria[sortOrders][1][field]=qty&"
                           "searchCriteria[pageSize]=10&searchCriteria[currentPage]=3"));
        QVERIFY(!out.error);
        const QJsonValue expected = parse(JSON({
            "filter_groups" : [
                {"filters" : [ {"field" : "sku", "value" : "a%", "condition_type" : "like"} ]},
                {"filters" : [ {"field" : "note", "value" : null, "condition_type" : "notnull"} ]}
            ],
            "sort_orders" : [ {"field" : "price", "direction" : "DESC"}, {"field" : "qty", "direction" : null} ],
            "page_size" : 10,
            "current_page" : 3
        }));
        QCOMPARE(QJsonValue(out.criteria.toJson()), expected);
        const QJsonObject results = searchResultsJson(QJsonArray {}, out.criteria, 0);
        QCOMPARE(results.keys(),
            (QStringList {QStringLiteral("items"), QStringLiteral("search_criteria"), QStringLiteral("total_count")}));

        // Nothing but the required filter_groups when the criteria are empty.
        const Outcome empty = run(QStringLiteral("searchCriteria"));
        QVERIFY(!empty.error);
        QCOMPARE(QJsonValue(empty.criteria.toJson()), parse(JSON({"filter_groups" : []})));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QByteArray>("parameters");
        QTest::newRow("missing searchCriteria") << QStringLiteral("fields=items") << 400
                                                << QStringLiteral("\"%fieldName\" is required. Enter and try again.")
                                                << QByteArray(JSON({"fieldName" : "searchCriteria"}));
        QTest::newRow("unknown condition type")
            << filter(0, 0, QStringLiteral("sku"), QStringLiteral("x"), QStringLiteral("between")) << 400
            << QStringLiteral("Invalid value of \"%value\" provided for the %fieldName field.")
            << QByteArray(JSON({"fieldName" : "condition_type", "value" : "between"}));
        QTest::newRow("unbalanced brackets")
            << QStringLiteral("searchCriteria[filter_groups][0[filters][0][field]=sku") << 400
            << QStringLiteral("Invalid value of \"%value\" provided for the %fieldName field.")
            << QByteArray(JSON(
                   {"fieldName" : "searchCriteria", "value" : "searchCriteria[filter_groups][0[filters][0][field]"}));
        QTest::newRow("non-numeric group index")
            << QStringLiteral("searchCriteria[filter_groups][first][filters][0][field]=sku") << 400
            << QStringLiteral("Invalid value of \"%value\" provided for the %fieldName field.")
            << QByteArray(JSON({"fieldName" : "filter_groups", "value" : "first"}));
        QTest::newRow("non-numeric filter index")
            << QStringLiteral("searchCriteria[filter_groups][0][filters][x][field]=sku") << 400
            << QStringLiteral("Invalid value of \"%value\" provided for the %fieldName field.")
            << QByteArray(JSON({"fieldName" : "filters", "value" : "x"}));
        QTest::newRow("non-numeric pageSize")
            << QStringLiteral("searchCriteria[pageSize]=ten") << 400
            << QStringLiteral("Error occurred during \"pageSize\" processing. The \"ten\" value's "
                              "type is invalid. The \"int\" type was expected. Verify and try again.")
            << QByteArray();
        QTest::newRow("non-numeric current_page")
            << QStringLiteral("searchCriteria[current_page]=2x") << 400
            << QStringLiteral("Error occurred during \"current_page\" processing. The \"2x\" value's "
                              "type is invalid. The \"int\" type was expected. Verify and try again.")
            << QByteArray();
        QTest::newRow("unknown property") << QStringLiteral("searchCriteria[requestName]=quick_search") << 400
                                          << QStringLiteral("Property \"RequestName\" does not have accessor method "
                                                            "\"getRequestName\" in class "
                                                            "\"Magento\\Framework\\Api\\SearchCriteriaInterface\".")
                                          << QByteArray();
        QTest::newRow("unknown filter property")
            << QStringLiteral("searchCriteria[filter_groups][0][filters][0][field]=sku&"
                              "searchCriteria[filter_groups][0][filters][0][operator]=eq")
            << 400
            << QStringLiteral("Property \"Operator\" does not have accessor method \"getOperator\" in class "
                              "\"Magento\\Framework\\Api\\Filter\".")
            << QByteArray();
        QTest::newRow("filter without field")
            << QStringLiteral("searchCriteria[filter_groups][0][filters][0][value]=1") << 400
            << QStringLiteral("\"%fieldName\" is required. Enter and try again.")
            << QByteArray(JSON({"fieldName" : "field"}));
        QTest::newRow("bad sort direction")
            << QStringLiteral("searchCriteria[sortOrders][0][field]=price&searchCriteria[sortOrders][0][direction]=UP")
            << 400
            << QStringLiteral(
                   "The sort order has to be specified as %1 for ascending order or %2 for descending order.")
            << QByteArray(JSON([ "ASC", "DESC" ]));
        QTest::newRow("sort field with symbols")
            << QStringLiteral("searchCriteria[sortOrders][0][field]=price;drop") << 400
            << QStringLiteral("Sort order field %1 contains restricted symbols") << QByteArray(JSON(["price;drop"]));
        QTest::newRow("unknown field (EAV)")
            << filter(0, 0, QStringLiteral("colour"), QStringLiteral("red"), QString()) << 400
            << QStringLiteral("Invalid attribute name: %1") << QByteArray(JSON(["colour"]));
        QTest::newRow("filter_groups given as a string")
            << QStringLiteral("searchCriteria[filter_groups]=all") << 400
            << QStringLiteral("Error occurred during \"filter_groups\" processing. The \"all\" "
                              "value's type is invalid. The "
                              "\"\\Magento\\Framework\\Api\\Search\\FilterGroup[]\" type "
                              "was expected. Verify and try again.")
            << QByteArray();
    }

    void badInput()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QString, message);
        QFETCH(QByteArray, parameters);
        const Outcome out = run(query);
        QVERIFY(out.error);
        QCOMPARE(out.error->status, status);
        const QJsonObject body = out.error->body.toObject();
        QCOMPARE(body.value(QStringLiteral("message")).toString(), message);
        if (parameters.isEmpty())
            QVERIFY2(!body.contains(QStringLiteral("parameters")), dump(body).constData());
        else
            QCOMPARE(dump(body.value(QStringLiteral("parameters"))), parameters);
    }

    void flatTablesFailInSql()
    {
        // An unknown column on a flat table is an SQL error, which Magento masks as 500.
        const Outcome out = run(
            filter(0, 0, QStringLiteral("colour"), QStringLiteral("red"), QString()), UnknownFieldPolicy::FlatSqlError);
        QVERIFY(out.error);
        QCOMPARE(out.error->status, 500);
        QVERIFY(out.error->body.toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QStringLiteral(
                        "Internal Error. Details are available in Magento log file. Report ID: webapi-")));
        const Outcome sorted
            = run(QStringLiteral("searchCriteria[sortOrders][0][field]=colour"), UnknownFieldPolicy::FlatSqlError);
        QVERIFY(sorted.error);
        QCOMPARE(sorted.error->status, 500);
        // EAV collections ignore a sort by an attribute they do not have.
        const Outcome eav = run(QStringLiteral("searchCriteria[sortOrders][0][field]=colour"));
        QVERIFY(!eav.error);
        QCOMPARE(eav.ids, (QList<int> {1, 2, 3, 4, 5}));
        const Outcome regex = run(filter(0, 0, QStringLiteral("sku"), QStringLiteral("%5B"), QStringLiteral("regexp")));
        QVERIFY(regex.error);
        QCOMPARE(regex.error->status, 500);
    }

    void inputLimits()
    {
        InputLimits limits;
        limits.enabled = true;
        const Outcome tooBig
            = run(QStringLiteral("searchCriteria[pageSize]=301"), UnknownFieldPolicy::EavInvalidAttribute, &limits);
        QVERIFY(tooBig.error);
        QCOMPARE(tooBig.error->status, 400);
        QCOMPARE(dump(tooBig.error->body),
            QByteArray(JSON({"message" : "Maximum SearchCriteria pageSize is %max", "parameters" : {"max" : 300}})));
        const Outcome atMax
            = run(QStringLiteral("searchCriteria[pageSize]=300"), UnknownFieldPolicy::EavInvalidAttribute, &limits);
        QVERIFY(!atMax.error);
        const Outcome defaulted
            = run(QStringLiteral("searchCriteria="), UnknownFieldPolicy::EavInvalidAttribute, &limits);
        QVERIFY(!defaulted.error);
        QCOMPARE(defaulted.criteria.toJson().value(QStringLiteral("page_size")).toInt(), 20);
        limits.enabled = false;
        QVERIFY(!run(QStringLiteral("searchCriteria[pageSize]=5000"), UnknownFieldPolicy::EavInvalidAttribute, &limits)
                     .error);
    }

    void phpQueryDecoding()
    {
        const auto items = webapi::phpQueryItems(QUrlQuery(QStringLiteral("a=x+y&b=1%2B1&c%5B0%5D=z&d")));
        QCOMPARE(items.size(), 4);
        QCOMPARE(items.at(0).second, QStringLiteral("x y"));
        QCOMPARE(items.at(1).second, QStringLiteral("1+1"));
        QCOMPARE(items.at(2).first, QStringLiteral("c[0]"));
        QCOMPARE(items.at(3).first, QStringLiteral("d"));
        QVERIFY(items.at(3).second.isEmpty());
        const webapi::QueryNode tree = webapi::parsePhpQuery(QUrlQuery(QStringLiteral("s[]=a&s[]=b&s[7]=c&s[]=d")));
        const webapi::QueryNode* s = tree.child(QStringLiteral("s"));
        QVERIFY(s);
        QCOMPARE(s->children.size(), 4);
        QCOMPARE(s->children.at(3).first, QStringLiteral("8"));
    }

    void typeConversion_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("isInt");
        QTest::addColumn<bool>("isFloat");
        QTest::newRow("number") << QJsonValue(12) << true << true;
        QTest::newRow("numeric string") << QJsonValue(QStringLiteral(" 12.5")) << true << true;
        QTest::newRow("exponent") << QJsonValue(QStringLiteral("1e3")) << true << true;
        QTest::newRow("word") << QJsonValue(QStringLiteral("abc")) << false << false;
        QTest::newRow("empty") << QJsonValue(QString()) << false << false;
        QTest::newRow("bool") << QJsonValue(true) << false << false;
        QTest::newRow("array") << QJsonValue(QJsonArray {1}) << false << false;
    }

    void typeConversion()
    {
        QFETCH(QJsonValue, value);
        QFETCH(bool, isInt);
        QFETCH(bool, isFloat);
        QCOMPARE(webapi::toInt(value).has_value(), isInt);
        QCOMPARE(webapi::toFloat(value).has_value(), isFloat);
        const ApiResponse error = webapi::typeMismatch(
            QJsonValue(true), QStringLiteral("int"), QStringLiteral("disable_auto_group_change"));
        QCOMPARE(error.body.toObject().value(QStringLiteral("message")).toString(),
            QStringLiteral(
                "Error occurred during \"disable_auto_group_change\" processing. The \"1\" value's type is invalid. "
                "The \"int\" type was expected. Verify and try again."));
    }

    // ---- fields ----

    void fieldsFilter_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray product = JSON({
            "sku" : "A",
            "name" : "N",
            "price" : 5,
            "extension_attributes" : {
                "website_ids" : [1],
                "category_links" : [ {"position" : 0, "category_id" : "3"} ],
                "stock_item" : {"item_id" : 7, "qty" : 4, "is_in_stock" : true}
            }
        });
        QTest::newRow("nested") << QStringLiteral(
            "sku,name,extension_attributes[category_links,stock_item[item_id,qty]]")
                                << product << QByteArray(JSON({
                                       "extension_attributes" : {
                                           "category_links" : [ {"category_id" : "3", "position" : 0} ],
                                           "stock_item" : {"item_id" : 7, "qty" : 4}
                                       },
                                       "name" : "N",
                                       "sku" : "A"
                                   }));
        QTest::newRow("list items") << QStringLiteral("items[sku,name],total_count") << QByteArray(JSON({
            "items" : [ {"sku" : "A", "name" : "N", "price" : 1}, {"sku" : "B", "price" : 2} ],
            "search_criteria" : {"filter_groups" : []},
            "total_count" : 2
        })) << QByteArray(JSON({"items" : [ {"name" : "N", "sku" : "A"}, {"sku" : "B"} ], "total_count" : 2}));
        QTest::newRow("filter inside a list of objects")
            << QStringLiteral("extension_attributes[category_links[category_id]]") << product
            << QByteArray(JSON({"extension_attributes" : {"category_links" : [ {"category_id" : "3"} ]}}));
        QTest::newRow("top-level list") << QStringLiteral("code")
                                        << QByteArray(JSON([ {"code" : "a", "id" : 1}, {"code" : "b", "id" : 2} ]))
                                        << QByteArray(JSON([ {"code" : "a"}, {"code" : "b"} ]));
        QTest::newRow("a scalar named with sub-fields stays")
            << QStringLiteral("sku[x]") << product << QByteArray(JSON({"sku" : "A"}));
        QTest::newRow("empty list becomes null")
            << QStringLiteral("items[sku],total_count") << QByteArray(JSON({"items" : [], "total_count" : 0}))
            << QByteArray(JSON({"items" : null, "total_count" : 0}));
        QTest::newRow("nothing matches") << QStringLiteral("colour") << product << QByteArray("[]");
        QTest::newRow("space is not allowed") << QStringLiteral("sku, name") << product << QByteArray("[]");
        QTest::newRow("unclosed bracket") << QStringLiteral("items[sku") << product << QByteArray("[]");
        QTest::newRow("dot is not allowed")
            << QStringLiteral("extension_attributes.stock_item") << product << QByteArray("[]");
        QTest::newRow("stray closing bracket (Magento quirk)")
            << QStringLiteral("sku],name") << product << QByteArray(JSON({"name" : "N"}));
    }

    void fieldsFilter()
    {
        QFETCH(QString, filter);
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        const QJsonDocument in = QJsonDocument::fromJson(input);
        const QJsonValue value = in.isObject() ? QJsonValue(in.object()) : QJsonValue(in.array());
        QCOMPARE(dump(applyFieldsFilter(value, filter)), expected);
        // Filtering twice gives the same answer (both sides of the sandbox may apply it).
        QCOMPARE(dump(applyFieldsFilter(applyFieldsFilter(value, filter), filter)), expected);
    }

    void fieldsParameter()
    {
        const QJsonValue product = parse(JSON({"sku" : "A", "name" : "N"}));
        QCOMPARE(applyFieldsParameter(product, QUrlQuery(QStringLiteral("fields="))), product);
        QCOMPARE(applyFieldsParameter(product, QUrlQuery(QStringLiteral("fields=0"))), product);
        QCOMPARE(applyFieldsParameter(product, QUrlQuery(QStringLiteral("other=sku"))), product);
        QCOMPARE(dump(applyFieldsParameter(product, QUrlQuery(QStringLiteral("fields=sku")))),
            QByteArray(JSON({"sku" : "A"})));
        QCOMPARE(dump(applyFieldsParameter(product, QUrlQuery(QStringLiteral("fields=sku%2Cname")))),
            QByteArray(JSON({"name" : "N", "sku" : "A"})));
        QCOMPARE(applyFieldsParameter(QJsonValue(true), QUrlQuery(QStringLiteral("fields=sku"))), QJsonValue(true));
    }
};

QTEST_GUILESS_MAIN(TestSandboxSearch)
#include "test_sandbox_search.moc"
