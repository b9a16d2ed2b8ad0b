#include "core/schema/graphqlintrospection.h"

#include "core/json/worker.h"
#include "core/net/apiclient.h"
#include "core/net/callbuilder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace studio::schema {

namespace {

// The messages of a GraphQL error list, joined.
QString errorMessages(const QJsonArray& errors)
{
    QStringList messages;
    for (const QJsonValue error : errors) {
        const QString message = error.toObject().value(QStringLiteral("message")).toString().trimmed();
        if (!message.isEmpty())
            messages << message;
    }
    return messages.join(QStringLiteral("; "));
}

} // namespace

GraphQLIntrospector::GraphQLIntrospector(QObject* parent)
    : QObject(parent)
    , m_result(Error {tr("No introspection has run yet.")})
{ }

GraphQLIntrospector::~GraphQLIntrospector()
{
    cancel();
}

void GraphQLIntrospector::cancel()
{
    ++m_generation;
    m_running = false;
    if (m_job) {
        m_job->cancel();
        m_job.reset();
    }
    if (m_reply) {
        net::ApiReply* reply = m_reply;
        m_reply.clear();
        reply->disconnect(this);
        reply->deleteLater();
    }
}

void GraphQLIntrospector::finish(Result<GraphQLSchema> result, bool disabled)
{
    m_running = false;
    m_reply.clear();
    m_job.reset();
    m_result = std::move(result);
    m_disabled = disabled;
    Q_EMIT finished();
}

Result<GraphQLSchema> GraphQLIntrospector::readAnswer(int status, const QByteArray& body, bool* disabled)
{
    if (disabled)
        *disabled = false;
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (status >= 300 || status == 0)
            return Error {
                tr("The server answered HTTP %1 without a GraphQL answer; is this the GraphQL URL?").arg(status)};
        return Error {
            tr("The answer is not a GraphQL JSON object (%1 at byte %2).")
                .arg(parseError.error == QJsonParseError::NoError ? tr("not an object") : parseError.errorString())
                .arg(parseError.offset)};
    }
    const QJsonObject answer = document.object();
    const QJsonArray errors = answer.value(QStringLiteral("errors")).toArray();
    const QJsonValue schema = answer.value(QStringLiteral("data")).toObject().value(QStringLiteral("__schema"));
    if (!schema.isObject() && !answer.contains(QStringLiteral("__schema"))) {
        const QString messages = errorMessages(errors);
        if (messages.contains(QStringLiteral("introspection"), Qt::CaseInsensitive)) {
            if (disabled)
                *disabled = true;
            // Servers often answer with one error per introspection field; the first says it all.
            QString first;
            for (const QJsonValue error : errors) {
                const QString message = error.toObject().value(QStringLiteral("message")).toString().trimmed();
                if (message.contains(QStringLiteral("introspection"), Qt::CaseInsensitive)) {
                    first = message;
                    break;
                }
            }
            return Error {tr("The server has introspection turned off, so it does not describe its schema (it said: "
                             "\"%1\").")
                              .arg(first)};
        }
        if (!messages.isEmpty())
            return Error {tr("The server refused the introspection query (HTTP %1): %2").arg(status).arg(messages)};
        if (status >= 300)
            return Error {tr("The server answered HTTP %1 and no schema.").arg(status)};
    }
    return GraphQLSchema::fromIntrospection(answer);
}

void GraphQLIntrospector::start(
    net::ApiClient* client, const Endpoint& endpoint, const Environment& environment, const RequestSpec& request)
{
    cancel();
    m_running = true;
    const quint64 generation = m_generation;
    if (!client) {
        finish(Error {tr("No HTTP engine is available (no workspace is open).")}, false);
        return;
    }
    RequestSpec spec = request;
    spec.endpointId = endpoint.id;
    spec.mode = RequestSpec::Mode::GraphQL;
    spec.method = "POST";
    spec.bodyType = QStringLiteral("graphql");
    spec.body = GraphQLSchema::introspectionQuery();
    spec.graphqlVariables.clear();
    spec.graphqlOperationName.clear();
    spec.query.clear();

    QPointer<GraphQLIntrospector> self(this);
    QPointer<net::ApiClient> engine(client);
    client->resolve(endpoint, environment, this,
        [self, engine, generation, spec, endpoint, environment](Result<net::ResolvedEndpoint> resolved) {
            if (!self || self->m_generation != generation)
                return;
            if (!engine) {
                self->finish(Error {tr("The HTTP engine went away before the introspection was sent.")}, false);
                return;
            }
            if (!resolved) {
                self->finish(resolved.error(), false);
                return;
            }
            Result<net::ApiCall> call = net::buildApiCall(spec, endpoint, resolved->endpoint, environment);
            if (!call) {
                self->finish(call.error(), false);
                return;
            }
            call->runId = QStringLiteral("console-introspection");
            // Introspection is a read: repeating it after a dropped connection is harmless.
            call->safeToRetry = true;
            call->resolveBodyVariables = false;
            net::ApiReply* reply = engine->send(std::move(call).value());
            self->m_reply = reply;
            connect(reply, &net::ApiReply::finished, self, [self, reply, generation] {
                reply->deleteLater();
                if (!self || self->m_generation != generation)
                    return;
                self->m_reply.clear();
                const net::HttpResponse response = reply->response();
                if (!response.hasAnswer()) {
                    self->finish(Error {response.errorMessage.isEmpty() ? tr("The introspection query got no answer.")
                                                                        : response.errorMessage},
                        false);
                    return;
                }
                const QString file = reply->takeBodyFile();
                // Parsing a megabyte-sized schema is work for a worker, not for the UI thread.
                self->m_job = json::startGlobalJob(
                    self, [self, response, file, generation](const std::shared_ptr<json::WorkerRelay>& relay) {
                        Result<QByteArray> body = response.readBody();
                        if (!file.isEmpty())
                            QFile::remove(file);
                        bool disabled = false;
                        Result<GraphQLSchema> schema = body ? readAnswer(response.status, body.value(), &disabled)
                                                            : Result<GraphQLSchema>(body.error());
                        if (relay->isCancelled())
                            return;
                        relay->post([self, schema, disabled, generation] {
                            if (self && self->m_generation == generation)
                                self->finish(schema, disabled);
                        });
                    });
            });
        });
}

} // namespace studio::schema
