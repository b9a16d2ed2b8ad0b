#pragma once

#include "core/schema/responsefields.h"
#include "core/schema/restoperations.h"
#include "core/workspace/endpoint.h"
#include "core/workspace/environment.h"

#include <memory>
#include <QHash>
#include <QObject>
#include <QSet>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace studio::json {
class WorkerRelay;
}

namespace studio::net {
class ApiClient;
}

namespace studio::ui {

/// Completion of the console's path field from the endpoint's API description: for Magento the Swagger document
/// of `/rest/{store}/schema?services=all`, fetched in the background through the engine (signed like every other
/// request) and parsed on a worker; for other endpoints the OpenAPI / Swagger file attached to the endpoint.
/// Operations are cached per endpoint and store (or file) for the session, so switching back is instant.
class PathCompletion final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PathCompletion)

public:
    /// Completes `edit`'s text.
    explicit PathCompletion(QLineEdit* edit, QObject* parent = nullptr);
    ~PathCompletion() override;

    /// Shows the operations of `endpoint` (fetching or reading them when not cached yet). `storeCode` is the
    /// console's store switch (empty = the endpoint's). `workspaceFolder` resolves an attached file's path.
    void setEndpoint(const Endpoint& endpoint, const Environment& environment, const QString& storeCode,
        net::ApiClient* client, const QString& workspaceFolder);
    /// No endpoint: no completion.
    void clearEndpoint();
    /// Forgets the cached operations of an endpoint (e.g. after attaching another file) and loads them again.
    void reload();

    /// The operations shown now.
    QList<schema::RestOperation> operations() const;
    /// What the completion knows: "412 operations from the store's schema", "Loading…" or why it failed.
    QString statusText() const { return m_status; }
    QCompleter* completer() const { return m_completer; }
    /// Identifies the source shown now (endpoint, environment and store, or the attached file).
    QString currentKey() const { return m_key; }
    /// The response shapes read from the same Magento schema, for the query panel's fields tree; null until loaded
    /// (and for non-Magento endpoints).
    std::shared_ptr<const schema::ResponseSchemas> responseSchemas() const;

Q_SIGNALS:
    /// statusText() changed (loaded, failed, loading).
    void statusChanged(const QString& text);
    /// The Magento schema of `key` was read; `schemas` are its response shapes.
    void responseSchemasLoaded(const QString& key, std::shared_ptr<const schema::ResponseSchemas> schemas);

private:
    void show(const QString& key);
    void loaded(const QString& key, Result<QList<schema::RestOperation>> operations);
    void setStatus(const QString& text);

    QCompleter* m_completer;
    QStandardItemModel* m_model;
    QHash<QString, QList<schema::RestOperation>> m_cache;
    QHash<QString, QString> m_errors;
    QSet<QString> m_loading;
    QString m_key;
    QString m_status;
    // What reload() needs.
    Endpoint m_endpoint;
    Environment m_environment;
    QString m_storeCode;
    net::ApiClient* m_client = nullptr;
    QString m_workspaceFolder;
    /// Running loads by key; a relay is kept until its answer arrived (a released relay drops it).
    QHash<QString, std::shared_ptr<json::WorkerRelay>> m_jobs;
    QHash<QString, std::shared_ptr<const schema::ResponseSchemas>> m_responseSchemas;
};

} // namespace studio::ui
