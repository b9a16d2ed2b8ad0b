// OAuth 1.0a: the signer against RFC 5849's worked examples and RFC 3986's encoding rules, HMAC-SHA256 and
// HMAC-SHA1 cross-checked against python3-oauthlib, and the provider's requests verified by oauthlib on arrival.

#include "core/common/clock.h"
#include "core/net/apiclient.h"
#include "core/net/auth/oauth1signer.h"
#include "core/net/scheduler.h"
#include "tests/net/memorysecretstore.h"
#include "tests/net/nettestsupport.h"
#include "tests/net/scriptedserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace studio;
using namespace studio::net;
using namespace studio::test;

class TestOAuth1 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc5849WorkedExample()
    {
        // RFC 5849 §1.2: the client signs GET /photos?file=vacation.jpg&size=original with HMAC-SHA1.
        oauth1::SigningInput input;
        input.method = "GET";
        input.url = QUrl(QStringLiteral("http://photos.example.net/photos?file=vacation.jpg&size=original"));
        input.signatureMethod = oauth1::SignatureMethod::HmacSha1;
        input.consumerKey = "dpf43f3p2l4k3l03";
        input.consumerSecret = "kd94hf93k423kf44";
        input.token = "nnch734d00sl2jdk";
        input.tokenSecret = "pfkkdhi9sl3r4s00";
        input.nonce = "chapoH";
        input.timestamp = 137131202;
        input.includeVersion = false;
        const oauth1::Signed result = oauth1::signRequest(input);
        QCOMPARE(result.baseString,
            QByteArray("GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg%26oauth_consumer_key%3D"
                       "dpf43f3p2l4k3l03%26oauth_nonce%3DchapoH%26oauth_signature_method%3DHMAC-SHA1%26"
                       "oauth_timestamp%3D137131202%26oauth_token%3Dnnch734d00sl2jdk%26size%3Doriginal"));
        QCOMPARE(result.signature, QByteArray("MdpQcU8iPSUjWoN/UDMsK2sui9I="));
        QVERIFY(result.authorizationHeader.startsWith("OAuth "));
        QVERIFY(result.authorizationHeader.contains("oauth_signature=\"MdpQcU8iPSUjWoN%2FUDMsK2sui9I%3D\""));
        QVERIFY(!result.authorizationHeader.contains("oauth_version"));
    }

    void rfc5849BaseStringWithQueryAndForm()
    {
        // RFC 5849 §3.4.1.1: query parameters (encoded names, duplicates, empty values) and form fields ("+" is a
        // space there) all go into the base string, sorted by name and then value.
        const QUrl url = QUrl::fromEncoded("http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b");
        oauth1::ParameterList parameters {{"oauth_consumer_key", "9djdj82h48djs9d2"},
            {"oauth_token", "kkk9d7dh3k39sjv7"}, {"oauth_signature_method", "HMAC-SHA1"},
            {"oauth_timestamp", "137131201"}, {"oauth_nonce", "7d8f3e4a"}, {"oauth_signature", "ignored"}};
        parameters += oauth1::queryParameters(url);
        parameters += oauth1::formParameters("c2&a3=2+q");
        QCOMPARE(oauth1::signatureBaseString("POST", url, parameters),
            QByteArray(
                "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26"
                "c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26"
                "oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3D"
                "kkk9d7dh3k39sjv7"));
    }

    void percentEncoding_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("unreserved") << QByteArray("AZaz09-._~") << QByteArray("AZaz09-._~");
        QTest::newRow("space") << QByteArray("a b") << QByteArray("a%20b");
        QTest::newRow("plus") << QByteArray("a+b") << QByteArray("a%2Bb");
        QTest::newRow("percent") << QByteArray("100%") << QByteArray("100%25");
        QTest::newRow("gen-delims") << QByteArray(":/?#[]@") << QByteArray("%3A%2F%3F%23%5B%5D%40");
        QTest::newRow("sub-delims") << QByteArray("!$&'()*+,;=") << QByteArray("%21%24%26%27%28%29%2A%2B%2C%3B%3D");
        QTest::newRow("utf-8") << QByteArray("\xC3\xA9\xE2\x82\xAC") << QByteArray("%C3%A9%E2%82%AC");
        QTest::newRow("control") << QByteArray("\x01\x7F", 2) << QByteArray("%01%7F");
        QTest::newRow("nul") << QByteArray("\0", 1) << QByteArray("%00");
        QTest::newRow("upper-case hex") << QByteArray("\xFF") << QByteArray("%FF");
        QTest::newRow("empty") << QByteArray() << QByteArray();
    }

    void percentEncoding()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, encoded);
        QCOMPARE(oauth1::percentEncode(raw), encoded);
        QCOMPARE(QByteArray::fromPercentEncoding(encoded), raw);
    }

    void baseStringUri_data()
    {
        QTest::addColumn<QByteArray>("url");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("lower-case scheme and host")
            << QByteArray("HTTP://Shop.Example.COM/Rest") << QByteArray("http://shop.example.com/Rest");
        QTest::newRow("default https port dropped")
            << QByteArray("https://shop.example.com:443/a") << QByteArray("https://shop.example.com/a");
        QTest::newRow("default http port dropped")
            << QByteArray("http://shop.example.com:80/a") << QByteArray("http://shop.example.com/a");
        QTest::newRow("explicit port kept")
            << QByteArray("https://shop.example.com:8443/a") << QByteArray("https://shop.example.com:8443/a");
        QTest::newRow("http on 443 kept")
            << QByteArray("http://shop.example.com:443/a") << QByteArray("http://shop.example.com:443/a");
        QTest::newRow("empty path") << QByteArray("https://shop.example.com")
                                    << QByteArray("https://shop.example.com/");
        QTest::newRow("query and fragment dropped")
            << QByteArray("https://s.test/p?q=1#f") << QByteArray("https://s.test/p");
        QTest::newRow("encoded slash kept") << QByteArray("https://s.test/rest/all/V1/products/A%2FB")
                                            << QByteArray("https://s.test/rest/all/V1/products/A%2FB");
    }

    void baseStringUri()
    {
        QFETCH(QByteArray, url);
        QFETCH(QByteArray, expected);
        QCOMPARE(oauth1::baseStringUri(QUrl::fromEncoded(url)), expected);
    }

    void parameterOrders()
    {
        // Where servers differ: an index with more digits, and a reserved character against an unreserved one.
        const oauth1::ParameterList parameters {{"f[10]", "x"}, {"f[1]", "y"}, {"f[2]", "z"}};
        QCOMPARE(oauth1::normalizedParameters(parameters, oauth1::ParameterOrder::Rfc5849),
            QByteArray("f%5B1%5D=y&f%5B10%5D=x&f%5B2%5D=z"));
        QCOMPARE(oauth1::normalizedParameters(parameters, oauth1::ParameterOrder::RawNames),
            QByteArray("f%5B10%5D=x&f%5B1%5D=y&f%5B2%5D=z"));
        QCOMPARE(oauth1::normalizedParameters(parameters, oauth1::ParameterOrder::NaturalEncoded),
            QByteArray("f%5B1%5D=y&f%5B2%5D=z&f%5B10%5D=x"));
        const oauth1::ParameterList mixed {{"a[", "1"}, {"a0", "2"}};
        QCOMPARE(oauth1::normalizedParameters(mixed, oauth1::ParameterOrder::Rfc5849), QByteArray("a%5B=1&a0=2"));
        QCOMPARE(oauth1::normalizedParameters(mixed, oauth1::ParameterOrder::RawNames), QByteArray("a0=2&a%5B=1"));
        // Duplicates are ordered by value.
        QCOMPARE(oauth1::normalizedParameters({{"a", "z"}, {"a", "b"}}), QByteArray("a=b&a=z"));
    }

    void nonces()
    {
        QSet<QByteArray> seen;
        static const QRegularExpression alphanumeric(QStringLiteral("^[A-Za-z0-9]{32}$"));
        for (int i = 0; i < 200; ++i) {
            const QByteArray nonce = oauth1::generateNonce();
            QVERIFY(alphanumeric.match(QString::fromLatin1(nonce)).hasMatch());
            seen.insert(nonce);
        }
        QCOMPARE(seen.size(), 200);
    }

    void crossCheckWithOauthlib_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("url");
        QTest::addColumn<QByteArray>("form");
        QTest::addColumn<QByteArray>("signatureMethod");
        const QByteArrayList methods {"HMAC-SHA256", "HMAC-SHA1"};
        for (const QByteArray& m : methods) {
            const char* tag = m.constData();
            QTest::addRow("%s GET searchCriteria", tag)
                << QByteArray("GET")
                << QByteArray(
                       "https://shop.example.com/rest/default/V1/products?searchCriteria%5Bfilter_groups%5D%5B0%5D"
                       "%5Bfilters%5D%5B0%5D%5Bfield%5D=sku&searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D"
                       "%5B0%5D%5Bvalue%5D=24-MB%25&searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D"
                       "%5Bcondition_type%5D=like&searchCriteria%5BpageSize%5D=20&fields=items%5Bsku%2Cname%5D")
                << QByteArray() << m;
            QTest::addRow("%s POST JSON", tag)
                << QByteArray("POST") << QByteArray("https://shop.example.com/rest/all/V1/products") << QByteArray()
                << m;
            QTest::addRow("%s PUT encoded slash", tag)
                << QByteArray("PUT") << QByteArray("https://shop.example.com/rest/all/V1/products/MB%2F01%20X")
                << QByteArray() << m;
            QTest::addRow("%s POST form", tag)
                << QByteArray("POST") << QByteArray("http://erp.test:8080/api/orders?x=1")
                << QByteArray("status=pending&note=caf%C3%A9+au+lait&empty=") << m;
            QTest::addRow("%s explicit port, unicode and duplicates", tag)
                << QByteArray("DELETE")
                << QByteArray("https://Shop.Example.com:8443/rest/V1/x?b=2&a=%E2%82%AC&b=1&flag=") << QByteArray() << m;
        }
    }

    void crossCheckWithOauthlib()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, url);
        QFETCH(QByteArray, form);
        QFETCH(QByteArray, signatureMethod);
        oauth1::SigningInput input;
        input.method = method;
        input.url = QUrl::fromEncoded(url);
        input.formBody = form;
        input.signatureMethod
            = signatureMethod == "HMAC-SHA1" ? oauth1::SignatureMethod::HmacSha1 : oauth1::SignatureMethod::HmacSha256;
        input.consumerKey = randomSecret();
        input.consumerSecret = randomSecret() + "&+/%";
        input.token = randomSecret();
        input.tokenSecret = randomSecret();
        input.nonce = oauth1::generateNonce();
        input.timestamp = 1767225600;
        const oauth1::Signed ours = oauth1::signRequest(input);

        QJsonObject oauth {{QStringLiteral("oauth_consumer_key"), QString::fromLatin1(input.consumerKey)},
            {QStringLiteral("oauth_token"), QString::fromLatin1(input.token)},
            {QStringLiteral("oauth_nonce"), QString::fromLatin1(input.nonce)},
            {QStringLiteral("oauth_timestamp"), QString::number(input.timestamp)},
            {QStringLiteral("oauth_signature_method"), QString::fromLatin1(signatureMethod)},
            {QStringLiteral("oauth_version"), QStringLiteral("1.0")}};
        const QJsonArray cases {QJsonObject {{QStringLiteral("mode"), QStringLiteral("sign")},
            {QStringLiteral("method"), QString::fromLatin1(method)}, {QStringLiteral("url"), QString::fromLatin1(url)},
            {QStringLiteral("form"), QString::fromLatin1(form)},
            {QStringLiteral("signatureMethod"), QString::fromLatin1(signatureMethod)},
            {QStringLiteral("consumerSecret"), QString::fromLatin1(input.consumerSecret)},
            {QStringLiteral("tokenSecret"), QString::fromLatin1(input.tokenSecret)}, {QStringLiteral("oauth"), oauth}}};
        QString error;
        const QByteArray output = runOAuthReference(QJsonDocument(cases).toJson(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonObject reference = QJsonDocument::fromJson(output).array().at(0).toObject();
        QCOMPARE(ours.baseString, reference.value(QStringLiteral("base")).toString().toUtf8());
        QCOMPARE(ours.signature, reference.value(QStringLiteral("signature")).toString().toUtf8());
    }

    void providerRequestsVerifyWithOauthlib_data()
    {
        QTest::addColumn<QString>("signatureMethod");
        QTest::newRow("default (HMAC-SHA256)") << QString();
        QTest::newRow("HMAC-SHA1") << QStringLiteral("HMAC-SHA1");
    }

    void providerRequestsVerifyWithOauthlib()
    {
        QFETCH(QString, signatureMethod);
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([](const ReceivedRequest&) { return ScriptedResponse::json(200, "[]"); });
        MemorySecretStore secrets;
        const QByteArray consumerSecret = randomSecret();
        const QByteArray tokenSecret = randomSecret();
        secrets.put(QStringLiteral("ref/ck"), randomSecret());
        secrets.put(QStringLiteral("ref/cs"), consumerSecret);
        secrets.put(QStringLiteral("ref/at"), randomSecret());
        secrets.put(QStringLiteral("ref/ats"), tokenSecret);
        Endpoint endpoint = restEndpoint(QStringLiteral("erp"), server.url());
        endpoint.auth.type = AuthType::OAuth1;
        if (!signatureMethod.isEmpty())
            endpoint.auth.fields.insert(QStringLiteral("signatureMethod"), signatureMethod);
        endpoint.auth.secretRefs = {{QStringLiteral("consumerKey"), QStringLiteral("ref/ck")},
            {QStringLiteral("consumerSecret"), QStringLiteral("ref/cs")},
            {QStringLiteral("accessToken"), QStringLiteral("ref/at")},
            {QStringLiteral("accessTokenSecret"), QStringLiteral("ref/ats")}};
        ManualClock clock;
        ManualScheduler scheduler(clock);
        ApiClient client(&secrets, nullptr);
        client.setScheduler(&scheduler);

        struct Call
        {
            QByteArray method;
            QString target;
            QList<QPair<QString, QString>> query;
            QByteArray body;
            QByteArray contentType;
        };
        const QList<Call> calls {
            {"GET", QStringLiteral("/rest/default/V1/products"),
                {{QStringLiteral("searchCriteria[filter_groups][0][filters][0][field]"), QStringLiteral("sku")},
                    {QStringLiteral("searchCriteria[filter_groups][0][filters][0][value]"), QStringLiteral("MB 01%")},
                    {QStringLiteral("searchCriteria[pageSize]"), QStringLiteral("10")}},
                {}, {}},
            {"POST", QStringLiteral("/rest/all/V1/products"), {}, "{\"product\":{\"sku\":\"MB/01\"}}", {}},
            {"PUT", QStringLiteral("/rest/all/V1/products/MB%2F01"), {}, "{\"product\":{\"price\":9.5}}", {}},
            {"POST", QStringLiteral("/api/form"), {}, "a=1&b=caf%C3%A9+x", "application/x-www-form-urlencoded"},
        };
        for (const Call& call : calls) {
            ApiCall apiCall;
            apiCall.endpoint = endpoint;
            apiCall.method = call.method;
            apiCall.target = call.target;
            apiCall.query = call.query;
            apiCall.body = call.body;
            if (!call.contentType.isEmpty())
                apiCall.headers.append({QStringLiteral("Content-Type"), QString::fromLatin1(call.contentType)});
            std::unique_ptr<ApiReply> reply(client.send(apiCall));
            QVERIFY(waitFinished(reply.get()));
            QVERIFY2(reply->response().isSuccess(), qPrintable(reply->response().errorMessage));
            QCOMPARE(reply->authDescription(),
                signatureMethod.isEmpty() ? QStringLiteral("signed with OAuth 1.0a HMAC-SHA256")
                                          : QStringLiteral("signed with OAuth 1.0a HMAC-SHA1"));
        }
        QCOMPARE(server.requestCount(), calls.size());

        QJsonArray cases;
        for (const ReceivedRequest& request : server.requests()) {
            const QByteArray authorization = request.header("Authorization");
            QVERIFY(authorization.startsWith("OAuth "));
            const QRegularExpression nonce(QStringLiteral("oauth_nonce=\"([A-Za-z0-9]{32})\""));
            QVERIFY2(nonce.match(QString::fromLatin1(authorization)).hasMatch(), authorization.constData());
            QVERIFY(authorization.contains(
                QByteArray("oauth_timestamp=\"" + QByteArray::number(clock.now().toSecsSinceEpoch()) + '"')));
            const bool form = request.header("Content-Type").startsWith("application/x-www-form-urlencoded");
            cases.append(QJsonObject {{QStringLiteral("mode"), QStringLiteral("verify")},
                {QStringLiteral("method"), QString::fromLatin1(request.method)},
                {QStringLiteral("url"), server.url(QString::fromLatin1(request.target))},
                {QStringLiteral("form"), form ? QString::fromLatin1(request.body) : QString()},
                {QStringLiteral("signatureMethod"),
                    signatureMethod.isEmpty() ? QStringLiteral("HMAC-SHA256") : signatureMethod},
                {QStringLiteral("consumerSecret"), QString::fromLatin1(consumerSecret)},
                {QStringLiteral("tokenSecret"), QString::fromLatin1(tokenSecret)},
                {QStringLiteral("authorization"), QString::fromLatin1(authorization)}});
        }
        QVERIFY(server.requests().at(2).target.contains("MB%2F01"));
        QString error;
        const QByteArray output = runOAuthReference(QJsonDocument(cases).toJson(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonArray results = QJsonDocument::fromJson(output).array();
        QCOMPARE(results.size(), cases.size());
        for (qsizetype i = 0; i < results.size(); ++i)
            QVERIFY2(results.at(i).toObject().value(QStringLiteral("valid")).toBool(),
                qPrintable(QStringLiteral("request %1 not verified; base string %2")
                               .arg(i)
                               .arg(results.at(i).toObject().value(QStringLiteral("base")).toString())));
    }

    void magentoParameterOrderFallback()
    {
        // A server that sorts parameters as RFC 5849 says (python3-oauthlib verifies), while the client starts
        // with Magento's current order: where the orders differ the client finds the server's order by itself,
        // once, and keeps it.
        const QByteArray consumerSecret = randomSecret();
        const QByteArray tokenSecret = randomSecret();
        ScriptedServer server;
        QString verifyError;
        server.setHandler([&](const ReceivedRequest& request) {
            const QJsonArray cases {QJsonObject {{QStringLiteral("mode"), QStringLiteral("verify")},
                {QStringLiteral("method"), QString::fromLatin1(request.method)},
                {QStringLiteral("url"), server.url(QString::fromLatin1(request.target))},
                {QStringLiteral("form"), QString()}, {QStringLiteral("signatureMethod"), QStringLiteral("HMAC-SHA256")},
                {QStringLiteral("consumerSecret"), QString::fromLatin1(consumerSecret)},
                {QStringLiteral("tokenSecret"), QString::fromLatin1(tokenSecret)},
                {QStringLiteral("authorization"), QString::fromLatin1(request.header("Authorization"))}}};
            const QByteArray output = runOAuthReference(QJsonDocument(cases).toJson(), &verifyError);
            if (QJsonDocument::fromJson(output).array().at(0).toObject().value(QStringLiteral("valid")).toBool())
                return ScriptedResponse::json(200, "{\"items\":[],\"total_count\":0}");
            return ScriptedResponse::json(401, "{\"message\":\"The signature is invalid. Verify and try again.\"}");
        });
        QVERIFY(server.listen());
        MemorySecretStore secrets;
        secrets.put(QStringLiteral("r/ck"), randomSecret());
        secrets.put(QStringLiteral("r/cs"), consumerSecret);
        secrets.put(QStringLiteral("r/at"), randomSecret());
        secrets.put(QStringLiteral("r/ats"), tokenSecret);
        Endpoint endpoint = restEndpoint(QStringLiteral("shop"), server.url());
        endpoint.kind = EndpointKind::Magento;
        endpoint.auth.type = AuthType::OAuth1;
        endpoint.auth.secretRefs = {{QStringLiteral("consumerKey"), QStringLiteral("r/ck")},
            {QStringLiteral("consumerSecret"), QStringLiteral("r/cs")},
            {QStringLiteral("accessToken"), QStringLiteral("r/at")},
            {QStringLiteral("accessTokenSecret"), QStringLiteral("r/ats")}};
        ApiClient client(&secrets, nullptr);
        const auto search = [&](int filters) {
            ApiCall call;
            call.endpoint = endpoint;
            call.target = QStringLiteral("/rest/default/V1/products");
            for (int i = 0; i < filters; ++i)
                call.query.append({QStringLiteral("searchCriteria[filter_groups][0][filters][%1][value]").arg(i),
                    QStringLiteral("SKU-%1").arg(i)});
            std::unique_ptr<ApiReply> reply(client.send(call));
            waitFinished(reply.get(), 30000);
            return reply->response();
        };
        HttpResponse first = search(12);
        QVERIFY2(verifyError.isEmpty(), qPrintable(verifyError));
        QVERIFY2(first.isSuccess(), qPrintable(first.errorMessage));
        QCOMPARE(first.attempts, 3); // Magento's current order, Laminas' natural order, then RFC 5849
        QCOMPARE(server.requestCount(), 3);
        HttpResponse second = search(11);
        QVERIFY2(second.isSuccess(), qPrintable(second.errorMessage));
        QCOMPARE(server.requestCount(), 4); // the order that worked is kept

        // A wrong secret is not "fixed" by trying other orders when they would not change the signature.
        secrets.put(QStringLiteral("r/cs"), randomSecret());
        ApiClient fresh(&secrets, nullptr);
        ApiCall plain;
        plain.endpoint = endpoint;
        plain.target = QStringLiteral("/rest/default/V1/store/storeConfigs");
        std::unique_ptr<ApiReply> refused(fresh.send(plain));
        QVERIFY(waitFinished(refused.get(), 30000));
        QCOMPARE(refused->response().status, 401);
        QCOMPARE(refused->response().attempts, 1);
        QVERIFY2(refused->response().errorMessage.contains(u"consumer secret"),
            qPrintable(refused->response().errorMessage));
    }
};

QTEST_GUILESS_MAIN(TestOAuth1)
#include "test_oauth1.moc"
