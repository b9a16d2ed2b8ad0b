#include "core/magento/fieldselection.h"
#include "core/magento/searchcriteria.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrl>

using namespace studio;
using namespace studio::magento;

Q_DECLARE_METATYPE(studio::magento::SearchCriteria)

namespace {

QString describe(const SearchCriteria& criteria)
{
    return QString::fromUtf8(QJsonDocument(criteria.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

class TestMagentoQuery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queryStringLayout()
    {
        SearchCriteria criteria;
        criteria.where(QStringLiteral("sku"), Condition::Like, QStringLiteral("24-%"))
            .whereAny({Filter {QStringLiteral("status"), QStringLiteral("1"), Condition::Eq},
                Filter {QStringLiteral("visibility"), QStringLiteral("2,4"), Condition::In}})
            .orderBy(QStringLiteral("entity_id"))
            .orderBy(QStringLiteral("price"), SortOrder::Direction::Descending)
            .page(20, 3);
        QCOMPARE(criteria.toQueryString(),
            QStringLiteral("searchCriteria[filter_groups][0][filters][0][field]=sku"
                           "&searchCriteria[filter_groups][0][filters][0][value]=24-%25"
                           "&searchCriteria[filter_groups][0][filters][0][condition_type]=like"
                           "&searchCriteria[filter_groups][1][filters][0][field]=status"
                           "&searchCriteria[filter_groups][1][filters][0][value]=1"
                           "&searchCriteria[filter_groups][1][filters][0][condition_type]=eq"
                           "&searchCriteria[filter_groups][1][filters][1][field]=visibility"
                           "&searchCriteria[filter_groups][1][filters][1][value]=2%2C4"
                           "&searchCriteria[filter_groups][1][filters][1][condition_type]=in"
                           "&searchCriteria[sort_orders][0][field]=entity_id"
                           "&searchCriteria[sort_orders][0][direction]=ASC"
                           "&searchCriteria[sort_orders][1][field]=price"
                           "&searchCriteria[sort_orders][1][direction]=DESC"
                           "&searchCriteria[page_size]=20"
                           "&searchCriteria[current_page]=3"));
        QCOMPARE(criteria.toQueryString(KeyStyle::CamelCase).section(u'&', 2, 2),
            QStringLiteral("searchCriteria[filterGroups][0][filters][0][conditionType]=like"));
        QVERIFY(criteria.toQueryString(KeyStyle::CamelCase)
                    .endsWith(QLatin1String("searchCriteria[pageSize]=20"
                                            "&searchCriteria[currentPage]=3")));
        QVERIFY(criteria.toQueryString(KeyStyle::SnakeCase, true)
                    .startsWith(
                        QLatin1String("searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bfield%5D=sku&")));
        // Decoded items for signing and display.
        QCOMPARE(criteria.toQueryItems().at(1),
            (QPair<QString, QString>(
                QStringLiteral("searchCriteria[filter_groups][0][filters][0][value]"), QStringLiteral("24-%"))));
    }

    void valuesSurviveTheWire()
    {
        // '+' must reach PHP as %2B: a literal '+' in a query is a space to PHP.
        SearchCriteria criteria;
        criteria.where(QStringLiteral("name"), Condition::Eq, QStringLiteral("a+b c&d=e#f%g"));
        const QUrlQuery query = criteria.toQuery();
        QVERIFY(query.query(QUrl::FullyEncoded).contains(QLatin1String("=a%2Bb%20c%26d%3De%23f%25g&")));
        QUrl url(QStringLiteral("https://shop.example.com/rest/all/V1/products"));
        url.setQuery(query);
        QVERIFY(url.toEncoded().contains("=a%2Bb%20c%26d%3De%23f%25g&"));
        Result<SearchCriteria> back = SearchCriteria::fromQuery(QUrlQuery(QUrl::fromEncoded(url.toEncoded())));
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back.value(), criteria);
    }

    void roundTrips_data()
    {
        QTest::addColumn<SearchCriteria>("criteria");
        QTest::newRow("empty") << SearchCriteria();
        QTest::newRow("page only") << SearchCriteria().page(300, 2);
        QTest::newRow("one filter") << SearchCriteria().where(
            QStringLiteral("sku"), Condition::Eq, QStringLiteral("A/B"));
        QTest::newRow("empty value") << SearchCriteria().where(QStringLiteral("description"), Condition::Eq, QString());
        QTest::newRow("null without value") << SearchCriteria().where(QStringLiteral("special_price"), Condition::Null);
        QTest::newRow("notnull") << SearchCriteria().where(QStringLiteral("image"), Condition::Notnull);
        QTest::newRow("in list") << SearchCriteria().where(
            QStringLiteral("sku"), Condition::In, QStringLiteral("a,b,c d,\u00e9"));
        QTest::newRow("nin list") << SearchCriteria().whereAny({Filter::list(
            QStringLiteral("type_id"), {QStringLiteral("bundle"), QStringLiteral("grouped")}, Condition::Nin)});
        QTest::newRow("range") << SearchCriteria().whereBetween(
            QStringLiteral("created_at"), QStringLiteral("2024-01-01 00:00:00"), QStringLiteral("2024-12-31 23:59:59"));
        QTest::newRow("special characters") << SearchCriteria().where(QStringLiteral("name"), Condition::Like,
            QStringLiteral("%50% off+tax & more = \"deal\" #1 ? [x] \U0001F600%"));
        QTest::newRow("field with brackets")
            << SearchCriteria().where(QStringLiteral("weird[field]"), Condition::Eq, QStringLiteral("v"));
        QTest::newRow("or and and") << SearchCriteria()
                                           .whereAny({Filter {QStringLiteral("a"), QStringLiteral("1"), Condition::Gt},
                                               Filter {QStringLiteral("b"), QStringLiteral("2"), Condition::Lteq}})
                                           .where(QStringLiteral("c"), Condition::Finset, QStringLiteral("3"))
                                           .orderBy(QStringLiteral("a"), SortOrder::Direction::Descending)
                                           .orderBy(QStringLiteral("entity_id"))
                                           .page(50, 1);
        SearchCriteria every;
        for (Condition condition : allConditions())
            every.where(QStringLiteral("f_") + conditionName(condition), condition,
                conditionTakesValue(condition) ? QStringLiteral("v ") + conditionName(condition) : QString());
        QTest::newRow("every condition") << every;
    }

    void roundTrips()
    {
        QFETCH(SearchCriteria, criteria);
        for (KeyStyle style : {KeyStyle::SnakeCase, KeyStyle::CamelCase}) {
            for (bool brackets : {false, true}) {
                Result<SearchCriteria> back = SearchCriteria::fromQueryString(criteria.toQueryString(style, brackets));
                QVERIFY2(back.ok(), qPrintable(back.error().message));
                QVERIFY2(back.value() == criteria, qPrintable(describe(back.value())));
            }
            Result<SearchCriteria> viaQuery = SearchCriteria::fromQuery(criteria.toQuery(style));
            QVERIFY2(viaQuery.ok(), qPrintable(viaQuery.error().message));
            QCOMPARE(viaQuery.value(), criteria);
        }
        // JSON, also through its text form (saved requests).
        const QByteArray text = QJsonDocument(criteria.toJson()).toJson();
        Result<SearchCriteria> fromJson = SearchCriteria::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY2(fromJson.ok(), qPrintable(fromJson.error().message));
        QCOMPARE(fromJson.value(), criteria);
    }

    void readsWhatPeopleWrite()
    {
        // camelCase and snake_case mixed, encoded brackets, indexes out of order and with gaps, '+' as a space,
        // lowercase direction, a missing condition type (eq), other parameters kept in order.
        const QString query
            = QStringLiteral("?fields=items[sku]"
                             "&searchCriteria%5BfilterGroups%5D%5B7%5D%5Bfilters%5D%5B3%5D%5Bfield%5D=name"
                             "&searchCriteria[filterGroups][7][filters][3][value]=red+shirt"
                             "&searchCriteria[filter_groups][2][filters][9][conditionType]=gteq"
                             "&searchCriteria[filter_groups][2][filters][9][field]=price"
                             "&searchCriteria[filter_groups][2][filters][9][value]=10"
                             "&searchCriteria[filter_groups][2][filters][1][field]=qty"
                             "&searchCriteria[filter_groups][2][filters][1][value]=5"
                             "&searchCriteria[filter_groups][2][filters][1][condition_type]=gt"
                             "&storeId=1"
                             "&searchCriteria[sortOrders][4][field]=price&searchCriteria[sortOrders][4][direction]=desc"
                             "&searchCriteria[sortOrders][0][field]=name"
                             "&searchCriteria[pageSize]=10&search_criteria[current_page]=2"
                             "&empty=&flag");
        Result<ParsedQuery> parsed = SearchCriteria::parseQuery(query);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        SearchCriteria expected;
        expected
            .whereAny({Filter {QStringLiteral("qty"), QStringLiteral("5"), Condition::Gt},
                Filter {QStringLiteral("price"), QStringLiteral("10"), Condition::Gteq}})
            .where(QStringLiteral("name"), Condition::Eq, QStringLiteral("red shirt"))
            .orderBy(QStringLiteral("name"))
            .orderBy(QStringLiteral("price"), SortOrder::Direction::Descending)
            .page(10, 2);
        QVERIFY2(parsed->criteria == expected, qPrintable(describe(parsed->criteria)));
        const QList<QPair<QString, QString>> others {{QStringLiteral("fields"), QStringLiteral("items[sku]")},
            {QStringLiteral("storeId"), QStringLiteral("1")}, {QStringLiteral("empty"), QString()},
            {QStringLiteral("flag"), QString()}};
        QCOMPARE(parsed->otherItems, others);

        // A whole URL and a fragment.
        Result<SearchCriteria> fromUrl = SearchCriteria::fromQueryString(
            QStringLiteral("https://shop.example.com/rest/V1/products?searchCriteria[pageSize]=5#top"));
        QVERIFY(fromUrl.ok());
        QCOMPARE(fromUrl->pageSize, std::optional<int>(5));
        // A URL without a query has no criteria.
        QVERIFY(
            SearchCriteria::fromQueryString(QStringLiteral("https://shop.example.com/rest/V1/products"))->isEmpty());
        // A '%' that does not start an escape stays as it is (PHP does the same), and the last duplicate wins.
        Result<SearchCriteria> loose = SearchCriteria::fromQueryString(
            QStringLiteral("searchCriteria[filter_groups][0][filters][0][field]=sku"
                           "&searchCriteria[filter_groups][0][filters][0][value]=%shirt%"
                           "&searchCriteria[filter_groups][0][filters][0][condition_type]=eq"
                           "&searchCriteria[filter_groups][0][filters][0][condition_type]=like"));
        QVERIFY2(loose.ok(), qPrintable(loose.error().message));
        QCOMPARE(loose->filterGroups.at(0).filters.at(0),
            (Filter {QStringLiteral("sku"), QStringLiteral("%shirt%"), Condition::Like}));
    }

    void badQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("errorPart");
        const QString f = QStringLiteral("searchCriteria[filter_groups][0][filters][0]");
        QTest::newRow("unknown section") << "searchCriteria[filter_group][0][filters][0][field]=sku"
                                         << "\"filter_group\"";
        QTest::newRow("bare base") << "searchCriteria=1"
                                   << "\"searchCriteria\"";
        QTest::newRow("index not a number") << "searchCriteria[filter_groups][x][filters][0][field]=sku"
                                            << "\"x\" is not an index";
        QTest::newRow("negative index") << "searchCriteria[sort_orders][-1][field]=sku"
                                        << "\"-1\" is not an index";
        QTest::newRow("huge index") << "searchCriteria[sort_orders][99999999999][field]=sku"
                                    << "99999999999";
        QTest::newRow("empty index") << "searchCriteria[filter_groups][][filters][0][field]=sku"
                                     << "[]";
        QTest::newRow("unclosed") << "searchCriteria[filter_groups[0][filters][0][field]=sku"
                                  << "'['";
        QTest::newRow("unclosed end") << "searchCriteria[pageSize=3"
                                      << "without a matching ']'";
        QTest::newRow("trailing text") << "searchCriteria[pageSize]x=3"
                                       << "\"x\"";
        QTest::newRow("too deep") << f + u"[field][x]=sku" << "[field][x]";
        QTest::newRow("missing filters word") << "searchCriteria[filter_groups][0][filter][0][field]=sku"
                                              << "filter key";
        QTest::newRow("unknown property") << f + u"[values]=1&" + f + u"[field]=a" << "\"values\"";
        QTest::newRow("no field") << f + u"[value]=1" << "has no field";
        QTest::newRow("blank field") << f + u"[field]=%20&" + f + u"[value]=1" << "has no field";
        QTest::newRow("uppercase condition") << f + u"[field]=a&" + f + u"[condition_type]=EQ" << "lowercase, \"eq\"";
        QTest::newRow("unknown condition")
            << f + u"[field]=a&" + f + u"[condition_type]=equals" << "\"equals\" is not a condition type";
        QTest::newRow("bad direction") << "searchCriteria[sort_orders][0][field]=a"
                                          "&searchCriteria[sort_orders][0][direction]=up"
                                       << "\"up\" is not a sort direction";
        QTest::newRow("sort without field") << "searchCriteria[sort_orders][2][direction]=ASC"
                                            << "searchCriteria[sort_orders][2] has no field";
        QTest::newRow("page size text") << "searchCriteria[pageSize]=ten"
                                        << "\"ten\"";
        QTest::newRow("page size zero") << "searchCriteria[page_size]=0"
                                        << "at least 1";
        QTest::newRow("current page negative") << "searchCriteria[currentPage]=-2"
                                               << "searchCriteria[currentPage]";
        QTest::newRow("page size brackets") << "searchCriteria[pageSize][0]=2"
                                            << "extra brackets";
    }

    void badQueries()
    {
        QFETCH(QString, query);
        QFETCH(QString, errorPart);
        Result<SearchCriteria> criteria = SearchCriteria::fromQueryString(query);
        QVERIFY(!criteria.ok());
        QVERIFY2(criteria.error().message.contains(errorPart), qPrintable(criteria.error().message));
    }

    void fromMagentoEcho()
    {
        // The search_criteria object of a real list response.
        const QByteArray body = R"({"items":[],"search_criteria":{"filter_groups":[{"filters":[{"field":"sku",
            "value":"24-MB%","condition_type":"like"}]}],"sort_orders":[{"field":"entity_id","direction":"ASC"}],
            "page_size":20,"current_page":1},"total_count":0})";
        const QJsonObject echo
            = QJsonDocument::fromJson(body).object().value(QStringLiteral("search_criteria")).toObject();
        Result<SearchCriteria> criteria = SearchCriteria::fromJson(echo);
        QVERIFY2(criteria.ok(), qPrintable(criteria.error().message));
        QCOMPARE(criteria.value(),
            SearchCriteria()
                .where(QStringLiteral("sku"), Condition::Like, QStringLiteral("24-MB%"))
                .orderBy(QStringLiteral("entity_id"))
                .page(20, 1));
        // camelCase (schema export) and numbers as values.
        Result<SearchCriteria> camel = SearchCriteria::fromJson(
            QJsonDocument::fromJson(R"({"filterGroups":[{"filters":[{"field":"qty","value":5,"conditionType":"gt"}]}],
                "pageSize":"10"})")
                .object());
        QVERIFY2(camel.ok(), qPrintable(camel.error().message));
        SearchCriteria expected;
        expected.where(QStringLiteral("qty"), Condition::Gt, QStringLiteral("5"));
        expected.pageSize = 10;
        QCOMPARE(camel.value(), expected);
    }

    void badJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("groups not a list") << QByteArray(R"({"filter_groups":{}})") << "filter_groups must be a list";
        QTest::newRow("group not object") << QByteArray(R"({"filter_groups":[1]})") << "filter_groups[0]";
        QTest::newRow("filter not object")
            << QByteArray(R"({"filter_groups":[{"filters":["x"]}]})") << "filter_groups[0].filters[0]";
        QTest::newRow("no field") << QByteArray(R"({"filter_groups":[{"filters":[{"value":"1"}]}]})")
                                  << "filter_groups[0].filters[0] has no field";
        QTest::newRow("bad condition") << QByteArray(
            R"({"filter_groups":[{},{"filters":[{"field":"a","condition_type":"~"}]}]})")
                                       << "filter_groups[1].filters[0].condition_type";
        QTest::newRow("object value") << QByteArray(R"({"filter_groups":[{"filters":[{"field":"a","value":{}}]}]})")
                                      << "filter_groups[0].filters[0].value";
        QTest::newRow("bad direction") << QByteArray(R"({"sort_orders":[{"field":"a","direction":"sideways"}]})")
                                       << "sort_orders[0].direction";
        QTest::newRow("page size negative") << QByteArray(R"({"page_size":-1})") << "page_size";
        QTest::newRow("page size fraction") << QByteArray(R"({"page_size":2.5})") << "page_size";
        QTest::newRow("unknown key") << QByteArray(R"({"filters":[]})") << "\"filters\"";
    }

    void badJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorPart);
        Result<SearchCriteria> criteria = SearchCriteria::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!criteria.ok());
        QVERIFY2(criteria.error().message.contains(errorPart), qPrintable(criteria.error().message));
    }

    void conditions()
    {
        QCOMPARE(allConditions().size(), 17);
        QStringList names;
        for (Condition condition : allConditions()) {
            names << conditionName(condition);
            QCOMPARE(conditionFromName(conditionName(condition)), std::optional<Condition>(condition));
            QVERIFY(!conditionDescription(condition).isEmpty());
        }
        QCOMPARE(names.join(u','),
            QStringLiteral("eq,finset,from,gt,gteq,in,like,lt,lteq,moreq,neq,nfinset,nin,nlike,notnull,null,to"));
        QVERIFY(!conditionFromName(QStringLiteral("EQ")));
        QVERIFY(!conditionTakesValue(Condition::Null));
        QVERIFY(conditionTakesList(Condition::Nin));
        QCOMPARE(Filter::list(QStringLiteral("sku"), {QStringLiteral("a"), QStringLiteral("b")}).values(),
            (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
    }

    void hints()
    {
        SearchCriteria sameGroup;
        sameGroup.whereAny({Filter {QStringLiteral("price"), QStringLiteral("1"), Condition::From},
            Filter {QStringLiteral("price"), QStringLiteral("9"), Condition::To}});
        QVERIFY(sameGroup.hints().join(u' ').contains(QLatin1String("two groups")));
        QVERIFY(SearchCriteria()
                    .whereBetween(QStringLiteral("price"), QStringLiteral("1"), QStringLiteral("9"))
                    .hints()
                    .isEmpty());
        QVERIFY(SearchCriteria()
                    .where(QStringLiteral("name"), Condition::Like, QStringLiteral("shirt"))
                    .hints()
                    .join(u' ')
                    .contains(QLatin1String("%shirt%")));
        QVERIFY(SearchCriteria().page(10, 1).hints().join(u' ').contains(QLatin1String("25001")));
        QVERIFY(SearchCriteria()
                    .orderBy(QStringLiteral("entity_id"))
                    .page(500, 1)
                    .hints()
                    .join(u' ')
                    .contains(QLatin1String("300")));
        QVERIFY(SearchCriteria().orderBy(QStringLiteral("entity_id")).page(100, 1).hints().isEmpty());
        SearchCriteria emptyGroup;
        emptyGroup.filterGroups << FilterGroup();
        QVERIFY(!emptyGroup.hints().isEmpty());
        // An empty group is left out of the query, so the criteria read back have none.
        QVERIFY(SearchCriteria::fromQuery(emptyGroup.toQuery())->filterGroups.isEmpty());
    }

    // fields=

    void fieldsRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("one") << "sku";
        QTest::newRow("two") << "sku,name";
        QTest::newRow("nested") << "sku,name,extension_attributes[category_links,stock_item[item_id,qty]]";
        QTest::newRow("list") << "items[sku,name],total_count";
        QTest::newRow("deep") << "a[b[c[d[e]]]],f";
        QTest::newRow("digits underscores") << "custom_attributes[attribute_code,value],_x1";
    }

    void fieldsRoundTrip()
    {
        QFETCH(QString, text);
        Result<FieldSelection> fields = FieldSelection::parse(text);
        QVERIFY2(fields.ok(), qPrintable(fields.error().message));
        QCOMPARE(fields->toString(), text);
        QCOMPARE(FieldSelection::parse(fields->toString()).value(), fields.value());
    }

    void fieldsTree()
    {
        const FieldSelection fields
            = FieldSelection::parse(QStringLiteral("sku,extension_attributes[category_links,stock_item[item_id,qty]]"))
                  .value();
        QCOMPARE(fields.fields().size(), 2);
        const FieldNode& extension = fields.fields().at(1);
        QCOMPARE(extension.name, QStringLiteral("extension_attributes"));
        QCOMPARE(extension.children.size(), 2);
        QCOMPARE(extension.children.at(1).name, QStringLiteral("stock_item"));
        QCOMPARE(extension.children.at(1).children.at(1), (FieldNode {QStringLiteral("qty"), {}}));

        QVERIFY(fields.selects({QStringLiteral("sku")}));
        QVERIFY(fields.selects(
            {QStringLiteral("extension_attributes"), QStringLiteral("stock_item"), QStringLiteral("qty")}));
        QVERIFY(fields.selects({QStringLiteral("sku"), QStringLiteral("anything")}));
        QVERIFY(!fields.selects({QStringLiteral("name")}));
        QVERIFY(!fields.selects({QStringLiteral("extension_attributes"), QStringLiteral("website_ids")}));
        QVERIFY(FieldSelection().selects({QStringLiteral("whatever")}));

        FieldSelection edited = fields;
        edited.add(
            {QStringLiteral("extension_attributes"), QStringLiteral("stock_item"), QStringLiteral("is_in_stock")});
        edited.add({QStringLiteral("sku"), QStringLiteral("ignored")});
        edited.add({QStringLiteral("price")});
        QCOMPARE(edited.toString(),
            QStringLiteral("sku,extension_attributes[category_links,stock_item[item_id,qty,is_in_stock]],price"));

        FieldSelection built;
        built.add({QStringLiteral("items"), QStringLiteral("sku")});
        built.add({QStringLiteral("items"), QStringLiteral("entity_id")});
        built.add({QStringLiteral("total_count")});
        QCOMPARE(built.toString(), QStringLiteral("items[sku,entity_id],total_count"));
    }

    void fieldsWhitespace()
    {
        Result<FieldSelection> lenient = FieldSelection::parse(
            QStringLiteral(" sku , name,items[ sku ,qty ] "), FieldSelection::Whitespace::Ignore);
        QVERIFY2(lenient.ok(), qPrintable(lenient.error().message));
        QCOMPARE(lenient->toString(), QStringLiteral("sku,name,items[sku,qty]"));
    }

    void badFields_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("empty") << "" << 0 << "empty";
        QTest::newRow("trailing comma") << "sku," << 3 << "ends with a ','";
        QTest::newRow("leading comma") << ",sku" << 0 << "missing before ','";
        QTest::newRow("double comma") << "a,,b" << 2 << "missing before ','";
        QTest::newRow("space") << "sku, name" << 4 << "spaces are not allowed";
        QTest::newRow("unclosed") << "a[b" << 1 << "never closed";
        QTest::newRow("unclosed nested") << "a[b[c]" << 1 << "never closed";
        QTest::newRow("stray close") << "a]" << 1 << "no matching '['";
        QTest::newRow("extra close") << "a[b]]" << 4 << "no matching '['";
        QTest::newRow("empty brackets") << "a[]" << 1 << "selects nothing";
        QTest::newRow("bracket first") << "[a]" << 0 << "must follow a field name";
        QTest::newRow("name after bracket") << "a[b]c" << 4 << "expected ','";
        QTest::newRow("dash") << "a-b" << 1 << "'-' cannot appear";
        QTest::newRow("unicode") << QStringLiteral("sk\u00fc") << 2 << "cannot appear";
        QTest::newRow("duplicate") << "a,b,a" << 4 << "selected twice (first at column 1)";
        QTest::newRow("duplicate nested") << "a[b],a[c]" << 5 << "Magento keeps only the last";
        QTest::newRow("duplicate inside") << "x[b,b]" << 4 << "selected twice";
    }

    void badFields()
    {
        QFETCH(QString, text);
        QFETCH(int, position);
        QFETCH(QString, errorPart);
        FieldSelectionError error;
        Result<FieldSelection> fields = FieldSelection::parse(text, FieldSelection::Whitespace::Reject, &error);
        QVERIFY(!fields.ok());
        QCOMPARE(int(error.position), position);
        QCOMPARE(error.message, fields.error().message);
        QVERIFY2(error.message.contains(errorPart), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("Column %1").arg(position + 1)) || position == 0,
            qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestMagentoQuery)
#include "test_magento_query.moc"
