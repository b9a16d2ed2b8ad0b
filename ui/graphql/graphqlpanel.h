#pragma once

#include "core/schema/graphqlschema.h"
#include "core/workspace/endpoint.h"
#include "core/workspace/environment.h"
#include "core/workspace/savedrequest.h"

#include <memory>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;

namespace studio::json {
class WorkerRelay;
}

namespace studio::net {
class ApiClient;
}

namespace studio::schema {
class GraphQLIntrospector;
}

namespace studio::ui {

class GraphQLEditor;
class SchemaExplorer;

/// The console's GraphQL mode page: the editors (query with completion, variables, operation picker) beside the
/// schema explorer, and an Introspect action that asks the chosen endpoint for its schema through the HTTP engine
/// (asynchronous; the answer is parsed off the UI thread) to fill the explorer and the completion. Schemas are
/// kept per endpoint, environment and store for the session. When a server has introspection turned off, the
/// panel says so and offers to load a saved introspection result instead.
///
/// Embedding (ConsoleView): put it on graphqlPage(); call setTarget() when the engine, endpoint, environment or
/// store change (and clearTarget() without an endpoint); read query(), variables(), operationName() for the
/// RequestSpec and write them with setQuery() etc. when a request is opened; connect changed() to the console's
/// modified tracking and sendRequested() to ConsoleView::send().
class GraphQLPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphQLPanel)

public:
    explicit GraphQLPanel(QWidget* parent = nullptr);
    ~GraphQLPanel() override;

    /// The parts, for embedding code and tests.
    GraphQLEditor* editor() const { return m_editor; }
    SchemaExplorer* explorer() const { return m_explorer; }
    QPushButton* introspectButton() const { return m_introspect; }

    /// The query document (RequestSpec::body).
    QString query() const;
    /// Shows a query (a request opened); emits nothing.
    void setQuery(const QString& query);
    /// The variables as typed, JSON object text (RequestSpec::graphqlVariables).
    QString variables() const;
    /// Shows variables; emits nothing.
    void setVariables(const QString& variables);
    /// The operation to run (RequestSpec::graphqlOperationName); see GraphQLEditor::operationName().
    QString operationName() const;
    /// Picks the operation of a request that was opened; emits nothing.
    void setOperationName(const QString& name);
    /// Problems that would make the server refuse the request (bad variables JSON, unbalanced brackets); empty
    /// when none were found.
    QString problems() const;

    /// Where Introspect sends to. `request` is the GraphQL request as the console has it (endpoint id, store code,
    /// path and headers are used). `client` must outlive the panel or be replaced (call again) before it goes.
    void setTarget(net::ApiClient* client, const Endpoint& endpoint, const Environment& environment,
        const RequestSpec& request = RequestSpec());
    /// No endpoint: Introspect is disabled.
    void clearTarget();
    /// Introspect as soon as the panel is shown for a target whose schema is not known yet (default on).
    void setAutoIntrospect(bool on) { m_autoIntrospect = on; }

    /// Sends the introspection query for the target now (the Introspect button).
    void introspect();
    /// True while an introspection runs.
    bool isIntrospecting() const;
    /// Reads a saved introspection result (the JSON answer to the introspection query) on a worker thread and
    /// uses it for the current target.
    void loadSchemaFile(const QString& path);

    /// The schema in use; null when none is known.
    std::shared_ptr<const schema::GraphQLSchema> schema() const { return m_schema; }
    /// Uses a schema for the current target (also what introspection and loading end in).
    void setSchema(std::shared_ptr<const schema::GraphQLSchema> schema, const QString& source);
    /// What the status line says: the schema's source, "Introspecting…", or why there is no schema.
    QString statusText() const { return m_statusText; }
    /// True when the last introspection failed because the server turned introspection off.
    bool introspectionDisabled() const { return m_disabled; }

Q_SIGNALS:
    /// The user changed the query, the variables or the operation.
    void changed();
    /// Ctrl+Enter in an editor: send the request.
    void sendRequested();
    /// An introspection or a schema load ended; `ok` when a schema is now in use.
    void schemaLoaded(bool ok);
    /// statusText() changed.
    void statusChanged(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void introspectionFinished();
    void setStatus(const QString& text, bool error);
    void chooseSchemaFile();
    QString targetKey() const;

    GraphQLEditor* m_editor;
    SchemaExplorer* m_explorer;
    QSplitter* m_split;
    QPushButton* m_introspect;
    QPushButton* m_load;
    QLabel* m_status;
    schema::GraphQLIntrospector* m_introspector;
    std::shared_ptr<json::WorkerRelay> m_loadJob;
    QPointer<net::ApiClient> m_client;
    Endpoint m_endpoint;
    Environment m_environment;
    RequestSpec m_request;
    bool m_hasTarget = false;
    bool m_autoIntrospect = true;
    bool m_disabled = false;
    QSet<QString> m_attempted;
    QHash<QString, std::shared_ptr<const schema::GraphQLSchema>> m_schemas;
    QHash<QString, QString> m_sources;
    std::shared_ptr<const schema::GraphQLSchema> m_schema;
    QString m_statusText;
};

} // namespace studio::ui
