#include "core/magento/bulk.h"
#include "core/magento/fieldselection.h"
#include "core/magento/magentoerror.h"
#include "core/magento/magentourl.h"
#include "core/magento/searchcriteria.h"
#include "core/magento/storescope.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace studio;
using namespace studio::magento;

namespace {

MagentoUrl shop(const QString& base = QStringLiteral("https://shop.example.com"))
{
    Result<MagentoUrl> url = MagentoUrl::fromBase(base);
    if (!url)
        qFatal("bad base in test: %s", qPrintable(url.error().message));
    return url.value();
}

StoreScope store(const QString& code)
{
    return StoreScope::parse(code).value();
}

/// Records the context of every translation lookup.
class RecordingTranslator final : public QTranslator
{
public:
    QString translate(const char* context, const char*, const char* = nullptr, int = -1) const override
    {
        contexts.insert(QString::fromLatin1(context));
        return {};
    }
    bool isEmpty() const override { return false; }

    mutable QSet<QString> contexts;
};

} // namespace

Q_DECLARE_METATYPE(studio::magento::RestApi)

class TestMagentoUrl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseUrls_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("bare host") << "https://shop.example.com" << QByteArray("https://shop.example.com/");
        QTest::newRow("trailing slash") << "https://shop.example.com/" << QByteArray("https://shop.example.com/");
        QTest::newRow("spaces around") << "  https://shop.example.com/  " << QByteArray("https://shop.example.com/");
        QTest::newRow("sub-folder") << "https://example.com/magento" << QByteArray("https://example.com/magento/");
        QTest::newRow("sub-folder slash")
            << "https://example.com/magento/" << QByteArray("https://example.com/magento/");
        QTest::newRow("index.php") << "http://example.com/shop/index.php/"
                                   << QByteArray("http://example.com/shop/index.php/");
        QTest::newRow("case and port") << "HTTPS://Shop.Example.COM:8443"
                                       << QByteArray("https://shop.example.com:8443/");
        QTest::newRow("loopback") << "http://127.0.0.1:18080" << QByteArray("http://127.0.0.1:18080/");
        QTest::newRow("idn host") << QStringLiteral("https://sh\u00f6p.example/")
                                  << QByteArray("https://xn--shp-tna.example/");
    }

    void baseUrls()
    {
        QFETCH(QString, base);
        QFETCH(QByteArray, expected);
        Result<MagentoUrl> url = MagentoUrl::fromBase(base);
        QVERIFY2(url.ok(), qPrintable(url.error().message));
        QCOMPARE(url->baseUrl().toEncoded(), expected);
    }

    void badBaseUrls_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("expectedPart");
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("no scheme") << "shop.example.com"
                                   << "https://shop.example.com";
        QTest::newRow("ftp") << "ftp://shop.example.com"
                             << "not an http or https";
        QTest::newRow("credentials") << "https://user:pw@shop.example.com"
                                     << "keychain";
        QTest::newRow("query") << "https://shop.example.com/?a=1"
                               << "query";
        QTest::newRow("fragment") << "https://shop.example.com/#x"
                                  << "fragment";
        QTest::newRow("rest path") << "https://shop.example.com/rest/default/V1"
                                   << "https://shop.example.com/";
        QTest::newRow("rest in sub-folder") << "https://example.com/m2/rest/V1/"
                                            << "https://example.com/m2/";
        QTest::newRow("graphql") << "https://shop.example.com/graphql"
                                 << "/graphql";
    }

    void badBaseUrls()
    {
        QFETCH(QString, base);
        QFETCH(QString, expectedPart);
        Result<MagentoUrl> url = MagentoUrl::fromBase(base);
        QVERIFY(!url.ok());
        QVERIFY2(url.error().message.contains(expectedPart), qPrintable(url.error().message));
        QVERIFY(!url.error().message.contains(QLatin1String("pw@")));
    }

    void restUrls_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("store");
        QTest::addColumn<QString>("path");
        QTest::addColumn<RestApi>("api");
        QTest::addColumn<QByteArray>("expected");
        const QString host = QStringLiteral("https://shop.example.com");
        QTest::newRow("default store view")
            << host << ""
            << "/V1/products" << RestApi::Sync << QByteArray("https://shop.example.com/rest/V1/products");
        QTest::newRow("all") << host << "all"
                             << "/V1/products" << RestApi::Sync
                             << QByteArray("https://shop.example.com/rest/all/V1/products");
        QTest::newRow("store code") << host << "de"
                                    << "/V1/orders/42" << RestApi::Sync
                                    << QByteArray("https://shop.example.com/rest/de/V1/orders/42");
        QTest::newRow("default code") << host << "default"
                                      << "V1/products" << RestApi::Sync
                                      << QByteArray("https://shop.example.com/rest/default/V1/products");
        QTest::newRow("no version") << host << "all"
                                    << "products" << RestApi::Sync
                                    << QByteArray("https://shop.example.com/rest/all/V1/products");
        QTest::newRow("V2 kept") << host << ""
                                 << "/V2/custom" << RestApi::Sync
                                 << QByteArray("https://shop.example.com/rest/V2/custom");
        QTest::newRow("async") << host << "all"
                               << "/V1/products" << RestApi::Async
                               << QByteArray("https://shop.example.com/rest/all/async/V1/products");
        QTest::newRow("async no store") << host << ""
                                        << "/V1/products" << RestApi::Async
                                        << QByteArray("https://shop.example.com/rest/async/V1/products");
        QTest::newRow("bulk by sku") << host << "all"
                                     << "/V1/products/{sku}" << RestApi::AsyncBulk
                                     << QByteArray("https://shop.example.com/rest/all/async/bulk/V1/products/bySku");
        QTest::newRow("bulk colon params") << host << "default"
                                           << "/V1/products/:sku/media/:entryId" << RestApi::AsyncBulk
                                           << QByteArray("https://shop.example.com/rest/default/async/bulk/V1/"
                                                         "products/bySku/media/byEntryId");
        QTest::newRow("bulk no params") << host << "all"
                                        << "/V1/products" << RestApi::AsyncBulk
                                        << QByteArray("https://shop.example.com/rest/all/async/bulk/V1/products");
        QTest::newRow("sub-folder") << "https://example.com/magento"
                                    << "all"
                                    << "/V1/products" << RestApi::Sync
                                    << QByteArray("https://example.com/magento/rest/all/V1/products");
        QTest::newRow("index.php") << "https://example.com/index.php"
                                   << ""
                                   << "/V1/store/storeViews" << RestApi::Sync
                                   << QByteArray("https://example.com/index.php/rest/V1/store/storeViews");
        QTest::newRow("encoded sku kept") << host << "all"
                                          << "/V1/products/A%2FB" << RestApi::Sync
                                          << QByteArray("https://shop.example.com/rest/all/V1/products/A%2FB");
        QTest::newRow("raw space encoded") << host << "all"
                                           << "/V1/products/my sku" << RestApi::Sync
                                           << QByteArray("https://shop.example.com/rest/all/V1/products/my%20sku");
        QTest::newRow("lone percent") << host << "all"
                                      << "/V1/products/100%" << RestApi::Sync
                                      << QByteArray("https://shop.example.com/rest/all/V1/products/100%25");
        QTest::newRow("hash and question") << host << "all"
                                           << "/V1/products/a#b?c" << RestApi::Sync
                                           << QByteArray("https://shop.example.com/rest/all/V1/products/a%23b%3Fc");
    }

    void restUrls()
    {
        QFETCH(QString, base);
        QFETCH(QString, store);
        QFETCH(QString, path);
        QFETCH(RestApi, api);
        QFETCH(QByteArray, expected);
        const QUrl url = shop(base).rest(::store(store), path, QUrlQuery(), api);
        QCOMPARE(url.toEncoded(), expected);
        // What goes on the wire is what we built.
        QCOMPARE(QNetworkRequest(url).url().toEncoded(), expected);
    }

    void schemaAndGraphql()
    {
        const MagentoUrl url = shop(QStringLiteral("https://example.com/m2/"));
        QCOMPARE(url.schema(StoreScope::all()).toEncoded(),
            QByteArray("https://example.com/m2/rest/all/schema?services=all"));
        QCOMPARE(url.schema(StoreScope()).toEncoded(), QByteArray("https://example.com/m2/rest/schema?services=all"));
        QCOMPARE(url.schema(store(QStringLiteral("de")), RestApi::Async).toEncoded(),
            QByteArray("https://example.com/m2/rest/de/async/schema?services=all"));
        QCOMPARE(url.schema(StoreScope::all(), RestApi::AsyncBulk).toEncoded(),
            QByteArray("https://example.com/m2/rest/all/async/schema?services=all"));
        QCOMPARE(url.schema(StoreScope::all(), RestApi::Sync,
                        {QStringLiteral("catalogProductRepositoryV1"), QStringLiteral("salesOrderRepositoryV1")})
                     .toEncoded(),
            QByteArray("https://example.com/m2/rest/all/schema?services=catalogProductRepositoryV1,"
                       "salesOrderRepositoryV1"));
        QCOMPARE(url.graphql().toEncoded(), QByteArray("https://example.com/m2/graphql"));
        QCOMPARE(url.restRoot(StoreScope::all()).toEncoded(), QByteArray("https://example.com/m2/rest/all"));
        QCOMPARE(url.restRoot(StoreScope()).toEncoded(), QByteArray("https://example.com/m2/rest"));
        QCOMPARE(url.restRoot(store(QStringLiteral("de")), RestApi::AsyncBulk).toEncoded(),
            QByteArray("https://example.com/m2/rest/de/async/bulk"));
        QCOMPARE(
            url.restRoot(StoreScope(), RestApi::Async).toEncoded(), QByteArray("https://example.com/m2/rest/async"));
        QVERIFY(!MagentoUrl().isValid());
        QVERIFY(MagentoUrl().rest(StoreScope::all(), QStringLiteral("/V1/products")).isEmpty());
    }

    void skuEncoding_data()
    {
        QTest::addColumn<QString>("sku");
        QTest::addColumn<QByteArray>("segment");
        QTest::newRow("plain") << "24-MB01" << QByteArray("24-MB01");
        QTest::newRow("unreserved") << "a~b.c_d-e" << QByteArray("a~b.c_d-e");
        QTest::newRow("slash") << "A/B" << QByteArray("A%2FB");
        QTest::newRow("two slashes") << "a//b/" << QByteArray("a%2F%2Fb%2F");
        QTest::newRow("space") << "my sku" << QByteArray("my%20sku");
        QTest::newRow("plus") << "a+b" << QByteArray("a%2Bb");
        QTest::newRow("hash") << "#1" << QByteArray("%231");
        QTest::newRow("question") << "what?" << QByteArray("what%3F");
        QTest::newRow("percent") << "100%" << QByteArray("100%25");
        QTest::newRow("percent escape lookalike") << "x%2Fy" << QByteArray("x%252Fy");
        QTest::newRow("ampersand equals") << "a&b=c" << QByteArray("a%26b%3Dc");
        QTest::newRow("colon at") << "a:b@c" << QByteArray("a%3Ab%40c");
        QTest::newRow("sub-delims") << "!$'()*,;" << QByteArray("%21%24%27%28%29%2A%2C%3B");
        QTest::newRow("quote and brackets") << "\"[x]{y}|\\^`<>" << QByteArray("%22%5Bx%5D%7By%7D%7C%5C%5E%60%3C%3E");
        QTest::newRow("latin") << QStringLiteral("caf\u00e9") << QByteArray("caf%C3%A9");
        QTest::newRow("cjk") << QStringLiteral("\u65e5\u672c") << QByteArray("%E6%97%A5%E6%9C%AC");
        QTest::newRow("emoji") << QStringLiteral("\U0001F600") << QByteArray("%F0%9F%98%80");
        QTest::newRow("dots inside") << "a..b" << QByteArray("a..b");
    }

    void skuEncoding()
    {
        QFETCH(QString, sku);
        QFETCH(QByteArray, segment);
        QCOMPARE(MagentoUrl::encodePathSegment(sku).toLatin1(), segment);
        QCOMPARE(MagentoUrl::decodePathSegment(QString::fromLatin1(segment)), sku);

        Result<QUrl> url
            = shop().restRoute(StoreScope::all(), QStringLiteral("/V1/products/{sku}"), {{QStringLiteral("sku"), sku}});
        QVERIFY2(url.ok(), qPrintable(url.error().message));
        const QByteArray expected = "https://shop.example.com/rest/all/V1/products/" + segment;
        QCOMPARE(url->toEncoded(), expected);

        // Every way a URL travels through Qt keeps the encoded path intact (%2F stays %2F).
        QCOMPARE(QUrl::fromEncoded(url->toEncoded()).toEncoded(), expected);
        QCOMPARE(QUrl::fromEncoded(url->toEncoded(), QUrl::StrictMode).toEncoded(), expected);
        QCOMPARE(QUrl(url->toString()).toEncoded(), expected);
        QCOMPARE(url->adjusted(QUrl::NormalizePathSegments).toEncoded(), expected);
        QCOMPARE(QNetworkRequest(url.value()).url().toEncoded(), expected);
        QCOMPARE(url->path(QUrl::FullyEncoded).toLatin1(), "/rest/all/V1/products/" + segment);
        // The last segment decodes back to the SKU.
        const QByteArray path = url->path(QUrl::FullyEncoded).toLatin1();
        QCOMPARE(MagentoUrl::decodePathSegment(QString::fromLatin1(path.mid(path.lastIndexOf('/') + 1))), sku);
    }

    void qurlPathDecodesSlashes()
    {
        // The trap this module works around: QUrl::path() in its default (pretty) form turns %2F into '/', so a URL
        // rebuilt from path() addresses a different resource. Builders must pass encoded bytes (toEncoded()).
        const QUrl url = shop()
                             .restRoute(StoreScope::all(), QStringLiteral("/V1/products/{sku}"),
                                 {{QStringLiteral("sku"), QStringLiteral("A/B")}})
                             .value();
        QCOMPARE(url.path(), QStringLiteral("/rest/all/V1/products/A/B"));
        QCOMPARE(url.path(QUrl::FullyEncoded), QStringLiteral("/rest/all/V1/products/A%2FB"));
        QUrl rebuilt(QStringLiteral("https://shop.example.com"));
        rebuilt.setPath(url.path());
        QVERIFY(rebuilt.toEncoded() != url.toEncoded());
        // setPath() with the encoded form, in tolerant mode, keeps %2F.
        rebuilt.setPath(url.path(QUrl::FullyEncoded), QUrl::TolerantMode);
        QCOMPARE(rebuilt.toEncoded(), url.toEncoded());
    }

    void dotSegmentsRefused_data()
    {
        QTest::addColumn<QString>("sku");
        QTest::newRow("dot") << ".";
        QTest::newRow("dot dot") << "..";
    }

    void dotSegmentsRefused()
    {
        QFETCH(QString, sku);
        // QUrl decodes %2E back to '.', and servers resolve "." and ".." segments: such a SKU cannot be addressed.
        QCOMPARE(QUrl::fromEncoded("https://h/V1/products/%2E%2E").toEncoded(), QByteArray("https://h/V1/products/.."));
        Result<QString> path
            = MagentoUrl::expandPath(QStringLiteral("/V1/products/{sku}"), {{QStringLiteral("sku"), sku}});
        QVERIFY(!path.ok());
        QVERIFY2(path.error().message.contains(QLatin1String("directory step")), qPrintable(path.error().message));
    }

    void expandPath_data()
    {
        QTest::addColumn<QString>("pathTemplate");
        QTest::addColumn<PathParams>("params");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("two params") << "/V1/products/{sku}/media/{entryId}"
                                    << PathParams {{QStringLiteral("sku"), QStringLiteral("A/B")},
                                           {QStringLiteral("entryId"), QStringLiteral("7")}}
                                    << "/V1/products/A%2FB/media/7"
                                    << "";
        QTest::newRow("colon style") << "/V1/orders/:id/comments"
                                     << PathParams {{QStringLiteral("id"), QStringLiteral("42")}}
                                     << "/V1/orders/42/comments"
                                     << "";
        QTest::newRow("embedded") << "/V1/x/prefix-{code}.json"
                                  << PathParams {{QStringLiteral("code"), QStringLiteral("a b")}}
                                  << "/V1/x/prefix-a%20b.json"
                                  << "";
        QTest::newRow("no params") << "/V1/products" << PathParams() << "/V1/products"
                                   << "";
        QTest::newRow("missing") << "/V1/products/{sku}" << PathParams() << ""
                                 << "{sku}";
        QTest::newRow("empty value") << "/V1/products/{sku}" << PathParams {{QStringLiteral("sku"), QString()}} << ""
                                     << "is empty";
        QTest::newRow("unused") << "/V1/products/{sku}"
                                << PathParams {{QStringLiteral("sku"), QStringLiteral("a")},
                                       {QStringLiteral("skuu"), QStringLiteral("b")}}
                                << ""
                                << "{skuu}";
    }

    void expandPath()
    {
        QFETCH(QString, pathTemplate);
        QFETCH(PathParams, params);
        QFETCH(QString, expected);
        QFETCH(QString, errorPart);
        Result<QString> path = MagentoUrl::expandPath(pathTemplate, params);
        if (errorPart.isEmpty()) {
            QVERIFY2(path.ok(), qPrintable(path.error().message));
            QCOMPARE(path.value(), expected);
        } else {
            QVERIFY(!path.ok());
            QVERIFY2(path.error().message.contains(errorPart), qPrintable(path.error().message));
        }
    }

    void pathParameters()
    {
        QCOMPARE(MagentoUrl::pathParameters(QStringLiteral("/V1/products/{sku}/media/:entryId")),
            (QStringList {QStringLiteral("sku"), QStringLiteral("entryId")}));
        QCOMPARE(MagentoUrl::pathParameters(QStringLiteral("/V1/products")), QStringList());
    }

    void bulkPaths_data()
    {
        QTest::addColumn<QString>("pathTemplate");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sku") << "/V1/products/{sku}"
                             << "/V1/products/bySku";
        QTest::newRow("colon sku") << "/V1/products/:sku"
                                   << "/V1/products/bySku";
        QTest::newRow("two") << "/V1/products/{sku}/media/{entryId}"
                             << "/V1/products/bySku/media/byEntryId";
        QTest::newRow("middle") << "/V1/carts/:cartId/items"
                                << "/V1/carts/byCartId/items";
        QTest::newRow("snake stays") << "/V1/orders/{order_id}"
                                     << "/V1/orders/byOrder_id";
        QTest::newRow("none") << "/V1/products"
                              << "/V1/products";
    }

    void bulkPaths()
    {
        QFETCH(QString, pathTemplate);
        QFETCH(QString, expected);
        QCOMPARE(MagentoUrl::bulkPath(pathTemplate), expected);
    }

    void bulkRouteRefusesValues()
    {
        Result<QUrl> url = shop().restRoute(StoreScope::all(), QStringLiteral("/V1/products/{sku}"),
            {{QStringLiteral("sku"), QStringLiteral("A")}}, QUrlQuery(), RestApi::AsyncBulk);
        QVERIFY(!url.ok());
        QVERIFY2(url.error().message.contains(QLatin1String("bySku")), qPrintable(url.error().message));
        Result<QUrl> bulk = shop().restRoute(
            StoreScope::all(), QStringLiteral("/V1/products/{sku}"), {}, QUrlQuery(), RestApi::AsyncBulk);
        QVERIFY(bulk.ok());
        QCOMPARE(bulk->toEncoded(), QByteArray("https://shop.example.com/rest/all/async/bulk/V1/products/bySku"));
    }

    void queryKeepsPlusEncoded()
    {
        QUrlQuery query;
        query.setQuery(
            QStringLiteral("searchCriteria[filter_groups][0][filters][0][value]=a%2Bb%20c&fields=items[sku]"));
        const QUrl url = shop().rest(StoreScope::all(), QStringLiteral("/V1/products"), query);
        QCOMPARE(url.toEncoded(),
            QByteArray("https://shop.example.com/rest/all/V1/products?searchCriteria[filter_groups][0][filters][0]"
                       "[value]=a%2Bb%20c&fields=items[sku]"));
    }

    void normalizeServicePath_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "/V1/products"
                               << "/V1/products";
        QTest::newRow("no slash") << "V1/products"
                                  << "/V1/products";
        QTest::newRow("no version") << "products/sku"
                                    << "/V1/products/sku";
        QTest::newRow("v lowercase is not a version") << "v1/products"
                                                      << "/V1/v1/products";
        QTest::newRow("space") << "/V1/a b"
                               << "/V1/a%20b";
        QTest::newRow("valid escape kept") << "/V1/x%2Fy"
                                           << "/V1/x%2Fy";
        QTest::newRow("lowercase escape kept") << "/V1/x%2fy"
                                               << "/V1/x%2fy";
        QTest::newRow("bad escape") << "/V1/x%zz"
                                    << "/V1/x%25zz";
        QTest::newRow("unicode") << QStringLiteral("/V1/\u00e9") << "/V1/%C3%A9";
        QTest::newRow("empty") << ""
                               << "/V1/";
    }

    void normalizeServicePath()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(MagentoUrl::normalizeServicePath(input), expected);
    }

    void locate_data()
    {
        QTest::addColumn<QString>("store");
        QTest::addColumn<QString>("path");
        QTest::addColumn<RestApi>("api");
        QTest::newRow("default") << ""
                                 << "/V1/products/A%2FB" << RestApi::Sync;
        QTest::newRow("all") << "all"
                             << "/V1/products" << RestApi::Sync;
        QTest::newRow("store") << "de_ch"
                               << "/V1/orders/1" << RestApi::Sync;
        QTest::newRow("async") << "all"
                               << "/V1/products" << RestApi::Async;
        QTest::newRow("async default") << ""
                                       << "/V1/products" << RestApi::Async;
        QTest::newRow("bulk") << "all"
                              << "/V1/products/bySku" << RestApi::AsyncBulk;
    }

    void locate()
    {
        QFETCH(QString, store);
        QFETCH(QString, path);
        QFETCH(RestApi, api);
        const MagentoUrl url = shop(QStringLiteral("https://example.com/sub/"));
        QUrlQuery query;
        query.setQuery(QStringLiteral("a=1%2B1"));
        const QUrl built = url.rest(::store(store), path, query, api);
        std::optional<RestTarget> target = url.locate(built);
        QVERIFY(target.has_value());
        QCOMPARE(target->scope, ::store(store));
        QCOMPARE(target->api, api);
        QCOMPARE(target->servicePath, path);
        QCOMPARE(target->query.query(QUrl::FullyEncoded), QStringLiteral("a=1%2B1"));
        QCOMPARE(
            url.rest(target->scope, target->servicePath, target->query, target->api).toEncoded(), built.toEncoded());
    }

    void locateOutside()
    {
        const MagentoUrl url = shop(QStringLiteral("https://example.com/sub/"));
        QVERIFY(!url.locate(QUrl(QStringLiteral("https://other.example.com/sub/rest/V1/products"))));
        QVERIFY(!url.locate(QUrl(QStringLiteral("https://example.com/sub/graphql"))));
        QVERIFY(!url.locate(QUrl(QStringLiteral("https://example.com/rest/V1/products"))));
    }

    void storeScopes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << "" << int(StoreScope::Kind::DefaultStoreView) << "";
        QTest::newRow("blank") << "  " << int(StoreScope::Kind::DefaultStoreView) << "";
        QTest::newRow("all") << "all" << int(StoreScope::Kind::All) << "all";
        QTest::newRow("default code") << "default" << int(StoreScope::Kind::StoreView) << "default";
        QTest::newRow("code") << "de_ch2" << int(StoreScope::Kind::StoreView) << "de_ch2";
        QTest::newRow("upper") << "EN" << int(StoreScope::Kind::StoreView) << "EN";
    }

    void storeScopes()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, code);
        Result<StoreScope> scope = StoreScope::parse(text);
        QVERIFY2(scope.ok(), qPrintable(scope.error().message));
        QCOMPARE(int(scope->kind()), kind);
        QCOMPARE(scope->code(), code);
        QVERIFY(!scope->displayName().isEmpty());
        QVERIFY(!scope->hint().isEmpty());
    }

    void badStoreCodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("admin") << "admin"
                               << "\"all\"";
        QTest::newRow("digit first") << "1de"
                                     << "start with a letter";
        QTest::newRow("dash") << "de-DE"
                              << "underscores";
        QTest::newRow("space") << "de ch"
                               << "underscores";
        QTest::newRow("slash") << "de/ch"
                               << "underscores";
        QTest::newRow("too long") << QString(33, u'a') << "32";
    }

    void badStoreCodes()
    {
        QFETCH(QString, text);
        QFETCH(QString, errorPart);
        Result<StoreScope> scope = StoreScope::parse(text);
        QVERIFY(!scope.ok());
        QVERIFY2(scope.error().message.contains(errorPart), qPrintable(scope.error().message));
    }

    void translationContextsMatchLupdate()
    {
        // lupdate files a tr() call under the class of the member function it is in, and a call in a free function
        // under the namespace; the runtime must look translations up under the same names or the .ts is useless.
        RecordingTranslator translator;
        QCoreApplication::installTranslator(&translator);
        (void)MagentoUrl::fromBase(QString());
        (void)StoreScope().hint();
        (void)SearchCriteria::fromJson(QJsonObject {{QStringLiteral("x"), 1}});
        (void)SearchCriteria().page(10, 1).hints();
        (void)SearchCriteria::fromQueryString(QStringLiteral("searchCriteria[x]=1"));
        (void)FieldSelection::parse(QString());
        (void)decodeError(503, QByteArray());
        (void)decodeError(500, QByteArray("x")).summary();
        (void)BulkStatus().progressText();
        (void)BulkRequest().body();
        (void)conditionDescription(Condition::Eq);
        QCoreApplication::removeTranslator(&translator);
        const QSet<QString> expected {QStringLiteral("studio::magento"), QStringLiteral("studio::magento::MagentoUrl"),
            QStringLiteral("studio::magento::StoreScope"), QStringLiteral("studio::magento::SearchCriteria"),
            QStringLiteral("studio::magento::Parser"), QStringLiteral("studio::magento::MagentoError"),
            QStringLiteral("studio::magento::BulkStatus"), QStringLiteral("studio::magento::BulkRequest"),
            QStringLiteral("MagentoSearchCriteria")};
        QCOMPARE(translator.contexts, expected);
    }

    void writeScopeGotcha()
    {
        QVERIFY(StoreScope().hint().contains(QLatin1String("9186")));
        QVERIFY(StoreScope().writeWarning("PUT").contains(QLatin1String("9186")));
        QVERIFY(StoreScope().writeWarning("post").contains(QLatin1String("\"all\"")));
        QVERIFY(StoreScope().writeWarning("GET").isEmpty());
        QVERIFY(StoreScope::all().writeWarning("PUT").isEmpty());
        QVERIFY(store(QStringLiteral("de")).writeWarning("DELETE").contains(QLatin1String("\"de\"")));
        QVERIFY(store(QStringLiteral("de")).hint().contains(QLatin1String("Request does not match any route")));
    }
};

QTEST_GUILESS_MAIN(TestMagentoUrl)
#include "test_magento_url.moc"
