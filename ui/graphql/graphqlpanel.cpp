#include "ui/graphql/graphqlpanel.h"

#include "core/json/worker.h"
#include "core/net/apiclient.h"
#include "core/schema/graphqlintrospection.h"
#include "ui/graphql/graphqleditor.h"
#include "ui/graphql/graphqlqueryedit.h"
#include "ui/graphql/schemaexplorer.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTime>
#include <QVBoxLayout>

namespace studio::ui {

using schema::GraphQLSchema;

namespace {

constexpr qint64 kMaxSchemaFileBytes = 128 * 1024 * 1024;

} // namespace

GraphQLPanel::GraphQLPanel(QWidget* parent)
    : QWidget(parent)
    , m_editor(new GraphQLEditor(this))
    , m_explorer(new SchemaExplorer(this))
    , m_split(new QSplitter(Qt::Horizontal, this))
    , m_introspect(new QPushButton(tr("&Introspect"), this))
    , m_load(new QPushButton(tr("Load sc&hema…"), this))
    , m_status(new QLabel(this))
    , m_introspector(new schema::GraphQLIntrospector(this))
{
    setObjectName(QStringLiteral("GraphQLPanel"));
    m_introspect->setObjectName(QStringLiteral("introspectButton"));
    m_introspect->setToolTip(tr("Ask the endpoint for its schema (an introspection query through the engine), for "
                                "completion and the explorer"));
    m_introspect->setEnabled(false);
    m_load->setObjectName(QStringLiteral("loadSchemaButton"));
    m_load->setToolTip(tr("Use a saved introspection result (the JSON answer to the introspection query), for "
                          "servers that have introspection turned off"));
    m_status->setObjectName(QStringLiteral("graphqlSchemaStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* explorerBox = new QWidget(this);
    auto* explorerLayout = new QVBoxLayout(explorerBox);
    explorerLayout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_introspect);
    buttons->addWidget(m_load);
    buttons->addStretch(1);
    explorerLayout->addLayout(buttons);
    explorerLayout->addWidget(m_status);
    explorerLayout->addWidget(m_explorer, 1);
    m_split->addWidget(m_editor);
    m_split->addWidget(explorerBox);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split, 1);

    connect(m_editor, &GraphQLEditor::changed, this, &GraphQLPanel::changed);
    connect(m_editor, &GraphQLEditor::sendRequested, this, &GraphQLPanel::sendRequested);
    connect(m_explorer, &SchemaExplorer::insertRequested, this, [this](const QString& snippet, int cursorOffset) {
        m_editor->queryEdit()->insertSnippet(snippet, cursorOffset);
    });
    connect(m_introspect, &QPushButton::clicked, this, &GraphQLPanel::introspect);
    connect(m_load, &QPushButton::clicked, this, &GraphQLPanel::chooseSchemaFile);
    connect(m_introspector, &schema::GraphQLIntrospector::finished, this, &GraphQLPanel::introspectionFinished);
    setStatus(
        tr("Pick a Magento or GraphQL endpoint, then Introspect to get completion and the schema explorer."), false);
}

GraphQLPanel::~GraphQLPanel()
{
    if (m_loadJob)
        m_loadJob->cancel();
}

// Request parts

QString GraphQLPanel::query() const
{
    return m_editor->query();
}

void GraphQLPanel::setQuery(const QString& query)
{
    m_editor->setQuery(query);
}

QString GraphQLPanel::variables() const
{
    return m_editor->variables();
}

void GraphQLPanel::setVariables(const QString& variables)
{
    m_editor->setVariables(variables);
}

QString GraphQLPanel::operationName() const
{
    return m_editor->operationName();
}

void GraphQLPanel::setOperationName(const QString& name)
{
    m_editor->setOperationName(name);
}

QString GraphQLPanel::problems() const
{
    QStringList problems;
    if (!m_editor->queryProblem().isEmpty())
        problems << m_editor->queryProblem();
    if (!m_editor->variablesError().isEmpty())
        problems << m_editor->variablesError();
    return problems.join(u'\n');
}

// Target and schema

QString GraphQLPanel::targetKey() const
{
    if (!m_hasTarget)
        return QString();
    const QString store = m_request.storeCode.isEmpty() && m_endpoint.kind == EndpointKind::Magento
        ? m_endpoint.storeCode
        : m_request.storeCode;
    return QStringLiteral("%1/%2/%3/%4").arg(m_endpoint.id, m_environment.name, store, m_request.path);
}

void GraphQLPanel::setTarget(
    net::ApiClient* client, const Endpoint& endpoint, const Environment& environment, const RequestSpec& request)
{
    const QString before = targetKey();
    m_client = client;
    m_endpoint = endpoint;
    m_environment = environment;
    m_request = request;
    m_hasTarget = true;
    m_introspect->setEnabled(client != nullptr);
    const QString key = targetKey();
    if (key == before)
        return;
    m_introspector->cancel();
    m_disabled = false;
    if (m_schemas.contains(key)) {
        setSchema(m_schemas.value(key), m_sources.value(key));
        return;
    }
    m_schema.reset();
    m_editor->setSchema(nullptr);
    m_explorer->setSchema(nullptr);
    setStatus(tr("No schema for %1 yet: press Introspect.").arg(endpoint.name.isEmpty() ? endpoint.id : endpoint.name),
        false);
    m_explorer->setEmptyText(m_statusText);
    if (isVisible() && m_autoIntrospect && client && !m_attempted.contains(key))
        introspect();
}

void GraphQLPanel::clearTarget()
{
    m_introspector->cancel();
    m_hasTarget = false;
    m_client.clear();
    m_introspect->setEnabled(false);
    m_schema.reset();
    m_editor->setSchema(nullptr);
    m_explorer->setSchema(nullptr);
    setStatus(
        tr("Pick a Magento or GraphQL endpoint, then Introspect to get completion and the schema explorer."), false);
    m_explorer->setEmptyText(m_statusText);
}

void GraphQLPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    const QString key = targetKey();
    if (m_autoIntrospect && m_client && !key.isEmpty() && !m_schemas.contains(key) && !m_attempted.contains(key)
        && !isIntrospecting())
        introspect();
}

bool GraphQLPanel::isIntrospecting() const
{
    return m_introspector->isRunning();
}

void GraphQLPanel::introspect()
{
    if (!m_hasTarget || !m_client) {
        setStatus(tr("Pick a Magento or GraphQL endpoint first."), true);
        Q_EMIT schemaLoaded(false);
        return;
    }
    m_attempted.insert(targetKey());
    setStatus(tr("Introspecting %1…").arg(m_endpoint.name.isEmpty() ? m_endpoint.id : m_endpoint.name), false);
    m_introspect->setEnabled(false);
    m_introspector->start(m_client, m_endpoint, m_environment, m_request);
}

void GraphQLPanel::introspectionFinished()
{
    m_introspect->setEnabled(m_client != nullptr);
    const Result<GraphQLSchema>& result = m_introspector->result();
    m_disabled = m_introspector->introspectionDisabled();
    if (!result) {
        QString text = result.error().toString();
        if (m_disabled)
            text += QStringLiteral(" ")
                + tr("Completion and the explorer need the schema: ask for introspection on a development "
                     "instance, or load a saved introspection result with Load schema….");
        else
            text = tr("Introspection failed: %1").arg(text);
        setStatus(text, true);
        if (!m_schema)
            m_explorer->setEmptyText(text);
        Q_EMIT schemaLoaded(false);
        return;
    }
    setSchema(std::make_shared<const GraphQLSchema>(result.value()),
        tr("introspection of %1 at %2")
            .arg(m_endpoint.name.isEmpty() ? m_endpoint.id : m_endpoint.name,
                QTime::currentTime().toString(QStringLiteral("HH:mm"))));
    Q_EMIT schemaLoaded(true);
}

void GraphQLPanel::setSchema(std::shared_ptr<const GraphQLSchema> schema, const QString& source)
{
    m_schema = std::move(schema);
    const QString key = targetKey();
    if (m_schema && !key.isEmpty()) {
        m_schemas.insert(key, m_schema);
        m_sources.insert(key, source);
    }
    m_editor->setSchema(m_schema);
    m_explorer->setSchema(m_schema);
    if (m_schema) {
        m_disabled = false;
        setStatus(tr("Schema from %1: %n type(s). Ctrl+Space completes names; double-click in the explorer inserts.",
                      nullptr, int(m_schema->typeNames().size()))
                      .arg(source),
            false);
    }
}

void GraphQLPanel::chooseSchemaFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load a GraphQL introspection result"), QString(), tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadSchemaFile(path);
}

void GraphQLPanel::loadSchemaFile(const QString& path)
{
    if (m_loadJob)
        m_loadJob->cancel();
    setStatus(tr("Reading %1…").arg(QFileInfo(path).fileName()), false);
    QPointer<GraphQLPanel> self(this);
    m_loadJob = json::startGlobalJob(this, [self, path](const std::shared_ptr<json::WorkerRelay>& relay) {
        QFile file(path);
        Result<GraphQLSchema> result = Error {QString()};
        if (!file.open(QIODevice::ReadOnly)) {
            result = Error {tr("%1 cannot be read: %2").arg(path, file.errorString())};
        } else if (file.size() > kMaxSchemaFileBytes) {
            result = Error {tr("%1 is larger than 128 MB; that is not an introspection result.").arg(path)};
        } else {
            result = schema::GraphQLIntrospector::readAnswer(200, file.readAll());
            if (!result)
                result = Error {result.error().message, path};
        }
        relay->post([self, path, result] {
            if (!self)
                return;
            if (!result) {
                self->setStatus(result.error().toString(), true);
                Q_EMIT self->schemaLoaded(false);
                return;
            }
            self->setSchema(std::make_shared<const GraphQLSchema>(result.value()), QFileInfo(path).fileName());
            Q_EMIT self->schemaLoaded(true);
        });
    });
}

void GraphQLPanel::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("QLabel { color: #c0392b; }") : QString());
    if (text == m_statusText)
        return;
    m_statusText = text;
    Q_EMIT statusChanged(text);
}

} // namespace studio::ui
