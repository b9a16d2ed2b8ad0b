// LogEntry → RequestSpec ("open in the console") and the pieces a replay sends again: a table of logged requests
// against a workspace with Magento (two endpoints sharing one shop), a REST ERP with an API key header, a PIM with
// an API key query parameter and a GraphQL endpoint.

#include "core/log/loggedrequest.h"

#include <QTest>

using namespace studio;

Q_DECLARE_METATYPE(studio::LogEntry)
Q_DECLARE_METATYPE(studio::RequestSpec)

namespace {

QList<Endpoint> workspaceEndpoints()
{
    Endpoint magento;
    magento.id = QStringLiteral("magento");
    magento.name = QStringLiteral("Shop (OAuth)");
    magento.kind = EndpointKind::Magento;
    magento.baseUrl = QStringLiteral("{{shop}}");
    magento.storeCode = QStringLiteral("default");
    magento.auth.type = AuthType::OAuth1;

    Endpoint admin = magento;
    admin.id = QStringLiteral("magento-admin");
    admin.name = QStringLiteral("Shop (admin token)");
    admin.auth.type = AuthType::MagentoAdminToken;

    Endpoint erp;
    erp.id = QStringLiteral("erp");
    erp.name = QStringLiteral("ERP");
    erp.kind = EndpointKind::Rest;
    erp.baseUrl = QStringLiteral("{{erp}}/api");
    erp.auth.type = AuthType::ApiKey;
    erp.auth.fields = {{QStringLiteral("keyName"), QStringLiteral("{{erp_key_name}}")},
        {QStringLiteral("keyIn"), QStringLiteral("header")}};

    Endpoint pim;
    pim.id = QStringLiteral("pim");
    pim.name = QStringLiteral("PIM");
    pim.kind = EndpointKind::Rest;
    pim.baseUrl = QStringLiteral("https://pim.example.com");
    pim.auth.type = AuthType::ApiKey;
    pim.auth.fields
        = {{QStringLiteral("keyName"), QStringLiteral("api_key")}, {QStringLiteral("keyIn"), QStringLiteral("query")}};

    Endpoint graph;
    graph.id = QStringLiteral("gql");
    graph.name = QStringLiteral("GraphQL");
    graph.kind = EndpointKind::GraphQL;
    graph.baseUrl = QStringLiteral("https://gql.example.com/graphql");
    graph.auth.type = AuthType::Bearer;
    return {magento, admin, erp, pim, graph};
}

QList<Environment> workspaceEnvironments()
{
    Environment staging;
    staging.name = QStringLiteral("Staging");
    staging.variables = {{QStringLiteral("shop"), QStringLiteral("https://shop.example.com")},
        {QStringLiteral("erp"), QStringLiteral("https://erp.example.com:8443")},
        {QStringLiteral("erp_key_name"), QStringLiteral("X-Erp-Key")}};
    Environment production;
    production.name = QStringLiteral("Production");
    production.variables = {{QStringLiteral("shop"), QStringLiteral("https://www.shop.com")},
        {QStringLiteral("erp"), QStringLiteral("https://erp.shop.com")},
        {QStringLiteral("erp_key_name"), QStringLiteral("X-Erp-Key")}};
    return {staging, production};
}

QPair<QByteArray, QByteArray> header(const char* name, const char* value)
{
    return qMakePair(QByteArray(name), QByteArray(value));
}

LogEntry entry(const QByteArray& method, const QString& url, const QString& endpoint,
    const QString& environment = QStringLiteral("Staging"))
{
    LogEntry e;
    e.id = 42;
    e.method = method;
    e.url = url;
    e.endpointId = endpoint;
    e.environment = environment;
    e.requestHeaders = {{"User-Agent", "IntegrationStudio/0.1.0"}, {"Accept", "application/json"}};
    return e;
}

RequestSpec spec(const QString& endpoint, const QByteArray& method, const QString& path)
{
    RequestSpec s;
    s.endpointId = endpoint;
    s.method = method;
    s.path = path;
    return s;
}

QString describe(const RequestSpec& s)
{
    QStringList query;
    for (const auto& [k, v] : s.query)
        query << k + u'=' + v;
    QStringList headers;
    for (const auto& [k, v] : s.headers)
        headers << k + u':' + v;
    return QStringLiteral("endpoint=%1 mode=%2 method=%3 path=%4 store=%5 query=[%6] headers=[%7] bodyType=%8 body=%9 "
                          "variables=%10 op=%11")
        .arg(s.endpointId, requestModeId(s.mode), QString::fromLatin1(s.method), s.path, s.storeCode, query.join(u'&'),
            headers.join(u','), s.bodyType, s.body)
        .arg(s.graphqlVariables, s.graphqlOperationName);
}

} // namespace

class TestLoggedRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conversion_data();
    void conversion();
    void badEntries_data();
    void badEntries();
    void replayPieces();
};

void TestLoggedRequest::conversion_data()
{
    QTest::addColumn<LogEntry>("logged");
    QTest::addColumn<RequestSpec>("expected");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<bool>("redacted");
    QTest::addColumn<QStringList>("notes"); // each must occur in one note

    {
        LogEntry e = entry("GET",
            QStringLiteral("https://shop.example.com/rest/default/V1/"
                           "products?searchCriteria%5BpageSize%5D=5&fields=items%5Bsku%5D"),
            QStringLiteral("magento"));
        e.requestHeaders.append(
            header("Authorization", "OAuth oauth_consumer_key=\"[redacted]\", oauth_signature=\"[redacted]\""));
        RequestSpec s = spec(QStringLiteral("magento"), "GET", QStringLiteral("/V1/products"));
        s.query = {{QStringLiteral("searchCriteria[pageSize]"), QStringLiteral("5")},
            {QStringLiteral("fields"), QStringLiteral("items[sku]")}};
        QTest::newRow("magento GET, searchCriteria, OAuth header left out")
            << e << s << QStringLiteral("Staging") << false << QStringList {QStringLiteral("\"Authorization\"")};
    }
    {
        // Both endpoints serve the shop: the logged one (admin token) wins over the first match.
        LogEntry e = entry("GET", QStringLiteral("https://shop.example.com/rest/default/V1/orders/7"),
            QStringLiteral("magento-admin"));
        e.requestHeaders.append(header("Authorization", "Bearer [redacted]"));
        QTest::newRow("logged endpoint wins among equal base URLs")
            << e << spec(QStringLiteral("magento-admin"), "GET", QStringLiteral("/V1/orders/7"))
            << QStringLiteral("Staging") << false << QStringList();
    }
    {
        LogEntry e = entry(
            "PUT", QStringLiteral("https://shop.example.com/rest/all/V1/products/A%2FB"), QStringLiteral("magento"));
        e.requestHeaders.append(header("Content-Type", "application/json"));
        e.requestBody = R"({"product":{"sku":"A/B","price":9.5}})";
        RequestSpec s = spec(QStringLiteral("magento"), "PUT", QStringLiteral("/V1/products/A%2FB"));
        s.storeCode = QStringLiteral("all");
        s.bodyType = QStringLiteral("json");
        s.body = QString::fromUtf8(e.requestBody);
        QTest::newRow("store code all, encoded SKU, JSON body")
            << e << s << QStringLiteral("Staging") << false << QStringList();
    }
    {
        LogEntry e = entry(
            "PUT", QStringLiteral("https://shop.example.com/rest/german/V1/products/X1"), QStringLiteral("magento"));
        RequestSpec s = spec(QStringLiteral("magento"), "PUT", QStringLiteral("/V1/products/X1"));
        s.storeCode = QStringLiteral("german");
        QTest::newRow("store view code") << e << s << QStringLiteral("Staging") << false << QStringList();
    }
    {
        LogEntry e = entry("PUT", QStringLiteral("https://shop.example.com/rest/default/async/bulk/V1/products/bySku"),
            QStringLiteral("magento"));
        e.requestHeaders.append(header("Content-Type", "application/json; charset=utf-8"));
        e.requestBody = R"([{"product":{"sku":"A"}},{"product":{"sku":"B"}}])";
        RequestSpec s = spec(QStringLiteral("magento"), "PUT", QStringLiteral("/V1/products/bySku"));
        s.mode = RequestSpec::Mode::AsyncBulk;
        s.bodyType = QStringLiteral("json");
        s.body = QString::fromUtf8(e.requestBody);
        QTest::newRow("async bulk") << e << s << QStringLiteral("Staging") << false << QStringList();
    }
    {
        LogEntry e = entry("POST", QStringLiteral("https://shop.example.com/rest/default/async/V1/products"),
            QStringLiteral("magento"));
        e.requestBody = R"({"product":{"sku":"A"}})";
        RequestSpec s = spec(QStringLiteral("magento"), "POST", QStringLiteral("/async/V1/products"));
        s.bodyType = QStringLiteral("json");
        s.body = QString::fromUtf8(e.requestBody);
        QTest::newRow("async (not bulk)") << e << s << QStringLiteral("Staging") << false << QStringList();
    }
    {
        LogEntry e
            = entry("GET", QStringLiteral("https://www.shop.com/rest/default/V1/orders?searchCriteria%5BpageSize%5D=1"),
                QStringLiteral("magento"), QStringLiteral("Production"));
        RequestSpec s = spec(QStringLiteral("magento"), "GET", QStringLiteral("/V1/orders"));
        s.query = {{QStringLiteral("searchCriteria[pageSize]"), QStringLiteral("1")}};
        QTest::newRow("base URL resolved in the entry's environment")
            << e << s << QStringLiteral("Production") << false << QStringList();
    }
    {
        LogEntry e = entry(
            "GET", QStringLiteral("https://erp.example.com:8443/api/items/7?expand=stock"), QStringLiteral("erp"));
        e.requestHeaders.append(header("X-Erp-Key", "[redacted]"));
        e.requestHeaders.append(header("X-Trace", "abc"));
        e.requestHeaders.append(header("Host", "erp.example.com:8443"));
        RequestSpec s = spec(QStringLiteral("erp"), "GET", QStringLiteral("/items/7"));
        s.query = {{QStringLiteral("expand"), QStringLiteral("stock")}};
        s.headers = {{QStringLiteral("X-Trace"), QStringLiteral("abc")}};
        QTest::newRow("API key header (name from a variable) left out")
            << e << s << QStringLiteral("Staging") << false << QStringList {QStringLiteral("\"X-Erp-Key\"")};
    }
    {
        LogEntry e = entry("GET", QStringLiteral("https://pim.example.com/products?api_key=%5Bredacted%5D&lang=de"),
            QStringLiteral("pim"));
        RequestSpec s = spec(QStringLiteral("pim"), "GET", QStringLiteral("/products"));
        s.query = {{QStringLiteral("lang"), QStringLiteral("de")}};
        QTest::newRow("API key query parameter left out")
            << e << s << QStringLiteral("Staging") << false << QStringList {QStringLiteral("\"api_key\"")};
    }
    {
        LogEntry e = entry("GET", QStringLiteral("https://other.example.org/v2/things?page=2"), QString(), QString());
        RequestSpec s = spec(QString(), "GET", QStringLiteral("https://other.example.org/v2/things"));
        s.query = {{QStringLiteral("page"), QStringLiteral("2")}};
        QTest::newRow("no endpoint: absolute URL")
            << e << s << QString() << false << QStringList {QStringLiteral("https://other.example.org")};
    }
    {
        LogEntry e = entry("GET", QStringLiteral("https://shop.example.com/rest/default/V1/products"),
            QStringLiteral("magento"), QStringLiteral("Gone"));
        RequestSpec s = spec(QString(), "GET", QStringLiteral("https://shop.example.com/rest/default/V1/products"));
        QTest::newRow("environment gone: base URL unresolvable")
            << e << s << QString() << false << QStringList {QStringLiteral("\"Gone\""), QStringLiteral("Shop (OAuth)")};
    }
    {
        LogEntry e = entry("GET", QStringLiteral("https://shop.example.com/rest/default/V1/products"),
            QStringLiteral("removed-endpoint"));
        QTest::newRow("logged endpoint removed, another one matches")
            << e << spec(QStringLiteral("magento"), "GET", QStringLiteral("/V1/products")) << QStringLiteral("Staging")
            << false << QStringList {QStringLiteral("\"removed-endpoint\"")};
    }
    {
        LogEntry e
            = entry("POST", QStringLiteral("https://shop.example.com/rest/default/V1/integration/customer/token"),
                QStringLiteral("magento"));
        e.requestHeaders.append(header("Content-Type", "application/json"));
        e.requestBody = R"({"username":"jane@example.com","password":"[redacted]"})";
        RequestSpec s = spec(QStringLiteral("magento"), "POST", QStringLiteral("/V1/integration/customer/token"));
        s.bodyType = QStringLiteral("json");
        s.body = QString::fromUtf8(e.requestBody);
        QTest::newRow("redacted body value flagged")
            << e << s << QStringLiteral("Staging") << true << QStringList {QStringLiteral("[redacted]")};
    }
    {
        LogEntry e
            = entry("GET", QStringLiteral("https://shop.example.com/rest/default/V1/orders?token=%5Bredacted%5D"),
                QStringLiteral("magento"));
        e.requestHeaders.append(header("X-Session", "[redacted]"));
        RequestSpec s = spec(QStringLiteral("magento"), "GET", QStringLiteral("/V1/orders"));
        s.query = {{QStringLiteral("token"), QStringLiteral("[redacted]")}};
        s.headers = {{QStringLiteral("X-Session"), QStringLiteral("[redacted]")}};
        QTest::newRow("redacted query parameter and header flagged")
            << e << s << QStringLiteral("Staging") << true
            << QStringList {QStringLiteral("\"token\""), QStringLiteral("\"X-Session\"")};
    }
    {
        LogEntry e = entry("POST", QStringLiteral("https://shop.example.com/graphql"), QStringLiteral("magento"));
        e.requestHeaders.append(header("Content-Type", "application/json"));
        e.requestHeaders.append(header("Store", "german"));
        e.requestBody = R"({"query":"{ products(search: \"bag\") { items { sku } } }","variables":{"n":3},)"
                        R"("operationName":"Bags"})";
        RequestSpec s = spec(QStringLiteral("magento"), "POST", QString());
        s.mode = RequestSpec::Mode::GraphQL;
        s.storeCode = QStringLiteral("german");
        s.bodyType = QStringLiteral("graphql");
        s.body = QStringLiteral("{ products(search: \"bag\") { items { sku } } }");
        s.graphqlVariables = QStringLiteral("{\n    \"n\": 3\n}\n");
        s.graphqlOperationName = QStringLiteral("Bags");
        QTest::newRow("Magento GraphQL with Store header")
            << e << s << QStringLiteral("Staging") << false << QStringList();
    }
    {
        LogEntry e = entry("POST", QStringLiteral("https://gql.example.com/graphql"), QStringLiteral("gql"));
        e.requestBody = R"({"query":"{ me { id } }"})";
        RequestSpec s = spec(QStringLiteral("gql"), "POST", QString());
        s.mode = RequestSpec::Mode::GraphQL;
        s.bodyType = QStringLiteral("graphql");
        s.body = QStringLiteral("{ me { id } }");
        QTest::newRow("GraphQL endpoint") << e << s << QStringLiteral("Staging") << false << QStringList();
    }
    {
        LogEntry e = entry("POST", QStringLiteral("https://erp.example.com:8443/api/login"), QStringLiteral("erp"));
        e.requestHeaders.append(header("Content-Type", "application/x-www-form-urlencoded"));
        e.requestBody = "user=jane&remember=1";
        RequestSpec s = spec(QStringLiteral("erp"), "POST", QStringLiteral("/login"));
        s.bodyType = QStringLiteral("form");
        s.body = QStringLiteral("user=jane&remember=1");
        QTest::newRow("form body") << e << s << QStringLiteral("Staging") << false << QStringList();
    }
    {
        LogEntry e = entry("POST", QStringLiteral("https://erp.example.com:8443/api/orders"), QStringLiteral("erp"));
        e.requestHeaders.append(header("Content-Type", "application/xml"));
        e.requestBody = "<order id=\"1\"/>";
        e.requestHeaders[0].second = "curl/8.0"; // a User-Agent the user chose stays
        RequestSpec s = spec(QStringLiteral("erp"), "POST", QStringLiteral("/orders"));
        s.headers = {{QStringLiteral("User-Agent"), QStringLiteral("curl/8.0")},
            {QStringLiteral("Content-Type"), QStringLiteral("application/xml")}};
        s.bodyType = QStringLiteral("text");
        s.body = QStringLiteral("<order id=\"1\"/>");
        QTest::newRow("own Content-Type and User-Agent kept")
            << e << s << QStringLiteral("Staging") << false << QStringList();
    }
    {
        LogEntry e = entry(
            "PUT", QStringLiteral("https://shop.example.com/rest/default/V1/products/A"), QStringLiteral("magento"));
        e.requestBody = R"({"product":{"sku":"A","description":"lo)";
        e.requestBodyTruncated = true;
        e.requestBodySize = 9000000;
        RequestSpec s = spec(QStringLiteral("magento"), "PUT", QStringLiteral("/V1/products/A"));
        s.bodyType = QStringLiteral("json");
        s.body = QString::fromUtf8(e.requestBody);
        QTest::newRow("truncated body noted")
            << e << s << QStringLiteral("Staging") << false << QStringList {QStringLiteral("9,000,000")};
    }
    {
        LogEntry e = entry("POST", QStringLiteral("https://erp.example.com:8443/api/blobs"), QStringLiteral("erp"));
        e.requestHeaders.append(header("Content-Type", "application/octet-stream"));
        e.requestBody = QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11);
        RequestSpec s = spec(QStringLiteral("erp"), "POST", QStringLiteral("/blobs"));
        s.headers = {{QStringLiteral("Content-Type"), QStringLiteral("application/octet-stream")}};
        QTest::newRow("binary body left out")
            << e << s << QStringLiteral("Staging") << false << QStringList {QStringLiteral("binary")};
    }
}

void TestLoggedRequest::conversion()
{
    QFETCH(LogEntry, logged);
    QFETCH(RequestSpec, expected);
    QFETCH(QString, environment);
    QFETCH(bool, redacted);
    QFETCH(QStringList, notes);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    const Result<LoggedRequest> result = requestFromLogEntry(logged, workspaceEndpoints(), workspaceEnvironments());
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(describe(result->spec), describe(expected));
    QCOMPARE(result->spec, expected);
    QCOMPARE(result->environment, environment);
    QCOMPARE(result->hasRedactedValues, redacted);
    QCOMPARE(result->bodyTruncated, logged.requestBodyTruncated);
    const QString allNotes = result->notes.join(u'\n');
    for (const QString& fragment : std::as_const(notes))
        QVERIFY2(allNotes.contains(fragment), qPrintable(fragment + QStringLiteral(" not in:\n") + allNotes));
}

void TestLoggedRequest::badEntries_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("no method") << QByteArray("  ") << QStringLiteral("https://shop.example.com/")
                               << QStringLiteral("method");
    QTest::newRow("no URL") << QByteArray("GET") << QString() << QStringLiteral("URL");
    QTest::newRow("not http") << QByteArray("GET") << QStringLiteral("ftp://files.example.com/a")
                              << QStringLiteral("ftp://");
    QTest::newRow("no host") << QByteArray("GET") << QStringLiteral("https:///path") << QStringLiteral("URL");
    QTest::newRow("words") << QByteArray("GET") << QStringLiteral("not a url") << QStringLiteral("not a url");
}

void TestLoggedRequest::badEntries()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, url);
    QFETCH(QString, fragment);
    const Result<LoggedRequest> result = requestFromLogEntry(
        entry(method, url, QStringLiteral("magento")), workspaceEndpoints(), workspaceEnvironments());
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(fragment), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QStringLiteral("42")));
}

void TestLoggedRequest::replayPieces()
{
    const QList<Endpoint> endpoints = workspaceEndpoints();
    Endpoint erp = endpoints.at(2);
    erp.auth.fields[QStringLiteral("keyName")] = QStringLiteral("X-Erp-Key"); // as resolved
    LogEntry e = entry("PUT",
        QStringLiteral("https://erp.example.com:8443/api/items/7?b=%20x&oauth_token=%5Bredacted%5D#frag"),
        QStringLiteral("erp"));
    e.requestHeaders = {{"Authorization", "Bearer [redacted]"}, {"x-erp-key", "[redacted]"}, {"Content-Length", "12"},
        {"Host", "erp.example.com"}, {"User-Agent", "IntegrationStudio/0.1.0"}, {"Content-Type", "application/json"},
        {"X-Trace", "t1"}};
    QStringList notes;
    const HeaderList headers = replayableHeaders(e, &erp, &notes);
    const HeaderList expected {
        {"User-Agent", "IntegrationStudio/0.1.0"}, {"Content-Type", "application/json"}, {"X-Trace", "t1"}};
    QCOMPARE(headers, expected);
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes.first().contains(QStringLiteral("\"Authorization\""))
            && notes.first().contains(QStringLiteral("\"x-erp-key\"")),
        qPrintable(notes.first()));

    notes.clear();
    QCOMPARE(replayableUrl(e, &erp, &notes), QStringLiteral("https://erp.example.com:8443/api/items/7?b=%20x"));
    QCOMPARE(notes.size(), 1);
    QVERIFY(notes.first().contains(QStringLiteral("\"oauth_token\"")));

    Endpoint pim = endpoints.at(3);
    LogEntry p
        = entry("GET", QStringLiteral("https://pim.example.com/p?api_key=%5Bredacted%5D"), QStringLiteral("pim"));
    QCOMPARE(replayableUrl(p, &pim), QStringLiteral("https://pim.example.com/p"));
    // Without an endpoint only the OAuth parameters go; a plain query stays byte for byte.
    QCOMPARE(replayableUrl(p, nullptr), p.url);
    LogEntry plain = entry("GET", QStringLiteral("https://x.example/a?q=%5B1%5D&r"), QString());
    QCOMPARE(replayableUrl(plain, nullptr), plain.url);
}

QTEST_GUILESS_MAIN(TestLoggedRequest)
#include "test_loggedrequest.moc"
