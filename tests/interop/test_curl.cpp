#include "core/interop/curlformat.h"
#include "core/interop/urlmapping.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace studio;
using namespace studio::interop;

Q_DECLARE_METATYPE(studio::RequestSpec)

namespace {

Endpoint endpoint(const QString& id, EndpointKind kind, const QString& baseUrl, AuthType auth)
{
    Endpoint e;
    e.id = id;
    e.name = id;
    e.kind = kind;
    e.baseUrl = baseUrl;
    e.auth.type = auth;
    return e;
}

ImportContext workspaceContext()
{
    ImportContext context;
    Endpoint magento
        = endpoint(QStringLiteral("magento"), EndpointKind::Magento, QStringLiteral("{{shopUrl}}"), AuthType::OAuth1);
    magento.auth.fields.insert(QStringLiteral("signatureMethod"), QStringLiteral("HMAC-SHA256"));
    Endpoint erp = endpoint(
        QStringLiteral("erp"), EndpointKind::Rest, QStringLiteral("https://erp.example.com/api/"), AuthType::ApiKey);
    erp.auth.fields.insert(QStringLiteral("keyName"), QStringLiteral("X-Api-Key"));
    erp.auth.fields.insert(QStringLiteral("keyIn"), QStringLiteral("header"));
    Endpoint b2b = endpoint(QStringLiteral("b2b"), EndpointKind::Magento,
        QStringLiteral("https://b2b.example.com/shop"), AuthType::MagentoAdminToken);
    b2b.auth.fields.insert(QStringLiteral("username"), QStringLiteral("admin"));
    Endpoint legacy = endpoint(QStringLiteral("legacy"), EndpointKind::Rest,
        QStringLiteral("http://legacy.example.com:8080"), AuthType::Basic);
    legacy.auth.fields.insert(QStringLiteral("username"), QStringLiteral("exporter"));
    Endpoint keyInQuery = endpoint(
        QStringLiteral("pim"), EndpointKind::Rest, QStringLiteral("https://pim.example.com"), AuthType::ApiKey);
    keyInQuery.auth.fields.insert(QStringLiteral("keyName"), QStringLiteral("api_key"));
    keyInQuery.auth.fields.insert(QStringLiteral("keyIn"), QStringLiteral("query"));
    Endpoint graphql = endpoint(QStringLiteral("gql"), EndpointKind::GraphQL,
        QStringLiteral("https://api.example.com/graphql"), AuthType::None);
    context.endpoints = {magento, erp, b2b, legacy, keyInQuery, graphql};
    context.environment.name = QStringLiteral("test");
    context.environment.variables.insert(QStringLiteral("shopUrl"), QStringLiteral("https://shop.example.com"));
    context.environment.variables.insert(QStringLiteral("sku"), QStringLiteral("24-MB01"));
    context.environment.secretVariables.insert(QStringLiteral("apiSecret"), QStringLiteral("ws-test/1"));
    return context;
}

QString pairs(const KeyValueList& list, const QString& separator, const QString& joiner)
{
    QStringList items;
    for (const auto& [key, value] : list)
        items.append(key + separator + value);
    return items.join(joiner);
}

/// One line per request: endpoint|mode|method|path|store|query|headers|bodyType|body
QString describe(const RequestSpec& spec)
{
    return QStringList {spec.endpointId, requestModeId(spec.mode), QString::fromLatin1(spec.method), spec.path,
        spec.storeCode, pairs(spec.query, QStringLiteral("="), QStringLiteral("&")),
        pairs(spec.headers, QStringLiteral(": "), QStringLiteral(";")), spec.bodyType, spec.body}
        .join(u'|');
}

QString noteText(const ImportResult& result)
{
    QStringList lines;
    for (const ImportNote& note : result.notes)
        lines.append(note.message);
    return lines.join(u'\n');
}

QString randomSecret()
{
    QString secret;
    for (int i = 0; i < 24; ++i)
        secret += QChar(u'a' + QRandomGenerator::global()->bounded(26));
    return secret;
}

} // namespace

class TestCurl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void import_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("noteContains");

        // Quoting.
        QTest::newRow("plain") << "curl https://x.test/a"
                               << "|rest|GET|https://x.test/a||||none|"
                               << "";
        QTest::newRow("single quotes") << "curl 'https://x.test/a b'"
                                       << "|rest|GET|https://x.test/a b||||none|"
                                       << "";
        QTest::newRow("double quotes and escapes")
            << "curl \"https://x.test/p\" -H \"X-Q: say \\\"hi\\\" \\$HOME \\\\ \\n\""
            << "|rest|GET|https://x.test/p|||X-Q: say \"hi\" $HOME \\ \\n|none|"
            << "";
        QTest::newRow("ansi-c quoting") << "curl https://x.test -H $'X-A: tab\\there \\'q\\' \\x41\\u00e9 \\101'"
                                        << "|rest|GET|https://x.test|||X-A: tab\there 'q' A\u00e9 A|none|"
                                        << "";
        QTest::newRow("ansi-c utf-8 bytes") << "curl https://x.test -H $'X-A: \\xc3\\xa9'"
                                            << "|rest|GET|https://x.test|||X-A: \u00e9|none|"
                                            << "";
        QTest::newRow("concatenated words") << "curl https://x.test -H 'X-A: '\"mixed\"'_end'"
                                            << "|rest|GET|https://x.test|||X-A: mixed_end|none|"
                                            << "";
        QTest::newRow("backslash escapes unquoted") << "curl https://x.test/a\\ b\\'c"
                                                    << "|rest|GET|https://x.test/a b'c||||none|"
                                                    << "";
        QTest::newRow("backslash-newline continuation")
            << "curl \\\n  -X POST \\\n  'https://x.test/p' \\\r\n  -H 'Accept: */*'"
            << "|rest|POST|https://x.test/p|||Accept: */*|none|"
            << "";
        QTest::newRow("windows cmd carets") << "curl \"https://x.test/api\" ^\n  -H \"Content-Type: application/json\" "
                                               "^\n  --data-raw \"{\\\"a\\\":1}\""
                                            << "|rest|POST|https://x.test/api||||json|{\"a\":1}"
                                            << "";
        QTest::newRow("windows cmd caret escapes") << "curl ^\"https://x.test/q?a=1^&b=2^\" ^\n -H ^\"X-A: ^%PATH^%^\""
                                                   << "|rest|GET|https://x.test/q||a=1&b=2|X-A: %PATH%|none|"
                                                   << "";
        QTest::newRow("chrome copy as cURL (cmd)")
            << "curl ^\"https://x.test/api?q=1^&r=2^\" ^\n  -H ^\"content-type: application/json^\" ^\n"
               "  --data-raw ^\"^{^\\^\"a^\\^\":1,^\\^\"b^\\^\":^\\^\"x y^\\^\"^}^\" ^\n  --compressed"
            << "|rest|POST|https://x.test/api||q=1&r=2||json|{\"a\":1,\"b\":\"x y\"}"
            << "";
        QTest::newRow("chrome copy as cURL (bash)")
            << "curl 'https://x.test/api' \\\n  -H 'accept: */*' \\\n  -H 'content-type: application/json' \\\n"
               "  --data-raw $'{\"name\":\"caf\\u00e9 \\'s\"}' \\\n  --compressed"
            << "|rest|POST|https://x.test/api|||accept: */*|json|{\"name\":\"caf\u00e9 's\"}"
            << "";
        QTest::newRow("shell variables become studio variables")
            << "curl \"$BASE/x\" -H \"X-Trace: ${TRACE_ID}\""
            << "|rest|GET|http://{{BASE}}/x|||X-Trace: {{TRACE_ID}}|none|"
            << "{{TRACE_ID}}";
        QTest::newRow("pipe ends the command") << "curl -s https://x.test/a | jq ."
                                               << "|rest|GET|https://x.test/a||||none|"
                                               << "ignored";
        QTest::newRow("comment lines") << "# fetch it\ncurl https://x.test/a # trailing\n"
                                       << "|rest|GET|https://x.test/a||||none|"
                                       << "";

        // Options.
        QTest::newRow("-X") << "curl -X DELETE https://x.test/a"
                            << "|rest|DELETE|https://x.test/a||||none|"
                            << "";
        QTest::newRow("--request lower case") << "curl --request patch https://x.test/a"
                                              << "|rest|PATCH|https://x.test/a||||none|"
                                              << "";
        QTest::newRow("-XPUT attached") << "curl -XPUT https://x.test/a"
                                        << "|rest|PUT|https://x.test/a||||none|"
                                        << "";
        QTest::newRow("-H attached and --header")
            << "curl https://x.test -H'X-A: 1' --header 'X-B:2' -H 'X-Empty;' -H 'X-Removed:'"
            << "|rest|GET|https://x.test|||X-A: 1;X-B: 2;X-Empty: |none|"
            << "X-Removed";
        QTest::newRow("-d joins with &") << "curl https://x.test -d 'a=1' --data b=2"
                                         << "|rest|POST|https://x.test||||form|a=1&b=2"
                                         << "";
        QTest::newRow("json sent as a form is pointed out") << "curl https://x.test -d '{\"a\": 1}'"
                                                            << "|rest|POST|https://x.test||||form|{\"a\": 1}"
                                                            << "sends it as a form";
        QTest::newRow("--data-raw keeps @") << "curl https://x.test --data-raw '@literal'"
                                            << "|rest|POST|https://x.test||||form|@literal"
                                            << "";
        QTest::newRow("--data-binary with content type")
            << "curl https://x.test --data-binary 'line1\nline2' -H 'Content-Type: text/csv'"
            << "|rest|POST|https://x.test|||Content-Type: text/csv|text|line1\nline2"
            << "";
        QTest::newRow("--data-urlencode forms")
            << "curl https://x.test --data-urlencode 'q=a b&c' --data-urlencode '=x/y' --data-urlencode 'plain text'"
            << "|rest|POST|https://x.test||||form|q=a%20b%26c&x%2Fy&plain%20text"
            << "";
        QTest::newRow("--json") << "curl https://x.test/j --json '{\"a\": 1}'"
                                << "|rest|POST|https://x.test/j|||Accept: application/json|json|{\"a\": 1}"
                                << "";
        QTest::newRow("json content type with charset is kept")
            << "curl https://x.test/j -H 'Content-Type: application/json; charset=utf-8' -d '{}'"
            << "|rest|POST|https://x.test/j|||Content-Type: application/json; charset=utf-8|json|{}"
            << "";
        QTest::newRow("-G moves data to the query") << "curl -G https://x.test/s?x=0 -d q=1 --data-urlencode 'n=a b'"
                                                    << "|rest|GET|https://x.test/s||x=0&q=1&n=a b||none|"
                                                    << "";
        QTest::newRow("--get with -X") << "curl --get -X HEAD https://x.test/s -d q=1"
                                       << "|rest|HEAD|https://x.test/s||q=1||none|"
                                       << "";
        QTest::newRow("-I") << "curl -I https://x.test"
                            << "|rest|HEAD|https://x.test||||none|"
                            << "";
        QTest::newRow("-b cookie") << "curl https://x.test -b 'a=1; b=2'"
                                   << "|rest|GET|https://x.test|||Cookie: a=1; b=2|none|"
                                   << "";
        QTest::newRow("-b cookie file") << "curl https://x.test -b cookies.txt"
                                        << "|rest|GET|https://x.test||||none|"
                                        << "cookies.txt";
        QTest::newRow("--compressed -L -sS") << "curl --compressed -L -sS https://x.test"
                                             << "|rest|GET|https://x.test||||none|"
                                             << "";
        QTest::newRow("-k warns") << "curl -k https://x.test"
                                  << "|rest|GET|https://x.test||||none|"
                                  << "never ignores TLS errors";
        QTest::newRow("--insecure warns") << "curl --insecure https://x.test"
                                          << "|rest|GET|https://x.test||||none|"
                                          << "never ignores TLS errors";
        QTest::newRow("--url") << "curl --url https://x.test/u -sSL"
                               << "|rest|GET|https://x.test/u||||none|"
                               << "";
        QTest::newRow("-A and -e") << "curl -A 'Agent/1' -e 'https://ref.test/;auto' https://x.test"
                                   << "|rest|GET|https://x.test|||User-Agent: Agent/1;Referer: https://ref.test/|none|"
                                   << "";
        QTest::newRow("--user-agent and --referer") << "curl --user-agent A --referer R https://x.test"
                                                    << "|rest|GET|https://x.test|||User-Agent: A;Referer: R|none|"
                                                    << "";
        QTest::newRow("unknown option warns") << "curl --frobnicate https://x.test"
                                              << "|rest|GET|https://x.test||||none|"
                                              << "--frobnicate";
        QTest::newRow("unknown short option warns") << "curl -Z https://x.test"
                                                    << "|rest|GET|https://x.test||||none|"
                                                    << "-Z";
        QTest::newRow("options with ignored values")
            << "curl -o out.json -m 30 --retry 3 -w '%{http_code}' https://x.test"
            << "|rest|GET|https://x.test||||none|"
            << "";
        QTest::newRow("--cacert warns") << "curl --cacert ca.pem https://x.test"
                                        << "|rest|GET|https://x.test||||none|"
                                        << "TLS settings";
        QTest::newRow("-F text part") << "curl https://x.test -F 'name=a b'"
                                      << "|rest|POST|https://x.test||||form|name=a%20b"
                                      << "URL-encoded";
        QTest::newRow("-F file part") << "curl https://x.test -F 'file=@a.csv'"
                                      << "|rest|GET|https://x.test||||none|"
                                      << "file upload";
        QTest::newRow("no scheme") << "curl x.test/a"
                                   << "|rest|GET|http://x.test/a||||none|"
                                   << "http://";
        QTest::newRow("second URL") << "curl https://x.test/a https://x.test/b"
                                    << "|rest|GET|https://x.test/a||||none|"
                                    << "https://x.test/b";
        QTest::newRow("fragment dropped") << "curl 'https://x.test/a?b=1#top'"
                                          << "|rest|GET|https://x.test/a||b=1||none|"
                                          << "";
        QTest::newRow("curl.exe path") << "C:\\tools\\curl.exe https://x.test"
                                       << "|rest|GET|https://x.test||||none|"
                                       << "";

        // Endpoints.
        QTest::newRow("magento default store")
            << "curl "
               "'https://shop.example.com/rest/default/V1/"
               "products?searchCriteria[pageSize]=5&searchCriteria[filter_groups][0][filters][0][value]=%25bag%25'"
            << "magento|rest|GET|/V1/"
               "products||searchCriteria[pageSize]=5&searchCriteria[filter_groups][0][filters][0][value]=%bag%||none|"
            << "";
        QTest::newRow("magento no store code") << "curl https://shop.example.com/rest/V1/orders/1"
                                               << "magento|rest|GET|/V1/orders/1||||none|"
                                               << "";
        QTest::newRow("magento all store") << "curl -X PUT https://shop.example.com/rest/all/V1/products/A%2FB -d '{}' "
                                              "-H 'Content-Type: application/json'"
                                           << "magento|rest|PUT|/V1/products/A%2FB|all|||json|{}"
                                           << "";
        QTest::newRow("magento async bulk")
            << "curl -X PUT https://shop.example.com/rest/all/async/bulk/V1/products/bySku --json '[]'"
            << "magento|asyncBulk|PUT|/V1/products/bySku|all||Accept: application/json|json|[]"
            << "";
        QTest::newRow("magento async") << "curl https://shop.example.com/rest/de/async/V1/products --json '{}'"
                                       << "magento|rest|POST|/async/V1/products|de||Accept: application/json|json|{}"
                                       << "";
        QTest::newRow("magento graphql") << "curl https://shop.example.com/graphql -H 'Content-Type: application/json' "
                                            "-d '{\"query\":\"{ storeConfig { code } }\",\"operationName\":\"Q\"}'"
                                         << "magento|graphql|POST|||||graphql|{ storeConfig { code } }"
                                         << "";
        QTest::newRow("magento non-REST path is absolute") << "curl https://shop.example.com/media/a.jpg"
                                                           << "|rest|GET|https://shop.example.com/media/a.jpg||||none|"
                                                           << "";
        QTest::newRow("magento in a sub-folder") << "curl https://b2b.example.com/shop/rest/de/V1/orders"
                                                 << "b2b|rest|GET|/V1/orders|de|||none|"
                                                 << "";
        QTest::newRow("rest endpoint below base path") << "curl 'https://ERP.example.com:443/api/stock?sku=1'"
                                                       << "erp|rest|GET|/stock||sku=1||none|"
                                                       << "";
        QTest::newRow("rest endpoint base itself") << "curl https://erp.example.com/api"
                                                   << "erp|rest|GET|||||none|"
                                                   << "";
        QTest::newRow("not below the base path") << "curl https://erp.example.com/apix"
                                                 << "|rest|GET|https://erp.example.com/apix||||none|"
                                                 << "";
        QTest::newRow("port must match") << "curl http://legacy.example.com/x"
                                         << "|rest|GET|http://legacy.example.com/x||||none|"
                                         << "";
        QTest::newRow("graphql endpoint")
            << "curl https://api.example.com/graphql --json '{\"query\":\"{ a }\",\"variables\":{}}'"
            << "gql|graphql|POST||||Accept: application/json|graphql|{ a }"
            << "";
        QTest::newRow("oauth header dropped") << "curl https://shop.example.com/rest/V1/store/storeViews -H "
                                                 "'Authorization: OAuth oauth_consumer_key=\"x\"'"
                                              << "magento|rest|GET|/V1/store/storeViews||||none|"
                                              << "valid for that one request";
    }

    void import()
    {
        QFETCH(QString, command);
        QFETCH(QString, expected);
        QFETCH(QString, noteContains);
        Result<ImportResult> result = CurlFormat::parseCommand(command, workspaceContext());
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result->requests.size(), 1);
        QCOMPARE(describe(result->requests.first().spec), expected);
        if (noteContains.isEmpty())
            QVERIFY2(!result->hasWarnings(), qPrintable(noteText(result.value())));
        else
            QVERIFY2(noteText(result.value()).contains(noteContains), qPrintable(noteText(result.value())));
        QVERIFY(result->endpoints.isEmpty());
    }

    void graphqlVariablesAndOperation()
    {
        Result<ImportResult> result = CurlFormat::parseCommand(
            QStringLiteral(
                "curl https://shop.example.com/graphql --json '{\"query\":\"query Q($s: String) { products(search: $s) "
                "{ total_count } }\",\"variables\":{\"s\":\"bag\"},\"operationName\":\"Q\"}'"),
            workspaceContext());
        QVERIFY(result.ok());
        const RequestSpec& spec = result->requests.first().spec;
        QCOMPARE(spec.mode, RequestSpec::Mode::GraphQL);
        QCOMPARE(spec.graphqlOperationName, QStringLiteral("Q"));
        QCOMPARE(QJsonDocument::fromJson(spec.graphqlVariables.toUtf8()).object().value(QStringLiteral("s")).toString(),
            QStringLiteral("bag"));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("empty") << "   \n "
                               << "empty";
        QTest::newRow("not curl") << "wget https://x.test"
                                  << "not a curl command";
        QTest::newRow("unterminated single quote") << "curl 'https://x.test"
                                                   << "line 1, column 6";
        QTest::newRow("unterminated double quote on line 2") << "curl https://x.test \\\n  -H \"Accept: x"
                                                             << "line 2, column 6";
        QTest::newRow("unterminated ansi-c") << "curl https://x.test -H $'abc"
                                             << "$'";
        QTest::newRow("unterminated cmd quote") << "curl \"https://x.test ^\n -H x"
                                                << "line 1, column 6";
        QTest::newRow("option without value") << "curl https://x.test -H"
                                              << "-H";
        QTest::newRow("long option without value") << "curl https://x.test --data"
                                                   << "--data";
        QTest::newRow("no URL") << "curl -s -L"
                                << "no URL";
        QTest::newRow("ftp") << "curl ftp://x.test/file"
                             << "http and https";
        QTest::newRow("data from file when pasted") << "curl https://x.test -d @body.json"
                                                    << "body.json";
        QTest::newRow("json from file when pasted") << "curl https://x.test --json @body.json"
                                                    << "body.json";
        QTest::newRow("urlencode from file when pasted") << "curl https://x.test --data-urlencode q@q.txt"
                                                         << "q.txt";
    }

    void badInput()
    {
        QFETCH(QString, command);
        QFETCH(QString, errorContains);
        Result<ImportResult> result = CurlFormat::parseCommand(command, workspaceContext());
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(errorContains), qPrintable(result.error().message));
    }

    void dataFromFileWithBaseFolder()
    {
        test::KeptTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("body.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n  \"a\": 1\n}\n");
        file.close();
        ImportContext context = workspaceContext();
        context.baseFolder = dir.path();
        Result<ImportResult> data = CurlFormat::parseCommand(
            QStringLiteral("curl https://x.test -H 'Content-Type: application/json' -d @body.json"), context);
        QVERIFY2(data.ok(), qPrintable(data.error().message));
        QCOMPARE(data->requests.first().spec.body, QStringLiteral("{  \"a\": 1}")); // -d strips newlines, as curl does
        Result<ImportResult> binary = CurlFormat::parseCommand(
            QStringLiteral("curl https://x.test -H 'Content-Type: application/json' --data-binary @body.json"),
            context);
        QVERIFY(binary.ok());
        QCOMPARE(binary->requests.first().spec.body, QStringLiteral("{\n  \"a\": 1\n}\n"));
        Result<ImportResult> missing
            = CurlFormat::parseCommand(QStringLiteral("curl https://x.test -d @nope.json"), context);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QStringLiteral("nope.json")));
    }

    void basicCredentialsBecomeANewEndpoint()
    {
        const QString password = randomSecret();
        Result<ImportResult> result = CurlFormat::parseCommand(
            QStringLiteral("curl -u 'exporter:%1' 'https://other.example.com/v2/orders?since=1'").arg(password),
            workspaceContext());
        QVERIFY(result.ok());
        QCOMPARE(result->endpoints.size(), 1);
        const Endpoint& proposed = result->endpoints.first();
        QCOMPARE(proposed.kind, EndpointKind::Rest);
        QCOMPARE(proposed.baseUrl, QStringLiteral("https://other.example.com"));
        QCOMPARE(proposed.auth.type, AuthType::Basic);
        QCOMPARE(proposed.auth.fields.value(QStringLiteral("username")), QStringLiteral("exporter"));
        QVERIFY(proposed.auth.secretRefs.isEmpty());
        const RequestSpec& spec = result->requests.first().spec;
        QCOMPARE(spec.endpointId, proposed.id);
        QCOMPARE(spec.path, QStringLiteral("/v2/orders"));
        QCOMPARE(result->secrets.size(), 1);
        QCOMPARE(result->secrets.first().endpointId, proposed.id);
        QCOMPARE(result->secrets.first().field, QStringLiteral("password"));
        QCOMPARE(result->secrets.first().value.toUtf8String(), password);
        QVERIFY(!describe(spec).contains(password));

        assignSecretRefs(result.value(), QStringLiteral("wsid"));
        QVERIFY(result->secrets.first().ref.startsWith(QStringLiteral("ws-wsid/")));
        QCOMPARE(
            result->endpoints.first().auth.secretRefs.value(QStringLiteral("password")), result->secrets.first().ref);
    }

    void credentialsInTheUrlAndHeaders_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("authType");
        QTest::addColumn<QString>("field");
        QTest::newRow("user info in URL")
            << "curl https://exporter:%1@other.example.com/x" << int(AuthType::Basic) << "password";
        QTest::newRow("bearer header") << "curl https://other.example.com/x -H 'Authorization: Bearer %1'"
                                       << int(AuthType::Bearer) << "token";
        QTest::newRow("--oauth2-bearer") << "curl https://other.example.com/x --oauth2-bearer %1"
                                         << int(AuthType::Bearer) << "token";
        QTest::newRow("api key header") << "curl https://other.example.com/x -H 'X-Api-Key: %1'"
                                        << int(AuthType::ApiKey) << "apiKey";
        QTest::newRow("magento bearer")
            << "curl https://m2.example.com/rest/default/V1/products -H 'Authorization: Bearer %1'"
            << int(AuthType::Bearer) << "token";
    }

    void credentialsInTheUrlAndHeaders()
    {
        QFETCH(QString, command);
        QFETCH(int, authType);
        QFETCH(QString, field);
        const QString secret = randomSecret();
        Result<ImportResult> result = CurlFormat::parseCommand(command.arg(secret), workspaceContext());
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result->endpoints.size(), 1);
        QCOMPARE(int(result->endpoints.first().auth.type), authType);
        QCOMPARE(result->secrets.size(), 1);
        QCOMPARE(result->secrets.first().field, field);
        QCOMPARE(result->secrets.first().value.toUtf8String(), secret);
        QVERIFY(!describe(result->requests.first().spec).contains(secret));
        QVERIFY(!noteText(result.value()).contains(secret));
        if (command.contains(QStringLiteral("/rest/"))) {
            QCOMPARE(result->endpoints.first().kind, EndpointKind::Magento);
            QCOMPARE(result->endpoints.first().baseUrl, QStringLiteral("https://m2.example.com"));
            QCOMPARE(result->requests.first().spec.path, QStringLiteral("/V1/products"));
        }
    }

    void credentialsForAnExistingEndpoint()
    {
        const QString secret = randomSecret();
        Result<ImportResult> result = CurlFormat::parseCommand(
            QStringLiteral("curl https://shop.example.com/rest/V1/products/x -H 'Authorization: Bearer %1'")
                .arg(secret),
            workspaceContext());
        QVERIFY(result.ok());
        QVERIFY(result->endpoints.isEmpty());
        QCOMPARE(result->requests.first().spec.endpointId, QStringLiteral("magento"));
        QVERIFY(result->requests.first().spec.headers.isEmpty());
        QCOMPARE(result->authForExisting.value(QStringLiteral("magento")).type, AuthType::Bearer);
        QCOMPARE(result->secrets.size(), 1);
        QCOMPARE(result->secrets.first().endpointId, QStringLiteral("magento"));
        QVERIFY(noteText(result.value()).contains(QStringLiteral("oauth1")));
        assignSecretRefs(result.value(), QStringLiteral("w"));
        QCOMPARE(result->authForExisting.value(QStringLiteral("magento")).secretRefs.value(QStringLiteral("token")),
            result->secrets.first().ref);
    }

    void severalCommandsInOneFile()
    {
        const QByteArray text = "# first\ncurl https://x.test/a \\\n  -H 'A: 1'\n\ncurl https://x.test/b\n";
        CurlFormat format;
        QVERIFY(format.canImport(text, QString()));
        QVERIFY(!format.canImport("{\"info\": {}}", QString()));
        Result<ImportResult> result = format.importData(text, workspaceContext());
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result->requests.size(), 2);
        QCOMPARE(result->requests.at(0).spec.headers.size(), 1);
        QCOMPARE(result->requests.at(1).spec.path, QStringLiteral("https://x.test/b"));
        QCOMPARE(detectRequestFormat(text), requestFormat(QStringLiteral("curl")));
    }

    void shellQuote_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("safe") << "https://x.test/a-b_c.d"
                              << "https://x.test/a-b_c.d";
        QTest::newRow("space") << "a b"
                               << "'a b'";
        QTest::newRow("single quote") << "it's"
                                      << "'it'\\''s'";
        QTest::newRow("dollar and backtick") << "$HOME `x`"
                                             << "'$HOME `x`'";
        QTest::newRow("empty") << ""
                               << "''";
        QTest::newRow("brackets") << "a[0]"
                                  << "'a[0]'";
    }

    void shellQuote()
    {
        QFETCH(QString, text);
        QFETCH(QString, quoted);
        QCOMPARE(CurlFormat::shellQuote(text), quoted);
        if (text.isEmpty())
            return;
        // Whatever we quote, our own reader gives back.
        Result<ImportResult> back = CurlFormat::parseCommand(
            QStringLiteral("curl https://x.test -H ") + CurlFormat::shellQuote(QStringLiteral("X-A: ") + text),
            ImportContext());
        QVERIFY(back.ok());
        QCOMPARE(back->requests.first().spec.headers.first().second, QString(text).trimmed());
    }

    void exportExactCommand()
    {
        const ImportContext context = workspaceContext();
        RequestSpec spec;
        spec.endpointId = QStringLiteral("magento");
        spec.method = "PUT";
        spec.path = QStringLiteral("/V1/products/{{sku}}");
        spec.storeCode = QStringLiteral("all");
        spec.bodyType = QStringLiteral("json");
        spec.body = QStringLiteral("{\"product\": {\"name\": \"Joust Duffle Bag's\"}}");
        Result<QString> command = CurlFormat::exportRequest(spec, &context.endpoints.at(0), context.environment);
        QVERIFY2(command.ok(), qPrintable(command.error().message));
        QCOMPARE(command.value(),
            QStringLiteral("curl -X PUT https://shop.example.com/rest/all/V1/products/24-MB01 \\\n"
                           "  -H 'Content-Type: application/json' \\\n"
                           "  --data-raw '{\"product\": {\"name\": \"Joust Duffle Bag'\\''s\"}}'"));
        CurlExportOptions oneLine;
        oneLine.multiline = false;
        oneLine.authHeaders = {{QStringLiteral("Authorization"), QStringLiteral("OAuth oauth_signature=\"abc\"")}};
        Result<QString> signed_
            = CurlFormat::exportRequest(spec, &context.endpoints.at(0), context.environment, oneLine);
        QVERIFY(signed_.ok());
        QVERIFY(!signed_->contains(u'\n'));
        QVERIFY(signed_->contains(QStringLiteral("-H 'Authorization: OAuth oauth_signature=\"abc\"'")));
    }

    void exportPlaceholders()
    {
        ImportContext context = workspaceContext();
        RequestSpec spec;
        spec.endpointId = QStringLiteral("b2b");
        spec.path = QStringLiteral("/V1/orders");
        spec.headers = {{QStringLiteral("X-Signature"), QStringLiteral("{{apiSecret}}")}};
        QList<ExportedSecret> secrets;
        CurlExportOptions placeholders;
        placeholders.authPlaceholders = true;
        Result<QString> command
            = CurlFormat::exportRequest(spec, &context.endpoints.at(2), context.environment, placeholders, &secrets);
        QVERIFY2(command.ok(), qPrintable(command.error().message));
        QVERIFY2(command->contains(QStringLiteral("-H \"Authorization: Bearer ${MAGENTO_TOKEN}\"")),
            qPrintable(command.value()));
        QVERIFY(command->contains(QStringLiteral("-H \"X-Signature: ${APISECRET}\"")));
        QVERIFY(std::any_of(secrets.cbegin(), secrets.cend(), [](const ExportedSecret& s) {
            return s.variable == u"MAGENTO_TOKEN" && s.endpointId == u"b2b" && s.field == u"token";
        }));

        // Basic: user name written, password a placeholder; API key in the query.
        spec.endpointId = QStringLiteral("legacy");
        spec.path = QStringLiteral("/export");
        spec.headers.clear();
        Result<QString> basic
            = CurlFormat::exportRequest(spec, &context.endpoints.at(3), context.environment, placeholders);
        QVERIFY(basic.ok());
        QVERIFY2(basic->contains(QStringLiteral("-u \"exporter:${LEGACY_PASSWORD}\"")), qPrintable(basic.value()));
        spec.endpointId = QStringLiteral("pim");
        Result<QString> query
            = CurlFormat::exportRequest(spec, &context.endpoints.at(4), context.environment, placeholders);
        QVERIFY(query.ok());
        QVERIFY2(query->contains(QStringLiteral("\"https://pim.example.com/export?api_key=${PIM_API_KEY}\"")),
            qPrintable(query.value()));

        // By default the credentials are left out entirely.
        Result<QString> none = CurlFormat::exportRequest(spec, &context.endpoints.at(4), context.environment);
        QVERIFY(none.ok());
        QVERIFY(!none->contains(QStringLiteral("api_key")));
    }

    void exportFailsOnUnknownVariable()
    {
        ImportContext context = workspaceContext();
        context.environment.variables.remove(QStringLiteral("shopUrl"));
        RequestSpec spec;
        spec.endpointId = QStringLiteral("magento");
        spec.path = QStringLiteral("/V1/products");
        Result<QString> command = CurlFormat::exportRequest(spec, &context.endpoints.at(0), context.environment);
        QVERIFY(!command.ok());
        QVERIFY(command.error().message.contains(QStringLiteral("{{shopUrl}}")));
    }

    void roundTrip_data()
    {
        QTest::addColumn<RequestSpec>("spec");
        const auto make = [](const QString& endpointId, const QByteArray& method, const QString& path) {
            RequestSpec spec;
            spec.endpointId = endpointId;
            spec.method = method;
            spec.path = path;
            return spec;
        };
        RequestSpec list = make(QStringLiteral("magento"), "GET", QStringLiteral("/V1/products"));
        list.query = {{QStringLiteral("searchCriteria[filter_groups][0][filters][0][field]"), QStringLiteral("name")},
            {QStringLiteral("searchCriteria[filter_groups][0][filters][0][value]"), QStringLiteral("%Bag & Co%")},
            {QStringLiteral("searchCriteria[filter_groups][0][filters][0][condition_type]"), QStringLiteral("like")},
            {QStringLiteral("fields"), QStringLiteral("items[sku,name]")},
            {QStringLiteral("tag"), QStringLiteral("a+b=c")}};
        list.headers = {{QStringLiteral("Accept"), QStringLiteral("application/json")}};
        QTest::newRow("magento list with searchCriteria") << list;

        RequestSpec update = make(QStringLiteral("magento"), "PUT", QStringLiteral("/V1/products/A%2FB"));
        update.storeCode = QStringLiteral("all");
        update.bodyType = QStringLiteral("json");
        update.body = QStringLiteral(
            "{\n  \"product\": {\n    \"name\": \"It's \\\"quoted\\\" $HOME `x` \u00e9\u20ac\"\n  }\n}");
        QTest::newRow("magento put with tricky body") << update;

        RequestSpec bulk = make(QStringLiteral("magento"), "POST", QStringLiteral("/V1/products"));
        bulk.mode = RequestSpec::Mode::AsyncBulk;
        bulk.storeCode = QStringLiteral("all");
        bulk.bodyType = QStringLiteral("json");
        bulk.body = QStringLiteral("[{\"product\": {\"sku\": \"A\"}}]");
        QTest::newRow("magento async bulk") << bulk;

        RequestSpec graphql = make(QStringLiteral("magento"), "POST", QString());
        graphql.mode = RequestSpec::Mode::GraphQL;
        graphql.bodyType = QStringLiteral("graphql");
        graphql.body = QStringLiteral("query Q($s: String) {\n  products(search: $s) { items { sku } }\n}");
        graphql.graphqlVariables = QString::fromUtf8(
            QJsonDocument(QJsonObject {{QStringLiteral("s"), QStringLiteral("bag")}}).toJson(QJsonDocument::Indented));
        graphql.graphqlOperationName = QStringLiteral("Q");
        QTest::newRow("magento graphql") << graphql;
        graphql.storeCode = QStringLiteral("de");
        QTest::newRow("magento graphql in a store view") << graphql;

        RequestSpec form = make(QStringLiteral("erp"), "POST", QStringLiteral("/stock"));
        form.bodyType = QStringLiteral("form");
        form.body = QStringLiteral("sku=24-MB01&qty=7%20pcs");
        form.headers = {{QStringLiteral("X-Request-Id"), QStringLiteral("r'1\"2")}};
        QTest::newRow("erp form with api key") << form;

        RequestSpec text = make(QStringLiteral("erp"), "PUT", QStringLiteral("/prices.csv"));
        text.bodyType = QStringLiteral("text");
        text.body = QStringLiteral("sku;price\nA;1.5\n");
        QTest::newRow("text body") << text;

        RequestSpec csv = make(QStringLiteral("erp"), "PUT", QStringLiteral("/prices"));
        csv.bodyType = QStringLiteral("text");
        csv.headers = {{QStringLiteral("Content-Type"), QStringLiteral("text/csv")}};
        csv.body = QStringLiteral("a,b\n");
        QTest::newRow("text body with its own type") << csv;

        RequestSpec del = make(QStringLiteral("legacy"), "DELETE", QStringLiteral("/items/7"));
        QTest::newRow("basic auth delete") << del;

        RequestSpec keyQuery = make(QStringLiteral("pim"), "GET", QStringLiteral("/products"));
        keyQuery.query = {{QStringLiteral("page"), QStringLiteral("2")}};
        QTest::newRow("api key in query") << keyQuery;

        RequestSpec token = make(QStringLiteral("b2b"), "GET", QStringLiteral("/V1/orders"));
        token.storeCode = QStringLiteral("de");
        QTest::newRow("admin token sub-folder") << token;

        RequestSpec absolute = make(QString(), "PATCH", QStringLiteral("https://hooks.example.net/a/b"));
        absolute.bodyType = QStringLiteral("json");
        absolute.body = QStringLiteral("{}");
        QTest::newRow("absolute URL") << absolute;

        RequestSpec head = make(QStringLiteral("erp"), "HEAD", QStringLiteral("/ping"));
        QTest::newRow("head") << head;

        RequestSpec postNoBody = make(QStringLiteral("erp"), "POST", QStringLiteral("/run"));
        QTest::newRow("post without body") << postNoBody;
    }

    void roundTrip()
    {
        QFETCH(RequestSpec, spec);
        const ImportContext context = workspaceContext();
        const Endpoint* endpoint = nullptr;
        for (const Endpoint& e : context.endpoints) {
            if (e.id == spec.endpointId)
                endpoint = &e;
        }
        for (const bool multiline : {true, false}) {
            CurlExportOptions options;
            options.multiline = multiline;
            options.authPlaceholders = multiline; // both ways: placeholders are not taken for request headers
            Result<QString> command = CurlFormat::exportRequest(spec, endpoint, context.environment, options);
            QVERIFY2(command.ok(), qPrintable(command.error().message));
            Result<ImportResult> back = CurlFormat::parseCommand(command.value(), context);
            QVERIFY2(back.ok(), qPrintable(back.error().message + u'\n' + command.value()));
            QCOMPARE(back->requests.size(), 1);
            QVERIFY2(back->requests.first().spec == spec,
                qPrintable(command.value() + QStringLiteral("\n→ ") + describe(back->requests.first().spec)
                    + QStringLiteral("\n≠ ") + describe(spec)));
            QVERIFY(back->endpoints.isEmpty());
            QVERIFY2(!back->hasWarnings(), qPrintable(noteText(back.value())));
        }
    }

    void formatExportWritesEveryRequest()
    {
        const ImportContext context = workspaceContext();
        ExportInput input;
        input.endpoints = context.endpoints;
        input.environment = context.environment;
        SavedRequest one;
        one.folder = QStringLiteral("Catalog");
        one.name = QStringLiteral("List");
        one.spec.endpointId = QStringLiteral("magento");
        one.spec.path = QStringLiteral("/V1/products");
        SavedRequest two;
        two.name = QStringLiteral("Orders");
        two.spec.endpointId = QStringLiteral("b2b");
        two.spec.path = QStringLiteral("/V1/orders");
        input.requests = {one, two};
        CurlFormat format;
        Result<ExportResult> out = format.exportData(input, {});
        QVERIFY2(out.ok(), qPrintable(out.error().message));
        QVERIFY(out->data.startsWith("# Catalog/List\ncurl "));
        QVERIFY(out->data.contains("# Orders\ncurl "));
        QVERIFY(!out->notes.isEmpty());   // OAuth 1.0a cannot be exported without a signed header
        QCOMPARE(out->secrets.size(), 2); // the secret environment variable and the admin token
        Result<ImportResult> back = format.importData(out->data, context);
        QVERIFY(back.ok());
        QCOMPARE(back->requests.size(), 2);
        QCOMPARE(back->requests.at(0).spec, one.spec);
        QCOMPARE(back->requests.at(1).spec, two.spec);

        input.requests.first().spec.endpointId = QStringLiteral("missing");
        QVERIFY(!format.exportData(input, {}).ok());
    }
};

QTEST_GUILESS_MAIN(TestCurl)
#include "test_curl.moc"
