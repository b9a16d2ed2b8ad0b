// The console's Magento helpers as a user meets them: the searchCriteria builder and the fields selector driven
// with QTest key clicks (offscreen), their round trips with the query string, and the helper panel against a real
// sandbox: the store's schema offers the fields, and what the widgets build is what the sandbox answers to.

#include "core/magento/searchcriteria.h"
#include "core/magento/searchfields.h"
#include "core/net/apiclient.h"
#include "core/sandbox/sandboxserver.h"
#include "core/secrets/environmentsecretstore.h"
#include "tests/support/testsupport.h"
#include "ui/magento/fieldsselector.h"
#include "ui/magento/magentoquerypanel.h"
#include "ui/magento/searchcriteriabuilder.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItem>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QUrl>

using namespace studio;
using namespace studio::ui;
using magento::Condition;

namespace {

// What the builder must write for the criteria the tests build: Magento's bracket syntax, snake_case.
const QString kExpected = QStringLiteral("searchCriteria[filter_groups][0][filters][0][field]=sku"
                                         "&searchCriteria[filter_groups][0][filters][0][value]=MS-%25"
                                         "&searchCriteria[filter_groups][0][filters][0][condition_type]=like"
                                         "&searchCriteria[filter_groups][0][filters][1][field]=name"
                                         "&searchCriteria[filter_groups][0][filters][1][value]=%25bag%25"
                                         "&searchCriteria[filter_groups][0][filters][1][condition_type]=like"
                                         "&searchCriteria[filter_groups][1][filters][0][field]=price"
                                         "&searchCriteria[filter_groups][1][filters][0][value]=10"
                                         "&searchCriteria[filter_groups][1][filters][0][condition_type]=from"
                                         "&searchCriteria[filter_groups][2][filters][0][field]=price"
                                         "&searchCriteria[filter_groups][2][filters][0][value]=50"
                                         "&searchCriteria[filter_groups][2][filters][0][condition_type]=to"
                                         "&searchCriteria[sort_orders][0][field]=created_at"
                                         "&searchCriteria[sort_orders][0][direction]=DESC"
                                         "&searchCriteria[sort_orders][1][field]=sku"
                                         "&searchCriteria[sort_orders][1][direction]=ASC"
                                         "&searchCriteria[page_size]=20"
                                         "&searchCriteria[current_page]=2");

QString camel(QString text)
{
    text.replace(QStringLiteral("filter_groups"), QStringLiteral("filterGroups"));
    text.replace(QStringLiteral("condition_type"), QStringLiteral("conditionType"));
    text.replace(QStringLiteral("sort_orders"), QStringLiteral("sortOrders"));
    text.replace(QStringLiteral("page_size"), QStringLiteral("pageSize"));
    text.replace(QStringLiteral("current_page"), QStringLiteral("currentPage"));
    return text;
}

// A query string as the params table holds it: decoded pairs ('+' is a space, as PHP reads it).
KeyValueList pairs(const QString& query)
{
    KeyValueList out;
    for (const QString& part : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        const auto decode = [](QString text) {
            text.replace(u'+', u' ');
            return QUrl::fromPercentEncoding(text.toUtf8());
        };
        out << qMakePair(decode(part.left(equals)), equals < 0 ? QString() : decode(part.mid(equals + 1)));
    }
    return out;
}

QString text(const KeyValueList& items)
{
    return magento::encodeQueryItems(items);
}

const char* const kSwagger = R"({"swagger": "2.0", "paths": {
  "/V1/products": {"get": {"responses": {"200": {"schema": {"$ref": "#/definitions/results"}}}}}},
 "definitions": {
  "results": {"type": "object", "properties": {
    "items": {"type": "array", "items": {"$ref": "#/definitions/product"}},
    "total_count": {"type": "integer"}}},
  "product": {"type": "object", "properties": {
    "sku": {"type": "string"}, "name": {"type": "string"}, "price": {"type": "number"},
    "extension_attributes": {"type": "object", "properties": {
      "stock_item": {"type": "object", "properties": {"qty": {"type": "number"}, "is_in_stock": {"type": "boolean"}}}}}}}}})";

} // namespace

class TestUiMagento final : public QObject
{
    Q_OBJECT

private:
    static QList<QWidget*> groups(const QWidget* builder)
    {
        return builder->findChildren<QWidget*>(QStringLiteral("filterGroup"));
    }
    static QList<QWidget*> rows(const QWidget* group)
    {
        return group->findChildren<QWidget*>(QStringLiteral("filterRow"));
    }
    static QList<QWidget*> sorts(const QWidget* builder)
    {
        return builder->findChildren<QWidget*>(QStringLiteral("sortRow"));
    }
    template<typename T> static T* in(const QWidget* parent, const char* name)
    {
        return parent->findChild<T*>(QString::fromLatin1(name));
    }

    /// Fills a filter row the way a user does: types the field, picks the condition, types the value.
    static void fillRow(QWidget* row, const QString& field, Condition condition, const QString& value)
    {
        auto* fieldCombo = in<QComboBox>(row, "filterField");
        fieldCombo->lineEdit()->selectAll();
        QTest::keyClicks(fieldCombo->lineEdit(), field);
        auto* conditionCombo = in<QComboBox>(row, "filterCondition");
        conditionCombo->setCurrentIndex(conditionCombo->findData(int(condition)));
        if (!value.isEmpty())
            QTest::keyClicks(in<QLineEdit>(row, "filterValue"), value);
    }

    static void fillSort(QWidget* row, const QString& field, bool descending)
    {
        auto* fieldCombo = in<QComboBox>(row, "sortField");
        QTest::keyClicks(fieldCombo->lineEdit(), field);
        auto* direction = in<QComboBox>(row, "sortDirection");
        direction->setCurrentIndex(descending ? 1 : 0);
    }

    /// Builds the criteria of kExpected through the widgets.
    static void buildExpected(SearchCriteriaBuilder& builder)
    {
        QTest::mouseClick(in<QPushButton>(&builder, "addGroup"), Qt::LeftButton);
        fillRow(rows(groups(&builder).at(0)).at(0), QStringLiteral("sku"), Condition::Like, QStringLiteral("MS-%"));
        QTest::mouseClick(in<QPushButton>(groups(&builder).at(0), "addFilter"), Qt::LeftButton);
        fillRow(rows(groups(&builder).at(0)).at(1), QStringLiteral("name"), Condition::Like, QStringLiteral("%bag%"));
        QTest::mouseClick(in<QPushButton>(&builder, "addGroup"), Qt::LeftButton);
        fillRow(rows(groups(&builder).at(1)).at(0), QStringLiteral("price"), Condition::From, QStringLiteral("10"));
        QTest::mouseClick(in<QPushButton>(&builder, "addGroup"), Qt::LeftButton);
        fillRow(rows(groups(&builder).at(2)).at(0), QStringLiteral("price"), Condition::To, QStringLiteral("50"));
        QTest::mouseClick(in<QPushButton>(&builder, "addSort"), Qt::LeftButton);
        fillSort(sorts(&builder).at(0), QStringLiteral("created_at"), true);
        QTest::mouseClick(in<QPushButton>(&builder, "addSort"), Qt::LeftButton);
        fillSort(sorts(&builder).at(1), QStringLiteral("sku"), false);
        in<QSpinBox>(&builder, "pageSize")->setValue(20);
        in<QSpinBox>(&builder, "currentPage")->setValue(2);
    }

    /// The widgets show the criteria of kExpected.
    static void verifyShowsExpected(const SearchCriteriaBuilder& builder)
    {
        const QList<QWidget*> shown = groups(&builder);
        QCOMPARE(shown.size(), 3);
        QCOMPARE(rows(shown.at(0)).size(), 2);
        const auto row = [&](int g, int r) { return rows(shown.at(g)).at(r); };
        QCOMPARE(in<QComboBox>(row(0, 0), "filterField")->currentText(), QStringLiteral("sku"));
        QCOMPARE(in<QComboBox>(row(0, 0), "filterCondition")->currentData().toInt(), int(Condition::Like));
        QCOMPARE(in<QLineEdit>(row(0, 0), "filterValue")->text(), QStringLiteral("MS-%"));
        QCOMPARE(in<QComboBox>(row(0, 1), "filterField")->currentText(), QStringLiteral("name"));
        QCOMPARE(in<QLineEdit>(row(0, 1), "filterValue")->text(), QStringLiteral("%bag%"));
        QCOMPARE(in<QComboBox>(row(1, 0), "filterCondition")->currentData().toInt(), int(Condition::From));
        QCOMPARE(in<QLineEdit>(row(2, 0), "filterValue")->text(), QStringLiteral("50"));
        QCOMPARE(sorts(&builder).size(), 2);
        QCOMPARE(in<QComboBox>(sorts(&builder).at(0), "sortField")->currentText(), QStringLiteral("created_at"));
        QCOMPARE(in<QComboBox>(sorts(&builder).at(0), "sortDirection")->currentIndex(), 1);
        QCOMPARE(in<QSpinBox>(&builder, "pageSize")->value(), 20);
        QCOMPARE(in<QSpinBox>(&builder, "currentPage")->value(), 2);
        // Groups are AND-ed, and the widgets say so between them.
        QVERIFY(!in<QWidget>(shown.at(0), "andSeparator")->isVisible());
        QVERIFY(in<QWidget>(shown.at(1), "andSeparator")->isVisible());
    }

    test::KeptTemporaryDir m_dir;

private Q_SLOTS:
    void builderRoundTrip()
    {
        SearchCriteriaBuilder builder;
        builder.resize(700, 900);
        builder.setRoute("GET", QStringLiteral("/V1/products"));
        // Other parameters of the query stay where they are.
        QVERIFY(builder
                    .setQueryItems({{QStringLiteral("fields"), QStringLiteral("items[sku]")},
                        {QStringLiteral("storeId"), QStringLiteral("1")}})
                    .ok());
        builder.show();
        QVERIFY(QTest::qWaitForWindowExposed(&builder));
        QVERIFY(in<QLabel>(&builder, "entityLabel")->text().contains(QStringLiteral("Products")));
        QVERIFY(in<QComboBox>(&builder, "keyStyle"));

        QSignalSpy edited(&builder, &SearchCriteriaBuilder::queryItemsEdited);
        buildExpected(builder);
        QVERIFY(!edited.isEmpty());
        const KeyValueList written = edited.last().first().value<KeyValueList>();
        QCOMPARE(written.mid(0, 2),
            (KeyValueList {{QStringLiteral("fields"), QStringLiteral("items[sku]")},
                {QStringLiteral("storeId"), QStringLiteral("1")}}));
        QCOMPARE(text(written.mid(2)), kExpected);
        QCOMPARE(builder.queryString(), kExpected);
        QCOMPARE(text(builder.queryItems().mid(2)), kExpected);
        const QString preview = in<QLabel>(&builder, "criteriaPreview")->text();
        QVERIFY2(preview.contains(QStringLiteral("sku is like \u201CMS-%\u201D or name is like \u201C%bag%\u201D")),
            qPrintable(preview));
        QVERIFY2(
            preview.contains(QStringLiteral("sorted by created_at descending, sku ascending")), qPrintable(preview));
        QVERIFY2(preview.contains(QStringLiteral("20 per page, page 2")), qPrintable(preview));
        QCOMPARE(in<QLineEdit>(&builder, "criteriaQuery")->text(), kExpected);
        QVERIFY(builder.hintTexts().isEmpty());

        // Hand-written, snake_case, indexes with gaps and out of order: the widgets show it, the output is identical.
        const QString gaps = QStringLiteral(
            "searchCriteria[sort_orders][8][direction]=ASC&searchCriteria[sort_orders][8][field]=sku"
            "&searchCriteria[filter_groups][9][filters][1][field]=price"
            "&searchCriteria[filter_groups][9][filters][1][value]=50"
            "&searchCriteria[filter_groups][9][filters][1][condition_type]=to"
            "&searchCriteria[filter_groups][3][filters][5][field]=name"
            "&searchCriteria[filter_groups][3][filters][5][condition_type]=like"
            "&searchCriteria[filter_groups][3][filters][5][value]=%25bag%25"
            "&searchCriteria[filter_groups][3][filters][2][field]=sku"
            "&searchCriteria[filter_groups][3][filters][2][value]=MS-%25"
            "&searchCriteria[filter_groups][3][filters][2][condition_type]=like"
            "&searchCriteria[filter_groups][7][filters][0][field]=price"
            "&searchCriteria[filter_groups][7][filters][0][value]=10"
            "&searchCriteria[filter_groups][7][filters][0][condition_type]=from"
            "&searchCriteria[sort_orders][4][field]=created_at&searchCriteria[sort_orders][4][direction]=DESC"
            "&searchCriteria[current_page]=2&searchCriteria[page_size]=20");
        const qsizetype before = edited.size();
        // Clear first, so the builder really rebuilds its widgets from the text.
        QVERIFY(builder.setQueryItems({}).ok());
        QCOMPARE(groups(&builder).size(), 0);
        QVERIFY(builder.setQueryItems(pairs(gaps)).ok());
        QCOMPARE(edited.size(), before); // reading never writes back
        verifyShowsExpected(builder);
        QCOMPARE(builder.queryString(), kExpected);

        // The same in camelCase, as Magento's schema spells it: shown the same, written back in camelCase ...
        QVERIFY(builder.setQueryItems({}).ok());
        QVERIFY(builder.setQueryItems(pairs(camel(gaps))).ok());
        verifyShowsExpected(builder);
        QCOMPARE(builder.keyStyle(), magento::KeyStyle::CamelCase);
        QCOMPARE(builder.queryString(), camel(kExpected));
        QCOMPARE(edited.size(), before);
        // ... until the user picks snake_case: then the query is rewritten, identical to the first.
        auto* style = in<QComboBox>(&builder, "keyStyle");
        style->setCurrentIndex(style->findData(int(magento::KeyStyle::SnakeCase)));
        QCOMPARE(edited.size(), before + 1);
        QCOMPARE(text(edited.last().first().value<KeyValueList>()), kExpected);
    }

    void echoesDoNotLoop()
    {
        // Wired as the console wires it: what the builder writes comes straight back through setQueryItems().
        SearchCriteriaBuilder builder;
        builder.setRoute("GET", QStringLiteral("/V1/products"));
        int writes = 0;
        connect(&builder, &SearchCriteriaBuilder::queryItemsEdited, &builder, [&](const KeyValueList& items) {
            ++writes;
            QVERIFY(builder.setQueryItems(items).ok());
        });
        builder.show();
        QVERIFY(QTest::qWaitForWindowExposed(&builder));
        QTest::mouseClick(in<QPushButton>(&builder, "addGroup"), Qt::LeftButton);
        QWidget* row = rows(groups(&builder).at(0)).at(0);
        fillRow(row, QStringLiteral("sku"), Condition::Eq, QString());
        const int afterField = writes;
        auto* value = in<QLineEdit>(row, "filterValue");
        value->setFocus();
        QTest::keyClicks(value, QStringLiteral("MS-01"));
        QCOMPARE(writes, afterField + 5);                  // one write per key, none echoed
        QCOMPARE(rows(groups(&builder).at(0)).at(0), row); // the widgets were not rebuilt under the user
        QVERIFY(value->hasFocus());
        QCOMPARE(builder.criteria().filterGroups.first().filters.first().value, QStringLiteral("MS-01"));
        // A row without a field is not written yet, and an echo does not remove it.
        QTest::mouseClick(in<QPushButton>(&builder, "addGroup"), Qt::LeftButton);
        QTest::keyClicks(in<QLineEdit>(rows(groups(&builder).at(1)).at(0), "filterValue"), QStringLiteral("x"));
        QCOMPARE(groups(&builder).size(), 2);
        QCOMPARE(builder.criteria().filterGroups.size(), 1);
        QVERIFY(builder.hintTexts().join(u'\n').contains(QStringLiteral("has no field")));
    }

    void badQueriesKeepTheText()
    {
        SearchCriteriaBuilder builder;
        builder.setRoute("GET", QStringLiteral("/V1/products"));
        builder.show();
        QVERIFY(QTest::qWaitForWindowExposed(&builder));
        QVERIFY(builder.setQueryItems(pairs(kExpected)).ok());
        QSignalSpy edited(&builder, &SearchCriteriaBuilder::queryItemsEdited);
        auto* error = in<QLabel>(&builder, "criteriaError");
        QVERIFY(!error->isVisible());

        // From the URL or the params: a readable error, the widgets keep what they showed.
        KeyValueList bad = pairs(kExpected);
        bad[2].second = QStringLiteral("contains");
        const Status status = builder.setQueryItems(bad);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message.contains(QStringLiteral("\"contains\" is not a condition type")),
            qPrintable(status.error().message));
        QVERIFY(error->isVisible());
        QVERIFY(builder.errorText().contains(QStringLiteral("condition_type")));
        verifyShowsExpected(builder);
        QVERIFY(edited.isEmpty());

        // Typed into the builder's query field: the error shows, the text stays for the user to fix.
        auto* query = in<QLineEdit>(&builder, "criteriaQuery");
        query->setFocus();
        query->selectAll();
        const QString typed = QStringLiteral("searchCriteria[filter_groups][x][filters][0][field]=sku");
        QTest::keyClicks(query, typed);
        QTest::keyClick(query, Qt::Key_Return);
        QCOMPARE(query->text(), typed);
        QVERIFY2(
            builder.errorText().contains(QStringLiteral("\"x\" is not an index")), qPrintable(builder.errorText()));
        verifyShowsExpected(builder);
        QVERIFY(edited.isEmpty());

        // Fixed and pasted as a URL: loaded into the widgets and written.
        query->selectAll();
        QTest::keyClicks(query,
            QStringLiteral("https://shop.example.com/rest/V1/products?searchCriteria%5Bfilter_groups%5D%5B0%5D%5B"
                           "filters%5D%5B0%5D%5Bfield%5D=sku&searchCriteria[filter_groups][0][filters][0][value]=a+b"));
        QTest::keyClick(query, Qt::Key_Return);
        QVERIFY(builder.errorText().isEmpty());
        QVERIFY(!error->isVisible());
        QCOMPARE(edited.size(), 1);
        QCOMPARE(groups(&builder).size(), 1);
        QCOMPARE(in<QLineEdit>(rows(groups(&builder).at(0)).at(0), "filterValue")->text(), QStringLiteral("a b"));
        QCOMPARE(text(edited.last().first().value<KeyValueList>()),
            QStringLiteral("searchCriteria[filter_groups][0][filters][0][field]=sku"
                           "&searchCriteria[filter_groups][0][filters][0][value]=a%20b"
                           "&searchCriteria[filter_groups][0][filters][0][condition_type]=eq"));
    }

    void conditionsAndHints()
    {
        SearchCriteriaBuilder builder;
        builder.setRoute("GET", QStringLiteral("/V1/products"));
        builder.show();
        QVERIFY(QTest::qWaitForWindowExposed(&builder));
        QTest::mouseClick(in<QPushButton>(&builder, "addGroup"), Qt::LeftButton);
        QWidget* row = rows(groups(&builder).at(0)).at(0);
        auto* condition = in<QComboBox>(row, "filterCondition");
        // All 17 condition types, each with a plain-language label.
        QCOMPARE(condition->count(), magento::allConditions().size());
        for (const Condition c : magento::allConditions()) {
            const int index = condition->findData(int(c));
            QVERIFY2(index >= 0, qPrintable(magento::conditionName(c)));
            QVERIFY(condition->itemText(index).contains(QStringLiteral("(%1").arg(magento::conditionName(c))));
        }
        QCOMPARE(SearchCriteriaBuilder::conditionLabel(Condition::Like), QStringLiteral("contains (like %…%)"));
        QCOMPARE(SearchCriteriaBuilder::conditionLabel(Condition::In), QStringLiteral("in list (in)"));
        auto* value = in<QLineEdit>(row, "filterValue");
        auto* hint = in<QLabel>(row, "filterHint");
        fillRow(row, QStringLiteral("color"), Condition::In, QStringLiteral("49,50"));
        QCOMPARE(value->placeholderText(), QStringLiteral("a,b,c"));
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("comma")));
        condition->setCurrentIndex(condition->findData(int(Condition::Notnull)));
        QVERIFY(!value->isEnabled());
        QVERIFY(value->text().isEmpty());
        QCOMPARE(builder.queryString(),
            QStringLiteral("searchCriteria[filter_groups][0][filters][0][field]=color"
                           "&searchCriteria[filter_groups][0][filters][0][condition_type]=notnull"));
        condition->setCurrentIndex(condition->findData(int(Condition::Like)));
        QVERIFY(value->isEnabled());
        QVERIFY(hint->text().contains(QStringLiteral("%bag%")));
        // Dates get a hint of their format.
        auto* field = in<QComboBox>(row, "filterField");
        field->lineEdit()->selectAll();
        QTest::keyClicks(field->lineEdit(), QStringLiteral("created_at"));
        condition->setCurrentIndex(condition->findData(int(Condition::Gt)));
        QVERIFY(hint->text().contains(QStringLiteral("YYYY-MM-DD")));

        // from and to in one group are OR-ed: the builder says so; paging without a sort too.
        condition->setCurrentIndex(condition->findData(int(Condition::From)));
        QTest::keyClicks(value, QStringLiteral("2024-01-01 00:00:00"));
        QTest::mouseClick(in<QPushButton>(groups(&builder).at(0), "addFilter"), Qt::LeftButton);
        fillRow(rows(groups(&builder).at(0)).at(1), QStringLiteral("created_at"), Condition::To,
            QStringLiteral("2024-12-31 23:59:59"));
        in<QSpinBox>(&builder, "pageSize")->setValue(50);
        const QString hints = builder.hintTexts().join(u'\n');
        QVERIFY2(hints.contains(QStringLiteral("in the same group")), qPrintable(hints));
        QVERIFY2(hints.contains(QStringLiteral("not stable")), qPrintable(hints));
        QVERIFY(in<QLabel>(&builder, "criteriaHints")->isVisible());
        QVERIFY(in<QLabel>(groups(&builder).at(0), "groupTitle")->text().contains(QStringLiteral("OR")));

        // Removing the last filter of a group removes the group.
        QTest::mouseClick(in<QWidget>(rows(groups(&builder).at(0)).at(1), "removeFilter"), Qt::LeftButton);
        QTest::mouseClick(in<QWidget>(rows(groups(&builder).at(0)).at(0), "removeFilter"), Qt::LeftButton);
        QCOMPARE(groups(&builder).size(), 0);
        QVERIFY(builder.criteria().filterGroups.isEmpty());
    }

    void unknownRoutesTakeFreeFields()
    {
        SearchCriteriaBuilder builder;
        builder.setRoute("GET", QStringLiteral("/V1/somethingElse"));
        QVERIFY(!builder.entity());
        QVERIFY(builder.knownFields().isEmpty());
        builder.setExtraFields({QStringLiteral("code"), QStringLiteral("code"), QStringLiteral("label")});
        QCOMPARE(builder.knownFields(), (QStringList {QStringLiteral("code"), QStringLiteral("label")}));
        builder.addGroup();
        auto* field = in<QComboBox>(rows(groups(&builder).at(0)).at(0), "filterField");
        QCOMPARE(field->count(), 2);
        builder.setRoute("GET", QStringLiteral("/V1/orders"));
        QVERIFY(field->findText(QStringLiteral("increment_id")) >= 0);
    }

    void fieldsSelectorRoundTrip()
    {
        Result<schema::ResponseSchemas> schemas = schema::ResponseSchemas::fromData(QByteArray(kSwagger));
        QVERIFY2(schemas.ok(), qPrintable(schemas.error().toString()));
        FieldsSelector selector;
        selector.resize(600, 500);
        selector.setSchemaFields(
            *schemas->responseFields("GET", QStringLiteral("/V1/products")), QStringLiteral("GET /V1/products"));
        selector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&selector));
        QSignalSpy edited(&selector, &FieldsSelector::expressionEdited);
        QTreeView* tree = selector.tree();
        const auto toggle = [&](const QStringList& path) {
            QStandardItem* item = selector.itemForPath(path);
            QVERIFY2(item, qPrintable(path.join(u'.')));
            tree->setCurrentIndex(item->index());
            QTest::keyClick(tree, Qt::Key_Space);
        };
        const auto last = [&] { return edited.isEmpty() ? QString() : edited.last().first().toString(); };

        toggle({QStringLiteral("items"), QStringLiteral("sku")});
        toggle({QStringLiteral("items"), QStringLiteral("name")});
        toggle({QStringLiteral("total_count")});
        QCOMPARE(last(), QStringLiteral("items[sku,name],total_count"));
        QCOMPARE(selector.expressionEdit()->text(), last());
        QCOMPARE(selector.itemForPath({QStringLiteral("items")})->checkState(), Qt::PartiallyChecked);
        // The list itself: selected whole.
        toggle({QStringLiteral("items")});
        QCOMPARE(last(), QStringLiteral("items,total_count"));
        QCOMPARE(selector.itemForPath({QStringLiteral("items"), QStringLiteral("price")})->checkState(), Qt::Checked);
        // One field out of a whole list: the others are named.
        toggle({QStringLiteral("items"), QStringLiteral("price")});
        QCOMPARE(last(), QStringLiteral("items[extension_attributes,name,sku],total_count"));
        toggle({QStringLiteral("items")});
        toggle({QStringLiteral("items")});
        QCOMPARE(last(), QStringLiteral("total_count"));

        // Reading one back: the tree shows it, and it prints identically.
        const QString nested = QStringLiteral("items[sku,extension_attributes[stock_item[qty]]],total_count");
        QVERIFY(selector.setExpression(nested).ok());
        QCOMPARE(selector.expression(), nested);
        QCOMPARE(selector.itemForPath({QStringLiteral("items"), QStringLiteral("extension_attributes")})->checkState(),
            Qt::PartiallyChecked);
        QCOMPARE(selector
                     .itemForPath({QStringLiteral("items"), QStringLiteral("extension_attributes"),
                         QStringLiteral("stock_item"), QStringLiteral("qty")})
                     ->checkState(),
            Qt::Checked);
        QCOMPARE(selector
                     .itemForPath({QStringLiteral("items"), QStringLiteral("extension_attributes"),
                         QStringLiteral("stock_item"), QStringLiteral("is_in_stock")})
                     ->checkState(),
            Qt::Unchecked);
        // A click keeps the order of what was read and appends.
        toggle({QStringLiteral("items"), QStringLiteral("name")});
        QCOMPARE(last(), QStringLiteral("items[sku,extension_attributes[stock_item[qty]],name],total_count"));
        // Fields the schema does not know are kept, marked as such.
        QVERIFY(selector.setExpression(QStringLiteral("items[sku,custom_thing]")).ok());
        QCOMPARE(selector.expression(), QStringLiteral("items[sku,custom_thing]"));
        QVERIFY(selector.itemForPath({QStringLiteral("items"), QStringLiteral("custom_thing")}));
        // No fields= at all: nothing selected.
        QVERIFY(selector.setExpression(QString()).ok());
        QVERIFY(selector.expression().isEmpty());
    }

    void fieldsTextValidation()
    {
        FieldsSelector selector;
        selector.setSampleFields(schema::fieldsFromSample(
            QJsonDocument::fromJson(R"({"items": [{"sku": "a", "name": "b"}], "total_count": 1})").object()));
        selector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&selector));
        QSignalSpy edited(&selector, &FieldsSelector::expressionEdited);
        QLineEdit* edit = selector.expressionEdit();
        auto* error = selector.findChild<QLabel*>(QStringLiteral("fieldsError"));
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("items[sku, name"));
        QVERIFY(error->isVisible());
        QVERIFY2(selector.errorText().contains(QStringLiteral("Column 6: '[' after \"items\" is never closed")),
            qPrintable(selector.errorText()));
        QTest::keyClicks(edit, QStringLiteral("]"));
        QVERIFY(selector.errorText().isEmpty());
        QVERIFY(!error->isVisible());
        QCOMPARE(edited.last().first().toString(), QStringLiteral("items[sku,name]"));
        QCOMPARE(selector.itemForPath({QStringLiteral("items"), QStringLiteral("name")})->checkState(), Qt::Checked);
        // Leaving the field writes it the way Magento needs it: no spaces.
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(edit->text(), QStringLiteral("items[sku,name]"));

        // From the query, strict like Magento: a space is an error naming its column; the tree stays.
        edit->clearFocus();
        const Status strict = selector.setExpression(QStringLiteral("sku, name"));
        QVERIFY(!strict.ok());
        QVERIFY2(selector.errorText().contains(QStringLiteral("Column 5")), qPrintable(selector.errorText()));
        QCOMPARE(edit->text(), QStringLiteral("sku, name"));
        QCOMPARE(selector.expression(), QStringLiteral("items[sku,name]"));
        QVERIFY(!selector.setExpression(QStringLiteral("items[sku")).ok());
        QVERIFY(selector.errorText().contains(QStringLiteral("never closed")));
    }

    void panelAgainstTheSandbox()
    {
        sandbox::SandboxOptions options;
        options.dataDir = m_dir.filePath(QStringLiteral("sandbox"));
        sandbox::SandboxServer server(options);
        const Status started = server.start();
        QVERIFY2(started.ok(), qPrintable(started.error().toString()));

        Endpoint shop;
        shop.id = QStringLiteral("shop");
        shop.name = QStringLiteral("Shop");
        shop.kind = EndpointKind::Magento;
        shop.baseUrl = server.baseUrl();
        shop.storeCode = QStringLiteral("default");
        shop.auth.type = AuthType::OAuth1;
        shop.auth.secretRefs = {{QStringLiteral("consumerKey"), QStringLiteral("t/ck")},
            {QStringLiteral("consumerSecret"), QStringLiteral("t/cs")},
            {QStringLiteral("accessToken"), QStringLiteral("t/at")},
            {QStringLiteral("accessTokenSecret"), QStringLiteral("t/ats")}};
        const sandbox::DemoCredentials demo = server.demoCredentials();
        QProcessEnvironment variables;
        const auto put = [&](const char* field, const SecureBytes& value) {
            variables.insert(
                EnvironmentSecretStore::variableForField(shop.id, QString::fromLatin1(field)), value.toUtf8String());
        };
        put("consumerKey", demo.consumerKey);
        put("consumerSecret", demo.consumerSecret);
        put("accessToken", demo.accessToken);
        put("accessTokenSecret", demo.accessTokenSecret);
        EnvironmentSecretStore secrets(variables);
        secrets.mapEndpoint(shop);
        net::ApiClient client(&secrets, nullptr);
        const Environment environment;

        MagentoQueryPanel panel;
        panel.resize(800, 900);
        panel.setRoute("GET", QStringLiteral("/V1/products"));
        panel.setQueryItems({{QStringLiteral("storeId"), QStringLiteral("1")}});
        panel.setSchemaSource(&client, shop, environment, QString());
        QSignalSpy edited(&panel, &MagentoQueryPanel::queryItemsEdited);
        panel.show(); // the store's schema is fetched when the panel is first shown
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        FieldsSelector* fields = panel.fieldsSelector();
        QTRY_VERIFY_WITH_TIMEOUT(fields->itemForPath({QStringLiteral("items"), QStringLiteral("sku")}), 30000);
        QVERIFY2(panel.schemaStatus().isEmpty(), qPrintable(panel.schemaStatus()));
        QVERIFY(fields->itemForPath(
            {QStringLiteral("items"), QStringLiteral("extension_attributes"), QStringLiteral("stock_item")}));
        QVERIFY(fields->findChild<QLabel*>(QStringLiteral("fieldsSource"))
                    ->text()
                    .contains(QStringLiteral("/V1/products")));

        // The builder: the store's product attributes are offered as fields.
        SearchCriteriaBuilder* builder = panel.builder();
        QTRY_VERIFY_WITH_TIMEOUT(builder->knownFields().contains(QStringLiteral("manufacturer")), 20000);
        QVERIFY(builder->knownFields().contains(QStringLiteral("ean")));
        QCOMPARE(builder->knownFields().first(), QStringLiteral("sku"));
        // SKUs starting with SKU-000001, sorted, five per page.
        QTest::mouseClick(in<QPushButton>(builder, "addGroup"), Qt::LeftButton);
        fillRow(
            rows(groups(builder).at(0)).at(0), QStringLiteral("sku"), Condition::Like, QStringLiteral("SKU-000001%"));
        QTest::mouseClick(in<QPushButton>(builder, "addSort"), Qt::LeftButton);
        fillSort(sorts(builder).at(0), QStringLiteral("sku"), false);
        in<QSpinBox>(builder, "pageSize")->setValue(5);
        in<QSpinBox>(builder, "currentPage")->setValue(1);
        // The fields: sku and name of each item, and the count.
        panel.tabs()->setCurrentWidget(fields);
        const auto toggle = [&](const QStringList& path) {
            fields->tree()->setCurrentIndex(fields->itemForPath(path)->index());
            QTest::keyClick(fields->tree(), Qt::Key_Space);
        };
        toggle({QStringLiteral("items"), QStringLiteral("sku")});
        toggle({QStringLiteral("items"), QStringLiteral("name")});
        toggle({QStringLiteral("total_count")});
        const KeyValueList query = edited.last().first().value<KeyValueList>();
        QCOMPARE(query.first(), qMakePair(QStringLiteral("storeId"), QStringLiteral("1")));
        QCOMPARE(query.last(), qMakePair(QStringLiteral("fields"), QStringLiteral("items[sku,name],total_count")));
        QCOMPARE(panel.queryItems(), query);
        // The console echoes the new URL back: the tree is not rebuilt under the user (what is open stays open).
        QStandardItem* itemsNode = fields->itemForPath({QStringLiteral("items")});
        fields->tree()->expand(
            fields->itemForPath({QStringLiteral("items"), QStringLiteral("extension_attributes")})->index());
        panel.setRoute("GET", QStringLiteral("/V1/products?") + text(query));
        panel.setQueryItems(query);
        QCOMPARE(fields->itemForPath({QStringLiteral("items")}), itemsNode);
        QVERIFY(fields->tree()->isExpanded(
            fields->itemForPath({QStringLiteral("items"), QStringLiteral("extension_attributes")})->index()));
        QCOMPARE(fields->expression(), QStringLiteral("items[sku,name],total_count"));
        QCOMPARE(edited.last().first().value<KeyValueList>(), query);

        // What the widgets built is what the store answers to.
        const auto get = [&](const KeyValueList& items) {
            net::ApiCall call;
            call.endpoint = shop;
            call.environment = environment;
            call.target = QStringLiteral("/rest/default/V1/products");
            call.query = items;
            net::ApiReply* reply = client.send(call);
            QSignalSpy finished(reply, &net::ApiReply::finished);
            [&] { QVERIFY(finished.wait(30000)); }();
            const net::HttpResponse response = reply->response();
            delete reply;
            return response;
        };
        const net::HttpResponse filtered = get(query);
        QVERIFY2(filtered.isSuccess(), filtered.body.constData());
        const QJsonObject body = QJsonDocument::fromJson(filtered.body).object();
        QCOMPARE(body.value(QStringLiteral("total_count")).toInt(), 10);
        const QJsonArray items = body.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 5);
        QCOMPARE(items.first().toObject().value(QStringLiteral("sku")).toString(), QStringLiteral("SKU-0000010"));
        QCOMPARE(items.first().toObject().keys(), (QStringList {QStringLiteral("name"), QStringLiteral("sku")}));
        QVERIFY(!body.contains(QStringLiteral("search_criteria")));

        // A full answer tells the builder the store's custom attributes.
        panel.setQueryItems(pairs(QStringLiteral("searchCriteria[pageSize]=3")));
        QCOMPARE(fields->expression(), QString());
        const net::HttpResponse full = get(pairs(QStringLiteral("searchCriteria[pageSize]=3")));
        QVERIFY(full.isSuccess());
        const QStringList codes
            = magento::SearchFields::customAttributeCodes(QJsonDocument::fromJson(full.body).object());
        QVERIFY(!codes.isEmpty());
        panel.setLastResponse("GET", QStringLiteral("/V1/products"), full);
        QTRY_VERIFY_WITH_TIMEOUT(builder->knownFields().contains(codes.last()), 10000);
        // Answers of another route are not taken for this one.
        panel.setLastResponse("GET", QStringLiteral("/V1/orders"), full);
    }
};

QTEST_MAIN(TestUiMagento)
#include "test_ui_magento.moc"
