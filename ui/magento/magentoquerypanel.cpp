#include "ui/magento/magentoquerypanel.h"

#include "core/json/worker.h"
#include "core/magento/searchfields.h"
#include "core/net/apiclient.h"
#include "core/net/callbuilder.h"
#include "core/schema/magentorestschema.h"
#include "ui/magento/fieldsselector.h"
#include "ui/magento/searchcriteriabuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace studio::ui {

namespace {

constexpr qint64 kMaxSampleBytes = 16 * 1024 * 1024;

bool looksLikeJson(const net::HttpResponse& response)
{
    const QByteArray type = response.header("Content-Type").toLower();
    if (type.contains("json"))
        return true;
    const QByteArray start = response.body.left(64).trimmed();
    return start.startsWith('{') || start.startsWith('[');
}

} // namespace

MagentoQueryPanel::MagentoQueryPanel(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_builder(new SearchCriteriaBuilder(this))
    , m_fields(new FieldsSelector(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("MagentoQueryPanel"));
    m_tabs->setObjectName(QStringLiteral("magentoHelperTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_builder, tr("search&Criteria"));
    m_tabs->addTab(m_fields, tr("fiel&ds"));
    m_tabs->setTabToolTip(0, tr("Filter, sort and page a Magento list"));
    m_tabs->setTabToolTip(1, tr("Ask Magento for only some fields of the response"));
    m_status->setObjectName(QStringLiteral("schemaStatus"));
    m_status->setWordWrap(true);
    m_status->setEnabled(false);
    m_status->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    connect(m_builder, &SearchCriteriaBuilder::queryItemsEdited, this, &MagentoQueryPanel::queryItemsEdited);
    connect(m_fields, &FieldsSelector::expressionEdited, this, &MagentoQueryPanel::fieldsEdited);
}

MagentoQueryPanel::~MagentoQueryPanel()
{
    if (m_sampleJob)
        m_sampleJob->cancel();
}

QString MagentoQueryPanel::routeKey(const QByteArray& method, const QString& path) const
{
    return QString::fromLatin1(method.toUpper()) + u' ' + magento::SearchFields::servicePath(path);
}

void MagentoQueryPanel::setRoute(const QByteArray& method, const QString& path)
{
    const QByteArray upper = method.isEmpty() ? QByteArrayLiteral("GET") : method.toUpper();
    m_method = upper;
    m_path = path;
    // The console calls this for every change of the URL, the query included; only a new route matters here.
    const QString key = routeKey(upper, path);
    if (key == m_routeKey)
        return;
    m_routeKey = key;
    m_builder->setRoute(upper, path);
    if (isVisible())
        loadAttributes();
    if (!m_sampleRoute.isEmpty() && key != m_sampleRoute) {
        m_sampleRoute.clear();
        m_sampleAttributes.clear();
        m_fields->setSampleFields({});
    }
    updateRouteFields();
}

void MagentoQueryPanel::setQueryItems(const KeyValueList& items)
{
    m_builder->setQueryItems(items);
    QString fields;
    for (const auto& [key, value] : items) {
        if (key == u"fields") {
            fields = value;
            break;
        }
    }
    m_fields->setExpression(fields);
}

KeyValueList MagentoQueryPanel::queryItems() const
{
    return m_builder->queryItems();
}

void MagentoQueryPanel::fieldsEdited(const QString& expression)
{
    KeyValueList items;
    bool placed = false;
    for (const auto& item : m_builder->queryItems()) {
        if (item.first == u"fields") {
            if (!placed && !expression.isEmpty())
                items << qMakePair(item.first, expression);
            placed = true;
            continue;
        }
        items << item;
    }
    if (!placed && !expression.isEmpty())
        items << qMakePair(QStringLiteral("fields"), expression);
    // The builder keeps the whole query; tell it, so its next edit carries the new fields= along.
    m_builder->setQueryItems(items);
    Q_EMIT queryItemsEdited(items);
}

// Schema

void MagentoQueryPanel::setSchemaSource(
    net::ApiClient* client, const Endpoint& endpoint, const Environment& environment, const QString& storeCode)
{
    if (endpoint.kind != EndpointKind::Magento) {
        clearSchemaSource();
        return;
    }
    const QString store = storeCode.isEmpty() ? endpoint.storeCode : storeCode;
    const QString key = QStringLiteral("%1/%2/%3").arg(endpoint.id, environment.name, store);
    const bool clientChanged = client != m_client;
    m_client = client;
    m_endpoint = endpoint;
    m_environment = environment;
    m_storeCode = storeCode;
    if (clientChanged) {
        // Requests of a replaced engine never answer: let the next load fetch again.
        m_loading.clear();
        m_attributesLoading.clear();
    }
    if (key == m_key && !clientChanged)
        return;
    m_key = key;
    if (isVisible()) {
        loadSchema();
        loadAttributes();
    } else {
        updateRouteFields();
    }
}

void MagentoQueryPanel::clearSchemaSource()
{
    m_key.clear();
    m_client.clear();
    setSchemaStatus(QString());
    updateRouteFields();
}

void MagentoQueryPanel::setResponseSchemas(std::shared_ptr<const schema::ResponseSchemas> schemas)
{
    if (m_key.isEmpty() || !schemas)
        return;
    schemaLoaded(m_key, std::move(schemas));
}

void MagentoQueryPanel::reloadSchema()
{
    if (m_key.isEmpty())
        return;
    m_schemas.remove(m_key);
    m_schemaErrors.remove(m_key);
    m_loading.remove(m_key);
    loadSchema();
}

void MagentoQueryPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    loadSchema();
    loadAttributes();
}

void MagentoQueryPanel::loadSchema()
{
    const QString key = m_key;
    if (key.isEmpty())
        return;
    if (m_schemas.contains(key) || m_schemaErrors.contains(key)) {
        schemaLoaded(key,
            m_schemas.contains(key)
                ? Result<std::shared_ptr<const schema::ResponseSchemas>>(m_schemas.value(key))
                : Result<std::shared_ptr<const schema::ResponseSchemas>>(Error {m_schemaErrors.value(key)}));
        return;
    }
    if (m_loading.contains(key))
        return;
    if (!m_client) {
        setSchemaStatus(tr("The store's schema cannot be loaded: no HTTP engine (no workspace open)."));
        return;
    }
    m_loading.insert(key);
    setSchemaStatus(tr("Loading the store's schema for the fields tree…"));
    schema::fetchMagentoRestSchema(m_client, m_endpoint, m_environment, m_storeCode, this,
        [this, key](schema::MagentoRestSchema fetched) { schemaLoaded(key, std::move(fetched.responses)); });
}

void MagentoQueryPanel::schemaLoaded(const QString& key, Result<std::shared_ptr<const schema::ResponseSchemas>> schemas)
{
    m_loading.remove(key);
    if (schemas)
        m_schemas.insert(key, schemas.value());
    else
        m_schemaErrors.insert(key, schemas.error().toString());
    if (key != m_key)
        return;
    if (schemas)
        setSchemaStatus(QString());
    else
        setSchemaStatus(schemas.error().toString());
    updateRouteFields();
}

void MagentoQueryPanel::setSchemaStatus(const QString& status)
{
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    if (status == m_schemaStatus)
        return;
    m_schemaStatus = status;
    Q_EMIT schemaStatusChanged(status);
}

void MagentoQueryPanel::updateRouteFields()
{
    const std::shared_ptr<const schema::ResponseSchemas> schemas = m_key.isEmpty() ? nullptr : m_schemas.value(m_key);
    std::optional<QList<schema::ResponseField>> fields;
    QString source;
    QString operation;
    if (schemas && !m_path.trimmed().isEmpty()) {
        operation = schemas->matchOperation(m_method, m_path);
        if (!operation.isEmpty())
            fields = schemas->responseFields(m_method, m_path);
        if (fields)
            source = tr("%1 %2 in the store's schema").arg(QString::fromLatin1(m_method), operation);
    }
    // Rebuilding the tree would fold what the user opened: only when it shows another response.
    const QString shown = QStringLiteral("%1|%2|%3 %4")
                              .arg(m_key)
                              .arg(quintptr(schemas.get()))
                              .arg(QString::fromLatin1(m_method), operation);
    if (shown != m_shownFields) {
        m_shownFields = shown;
        m_fields->setSchemaFields(fields.value_or(QList<schema::ResponseField>()), source);
    }

    // The builder's field pickers: the entity's own list, then what the response tells.
    QStringList extra;
    if (!m_builder->entity() && fields) {
        for (const schema::ResponseField& field : *fields) {
            if (field.name != u"items" || !field.list)
                continue;
            for (const schema::ResponseField& inner : field.children) {
                if (inner.children.isEmpty() && !inner.list)
                    extra << inner.name;
            }
        }
    }
    extra << m_sampleAttributes;
    if (m_builder->entity() && m_builder->entity()->id == u"products")
        extra << m_attributeCodes.value(m_key);
    extra.removeDuplicates();
    m_builder->setExtraFields(extra);
}

void MagentoQueryPanel::loadAttributes()
{
    // Product filters use EAV attribute codes (color, manufacturer, ...) that no schema lists: ask the store once.
    const QString key = m_key;
    if (key.isEmpty() || !m_client || !m_builder->entity() || m_builder->entity()->id != u"products"
        || m_attributeCodes.contains(key) || m_attributesLoading.contains(key))
        return;
    m_attributesLoading.insert(key);
    RequestSpec spec;
    spec.endpointId = m_endpoint.id;
    spec.method = "GET";
    spec.path = QStringLiteral("/V1/products/attributes");
    spec.storeCode = m_storeCode;
    spec.query = {{QStringLiteral("searchCriteria[pageSize]"), QStringLiteral("1000")},
        {QStringLiteral("fields"), QStringLiteral("items[attribute_code]")}};
    QPointer<MagentoQueryPanel> self(this);
    QPointer<net::ApiClient> engine(m_client);
    const Endpoint endpoint = m_endpoint;
    const Environment environment = m_environment;
    m_client->resolve(endpoint, environment, this,
        [self, engine, key, spec, endpoint, environment](Result<net::ResolvedEndpoint> resolved) {
            if (!self || !engine)
                return;
            Result<net::ApiCall> call = resolved ? net::buildApiCall(spec, endpoint, resolved->endpoint, environment)
                                                 : Result<net::ApiCall>(resolved.error());
            if (!call) {
                // Without the list the builder still offers the usual fields; no need to bother the user.
                self->m_attributesLoading.remove(key);
                self->m_attributeCodes.insert(key, {});
                return;
            }
            call->runId = QStringLiteral("console-schema");
            net::ApiReply* reply = engine->send(std::move(call).value());
            connect(reply, &net::ApiReply::finished, self, [self, reply, key] {
                reply->deleteLater();
                self->m_attributesLoading.remove(key);
                QStringList codes;
                const net::HttpResponse& response = reply->response();
                // A small answer (about 40 bytes per attribute), read here; a list too big for that is not one.
                if (response.isSuccess() && response.bodyFile.isEmpty()) {
                    const QJsonArray items
                        = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("items")).toArray();
                    for (const QJsonValue item : items) {
                        const QString code = item.toObject().value(QStringLiteral("attribute_code")).toString();
                        if (!code.isEmpty())
                            codes << code;
                    }
                    codes.sort();
                }
                self->m_attributeCodes.insert(key, codes);
                if (key == self->m_key)
                    self->updateRouteFields();
            });
        });
}

// Responses

void MagentoQueryPanel::setLastResponse(
    const QByteArray& method, const QString& path, const net::HttpResponse& response)
{
    const QString route = routeKey(method.isEmpty() ? QByteArrayLiteral("GET") : method, path);
    if (route != routeKey(m_method, m_path) || !response.isSuccess() || !looksLikeJson(response))
        return;
    m_sampleRoute = route;
    QPointer<MagentoQueryPanel> self(this);
    const auto done = [self, route](const QStringList& codes) {
        if (!self || self->m_sampleRoute != route)
            return;
        self->m_sampleAttributes = codes;
        self->updateRouteFields();
    };
    if (response.bodyFile.isEmpty()) {
        m_fields->setSampleBody(response.body, done);
        return;
    }
    if (response.bodySize > kMaxSampleBytes)
        return;
    // The body is on disk: read it off the UI thread.
    if (m_sampleJob)
        m_sampleJob->cancel();
    m_sampleJob = json::startGlobalJob(this, [self, response, done](const std::shared_ptr<json::WorkerRelay>& relay) {
        Result<QByteArray> body = response.readBody(kMaxSampleBytes);
        if (!body)
            return;
        relay->post([self, bytes = body.value(), done] {
            if (self)
                self->m_fields->setSampleBody(bytes, done);
        });
    });
}

} // namespace studio::ui
