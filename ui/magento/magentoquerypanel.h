#pragma once

#include "core/common/result.h"
#include "core/net/httptypes.h"
#include "core/schema/responsefields.h"
#include "core/workspace/endpoint.h"
#include "core/workspace/environment.h"
#include "core/workspace/savedrequest.h"

#include <memory>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QLabel;
class QTabWidget;

namespace studio::json {
class WorkerRelay;
}

namespace studio::net {
class ApiClient;
}

namespace studio::ui {

class FieldsSelector;
class SearchCriteriaBuilder;

/// The console's Magento helpers for a REST request's query, in two tabs: the searchCriteria builder and the
/// `fields` selector. For product lists the builder also offers the store's attribute codes
/// (`/V1/products/attributes`, asked once per endpoint and store). It edits the request's query items and follows them
/// when they change elsewhere (URL, params table), without loops. The `fields` tree comes from the route's response in
/// the store's Swagger schema
/// (`/rest/{store}/schema`, fetched through the engine the first time the panel is shown for an endpoint and
/// store, parsed off the UI thread, cached) or else from the last response.
///
/// Embedding (ConsoleView): put it in builderSlot(); call setRoute() when method or path change,
/// setQueryItems() on queryItemsChanged(), setSchemaSource() when endpoint, environment, store or engine change
/// (clearSchemaSource() for non-Magento endpoints), setLastResponse() after a response; connect
/// queryItemsEdited() to ConsoleView::setQueryItems().
class MagentoQueryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MagentoQueryPanel)

public:
    explicit MagentoQueryPanel(QWidget* parent = nullptr);
    ~MagentoQueryPanel() override;

    /// The parts, for embedding code and tests.
    SearchCriteriaBuilder* builder() const { return m_builder; }
    FieldsSelector* fieldsSelector() const { return m_fields; }
    QTabWidget* tabs() const { return m_tabs; }

    /// The request's method and path (with or without query): which entity the builder offers fields of and
    /// which response the fields tree shows.
    void setRoute(const QByteArray& method, const QString& path);
    /// The request's whole query (decoded pairs). Emits nothing.
    void setQueryItems(const KeyValueList& items);
    /// The query as the helpers last wrote or read it.
    KeyValueList queryItems() const;

    /// Where the store's schema comes from. Nothing is fetched until the panel is shown. `client` must outlive
    /// the panel or be replaced (call again) before it goes.
    void setSchemaSource(
        net::ApiClient* client, const Endpoint& endpoint, const Environment& environment, const QString& storeCode);
    /// No schema (not a Magento endpoint): the fields tree relies on responses.
    void clearSchemaSource();
    /// Uses an already parsed schema for the current source (e.g. one the console fetched for path completion).
    void setResponseSchemas(std::shared_ptr<const schema::ResponseSchemas> schemas);
    /// Forgets the cached schema of the current source and fetches it again.
    void reloadSchema();
    /// "Loading the store's schema…", "412 operations", or why the schema could not be loaded.
    QString schemaStatus() const { return m_schemaStatus; }

    /// A response to the request `method` `path`: its JSON offers fields (when the schema does not know them)
    /// and custom attribute codes for the builder. Ignored for other routes and non-JSON bodies.
    void setLastResponse(const QByteArray& method, const QString& path, const net::HttpResponse& response);

Q_SIGNALS:
    /// The user changed the query in the builder or the fields selector; `items` is the whole new query.
    void queryItemsEdited(const studio::KeyValueList& items);
    /// schemaStatus() changed.
    void schemaStatusChanged(const QString& status);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fieldsEdited(const QString& expression);
    void loadSchema();
    void loadAttributes();
    void schemaLoaded(const QString& key, Result<std::shared_ptr<const schema::ResponseSchemas>> schemas);
    void updateRouteFields();
    void setSchemaStatus(const QString& status);
    QString routeKey(const QByteArray& method, const QString& path) const;

    QTabWidget* m_tabs;
    SearchCriteriaBuilder* m_builder;
    FieldsSelector* m_fields;
    QLabel* m_status;
    QByteArray m_method;
    QString m_path;
    QString m_routeKey;    ///< method and service path: what the helpers depend on
    QString m_shownFields; ///< which schema response the fields tree shows
    QString m_sampleRoute;
    QStringList m_sampleAttributes;
    // Schema source
    QPointer<net::ApiClient> m_client;
    Endpoint m_endpoint;
    Environment m_environment;
    QString m_storeCode;
    QString m_key;
    QHash<QString, std::shared_ptr<const schema::ResponseSchemas>> m_schemas;
    QHash<QString, QString> m_schemaErrors;
    QSet<QString> m_loading;
    QHash<QString, QStringList> m_attributeCodes; ///< product attribute codes per source
    QSet<QString> m_attributesLoading;
    QString m_schemaStatus;
    std::shared_ptr<json::WorkerRelay> m_sampleJob;
};

} // namespace studio::ui
