// The endpoint editor and the Endpoints view, driven through their widgets: every kind filled with key
// clicks and saved (JSON on disk, secrets in the real keychain and nowhere in the workspace), inline
// validation, and add / duplicate / rename / delete with confirmations answered through the test seams.

#include "core/secrets/secretstore.h"
#include "core/workspace/workspace.h"
#include "tests/support/testsupport.h"
#include "tests/ui/uitestsupport.h"
#include "ui/dialogs.h"
#include "ui/endpointeditor.h"
#include "ui/endpointlistmodel.h"
#include "ui/endpointsview.h"
#include "ui/workspacesession.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace studio;
using namespace studio::ui;

namespace {

/// One field to fill: a line edit typed into, or a combo chosen by its item data.
struct Input
{
    QString field;
    QString text;
    bool secret = false;
};

QLineEdit* lineEdit(QWidget* editor, const QString& field)
{
    return editor->findChild<QLineEdit*>(field);
}

/// Brings the tab that holds `widget` to the front, as a user would before typing into it.
void reveal(QWidget* widget)
{
    for (QWidget* w = widget; w; w = w->parentWidget()) {
        if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->widget(i)->isAncestorOf(widget))
                    tabs->setCurrentIndex(i);
            }
        }
    }
}

void typeInto(QWidget* editor, const QString& field, const QString& text)
{
    QLineEdit* edit = lineEdit(editor, field);
    QVERIFY2(edit, qPrintable(field));
    reveal(edit);
    QVERIFY2(edit->isVisibleTo(editor), qPrintable(field + QStringLiteral(" is hidden")));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

void choose(QWidget* editor, const QString& field, const QString& data)
{
    auto* combo = editor->findChild<QComboBox*>(field);
    QVERIFY2(combo, qPrintable(field));
    reveal(combo);
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    // Keyboard selection, as a user would: focus, then step with the arrow keys to the item.
    combo->setFocus();
    while (combo->currentIndex() < index)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > index)
        QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(combo->currentData().toString(), data);
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonValue valueAt(const QJsonObject& root, const QString& dottedPath)
{
    QJsonValue value = root;
    for (const QString& part : dottedPath.split(u'.'))
        value = value.toObject().value(part);
    return value;
}

using StringMap = QMap<QString, QString>;

} // namespace

class TestEndpointEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void saveEachKind_data();
    void saveEachKind();
    void inlineValidation_data();
    void inlineValidation();
    void unknownVariablesAreFlagged();
    void authTypeNotOfferedIsFlagged();
    void emptyPasswordKeepsStoredSecret();
    void proxySetting();
    void testConnectionListsChecks();
    void testConnectionCanBeCancelled();
    void addDuplicateRenameDelete();
    void modelTester();

private:
    std::unique_ptr<test::KeptTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceSession> m_session;
    std::shared_ptr<KeychainStore> m_keychain;
    QString m_folder;
    QStringList m_createdRefs;
};

void TestEndpointEditor::initTestCase()
{
    static test::KeptTemporaryDir settingsDir;
    test::isolateSettings(settingsDir.path());
}

void TestEndpointEditor::init()
{
    m_dir = std::make_unique<test::KeptTemporaryDir>();
    m_folder = m_dir->filePath(QStringLiteral("ws"));
    QVERIFY(Workspace::create(m_folder, QStringLiteral("Editor test")).ok());
    m_session = std::make_unique<WorkspaceSession>();
    QVERIFY(test::openAndWait(*m_session, m_folder));
}

void TestEndpointEditor::cleanup()
{
    if (m_keychain && !m_createdRefs.isEmpty()) {
        for (const QString& ref : std::as_const(m_createdRefs))
            removeSecretBlocking(*m_keychain, ref);
    }
    m_createdRefs.clear();
    m_session.reset();
    m_dir.reset();
}

void TestEndpointEditor::saveEachKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QList<Input>>("inputs");
    QTest::addColumn<StringMap>("combos");
    QTest::addColumn<QString>("expectedId");
    QTest::addColumn<StringMap>("expectedJson");
    QTest::addColumn<QStringList>("secretFields");

    QTest::newRow("magento") << int(EndpointKind::Magento)
                             << QList<Input> {{QStringLiteral("name"), QStringLiteral("Shop Staging")},
                                    {QStringLiteral("baseUrl"), QStringLiteral("https://staging.shop.example")},
                                    {QStringLiteral("storeCode"), QStringLiteral("de_store")},
                                    {QStringLiteral("auth.consumerKey"), QString(), true},
                                    {QStringLiteral("auth.consumerSecret"), QString(), true},
                                    {QStringLiteral("auth.accessToken"), QString(), true},
                                    {QStringLiteral("auth.accessTokenSecret"), QString(), true}}
                             << StringMap {} << QStringLiteral("shop-staging")
                             << StringMap {{QStringLiteral("kind"), QStringLiteral("magento")},
                                    {QStringLiteral("baseUrl"), QStringLiteral("https://staging.shop.example")},
                                    {QStringLiteral("storeCode"), QStringLiteral("de_store")},
                                    {QStringLiteral("auth.type"), QStringLiteral("oauth1")},
                                    {QStringLiteral("auth.fields.signatureMethod"), QStringLiteral("HMAC-SHA256")}}
                             << QStringList {QStringLiteral("consumerKey"), QStringLiteral("consumerSecret"),
                                    QStringLiteral("accessToken"), QStringLiteral("accessTokenSecret")};
    QTest::newRow("rest") << int(EndpointKind::Rest)
                          << QList<Input> {{QStringLiteral("name"), QStringLiteral("ERP API")},
                                 {QStringLiteral("baseUrl"), QStringLiteral("https://erp.example.com/api")},
                                 {QStringLiteral("auth.username"), QStringLiteral("integration")},
                                 {QStringLiteral("auth.password"), QString(), true}}
                          << StringMap {{QStringLiteral("auth.type"), QStringLiteral("basic")}}
                          << QStringLiteral("erp-api")
                          << StringMap {{QStringLiteral("kind"), QStringLiteral("rest")},
                                 {QStringLiteral("baseUrl"), QStringLiteral("https://erp.example.com/api")},
                                 {QStringLiteral("auth.type"), QStringLiteral("basic")},
                                 {QStringLiteral("auth.fields.username"), QStringLiteral("integration")}}
                          << QStringList {QStringLiteral("password")};
    QTest::newRow("graphql") << int(EndpointKind::GraphQL)
                             << QList<Input> {{QStringLiteral("name"), QStringLiteral("PIM Graph")},
                                    {QStringLiteral("baseUrl"), QStringLiteral("https://pim.example.com/graphql")},
                                    {QStringLiteral("auth.token"), QString(), true}}
                             << StringMap {{QStringLiteral("auth.type"), QStringLiteral("bearer")}}
                             << QStringLiteral("pim-graph")
                             << StringMap {{QStringLiteral("kind"), QStringLiteral("graphql")},
                                    {QStringLiteral("baseUrl"), QStringLiteral("https://pim.example.com/graphql")},
                                    {QStringLiteral("auth.type"), QStringLiteral("bearer")}}
                             << QStringList {QStringLiteral("token")};
    QTest::newRow("sql") << int(EndpointKind::Sql)
                         << QList<Input> {{QStringLiteral("name"), QStringLiteral("Warehouse DB")},
                                {QStringLiteral("sql.host"), QStringLiteral("db.example.com")},
                                {QStringLiteral("sql.database"), QStringLiteral("wms")},
                                {QStringLiteral("auth.username"), QStringLiteral("reader")},
                                {QStringLiteral("auth.password"), QString(), true}}
                         << StringMap {{QStringLiteral("sql.driver"), QStringLiteral("QPSQL")}}
                         << QStringLiteral("warehouse-db")
                         << StringMap {{QStringLiteral("kind"), QStringLiteral("sql")},
                                {QStringLiteral("sql.driver"), QStringLiteral("QPSQL")},
                                {QStringLiteral("sql.host"), QStringLiteral("db.example.com")},
                                {QStringLiteral("sql.database"), QStringLiteral("wms")},
                                {QStringLiteral("auth.type"), QStringLiteral("basic")},
                                {QStringLiteral("auth.fields.username"), QStringLiteral("reader")}}
                         << QStringList {QStringLiteral("password")};
    QTest::newRow("file") << int(EndpointKind::File)
                          << QList<Input> {{QStringLiteral("name"), QStringLiteral("Price files")},
                                 {QStringLiteral("file.folder"), QStringLiteral("/srv/import/prices")},
                                 {QStringLiteral("file.pattern"), QStringLiteral("prices-*.csv")},
                                 {QStringLiteral("file.delimiter"), QStringLiteral(";")}}
                          << StringMap {{QStringLiteral("file.format"), QStringLiteral("csv")}}
                          << QStringLiteral("price-files")
                          << StringMap {{QStringLiteral("kind"), QStringLiteral("file")},
                                 {QStringLiteral("file.folder"), QStringLiteral("/srv/import/prices")},
                                 {QStringLiteral("file.pattern"), QStringLiteral("prices-*.csv")},
                                 {QStringLiteral("file.format"), QStringLiteral("csv")},
                                 {QStringLiteral("file.delimiter"), QStringLiteral(";")}}
                          << QStringList {};
}

void TestEndpointEditor::saveEachKind()
{
    QFETCH(int, kind);
    QFETCH(QList<Input>, inputs);
    QFETCH(StringMap, combos);
    QFETCH(QString, expectedId);
    QFETCH(StringMap, expectedJson);
    QFETCH(QStringList, secretFields);

    STUDIO_REQUIRE_KEYCHAIN(keychain);
    m_keychain = keychain;
    m_session->setSecretStore(keychain.get());

    EndpointEditor editor(m_session.get(), EndpointEditor::newEndpoint(EndpointKind(kind)), true, {});
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(!editor.canSave()); // the name is still empty

    for (auto it = combos.cbegin(); it != combos.cend(); ++it)
        choose(&editor, it.key(), it.value());
    StringMap secrets;
    for (const Input& input : inputs) {
        const QString text = input.secret ? test::generatedSecret(input.field) : input.text;
        typeInto(&editor, input.field, text);
        if (input.secret) {
            QCOMPARE(lineEdit(&editor, input.field)->echoMode(), QLineEdit::Password);
            secrets.insert(input.field.mid(5), text);
        }
    }
    QVERIFY2(editor.canSave(), qPrintable(editor.problems().isEmpty() ? QString() : editor.problems().first().message));

    QSignalSpy saved(&editor, &EndpointEditor::saved);
    auto* buttons = editor.findChild<QDialogButtonBox*>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(saved.wait(15000));
    QCOMPARE(saved.first().first().toString(), expectedId);
    QTRY_VERIFY(!editor.isVisible());

    // The file on disk holds the plain settings and only references for the secrets.
    const QString path = m_folder + QStringLiteral("/endpoints/") + expectedId + QStringLiteral(".json");
    const QJsonObject json = readJson(path);
    QVERIFY2(!json.isEmpty(), qPrintable(path));
    for (auto it = expectedJson.cbegin(); it != expectedJson.cend(); ++it)
        QCOMPARE(valueAt(json, it.key()).toString(), it.value());
    const QJsonObject refs = valueAt(json, QStringLiteral("auth.secretRefs")).toObject();
    QCOMPARE(refs.keys(), [&] {
        QStringList sorted = secretFields;
        sorted.sort();
        return sorted;
    }());

    // Each secret is in the keychain under its reference, and nowhere under the workspace folder.
    const Workspace* workspace = m_session->workspace();
    for (const QString& field : secretFields) {
        const QString ref = refs.value(field).toString();
        QVERIFY2(ref.startsWith(QStringLiteral("ws-") + workspace->id() + u'/'), qPrintable(ref));
        m_createdRefs.append(ref);
        const Result<SecureBytes> stored = readSecretBlocking(*keychain, ref);
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().toString()));
        QVERIFY(stored.value() == SecureBytes::fromUtf8(secrets.value(field)));
        QCOMPARE(test::filesContaining(m_folder, secrets.value(field).toUtf8()), QStringList());
    }
    // The password fields are emptied once saved.
    for (const QString& field : secretFields)
        QVERIFY(lineEdit(&editor, QStringLiteral("auth.") + field)->text().isEmpty());
}

void TestEndpointEditor::inlineValidation_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problemField");
    QTest::addColumn<bool>("canSave");

    QTest::newRow("magento ok") << int(EndpointKind::Magento) << "baseUrl"
                                << "https://shop.example"
                                << "" << true;
    QTest::newRow("bad url") << int(EndpointKind::Magento) << "baseUrl"
                             << "shop example"
                             << "baseUrl" << false;
    QTest::newRow("ftp url") << int(EndpointKind::Rest) << "baseUrl"
                             << "ftp://erp.example"
                             << "baseUrl" << false;
    QTest::newRow("empty url") << int(EndpointKind::GraphQL) << "baseUrl"
                               << ""
                               << "baseUrl" << false;
    QTest::newRow("variable url") << int(EndpointKind::Rest) << "baseUrl"
                                  << "{{erp_url}}"
                                  << "" << true;
    QTest::newRow("bad store code") << int(EndpointKind::Magento) << "storeCode"
                                    << "De Store"
                                    << "storeCode" << false;
    QTest::newRow("bad pin") << int(EndpointKind::Rest) << "tls.pinnedSha256"
                             << "abc"
                             << "tls.pinnedSha256" << false;
    QTest::newRow("file without folder") << int(EndpointKind::File) << "file.folder"
                                         << ""
                                         << "file.folder" << false;
    QTest::newRow("file bad delimiter") << int(EndpointKind::File) << "file.delimiter"
                                        << ";;"
                                        << "file.delimiter" << false;
    QTest::newRow("sqlite without file") << int(EndpointKind::Sql) << "sql.database"
                                         << ""
                                         << "sql.database" << false;
}

void TestEndpointEditor::inlineValidation()
{
    QFETCH(int, kind);
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, problemField);
    QFETCH(bool, canSave);

    Endpoint endpoint = EndpointEditor::newEndpoint(EndpointKind(kind));
    endpoint.auth.type = AuthType::None;
    if (endpoint.kind == EndpointKind::Magento)
        endpoint.auth.type = AuthType::Bearer;
    endpoint.auth.secretRefs.insert(QStringLiteral("token"), QStringLiteral("ws-x/existing")); // "stored" already
    endpoint.baseUrl = QStringLiteral("https://valid.example");
    endpoint.sql.database = QStringLiteral("/tmp/data.sqlite");
    endpoint.file.folder = QStringLiteral("/tmp");
    EndpointEditor editor(m_session.get(), endpoint, true, {});
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(!editor.canSave()); // no name yet
    QVERIFY(!editor.messageFor(QStringLiteral("name")).isEmpty());
    typeInto(&editor, QStringLiteral("name"), QStringLiteral("Validation"));
    QVERIFY(editor.messageFor(QStringLiteral("name")).isEmpty());

    QLineEdit* edit = lineEdit(&editor, field);
    QVERIFY(edit);
    reveal(edit);
    edit->clear();
    if (!text.isEmpty())
        QTest::keyClicks(edit, text);
    QCOMPARE(editor.canSave(), canSave);
    auto* buttons = editor.findChild<QDialogButtonBox*>();
    QCOMPARE(buttons->button(QDialogButtonBox::Save)->isEnabled(), canSave);
    if (!problemField.isEmpty()) {
        QVERIFY2(!editor.messageFor(problemField).isEmpty(), qPrintable(problemField));
        auto* message = editor.findChild<QLabel*>(problemField + QStringLiteral(".message"));
        QVERIFY(message && message->isVisible());
    }
}

void TestEndpointEditor::unknownVariablesAreFlagged()
{
    Environment staging;
    staging.name = QStringLiteral("staging");
    staging.variables.insert(QStringLiteral("shop_url"), QStringLiteral("https://staging.example"));
    QSignalSpy changed(m_session.get(), &WorkspaceSession::changed);
    m_session->modify([staging](Workspace& ws) { return ws.saveEnvironment(staging); }, this);
    QVERIFY(changed.wait());
    m_session->setActiveEnvironment(QStringLiteral("staging"));

    Endpoint endpoint = EndpointEditor::newEndpoint(EndpointKind::Rest);
    EndpointEditor editor(m_session.get(), endpoint, true, {});
    editor.show();
    typeInto(&editor, QStringLiteral("name"), QStringLiteral("Vars"));
    typeInto(&editor, QStringLiteral("baseUrl"), QStringLiteral("{{shop_url}}"));
    // A known variable: the field shows what it becomes in the active environment.
    QCOMPARE(editor.messageFor(QStringLiteral("baseUrl")), QStringLiteral("In “staging”: https://staging.example"));
    QVERIFY(editor.canSave());
    typeInto(&editor, QStringLiteral("baseUrl"), QStringLiteral("{{erp_host}}/api"));
    const QString warning = editor.messageFor(QStringLiteral("baseUrl"));
    QVERIFY2(warning.contains(QStringLiteral("{{erp_host}}")), qPrintable(warning));
    QVERIFY2(warning.contains(QStringLiteral("staging")), qPrintable(warning));
    // A variable defined in another environment is possible: a warning, not a blocker.
    QVERIFY(editor.canSave());
}

void TestEndpointEditor::authTypeNotOfferedIsFlagged()
{
    // A hand-edited file with a bearer token on a SQL endpoint: shown as it is and flagged, never switched silently.
    Endpoint endpoint = EndpointEditor::newEndpoint(EndpointKind::Sql);
    endpoint.name = QStringLiteral("Odd");
    endpoint.sql.database = QStringLiteral("/tmp/odd.sqlite");
    endpoint.auth.type = AuthType::Bearer;
    endpoint.auth.secretRefs.insert(QStringLiteral("token"), QStringLiteral("ws-x/odd"));
    EndpointEditor editor(m_session.get(), endpoint, false, {});
    QCOMPARE(editor.currentEndpoint().auth.type, AuthType::Bearer);
    QVERIFY(!editor.messageFor(QStringLiteral("auth.type")).isEmpty());
    QVERIFY(!editor.canSave());
    choose(&editor, QStringLiteral("auth.type"), QStringLiteral("none"));
    QVERIFY(editor.canSave());
}

void TestEndpointEditor::emptyPasswordKeepsStoredSecret()
{
    STUDIO_REQUIRE_KEYCHAIN(keychain);
    m_keychain = keychain;
    m_session->setSecretStore(keychain.get());
    const QString ref = newSecretRef(m_session->workspace()->id());
    const QString secret = test::generatedSecret(QStringLiteral("token"));
    QVERIFY(writeSecretBlocking(*keychain, ref, SecureBytes::fromUtf8(secret)).ok());
    m_createdRefs.append(ref);
    Endpoint endpoint = EndpointEditor::newEndpoint(EndpointKind::Rest);
    endpoint.id = QStringLiteral("crm");
    endpoint.name = QStringLiteral("CRM");
    endpoint.baseUrl = QStringLiteral("https://crm.example");
    endpoint.auth.type = AuthType::Bearer;
    endpoint.auth.secretRefs.insert(QStringLiteral("token"), ref);
    QSignalSpy changed(m_session.get(), &WorkspaceSession::changed);
    m_session->modify([endpoint](Workspace& ws) { return ws.saveEndpoint(endpoint); }, this);
    QVERIFY(changed.wait());

    EndpointEditor editor(m_session.get(), endpoint, false, {});
    editor.show();
    QVERIFY(lineEdit(&editor, QStringLiteral("auth.token"))->text().isEmpty()); // never loaded into the UI
    typeInto(&editor, QStringLiteral("baseUrl"), QStringLiteral("https://crm2.example"));
    QVERIFY(editor.canSave());
    QSignalSpy saved(&editor, &EndpointEditor::saved);
    QTest::mouseClick(editor.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(saved.wait(15000));
    const QJsonObject json = readJson(m_folder + QStringLiteral("/endpoints/crm.json"));
    QCOMPARE(valueAt(json, QStringLiteral("auth.secretRefs.token")).toString(), ref);
    QCOMPARE(valueAt(json, QStringLiteral("baseUrl")).toString(), QStringLiteral("https://crm2.example"));
    const Result<SecureBytes> stored = readSecretBlocking(*keychain, ref);
    QVERIFY(stored.ok());
    QVERIFY(stored.value() == SecureBytes::fromUtf8(secret));
}

void TestEndpointEditor::proxySetting()
{
    STUDIO_REQUIRE_KEYCHAIN(keychain);
    m_keychain = keychain;
    m_session->setSecretStore(keychain.get());

    EndpointEditor editor(m_session.get(), EndpointEditor::newEndpoint(EndpointKind::Rest), true, {});
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    typeInto(&editor, QStringLiteral("name"), QStringLiteral("Behind proxy"));
    typeInto(&editor, QStringLiteral("baseUrl"), QStringLiteral("https://erp.example"));
    // The system's settings by default: no proxy fields to fill.
    QCOMPARE(
        editor.findChild<QComboBox*>(QStringLiteral("proxy.mode"))->currentData().toString(), QStringLiteral("system"));
    QVERIFY(!lineEdit(&editor, QStringLiteral("proxy.url"))->isVisibleTo(&editor));
    QVERIFY(!lineEdit(&editor, QStringLiteral("proxy.password"))->isVisibleTo(&editor));
    QVERIFY(editor.canSave());
    QCOMPARE(editor.currentEndpoint().proxyUrl, QString());

    // A proxy server needs its URL, in a shape the engine understands; its password is a secret field.
    choose(&editor, QStringLiteral("proxy.mode"), QStringLiteral("server"));
    QVERIFY(lineEdit(&editor, QStringLiteral("proxy.url"))->isVisibleTo(&editor));
    QVERIFY(!editor.canSave());
    QVERIFY(editor.messageFor(QStringLiteral("proxy.url")).contains(u"Enter the proxy server"));
    typeInto(&editor, QStringLiteral("proxy.url"), QStringLiteral("ftp://proxy.corp:21"));
    QVERIFY(!editor.canSave());
    QVERIFY2(editor.messageFor(QStringLiteral("proxy.url")).contains(u"socks5://host:port"),
        qPrintable(editor.messageFor(QStringLiteral("proxy.url"))));
    typeInto(&editor, QStringLiteral("proxy.url"), QStringLiteral("http://proxy.corp:3128"));
    QVERIFY(editor.canSave());
    const QString password = test::generatedSecret(QStringLiteral("proxy"));
    typeInto(&editor, QStringLiteral("proxy.password"), password);
    QCOMPARE(lineEdit(&editor, QStringLiteral("proxy.password"))->echoMode(), QLineEdit::Password);
    QVERIFY(!editor.canSave()); // a password needs the user name in the URL
    QVERIFY(editor.messageFor(QStringLiteral("proxy.password")).contains(u"user name"));
    typeInto(&editor, QStringLiteral("proxy.url"), QStringLiteral("http://ci@proxy.corp:3128"));
    QVERIFY2(editor.canSave(), qPrintable(editor.problems().value(0).message));

    QSignalSpy saved(&editor, &EndpointEditor::saved);
    QTest::mouseClick(editor.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(saved.wait(15000));
    const QString id = saved.first().first().toString();
    const QString path = m_folder + QStringLiteral("/endpoints/") + id + QStringLiteral(".json");
    QJsonObject json = readJson(path);
    QCOMPARE(valueAt(json, QStringLiteral("proxy.url")).toString(), QStringLiteral("http://ci@proxy.corp:3128"));
    const QString ref = valueAt(json, QStringLiteral("proxy.passwordRef")).toString();
    QVERIFY2(ref.startsWith(QStringLiteral("ws-") + m_session->workspace()->id() + u'/'), qPrintable(ref));
    m_createdRefs.append(ref);
    const Result<SecureBytes> stored = readSecretBlocking(*keychain, ref);
    QVERIFY(stored.ok());
    QVERIFY(stored.value() == SecureBytes::fromUtf8(password));
    QCOMPARE(test::filesContaining(m_folder, password.toUtf8()), QStringList());

    // Opened again: the proxy is shown, the password is not (it stays stored unless a new one is typed).
    const Endpoint savedEndpoint = *m_session->workspace()->endpoint(id);
    QCOMPARE(savedEndpoint.proxyPasswordRef, ref);
    {
        EndpointEditor again(m_session.get(), savedEndpoint, false, {});
        again.show();
        QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("proxy.mode"))->currentData().toString(),
            QStringLiteral("server"));
        QCOMPARE(lineEdit(&again, QStringLiteral("proxy.url"))->text(), QStringLiteral("http://ci@proxy.corp:3128"));
        QVERIFY(lineEdit(&again, QStringLiteral("proxy.password"))->text().isEmpty());
        QCOMPARE(again.currentEndpoint().proxyPasswordRef, ref);

        // Direct: the URL and the password go, and the stored password is removed from the keychain.
        choose(&again, QStringLiteral("proxy.mode"), QStringLiteral("direct"));
        QVERIFY(!lineEdit(&again, QStringLiteral("proxy.url"))->isVisibleTo(&again));
        QSignalSpy savedAgain(&again, &EndpointEditor::saved);
        QTest::mouseClick(again.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY(savedAgain.wait(15000));
    }
    json = readJson(path);
    QCOMPARE(valueAt(json, QStringLiteral("proxy")).toObject(),
        QJsonObject({{QStringLiteral("url"), QStringLiteral("direct")}}));
    QTRY_VERIFY(!readSecretBlocking(*keychain, ref).ok());

    // System settings again: no "proxy" key in the file at all.
    {
        EndpointEditor third(m_session.get(), *m_session->workspace()->endpoint(id), false, {});
        third.show();
        QCOMPARE(third.findChild<QComboBox*>(QStringLiteral("proxy.mode"))->currentData().toString(),
            QStringLiteral("direct"));
        choose(&third, QStringLiteral("proxy.mode"), QStringLiteral("system"));
        QSignalSpy savedThird(&third, &EndpointEditor::saved);
        QTest::mouseClick(third.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY(savedThird.wait(15000));
    }
    QVERIFY(!readJson(path).contains(QStringLiteral("proxy")));
}

namespace {

/// A tester that reads the endpoint's token through the store it was given and reports it as checks.
class StoreReadingTester final : public ConnectionTester
{
public:
    StoreReadingTester(SecretStore* secrets, QObject* parent)
        : ConnectionTester(parent)
        , m_secrets(secrets)
    { }
    void start(const Endpoint& endpoint, const Environment&) override
    {
        Q_EMIT checkFinished(ConnectionCheck {QStringLiteral("Configuration"), ConnectionCheck::State::Passed,
            QStringLiteral("URL ") + endpoint.baseUrl});
        m_secrets->read(endpoint.auth.secretRefs.value(QStringLiteral("token")), this, [this](Result<SecureBytes> v) {
            if (m_cancelled)
                return;
            const bool ok = v.ok() && v.value().size() > 0;
            Q_EMIT checkFinished(ConnectionCheck {QStringLiteral("Authentication"),
                ok ? ConnectionCheck::State::Passed : ConnectionCheck::State::Failed,
                ok ? QStringLiteral("token available") : QStringLiteral("no token")});
            Q_EMIT finished(ConnectionReport {ok, QStringLiteral("done"), {}});
        });
    }
    void cancel() override { m_cancelled = true; }

private:
    SecretStore* m_secrets;
    bool m_cancelled = false;
};

} // namespace

void TestEndpointEditor::testConnectionListsChecks()
{
    int made = 0;
    ConnectionTesterFactory factory = [&made](SecretStore* secrets, QObject* parent) -> ConnectionTester* {
        ++made;
        return new StoreReadingTester(secrets, parent);
    };
    Endpoint endpoint = EndpointEditor::newEndpoint(EndpointKind::Rest);
    EndpointEditor editor(m_session.get(), endpoint, true, factory);
    editor.show();
    auto* testButton = editor.findChild<QPushButton*>(QStringLiteral("testConnection"));
    QVERIFY(testButton);
    QVERIFY(!testButton->isEnabled()); // invalid form
    typeInto(&editor, QStringLiteral("name"), QStringLiteral("Tested"));
    typeInto(&editor, QStringLiteral("baseUrl"), QStringLiteral("https://tested.example"));
    choose(&editor, QStringLiteral("auth.type"), QStringLiteral("bearer"));
    // The typed, unsaved token reaches the tester through the pending store, without being saved anywhere.
    typeInto(&editor, QStringLiteral("auth.token"), test::generatedSecret(QStringLiteral("t")));
    QVERIFY(testButton->isEnabled());
    QSignalSpy finished(&editor, &EndpointEditor::connectionTestFinished);
    QTest::mouseClick(testButton, Qt::LeftButton);
    QVERIFY(finished.wait());
    QCOMPARE(made, 1);
    QVERIFY(finished.first().first().value<ConnectionReport>().ok);
    auto* results = editor.findChild<QTreeWidget*>(QStringLiteral("testResults"));
    QCOMPARE(results->topLevelItemCount(), 2);
    QCOMPARE(results->topLevelItem(1)->text(0), QStringLiteral("Authentication"));
    QCOMPARE(test::filesContaining(m_folder, lineEdit(&editor, QStringLiteral("auth.token"))->text().toUtf8()),
        QStringList());
}

namespace {

/// A tester that never answers on its own; it records that it was cancelled.
class HangingTester final : public ConnectionTester
{
public:
    HangingTester(bool* cancelled, QObject* parent)
        : ConnectionTester(parent)
        , m_cancelled(cancelled)
    { }
    void start(const Endpoint&, const Environment&) override
    {
        Q_EMIT checkFinished(ConnectionCheck {QStringLiteral("Reachable"), ConnectionCheck::State::Passed, {}});
    }
    void cancel() override { *m_cancelled = true; }

private:
    bool* m_cancelled;
};

} // namespace

void TestEndpointEditor::testConnectionCanBeCancelled()
{
    bool cancelled = false;
    const ConnectionTesterFactory factory = [&cancelled](SecretStore*, QObject* parent) -> ConnectionTester* {
        return new HangingTester(&cancelled, parent);
    };
    Endpoint endpoint = EndpointEditor::newEndpoint(EndpointKind::Rest);
    endpoint.name = QStringLiteral("Slow");
    endpoint.baseUrl = QStringLiteral("https://slow.example");
    endpoint.auth.type = AuthType::None;
    EndpointEditor editor(m_session.get(), endpoint, true, factory);
    editor.show();
    auto* testButton = editor.findChild<QPushButton*>(QStringLiteral("testConnection"));
    auto* cancelButton = editor.findChild<QPushButton*>(QStringLiteral("cancelTest"));
    QVERIFY(!cancelButton->isEnabled());
    QTest::mouseClick(testButton, Qt::LeftButton);
    QVERIFY(cancelButton->isEnabled());
    QVERIFY(!testButton->isEnabled()); // one test at a time
    QSignalSpy finished(&editor, &EndpointEditor::connectionTestFinished);
    QTest::mouseClick(cancelButton, Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    QVERIFY(cancelled);
    QVERIFY(!finished.first().first().value<ConnectionReport>().ok);
    QCOMPARE(editor.findChild<QLabel*>(QStringLiteral("testSummary"))->text(), QStringLiteral("Test cancelled."));
    QVERIFY(testButton->isEnabled());
    QVERIFY(!cancelButton->isEnabled());
}

void TestEndpointEditor::addDuplicateRenameDelete()
{
    STUDIO_REQUIRE_KEYCHAIN(keychain);
    m_keychain = keychain;
    m_session->setSecretStore(keychain.get());
    EndpointsView view(m_session.get(), {});
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // Add through the kind menu.
    auto* addRest = view.findChild<QAction*>(QStringLiteral("addEndpoint.rest"));
    QVERIFY(addRest);
    addRest->trigger();
    QPointer<EndpointEditor> editor = view.editor();
    QVERIFY(editor);
    typeInto(editor, QStringLiteral("name"), QStringLiteral("Orders API"));
    typeInto(editor, QStringLiteral("baseUrl"), QStringLiteral("https://orders.example"));
    choose(editor, QStringLiteral("auth.type"), QStringLiteral("bearer"));
    const QString token = test::generatedSecret(QStringLiteral("orders"));
    typeInto(editor, QStringLiteral("auth.token"), token);
    QTest::mouseClick(editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(editor.isNull(), 15000);
    QTRY_COMPARE(view.model()->rowCount(), 1);
    QCOMPARE(view.selectedId(), QStringLiteral("orders-api"));
    const QString ref = m_session->workspace()
                            ->endpoint(QStringLiteral("orders-api"))
                            ->auth.secretRefs.value(QStringLiteral("token"));
    m_createdRefs.append(ref);

    // Duplicate: a new file, its own secret reference, the same value.
    QSignalSpy finished(&view, &EndpointsView::operationFinished);
    view.findChild<QAction*>(QStringLiteral("duplicateEndpoint"))->trigger();
    QVERIFY(finished.wait(15000));
    QVERIFY2(finished.last().first().toBool(), qPrintable(finished.last().last().toString()));
    QCOMPARE(view.model()->rowCount(), 2);
    const Endpoint* copy = m_session->workspace()->endpoint(QStringLiteral("orders-api-copy"));
    QVERIFY(copy);
    QCOMPARE(copy->name, QStringLiteral("Orders API (copy)"));
    const QString copyRef = copy->auth.secretRefs.value(QStringLiteral("token"));
    m_createdRefs.append(copyRef);
    QVERIFY(copyRef != ref);
    QVERIFY(readSecretBlocking(*keychain, copyRef).value() == SecureBytes::fromUtf8(token));
    QCOMPARE(view.selectedId(), QStringLiteral("orders-api-copy"));

    // Rename the copy: answered through the input seam; the file follows the name.
    InputDialog::setNextText(QStringLiteral("Returns API"));
    view.findChild<QAction*>(QStringLiteral("renameEndpoint"))->trigger();
    QVERIFY(finished.wait(15000));
    QVERIFY(finished.last().first().toBool());
    QVERIFY(QFile::exists(m_folder + QStringLiteral("/endpoints/returns-api.json")));
    QVERIFY(!QFile::exists(m_folder + QStringLiteral("/endpoints/orders-api-copy.json")));
    QCOMPARE(view.selectedId(), QStringLiteral("returns-api"));

    // Delete, cancelled: nothing changes.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    view.findChild<QAction*>(QStringLiteral("deleteEndpoint"))->trigger();
    QVERIFY(!m_session->isBusy()); // nothing was started
    QVERIFY(QFile::exists(m_folder + QStringLiteral("/endpoints/returns-api.json")));

    // Delete, confirmed: the file and its secret are gone, the original keeps its own.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    view.findChild<QAction*>(QStringLiteral("deleteEndpoint"))->trigger();
    QVERIFY(finished.wait(15000));
    QVERIFY(finished.last().first().toBool());
    QVERIFY(!QFile::exists(m_folder + QStringLiteral("/endpoints/returns-api.json")));
    QCOMPARE(view.model()->rowCount(), 1);
    QVERIFY(!readSecretBlocking(*keychain, copyRef).ok());
    QVERIFY(readSecretBlocking(*keychain, ref).value() == SecureBytes::fromUtf8(token));
    QCOMPARE(test::filesContaining(m_folder, token.toUtf8()), QStringList());
}

void TestEndpointEditor::modelTester()
{
    EndpointListModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    for (const QString& name : {QStringLiteral("Zeta"), QStringLiteral("alpha"), QStringLiteral("Mid")}) {
        Endpoint endpoint = EndpointEditor::newEndpoint(EndpointKind::Rest);
        endpoint.name = name;
        endpoint.id = slugify(name);
        endpoint.baseUrl = QStringLiteral("https://") + endpoint.id + QStringLiteral(".example");
        QSignalSpy changed(m_session.get(), &WorkspaceSession::changed);
        m_session->modify([endpoint](Workspace& ws) { return ws.saveEndpoint(endpoint); }, this);
        QVERIFY(changed.wait());
    }
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, EndpointListModel::NameColumn).data().toString(), QStringLiteral("alpha"));
    QCOMPARE(
        model.index(2, EndpointListModel::AddressColumn).data().toString(), QStringLiteral("https://zeta.example"));
    QCOMPARE(model.index(1, 0).data(EndpointListModel::IdRole).toString(), QStringLiteral("mid"));
    // Addresses with variables are shown resolved in the active environment.
    {
        Endpoint templated = EndpointEditor::newEndpoint(EndpointKind::Rest);
        templated.id = QStringLiteral("templated");
        templated.name = QStringLiteral("Templated");
        templated.baseUrl = QStringLiteral("{{host}}/api");
        Environment local;
        local.name = QStringLiteral("local");
        local.variables.insert(QStringLiteral("host"), QStringLiteral("http://localhost:9000"));
        QSignalSpy changed(m_session.get(), &WorkspaceSession::changed);
        m_session->modify(
            [templated, local](Workspace& ws) {
                if (Status s = ws.saveEnvironment(local); !s.ok())
                    return s;
                return ws.saveEndpoint(templated);
            },
            this);
        QVERIFY(changed.wait());
        const int row = model.rowOf(QStringLiteral("templated"));
        m_session->setActiveEnvironment(QString());
        QCOMPARE(model.index(row, EndpointListModel::AddressColumn).data().toString(), QStringLiteral("{{host}}/api"));
        m_session->setActiveEnvironment(QStringLiteral("local"));
        QCOMPARE(model.index(row, EndpointListModel::AddressColumn).data().toString(),
            QStringLiteral("http://localhost:9000/api"));
        m_session->modify([](Workspace& ws) { return ws.removeEndpoint(QStringLiteral("templated")); }, this);
        QVERIFY(changed.wait());
    }
    // A changed address updates in place; a removal resets.
    Endpoint mid = *m_session->workspace()->endpoint(QStringLiteral("mid"));
    mid.baseUrl = QStringLiteral("https://mid2.example");
    QSignalSpy changed(m_session.get(), &WorkspaceSession::changed);
    m_session->modify([mid](Workspace& ws) { return ws.saveEndpoint(mid); }, this);
    QVERIFY(changed.wait());
    QCOMPARE(
        model.index(1, EndpointListModel::AddressColumn).data().toString(), QStringLiteral("https://mid2.example"));
    m_session->modify([](Workspace& ws) { return ws.removeEndpoint(QStringLiteral("alpha")); }, this);
    QVERIFY(changed.wait());
    QCOMPARE(model.rowCount(), 2);
    m_session->close();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestEndpointEditor)
#include "test_endpoint_editor.moc"
