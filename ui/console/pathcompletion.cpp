#include "ui/console/pathcompletion.h"

#include "core/json/worker.h"
#include "core/net/apiclient.h"
#include "core/schema/magentorestschema.h"

#include <QCompleter>
#include <QFile>
#include <QLineEdit>
#include <QPointer>
#include <QStandardItemModel>

namespace studio::ui {

PathCompletion::PathCompletion(QLineEdit* edit, QObject* parent)
    : QObject(parent)
    , m_completer(new QCompleter(this))
    , m_model(new QStandardItemModel(this))
{
    m_completer->setObjectName(QStringLiteral("pathCompleter"));
    m_completer->setModel(m_model);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(14);
    edit->setCompleter(m_completer);
}

PathCompletion::~PathCompletion()
{
    for (const std::shared_ptr<json::WorkerRelay>& job : std::as_const(m_jobs))
        job->cancel();
}

void PathCompletion::setStatus(const QString& text)
{
    if (text == m_status)
        return;
    m_status = text;
    Q_EMIT statusChanged(text);
}

void PathCompletion::clearEndpoint()
{
    m_key.clear();
    m_client = nullptr;
    // Requests of a client that is being replaced never finish, and what failed through it (no secret store,
    // say) may work through the next one: let the next setEndpoint() fetch again.
    m_loading.clear();
    m_errors.clear();
    m_model->clear();
    setStatus(QString());
}

QList<schema::RestOperation> PathCompletion::operations() const
{
    return m_cache.value(m_key);
}

void PathCompletion::reload()
{
    if (m_key.isEmpty())
        return;
    m_cache.remove(m_key);
    m_errors.remove(m_key);
    m_key.clear();
    setEndpoint(m_endpoint, m_environment, m_storeCode, m_client, m_workspaceFolder);
}

void PathCompletion::setEndpoint(const Endpoint& endpoint, const Environment& environment, const QString& storeCode,
    net::ApiClient* client, const QString& workspaceFolder)
{
    m_endpoint = endpoint;
    m_environment = environment;
    m_storeCode = storeCode;
    m_client = client;
    m_workspaceFolder = workspaceFolder;

    QString key;
    if (endpoint.kind == EndpointKind::Magento) {
        key = QStringLiteral("magento:%1/%2/%3")
                  .arg(endpoint.id, environment.name, storeCode.isEmpty() ? endpoint.storeCode : storeCode);
    } else {
        const QString file = schema::attachedSchemaFile(endpoint, workspaceFolder);
        if (!file.isEmpty())
            key = QStringLiteral("file:") + file;
    }
    if (key == m_key)
        return;
    m_key = key;
    if (key.isEmpty()) {
        m_model->clear();
        setStatus(endpoint.kind == EndpointKind::Rest
                ? tr("No completion: attach the API's OpenAPI description to this endpoint (… menu).")
                : QString());
        return;
    }
    if (m_cache.contains(key) || m_errors.contains(key)) {
        show(key);
        return;
    }
    if (m_loading.contains(key)) {
        show(key);
        return;
    }
    m_loading.insert(key);
    show(key);

    if (key.startsWith(u"file:")) {
        const QString file = key.mid(5);
        QPointer<PathCompletion> self(this);
        m_jobs[key] = json::startGlobalJob(this, [self, key, file](const std::shared_ptr<json::WorkerRelay>& relay) {
            QFile in(file);
            const bool opened = in.open(QIODevice::ReadOnly);
            Result<QList<schema::RestOperation>> result = opened
                ? schema::RestOperations::fromData(in.readAll(), file)
                : Result<QList<schema::RestOperation>>(
                    Error {tr("The API description %1 could not be read: %2").arg(file, in.errorString())});
            relay->post([self, key, result] {
                if (self)
                    self->loaded(key, result);
            });
        });
        return;
    }

    // Magento: resolve the endpoint (its base URL may be a variable), then fetch the store's schema.
    if (!client) {
        loaded(key, Error {tr("No HTTP engine is available (no workspace open).")});
        return;
    }
    schema::fetchMagentoRestSchema(
        client, endpoint, environment, storeCode, this, [this, key](schema::MagentoRestSchema fetched) {
            // One fetch serves both the completion and the fields tree of the Magento query panel.
            std::shared_ptr<const schema::ResponseSchemas> schemas
                = fetched.responses ? fetched.responses.value() : nullptr;
            if (schemas)
                m_responseSchemas.insert(key, schemas);
            loaded(key, std::move(fetched.operations));
            if (schemas)
                Q_EMIT responseSchemasLoaded(key, schemas);
        });
}

std::shared_ptr<const schema::ResponseSchemas> PathCompletion::responseSchemas() const
{
    return m_responseSchemas.value(m_key);
}

void PathCompletion::loaded(const QString& key, Result<QList<schema::RestOperation>> operations)
{
    m_loading.remove(key);
    m_jobs.remove(key);
    if (operations)
        m_cache.insert(key, operations.value());
    else
        m_errors.insert(key, operations.error().toString());
    if (key == m_key)
        show(key);
}

void PathCompletion::show(const QString& key)
{
    m_model->clear();
    if (m_loading.contains(key)) {
        setStatus(key.startsWith(u"magento:") ? tr("Loading the store's schema for path completion…")
                                              : tr("Reading the API description for path completion…"));
        return;
    }
    if (m_errors.contains(key)) {
        setStatus(m_errors.value(key));
        return;
    }
    const QList<schema::RestOperation> operations = m_cache.value(key);
    QHash<QString, QStringList> methods;
    QHash<QString, QString> summaries;
    for (const schema::RestOperation& operation : operations) {
        methods[operation.path].append(QString::fromLatin1(operation.method));
        if (!operation.summary.isEmpty())
            summaries[operation.path].append(
                QStringLiteral("%1 %2: %3\n")
                    .arg(QString::fromLatin1(operation.method), operation.path, operation.summary));
    }
    for (const QString& path : schema::RestOperations::paths(operations)) {
        auto* item = new QStandardItem(path);
        item->setToolTip(summaries.value(path).trimmed());
        item->setData(methods.value(path), Qt::UserRole);
        m_model->appendRow(item);
    }
    setStatus(tr("%n operation(s) available for completion.", nullptr, int(operations.size())));
}

} // namespace studio::ui
