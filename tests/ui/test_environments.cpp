// The Environments view and its models: environments added, renamed and deleted through the dialog seams,
// variables typed into the table, secret variables stored in the real keychain and shown masked.

#include "core/secrets/secretstore.h"
#include "core/workspace/workspace.h"
#include "tests/support/testsupport.h"
#include "tests/ui/uitestsupport.h"
#include "ui/dialogs.h"
#include "ui/environmentmodels.h"
#include "ui/environmentsview.h"
#include "ui/workspacesession.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace studio;
using namespace studio::ui;

namespace {

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// Types into the cell editor the table has open, then confirms with Return.
void typeIntoCell(QTableView* table, const QModelIndex& index, const QString& text)
{
    if (!table->indexWidget(index)) {
        table->setCurrentIndex(index);
        table->edit(index);
    }
    auto* editor = qobject_cast<QLineEdit*>(table->indexWidget(index));
    QVERIFY2(editor, "no cell editor is open");
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits Return through a queued call.
    QTRY_VERIFY(!table->indexWidget(index));
}

} // namespace

class TestEnvironments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addVariablesAndSecrets();
    void renameAndDelete();
    void planRejectsBadNames_data();
    void planRejectsBadNames();
    void secretTurnedPlainNeedsNewValue();
    void modelTesters();

private:
    test::KeptTemporaryDir m_settings;
    std::unique_ptr<test::KeptTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceSession> m_session;
    QString m_folder;
};

void TestEnvironments::initTestCase()
{
    test::isolateSettings(m_settings.path());
}

void TestEnvironments::init()
{
    m_dir = std::make_unique<test::KeptTemporaryDir>();
    m_folder = m_dir->filePath(QStringLiteral("ws"));
    QVERIFY(Workspace::create(m_folder, QStringLiteral("Env test")).ok());
    m_session = std::make_unique<WorkspaceSession>();
    QVERIFY(test::openAndWait(*m_session, m_folder));
}

void TestEnvironments::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

void TestEnvironments::addVariablesAndSecrets()
{
    STUDIO_REQUIRE_KEYCHAIN(keychain);
    m_session->setSecretStore(keychain.get());
    EnvironmentsView view(m_session.get());
    view.resize(900, 600);
    view.show();
    QApplication::setActiveWindow(&view);
    QVERIFY(QTest::qWaitForWindowActive(&view));

    QSignalSpy finished(&view, &EnvironmentsView::operationFinished);
    InputDialog::setNextText(QStringLiteral("staging"));
    view.addEnvironment();
    QVERIFY(finished.wait());
    QVERIFY2(finished.last().first().toBool(), qPrintable(finished.last().last().toString()));
    QCOMPARE(view.currentEnvironment(), QStringLiteral("staging"));
    QCOMPARE(m_session->activeEnvironmentName(), QStringLiteral("staging")); // the first one becomes active

    // A plain variable and a secret one, typed into the table.
    QTableView* table = view.variablesTable();
    VariablesModel* model = view.variablesModel();
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("addVariable")), Qt::LeftButton);
    typeIntoCell(table, model->index(0, VariablesModel::NameColumn), QStringLiteral("shop_url"));
    typeIntoCell(table, model->index(0, VariablesModel::ValueColumn), QStringLiteral("https://staging.example"));
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("addVariable")), Qt::LeftButton);
    typeIntoCell(table, model->index(1, VariablesModel::NameColumn), QStringLiteral("api_password"));
    QCOMPARE(model->index(1, VariablesModel::NameColumn).data().toString(), QStringLiteral("api_password"));
    QVERIFY(model->setData(model->index(1, VariablesModel::SecretColumn), Qt::Checked, Qt::CheckStateRole));
    const QString secret = test::generatedSecret(QStringLiteral("pw"));
    const QModelIndex secretCell = model->index(1, VariablesModel::ValueColumn);
    table->setCurrentIndex(secretCell);
    table->edit(secretCell);
    auto* passwordEditor = qobject_cast<QLineEdit*>(table->indexWidget(secretCell));
    QVERIFY(passwordEditor);
    QCOMPARE(passwordEditor->echoMode(), QLineEdit::Password);
    QTest::keyClicks(passwordEditor, secret);
    QTest::keyClick(passwordEditor, Qt::Key_Return);
    QTRY_VERIFY(!table->indexWidget(secretCell));
    QCOMPARE(secretCell.data().toString(), QStringLiteral("••••••••"));
    QVERIFY(model->isDirty());

    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("saveVariables")), Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QVERIFY2(finished.last().first().toBool(), qPrintable(finished.last().last().toString()));
    QVERIFY(!model->isDirty());

    const Environment* saved = m_session->workspace()->environment(QStringLiteral("staging"));
    QVERIFY(saved);
    QCOMPARE(saved->variables.value(QStringLiteral("shop_url")), QStringLiteral("https://staging.example"));
    const QString ref = saved->secretVariables.value(QStringLiteral("api_password"));
    QVERIFY(ref.startsWith(QStringLiteral("ws-")));
    const QJsonObject json = readJson(m_session->workspace()->environmentPath(QStringLiteral("staging")));
    QVERIFY(!json.isEmpty());
    QCOMPARE(test::filesContaining(m_folder, secret.toUtf8()), QStringList());
    const Result<SecureBytes> stored = readSecretBlocking(*keychain, ref);
    QVERIFY(stored.ok());
    QVERIFY(stored.value() == SecureBytes::fromUtf8(secret));
    // Shown masked after reloading, and never put into an editor.
    const int row = model->index(0, 0).data().toString() == u"api_password" ? 0 : 1;
    QCOMPARE(model->index(row, VariablesModel::ValueColumn).data().toString(), QStringLiteral("••••••••"));
    QVERIFY(model->index(row, VariablesModel::ValueColumn).data(Qt::EditRole).toString().isEmpty());

    // Deleting the environment (confirmed through the seam) removes its secrets.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    view.deleteEnvironment();
    QVERIFY(finished.wait(15000));
    QVERIFY(finished.last().first().toBool());
    QVERIFY(!m_session->workspace()->environment(QStringLiteral("staging")));
    QVERIFY(!readSecretBlocking(*keychain, ref).ok());
}

void TestEnvironments::renameAndDelete()
{
    EnvironmentsView view(m_session.get());
    view.show();
    QSignalSpy finished(&view, &EnvironmentsView::operationFinished);
    for (const QString& name : {QStringLiteral("staging"), QStringLiteral("production")}) {
        InputDialog::setNextText(name);
        view.addEnvironment();
        QVERIFY(finished.wait());
    }
    QCOMPARE(view.environmentModel()->rowCount(), 2);
    // Bad and duplicate names are refused with a message.
    InputDialog::setNextText(QStringLiteral("../evil"));
    view.addEnvironment();
    QVERIFY(!finished.last().first().toBool());
    InputDialog::setNextText(QStringLiteral("production"));
    view.addEnvironment();
    QVERIFY(!finished.last().first().toBool());

    view.selectEnvironment(QStringLiteral("staging"));
    m_session->setActiveEnvironment(QStringLiteral("staging"));
    InputDialog::setNextText(QStringLiteral("Staging EU"));
    view.renameEnvironment();
    QVERIFY(finished.wait());
    QVERIFY2(finished.last().first().toBool(), qPrintable(finished.last().last().toString()));
    QVERIFY(m_session->workspace()->environment(QStringLiteral("Staging EU")));
    QVERIFY(!m_session->workspace()->environment(QStringLiteral("staging")));
    QCOMPARE(m_session->activeEnvironmentName(), QStringLiteral("Staging EU"));
    QCOMPARE(view.currentEnvironment(), QStringLiteral("Staging EU"));

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    view.deleteEnvironment();
    QCOMPARE(view.environmentModel()->rowCount(), 2);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    view.deleteEnvironment();
    QVERIFY(finished.wait());
    QCOMPARE(view.environmentModel()->rowCount(), 1);
    QVERIFY(m_session->activeEnvironmentName().isEmpty()); // the active one is gone
}

void TestEnvironments::planRejectsBadNames_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<bool>("ok");
    QTest::newRow("fine") << QStringList {QStringLiteral("host"), QStringLiteral("api.key-2")} << true;
    QTest::newRow("empty") << QStringList {QString()} << false;
    QTest::newRow("space") << QStringList {QStringLiteral("my host")} << false;
    QTest::newRow("braces") << QStringList {QStringLiteral("{{host}}")} << false;
    QTest::newRow("digit first") << QStringList {QStringLiteral("1host")} << false;
    QTest::newRow("duplicate") << QStringList {QStringLiteral("host"), QStringLiteral("host")} << false;
}

void TestEnvironments::planRejectsBadNames()
{
    QFETCH(QStringList, names);
    QFETCH(bool, ok);
    VariablesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Environment environment;
    environment.name = QStringLiteral("e");
    model.load(environment);
    for (const QString& name : names) {
        const int row = model.addVariable();
        model.setData(model.index(row, VariablesModel::NameColumn), name);
        model.setData(model.index(row, VariablesModel::ValueColumn), QStringLiteral("v"));
    }
    const auto plan = model.plan([] { return QStringLiteral("ws-x/new"); });
    QCOMPARE(plan.ok(), ok);
    if (!ok)
        QVERIFY(!plan.error().message.isEmpty());
}

void TestEnvironments::secretTurnedPlainNeedsNewValue()
{
    VariablesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Environment environment;
    environment.name = QStringLiteral("e");
    environment.secretVariables.insert(QStringLiteral("token"), QStringLiteral("ws-x/token"));
    environment.variables.insert(QStringLiteral("host"), QStringLiteral("h"));
    model.load(environment);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex secret = model.index(1, VariablesModel::SecretColumn);
    QCOMPARE(secret.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(model.setData(secret, Qt::Unchecked, Qt::CheckStateRole));
    auto plan = model.plan([] { return QStringLiteral("ws-x/new"); });
    QVERIFY(plan.ok());
    QCOMPARE(plan->orphanedRefs, QStringList {QStringLiteral("ws-x/token")});
    QCOMPARE(plan->environment.variables.value(QStringLiteral("token")), QString());
    // The plain value of "host" becomes a pending secret under a new reference.
    QVERIFY(model.setData(model.index(0, VariablesModel::SecretColumn), Qt::Checked, Qt::CheckStateRole));
    plan = model.plan([] { return QStringLiteral("ws-x/new"); });
    QVERIFY(plan.ok());
    QCOMPARE(plan->environment.secretVariables.value(QStringLiteral("host")), QStringLiteral("ws-x/new"));
    QCOMPARE(plan->writes.size(), 1);
    QVERIFY(plan->writes.first().second == SecureBytes::fromUtf8(QStringLiteral("h")));
    QVERIFY(!plan->environment.variables.contains(QStringLiteral("host")));
}

void TestEnvironments::modelTesters()
{
    EnvironmentListModel list(m_session.get());
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(list.rowCount(), 0);
    for (const QString& name : {QStringLiteral("b"), QStringLiteral("a")}) {
        Environment environment;
        environment.name = name;
        QSignalSpy changed(m_session.get(), &WorkspaceSession::changed);
        m_session->modify([environment](Workspace& ws) { return ws.saveEnvironment(environment); }, this);
        QVERIFY(changed.wait());
    }
    QCOMPARE(list.rowCount(), 2);
    QCOMPARE(list.nameAt(0), QStringLiteral("a"));
    m_session->setActiveEnvironment(QStringLiteral("b"));
    QVERIFY(list.index(1).data(Qt::FontRole).value<QFont>().bold());
    m_session->close();
    QCOMPARE(list.rowCount(), 0);
}

QTEST_MAIN(TestEnvironments)
#include "test_environments.moc"
