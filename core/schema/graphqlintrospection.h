#pragma once

#include "core/common/result.h"
#include "core/schema/graphqlschema.h"
#include "core/workspace/endpoint.h"
#include "core/workspace/environment.h"
#include "core/workspace/savedrequest.h"

#include <memory>
#include <QObject>
#include <QPointer>

namespace studio::json {
class WorkerRelay;
}

namespace studio::net {
class ApiClient;
class ApiReply;
} // namespace studio::net

namespace studio::schema {

/// Learns the schema of a GraphQL endpoint: sends GraphQLSchema::introspectionQuery() through the HTTP engine (so
/// the endpoint's auth, TLS, proxy and request log apply as for any console request) and reads the answer on a
/// worker thread — Magento's schema is over a megabyte of JSON. Never blocks its thread.
class GraphQLIntrospector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphQLIntrospector)

public:
    explicit GraphQLIntrospector(QObject* parent = nullptr);
    ~GraphQLIntrospector() override;

    /// Starts an introspection (cancelling one that is running). `request` carries the GraphQL request's context
    /// as the console has it: endpoint id, Magento store code (sent in the Store header), path below a non-Magento
    /// endpoint's base URL and extra headers; its body, variables and operation name are replaced. `client` must
    /// outlive the introspection or be deleted before it (the introspection then fails).
    void start(net::ApiClient* client, const Endpoint& endpoint, const Environment& environment,
        const RequestSpec& request = RequestSpec());
    /// Stops a running introspection; finished() is not emitted.
    void cancel();
    bool isRunning() const { return m_running; }

    /// The schema or why there is none; valid once finished() was emitted.
    const Result<GraphQLSchema>& result() const { return m_result; }
    /// True when the server answered but refused introspection (Magento's graphql/introspection off, graphql-js's
    /// NoSchemaIntrospectionCustomRule, Apollo's introspection: false).
    bool introspectionDisabled() const { return m_disabled; }

    /// Reads an introspection answer as it arrived: the HTTP status and the body. Used by start() on a worker
    /// thread, and for a saved introspection result loaded from a file (status 200). `disabled` (when given) is
    /// set when the server refused introspection.
    static Result<GraphQLSchema> readAnswer(int status, const QByteArray& body, bool* disabled = nullptr);

Q_SIGNALS:
    /// The introspection ended, successfully or not (see result()).
    void finished();

private:
    void finish(Result<GraphQLSchema> result, bool disabled);

    bool m_running = false;
    quint64 m_generation = 0;
    QPointer<net::ApiReply> m_reply;
    std::shared_ptr<json::WorkerRelay> m_job;
    Result<GraphQLSchema> m_result;
    bool m_disabled = false;
};

} // namespace studio::schema
