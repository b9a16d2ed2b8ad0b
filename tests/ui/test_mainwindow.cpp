// The main window: navigator and views, recent workspaces, window state, load problems, environment
// switcher, File > New/Open through the dialog seams, Help > About.

#include "core/workspace/workspace.h"
#include "tests/support/testsupport.h"
#include "tests/ui/uitestsupport.h"
#include "ui/aboutdialog.h"
#include "ui/dialogs.h"
#include "ui/endpointlistmodel.h"
#include "ui/endpointsview.h"
#include "ui/mainwindow.h"
#include "ui/noticebar.h"
#include "ui/placeholderview.h"
#include "ui/settings.h"
#include "ui/studioapp.h"
#include "ui/widgets/bodyview.h"
#include "ui/workspacesession.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace studio;
using namespace studio::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void navigatorListsEveryView();
    void laterViewsSayTheyAreNotBuilt();
    void recentWorkspaces();
    void recentMenuOpensWorkspace();
    void windowStateIsRestored();
    void loadProblemsAreShownAndTheRestLoads();
    void environmentSwitcher();
    void newWorkspaceThroughDialogs();
    void openFailureIsShown();
    void aboutListsLibrariesAndLicences();
    void prettyLimitIsASetting();
    void lastWorkspaceIsReopened();
    void demoWorkspaceOpens();

private:
    QString makeWorkspace(const QString& name);

    test::KeptTemporaryDir m_settings;
    std::unique_ptr<test::KeptTemporaryDir> m_dir;
};

void TestMainWindow::initTestCase()
{
    test::isolateSettings(m_settings.path());
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<test::KeptTemporaryDir>();
}

QString TestMainWindow::makeWorkspace(const QString& name)
{
    const QString folder = m_dir->filePath(name);
    const Result<Workspace> created = Workspace::create(folder, name);
    if (!created.ok())
        qWarning("%s", qPrintable(created.error().toString()));
    return QDir::cleanPath(folder);
}

void TestMainWindow::navigatorListsEveryView()
{
    WorkspaceSession session;
    MainWindow window(&session);
    auto* navigator = window.findChild<QListWidget*>(QStringLiteral("navigator"));
    QVERIFY(navigator);
    QStringList entries;
    for (int i = 0; i < navigator->count(); ++i)
        entries.append(navigator->item(i)->text());
    QCOMPARE(entries,
        QStringList({QStringLiteral("Endpoints"), QStringLiteral("Environments"), QStringLiteral("Console"),
            QStringLiteral("Mappings"), QStringLiteral("Jobs"), QStringLiteral("Logs")}));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    navigator->setFocus();
    navigator->setCurrentRow(0);
    QTest::keyClick(navigator, Qt::Key_Down);
    QCOMPARE(window.currentView(), MainWindow::View::Environments);
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window.currentView(), MainWindow::View::Mappings);
}

void TestMainWindow::laterViewsSayTheyAreNotBuilt()
{
    WorkspaceSession session;
    MainWindow window(&session);
    const auto placeholders = window.findChildren<PlaceholderView*>();
    QCOMPARE(placeholders.size(), 2); // Mappings and Jobs; Console and Logs are built
    for (PlaceholderView* view : placeholders) {
        auto* label = view->findChild<QLabel*>(QStringLiteral("notBuilt"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("This view is not built yet."));
        // No sample data: nothing but labels.
        QVERIFY(view->findChildren<QAbstractItemView*>().isEmpty());
    }
}

void TestMainWindow::recentWorkspaces()
{
    QStringList folders;
    for (int i = 0; i < 10; ++i) {
        folders.append(makeWorkspace(QStringLiteral("ws%1").arg(i)));
        RecentWorkspaces::add(folders.last());
    }
    QStringList list = RecentWorkspaces::list();
    QCOMPARE(list.size(), RecentWorkspaces::Max);
    QCOMPARE(list.first(), folders.last());
    QCOMPARE(list.last(), folders.at(2));
    // Re-adding moves to the top without duplicates.
    RecentWorkspaces::add(folders.at(5));
    list = RecentWorkspaces::list();
    QCOMPARE(list.first(), folders.at(5));
    QCOMPARE(list.count(folders.at(5)), 1);
    // A folder that is gone is pruned (and the pruned list is stored).
    QVERIFY(QDir(folders.at(9)).removeRecursively());
    list = RecentWorkspaces::list();
    QVERIFY(!list.contains(folders.at(9)));
    QCOMPARE(settings::recentWorkspaces().get(), list);
}

void TestMainWindow::recentMenuOpensWorkspace()
{
    const QString first = makeWorkspace(QStringLiteral("first"));
    const QString second = makeWorkspace(QStringLiteral("second"));
    WorkspaceSession session;
    QVERIFY(test::openAndWait(session, first));
    QVERIFY(test::openAndWait(session, second));
    QCOMPARE(settings::lastWorkspace().get(), second);
    MainWindow window(&session);
    QMenu* menu = window.recentMenu();
    Q_EMIT menu->aboutToShow();
    QList<QAction*> actions;
    for (QAction* action : menu->actions()) {
        if (!action->data().toString().isEmpty())
            actions.append(action);
    }
    QCOMPARE(actions.size(), 2);
    QCOMPARE(actions.at(0)->data().toString(), second);
    QSignalSpy opened(&session, &WorkspaceSession::opened);
    actions.at(1)->trigger();
    QVERIFY(opened.wait());
    QCOMPARE(session.workspace()->folder(), first);
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("first")));
}

void TestMainWindow::windowStateIsRestored()
{
    {
        WorkspaceSession session;
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(1010, 690);
        window.showView(MainWindow::View::Jobs);
        QVERIFY(window.close());
    }
    WorkspaceSession session;
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1010, 690));
    QCOMPARE(window.currentView(), MainWindow::View::Jobs);
}

void TestMainWindow::loadProblemsAreShownAndTheRestLoads()
{
    const QString folder = makeWorkspace(QStringLiteral("broken"));
    QFile good(folder + QStringLiteral("/endpoints/good.json"));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write(R"({"formatVersion": 1, "name": "Good", "kind": "rest", "baseUrl": "https://good.example"})");
    good.close();
    QFile bad(folder + QStringLiteral("/endpoints/bad.json"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\n  \"formatVersion\": 1,\n  \"name\": \"Bad\"\n  \"kind\": \"rest\"\n}\n");
    bad.close();

    WorkspaceSession session;
    MainWindow window(&session);
    window.show();
    QVERIFY(test::openAndWait(session, folder));
    NoticeBar* problems = window.problemsBar();
    QVERIFY(problems->isVisible());
    const QStringList details = problems->details();
    QCOMPARE(details.size(), 1);
    QVERIFY2(details.first().contains(QStringLiteral("bad.json")), qPrintable(details.first()));
    QVERIFY2(details.first().contains(QStringLiteral(":4")), qPrintable(details.first()));
    QCOMPARE(window.endpointsView()->model()->rowCount(), 1);
    QCOMPARE(window.endpointsView()->model()->index(0, 0).data().toString(), QStringLiteral("Good"));
    // Non-modal: nothing blocks the window.
    QVERIFY(!QApplication::activeModalWidget());
}

void TestMainWindow::environmentSwitcher()
{
    const QString folder = makeWorkspace(QStringLiteral("envs"));
    Result<Workspace> ws = Workspace::open(folder);
    QVERIFY(ws.ok());
    for (const QString& name : {QStringLiteral("staging"), QStringLiteral("production")}) {
        Environment environment;
        environment.name = name;
        QVERIFY(ws.value().saveEnvironment(environment).ok());
    }
    WorkspaceSession session;
    MainWindow window(&session);
    window.show();
    QVERIFY(test::openAndWait(session, folder));
    QComboBox* combo = window.environmentSwitcher();
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemText(1), QStringLiteral("production"));
    QVERIFY(!session.activeEnvironmentName().isEmpty()); // one is chosen when none was remembered
    QCOMPARE(combo->currentText(), session.activeEnvironmentName());
    combo->setFocus();
    while (combo->currentIndex() < 2)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(session.activeEnvironmentName(), QStringLiteral("staging"));
    QTest::keyClick(combo, Qt::Key_Up); // staging → production
    QCOMPARE(session.activeEnvironmentName(), QStringLiteral("production"));
    QVERIFY(window.statusTexts().contains(QStringLiteral("Environment: production")));
    // Remembered per workspace.
    QCOMPARE(settings::activeEnvironment(session.workspace()->id()).get(), QStringLiteral("production"));
}

void TestMainWindow::newWorkspaceThroughDialogs()
{
    WorkspaceSession session;
    MainWindow window(&session);
    const QString folder = m_dir->filePath(QStringLiteral("created"));
    QVERIFY(QDir().mkpath(folder));
    FileDialog::setNextPath(folder);
    InputDialog::setNextText(QStringLiteral("Client X"));
    QSignalSpy opened(&session, &WorkspaceSession::opened);
    window.newWorkspace();
    QVERIFY(opened.wait());
    QCOMPARE(session.workspace()->name(), QStringLiteral("Client X"));
    QVERIFY(QFile::exists(folder + QStringLiteral("/workspace.json")));
    QVERIFY(QFile::exists(folder + QStringLiteral("/.gitignore")));
    QVERIFY(window.statusTexts().first().contains(QStringLiteral("Client X")));
}

void TestMainWindow::openFailureIsShown()
{
    WorkspaceSession session;
    MainWindow window(&session);
    window.show();
    const QString folder = m_dir->filePath(QStringLiteral("not-a-workspace"));
    QVERIFY(QDir().mkpath(folder));
    FileDialog::setNextPath(folder);
    QSignalSpy failed(&session, &WorkspaceSession::openFailed);
    window.openWorkspace();
    QVERIFY(failed.wait());
    auto* bar = window.findChild<NoticeBar*>(QStringLiteral("openErrorBar"));
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QStringLiteral("workspace.json")), qPrintable(bar->text()));
}

void TestMainWindow::aboutListsLibrariesAndLicences()
{
    const QStringList lines = AboutDialog::libraryLines();
    const QString all = lines.join(u'\n');
    for (const char* expected : {"Qt 6.", "QtKeychain 0.", "OpenSSL 3.", "yaml-cpp 0.", "SQLite 3.", "LGPL",
             "BSD-3-Clause", "Apache-2.0", "MIT", "Public domain"})
        QVERIFY2(all.contains(QLatin1String(expected)), expected);
    AboutDialog dialog;
    auto* table = dialog.findChild<QTreeWidget*>(QStringLiteral("libraries"));
    QVERIFY(table);
    QCOMPARE(table->topLevelItemCount(), 5);
}

void TestMainWindow::lastWorkspaceIsReopened()
{
    const QString folder = makeWorkspace(QStringLiteral("last"));
    {
        WorkspaceSession session;
        QVERIFY(test::openAndWait(session, folder));
    }
    QCOMPARE(settings::lastWorkspace().get(), folder);
    WorkspaceSession session;
    QSignalSpy opened(&session, &WorkspaceSession::opened);
    openStartupWorkspace(session, StartupOptions());
    QVERIFY(opened.wait());
    QCOMPARE(session.workspace()->folder(), folder);

    // --workspace wins over the last one.
    const QString other = makeWorkspace(QStringLiteral("other"));
    WorkspaceSession second;
    QSignalSpy openedSecond(&second, &WorkspaceSession::opened);
    openStartupWorkspace(second, StartupOptions {false, other});
    QVERIFY(openedSecond.wait());
    QCOMPARE(second.workspace()->folder(), other);

    // A last workspace that is gone is not opened (and nothing fails loudly).
    QVERIFY(QDir(other).removeRecursively());
    WorkspaceSession third;
    QSignalSpy failed(&third, &WorkspaceSession::openFailed);
    openStartupWorkspace(third, StartupOptions());
    QVERIFY(!third.isBusy()); // nothing was started
    QVERIFY(!third.isOpen());
    QVERIFY(failed.isEmpty());
}

void TestMainWindow::prettyLimitIsASetting()
{
    constexpr qint64 MiB = 1024 * 1024;
    WorkspaceSession session;
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QList<BodyView*> views = window.findChildren<BodyView*>();
    QVERIFY(!views.isEmpty()); // the console's response and the log's detail
    for (BodyView* view : views)
        QCOMPARE(view->limits().prettyLimitBytes, 64 * MiB);

    auto* action = window.findChild<QAction*>(QStringLiteral("prettyLimit"));
    QVERIFY(action);
    action->trigger();
    auto* dialog = window.findChild<QInputDialog*>(QStringLiteral("prettyLimitDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->intValue(), 64);
    dialog->setIntValue(3);
    dialog->accept();
    QCOMPARE(settings::prettyLimitMegabytes().get(), 3);
    for (BodyView* view : views)
        QCOMPARE(view->limits().prettyLimitBytes, 3 * MiB);
    BodyView fresh;
    QCOMPARE(fresh.limits().prettyLimitBytes, 3 * MiB);

    // A value edited by hand outside the range is held to it.
    settings::prettyLimitMegabytes().set(0);
    QCOMPARE(BodyView::configuredLimits().prettyLimitBytes, 1 * MiB);
    settings::prettyLimitMegabytes().set(1000000);
    QCOMPARE(BodyView::configuredLimits().prettyLimitBytes, qint64(settings::MaxPrettyLimitMegabytes) * MiB);
}

void TestMainWindow::demoWorkspaceOpens()
{
    WorkspaceSession session;
    MainWindow window(&session);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy opened(&session, &WorkspaceSession::opened);
    session.openDemo(m_dir->filePath(QStringLiteral("demo")));
    QVERIFY(opened.wait());
    QVERIFY(session.workspace()->loadProblems().isEmpty());
    QVERIFY(window.endpointsView()->model()->rowCount() >= 2);
    QCOMPARE(window.environmentSwitcher()->currentText(), QStringLiteral("Sandbox"));
    window.endpointsView()->select(
        window.endpointsView()->model()->index(0, 0).data(EndpointListModel::IdRole).toString());

    // Ctrl+3 and typing is a request: the keyboard lands in the console's path field; Ctrl+6 in the log's search.
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentView(), MainWindow::View::Console);
    QTRY_VERIFY(QApplication::focusWidget());
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("pathEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("/V1/products"));
    QCOMPARE(window.findChild<QLineEdit*>(QStringLiteral("pathEdit"))->text(), QStringLiteral("/V1/products"));
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(window.currentView(), MainWindow::View::Logs);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("searchField"));
    window.showView(MainWindow::View::Endpoints);

    // For a look at the window: STUDIO_SCREENSHOT_DIR=/some/folder saves what the test shows.
    const QString shots = qEnvironmentVariable("STUDIO_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QVERIFY(window.grab().save(shots + QStringLiteral("/mainwindow-endpoints.png")));
        window.showView(MainWindow::View::Environments);
        QVERIFY(window.grab().save(shots + QStringLiteral("/mainwindow-environments.png")));
        window.showView(MainWindow::View::Console);
        QVERIFY(window.grab().save(shots + QStringLiteral("/mainwindow-console.png")));
        window.showView(MainWindow::View::Endpoints);
        window.endpointsView()->editSelected();
        QTRY_VERIFY(window.endpointsView()->editor());
        QWidget* editor = window.endpointsView()->editor();
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QVERIFY(editor->grab().save(shots + QStringLiteral("/endpoint-editor.png")));
        editor->close();
        AboutDialog about;
        about.show();
        QVERIFY(about.grab().save(shots + QStringLiteral("/about.png")));
    }
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
