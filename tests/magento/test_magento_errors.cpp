#include "core/magento/magentoerror.h"
#include "core/magento/tokens.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace studio;
using namespace studio::magento;

Q_DECLARE_METATYPE(studio::magento::BodyKind)

namespace {

QJsonValue json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().at(0);
}

// A password made at run time, with the characters JSON must escape.
SecureBytes generatedPassword()
{
    QByteArray bytes = "p\"a\\s/s\n\t\x01\xE2\x82\xAC-";
    for (int i = 0; i < 12; ++i)
        bytes += char('a' + QRandomGenerator::global()->bounded(26));
    SecureBytes secret = SecureBytes::fromBytes(bytes);
    wipe(bytes);
    return secret;
}

QByteArray base64Url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

class TestMagentoErrors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placeholders_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QJsonValue>("parameters");
        QTest::addColumn<QString>("expected");
        QTest::newRow("positional") << "The value %1 of %2 is invalid." << json("[\"x\",\"sku\"]")
                                    << "The value x of sku is invalid.";
        QTest::newRow("named") << "No such entity with %fieldName = %fieldValue"
                               << json("{\"fieldName\":\"sku\",\"fieldValue\":\"A/B\"}")
                               << "No such entity with sku = A/B";
        QTest::newRow("quoted named") << "\"%fieldName\" is required. Enter and try again."
                                      << json("{\"fieldName\":\"product\"}")
                                      << "\"product\" is required. Enter and try again.";
        QTest::newRow("numeric keys as php") << "%1 then %2" << json("{\"0\":\"a\",\"1\":\"b\"}") << "a then b";
        QTest::newRow("gap in numeric keys") << "%1 %3" << json("{\"0\":\"a\",\"2\":\"c\"}") << "a c";
        QTest::newRow("leading zero is a name") << "%01" << json("{\"01\":\"z\"}") << "z";
        QTest::newRow("longest wins")
            << "%1 %10 %11" << json("[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\",\"ten\",\"eleven\"]")
            << "a ten eleven";
        QTest::newRow("no rescan") << "%1 %2" << json("[\"%2\",\"X\"]") << "%2 X";
        QTest::newRow("longer name first") << "%sku %skuList" << json("{\"sku\":\"A\",\"skuList\":\"A,B\"}") << "A A,B";
        QTest::newRow("number") << "Maximum SearchCriteria pageSize is %max" << json("{\"max\":300}")
                                << "Maximum SearchCriteria pageSize is 300";
        QTest::newRow("fraction") << "%1" << json("[2.5]") << "2.5";
        QTest::newRow("booleans as php") << "[%1][%2]" << json("[true,false]") << "[1][]";
        QTest::newRow("null") << "[%1]" << json("[null]") << "[]";
        QTest::newRow("list value") << "Providers: %providers" << json("{\"providers\":[\"google\",\"duo\"]}")
                                    << "Providers: google, duo";
        QTest::newRow("unknown stays") << "%missing and %1" << json("[\"x\"]") << "%missing and x";
        QTest::newRow("literal percent") << "100% of %1" << json("[\"stock\"]") << "100% of stock";
        QTest::newRow("no parameters") << "Plain %1" << QJsonValue() << "Plain %1";
        QTest::newRow("scalar parameters ignored") << "Plain %1" << json("\"x\"") << "Plain %1";
        QTest::newRow("unicode") << QStringLiteral("%name \u2192 %1") << json("{\"name\":\"caf\\u00e9\",\"0\":\"ok\"}")
                                 << QStringLiteral("caf\u00e9 \u2192 ok");
    }

    void placeholders()
    {
        QFETCH(QString, text);
        QFETCH(QJsonValue, parameters);
        QFETCH(QString, expected);
        QCOMPARE(fillPlaceholders(text, parameters), expected);
    }

    void decode_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<BodyKind>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<QString>("hintPart");

        QTest::newRow("named") << 404
                               << QByteArray("{\"message\":\"No such entity with %fieldName = %fieldValue\","
                                             "\"parameters\":{\"fieldName\":\"sku\",\"fieldValue\":\"A/B\"}}")
                               << QByteArray("application/json") << BodyKind::MagentoJson
                               << "No such entity with sku = A/B"
                               << "";
        QTest::newRow("guest") << 401
                               << QByteArray("{\"message\":\"The consumer isn\x27t authorized to access %resources.\","
                                             "\"parameters\":{\"resources\":\"Magento_Catalog::products\"}}")
                               << QByteArray("application/json; charset=utf-8") << BodyKind::MagentoJson
                               << "access Magento_Catalog::products."
                               << "Bearer";
        QTest::newRow("bad signature") << 401
                                       << QByteArray(
                                              "{\"message\":\"The signature is invalid. Verify and try again.\"}")
                                       << QByteArray() << BodyKind::MagentoJson << "signature is invalid"
                                       << "consumer secret";
        QTest::newRow("no route") << 404 << QByteArray("{\"message\":\"Request does not match any route.\"}")
                                  << QByteArray() << BodyKind::MagentoJson << "does not match any route"
                                  << "store code";
        QTest::newRow("internal error") << 500
                                        << QByteArray("{\"message\":\"Internal Error. Details are available in Magento "
                                                      "log file. Report ID: webapi-65f1c2a3b4d5e\"}")
                                        << QByteArray() << BodyKind::MagentoJson << "Report ID"
                                        << "exception.log";
        QTest::newRow("rendered fatal") << 500
                                        << QByteArray(
                                               "{\"messages\":{\"error\":[{\"code\":500,\"message\":\"Server internal "
                                               "error. See details in report api/1234567\"}]}}")
                                        << QByteArray() << BodyKind::MagentoJson << "report api/1234567"
                                        << "var/report/api/1234567";
        QTest::newRow("amqp") << 400 << QByteArray("{\"message\":\"Unknown connection name amqp\"}") << QByteArray()
                              << BodyKind::MagentoJson << "amqp"
                              << "RabbitMQ";
        QTest::newRow("page size limit") << 400
                                         << QByteArray("{\"message\":\"Maximum SearchCriteria pageSize is %max\","
                                                       "\"parameters\":{\"max\":300}}")
                                         << QByteArray() << BodyKind::MagentoJson << "pageSize is 300"
                                         << "smaller page size";
        QTest::newRow("bare string") << 400 << QByteArray("  \"Something went wrong\"\n") << QByteArray()
                                     << BodyKind::JsonString << "Something went wrong"
                                     << "";
        QTest::newRow("json list") << 500 << QByteArray("[1,2,3]") << QByteArray() << BodyKind::OtherJson << "JSON list"
                                   << "";
        QTest::newRow("json without message") << 400 << QByteArray("{\"error\":\"nope\"}") << QByteArray()
                                              << BodyKind::OtherJson << "{\"error\":\"nope\"}"
                                              << "";
        QTest::newRow("json number") << 500 << QByteArray("42") << QByteArray() << BodyKind::Text << "\"42\""
                                     << "";
        QTest::newRow("empty") << 503 << QByteArray() << QByteArray() << BodyKind::Empty
                               << "HTTP 503 with an empty body"
                               << "PHP";
        QTest::newRow("whitespace") << 401 << QByteArray(" \r\n ") << QByteArray() << BodyKind::Empty << "empty body"
                                    << "web server";
        QTest::newRow("maintenance page")
            << 503
            << QByteArray("<!doctype html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" >\n<head>\n"
                          "<title>Error 503: Service Unavailable</title>\n</head>\n<body><main class=\"page-main\">"
                          "<div class=\"page-title\"><h1>Service Temporarily Unavailable</h1></div><p>The server is "
                          "temporarily unable to service your request due to maintenance downtime or capacity "
                          "problems. Please try again later.</p></main></body></html>")
            << QByteArray("text/html") << BodyKind::Html
            << "HTML page instead of JSON (title: \"Error 503: Service Unavailable\")"
            << "maintenance mode";
        QTest::newRow("cloudflare") << 403
                                    << QByteArray("<!DOCTYPE html><html><head><title>Attention Required! | Cloudflare"
                                                  "</title></head><body>Sorry, you have been blocked. Cloudflare Ray "
                                                  "ID: 8a1b</body></html>")
                                    << QByteArray("text/html") << BodyKind::Html << "Attention Required! | Cloudflare"
                                    << "Cloudflare";
        QTest::newRow("nginx bad gateway") << 502
                                           << QByteArray("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
                                                         "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr>"
                                                         "<center>nginx</center>\r\n</body>\r\n</html>\r\n")
                                           << QByteArray("text/html") << BodyKind::Html << "502 Bad Gateway"
                                           << "PHP-FPM";
        QTest::newRow("modsecurity") << 406
                                     << QByteArray("<html><head><title>Not Acceptable!</title></head><body><h1>Not "
                                                   "Acceptable!</h1><p>An appropriate representation of the requested "
                                                   "resource could not be found on this server. This error was "
                                                   "generated by Mod_Security.</p></body></html>")
                                     << QByteArray() << BodyKind::Html << "Not Acceptable!"
                                     << "ModSecurity";
        QTest::newRow("html without title") << 404 << QByteArray("<html><body><p>gone</p></body></html>")
                                            << QByteArray() << BodyKind::Html << "HTML page instead of JSON."
                                            << "rewrite rules";
        QTest::newRow("entities in title")
            << 200
            << QByteArray("<html><title> Caf&eacute; &amp; Shop &#8211; Home\n</title>"
                          "</html>")
            << QByteArray() << BodyKind::Html << QStringLiteral("Caf&eacute; & Shop \u2013 Home") << "web page";
        QTest::newRow("admin login") << 200
                                     << QByteArray("<!doctype html><html><head><title>Magento Admin</title></head>"
                                                   "<body><form class=\"admin__field\"></form></body></html>")
                                     << QByteArray() << BodyKind::Html << "Magento Admin"
                                     << "admin login page";
        QTest::newRow("plain text") << 403 << QByteArray("Forbidden\n") << QByteArray("text/plain") << BodyKind::Text
                                    << "plain text instead of JSON: \"Forbidden\""
                                    << "";
        QTest::newRow("latin-1 text") << 500 << QByteArray("Fehler: Ung\xFCltige Anfrage") << QByteArray()
                                      << BodyKind::Text
                                      << QStringLiteral("not valid UTF-8 instead of JSON: \"Fehler: Ung\u00fcltige")
                                      << "";
        QTest::newRow("latin-1 json") << 400
                                      << QByteArray("{\"message\":\"Ung\xFCltiger Wert %1\",\"parameters\":[\"x\"]}")
                                      << QByteArray() << BodyKind::MagentoJson
                                      << QStringLiteral("Ung\u00fcltiger Wert x") << "";
        QTest::newRow("truncated json")
            << 400
            << QByteArray("{\"message\":\"Invalid product data: %1\",\"parameters\":[\"sku is \\\"required\\\"\"],"
                          "\"trace\":\"#0 /var/www/vendor/magento")
            << QByteArray("application/json") << BodyKind::UnreadableJson
            << "Invalid product data: %1 (read from JSON that cannot be parsed completely"
            << "";
        QTest::newRow("truncated without message")
            << 500 << QByteArray("{\"items\":[{\"sku\":\"A\"},{\"sk") << QByteArray() << BodyKind::UnreadableJson
            << "looks like JSON but cannot be read"
            << "";
        QTest::newRow("truncated string") << 400 << QByteArray("\"The request was cut") << QByteArray()
                                          << BodyKind::UnreadableJson << "The request was cut (the answer was cut off)"
                                          << "";
        QTest::newRow("gzip") << 200 << QByteArray("\x1F\x8B\x08\x00\x00\x00\x00\x00", 8) << QByteArray()
                              << BodyKind::Binary << "compressed (gzip)"
                              << "";
        QTest::newRow("binary") << 500 << QByteArray("PK\x03\x04\x00\x00garbage", 14) << QByteArray()
                                << BodyKind::Binary << "binary data"
                                << "";
        QTest::newRow("xml") << 404
                             << QByteArray("<?xml version=\"1.0\"?>\n<response><message>No such entity with "
                                           "%fieldName = %fieldValue</message><parameters><fieldName>sku</fieldName>"
                                           "<fieldValue>X-1</fieldValue></parameters></response>")
                             << QByteArray("application/xml") << BodyKind::Xml << "No such entity with sku = X-1"
                             << "";
        QTest::newRow("xml fatal") << 500
                                   << QByteArray("<?xml version=\"1.0\"?><error><messages><error><data_item><code>500"
                                                 "</code><message><![CDATA[Internal Error. Details are available in "
                                                 "Magento log file. Report ID: webapi-abc123]]></message></data_item>"
                                                 "</error></messages></error>")
                                   << QByteArray() << BodyKind::Xml << "Report ID: webapi-abc123"
                                   << "webapi-abc123";
        QTest::newRow("bom") << 400 << QByteArray("\xEF\xBB\xBF{\"message\":\"With BOM\"}") << QByteArray()
                             << BodyKind::MagentoJson << "With BOM"
                             << "";
        QTest::newRow("rate limited") << 429 << QByteArray("{\"message\":\"Too Many Requests\"}") << QByteArray()
                                      << BodyKind::MagentoJson << "Too Many Requests"
                                      << "rate";
    }

    void decode()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(BodyKind, kind);
        QFETCH(QString, messagePart);
        QFETCH(QString, hintPart);
        const MagentoError error = decodeError(status, body, contentType);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.bodyKind, kind);
        QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
        if (hintPart.isEmpty())
            QVERIFY2(error.hint.isEmpty() || kind == BodyKind::Html, qPrintable(error.hint));
        else
            QVERIFY2(error.hint.contains(hintPart), qPrintable(error.hint));
        QVERIFY(error.summary().startsWith(QStringLiteral("HTTP %1: ").arg(status)));
    }

    void detailsTraceAndCode()
    {
        const QByteArray body
            = "{\"message\":\"One or more input exceptions have occurred.\",\"errors\":[\n            "
              "{\"message\":\"\\\"%fieldName\\\" is required. Enter and try "
              "again.\",\"parameters\":{\"fieldName\":\"product\"}},\n            {\"message\":\"The value %1 of %2 is "
              "invalid.\",\"parameters\":[\"abc\",\"weight\"]}],\n            \"code\":7,\"trace\":\"#0 "
              "/var/www/html/vendor/magento/framework/Webapi/ServiceInputProcessor.php(123)\\n#1 {main}\"}";
        const MagentoError error = decodeError(400, body);
        QCOMPARE(error.message, QStringLiteral("One or more input exceptions have occurred."));
        QCOMPARE(error.details,
            (QStringList {QStringLiteral("\"product\" is required. Enter and try again."),
                QStringLiteral("The value abc of weight is invalid.")}));
        QCOMPARE(error.code, 7);
        QVERIFY(error.trace.startsWith(QLatin1String("#0 /var/www/html/vendor")));
        QVERIFY(!error.message.contains(QLatin1String("#0")));
        QVERIFY(!error.summary().contains(QLatin1String("#0")));
        QCOMPARE(error.summary(),
            QStringLiteral("HTTP 400: One or more input exceptions have occurred. \"product\" is required. Enter and "
                           "try again. The value abc of weight is invalid."));
        QCOMPARE(error.messageTemplate, QStringLiteral("One or more input exceptions have occurred."));

        // A trace sent as a list of frames.
        const MagentoError frames = decodeError(500, "{\"message\":\"x\",\"trace\":[\"#0 a.php\",\"#1 b.php\"]}");
        QCOMPARE(frames.trace, QStringLiteral("#0 a.php\n#1 b.php"));
    }

    void twoFactor_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("providers");
        QTest::addColumn<QString>("hintPart");
        QTest::newRow("google") << QByteArray(
            "{\"message\":\"Please use the 2fa provider-specific endpoints to obtain a "
            "token.\",\"parameters\":{\"active_providers\":[\"google\"]}}")
                                << QStringList {QStringLiteral("google")} << "/V1/tfa/provider/google/authenticate";
        QTest::newRow("duo first") << QByteArray(
            "{\"message\":\"Please use the 2fa provider-specific endpoints to "
            "obtain a token.\",\"parameters\":{\"active_providers\":[\"duo_security\",\"google\"]}}")
                                   << QStringList {QStringLiteral("duo_security"), QStringLiteral("google")}
                                   << "/V1/tfa/provider/duo_security/authenticate";
        QTest::newRow("no providers") << QByteArray("{\"message\":\"Please use the 2fa provider-specific endpoints to "
                                                    "obtain a token.\"}")
                                      << QStringList() << "OAuth 1.0a";
        QTest::newRow("not configured") << QByteArray(
            "{\"message\":\"You are required to configure personal "
            "Two-Factor Authorization in order to login. Please check your email.\"}")
                                        << QStringList() << "not set up";
    }

    void twoFactor()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, providers);
        QFETCH(QString, hintPart);
        const MagentoError error = decodeError(401, body);
        QVERIFY(error.twoFactorRequired);
        QCOMPARE(error.twoFactorProviders, providers);
        QVERIFY2(error.hint.contains(hintPart), qPrintable(error.hint));
        QVERIFY(!decodeError(401,
            "{\"message\":\"The account sign-in was incorrect or your account is disabled "
            "temporarily. Please wait and try again later.\"}")
                     .twoFactorRequired);
    }

    void hugeBodies()
    {
        // A 20 MB HTML page and a 10 MB JSON error: decoded from a prefix, quickly, with the essentials found.
        QByteArray html = "<html><head><title>Big Page</title></head><body>";
        html += QByteArray(20 * 1024 * 1024, 'x');
        html += "</body></html>";
        QElapsedTimer timer;
        timer.start();
        const MagentoError page = decodeError(503, html);
        QCOMPARE(page.bodyKind, BodyKind::Html);
        QCOMPARE(page.pageTitle, QStringLiteral("Big Page"));

        QByteArray bigJson = "{\"message\":\"Too large %1\",\"parameters\":[\"x\"],\"trace\":\"";
        bigJson += QByteArray(10 * 1024 * 1024, 'y');
        bigJson += "\"}";
        const MagentoError json = decodeError(500, bigJson);
        QCOMPARE(json.bodyKind, BodyKind::UnreadableJson);
        QVERIFY2(json.message.contains(QLatin1String("Too large %1")), qPrintable(json.message));
        QVERIFY(json.message.size() < 500);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));

        // A long text body gives a short excerpt.
        const MagentoError text = decodeError(500, QByteArray(100000, 'z'));
        QVERIFY(text.message.size() < 400);
    }

    // Tokens

    void tokenBodies()
    {
        const SecureBytes password = generatedPassword();
        Result<SecureBytes> body = tokenRequestBody(QStringLiteral("ad\"min\u00e9"), password);
        QVERIFY2(body.ok(), qPrintable(body.error().message));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body->reveal(), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().keys(), (QStringList {QStringLiteral("password"), QStringLiteral("username")}));
        QCOMPARE(doc.object().value(QStringLiteral("username")).toString(), QStringLiteral("ad\"min\u00e9"));
        QVERIFY(SecureBytes::fromUtf8(doc.object().value(QStringLiteral("password")).toString()) == password);

        Result<SecureBytes> tfa
            = twoFactorTokenRequestBody(QStringLiteral("admin"), password, QStringLiteral(" 123456 "));
        QVERIFY(tfa.ok());
        const QJsonObject tfaObject = QJsonDocument::fromJson(tfa->reveal()).object();
        QCOMPARE(tfaObject.value(QStringLiteral("otp")).toString(), QStringLiteral("123456"));
        QVERIFY(SecureBytes::fromUtf8(tfaObject.value(QStringLiteral("password")).toString()) == password);

        Result<SecureBytes> invalid = tokenRequestBody(QStringLiteral("admin"), SecureBytes::fromBytes("\xFF\xFE"));
        QVERIFY(!invalid.ok());
        QVERIFY(invalid.error().message.contains(QLatin1String("UTF-8")));

        QCOMPARE(tokenServicePath(TokenKind::Admin), QStringLiteral("/V1/integration/admin/token"));
        QCOMPARE(tokenServicePath(TokenKind::Customer), QStringLiteral("/V1/integration/customer/token"));
        QCOMPARE(twoFactorTokenServicePath(), QStringLiteral("/V1/tfa/provider/google/authenticate"));
        QCOMPARE(twoFactorTokenServicePath(QStringLiteral("u2fkey")), QStringLiteral("/V1/tfa/provider/u2fkey/verify"));
    }

    void tokenAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("plain") << QByteArray("\"abcdefghijklmnopqrstuvwxyz012345\"")
                               << QByteArray("abcdefghijklmnopqrstuvwxyz012345");
        QTest::newRow("jwt with newline") << QByteArray("\"eyJh.eyJi.c2ln\"\n") << QByteArray("eyJh.eyJi.c2ln");
        QTest::newRow("escaped slash") << QByteArray("  \"a\\/b\"") << QByteArray("a/b");
    }

    void tokenAnswers()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, token);
        Result<SecureBytes> parsed = parseTokenResponse(200, body);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QVERIFY(parsed.value() == SecureBytes::fromBytes(token));
    }

    void tokenFailures_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("wrong password") << 401
                                        << QByteArray(
                                               "{\"message\":\"The account sign-in was incorrect or your account "
                                               "is disabled temporarily. Please wait and try again later.\"}")
                                        << "6 failed attempts";
        QTest::newRow("2fa") << 401
                             << QByteArray("{\"message\":\"Please use the 2fa provider-specific endpoints to obtain a "
                                           "token.\",\"parameters\":{\"active_providers\":[\"google\"]}}")
                             << "/V1/tfa/provider/google/authenticate";
        QTest::newRow("required field") << 400
                                        << QByteArray("{\"message\":\"%fieldName is a required field.\",\"parameters\":"
                                                      "{\"fieldName\":\"username\"}}")
                                        << "username is a required field.";
        QTest::newRow("maintenance") << 503
                                     << QByteArray("<html><head><title>Error 503: Service Unavailable</title></head>"
                                                   "<body>Service Temporarily Unavailable</body></html>")
                                     << "maintenance";
        QTest::newRow("html with 200") << 200 << QByteArray("<html><head><title>Home page</title></head></html>")
                                       << "Home page";
        QTest::newRow("empty 200") << 200 << QByteArray() << "empty body";
        QTest::newRow("empty token") << 200 << QByteArray("\"\"") << "empty token";
        QTest::newRow("bad escape") << 200 << QByteArray("\"a\\u0041\"") << "escape";
        QTest::newRow("object with 200") << 200 << QByteArray("{\"token\":\"SECRET-VALUE-9f2\"}") << "keys token";
        QTest::newRow("list with 200") << 200 << QByteArray("[\"SECRET-VALUE-9f2\"]") << "JSON list";
        QTest::newRow("inner quote") << 200 << QByteArray("\"SECRET\"VALUE-9f2\"") << "not a JSON string";
    }

    void tokenFailures()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        Result<SecureBytes> parsed = parseTokenResponse(status, body);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(messagePart), qPrintable(parsed.error().message));
        // Whatever a 2xx body held, it never reaches the message.
        QVERIFY(!parsed.error().message.contains(QLatin1String("SECRET")));
    }

    void tokenExpiryFromJwt()
    {
        const QByteArray header = base64Url("{\"kid\":\"1\",\"alg\":\"HS256\"}");
        const QByteArray payload = base64Url("{\"uid\":1,\"utypid\":2,\"iat\":1767268800,\"exp\":1767272400}");
        const QByteArray signature = base64Url(QByteArray::number(QRandomGenerator::global()->generate64()));
        const SecureBytes token = SecureBytes::fromBytes(header + '.' + payload + '.' + signature);
        const std::optional<QDateTime> expiry = tokenExpiry(token);
        QVERIFY(expiry.has_value());
        QCOMPARE(*expiry, QDateTime::fromSecsSinceEpoch(1767272400, Qt::UTC));

        QVERIFY(!tokenExpiry(SecureBytes::fromBytes("abcdefghijklmnopqrstuvwxyz012345")));
        QVERIFY(!tokenExpiry(SecureBytes::fromBytes(header + '.' + base64Url("not json") + '.' + signature)));
        QVERIFY(!tokenExpiry(SecureBytes::fromBytes(header + ".***." + signature)));
        QVERIFY(!tokenExpiry(SecureBytes::fromBytes(header + '.' + base64Url("{\"uid\":1}") + '.' + signature)));
        QVERIFY(!tokenExpiry(SecureBytes::fromBytes("a.b.c.d")));
        QVERIFY(!tokenExpiry(SecureBytes()));
    }
};

QTEST_GUILESS_MAIN(TestMagentoErrors)
#include "test_magento_errors.moc"
