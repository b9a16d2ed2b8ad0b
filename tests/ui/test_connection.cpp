// "Test connection" end to end: the demo workspace against a real sandbox over loopback, with the demo
// credentials in the real keychain, through the editor's button and the engine's EndpointConnectionTester.

#include "core/net/connectiontester.h"
#include "core/sandbox/sandboxserver.h"
#include "core/secrets/secretstore.h"
#include "core/workspace/workspace.h"
#include "tests/support/testsupport.h"
#include "tests/ui/uitestsupport.h"
#include "ui/endpointeditor.h"
#include "ui/workspacesession.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace studio;
using namespace studio::ui;

class TestConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void demoEndpointsConnect_data();
    void demoEndpointsConnect();
    void wrongSecretFailsAuthentication();

private:
    ConnectionReport runTest(const Endpoint& endpoint, QTreeWidget** results = nullptr);

    test::KeptTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<WorkspaceSession> m_session;
    std::shared_ptr<KeychainStore> m_keychain;
    QList<QPair<QString, SecureBytes>> m_entries;
    std::unique_ptr<EndpointEditor> m_editor;
};

void TestConnection::initTestCase()
{
    test::isolateSettings(m_dir.filePath(QStringLiteral("settings")));
    STUDIO_REQUIRE_KEYCHAIN(keychain);
    m_keychain = keychain;

    sandbox::SandboxOptions options;
    options.port = 0;
    options.erpPort = 0;
    options.dataDir = m_dir.filePath(QStringLiteral("sandbox"));
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    const Status started = m_server->start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));

    m_session = std::make_unique<WorkspaceSession>();
    m_session->setSecretStore(m_keychain.get());
    QSignalSpy opened(m_session.get(), &WorkspaceSession::opened);
    m_session->openDemo(m_dir.filePath(QStringLiteral("demo")));
    QVERIFY(opened.wait());

    // Point the demo environment at this sandbox's ports.
    Environment sandboxEnvironment = *m_session->workspace()->environment(QStringLiteral("Sandbox"));
    sandboxEnvironment.variables.insert(QStringLiteral("magento_url"), m_server->baseUrl());
    sandboxEnvironment.variables.insert(QStringLiteral("erp_url"), m_server->erpBaseUrl());
    QSignalSpy changed(m_session.get(), &WorkspaceSession::changed);
    m_session->modify([sandboxEnvironment](Workspace& ws) { return ws.saveEnvironment(sandboxEnvironment); }, this);
    QVERIFY(changed.wait());
    m_session->setActiveEnvironment(QStringLiteral("Sandbox"));

    // The demo credentials, as --demo stores them.
    m_entries = sandbox::demoSecretEntries(m_server->demoCredentials());
    for (const auto& [ref, value] : std::as_const(m_entries))
        QVERIFY(writeSecretBlocking(*m_keychain, ref, value).ok());
}

void TestConnection::cleanupTestCase()
{
    m_editor.reset();
    if (m_keychain) {
        for (const auto& entry : std::as_const(m_entries))
            removeSecretBlocking(*m_keychain, entry.first);
    }
    m_session.reset();
    if (m_server)
        m_server->stop();
}

ConnectionReport TestConnection::runTest(const Endpoint& endpoint, QTreeWidget** results)
{
    const ConnectionTesterFactory factory = [this](SecretStore* secrets, QObject* parent) -> ConnectionTester* {
        return new net::EndpointConnectionTester(secrets, m_session->requestRecorder(), parent);
    };
    m_editor = std::make_unique<EndpointEditor>(m_session.get(), endpoint, false, factory);
    m_editor->show();
    auto* button = m_editor->findChild<QPushButton*>(QStringLiteral("testConnection"));
    if (!button || !button->isEnabled())
        return ConnectionReport {false, QStringLiteral("the Test connection button is not enabled"), {}};
    QSignalSpy finished(m_editor.get(), &EndpointEditor::connectionTestFinished);
    QTest::mouseClick(button, Qt::LeftButton);
    if (!finished.wait(30000))
        return ConnectionReport {false, QStringLiteral("no answer within 30 s"), {}};
    if (results)
        *results = m_editor->findChild<QTreeWidget*>(QStringLiteral("testResults"));
    return finished.first().first().value<ConnectionReport>();
}

void TestConnection::demoEndpointsConnect_data()
{
    QTest::addColumn<QString>("endpointId");
    QTest::newRow("magento oauth1") << QStringLiteral("magento-sandbox");
    QTest::newRow("magento admin token") << QStringLiteral("magento-sandbox-admin");
    QTest::newRow("erp api key") << QStringLiteral("erp-demo");
}

void TestConnection::demoEndpointsConnect()
{
    QFETCH(QString, endpointId);
    const Endpoint* endpoint = m_session->workspace()->endpoint(endpointId);
    QVERIFY2(endpoint, qPrintable(endpointId));
    QTreeWidget* results = nullptr;
    const ConnectionReport report = runTest(*endpoint, &results);
    QVERIFY2(report.ok, qPrintable(net::formatConnectionReport(report)));
    QVERIFY(results);
    QVERIFY(results->topLevelItemCount() >= 2);
    for (int i = 0; i < results->topLevelItemCount(); ++i)
        QVERIFY2(results->topLevelItem(i)->text(1) != u"Failed", qPrintable(results->topLevelItem(i)->text(2)));
    QCOMPARE(m_editor->findChild<QLabel*>(QStringLiteral("testSummary"))->text(), report.summary);
}

void TestConnection::wrongSecretFailsAuthentication()
{
    // Magento checks the OAuth 1.0a signature, so a wrong consumer secret must fail the authentication step.
    Endpoint endpoint = *m_session->workspace()->endpoint(QStringLiteral("magento-sandbox"));
    const QString wrongRef = newSecretRef(m_session->workspace()->id());
    QVERIFY(writeSecretBlocking(
        *m_keychain, wrongRef, SecureBytes::fromUtf8(test::generatedSecret(QStringLiteral("wrong"))))
                .ok());
    m_entries.append({wrongRef, SecureBytes()});
    endpoint.auth.secretRefs.insert(QStringLiteral("consumerSecret"), wrongRef);
    QTreeWidget* results = nullptr;
    const ConnectionReport report = runTest(endpoint, &results);
    QVERIFY2(!report.ok, qPrintable(net::formatConnectionReport(report)));
    QVERIFY(results);
    bool failedCheck = false;
    for (int i = 0; i < results->topLevelItemCount(); ++i)
        failedCheck = failedCheck || results->topLevelItem(i)->text(1) == u"Failed";
    QVERIFY(failedCheck);
}

QTEST_MAIN(TestConnection)
#include "test_connection.moc"
