// "Replay as-is" end to end: the demo workspace against a real sandbox over loopback, the demo credentials in the
// real keyring, requests sent through the engine into the workspace's request log, found in the log browser and
// sent again from it — signed afresh, recorded, and shown as a new row.

#include "core/log/logreader.h"
#include "core/net/apiclient.h"
#include "core/sandbox/sandboxcounters.h"
#include "core/sandbox/sandboxserver.h"
#include "core/secrets/secretstore.h"
#include "core/workspace/workspace.h"
#include "tests/support/testsupport.h"
#include "tests/ui/uitestsupport.h"
#include "ui/dialogs.h"
#include "ui/logs/logbrowserview.h"
#include "ui/logs/logtablemodel.h"
#include "ui/noticebar.h"
#include "ui/workspacesession.h"

#include <QAction>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace studio;
using namespace studio::ui;

namespace {
constexpr int WaitMs = 30000;
}

class TestLogReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void replaySignedGet();
    void replayWithRedactedBodyAsksFirst();

private:
    /// Sends one request through the engine (into the workspace's log) and returns its log entry id.
    qint64 send(const QString& endpointId, const QByteArray& method, const QString& target,
        const QList<QPair<QString, QString>>& query, const QByteArray& body, int expectedStatus);
    /// The newest entry in the log.
    LogEntry newestEntry();

    test::KeptTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<WorkspaceSession> m_session;
    std::shared_ptr<KeychainStore> m_keychain;
    QList<QPair<QString, SecureBytes>> m_entries;
    std::unique_ptr<net::ApiClient> m_client;
    std::unique_ptr<LogBrowserView> m_view;
};

void TestLogReplay::initTestCase()
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
    QVERIFY(opened.wait(WaitMs));
    QVERIFY2(m_session->requestRecorder(), qPrintable(m_session->requestLogProblem()));

    Environment environment = *m_session->workspace()->environment(QStringLiteral("Sandbox"));
    environment.variables.insert(QStringLiteral("magento_url"), m_server->baseUrl());
    environment.variables.insert(QStringLiteral("erp_url"), m_server->erpBaseUrl());
    QSignalSpy changed(m_session.get(), &WorkspaceSession::changed);
    m_session->modify([environment](Workspace& ws) { return ws.saveEnvironment(environment); }, this);
    QVERIFY(changed.wait(WaitMs));
    m_session->setActiveEnvironment(QStringLiteral("Sandbox"));

    m_entries = sandbox::demoSecretEntries(m_server->demoCredentials());
    for (const auto& [ref, value] : std::as_const(m_entries))
        QVERIFY(writeSecretBlocking(*m_keychain, ref, value).ok());

    // The "console": its own engine writing into the workspace's log, with the workspace's fingerprint salt.
    const Result<QByteArray> salt = net::loadOrCreateFingerprintSalt(m_session->workspace()->stateFolder());
    QVERIFY(salt.ok());
    m_client = std::make_unique<net::ApiClient>(m_keychain.get(), m_session->requestRecorder());
    net::ApiClientOptions clientOptions = m_client->options();
    clientOptions.fingerprintSalt = salt.value();
    m_client->setOptions(clientOptions);

    // The browser follows the session and makes its own engine for replays.
    m_view = std::make_unique<LogBrowserView>();
    m_view->model()->setPollInterval(50);
    m_view->setSession(m_session.get());
    m_view->resize(1200, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestLogReplay::cleanupTestCase()
{
    m_view.reset();
    m_client.reset();
    if (m_keychain) {
        for (const auto& entry : std::as_const(m_entries))
            removeSecretBlocking(*m_keychain, entry.first);
    }
    m_session.reset();
    if (m_server)
        m_server->stop();
}

LogEntry TestLogReplay::newestEntry()
{
    auto reader = LogReader::open(m_view->model()->logPath());
    if (!reader)
        return LogEntry();
    const Result<LogInfo> info = reader.value()->info();
    if (!info || info->lastId == 0)
        return LogEntry();
    Result<LogEntry> entry = reader.value()->entry(info->lastId);
    return entry ? entry.value() : LogEntry();
}

qint64 TestLogReplay::send(const QString& endpointId, const QByteArray& method, const QString& target,
    const QList<QPair<QString, QString>>& query, const QByteArray& body, int expectedStatus)
{
    net::ApiCall call;
    call.endpoint = *m_session->workspace()->endpoint(endpointId);
    call.environment = *m_session->workspace()->environment(QStringLiteral("Sandbox"));
    call.method = method;
    call.target = target;
    call.query = query;
    call.body = body;
    std::unique_ptr<net::ApiReply> reply(m_client->send(call));
    QSignalSpy finished(reply.get(), &net::ApiReply::finished);
    if (!finished.wait(WaitMs)) {
        qWarning("no answer");
        return 0;
    }
    if (reply->response().status != expectedStatus) {
        qWarning("%s %s: status %d (%s)", method.constData(), qPrintable(target), reply->response().status,
            qPrintable(reply->response().errorMessage));
        return 0;
    }
    // The browser picks the new entry up from the log on its own.
    const int before = m_view->model()->rowCount();
    QSignalSpy arrived(m_view->model(), &LogTableModel::entriesArrived);
    while (m_view->model()->rowCount() == before) {
        if (!arrived.wait(WaitMs))
            return 0;
    }
    return m_view->model()->idAt(0);
}

void TestLogReplay::replaySignedGet()
{
    const qint64 id = send(QStringLiteral("magento-sandbox"), "GET", QStringLiteral("/rest/default/V1/products"),
        {{QStringLiteral("searchCriteria[pageSize]"), QStringLiteral("2")},
            {QStringLiteral("searchCriteria[currentPage]"), QStringLiteral("1")}},
        QByteArray(), 200);
    QVERIFY(id > 0);
    const LogEntry original = newestEntry();
    QCOMPARE(original.id, id);
    QVERIFY(original.url.contains(QStringLiteral("/rest/default/V1/products?")));
    QVERIFY2(net::headerValue(original.requestHeaders, "Authorization").contains("[redacted]"),
        net::headerValue(original.requestHeaders, "Authorization").constData());

    QSignalSpy shown(m_view.get(), &LogBrowserView::entryShown);
    m_view->selectEntry(id);
    QVERIFY(shown.wait(WaitMs));
    QVERIFY(m_view->replayAction()->isEnabled());
    const qint64 requestsBefore = m_server->counters().totalRequests();
    const int rowsBefore = m_view->model()->rowCount();
    QSignalSpy replayed(m_view.get(), &LogBrowserView::replayFinished);
    m_view->replayAction()->trigger();
    QVERIFY(replayed.wait(WaitMs));
    QCOMPARE(replayed.first().at(0).toLongLong(), id);
    QVERIFY2(replayed.first().at(1).toBool(), qPrintable(replayed.first().at(2).toString()));
    // Signed afresh: the sandbox's OAuth verifier accepted it.
    QVERIFY2(replayed.first().at(2).toString().contains(QStringLiteral("HTTP 200")),
        qPrintable(replayed.first().at(2).toString()));
    QCOMPARE(m_server->counters().totalRequests(), requestsBefore + 1);

    // The new exchange is in the log and in the table, at the top.
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowCount(), rowsBefore + 1, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->summaryAt(0) != nullptr, WaitMs);
    const LogSummary* top = m_view->model()->summaryAt(0);
    QCOMPARE(top->runId, QStringLiteral("replay:%1").arg(id));
    QCOMPARE(top->url, original.url);
    QCOMPARE(top->status, 200);
    const LogEntry replay = newestEntry();
    QCOMPARE(replay.id, top->id);
    QCOMPARE(replay.method, QByteArray("GET"));
    QCOMPARE(replay.endpointId, original.endpointId);
    QCOMPARE(replay.environment, original.environment);
    QCOMPARE(replay.credentialFingerprint, original.credentialFingerprint);
    QCOMPARE(net::headerValue(replay.requestHeaders, "X-Unknown"), QByteArray());
    QCOMPARE(replay.responseBody, original.responseBody);
}

void TestLogReplay::replayWithRedactedBodyAsksFirst()
{
    // A customer token request: the log redacts the password, so a replay would send "[redacted]".
    const sandbox::DemoCredentials served = m_server->demoCredentials();
    QVERIFY(!served.customerEmail.isEmpty());
    const QByteArray body = "{\"username\":\"" + served.customerEmail.toUtf8() + "\",\"password\":\""
        + served.customerPassword.reveal() + "\"}";
    const qint64 id = send(QStringLiteral("magento-sandbox"), "POST",
        QStringLiteral("/rest/default/V1/integration/customer/token"), {}, body, 200);
    QVERIFY(id > 0);
    const LogEntry original = newestEntry();
    QVERIFY(original.requestBody.contains("[redacted]"));
    QVERIFY(!original.requestBody.contains(served.customerPassword.reveal()));

    QSignalSpy shown(m_view.get(), &LogBrowserView::entryShown);
    m_view->selectEntry(id);
    QVERIFY(shown.wait(WaitMs));

    // Declined: nothing goes out.
    const qint64 requestsBefore = m_server->counters().totalRequests();
    const int rowsBefore = m_view->model()->rowCount();
    QSignalSpy replayed(m_view.get(), &LogBrowserView::replayFinished);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_view->replayAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_view->notice()->text().contains(QStringLiteral("cancelled")), WaitMs);
    QVERIFY(replayed.isEmpty());
    QCOMPARE(m_server->counters().totalRequests(), requestsBefore);

    // Accepted: sent with the marker, refused by the shop, recorded.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_view->replayAction()->trigger();
    QVERIFY(replayed.wait(WaitMs));
    QVERIFY(replayed.first().at(1).toBool());
    QVERIFY2(replayed.first().at(2).toString().contains(QStringLiteral("HTTP 401")),
        qPrintable(replayed.first().at(2).toString()));
    QCOMPARE(m_server->counters().totalRequests(), requestsBefore + 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowCount(), rowsBefore + 1, WaitMs);
    const LogEntry replay = newestEntry();
    QCOMPARE(replay.runId, QStringLiteral("replay:%1").arg(id));
    QCOMPARE(replay.status, 401);
    QCOMPARE(replay.requestBody, original.requestBody);
}

QTEST_MAIN(TestLogReplay)
#include "test_logreplay.moc"
