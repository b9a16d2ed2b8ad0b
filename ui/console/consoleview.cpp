#include "ui/console/consoleview.h"

#include "core/interop/curlformat.h"
#include "core/interop/urlmapping.h"
#include "core/json/jsonpretty.h"
#include "core/json/worker.h"
#include "core/magento/bulk.h"
#include "core/magento/storescope.h"
#include "core/net/callbuilder.h"
#include "core/schema/restoperations.h"
#include "core/workspace/workspace.h"
#include "ui/console/bodyeditor.h"
#include "ui/console/bulkpanel.h"
#include "ui/console/consoleinterop.h"
#include "ui/console/keyvaluetable.h"
#include "ui/console/pathcompletion.h"
#include "ui/console/responsepane.h"
#include "ui/console/savedrequestspanel.h"
#include "ui/dialogs.h"
#include "ui/graphql/graphqlpanel.h"
#include "ui/magento/magentoquerypanel.h"
#include "ui/workspacesession.h"

#include <algorithm>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace studio::ui {

namespace {

enum RequestPage { RestPage, GraphQLPage };

QString modeId(RequestSpec::Mode mode)
{
    return requestModeId(mode);
}

RequestSpec::Mode modeFromId(const QString& id)
{
    if (id == u"asyncBulk")
        return RequestSpec::Mode::AsyncBulk;
    if (id == u"graphql")
        return RequestSpec::Mode::GraphQL;
    return RequestSpec::Mode::Rest;
}

} // namespace

ConsoleView::ConsoleView(WorkspaceSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("ConsoleView"));
    buildUi();
    buildShortcuts();
    m_interop = new ConsoleInterop(session, this, this);
    m_bulk->setFetch([this](const QString& servicePath, std::function<void(Result<QJsonObject>)> done) {
        fetchBulkStatus(servicePath, std::move(done));
    });

    connect(session, &WorkspaceSession::opened, this, &ConsoleView::workspaceChanged);
    connect(session, &WorkspaceSession::closed, this, &ConsoleView::workspaceChanged);
    connect(session, &WorkspaceSession::changed, this, [this] {
        rebuildEndpoints();
        rebuildEnvironments();
        updateTitle();
    });
    connect(session, &WorkspaceSession::activeEnvironmentChanged, this, [this] {
        rebuildEnvironments();
        endpointChanged();
    });
    connect(session, &WorkspaceSession::secretStoreChanged, this, &ConsoleView::endpointChanged);
    connect(m_saved, &SavedRequestsPanel::openRequested, this, [this](const QString& id) { openSaved(id); });
    connect(m_saved, &SavedRequestsPanel::requestMoved, this, &ConsoleView::applyRequestMoved);
    connect(m_saved, &SavedRequestsPanel::operationFinished, this,
        [this](bool, const QString& message) { Q_EMIT statusMessage(message); });
    connect(m_interop, &ConsoleInterop::statusMessage, this, &ConsoleView::statusMessage);
    connect(m_bulk, &BulkPanel::finished, this, [this] {
        m_cancel->setEnabled(m_sending);
        Q_EMIT statusMessage(tr("Bulk follow ended."));
    });
    workspaceChanged();
}

ConsoleView::~ConsoleView()
{
    // Replies belong to the client; end them before the widgets they report to.
    m_bulk->clear();
    m_client.reset();
}

void ConsoleView::buildUi()
{
    // Left: saved requests. Right: the request on top, the response below.
    m_saved = new SavedRequestsPanel(m_session, this);
    auto* right = new QWidget(this);
    auto* requestArea = new QWidget(right);

    m_title = new QLabel(requestArea);
    m_title->setObjectName(QStringLiteral("requestTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_endpoint = new QComboBox(requestArea);
    m_endpoint->setObjectName(QStringLiteral("endpointCombo"));
    m_endpoint->setMinimumContentsLength(18);
    m_endpoint->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_environment = new QComboBox(requestArea);
    m_environment->setObjectName(QStringLiteral("consoleEnvironment"));
    m_environment->setToolTip(tr("The environment whose variables fill {{placeholders}}; the same as the toolbar's"));
    m_mode = new QComboBox(requestArea);
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    m_mode->addItem(tr("REST"), modeId(RequestSpec::Mode::Rest));
    m_mode->addItem(tr("Async bulk"), modeId(RequestSpec::Mode::AsyncBulk));
    m_mode->addItem(tr("GraphQL"), modeId(RequestSpec::Mode::GraphQL));
    m_mode->setToolTip(tr("REST: one request. Async bulk (Magento): an array of bodies queued as one bulk, "
                          "followed to completion. GraphQL: a query to the GraphQL endpoint."));
    m_store = new QComboBox(requestArea);
    m_store->setObjectName(QStringLiteral("storeCombo"));
    m_store->setEditable(true);
    m_store->setMinimumContentsLength(10);
    m_store->setInsertPolicy(QComboBox::NoInsert);
    m_storeLabel = new QLabel(tr("St&ore:"), requestArea);
    m_storeLabel->setBuddy(m_store);

    m_method = new QComboBox(requestArea);
    m_method->setObjectName(QStringLiteral("methodCombo"));
    m_method->setEditable(true);
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"),
        QStringLiteral("DELETE"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS")});
    m_method->setInsertPolicy(QComboBox::NoInsert);
    m_method->setMinimumContentsLength(7);
    m_path = new QLineEdit(requestArea);
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setPlaceholderText(tr("/V1/products?searchCriteria[pageSize]=10 — or paste a cURL command"));
    setFocusProxy(m_path); // Ctrl+3 (Console) lands in the path field, ready to type
    m_path->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_path->installEventFilter(this);
    m_send = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("&Send"), requestArea);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setToolTip(tr("Send the request (Ctrl+Enter)"));
    m_send->setDefault(true);
    m_cancel = new QPushButton(style()->standardIcon(QStyle::SP_MediaStop), tr("Cancel"), requestArea);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Cancel the running request or bulk follow (Esc)"));
    m_cancel->setEnabled(false);
    m_more = new QToolButton(requestArea);
    m_more->setObjectName(QStringLiteral("consoleMenu"));
    m_more->setText(QStringLiteral("…"));
    m_more->setToolTip(tr("Save, import and export"));
    m_more->setPopupMode(QToolButton::InstantPopup);

    m_scopeHint = new QLabel(requestArea);
    m_scopeHint->setObjectName(QStringLiteral("scopeHint"));
    m_scopeHint->setWordWrap(true);
    m_scopeHint->setStyleSheet(QStringLiteral("QLabel { color: #b9770e; }"));
    m_scopeHint->hide();
    m_progress = new QProgressBar(requestArea);
    m_progress->setObjectName(QStringLiteral("sendProgress"));
    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);
    m_progress->hide();

    // Request tabs.
    m_params = new KeyValueTable(tr("Parameter"), tr("Value"), requestArea);
    m_params->setObjectName(QStringLiteral("paramsTable"));
    m_builderSlot = new QWidget(requestArea);
    m_builderSlot->setObjectName(QStringLiteral("builderSlot"));
    auto* builderLayout = new QVBoxLayout(m_builderSlot);
    builderLayout->setContentsMargins(0, 0, 0, 0);
    m_queryPanel = new MagentoQueryPanel(m_builderSlot);
    m_queryPanel->setObjectName(QStringLiteral("magentoQueryPanel"));
    builderLayout->addWidget(m_queryPanel);
    m_builderSlot->hide();
    auto* paramsPage = new QSplitter(Qt::Horizontal, requestArea);
    paramsPage->setObjectName(QStringLiteral("paramsSplitter"));
    paramsPage->addWidget(m_params);
    paramsPage->addWidget(m_builderSlot);
    paramsPage->setStretchFactor(0, 2);
    paramsPage->setStretchFactor(1, 3);
    m_headers = new KeyValueTable(tr("Header"), tr("Value"), requestArea);
    m_headers->setObjectName(QStringLiteral("headersTable"));
    m_body = new BodyEditor(requestArea);
    m_body->setObjectName(QStringLiteral("bodyEditor"));
    m_auth = new QLabel(requestArea);
    m_auth->setObjectName(QStringLiteral("authDescription"));
    m_auth->setWordWrap(true);
    m_auth->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_auth->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_auth->setMargin(8);
    m_tabs = new QTabWidget(requestArea);
    m_tabs->setObjectName(QStringLiteral("requestTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(paramsPage, tr("&Params"));
    m_tabs->addTab(m_headers, tr("&Headers"));
    m_tabs->addTab(m_body, tr("&Body"));
    m_tabs->addTab(m_auth, tr("A&uth"));

    // GraphQL mode: query and variables editors with completion, the schema explorer, introspection.
    m_graphqlPage = new QWidget(requestArea);
    m_graphqlPage->setObjectName(QStringLiteral("graphqlPage"));
    m_graphql = new GraphQLPanel(m_graphqlPage);
    m_graphql->setObjectName(QStringLiteral("graphqlPanel"));
    auto* graphqlLayout = new QVBoxLayout(m_graphqlPage);
    graphqlLayout->setContentsMargins(0, 0, 0, 0);
    graphqlLayout->addWidget(m_graphql);

    m_requestStack = new QStackedWidget(requestArea);
    m_requestStack->setObjectName(QStringLiteral("requestStack"));
    m_requestStack->insertWidget(RestPage, m_tabs);
    m_requestStack->insertWidget(GraphQLPage, m_graphqlPage);

    auto* row1 = new QHBoxLayout;
    auto* endpointLabel = new QLabel(tr("E&ndpoint:"), requestArea);
    endpointLabel->setBuddy(m_endpoint);
    auto* environmentLabel = new QLabel(tr("En&vironment:"), requestArea);
    environmentLabel->setBuddy(m_environment);
    auto* modeLabel = new QLabel(tr("&Mode:"), requestArea);
    modeLabel->setBuddy(m_mode);
    row1->addWidget(endpointLabel);
    row1->addWidget(m_endpoint, 2);
    row1->addWidget(environmentLabel);
    row1->addWidget(m_environment, 1);
    row1->addWidget(m_storeLabel);
    row1->addWidget(m_store, 1);
    row1->addWidget(modeLabel);
    row1->addWidget(m_mode);
    auto* row2 = new QHBoxLayout;
    row2->addWidget(m_method);
    row2->addWidget(m_path, 1);
    row2->addWidget(m_send);
    row2->addWidget(m_cancel);
    row2->addWidget(m_more);
    auto* requestLayout = new QVBoxLayout(requestArea);
    requestLayout->setContentsMargins(0, 0, 0, 0);
    requestLayout->addWidget(m_title);
    requestLayout->addLayout(row1);
    requestLayout->addLayout(row2);
    requestLayout->addWidget(m_progress);
    requestLayout->addWidget(m_scopeHint);
    requestLayout->addWidget(m_requestStack, 1);

    m_responsePane = new ResponsePane(right);
    m_bulk = new BulkPanel(m_responsePane);
    m_bulk->setObjectName(QStringLiteral("bulkPanel"));
    m_responsePane->tabs()->addTab(m_bulk, tr("B&ulk"));

    auto* vertical = new QSplitter(Qt::Vertical, right);
    vertical->setObjectName(QStringLiteral("consoleSplitter"));
    vertical->addWidget(requestArea);
    vertical->addWidget(m_responsePane);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({420, 380});
    vertical->setChildrenCollapsible(false);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(vertical);

    auto* horizontal = new QSplitter(Qt::Horizontal, this);
    horizontal->addWidget(m_saved);
    horizontal->addWidget(right);
    horizontal->setStretchFactor(1, 1);
    horizontal->setSizes({220, 900});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(horizontal);

    m_completion = new PathCompletion(m_path, this);
    connect(
        m_completion, &PathCompletion::statusChanged, this, [this](const QString& text) { m_path->setToolTip(text); });
    connect(m_completion, &PathCompletion::responseSchemasLoaded, this,
        [this](const QString& key, std::shared_ptr<const schema::ResponseSchemas> schemas) {
            if (key == m_completion->currentKey())
                m_queryPanel->setResponseSchemas(std::move(schemas));
        });
    m_authTimer = new QTimer(this);
    m_authTimer->setSingleShot(true);
    m_authTimer->setInterval(0);
    connect(m_authTimer, &QTimer::timeout, this, &ConsoleView::updateAuthDescription);

    connect(m_send, &QPushButton::clicked, this, &ConsoleView::send);
    connect(m_cancel, &QPushButton::clicked, this, &ConsoleView::cancel);
    connect(m_endpoint, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        endpointChanged();
        fieldsEdited();
    });
    connect(m_environment, &QComboBox::activated, this,
        [this](int index) { m_session->setActiveEnvironment(m_environment->itemData(index).toString()); });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        modeChanged();
        if (!m_updating)
            fieldsEdited();
    });
    connect(m_store, &QComboBox::currentTextChanged, this, [this] {
        if (m_updating)
            return;
        updateScopeHint();
        const Endpoint* endpoint = currentEndpoint();
        if (endpoint && endpoint->kind == EndpointKind::Magento) {
            const QString folder = m_session->workspace() ? m_session->workspace()->folder() : QString();
            m_completion->setEndpoint(
                *endpoint, currentEnvironment(), m_store->currentText().trimmed(), client(), folder);
            updateQueryPanel();
            updateGraphQLTarget();
        }
        fieldsEdited();
    });
    connect(m_method, &QComboBox::currentTextChanged, this, [this] {
        updateScopeHint();
        if (!m_updating)
            fieldsEdited();
    });
    connect(m_path, &QLineEdit::textEdited, this, &ConsoleView::pathEdited);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        if (!m_updating)
            fieldsEdited();
    });
    connect(m_params, &KeyValueTable::pairsChanged, this, &ConsoleView::paramsEdited);
    // The Magento helpers edit the same query as the URL and the params table, and follow it.
    connect(m_queryPanel, &MagentoQueryPanel::queryItemsEdited, this, &ConsoleView::setQueryItems);
    connect(this, &ConsoleView::queryItemsChanged, m_queryPanel,
        [this](const KeyValueList& items) { m_queryPanel->setQueryItems(items); });
    connect(m_path, &QLineEdit::textChanged, m_queryPanel,
        [this] { m_queryPanel->setRoute(m_method->currentText().trimmed().toUpper().toLatin1(), m_path->text()); });
    connect(m_method, &QComboBox::currentTextChanged, m_queryPanel,
        [this] { m_queryPanel->setRoute(m_method->currentText().trimmed().toUpper().toLatin1(), m_path->text()); });
    connect(m_headers, &KeyValueTable::pairsChanged, this, &ConsoleView::fieldsEdited);
    connect(m_body, &BodyEditor::changed, this, &ConsoleView::fieldsEdited);
    connect(m_graphql, &GraphQLPanel::changed, this, &ConsoleView::fieldsEdited);
    connect(m_graphql, &GraphQLPanel::sendRequested, this, &ConsoleView::send);

    // The … menu: save, import, export.
    auto* menu = new QMenu(m_more);
    menu->setObjectName(QStringLiteral("consoleActions"));
    QAction* newAction = menu->addAction(tr("&New request"), this, &ConsoleView::newRequest);
    newAction->setObjectName(QStringLiteral("newRequest"));
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    QAction* saveAction
        = menu->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save"), this, &ConsoleView::save);
    saveAction->setObjectName(QStringLiteral("saveRequest"));
    saveAction->setShortcut(QKeySequence::Save);
    QAction* saveAsAction = menu->addAction(tr("Save &as…"), this, &ConsoleView::saveAs);
    saveAsAction->setObjectName(QStringLiteral("saveRequestAs"));
    saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    menu->addSeparator();
    QAction* pasteCurlAction = menu->addAction(tr("&Paste cURL command"), this, [this] {
        const QString text = QApplication::clipboard()->text();
        if (!text.trimmed().isEmpty())
            pasteCurl(text);
        else
            Q_EMIT statusMessage(tr("The clipboard holds no text."));
    });
    pasteCurlAction->setObjectName(QStringLiteral("pasteCurl"));
    QAction* copyCurlAction = menu->addAction(tr("&Copy as cURL"), this, [this] { m_interop->copyAsCurl(spec()); });
    copyCurlAction->setObjectName(QStringLiteral("copyAsCurl"));
    copyCurlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    menu->addSeparator();
    QAction* importPostman = menu->addAction(
        tr("Import Postman collection…"), this, [this] { m_interop->importFile(QStringLiteral("postman")); });
    importPostman->setObjectName(QStringLiteral("importPostman"));
    QAction* importOpenApi = menu->addAction(tr("Import requests from OpenAPI / Swagger…"), this, [this] {
        const Endpoint* endpoint = currentEndpoint();
        QString target;
        if (endpoint
            && MessageBox::question(this, tr("Import from OpenAPI"),
                   tr("Send the imported requests through the endpoint \"%1\"? (No: propose a new endpoint from the "
                      "file's servers.)")
                       .arg(endpoint->name),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
                == QMessageBox::Yes)
            target = endpoint->id;
        m_interop->importFile(QStringLiteral("openapi"), target);
    });
    importOpenApi->setObjectName(QStringLiteral("importOpenApi"));
    QAction* importHar = menu->addAction(
        tr("Import requests from a HAR archive…"), this, [this] { m_interop->importFile(QStringLiteral("har")); });
    importHar->setObjectName(QStringLiteral("importHar"));
    QAction* exportPostman = menu->addAction(tr("Export folder as Postman collection…"), this,
        [this] { m_interop->exportFolderAsPostman(m_saved->selectedFolder()); });
    exportPostman->setObjectName(QStringLiteral("exportPostman"));
    menu->addSeparator();
    QAction* attachSchema = menu->addAction(tr("Attach OpenAPI description to the endpoint…"), this, [this] {
        const Endpoint* endpoint = currentEndpoint();
        const Workspace* workspace = m_session->workspace();
        if (!endpoint || !workspace)
            return;
        const QString file = FileDialog::getOpenFileName(this, tr("OpenAPI / Swagger file for %1").arg(endpoint->name),
            workspace->folder(), tr("API descriptions (*.json *.yaml *.yml);;All files (*)"));
        if (file.isEmpty())
            return;
        Endpoint updated = *endpoint;
        schema::setAttachedSchemaFile(updated, file, workspace->folder());
        m_session->modify([updated](Workspace& ws) { return ws.saveEndpoint(updated); }, this,
            [this](Status status) {
                Q_EMIT statusMessage(status.ok() ? tr("The API description is attached; paths complete from it.")
                                                 : status.error().toString());
                endpointChanged();
            });
    });
    attachSchema->setObjectName(QStringLiteral("attachSchema"));
    m_more->setMenu(menu);
    // The shortcuts work anywhere in the console, not only while the menu is open.
    for (QAction* action : {newAction, saveAction, saveAsAction, copyCurlAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    // Export and save-as in the tree's context menu too.
    m_saved->addContextAction(exportPostman);
    m_saved->addContextAction(saveAsAction);
}

void ConsoleView::buildShortcuts()
{
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &ConsoleView::send);
    }
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &ConsoleView::cancel);
}

bool ConsoleView::eventFilter(QObject* watched, QEvent* event)
{
    // A cURL command pasted into the path field fills the whole request instead.
    if (watched == m_path && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Paste)) {
            const QString text = QApplication::clipboard()->text().trimmed();
            if (text.startsWith(QStringLiteral("curl "), Qt::CaseInsensitive)
                || text.startsWith(QStringLiteral("curl.exe "), Qt::CaseInsensitive)) {
                pasteCurl(text);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

// ---------------------------------------------------------------------------------------------------------------
// Workspace, endpoints, environments

void ConsoleView::workspaceChanged()
{
    // Another workspace (or none): the engine records into the old workspace's request log, which the session
    // has released. End everything that runs through it before anything else is sent.
    m_bulk->clear();
    m_completion->clearEndpoint();
    m_queryPanel->clearSchemaSource();
    m_graphql->clearTarget();
    m_storeViews.clear();
    m_storeViewsLoading.clear();
    m_client.reset(); // its replies end with it, the running one included
    m_clientSecrets = nullptr;
    m_clientRecorder = nullptr;
    if (m_sending) {
        ++m_generation; // a resolve still on its way is ignored
        setSending(false);
    }

    const Workspace* workspace = m_session->workspace();
    setEnabled(workspace != nullptr);
    m_fingerprintSalt.clear();
    if (workspace) {
        // The salt of credential fingerprints lives in a file of the workspace's state folder: read off the UI thread.
        const QString stateFolder = workspace->stateFolder();
        QPointer<ConsoleView> self(this);
        m_saltJob = json::startGlobalJob(this, [self, stateFolder](const std::shared_ptr<json::WorkerRelay>& relay) {
            Result<QByteArray> salt = net::loadOrCreateFingerprintSalt(stateFolder);
            relay->post([self, salt] {
                if (!self || !salt)
                    return;
                self->m_fingerprintSalt = salt.value();
                if (self->m_client) {
                    net::ApiClientOptions options = self->m_client->options();
                    options.fingerprintSalt = salt.value();
                    self->m_client->setOptions(options);
                }
            });
        });
    }
    rebuildEndpoints();
    rebuildEnvironments();
    if (m_savedId.isEmpty() || !workspace || !workspace->request(m_savedId))
        newRequest();
    endpointChanged();
}

void ConsoleView::rebuildEndpoints()
{
    const QString current = m_endpoint->currentData().toString();
    const bool updating = m_updating;
    m_updating = true;
    m_endpoint->clear();
    m_endpoint->addItem(tr("(none: absolute URL, no auth)"), QString());
    if (const Workspace* workspace = m_session->workspace()) {
        QList<const Endpoint*> endpoints;
        for (const Endpoint& endpoint : workspace->endpoints()) {
            if (endpoint.isHttp())
                endpoints.append(&endpoint);
        }
        std::sort(endpoints.begin(), endpoints.end(),
            [](const Endpoint* a, const Endpoint* b) { return QString::localeAwareCompare(a->name, b->name) < 0; });
        for (const Endpoint* endpoint : std::as_const(endpoints))
            m_endpoint->addItem(endpoint->name, endpoint->id);
    }
    int index = m_endpoint->findData(current);
    if (index < 0 && current.isEmpty())
        index = defaultEndpointIndex();
    m_endpoint->setCurrentIndex(qMax(0, index));
    m_updating = updating;
}

void ConsoleView::rebuildEnvironments()
{
    const QSignalBlocker block(m_environment);
    m_environment->clear();
    m_environment->addItem(tr("(no environment)"), QString());
    if (const Workspace* workspace = m_session->workspace()) {
        QStringList names;
        for (const Environment& environment : workspace->environments())
            names.append(environment.name);
        names.sort(Qt::CaseInsensitive);
        for (const QString& name : std::as_const(names))
            m_environment->addItem(name, name);
    }
    m_environment->setCurrentIndex(qMax(0, m_environment->findData(m_session->activeEnvironmentName())));
}

int ConsoleView::defaultEndpointIndex() const
{
    // A Magento integration (OAuth 1.0a, the way integrations are meant to authenticate), else any Magento
    // endpoint, else the first one: a newcomer can send at once.
    const Workspace* workspace = m_session->workspace();
    int magento = -1;
    int first = -1;
    for (int i = 1; i < m_endpoint->count(); ++i) {
        const Endpoint* endpoint = workspace ? workspace->endpoint(m_endpoint->itemData(i).toString()) : nullptr;
        if (!endpoint)
            continue;
        if (endpoint->kind == EndpointKind::Magento && endpoint->auth.type == AuthType::OAuth1)
            return i;
        if (endpoint->kind == EndpointKind::Magento && magento < 0)
            magento = i;
        if (first < 0)
            first = i;
    }
    return magento >= 0 ? magento : first;
}

const Endpoint* ConsoleView::currentEndpoint() const
{
    const Workspace* workspace = m_session->workspace();
    const QString id = m_endpoint->currentData().toString();
    return workspace && !id.isEmpty() ? workspace->endpoint(id) : nullptr;
}

Environment ConsoleView::currentEnvironment() const
{
    const Environment* environment = m_session->activeEnvironment();
    return environment ? *environment : Environment();
}

net::ApiClient* ConsoleView::client()
{
    SecretStore* secrets = m_session->secretStore();
    RequestRecorder* recorder = m_session->requestRecorder();
    const bool busy = m_sending || m_bulk->isRunning();
    if (m_client && (busy || (m_clientSecrets == secrets && m_clientRecorder == recorder)))
        return m_client.get();
    if (!m_session->isOpen())
        return m_client.get();
    // Requests of the old client end with it; the completion forgets what it was loading through it.
    m_completion->clearEndpoint();
    m_storeViewsLoading.clear(); // their replies end with the old client
    m_queryPanel->clearSchemaSource();
    m_graphql->clearTarget();
    m_client = std::make_unique<net::ApiClient>(secrets, recorder);
    m_clientSecrets = secrets;
    m_clientRecorder = recorder;
    net::ApiClientOptions options;
    options.fingerprintSalt = m_fingerprintSalt;
    m_client->setOptions(options);
    return m_client.get();
}

void ConsoleView::endpointChanged()
{
    const Endpoint* endpoint = currentEndpoint();
    const bool magento = endpoint && endpoint->kind == EndpointKind::Magento;
    m_storeLabel->setVisible(magento);
    m_store->setVisible(magento);
    if (magento) {
        fillStoreCombo();
        m_store->lineEdit()->setPlaceholderText(tr("endpoint's (%1)").arg(endpoint->storeCode));
        m_store->setToolTip(tr("The store scope of /rest/{store}/V1. Empty: the endpoint's store code. \"all\": "
                               "global scope, the right choice for catalog writes. A store view code: that store "
                               "view only."));
        fetchStoreViews(*endpoint, currentEnvironment());
    }
    // Async bulk is Magento's; GraphQL needs a Magento or GraphQL endpoint.
    if (auto* model = qobject_cast<QStandardItemModel*>(m_mode->model())) {
        if (QStandardItem* bulk = model->item(m_mode->findData(modeId(RequestSpec::Mode::AsyncBulk))))
            bulk->setEnabled(magento);
    }
    if (!magento && modeFromId(m_mode->currentData().toString()) == RequestSpec::Mode::AsyncBulk)
        m_mode->setCurrentIndex(0);
    if (endpoint && endpoint->kind == EndpointKind::GraphQL)
        m_mode->setCurrentIndex(m_mode->findData(modeId(RequestSpec::Mode::GraphQL)));
    updateScopeHint();
    updateQueryPanel();
    updateGraphQLTarget();
    m_authTimer->start();
    const Workspace* workspace = m_session->workspace();
    if (endpoint && workspace)
        m_completion->setEndpoint(
            *endpoint, currentEnvironment(), m_store->currentText().trimmed(), client(), workspace->folder());
    else
        m_completion->clearEndpoint();
}

void ConsoleView::fillStoreCombo()
{
    const Endpoint* endpoint = currentEndpoint();
    const bool updating = m_updating;
    m_updating = true;
    const QString text = m_store->currentText();
    m_store->clear();
    m_store->addItem(QString());
    m_store->addItem(QStringLiteral("all"));
    QStringList codes {QStringLiteral("default")};
    if (endpoint) {
        const QStringList known = m_storeViews.value(endpoint->id + QChar(0x1f) + m_session->activeEnvironmentName());
        if (!known.isEmpty())
            codes = known;
    }
    for (const QString& code : std::as_const(codes)) {
        if (code != u"admin" && code != u"all")
            m_store->addItem(code);
    }
    m_store->setCurrentText(text);
    m_updating = updating;
}

void ConsoleView::fetchStoreViews(const Endpoint& endpoint, const Environment& environment)
{
    // The store switch offers the shop's real store views: asked once per endpoint and environment, in the
    // background. Without access (ACL) the switch keeps "default" and free typing.
    const QString key = endpoint.id + QChar(0x1f) + environment.name;
    net::ApiClient* engine = client();
    if (!engine || m_storeViews.contains(key) || m_storeViewsLoading.contains(key))
        return;
    m_storeViewsLoading.insert(key);
    QPointer<ConsoleView> self(this);
    RequestSpec request;
    request.endpointId = endpoint.id;
    request.path = QStringLiteral("/V1/store/storeViews");
    request.storeCode = QStringLiteral("all");
    engine->resolve(endpoint, environment, this,
        [self, key, request, endpoint, environment](Result<net::ResolvedEndpoint> resolved) {
            if (!self)
                return;
            Result<net::ApiCall> call = resolved ? net::buildApiCall(request, endpoint, resolved->endpoint, environment)
                                                 : Result<net::ApiCall>(resolved.error());
            if (!call) {
                self->m_storeViewsLoading.remove(key); // tried again on the next change of endpoint or engine
                return;
            }
            call->runId = QStringLiteral("console-schema");
            net::ApiReply* reply = self->client()->send(std::move(call).value());
            connect(reply, &net::ApiReply::finished, self, [self, reply, key] {
                reply->deleteLater();
                if (!reply->response().isSuccess()) {
                    self->m_storeViewsLoading.remove(key);
                    return;
                }
                QStringList codes;
                const QJsonArray views = QJsonDocument::fromJson(reply->response().body).array();
                for (const QJsonValue& view : views) {
                    const QString code = view.toObject().value(QStringLiteral("code")).toString();
                    if (!code.isEmpty())
                        codes.append(code);
                }
                self->m_storeViewsLoading.remove(key);
                self->m_storeViews.insert(key, codes);
                if (self->currentEndpoint()
                    && self->currentEndpoint()->id + QChar(0x1f) + self->m_session->activeEnvironmentName() == key)
                    self->fillStoreCombo();
            });
        });
}

void ConsoleView::modeChanged()
{
    const RequestSpec::Mode mode = modeFromId(m_mode->currentData().toString());
    m_requestStack->setCurrentIndex(mode == RequestSpec::Mode::GraphQL ? GraphQLPage : RestPage);
    m_method->setEnabled(mode != RequestSpec::Mode::GraphQL);
    m_path->setEnabled(mode != RequestSpec::Mode::GraphQL);
    if (mode == RequestSpec::Mode::AsyncBulk) {
        if (!m_updating && m_body->bodyType() != u"json")
            m_body->setBody(QStringLiteral("json"), m_body->body());
        m_path->setPlaceholderText(tr("/V1/products/{sku} — the route template; the body is an array of bodies"));
    } else {
        m_path->setPlaceholderText(tr("/V1/products?searchCriteria[pageSize]=10 — or paste a cURL command"));
    }
    updateScopeHint();
    if (!m_updating) {
        updateQueryPanel();
        updateGraphQLTarget();
    }
}

void ConsoleView::updateQueryPanel()
{
    const Endpoint* endpoint = currentEndpoint();
    const bool magento = endpoint && endpoint->kind == EndpointKind::Magento;
    const bool rest = modeFromId(m_mode->currentData().toString()) == RequestSpec::Mode::Rest;
    m_builderSlot->setVisible(magento && rest);
    if (magento) {
        m_queryPanel->setSchemaSource(client(), *endpoint, currentEnvironment(), m_store->currentText().trimmed());
        // The completion reads the same schema: hand it over instead of fetching it twice.
        if (std::shared_ptr<const schema::ResponseSchemas> schemas = m_completion->responseSchemas())
            m_queryPanel->setResponseSchemas(schemas);
    } else
        m_queryPanel->clearSchemaSource();
    m_queryPanel->setRoute(m_method->currentText().trimmed().toUpper().toLatin1(), m_path->text());
    m_queryPanel->setQueryItems(m_params->pairs());
}

void ConsoleView::updateGraphQLTarget()
{
    // Introspection goes to the endpoint the console sends to, with the store the switch names.
    const Endpoint* endpoint = currentEndpoint();
    if (!endpoint || !(endpoint->kind == EndpointKind::Magento || endpoint->kind == EndpointKind::GraphQL)) {
        m_graphql->clearTarget();
        return;
    }
    RequestSpec request;
    request.endpointId = endpoint->id;
    request.mode = RequestSpec::Mode::GraphQL;
    request.storeCode = endpoint->kind == EndpointKind::Magento ? m_store->currentText().trimmed() : QString();
    request.headers = m_headers->pairs();
    m_graphql->setTarget(client(), *endpoint, currentEnvironment(), request);
}

void ConsoleView::updateScopeHint()
{
    const Endpoint* endpoint = currentEndpoint();
    const QByteArray method = m_method->currentText().trimmed().toUpper().toLatin1();
    QString hint;
    if (endpoint && endpoint->kind == EndpointKind::Magento) {
        const RequestSpec::Mode mode = modeFromId(m_mode->currentData().toString());
        const QString code
            = m_store->currentText().trimmed().isEmpty() ? endpoint->storeCode : m_store->currentText().trimmed();
        if (!code.contains(QStringLiteral("{{"))) {
            Result<magento::StoreScope> scope = magento::StoreScope::parse(code);
            if (!scope)
                hint = scope.error().message;
            else if (mode != RequestSpec::Mode::GraphQL)
                hint = scope->writeWarning(mode == RequestSpec::Mode::AsyncBulk ? QByteArray("PUT") : method);
        }
        if (mode == RequestSpec::Mode::AsyncBulk) {
            const Status allowed = magento::checkAsyncMethod(method);
            if (!allowed)
                hint = hint.isEmpty() ? allowed.error().message : allowed.error().message + u'\n' + hint;
        }
    }
    m_scopeHint->setText(hint);
    m_scopeHint->setVisible(!hint.isEmpty());
}

void ConsoleView::updateAuthDescription()
{
    const Endpoint* endpoint = currentEndpoint();
    if (!endpoint) {
        m_auth->setText(tr("No endpoint: the request goes to the absolute URL in the path field, without "
                           "authentication."));
        return;
    }
    net::ApiClient* engine = client();
    if (!engine) {
        m_auth->setText(QString());
        return;
    }
    const QString name = endpoint->name;
    const QString id = endpoint->id;
    m_auth->setText(tr("Reading the settings of %1…").arg(name));
    engine->resolve(*endpoint, currentEnvironment(), this, [this, name, id](Result<net::ResolvedEndpoint> resolved) {
        if (m_endpoint->currentData().toString() != id)
            return;
        if (!resolved) {
            m_auth->setText(
                tr("Requests to %1 cannot be sent as configured: %2").arg(name, resolved.error().toString()));
            return;
        }
        QString text = tr("Requests to %1 are %2.")
                           .arg(name,
                               resolved->authDescription.isEmpty() ? tr("sent without authentication")
                                                                   : resolved->authDescription);
        text += QStringLiteral("\n\n") + tr("Base URL: %1").arg(resolved->endpoint.baseUrl);
        if (resolved->endpoint.kind == EndpointKind::Magento)
            text += u'\n' + tr("Store code: %1").arg(resolved->endpoint.storeCode);
        text += QStringLiteral("\n\n")
            + tr("The credentials come from the endpoint's settings and the secret store; edit them in Endpoints.");
        m_auth->setText(text);
    });
}

// ---------------------------------------------------------------------------------------------------------------
// Fields

RequestSpec ConsoleView::spec() const
{
    RequestSpec spec = m_extras;
    spec.endpointId = m_endpoint->currentData().toString();
    spec.mode = modeFromId(m_mode->currentData().toString());
    const Endpoint* endpoint = currentEndpoint();
    spec.storeCode = endpoint && endpoint->kind == EndpointKind::Magento ? m_store->currentText().trimmed() : QString();
    spec.headers = m_headers->pairs();
    if (spec.mode == RequestSpec::Mode::GraphQL) {
        spec.method = "POST";
        spec.path.clear();
        spec.query.clear();
        spec.bodyType = QStringLiteral("graphql");
        spec.body = m_graphql->query();
        spec.graphqlVariables = m_graphql->variables();
        spec.graphqlOperationName = m_graphql->operationName();
        return spec;
    }
    spec.method = m_method->currentText().trimmed().toUpper().toLatin1();
    KeyValueList ignored;
    splitPathQuery(m_path->text().trimmed(), spec.path, ignored);
    spec.query = m_params->pairs();
    spec.bodyType = m_body->bodyType();
    spec.body = m_body->body();
    spec.graphqlVariables.clear();
    return spec;
}

void ConsoleView::setSpec(const RequestSpec& spec)
{
    m_updating = true;
    m_extras = spec;
    int endpointIndex = m_endpoint->findData(spec.endpointId);
    m_endpoint->setCurrentIndex(qMax(0, endpointIndex));
    m_mode->setCurrentIndex(qMax(0, m_mode->findData(modeId(spec.mode))));
    m_updating = false;
    endpointChanged();
    m_updating = true;
    m_store->setCurrentText(spec.storeCode);
    m_method->setCurrentText(QString::fromLatin1(spec.method));
    m_path->setText(spec.mode == RequestSpec::Mode::GraphQL ? QString() : joinPathQuery(spec.path, spec.query));
    m_lastPathText = m_path->text();
    m_params->setPairs(spec.mode == RequestSpec::Mode::GraphQL ? KeyValueList() : spec.query);
    m_headers->setPairs(spec.headers);
    if (spec.mode == RequestSpec::Mode::GraphQL) {
        m_graphql->setQuery(spec.body);
        m_graphql->setVariables(spec.graphqlVariables);
        m_graphql->setOperationName(spec.graphqlOperationName);
        m_body->setBody(QStringLiteral("none"), QString());
    } else {
        m_graphql->setQuery(QString());
        m_graphql->setVariables(QString());
        m_graphql->setOperationName(QString());
        m_body->setBody(spec.bodyType, spec.body);
    }
    m_updating = false;
    modeChanged();
    updateScopeHint();
    Q_EMIT queryItemsChanged(m_params->pairs());
    updateTitle();
}

void ConsoleView::setQueryItems(const KeyValueList& items)
{
    m_params->setPairs(items);
    paramsEdited();
}

void ConsoleView::splitPathQuery(const QString& text, QString& path, KeyValueList& query) const
{
    const qsizetype mark = text.indexOf(u'?');
    if (mark < 0) {
        path = text;
        query.clear();
        return;
    }
    path = text.left(mark);
    query = interop::decodeQuery(text.mid(mark + 1));
}

QString ConsoleView::joinPathQuery(const QString& path, const KeyValueList& query) const
{
    if (query.isEmpty())
        return path;
    return path + u'?' + interop::encodeQuery(query, true);
}

void ConsoleView::pathEdited(const QString& text)
{
    // A cURL command pasted by the context menu or middle click (Ctrl+V is caught in eventFilter()).
    const QString trimmed = text.trimmed();
    const bool jumped = text.size() - m_lastPathText.size() > 5;
    m_lastPathText = text;
    if (jumped
        && (trimmed.startsWith(QStringLiteral("curl "), Qt::CaseInsensitive)
            || trimmed.startsWith(QStringLiteral("curl.exe "), Qt::CaseInsensitive))) {
        pasteCurl(trimmed);
        return;
    }
    // Typing into the path updates the params table; the text itself is left as typed.
    QString path;
    KeyValueList query;
    splitPathQuery(text.trimmed(), path, query);
    m_updating = true;
    m_params->setPairs(query);
    m_updating = false;
    Q_EMIT queryItemsChanged(query);
    fieldsEdited();
}

void ConsoleView::paramsEdited()
{
    if (m_updating)
        return;
    QString path;
    KeyValueList ignored;
    splitPathQuery(m_path->text().trimmed(), path, ignored);
    const KeyValueList query = m_params->pairs();
    m_updating = true;
    m_path->setText(joinPathQuery(path, query));
    m_lastPathText = m_path->text();
    m_updating = false;
    Q_EMIT queryItemsChanged(query);
    fieldsEdited();
}

void ConsoleView::fieldsEdited()
{
    if (m_updating)
        return;
    updateTitle();
}

bool ConsoleView::isModified() const
{
    return spec() != m_savedSpec;
}

void ConsoleView::updateTitle()
{
    const bool modified = isModified();
    const Workspace* workspace = m_session->workspace();
    const SavedRequest* saved = workspace && !m_savedId.isEmpty() ? workspace->request(m_savedId) : nullptr;
    QString title = saved
        ? (saved->folder.isEmpty() ? saved->name : saved->folder + QStringLiteral(" / ") + saved->name)
        : tr("Unsaved request");
    if (modified)
        title += QStringLiteral(" •");
    m_title->setText(title);
    m_title->setToolTip(modified ? tr("Changed since it was saved (Ctrl+S saves)") : QString());
    m_saved->setOpenRequest(m_savedId, modified);
    if (modified != m_lastModified) {
        m_lastModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

void ConsoleView::newRequest()
{
    RequestSpec blank;
    blank.endpointId = m_endpoint->currentData().toString();
    if (blank.endpointId.isEmpty())
        blank.endpointId = m_endpoint->itemData(qMax(0, defaultEndpointIndex())).toString();
    m_savedId.clear();
    setSpec(blank);
    m_savedSpec = spec();
    m_responsePane->clear();
    m_bulk->clear();
    updateTitle();
}

bool ConsoleView::openRequest(const RequestSpec& request)
{
    // Edits to a saved request are not dropped silently.
    const Workspace* workspace = m_session->workspace();
    const SavedRequest* saved = workspace && !m_savedId.isEmpty() ? workspace->request(m_savedId) : nullptr;
    if (saved && isModified()
        && MessageBox::question(this, tr("Unsaved changes"),
               tr("The saved request \"%1\" has unsaved changes. Replace it in the console and discard them?")
                   .arg(saved->name),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return false;
    m_savedId.clear();
    m_savedSpec = RequestSpec();
    m_savedSpec.endpointId = QStringLiteral("\x01"); // an unsaved request from elsewhere counts as changed
    setSpec(request);
    updateTitle();
    m_path->setFocus();
    Q_EMIT statusMessage(tr("The request is in the console: edit it and send it with Ctrl+Enter."));
    return true;
}

bool ConsoleView::openSaved(const QString& id)
{
    const Workspace* workspace = m_session->workspace();
    const SavedRequest* request = workspace ? workspace->request(id) : nullptr;
    if (!request)
        return false;
    if (id != m_savedId && isModified() && !(m_savedId.isEmpty() && spec().path.isEmpty())
        && MessageBox::question(this, tr("Unsaved changes"),
               tr("The request in the console has unsaved changes. Open \"%1\" and discard them?").arg(request->name),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return false;
    const RequestSpec loaded = request->spec;
    m_savedId = id;
    setSpec(loaded);
    m_savedSpec = spec();
    m_responsePane->clear();
    m_bulk->clear();
    m_saved->selectRequest(id);
    updateTitle();
    return true;
}

void ConsoleView::applyRequestMoved(const QString& oldId, const QString& newId)
{
    if (oldId != m_savedId)
        return;
    m_savedId = newId;
    if (newId.isEmpty())
        m_savedSpec = RequestSpec(); // deleted: the fields are now an unsaved request
    updateTitle();
}

// ---------------------------------------------------------------------------------------------------------------
// Save

void ConsoleView::save()
{
    const Workspace* workspace = m_session->workspace();
    const SavedRequest* existing = workspace && !m_savedId.isEmpty() ? workspace->request(m_savedId) : nullptr;
    if (!existing) {
        saveAs();
        return;
    }
    saveSpecAs(existing->folder, existing->name, existing->id);
}

void ConsoleView::saveAs()
{
    const Workspace* workspace = m_session->workspace();
    if (!workspace)
        return;
    const SavedRequest* existing = !m_savedId.isEmpty() ? workspace->request(m_savedId) : nullptr;
    QString folder = existing ? existing->folder : m_saved->selectedFolder();
    QString suggestion;
    if (existing) {
        suggestion = existing->name;
    } else {
        const RequestSpec current = spec();
        suggestion = QStringLiteral("%1 %2").arg(QString::fromLatin1(current.method), current.path).trimmed();
    }
    const std::optional<QString> answer = InputDialog::getText(this, tr("Save request"),
        folder.isEmpty() ? tr("Name (use \"Folder/Name\" to save it in a folder):")
                         : tr("Name (in the folder \"%1\"; \"Folder/Name\" saves elsewhere):").arg(folder),
        suggestion);
    if (!answer || answer->trimmed().isEmpty())
        return;
    QString name = answer->trimmed();
    if (name.contains(u'/')) {
        folder = name.left(name.lastIndexOf(u'/')).trimmed();
        name = name.mid(name.lastIndexOf(u'/') + 1).trimmed();
        if (name.isEmpty())
            return;
    }
    saveSpecAs(folder, name, QString());
}

void ConsoleView::saveSpecAs(const QString& folder, const QString& name, const QString& existingId)
{
    const Workspace* workspace = m_session->workspace();
    SavedRequest request;
    if (!existingId.isEmpty() && workspace && workspace->request(existingId))
        request = *workspace->request(existingId);
    request.id = existingId;
    request.folder = folder;
    request.name = name;
    request.spec = spec();
    const RequestSpec savedSpec = request.spec;
    auto newId = std::make_shared<QString>();
    m_session->modify(
        [request, newId](Workspace& ws) -> Status {
            Result<QString> saved = ws.saveRequest(request);
            if (!saved)
                return saved.error();
            *newId = saved.value();
            return {};
        },
        this,
        [this, newId, savedSpec, name](Status status) {
            if (!status.ok()) {
                Q_EMIT statusMessage(tr("Not saved: %1").arg(status.error().toString()));
                return;
            }
            m_savedId = *newId;
            m_savedSpec = savedSpec;
            m_saved->selectRequest(*newId);
            updateTitle();
            Q_EMIT statusMessage(tr("Saved \"%1\".").arg(name));
        });
}

// ---------------------------------------------------------------------------------------------------------------
// cURL

bool ConsoleView::pasteCurl(const QString& command)
{
    interop::ImportContext context;
    if (const Workspace* workspace = m_session->workspace())
        context.endpoints = workspace->endpoints();
    context.environment = currentEnvironment();
    Result<interop::ImportResult> imported = interop::CurlFormat::parseCommand(command, context);
    if (!imported) {
        Q_EMIT statusMessage(tr("Not a usable cURL command: %1").arg(imported.error().toString()));
        m_responsePane->showError(tr("Not a usable cURL command: %1").arg(imported.error().toString()));
        return false;
    }
    if (imported->requests.isEmpty()) {
        Q_EMIT statusMessage(tr("The cURL command holds no request."));
        return false;
    }
    RequestSpec request = imported->requests.first().spec;
    QStringList notes;
    for (const interop::ImportNote& note : std::as_const(imported->notes))
        notes.append(QStringLiteral("%1: %2").arg(note.where, note.message));
    if (!imported->secrets.isEmpty() || !imported->authForExisting.isEmpty() || !imported->endpoints.isEmpty())
        notes.append(tr("Credentials in the command were not kept in the request: the endpoint's own authentication "
                        "is used (set credentials in Endpoints)."));
    m_savedId.clear();
    m_savedSpec = RequestSpec();
    m_savedSpec.endpointId = QStringLiteral("\x01");
    setSpec(request);
    updateTitle();
    Q_EMIT statusMessage(notes.isEmpty() ? tr("cURL command read into the console.")
                                         : tr("cURL command read into the console. %1").arg(notes.join(u' ')));
    return true;
}

// ---------------------------------------------------------------------------------------------------------------
// Send

void ConsoleView::setSending(bool sending)
{
    m_sending = sending;
    m_send->setEnabled(!sending);
    m_cancel->setEnabled(sending || m_bulk->isRunning());
    m_progress->setVisible(sending);
    if (sending) {
        m_progress->setRange(0, 0);
        m_sendTimer.start();
    }
}

void ConsoleView::finishWithError(const QString& message)
{
    setSending(false);
    m_responsePane->showError(message);
    m_response = net::HttpResponse();
    m_response.failure = net::FailureKind::Configuration;
    m_response.errorMessage = message;
    Q_EMIT statusMessage(message);
    Q_EMIT requestFinished();
}

void ConsoleView::send()
{
    if (m_sending)
        return;
    const Workspace* workspace = m_session->workspace();
    if (!workspace)
        return;
    const RequestSpec request = spec();
    m_bulk->clear();
    m_responsePane->tabs()->setCurrentIndex(0);
    Endpoint endpoint;
    if (!request.endpointId.isEmpty()) {
        const Endpoint* found = workspace->endpoint(request.endpointId);
        if (!found) {
            finishWithError(tr("The endpoint \"%1\" no longer exists.").arg(request.endpointId));
            return;
        }
        endpoint = *found;
    }
    if (request.mode != RequestSpec::Mode::GraphQL && request.path.trimmed().isEmpty()) {
        finishWithError(request.endpointId.isEmpty() ? tr("Enter the URL to send the request to.")
                                                     : tr("Enter the path of the request, e.g. /V1/products."));
        return;
    }
    if (request.mode == RequestSpec::Mode::AsyncBulk) {
        if (endpoint.kind != EndpointKind::Magento) {
            finishWithError(tr("Async bulk mode needs a Magento endpoint."));
            return;
        }
        if (const Status allowed = magento::checkAsyncMethod(request.method); !allowed) {
            finishWithError(allowed.error().message);
            return;
        }
        // The body must be an array of objects: one request body per operation.
        const QJsonDocument document = QJsonDocument::fromJson(request.body.toUtf8());
        bool objects = document.isArray() && !document.array().isEmpty();
        for (const QJsonValue& item : document.array())
            objects = objects && item.isObject();
        if (!objects && !request.body.contains(QStringLiteral("{{"))) {
            const json::JsonError error = json::validateJson(request.body.toUtf8());
            finishWithError(error.isError()
                    ? tr("The bulk body is not valid JSON: %1").arg(error.toString())
                    : tr("In async bulk mode the body must be a JSON array with one request body (an object) per "
                         "operation, e.g. [{\"product\": {...}}, {\"product\": {...}}]."));
            return;
        }
    }
    net::ApiClient* engine = client();
    if (!engine) {
        finishWithError(tr("No HTTP engine is available."));
        return;
    }
    const Environment environment = currentEnvironment();
    const quint64 generation = ++m_generation;
    m_sentSpec = request;
    setSending(true);
    const QString what = request.mode == RequestSpec::Mode::GraphQL
        ? tr("Sending the GraphQL query…")
        : tr("Sending %1 %2…").arg(QString::fromLatin1(request.method), request.path);
    m_responsePane->showSending(what);
    Q_EMIT statusMessage(what);
    if (request.endpointId.isEmpty()) {
        startSend(request, endpoint, endpoint, environment, generation);
        return;
    }
    engine->resolve(endpoint, environment, this,
        [this, request, endpoint, environment, generation](Result<net::ResolvedEndpoint> resolved) {
            if (generation != m_generation || !m_sending)
                return;
            if (!resolved) {
                finishWithError(resolved.error().toString());
                return;
            }
            startSend(request, endpoint, resolved->endpoint, environment, generation);
        });
}

void ConsoleView::startSend(const RequestSpec& request, const Endpoint& endpoint, const Endpoint& resolved,
    const Environment& environment, quint64 generation)
{
    Q_UNUSED(generation)
    Result<net::ApiCall> call = net::buildApiCall(request, endpoint, resolved, environment);
    if (!call) {
        finishWithError(call.error().toString());
        return;
    }
    call->runId = QStringLiteral("console");
    net::ApiReply* reply = client()->send(std::move(call).value());
    m_reply = reply;
    connect(reply, &net::ApiReply::finished, this, &ConsoleView::replyFinished);
    auto shown = std::make_shared<QElapsedTimer>();
    connect(reply, &net::ApiReply::downloadProgress, this, [this, shown](qint64 received, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(received * 1000 / total));
        }
        // Chunks arrive every few milliseconds on a fast link: the text changes at most ten times a second.
        if (shown->isValid() && shown->elapsed() < 100)
            return;
        shown->start();
        m_responsePane->showSending(tr("Receiving… %1").arg(formatByteSize(received)));
    });
    connect(reply, &net::ApiReply::stateChanged, this, [this](net::ApiReply::State state) {
        QString text;
        switch (state) {
        case net::ApiReply::State::Queued:
            text = tr("Waiting for a free connection…");
            break;
        case net::ApiReply::State::WaitingForRateLimit:
            text = tr("Waiting for the endpoint's rate limit…");
            break;
        case net::ApiReply::State::Authorizing:
            text = tr("Signing in…");
            break;
        case net::ApiReply::State::Sending:
            text = tr("Sending…");
            break;
        case net::ApiReply::State::WaitingToRetry:
            text = tr("Waiting to retry…");
            break;
        default:
            return;
        }
        m_responsePane->showSending(text);
    });
    connect(reply, &net::ApiReply::retrying, this, [this](int attempt, qint64 delayMs, const QString& reason) {
        Q_EMIT statusMessage(tr("Attempt %1 in %2 ms: %3").arg(attempt).arg(delayMs).arg(reason));
    });
}

void ConsoleView::replyFinished()
{
    net::ApiReply* reply = m_reply;
    if (!reply)
        return;

    m_reply = nullptr;
    m_response = reply->response();
    const QString bodyFile = reply->takeBodyFile();
    if (!reply->authDescription().isEmpty() && m_sentSpec.endpointId == m_endpoint->currentData().toString())
        m_auth->setToolTip(reply->authDescription());
    reply->deleteLater();
    setSending(false);
    m_responsePane->showResponse(m_response, bodyFile);
    if (m_sentSpec.mode == RequestSpec::Mode::Rest && m_response.isSuccess() && bodyFile.isEmpty())
        m_queryPanel->setLastResponse(m_sentSpec.method, m_sentSpec.path, m_response);

    QString message;
    if (m_response.failure == net::FailureKind::Cancelled)
        message = tr("Request cancelled.");
    else if (m_response.hasAnswer())
        message = tr("%1 %2 answered %3 in %4 ms.")
                      .arg(QString::fromLatin1(m_response.method), m_sentSpec.path)
                      .arg(m_response.status)
                      .arg(m_response.durationMs);
    else
        message = m_response.errorMessage;

    if (m_sentSpec.mode == RequestSpec::Mode::AsyncBulk && m_response.isSuccess()) {
        const QJsonDocument document = QJsonDocument::fromJson(m_response.body);
        Result<magento::BulkAccepted> accepted = document.isObject()
            ? magento::parseBulkAccepted(document.object())
            : Result<magento::BulkAccepted>(Error {tr("The answer is not Magento's bulk answer (no JSON object).")});
        if (accepted) {
            m_responsePane->tabs()->setCurrentWidget(m_bulk);
            m_bulk->follow(accepted.value());
            m_cancel->setEnabled(m_bulk->isRunning());
            message = tr("Bulk %1 accepted; following it…").arg(accepted->bulkUuid);
        } else {
            message = accepted.error().message;
        }
    }
    Q_EMIT statusMessage(message);
    Q_EMIT requestFinished();
}

void ConsoleView::cancel()
{
    if (m_sending) {
        if (m_reply) {
            m_reply->cancel(); // finished() follows with FailureKind::Cancelled
            return;
        }
        ++m_generation; // still resolving: the answer is ignored
        setSending(false);
        net::HttpResponse cancelled;
        cancelled.failure = net::FailureKind::Cancelled;
        cancelled.errorMessage = tr("The request was cancelled.");
        m_response = cancelled;
        m_responsePane->showResponse(cancelled, QString());
        Q_EMIT statusMessage(tr("Request cancelled."));
        Q_EMIT requestFinished();
        return;
    }
    if (m_bulk->isRunning())
        m_bulk->cancel();
}

void ConsoleView::fetchBulkStatus(const QString& servicePath, std::function<void(Result<QJsonObject>)> done)
{
    const Workspace* workspace = m_session->workspace();
    const Endpoint* found = workspace ? workspace->endpoint(m_sentSpec.endpointId) : nullptr;
    net::ApiClient* engine = client();
    if (!found || !engine) {
        done(Error {tr("The endpoint of the bulk is no longer available.")});
        return;
    }
    const Endpoint endpoint = *found;
    const Environment environment = currentEnvironment();
    RequestSpec status;
    status.endpointId = endpoint.id;
    status.method = "GET";
    status.path = servicePath;
    status.storeCode = m_sentSpec.storeCode;
    QPointer<ConsoleView> self(this);
    engine->resolve(endpoint, environment, this,
        [self, status, endpoint, environment, done](Result<net::ResolvedEndpoint> resolved) {
            if (!self)
                return;
            if (!resolved) {
                done(resolved.error());
                return;
            }
            Result<net::ApiCall> call = net::buildApiCall(status, endpoint, resolved->endpoint, environment);
            if (!call) {
                done(call.error());
                return;
            }
            call->runId = QStringLiteral("console");
            net::ApiReply* reply = self->client()->send(std::move(call).value());
            connect(reply, &net::ApiReply::finished, self, [reply, done] {
                reply->deleteLater();
                const net::HttpResponse& response = reply->response();
                if (!response.isSuccess()) {
                    done(Error {response.errorMessage.isEmpty() ? QStringLiteral("HTTP %1").arg(response.status)
                                                                : response.errorMessage});
                    return;
                }
                const QJsonDocument document = QJsonDocument::fromJson(response.body);
                if (!document.isObject()) {
                    done(Error {tr("The bulk status is not a JSON object.")});
                    return;
                }
                done(document.object());
            });
        });
}

} // namespace studio::ui
