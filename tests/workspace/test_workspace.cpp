#include "core/common/atomicfile.h"
#include "core/common/jsonio.h"
#include "core/workspace/workspace.h"
#include "core/workspace/workspaceformat.h"
#include "tests/support/testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace studio;

namespace {

Endpoint magentoEndpoint()
{
    Endpoint e;
    e.id = QStringLiteral("magento-staging");
    e.name = QStringLiteral("Magento Staging");
    e.kind = EndpointKind::Magento;
    e.baseUrl = QStringLiteral("https://{{magento_host}}/shop");
    e.storeCode = QStringLiteral("de");
    e.auth.type = AuthType::OAuth1;
    e.auth.fields.insert(QStringLiteral("signatureMethod"), QStringLiteral("HMAC-SHA256"));
    for (const char16_t* field : {u"consumerKey", u"consumerSecret", u"accessToken", u"accessTokenSecret"})
        e.auth.secretRefs.insert(QString::fromUtf16(field), QStringLiteral("ws-1/") + QString::fromUtf16(field));
    e.tls.caFile = QStringLiteral("/etc/ssl/corp-ca.pem");
    e.tls.pinnedSha256 = QString(64, u'a');
    e.tls.clientCertFile = QStringLiteral("client.pem");
    e.tls.clientKeyFile = QStringLiteral("client.key");
    e.tls.clientKeyPassphraseRef = QStringLiteral("ws-1/tls");
    e.timeoutMs = 15000;
    e.rateLimit = {2.5, 5};
    e.maxConcurrent = 8;
    e.notes = QStringLiteral("Staging store, Ümlauts and \"quotes\"");
    return e;
}

Endpoint sqlEndpoint()
{
    Endpoint e;
    e.id = QStringLiteral("erp-db");
    e.name = QStringLiteral("ERP database");
    e.kind = EndpointKind::Sql;
    e.sql = {QStringLiteral("QPSQL"), QStringLiteral("db.local"), 5432, QStringLiteral("erp"),
        QStringLiteral("connect_timeout=5")};
    e.auth.type = AuthType::Basic;
    e.auth.fields.insert(QStringLiteral("username"), QStringLiteral("reader"));
    e.auth.secretRefs.insert(QStringLiteral("password"), QStringLiteral("ws-1/db"));
    return e;
}

Endpoint fileEndpoint()
{
    Endpoint e;
    e.id = QStringLiteral("imports");
    e.name = QStringLiteral("Imports");
    e.kind = EndpointKind::File;
    e.file.folder = QStringLiteral("{{import_dir}}");
    e.file.pattern = QStringLiteral("*.txt");
    e.file.delimiter = QStringLiteral(";");
    e.file.encoding = QStringLiteral("ISO-8859-1");
    e.file.hasHeader = false;
    return e;
}

Endpoint restEndpoint(EndpointKind kind = EndpointKind::Rest)
{
    Endpoint e;
    e.id = kind == EndpointKind::Rest ? QStringLiteral("erp-api") : QStringLiteral("pim-graphql");
    e.name = kind == EndpointKind::Rest ? QStringLiteral("ERP API") : QStringLiteral("PIM GraphQL");
    e.kind = kind;
    e.baseUrl = QStringLiteral("http://127.0.0.1:8781");
    e.auth.type = AuthType::OAuth2ClientCredentials;
    e.auth.fields.insert(QStringLiteral("tokenUrl"), QStringLiteral("https://auth.example.com/token"));
    e.auth.fields.insert(QStringLiteral("clientId"), QStringLiteral("studio"));
    e.auth.fields.insert(QStringLiteral("scopes"), QStringLiteral("read write"));
    e.auth.secretRefs.insert(QStringLiteral("clientSecret"), QStringLiteral("ws-1/cs"));
    e.apiSchemaFile = QStringLiteral("api/erp-openapi.yaml");
    return e;
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeRaw(const QString& path, const QByteArray& bytes)
{
    QVERIFY(writeFileAtomically(path, bytes).ok());
}

} // namespace

class TestWorkspace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createWritesLayout()
    {
        test::KeptTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("ws"));
        auto ws = Workspace::create(folder, QStringLiteral("Client A"));
        QVERIFY2(ws.ok(), qPrintable(ws.error().toString()));
        QVERIFY(QFileInfo(folder + QStringLiteral("/endpoints")).isDir());
        QVERIFY(QFileInfo(folder + QStringLiteral("/environments")).isDir());
        auto gitignore = readWholeFile(folder + QStringLiteral("/.gitignore"));
        QVERIFY(gitignore.ok());
        QVERIFY(gitignore.value().contains("\n.studio/\n"));
        auto manifest = readWholeFile(folder + QStringLiteral("/workspace.json"));
        QVERIFY(manifest.ok());
        const QByteArray expected
            = "{\n  \"formatVersion\": 1,\n  \"id\": \"" + ws->id().toUtf8() + "\",\n  \"name\": \"Client A\"\n}\n";
        QCOMPARE(manifest.value(), expected);

        auto reopened = Workspace::open(folder);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened->id(), ws->id());
        QCOMPARE(reopened->name(), QStringLiteral("Client A"));
        QVERIFY(reopened->loadProblems().isEmpty());
    }

    void createRefusesNonEmptyFolder()
    {
        test::KeptTemporaryDir dir;
        writeRaw(dir.filePath(QStringLiteral("something.txt")), "x");
        auto ws = Workspace::create(dir.path(), QStringLiteral("X"));
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().file, dir.path());
    }

    void openRefusesNonWorkspace()
    {
        test::KeptTemporaryDir dir;
        auto ws = Workspace::open(dir.path());
        QVERIFY(!ws.ok());
        QVERIFY(ws.error().message.contains(QStringLiteral("workspace.json")));
    }

    void roundTripEveryKind()
    {
        test::KeptTemporaryDir dir;
        auto ws = Workspace::create(dir.path(), QStringLiteral("RT"));
        QVERIFY(ws.ok());
        const QList<Endpoint> endpoints {
            magentoEndpoint(), sqlEndpoint(), fileEndpoint(), restEndpoint(), restEndpoint(EndpointKind::GraphQL)};
        for (const Endpoint& e : endpoints)
            QVERIFY2(ws->saveEndpoint(e).ok(), qPrintable(e.id));
        Environment staging {QStringLiteral("Staging EU"),
            {{QStringLiteral("magento_host"), QStringLiteral("staging.example.com")}},
            {{QStringLiteral("erp_key"), QStringLiteral("ws-1/erp")}}};
        QVERIFY(ws->saveEnvironment(staging).ok());
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("environments/staging-eu.json"))));

        auto reopened = Workspace::open(dir.path());
        QVERIFY(reopened.ok());
        QVERIFY2(reopened->loadProblems().isEmpty(), qPrintable(reopened->loadProblems().value(0).toString()));
        QCOMPARE(reopened->endpoints().size(), endpoints.size());
        for (const Endpoint& e : endpoints) {
            const Endpoint* loaded = reopened->endpoint(e.id);
            QVERIFY2(loaded, qPrintable(e.id));
            // Sections a kind does not use are not stored; compare what the kind uses.
            Endpoint expected = e;
            if (!expected.isHttp()) {
                expected.baseUrl.clear();
                expected.storeCode = QStringLiteral("default");
                expected.tls = {};
                expected.rateLimit = {};
                expected.maxConcurrent = Endpoint().maxConcurrent;
            }
            if (expected.kind != EndpointKind::Magento)
                expected.storeCode = QStringLiteral("default");
            QCOMPARE(*loaded, expected);
        }
        QCOMPARE(*reopened->environment(QStringLiteral("Staging EU")), staging);
    }

    void resaveIsByteIdentical()
    {
        test::KeptTemporaryDir dir;
        auto ws = Workspace::create(dir.path(), QStringLiteral("Stable"));
        QVERIFY(ws.ok());
        QVERIFY(ws->saveEndpoint(magentoEndpoint()).ok());
        const QString path = ws->endpointPath(QStringLiteral("magento-staging"));
        const QByteArray first = readWholeFile(path).value();
        auto reopened = Workspace::open(dir.path());
        QVERIFY(reopened->saveEndpoint(*reopened->endpoint(QStringLiteral("magento-staging"))).ok());
        QCOMPARE(readWholeFile(path).value(), first);
        QVERIFY(first.endsWith("}\n"));
        QVERIFY(first.contains("\n  \"auth\": {\n    \"type\": \"oauth1\",\n"));
    }

    void editChangesOnlyItsLine()
    {
        test::KeptTemporaryDir dir;
        auto ws = Workspace::create(dir.path(), QStringLiteral("Diff"));
        Endpoint e = magentoEndpoint();
        QVERIFY(ws->saveEndpoint(e).ok());
        const QString path = ws->endpointPath(e.id);
        const QList<QByteArray> before = readWholeFile(path).value().split('\n');
        e.timeoutMs = 20000;
        QVERIFY(ws->saveEndpoint(e).ok());
        const QList<QByteArray> after = readWholeFile(path).value().split('\n');
        QCOMPARE(after.size(), before.size());
        int changed = 0;
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (before.at(i) != after.at(i)) {
                ++changed;
                QCOMPARE(after.at(i), QByteArray("  \"timeoutMs\": 20000,"));
            }
        }
        QCOMPARE(changed, 1);
    }

    void unknownKeysSurvive()
    {
        test::KeptTemporaryDir dir;
        auto ws = Workspace::create(dir.path(), QStringLiteral("Unknown"));
        writeRaw(dir.filePath(QStringLiteral("endpoints/x.json")),
            "{\n  \"formatVersion\": 1,\n  \"name\": \"X\",\n  \"kind\": \"rest\",\n  \"baseUrl\": "
            "\"https://x.example\",\n"
            "  \"futureFeature\": {\"a\": [1, 2]}\n}\n");
        auto reopened = Workspace::open(dir.path());
        QVERIFY(reopened->loadProblems().isEmpty());
        Endpoint e = *reopened->endpoint(QStringLiteral("x"));
        e.timeoutMs = 1000;
        QVERIFY(reopened->saveEndpoint(e).ok());
        const QByteArray saved = readWholeFile(dir.filePath(QStringLiteral("endpoints/x.json"))).value();
        QVERIFY(saved.contains("\"futureFeature\": {\n    \"a\": [\n      1,\n      2\n    ]\n  }"));
    }

    void proxyRoundTrip_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("passwordRef");
        QTest::addColumn<QJsonValue>("stored"); // the file's "proxy" value; undefined: no key at all

        QTest::newRow("system settings (unset)") << QString() << QString() << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("direct") << QStringLiteral("direct") << QString()
                                << QJsonValue(QJsonObject {{QStringLiteral("url"), QStringLiteral("direct")}});
        QTest::newRow("http with user and password")
            << QStringLiteral("http://ci@proxy.corp:3128") << QStringLiteral("ws-1/proxy")
            << QJsonValue(QJsonObject {{QStringLiteral("url"), QStringLiteral("http://ci@proxy.corp:3128")},
                   {QStringLiteral("passwordRef"), QStringLiteral("ws-1/proxy")}});
        QTest::newRow("socks5") << QStringLiteral("socks5://127.0.0.1:1080") << QString()
                                << QJsonValue(QJsonObject {
                                       {QStringLiteral("url"), QStringLiteral("socks5://127.0.0.1:1080")}});
        QTest::newRow("variable") << QStringLiteral("{{corp_proxy}}") << QString()
                                  << QJsonValue(
                                         QJsonObject {{QStringLiteral("url"), QStringLiteral("{{corp_proxy}}")}});
    }

    void proxyRoundTrip()
    {
        QFETCH(QString, url);
        QFETCH(QString, passwordRef);
        QFETCH(QJsonValue, stored);
        test::KeptTemporaryDir dir;
        auto ws = Workspace::create(dir.path(), QStringLiteral("Proxy"));
        QVERIFY(ws.ok());
        for (const EndpointKind kind : {EndpointKind::Magento, EndpointKind::Rest, EndpointKind::GraphQL}) {
            Endpoint e = kind == EndpointKind::Magento ? magentoEndpoint() : restEndpoint(kind);
            e.proxyUrl = url;
            e.proxyPasswordRef = passwordRef;
            QVERIFY(ws->saveEndpoint(e).ok());
            const QString path = ws->endpointPath(e.id);
            const QByteArray bytes = readWholeFile(path).value();
            const QJsonObject file = QJsonDocument::fromJson(bytes).object();
            QCOMPARE(file.value(QStringLiteral("proxy")), stored);
            if (stored.isUndefined())
                QVERIFY(!bytes.contains("proxy")); // files of endpoints without a proxy are as before

            auto reopened = Workspace::open(dir.path());
            QVERIFY(reopened.ok());
            QVERIFY(reopened->loadProblems().isEmpty());
            QCOMPARE(*reopened->endpoint(e.id), e);
            QCOMPARE(reopened->endpoint(e.id)->secretRefs().contains(passwordRef), !passwordRef.isEmpty());
            QVERIFY(reopened->saveEndpoint(*reopened->endpoint(e.id)).ok());
            QCOMPARE(readWholeFile(path).value(), bytes);
        }
        // Kinds that do not talk HTTP have no proxy.
        Endpoint sql = sqlEndpoint();
        sql.proxyUrl = url;
        sql.proxyPasswordRef = passwordRef;
        QVERIFY(ws->saveEndpoint(sql).ok());
        QVERIFY(!readWholeFile(ws->endpointPath(sql.id)).value().contains("proxy"));
    }

    void proxyAsPlainString()
    {
        // A hand-written file may give just the URL.
        test::KeptTemporaryDir dir;
        auto ws = Workspace::create(dir.path(), QStringLiteral("Hand"));
        QVERIFY(ws.ok());
        writeRaw(dir.filePath(QStringLiteral("endpoints/x.json")),
            "{\n  \"formatVersion\": 1,\n  \"name\": \"X\",\n  \"kind\": \"rest\",\n  \"baseUrl\": "
            "\"https://x.example\",\n  \"proxy\": \"http://proxy.corp:8080\"\n}\n");
        auto reopened = Workspace::open(dir.path());
        QVERIFY(reopened->loadProblems().isEmpty());
        Endpoint e = *reopened->endpoint(QStringLiteral("x"));
        QCOMPARE(e.proxyUrl, QStringLiteral("http://proxy.corp:8080"));
        QVERIFY(e.proxyPasswordRef.isEmpty());
        QVERIFY(e.unknownKeys.isEmpty());
        QVERIFY(reopened->saveEndpoint(e).ok());
        const QByteArray saved = readWholeFile(dir.filePath(QStringLiteral("endpoints/x.json"))).value();
        QVERIFY2(saved.contains("\"proxy\": {\n    \"url\": \"http://proxy.corp:8080\"\n  }"), saved.constData());
    }

    void malformedFilesAreReported_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reasonPart");

        QTest::newRow("syntax") << "endpoints/bad.json"
                                << QByteArray(
                                       "{\n  \"name\": \"Bad\",\n  \"kind\": \"rest\"\n  \"baseUrl\": \"x\"\n}\n")
                                << 4 << "invalid JSON";
        QTest::newRow("truncated") << "endpoints/bad.json" << QByteArray("{\n  \"name\": \"Bad\",\n") << 3
                                   << "invalid JSON";
        QTest::newRow("empty file") << "endpoints/bad.json" << QByteArray() << 1 << "invalid JSON";
        QTest::newRow("html") << "endpoints/bad.json" << QByteArray("<!DOCTYPE html>\n<html></html>\n") << 1
                              << "invalid JSON";
        QTest::newRow("binary") << "endpoints/bad.json" << QByteArray("\x00\x01\xff\xfe garbage", 13) << 1
                                << "invalid JSON";
        QTest::newRow("array at top") << "endpoints/bad.json" << QByteArray("[1, 2]\n") << 1 << "JSON object";
        QTest::newRow("wrong type")
            << "endpoints/bad.json"
            << QByteArray("{\n  \"name\": \"Bad\",\n  \"kind\": \"rest\",\n  \"timeoutMs\": \"fast\"\n}\n") << 4
            << "\"timeoutMs\": expected a whole number";
        QTest::newRow("out of range") << "endpoints/bad.json"
                                      << QByteArray("{\n  \"kind\": \"rest\",\n  \"maxConcurrent\": 0\n}\n") << 3
                                      << "\"maxConcurrent\": 0 is out of range";
        QTest::newRow("unknown kind") << "endpoints/bad.json"
                                      << QByteArray("{\n  \"name\": \"Bad\",\n  \"kind\": \"soap\"\n}\n") << 3
                                      << "unknown kind \"soap\"";
        QTest::newRow("missing kind") << "endpoints/bad.json" << QByteArray("{\n  \"name\": \"Bad\"\n}\n") << 0
                                      << "\"kind\": missing";
        QTest::newRow("unknown auth")
            << "endpoints/bad.json"
            << QByteArray("{\n  \"kind\": \"rest\",\n  \"auth\": {\n    \"type\": \"kerberos\"\n  }\n}\n") << 4
            << "\"auth.type\": unknown authentication type";
        QTest::newRow("secret not string")
            << "endpoints/bad.json"
            << QByteArray(
                   "{\n  \"kind\": \"rest\",\n  \"auth\": {\"type\": \"bearer\", \"secretRefs\": {\"token\": 5}}\n}\n")
            << 3 << "\"auth.secretRefs.token\": expected a string";
        QTest::newRow("proxy not an object")
            << "endpoints/bad.json" << QByteArray("{\n  \"kind\": \"rest\",\n  \"proxy\": 8080\n}\n") << 3
            << "\"proxy\": expected an object";
        QTest::newRow("proxy url not a string")
            << "endpoints/bad.json"
            << QByteArray("{\n  \"kind\": \"rest\",\n  \"proxy\": {\n    \"url\": true\n  }\n}\n") << 4
            << "\"proxy.url\": expected a string";
        QTest::newRow("proxy password reference not a string")
            << "endpoints/bad.json"
            << QByteArray("{\n  \"kind\": \"rest\",\n  \"proxy\": {\"url\": \"http://p:1\", \"passwordRef\": []}\n}\n")
            << 3 << "\"proxy.passwordRef\": expected a string";
        QTest::newRow("newer version") << "endpoints/bad.json"
                                       << QByteArray("{\n  \"formatVersion\": 7,\n  \"kind\": \"rest\"\n}\n") << 2
                                       << "newer version";
        QTest::newRow("version not a number")
            << "endpoints/bad.json" << QByteArray("{\n  \"formatVersion\": \"one\"\n}\n") << 2 << "formatVersion";
        QTest::newRow("environment without name")
            << "environments/bad.json" << QByteArray("{\n  \"variables\": {}\n}\n") << 0 << "\"name\": missing";
        QTest::newRow("environment variable not string")
            << "environments/bad.json"
            << QByteArray("{\n  \"name\": \"bad\",\n  \"variables\": {\n    \"port\": 8080\n  }\n}\n") << 4
            << "\"variables.port\": expected a string";
        QTest::newRow("environment newer")
            << "environments/bad.json" << QByteArray("{\n  \"formatVersion\": 2,\n  \"name\": \"bad\"\n}\n") << 2
            << "newer version";
    }

    void malformedFilesAreReported()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QString, reasonPart);

        test::KeptTemporaryDir dir;
        auto ws = Workspace::create(dir.path(), QStringLiteral("Problems"));
        QVERIFY(ws->saveEndpoint(magentoEndpoint()).ok());
        QVERIFY(ws->saveEnvironment(Environment {QStringLiteral("good"), {}, {}}).ok());
        const QString path = dir.filePath(file);
        writeRaw(path, bytes);
        const QByteArray hashBefore = fileHash(path);

        auto reopened = Workspace::open(dir.path());
        QVERIFY(reopened.ok());
        QCOMPARE(reopened->loadProblems().size(), 1);
        const Error problem = reopened->loadProblems().first();
        QCOMPARE(problem.file, file);
        QCOMPARE(problem.line, line);
        QVERIFY2(problem.message.contains(reasonPart), qPrintable(problem.toString()));
        // The rest still loads.
        QVERIFY(reopened->endpoint(QStringLiteral("magento-staging")));
        QVERIFY(reopened->environment(QStringLiteral("good")));

        // The bad file is never overwritten.
        if (file.startsWith(u"endpoints/")) {
            Endpoint replacement = restEndpoint();
            replacement.id = QStringLiteral("bad");
            const Status saved = reopened->saveEndpoint(replacement);
            QVERIFY(!saved.ok());
            QCOMPARE(saved.error().file, file);
        } else {
            const Status saved = reopened->saveEnvironment(Environment {QStringLiteral("bad"), {}, {}});
            QVERIFY(!saved.ok());
        }
        QCOMPARE(fileHash(path), hashBefore);
    }

    void newerWorkspaceManifestIsRefused()
    {
        test::KeptTemporaryDir dir;
        writeRaw(dir.filePath(QStringLiteral("workspace.json")), "{\n  \"formatVersion\": 99,\n  \"id\": \"x\"\n}\n");
        const QByteArray before = fileHash(dir.filePath(QStringLiteral("workspace.json")));
        auto ws = Workspace::open(dir.path());
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().line, 2);
        QVERIFY(ws.error().message.contains(QStringLiteral("newer version")));
        QCOMPARE(fileHash(dir.filePath(QStringLiteral("workspace.json"))), before);
    }

    void malformedManifestNamesLine()
    {
        test::KeptTemporaryDir dir;
        writeRaw(dir.filePath(QStringLiteral("workspace.json")), "{\n  \"id\": \"x\",\n  \"name\": \"y\",\n}\n");
        auto ws = Workspace::open(dir.path());
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().line, 4);
        QVERIFY(ws.error().file.endsWith(QStringLiteral("workspace.json")));
    }

    void migratesVersion0HandWrittenFiles()
    {
        test::KeptTemporaryDir dir;
        auto ws = Workspace::create(dir.path(), QStringLiteral("Legacy"));
        const QString path = dir.filePath(QStringLiteral("endpoints/legacy.json"));
        writeRaw(path,
            "{\"name\": \"Legacy\", \"type\": \"magento2\", \"url\": \"https://shop.example\", \"store\": \"de\", "
            "\"timeout\": 12}");
        auto reopened = Workspace::open(dir.path());
        QVERIFY(reopened->loadProblems().isEmpty());
        const Endpoint* e = reopened->endpoint(QStringLiteral("legacy"));
        QVERIFY(e);
        QCOMPARE(e->kind, EndpointKind::Magento);
        QCOMPARE(e->baseUrl, QStringLiteral("https://shop.example"));
        QCOMPARE(e->storeCode, QStringLiteral("de"));
        QCOMPARE(e->timeoutMs, 12000);
        QVERIFY(e->unknownKeys.isEmpty());
        QVERIFY(reopened->saveEndpoint(*e).ok());
        const QByteArray saved = readWholeFile(path).value();
        QVERIFY(saved.startsWith("{\n  \"formatVersion\": 1,\n  \"name\": \"Legacy\",\n  \"kind\": \"magento\",\n"));
        QVERIFY(!saved.contains("\"url\""));
    }

    void renameRemoveAndUniqueIds()
    {
        test::KeptTemporaryDir dir;
        auto ws = Workspace::create(dir.path(), QStringLiteral("Ops"));
        QVERIFY(ws->saveEndpoint(magentoEndpoint()).ok());
        QCOMPARE(ws->uniqueEndpointId(QStringLiteral("Magento Staging")), QStringLiteral("magento-staging-2"));
        QVERIFY(ws->renameEndpoint(
                      QStringLiteral("magento-staging"), QStringLiteral("Magento QA"), QStringLiteral("magento-qa"))
                    .ok());
        QVERIFY(!QFileInfo::exists(ws->endpointPath(QStringLiteral("magento-staging"))));
        QVERIFY(QFileInfo::exists(ws->endpointPath(QStringLiteral("magento-qa"))));
        QCOMPARE(ws->endpoint(QStringLiteral("magento-qa"))->name, QStringLiteral("Magento QA"));
        QVERIFY(ws->saveEndpoint(sqlEndpoint()).ok());
        QVERIFY(
            !ws->renameEndpoint(QStringLiteral("erp-db"), QStringLiteral("Clash"), QStringLiteral("magento-qa")).ok());
        QVERIFY(!ws->renameEndpoint(QStringLiteral("nope"), QStringLiteral("X"), QStringLiteral("x")).ok());
        QVERIFY(ws->removeEndpoint(QStringLiteral("magento-qa")).ok());
        QVERIFY(!ws->endpoint(QStringLiteral("magento-qa")));
        auto reopened = Workspace::open(dir.path());
        QCOMPARE(reopened->endpoints().size(), 1);
        Endpoint bad = sqlEndpoint();
        bad.id = QStringLiteral("../escape");
        QVERIFY(!ws->saveEndpoint(bad).ok());
    }

    void environmentNamesThatShareAFileClash()
    {
        test::KeptTemporaryDir dir;
        auto ws = Workspace::create(dir.path(), QStringLiteral("Env"));
        QVERIFY(ws->saveEnvironment(Environment {QStringLiteral("Prod EU"), {}, {}}).ok());
        const Status clash = ws->saveEnvironment(Environment {QStringLiteral("prod-eu"), {}, {}});
        QVERIFY(!clash.ok());
        QVERIFY(ws->removeEnvironment(QStringLiteral("Prod EU")).ok());
        QVERIFY(ws->environments().isEmpty());
    }

    void savedRequestsRoundTrip()
    {
        test::KeptTemporaryDir dir;
        auto ws = Workspace::create(dir.path(), QStringLiteral("Requests"));
        SavedRequest r;
        r.folder = QStringLiteral("Catalog/Products");
        r.name = QStringLiteral("Upsert product");
        r.description = QStringLiteral("Creates or updates\nby SKU");
        r.spec.endpointId = QStringLiteral("magento-sandbox");
        r.spec.method = "PUT";
        r.spec.path = QStringLiteral("/V1/products/{{sku}}");
        r.spec.storeCode = QStringLiteral("all");
        r.spec.query = {{QStringLiteral("fields"), QStringLiteral("sku,price")},
            {QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("a"), QStringLiteral("2")}};
        r.spec.headers = {{QStringLiteral("X-Trace"), QStringLiteral("{{trace}}")}};
        r.spec.bodyType = QStringLiteral("json");
        r.spec.body = QStringLiteral("{\n  \"product\": {\"sku\": \"A/B\", \"price\": 9.5}\n}");
        r.spec.safeToRetry = true;
        auto id = ws->saveRequest(r);
        QVERIFY2(id.ok(), qPrintable(id.error().toString()));
        QCOMPARE(id.value(), QStringLiteral("Catalog/Products/upsert-product"));
        const QByteArray bytes = readWholeFile(ws->requestPath(id.value())).value();
        QVERIFY(bytes.contains("\"body\": [\n    \"{\",\n"));

        SavedRequest g;
        g.name = QStringLiteral("Products query");
        g.spec.mode = RequestSpec::Mode::GraphQL;
        g.spec.method = "POST";
        g.spec.bodyType = QStringLiteral("graphql");
        g.spec.body = QStringLiteral("query { products(search: \"bag\") { total_count } }");
        g.spec.graphqlVariables = QStringLiteral("{\"x\": 1}");
        g.spec.graphqlOperationName = QStringLiteral("Q");
        QVERIFY(ws->saveRequest(g).ok());

        auto reopened = Workspace::open(dir.path());
        QVERIFY(reopened->loadProblems().isEmpty());
        QCOMPARE(reopened->requests().size(), 2);
        SavedRequest expected = r;
        expected.id = id.value();
        QCOMPARE(*reopened->request(id.value()), expected);
        QCOMPARE(reopened->request(QStringLiteral("products-query"))->spec.graphqlOperationName, QStringLiteral("Q"));
        QCOMPARE(
            reopened->requestFolders(), (QStringList {QStringLiteral("Catalog"), QStringLiteral("Catalog/Products")}));
    }

    void savedRequestsMoveRenameDuplicate()
    {
        test::KeptTemporaryDir dir;
        auto ws = Workspace::create(dir.path(), QStringLiteral("Requests"));
        SavedRequest r;
        r.folder = QStringLiteral("A");
        r.name = QStringLiteral("Get product");
        r.spec.path = QStringLiteral("/V1/products/x");
        const QString id = ws->saveRequest(r).value();
        SavedRequest edited = *ws->request(id);
        edited.spec.path = QStringLiteral("/V1/products/y");
        QCOMPARE(ws->saveRequest(edited).value(), id); // same file when only the content changes

        edited.name = QStringLiteral("Get one product");
        edited.folder = QStringLiteral("B/C");
        const QString moved = ws->saveRequest(edited).value();
        QCOMPARE(moved, QStringLiteral("B/C/get-one-product"));
        QVERIFY(!QFileInfo::exists(ws->requestPath(id)));
        QVERIFY(!ws->request(id));

        const QString copy = ws->duplicateRequest(moved).value();
        QCOMPARE(ws->request(copy)->name, QStringLiteral("Get one product (copy)"));
        QCOMPARE(ws->request(copy)->folder, QStringLiteral("B/C"));
        SavedRequest same = *ws->request(moved);
        same.id.clear();
        QCOMPARE(ws->saveRequest(same).value(), QStringLiteral("B/C/get-one-product-2"));

        QVERIFY(ws->renameRequestFolder(QStringLiteral("B"), QStringLiteral("Z/B2")).ok());
        QVERIFY(ws->request(QStringLiteral("Z/B2/C/get-one-product")));
        QVERIFY(!ws->renameRequestFolder(QStringLiteral("Z"), QStringLiteral("Z/inside")).ok());
        auto reopened = Workspace::open(dir.path());
        QCOMPARE(reopened->requests().size(), 3);
        QVERIFY(reopened->request(QStringLiteral("Z/B2/C/get-one-product-2")));

        QVERIFY(ws->removeRequest(QStringLiteral("Z/B2/C/get-one-product-copy")).ok());
        QCOMPARE(ws->requests().size(), 2);
        QVERIFY(!QFileInfo::exists(ws->requestPath(QStringLiteral("Z/B2/C/get-one-product-copy"))));
        QVERIFY(ws->createRequestFolder(QStringLiteral("Empty/Folder")).ok());
        QVERIFY(ws->requestFolders().contains(QStringLiteral("Empty/Folder")));
        QVERIFY(ws->removeRequestFolder(QStringLiteral("Z")).ok());
        QVERIFY(ws->requests().isEmpty());
        QVERIFY(!ws->createRequestFolder(QStringLiteral("../..")).ok());
    }

    void cleanFolderPaths_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("clean");
        QTest::newRow("plain") << "Catalog/Products"
                               << "Catalog/Products";
        QTest::newRow("windows chars") << "a:b/c*d?"
                                       << "a-b/c-d-";
        QTest::newRow("dots") << "../..//./x"
                              << "x";
        QTest::newRow("spaces") << "  Orders  / 2026 "
                                << "Orders/2026";
    }

    void cleanFolderPaths()
    {
        QFETCH(QString, input);
        QFETCH(QString, clean);
        QCOMPARE(Workspace::cleanFolderPath(input), clean);
    }

    void malformedRequestIsReported()
    {
        test::KeptTemporaryDir dir;
        auto ws = Workspace::create(dir.path(), QStringLiteral("Requests"));
        writeRaw(dir.filePath(QStringLiteral("requests/X/bad.json")),
            "{\n  \"name\": \"Bad\",\n  \"method\": \"GET\",\n  \"mode\": \"soap\"\n}\n");
        writeRaw(dir.filePath(QStringLiteral("requests/X/bad-method.json")),
            "{\n  \"name\": \"Bad\",\n  \"method\": \"GE T\"\n}\n");
        writeRaw(dir.filePath(QStringLiteral("requests/X/bad-query.json")),
            "{\n  \"name\": \"Bad\",\n  \"query\": [{\"key\": 1}]\n}\n");
        auto reopened = Workspace::open(dir.path());
        QCOMPARE(reopened->loadProblems().size(), 3);
        QStringList files;
        for (const Error& e : reopened->loadProblems())
            files.append(e.file + u':' + QString::number(e.line));
        files.sort();
        QCOMPARE(files,
            (QStringList {QStringLiteral("requests/X/bad-method.json:3"), QStringLiteral("requests/X/bad-query.json:3"),
                QStringLiteral("requests/X/bad.json:4")}));
        SavedRequest replacement;
        replacement.id = QStringLiteral("X/bad");
        replacement.folder = QStringLiteral("X");
        replacement.name = QStringLiteral("bad");
        QVERIFY(!reopened->saveRequest(replacement).ok());
    }

    void validation_data()
    {
        QTest::addColumn<Endpoint>("endpoint");
        QTest::addColumn<QStringList>("fields");

        QTest::newRow("magento ok") << magentoEndpoint() << QStringList {};
        Endpoint e = magentoEndpoint();
        e.baseUrl = QStringLiteral("shop.example.com");
        QTest::newRow("no scheme") << e << QStringList {QStringLiteral("baseUrl")};
        e.baseUrl = QStringLiteral("ftp://shop.example.com");
        QTest::newRow("ftp") << e << QStringList {QStringLiteral("baseUrl")};
        e.baseUrl = QString();
        QTest::newRow("missing url") << e << QStringList {QStringLiteral("baseUrl")};
        e = magentoEndpoint();
        e.storeCode = QStringLiteral("De Store");
        QTest::newRow("bad store code") << e << QStringList {QStringLiteral("storeCode")};
        e = magentoEndpoint();
        e.auth.secretRefs.remove(QStringLiteral("accessTokenSecret"));
        QTest::newRow("missing secret") << e << QStringList {QStringLiteral("auth.accessTokenSecret")};
        e = magentoEndpoint();
        e.auth.type = AuthType::ApiKey;
        QTest::newRow("auth not for kind") << e
                                           << QStringList {QStringLiteral("auth.type"), QStringLiteral("auth.keyName"),
                                                  QStringLiteral("auth.keyIn"), QStringLiteral("auth.apiKey")};
        e = magentoEndpoint();
        e.tls.pinnedSha256 = QStringLiteral("abc");
        QTest::newRow("bad pin") << e << QStringList {QStringLiteral("tls.pinnedSha256")};
        e = magentoEndpoint();
        e.tls.clientKeyFile.clear();
        QTest::newRow("cert without key") << e << QStringList {QStringLiteral("tls.clientKeyFile")};
        e = magentoEndpoint();
        e.maxConcurrent = 0;
        e.timeoutMs = 0;
        QTest::newRow("ranges") << e << QStringList {QStringLiteral("timeoutMs"), QStringLiteral("maxConcurrent")};
        QTest::newRow("sql ok") << sqlEndpoint() << QStringList {};
        e = sqlEndpoint();
        e.sql.host.clear();
        e.sql.driver = QStringLiteral("QPSQL");
        QTest::newRow("sql no host") << e << QStringList {QStringLiteral("sql.host")};
        e.sql.driver = QStringLiteral("QSQLITE");
        QTest::newRow("sqlite needs no host") << e << QStringList {};
        e.sql.driver = QStringLiteral("QDB2");
        QTest::newRow("sql bad driver") << e << QStringList {QStringLiteral("sql.driver")};
        QTest::newRow("file ok") << fileEndpoint() << QStringList {};
        e = fileEndpoint();
        e.file.delimiter = QStringLiteral(";;");
        e.file.encoding = QStringLiteral("KLINGON-8");
        QTest::newRow("file bad") << e
                                  << QStringList {QStringLiteral("file.delimiter"), QStringLiteral("file.encoding")};
        e = magentoEndpoint();
        for (const char* ok : {"direct", "none", "system", "http://proxy.corp:3128", "http://ci@proxy.corp:3128",
                 "socks5://127.0.0.1:1080", "socks5h://proxy.corp", "{{corp_proxy}}", "http://{{proxy_host}}:3128"}) {
            e.proxyUrl = QString::fromLatin1(ok);
            QTest::newRow(qPrintable(QStringLiteral("proxy ok: ") + e.proxyUrl)) << e << QStringList {};
        }
        for (const char* bad : {"ftp://proxy.corp:21", "proxy.corp:3128", "http://", "http://ci:pass@proxy.corp:3128",
                 "http://proxy.corp:3128/path", "http://proxy.corp:3128?x=1", "http://proxy.corp:0"}) {
            e.proxyUrl = QString::fromLatin1(bad);
            QTest::newRow(qPrintable(QStringLiteral("proxy bad: ") + e.proxyUrl))
                << e << QStringList {QStringLiteral("proxy.url")};
        }
        e.proxyUrl = QStringLiteral("http://ci@proxy.corp:3128");
        e.proxyPasswordRef = QStringLiteral("ws-1/proxy");
        QTest::newRow("proxy password ok") << e << QStringList {};
        e.proxyUrl = QStringLiteral("http://proxy.corp:3128");
        QTest::newRow("proxy password without user") << e << QStringList {QStringLiteral("proxy.password")};
        e.proxyUrl.clear();
        QTest::newRow("proxy password without proxy") << e << QStringList {QStringLiteral("proxy.password")};
        e.proxyUrl = QStringLiteral("direct");
        QTest::newRow("proxy password when direct") << e << QStringList {QStringLiteral("proxy.password")};
        e.proxyUrl = QStringLiteral("{{corp_proxy}}");
        QTest::newRow("proxy password with variable proxy") << e << QStringList {};
        e = sqlEndpoint();
        e.proxyUrl = QStringLiteral("ftp://ignored");
        QTest::newRow("proxy of a non-HTTP kind is not checked") << e << QStringList {};
        QTest::newRow("oauth2 ok") << restEndpoint() << QStringList {};
        e = restEndpoint();
        e.auth.fields.insert(QStringLiteral("tokenUrl"), QStringLiteral("not a url"));
        QTest::newRow("oauth2 bad token url") << e << QStringList {QStringLiteral("auth.tokenUrl")};
    }

    void validation()
    {
        QFETCH(Endpoint, endpoint);
        QFETCH(QStringList, fields);
        QStringList found;
        for (const FieldProblem& p : validateEndpoint(endpoint)) {
            QVERIFY(!p.message.isEmpty());
            found.append(p.field);
        }
        QCOMPARE(found, fields);
    }

    void slugs_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("slug");
        QTest::newRow("simple") << "Magento Staging"
                                << "magento-staging";
        QTest::newRow("accents") << "Société Générale"
                                 << "societe-generale";
        QTest::newRow("symbols") << "  ERP / SAP (prod)!  "
                                 << "erp-sap-prod";
        QTest::newRow("path") << "../../etc/passwd"
                              << "etc-passwd";
        QTest::newRow("nothing usable") << "日本"
                                        << "endpoint";
    }

    void slugs()
    {
        QFETCH(QString, name);
        QFETCH(QString, slug);
        QCOMPARE(slugify(name), slug);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "test_workspace.moc"
