#include "core/schema/magentorestschema.h"

#include "core/interop/openapiformat.h"
#include "core/json/worker.h"
#include "core/magento/magentourl.h"
#include "core/magento/storescope.h"
#include "core/net/apiclient.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>

namespace studio::schema {

namespace {

MagentoRestSchema failed(const Error& error)
{
    return {error, error};
}

/// A body file taken from its reply, removed when the job that reads it goes: after it ran, or when it was
/// cancelled before it started.
class TakenBodyFile final
{
public:
    explicit TakenBodyFile(QString path)
        : m_path(std::move(path))
    { }
    ~TakenBodyFile()
    {
        if (!m_path.isEmpty())
            QFile::remove(m_path);
    }
    TakenBodyFile(const TakenBodyFile&) = delete;
    TakenBodyFile& operator=(const TakenBodyFile&) = delete;

private:
    QString m_path;
};

MagentoRestSchema parse(const net::HttpResponse& response)
{
    const Result<QByteArray> body = response.readBody();
    if (!body)
        return failed(body.error());
    // One parse serves both the operations and the response definitions.
    const Result<QJsonObject> document
        = interop::OpenApiFormat::parseDocument(body.value(), QStringLiteral("schema.json"));
    if (!document)
        return failed(document.error());
    Result<ResponseSchemas> responses = ResponseSchemas::fromDocument(document.value());
    return {RestOperations::fromDocument(document.value()),
        responses ? Result<std::shared_ptr<const ResponseSchemas>>(
            std::make_shared<const ResponseSchemas>(std::move(responses).value()))
                  : Result<std::shared_ptr<const ResponseSchemas>>(responses.error())};
}

/// One fetch, a child of the receiver: the context of every step, so nothing runs after the receiver is gone, and
/// the keeper of the parsing job's relay until the result is delivered. Deletes itself when done.
class SchemaFetch final : public QObject
{
public:
    SchemaFetch(QObject* receiver, std::function<void(MagentoRestSchema)> done)
        : QObject(receiver)
        , m_done(std::move(done))
    { }
    ~SchemaFetch() override
    {
        if (m_job)
            m_job->cancel();
    }

    void start(
        net::ApiClient* client, const Endpoint& endpoint, const Environment& environment, const QString& storeCode)
    {
        QPointer<net::ApiClient> engine(client);
        client->resolve(endpoint, environment, this,
            [this, engine, endpoint, environment, storeCode](Result<net::ResolvedEndpoint> resolved) {
                if (!engine) {
                    deleteLater();
                    return;
                }
                if (!resolved) {
                    finish(failed(resolved.error()));
                    return;
                }
                Result<magento::MagentoUrl> urls = magento::MagentoUrl::fromBase(resolved->endpoint.baseUrl);
                if (!urls) {
                    finish(failed(urls.error()));
                    return;
                }
                Result<magento::StoreScope> scope
                    = magento::StoreScope::parse(storeCode.isEmpty() ? resolved->endpoint.storeCode : storeCode);
                if (!scope) {
                    finish(failed(scope.error()));
                    return;
                }
                net::ApiCall call;
                call.endpoint = endpoint;
                call.environment = environment;
                call.method = "GET";
                call.target = QString::fromUtf8(urls->schema(scope.value()).toEncoded());
                call.runId = QStringLiteral("console-schema");
                net::ApiReply* reply = engine->send(call);
                connect(reply, &net::ApiReply::finished, this, [this, reply] { answered(reply); });
            });
    }

private:
    void answered(net::ApiReply* reply)
    {
        reply->deleteLater();
        const net::HttpResponse response = reply->response();
        if (!response.isSuccess()) {
            finish(failed(
                Error {QCoreApplication::translate("MagentoRestSchema", "The store's schema could not be loaded: %1")
                           .arg(response.errorMessage.isEmpty() ? QStringLiteral("HTTP %1").arg(response.status)
                                                                : response.errorMessage)}));
            return;
        }
        auto file = std::make_shared<const TakenBodyFile>(reply->takeBodyFile());
        m_job = json::startGlobalJob(this, [this, response, file](const std::shared_ptr<json::WorkerRelay>& relay) {
            MagentoRestSchema schema = parse(response);
            relay->post([this, schema = std::move(schema)]() mutable { finish(std::move(schema)); });
        });
    }

    void finish(MagentoRestSchema schema)
    {
        m_job.reset();
        deleteLater();
        m_done(std::move(schema));
    }

    std::function<void(MagentoRestSchema)> m_done;
    std::shared_ptr<json::WorkerRelay> m_job;
};

} // namespace

void fetchMagentoRestSchema(net::ApiClient* client, const Endpoint& endpoint, const Environment& environment,
    const QString& storeCode, QObject* receiver, std::function<void(MagentoRestSchema)> done)
{
    (new SchemaFetch(receiver, std::move(done)))->start(client, endpoint, environment, storeCode);
}

} // namespace studio::schema
