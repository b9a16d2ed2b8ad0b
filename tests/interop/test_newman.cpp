// Postman interop against the sandbox, both ways:
// - a collection exported by the studio runs under newman (from npm) with every request succeeding: OAuth 1.0a
//   signed by newman itself, a bearer admin token, an API key, searchCriteria, a SKU with a slash and a
//   store-scoped PUT. Secrets reach newman only through an environment file in a private temporary folder;
// - the hand-written v2.1 collection (folders, variables, OAuth 1.0a) imports, its secrets go to the keychain, and
//   the studio's engine sends its requests correctly signed.

#include "core/interop/postmanformat.h"
#include "core/net/apiclient.h"
#include "core/net/callbuilder.h"
#include "core/sandbox/sandboxserver.h"
#include "core/secrets/keychainstore.h"
#include "core/workspace/demoworkspace.h"
#include "tests/support/testsupport.h"

#include <memory>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace studio;
using namespace studio::interop;

class TestNewman final : public QObject
{
    Q_OBJECT

private:
    QString m_node;
    QString m_newman;
    test::KeptTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;

    /// An admin token from the sandbox, the way a user (or the studio's token provider) gets one.
    QString adminToken()
    {
        const sandbox::DemoCredentials credentials = m_server->demoCredentials();
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(m_server->baseUrl() + QStringLiteral("/rest/V1/integration/admin/token")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QByteArray body = QJsonDocument(QJsonObject {{QStringLiteral("username"), credentials.adminUsername},
                                            {QStringLiteral("password"), credentials.adminPassword.toUtf8String()}})
                              .toJson(QJsonDocument::Compact);
        QNetworkReply* reply = network.post(request, body);
        wipe(body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(20000))
            return QString();
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        return QJsonDocument::fromJson("[" + answer + "]").array().first().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
        m_newman = test::sourcePath(QStringLiteral("tests/interop/node_modules/newman/bin/newman.js"));
        const QString missing = m_node.isEmpty()
            ? QStringLiteral("Node.js (node) is not installed; run packaging/install-deps.sh")
            : !QFile::exists(m_newman)
            ? QStringLiteral("newman is not installed in tests/interop/node_modules; run `make node-deps`")
            : QString();
        if (!missing.isEmpty()) {
            if (test::inCi())
                QFAIL(qPrintable(missing));
            QSKIP(qPrintable(missing));
        }
        sandbox::SandboxOptions options;
        options.port = 0;
        options.erpPort = 0;
        options.dataDir = m_dir.filePath(QStringLiteral("sandbox"));
        m_server = std::make_unique<sandbox::SandboxServer>(options);
        const Status started = m_server->start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
    }

    void exportedCollectionRunsUnderNewman()
    {
        Result<Workspace> workspace = demo::install(m_dir.filePath(QStringLiteral("workspace")));
        QVERIFY2(workspace.ok(), qPrintable(workspace.error().message));
        ExportInput input;
        input.title = QStringLiteral("Sandbox smoke");
        input.endpoints = workspace->endpoints();
        input.environment = *workspace->environment(QStringLiteral("Sandbox"));
        input.environment.variables.insert(QStringLiteral("magento_url"), m_server->baseUrl());
        input.environment.variables.insert(QStringLiteral("erp_url"), m_server->erpBaseUrl());
        input.environment.variables.insert(QStringLiteral("sku"), QStringLiteral("SKU-0000001"));

        const auto request = [](const QString& folder, const QString& name, const QString& endpointId,
                                 const QByteArray& method, const QString& path) {
            SavedRequest saved;
            saved.folder = folder;
            saved.name = name;
            saved.spec.endpointId = endpointId;
            saved.spec.method = method;
            saved.spec.path = path;
            return saved;
        };
        SavedRequest list = request(QStringLiteral("Catalog/Products"), QStringLiteral("List products"),
            QStringLiteral("magento-sandbox"), "GET", QStringLiteral("/V1/products"));
        list.spec.query = {
            {QStringLiteral("searchCriteria[filter_groups][0][filters][0][field]"), QStringLiteral("sku")},
            {QStringLiteral("searchCriteria[filter_groups][0][filters][0][value]"), QStringLiteral("SKU-000000%")},
            {QStringLiteral("searchCriteria[filter_groups][0][filters][0][condition_type]"), QStringLiteral("like")},
            {QStringLiteral("searchCriteria[sortOrders][0][field]"), QStringLiteral("entity_id")},
            {QStringLiteral("searchCriteria[pageSize]"), QStringLiteral("5")},
            {QStringLiteral("fields"), QStringLiteral("items[sku,price],total_count")}};
        SavedRequest slash = request(QStringLiteral("Catalog/Products"), QStringLiteral("Product with a slash"),
            QStringLiteral("magento-sandbox"), "GET", QStringLiteral("/V1/products/TRAIL%2FPOLE-PAIR"));
        SavedRequest update = request(QStringLiteral("Catalog"), QStringLiteral("Update price"),
            QStringLiteral("magento-sandbox"), "PUT", QStringLiteral("/V1/products/{{sku}}"));
        update.spec.storeCode = QStringLiteral("all");
        update.spec.bodyType = QStringLiteral("json");
        update.spec.body = QStringLiteral("{\"product\": {\"sku\": \"{{sku}}\", \"price\": 42.5}}");
        SavedRequest stores = request(QStringLiteral("Store"), QStringLiteral("Store views"),
            QStringLiteral("magento-sandbox-admin"), "GET", QStringLiteral("/V1/store/storeViews"));
        SavedRequest items = request(QStringLiteral("ERP"), QStringLiteral("Items"), QStringLiteral("erp-demo"), "GET",
            QStringLiteral("/api/v1/items"));
        items.spec.query = {{QStringLiteral("limit"), QStringLiteral("2")}};
        input.requests = {list, slash, update, stores, items};

        Result<ExportResult> exported = PostmanFormat().exportData(input, ExportOptions());
        QVERIFY2(exported.ok(), qPrintable(exported.error().message));

        // The values newman needs for the secret variables, supplied the way a user would: an environment file.
        const sandbox::DemoCredentials credentials = m_server->demoCredentials();
        const QString token = adminToken();
        QVERIFY(!token.isEmpty());
        QMap<QString, QString> values;
        for (const ExportedSecret& secret : exported->secrets) {
            QVERIFY(!secret.embedded);
            const QString key = secret.endpointId + u'/' + secret.field;
            if (key == u"magento-sandbox/consumerKey")
                values.insert(secret.variable, credentials.consumerKey.toUtf8String());
            else if (key == u"magento-sandbox/consumerSecret")
                values.insert(secret.variable, credentials.consumerSecret.toUtf8String());
            else if (key == u"magento-sandbox/accessToken")
                values.insert(secret.variable, credentials.accessToken.toUtf8String());
            else if (key == u"magento-sandbox/accessTokenSecret")
                values.insert(secret.variable, credentials.accessTokenSecret.toUtf8String());
            else if (key == u"magento-sandbox-admin/token")
                values.insert(secret.variable, token);
            else if (key == u"erp-demo/apiKey")
                values.insert(secret.variable, credentials.erpApiKey.toUtf8String());
            else
                QFAIL(qPrintable(QStringLiteral("unexpected secret %1").arg(key)));
        }
        QCOMPARE(values.size(), 6);
        for (const QString& value : std::as_const(values))
            QVERIFY(!exported->data.contains(value.toUtf8()));

        // Secrets live only in a private folder that is removed whatever the outcome.
        QTemporaryDir privateDir;
        QVERIFY(privateDir.isValid());
        const QString collectionPath = privateDir.filePath(QStringLiteral("collection.json"));
        const QString environmentPath = privateDir.filePath(QStringLiteral("environment.json"));
        const QString reportPath = privateDir.filePath(QStringLiteral("report.json"));
        QFile collectionFile(collectionPath);
        QVERIFY(collectionFile.open(QIODevice::WriteOnly));
        collectionFile.write(exported->data);
        collectionFile.close();
        QJsonArray environmentValues;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            environmentValues.append(
                QJsonObject {{QStringLiteral("key"), it.key()}, {QStringLiteral("value"), it.value()},
                    {QStringLiteral("type"), QStringLiteral("secret")}, {QStringLiteral("enabled"), true}});
        QFile environmentFile(environmentPath);
        QVERIFY(environmentFile.open(QIODevice::WriteOnly));
        environmentFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        environmentFile.write(QJsonDocument(QJsonObject {{QStringLiteral("name"), QStringLiteral("secrets")},
                                                {QStringLiteral("values"), environmentValues}})
                                  .toJson());
        environmentFile.close();

        // newman runs while this thread's event loop keeps serving the sandbox.
        QProcess newman;
        newman.setProcessChannelMode(QProcess::MergedChannels);
        newman.start(m_node,
            {m_newman, QStringLiteral("run"), collectionPath, QStringLiteral("--environment"), environmentPath,
                QStringLiteral("--reporters"), QStringLiteral("json"), QStringLiteral("--reporter-json-export"),
                reportPath, QStringLiteral("--timeout-request"), QStringLiteral("20000"),
                QStringLiteral("--disable-unicode")});
        QVERIFY2(newman.waitForStarted(20000), qPrintable(newman.errorString()));
        QSignalSpy finished(&newman, &QProcess::finished);
        QVERIFY2(finished.wait(100000), "newman did not finish within 100 s");
        const QByteArray output = newman.readAll();
        QVERIFY2(newman.exitStatus() == QProcess::NormalExit && newman.exitCode() == 0,
            qPrintable(QStringLiteral("newman exited with %1: %2")
                           .arg(newman.exitCode())
                           .arg(QString::fromUtf8(output.left(2000)))));

        QFile reportFile(reportPath);
        QVERIFY(reportFile.open(QIODevice::ReadOnly));
        const QJsonObject run
            = QJsonDocument::fromJson(reportFile.readAll()).object().value(QStringLiteral("run")).toObject();
        reportFile.close();
        QCOMPARE(run.value(QStringLiteral("failures")).toArray().size(), 0);
        const QJsonObject requests
            = run.value(QStringLiteral("stats")).toObject().value(QStringLiteral("requests")).toObject();
        QCOMPARE(requests.value(QStringLiteral("total")).toInt(), 5);
        QCOMPARE(requests.value(QStringLiteral("failed")).toInt(), 0);

        QStringList statuses;
        QMap<QString, QJsonValue> bodies;
        for (const QJsonValue& value : run.value(QStringLiteral("executions")).toArray()) {
            const QJsonObject execution = value.toObject();
            const QString name
                = execution.value(QStringLiteral("item")).toObject().value(QStringLiteral("name")).toString();
            const QJsonObject response = execution.value(QStringLiteral("response")).toObject();
            statuses.append(name + u'=' + QString::number(response.value(QStringLiteral("code")).toInt()));
            QByteArray body;
            for (const QJsonValue& byte :
                response.value(QStringLiteral("stream")).toObject().value(QStringLiteral("data")).toArray())
                body.append(char(byte.toInt()));
            bodies.insert(name, QJsonDocument::fromJson("[" + body + "]").array().first());
        }
        QCOMPARE(statuses,
            QStringList({QStringLiteral("List products=200"), QStringLiteral("Product with a slash=200"),
                QStringLiteral("Update price=200"), QStringLiteral("Store views=200"), QStringLiteral("Items=200")}));

        // The responses are the ones asked for: filtered list, the SKU with a slash, the updated price.
        const QJsonObject listed = bodies.value(QStringLiteral("List products")).toObject();
        QVERIFY(listed.value(QStringLiteral("total_count")).toInt() > 0);
        QVERIFY(listed.value(QStringLiteral("items")).toArray().size() <= 5);
        QCOMPARE(
            bodies.value(QStringLiteral("Product with a slash")).toObject().value(QStringLiteral("sku")).toString(),
            QStringLiteral("TRAIL/POLE-PAIR"));
        const QJsonObject updated = bodies.value(QStringLiteral("Update price")).toObject();
        QCOMPARE(updated.value(QStringLiteral("sku")).toString(), QStringLiteral("SKU-0000001"));
        QCOMPARE(updated.value(QStringLiteral("price")).toDouble(), 42.5);
        QVERIFY(bodies.value(QStringLiteral("Store views")).isArray());
    }

    void importedCollectionSendsSignedRequests()
    {
        // The hand-written collection with the sandbox's address and credentials as its variable values.
        QFile fixture(
            test::sourcePath(QStringLiteral("tests/interop/fixtures/magento-collection.postman_collection.json")));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(fixture.readAll()).object();
        const sandbox::DemoCredentials credentials = m_server->demoCredentials();
        const QMap<QString, QString> values {{QStringLiteral("baseUrl"), m_server->baseUrl()},
            {QStringLiteral("erpUrl"), m_server->erpBaseUrl()},
            {QStringLiteral("consumerKey"), credentials.consumerKey.toUtf8String()},
            {QStringLiteral("consumerSecret"), credentials.consumerSecret.toUtf8String()},
            {QStringLiteral("accessToken"), credentials.accessToken.toUtf8String()},
            {QStringLiteral("accessTokenSecret"), credentials.accessTokenSecret.toUtf8String()},
            {QStringLiteral("adminToken"), adminToken()},
            {QStringLiteral("erpApiKey"), credentials.erpApiKey.toUtf8String()},
            {QStringLiteral("legacyPassword"), QStringLiteral("unused-%1").arg(QDateTime::currentMSecsSinceEpoch())}};
        QJsonArray variables = root.value(QStringLiteral("variable")).toArray();
        for (qsizetype i = 0; i < variables.size(); ++i) {
            QJsonObject variable = variables.at(i).toObject();
            const QString key = variable.value(QStringLiteral("key")).toString();
            if (values.contains(key))
                variable.insert(QStringLiteral("value"), values.value(key));
            variables.replace(i, variable);
        }
        root.insert(QStringLiteral("variable"), variables);

        Result<ImportResult> imported = PostmanFormat().importData(QJsonDocument(root).toJson(), ImportContext());
        QVERIFY2(imported.ok(), qPrintable(imported.error().message));
        ImportResult result = imported.value();
        assignSecretRefs(result, QStringLiteral("interop-test"));

        // Secrets into the real keychain (the test runs under tests/with-keyring.sh), removed at the end.
        KeychainStore keychain;
        QStringList refs;
        const auto cleanup = qScopeGuard([&keychain, &refs] {
            for (const QString& ref : std::as_const(refs))
                removeSecretBlocking(keychain, ref);
        });
        for (const ImportedSecret& secret : std::as_const(result.secrets)) {
            if (secret.ref.isEmpty())
                continue;
            refs.append(secret.ref);
            const Status written = writeSecretBlocking(keychain, secret.ref, secret.value);
            QVERIFY2(written.ok(), qPrintable(written.error().message));
        }
        QVERIFY(result.environment.has_value());
        const Environment environment = *result.environment;

        net::ApiClient client(&keychain, nullptr);
        const QStringList names {QStringLiteral("List products"), QStringLiteral("Get product"),
            QStringLiteral("Update product"), QStringLiteral("Search customers"), QStringLiteral("Admin token")};
        for (const QString& name : names) {
            const SavedRequest* request = nullptr;
            for (const SavedRequest& candidate : std::as_const(result.requests)) {
                if (candidate.name == name)
                    request = &candidate;
            }
            QVERIFY2(request, qPrintable(name));
            const Endpoint* endpoint = nullptr;
            for (const Endpoint& candidate : std::as_const(result.endpoints)) {
                if (candidate.id == request->spec.endpointId)
                    endpoint = &candidate;
            }
            QVERIFY(endpoint);
            std::optional<Result<net::ResolvedEndpoint>> resolved;
            client.resolve(
                *endpoint, environment, this, [&resolved](Result<net::ResolvedEndpoint> r) { resolved = r; });
            QTRY_VERIFY_WITH_TIMEOUT(resolved.has_value(), 20000);
            QVERIFY2(resolved->ok(), qPrintable(resolved->error().message));
            Result<net::ApiCall> call
                = net::buildApiCall(request->spec, *endpoint, resolved->value().endpoint, environment);
            QVERIFY2(call.ok(), qPrintable(call.error().message));
            std::unique_ptr<net::ApiReply> reply(client.send(call.value()));
            QSignalSpy finished(reply.get(), &net::ApiReply::finished);
            QVERIFY(finished.wait(30000));
            const net::HttpResponse& response = reply->response();
            if (name == u"Admin token") {
                // Sent without auth: the body's {{adminUser}} is not defined, which the engine reports by name.
                QVERIFY(response.errorMessage.contains(QStringLiteral("adminUser")));
                continue;
            }
            QVERIFY2(response.status == 200,
                qPrintable(QStringLiteral("%1: %2 %3").arg(name).arg(response.status).arg(response.errorMessage)));
            if (endpoint->auth.type == AuthType::OAuth1)
                QCOMPARE(reply->authDescription(), QStringLiteral("signed with OAuth 1.0a HMAC-SHA256"));
            if (name == u"Get product")
                QCOMPARE(QJsonDocument::fromJson(response.body).object().value(QStringLiteral("sku")).toString(),
                    QStringLiteral("SKU-0000001"));
            if (name == u"List products")
                QCOMPARE(
                    QJsonDocument::fromJson(response.body).object().value(QStringLiteral("items")).toArray().size(),
                    10);
        }
    }

    void cleanupTestCase()
    {
        if (m_server)
            m_server->stop();
    }
};

QTEST_GUILESS_MAIN(TestNewman)
#include "test_newman.moc"
