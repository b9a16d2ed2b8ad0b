// GraphQL mode as a user meets it, against a real graphql-js server (tests/graphql/server.mjs, started per run):
// introspection through the HTTP engine fills the schema explorer and the completion; the editors are driven with
// QTest key clicks (offscreen); a server with introspection turned off gets a readable message and a way out.

#include "core/net/apiclient.h"
#include "core/net/callbuilder.h"
#include "tests/support/nodepeer.h"
#include "tests/support/testsupport.h"
#include "ui/graphql/graphqleditor.h"
#include "ui/graphql/graphqlpanel.h"
#include "ui/graphql/graphqlqueryedit.h"
#include "ui/graphql/schemaexplorer.h"
#include "ui/graphql/schematreemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

using namespace studio;
using namespace studio::ui;

class TestUiGraphQL final : public QObject
{
    Q_OBJECT

private:
    test::NodePeer m_server;
    test::NodePeer m_closedServer; ///< --no-introspection
    test::KeptTemporaryDir m_dir;
    std::unique_ptr<net::ApiClient> m_client;
    std::unique_ptr<GraphQLPanel> m_panel;

    static Endpoint graphqlEndpoint(const QUrl& url)
    {
        Endpoint endpoint;
        endpoint.id = QStringLiteral("gql");
        endpoint.name = QStringLiteral("Test GraphQL");
        endpoint.kind = EndpointKind::GraphQL;
        endpoint.baseUrl = url.toString();
        return endpoint;
    }

    GraphQLQueryEdit* queryEdit() const { return m_panel->editor()->queryEdit(); }

    /// Empties the query editor and gives it the keyboard.
    void resetEditor()
    {
        m_panel->setQuery(QString());
        // The offscreen platform leaves a closed completion popup as the active window: take it back, as a
        // window manager would.
        m_panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
        queryEdit()->setFocus();
        QTRY_VERIFY(queryEdit()->hasFocus());
    }

    static QStringList childNames(SchemaTreeModel* model, const QModelIndex& parent, SchemaTreeModel::NodeKind kind)
    {
        if (model->canFetchMore(parent))
            model->fetchMore(parent);
        QStringList names;
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (index.data(SchemaTreeModel::KindRole).toInt() == int(kind))
                names << index.data(SchemaTreeModel::NameRole).toString();
        }
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QStringList port {QStringLiteral("--port"), QStringLiteral("0")};
        if (!m_server.start(QStringLiteral("tests/graphql/server.mjs"), port)) {
            if (test::inCi())
                QFAIL(qPrintable(m_server.error()));
            QSKIP(qPrintable(m_server.error()));
        }
        QVERIFY2(m_closedServer.start(QStringLiteral("tests/graphql/server.mjs"),
                     port + QStringList {QStringLiteral("--no-introspection")}),
            qPrintable(m_closedServer.error()));
        m_client = std::make_unique<net::ApiClient>(nullptr, nullptr);
        m_panel = std::make_unique<GraphQLPanel>();
        m_panel->resize(1100, 700);
        m_panel->setAutoIntrospect(false);
        m_panel->setTarget(m_client.get(), graphqlEndpoint(m_server.url()), Environment());
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    }

    void cleanupTestCase()
    {
        m_panel.reset();
        m_client.reset();
    }

    void introspectionFillsTheExplorer()
    {
        QSignalSpy loaded(m_panel.get(), &GraphQLPanel::schemaLoaded);
        QPushButton* introspect = m_panel->introspectButton();
        QVERIFY(introspect->isEnabled());
        QTest::mouseClick(introspect, Qt::LeftButton);
        QVERIFY(m_panel->isIntrospecting());
        QVERIFY(!introspect->isEnabled());
        QVERIFY(loaded.wait(20000));
        QVERIFY2(loaded.first().first().toBool(), qPrintable(m_panel->statusText()));
        QVERIFY(introspect->isEnabled());
        QVERIFY(m_panel->schema());
        QVERIFY2(m_panel->statusText().contains(QStringLiteral("introspection of Test GraphQL")),
            qPrintable(m_panel->statusText()));

        // Query.products with its arguments, its type and its description.
        SchemaExplorer* explorer = m_panel->explorer();
        const QModelIndex products = explorer->reveal({QStringLiteral("Query"), QStringLiteral("products")});
        QVERIFY(products.isValid());
        QCOMPARE(explorer->tree()->currentIndex(), products);
        SchemaTreeModel* model = explorer->model();
        QCOMPARE(products.sibling(products.row(), SchemaTreeModel::TypeColumn).data().toString(),
            QStringLiteral("Products"));
        QVERIFY(products.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Search and filter")));
        QCOMPARE(childNames(model, products, SchemaTreeModel::NodeKind::Argument),
            (QStringList {QStringLiteral("search"), QStringLiteral("filter"), QStringLiteral("sort"),
                QStringLiteral("pageSize"), QStringLiteral("currentPage")}));
        QCOMPARE(childNames(model, products, SchemaTreeModel::NodeKind::Field),
            (QStringList {QStringLiteral("items"), QStringLiteral("total_count"), QStringLiteral("page_info")}));
        const QModelIndex pageSize
            = model->indexForPath({QStringLiteral("Query"), QStringLiteral("products"), QStringLiteral("pageSize")});
        QCOMPARE(pageSize.sibling(pageSize.row(), SchemaTreeModel::TypeColumn).data().toString(),
            QStringLiteral("Int = 20"));
        QCOMPARE(pageSize.data().toString(), QStringLiteral("pageSize:"));
        // An input object argument opens into its fields; an interface into its fields and implementations.
        const QModelIndex filter
            = model->indexForPath({QStringLiteral("Query"), QStringLiteral("products"), QStringLiteral("filter")});
        QVERIFY(childNames(model, filter, SchemaTreeModel::NodeKind::Argument).contains(QStringLiteral("sku")));
        const QModelIndex items
            = model->indexForPath({QStringLiteral("Query"), QStringLiteral("products"), QStringLiteral("items")});
        QCOMPARE(items.sibling(items.row(), SchemaTreeModel::TypeColumn).data().toString(),
            QStringLiteral("[ProductInterface]"));
        QVERIFY(childNames(model, items, SchemaTreeModel::NodeKind::Field).contains(QStringLiteral("price_range")));
        QCOMPARE(childNames(model, items, SchemaTreeModel::NodeKind::PossibleType),
            (QStringList {QStringLiteral("SimpleProduct"), QStringLiteral("ConfigurableProduct")}));
        QVERIFY(explorer->reveal({QStringLiteral("Mutation"), QStringLiteral("addProductsToCart")}).isValid());
        QVERIFY(!explorer->reveal({QStringLiteral("Query"), QStringLiteral("nothing")}).isValid());

        // Search lists fields wherever they are, with the way to reach them.
        explorer->search(QStringLiteral("price_range"));
        QVERIFY(explorer->resultsView()->isVisible());
        QStandardItemModel* results = explorer->results();
        QStringList found;
        for (int row = 0; row < results->rowCount(); ++row)
            found << results->item(row, 0)->text() + u' ' + results->item(row, 2)->text();
        QVERIFY2(found.contains(QStringLiteral("ProductInterface.price_range Query.products.items.price_range")),
            qPrintable(found.join(u'\n')));
        explorer->search(QString());
        QVERIFY(explorer->tree()->isVisible());
    }

    /// The explorer's model passes QAbstractItemModelTester when filled, expanded three levels deep (children are
    /// made on demand) and emptied. Qt 6.4's tester fetches children from inside its own modelReset handler and
    /// then takes those insertions for a change during the reset, so a tester is attached after each reset to a
    /// schema (its constructor checks the whole model) rather than across it.
    void schemaTreeModelPassesTester()
    {
        QVERIFY(m_panel->schema());
        SchemaTreeModel model;
        for (int round = 0; round < 2; ++round) { // the same schema again: a reset over an expanded tree
            model.setSchema(m_panel->schema());
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(model.rowCount() > 0);
            QList<QModelIndex> level {QModelIndex()};
            int visited = 0;
            for (int depth = 0; depth < 3; ++depth) {
                QList<QModelIndex> next;
                for (const QModelIndex& parent : std::as_const(level)) {
                    if (model.canFetchMore(parent))
                        model.fetchMore(parent);
                    for (int row = 0; row < model.rowCount(parent); ++row) {
                        const QModelIndex child = model.index(row, 0, parent);
                        QVERIFY(child.isValid());
                        QCOMPARE(child.parent(), parent);
                        QVERIFY(!child.data(SchemaTreeModel::NameRole).toString().isEmpty());
                        ++visited;
                        if (model.hasChildren(child) && next.size() < 200)
                            next.append(child);
                    }
                }
                level = next;
            }
            QVERIFY2(visited > 30, qPrintable(QString::number(visited)));
        }
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSchema(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void completionInTheEditor()
    {
        QVERIFY(m_panel->schema());
        resetEditor();
        GraphQLQueryEdit* edit = queryEdit();
        QTest::keyClicks(edit, QStringLiteral("{ products { it"));
        QTest::keyClick(edit, Qt::Key_Space, Qt::ControlModifier);
        QVERIFY(edit->isCompletionVisible());
        QVERIFY2(edit->completionCandidates().contains(QStringLiteral("items")),
            qPrintable(edit->completionCandidates().join(u',')));
        QCOMPARE(edit->completer()->popup()->currentIndex().row(), 0);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(edit->toPlainText(), QStringLiteral("{ products { items"));
        QVERIFY(!edit->isCompletionVisible());

        // Arguments: the name and its colon.
        resetEditor();
        QTest::keyClicks(edit, QStringLiteral("{ products(pa"));
        QTest::keyClick(edit, Qt::Key_Space, Qt::ControlModifier);
        QCOMPARE(edit->completionCandidates(), QStringList {QStringLiteral("pageSize")});
        QTest::keyClick(edit, Qt::Key_Tab);
        QCOMPARE(edit->toPlainText(), QStringLiteral("{ products(pageSize: "));

        // After '{' the list opens by itself, nothing chosen: Enter still starts a new line.
        resetEditor();
        QTest::keyClicks(edit, QStringLiteral("{"));
        QVERIFY(edit->isCompletionVisible());
        QVERIFY(edit->completionCandidates().contains(QStringLiteral("storeConfig")));
        QVERIFY(!edit->completer()->popup()->currentIndex().isValid());
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(edit->toPlainText(), QStringLiteral("{\n"));
        // Typing narrows it; Escape closes it.
        QTest::keyClicks(edit, QStringLiteral("  store"));
        QVERIFY(edit->isCompletionVisible());
        QCOMPARE(edit->completionCandidates(), QStringList {QStringLiteral("storeConfig")});
        QTest::keyClick(edit, Qt::Key_Escape);
        QVERIFY(!edit->isCompletionVisible());
        // Nothing to offer in an argument's value.
        resetEditor();
        QTest::keyClicks(edit, QStringLiteral("{ products(search: "));
        QTest::keyClick(edit, Qt::Key_Space, Qt::ControlModifier);
        QVERIFY(!edit->isCompletionVisible());
    }

    void explorerInsertsAtTheCursor()
    {
        resetEditor();
        QTest::keyClicks(queryEdit(), QStringLiteral("{ "));
        QTest::keyClick(queryEdit(), Qt::Key_Escape);
        SchemaExplorer* explorer = m_panel->explorer();
        const QModelIndex storeConfig = explorer->reveal({QStringLiteral("Query"), QStringLiteral("storeConfig")});
        QVERIFY(storeConfig.isValid());
        QTreeView* tree = explorer->tree();
        tree->scrollTo(storeConfig);
        QTRY_VERIFY(tree->visualRect(storeConfig).isValid());
        const QPoint at = tree->visualRect(storeConfig).center();
        QSignalSpy insert(explorer, &SchemaExplorer::insertRequested);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QVERIFY2(insert.size() == 1,
            qPrintable(QStringLiteral("%1 insert(s), rect %2,%3 %4x%5, tree visible %6")
                           .arg(insert.size())
                           .arg(at.x())
                           .arg(at.y())
                           .arg(tree->viewport()->width())
                           .arg(tree->viewport()->height())
                           .arg(tree->isVisible())));
        QCOMPARE(queryEdit()->toPlainText(), QStringLiteral("{ storeConfig {  }"));
        QCOMPARE(queryEdit()->textCursor().position(), 16);
        // A field with a required argument gets it, the cursor in its place.
        const QModelIndex cart = explorer->reveal({QStringLiteral("Query"), QStringLiteral("cart")});
        QCOMPARE(cart.data(SchemaTreeModel::SnippetRole).toString(), QStringLiteral("cart(cart_id: ) {  }"));
        QCOMPARE(cart.data(SchemaTreeModel::SnippetCursorRole).toInt(), 14);
    }

    void variablesAreChecked()
    {
        GraphQLEditor* editor = m_panel->editor();
        QPlainTextEdit* variables = editor->variablesEdit();
        auto* problems = editor->findChild<QLabel*>(QStringLiteral("graphqlProblems"));
        resetEditor();
        QTest::keyClicks(queryEdit(), QStringLiteral("query P($s: String) { products(search: $s) { total_count } }"));
        QTest::keyClick(queryEdit(), Qt::Key_Escape);
        variables->setFocus();
        QTest::keyClicks(variables, QStringLiteral("{\"s\": \"tee\",}"));
        QVERIFY2(editor->variablesError().contains(QStringLiteral("Line 1")), qPrintable(editor->variablesError()));
        QVERIFY(problems->isVisible());
        QVERIFY(!m_panel->problems().isEmpty());
        variables->selectAll();
        QTest::keyClicks(variables, QStringLiteral("[\"tee\"]"));
        QVERIFY(editor->variablesError().contains(QStringLiteral("JSON object")));
        variables->selectAll();
        QTest::keyClicks(variables, QStringLiteral("{\"s\": \"tee\"}"));
        QVERIFY(editor->variablesError().isEmpty());
        QVERIFY(!problems->isVisible());
        QVERIFY(m_panel->problems().isEmpty());

        // Ctrl+Enter in either editor asks for the send.
        QSignalSpy send(m_panel.get(), &GraphQLPanel::sendRequested);
        QTest::keyClick(variables, Qt::Key_Return, Qt::ControlModifier);
        QTest::keyClick(queryEdit(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(send.size(), 2);
        QCOMPARE(variables->toPlainText(), QStringLiteral("{\"s\": \"tee\"}"));

        // What the panel holds is what the console sends: the server answers it.
        RequestSpec spec;
        spec.endpointId = QStringLiteral("gql");
        spec.mode = RequestSpec::Mode::GraphQL;
        spec.bodyType = QStringLiteral("graphql");
        spec.body = m_panel->query();
        spec.graphqlVariables = m_panel->variables();
        spec.graphqlOperationName = m_panel->operationName();
        const Endpoint endpoint = graphqlEndpoint(m_server.url());
        Result<net::ApiCall> call = net::buildApiCall(spec, endpoint, endpoint, Environment());
        QVERIFY2(call.ok(), qPrintable(call.error().toString()));
        std::unique_ptr<net::ApiReply> reply(m_client->send(std::move(call).value()));
        QSignalSpy finished(reply.get(), &net::ApiReply::finished);
        QVERIFY(finished.wait(20000));
        const QJsonObject answer = QJsonDocument::fromJson(reply->response().body).object();
        QCOMPARE(answer.value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("products"))
                     .toObject()
                     .value(QStringLiteral("total_count"))
                     .toInt(),
            8);
    }

    void operationPicker()
    {
        GraphQLEditor* editor = m_panel->editor();
        QComboBox* picker = editor->operationPicker();
        QSignalSpy changed(editor, &GraphQLEditor::changed);
        m_panel->setQuery(QStringLiteral("{ storeConfig { locale } }"));
        QVERIFY(!picker->isVisible());
        QVERIFY(m_panel->operationName().isEmpty());
        resetEditor();
        QTest::keyClicks(queryEdit(), QStringLiteral("query A { storeConfig { locale } }"));
        QTest::keyClick(queryEdit(), Qt::Key_Escape);
        QTest::keyClick(queryEdit(), Qt::Key_Return);
        QTest::keyClicks(queryEdit(), QStringLiteral("query B { categoryList { name } }"));
        QTest::keyClick(queryEdit(), Qt::Key_Escape);
        QVERIFY(picker->isVisible());
        QCOMPARE(picker->count(), 2);
        QCOMPARE(m_panel->operationName(), QStringLiteral("A"));
        const qsizetype before = changed.size();
        picker->setCurrentIndex(1);
        QCOMPARE(changed.size(), before + 1);
        QCOMPARE(m_panel->operationName(), QStringLiteral("B"));
        // Opening a saved request with its operation name.
        m_panel->setQuery(QStringLiteral("query A { a }\nquery B { b }\nquery C { c }"));
        m_panel->setOperationName(QStringLiteral("C"));
        QCOMPARE(picker->currentText(), QStringLiteral("query C"));
        QCOMPARE(m_panel->operationName(), QStringLiteral("C"));
        // A single named operation: no picker; its name is kept when it was set.
        m_panel->setQuery(QStringLiteral("query C { c }"));
        QVERIFY(!picker->isVisible());
        QCOMPARE(m_panel->operationName(), QStringLiteral("C"));
        // Several operations, one without a name: the editor says what is wrong and where.
        m_panel->setQuery(QStringLiteral("query A { a }\n{ b }"));
        QVERIFY2(
            editor->queryProblem().contains(QStringLiteral("line 2, column 1")), qPrintable(editor->queryProblem()));
        m_panel->setQuery(QStringLiteral("{ a { b }"));
        QVERIFY(editor->queryProblem().contains(QStringLiteral("is not closed")));
    }

    void introspectionTurnedOff()
    {
        // A REST endpoint whose GraphQL lives at /graphql below it, on the server that refuses introspection.
        QUrl origin = m_closedServer.url();
        origin.setPath(QString());
        Endpoint endpoint;
        endpoint.id = QStringLiteral("closed");
        endpoint.name = QStringLiteral("Closed");
        endpoint.kind = EndpointKind::Rest;
        endpoint.baseUrl = origin.toString();
        RequestSpec request;
        request.path = QStringLiteral("/graphql");
        GraphQLPanel panel;
        panel.setTarget(m_client.get(), endpoint, Environment(), request);
        QSignalSpy loaded(&panel, &GraphQLPanel::schemaLoaded);
        panel.show(); // introspects by itself the first time it is shown
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.first().first().toBool(), false);
        QVERIFY(panel.introspectionDisabled());
        QVERIFY(!panel.schema());
        const QString status = panel.statusText();
        QVERIFY2(status.contains(QStringLiteral("introspection turned off")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("Load schema")), qPrintable(status));
        QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("schemaEmpty"))->text(), status);
        // Completion has nothing to offer, and says nothing wrong.
        panel.editor()->queryEdit()->setPlainText(QStringLiteral("{ pro"));
        panel.editor()->queryEdit()->moveCursor(QTextCursor::End);
        QVERIFY(!panel.editor()->queryEdit()->showCompletion());

        // A saved introspection result (from the other server) stands in.
        QNetworkAccessManager network;
        QNetworkRequest post(m_server.url());
        post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = network.post(post,
            QJsonDocument(QJsonObject {{QStringLiteral("query"), schema::GraphQLSchema::introspectionQuery()}})
                .toJson(QJsonDocument::Compact));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(20000));
        QFile saved(m_dir.filePath(QStringLiteral("schema.json")));
        QVERIFY(saved.open(QIODevice::WriteOnly));
        saved.write(reply->readAll());
        saved.close();
        reply->deleteLater();
        panel.loadSchemaFile(saved.fileName());
        QVERIFY(loaded.wait(20000));
        QVERIFY2(loaded.last().first().toBool(), qPrintable(panel.statusText()));
        QVERIFY(panel.statusText().contains(QStringLiteral("schema.json")));
        QVERIFY(panel.editor()->queryEdit()->showCompletion());
        QCOMPARE(panel.editor()->queryEdit()->completionCandidates(), QStringList {QStringLiteral("products")});

        // A file that is not an introspection result says so.
        QFile junk(m_dir.filePath(QStringLiteral("junk.json")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{\"hello\": 1}");
        junk.close();
        panel.loadSchemaFile(junk.fileName());
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.last().first().toBool(), false);
        QVERIFY(panel.statusText().contains(QStringLiteral("junk.json")));
        QVERIFY(panel.schema()); // the loaded one stays
    }

    void schemasArePerTarget()
    {
        QVERIFY(m_panel->schema());
        const auto first = m_panel->schema();
        // Another endpoint: no schema until introspected; back again: the known one at once.
        Endpoint other = graphqlEndpoint(m_closedServer.url());
        other.id = QStringLiteral("other");
        m_panel->setTarget(m_client.get(), other, Environment());
        QVERIFY(!m_panel->schema());
        m_panel->setTarget(m_client.get(), graphqlEndpoint(m_server.url()), Environment());
        QCOMPARE(m_panel->schema(), first);
        m_panel->clearTarget();
        QVERIFY(!m_panel->introspectButton()->isEnabled());
        m_panel->introspect();
        QVERIFY(m_panel->statusText().contains(QStringLiteral("endpoint first")));
        m_panel->setTarget(m_client.get(), graphqlEndpoint(m_server.url()), Environment());
    }
};

QTEST_MAIN(TestUiGraphQL)
#include "test_ui_graphql.moc"
