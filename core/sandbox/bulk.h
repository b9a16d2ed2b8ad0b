#pragma once

#include "core/common/result.h"
#include "core/sandbox/api.h"

#include <functional>
#include <QObject>
#include <QTimer>
#include <random>

namespace studio::sandbox {

/// Magento's asynchronous web API: `/async/V1/...` and `/async/bulk/V1/...` requests become operations of a
/// bulk stored in SQLite, answered at once with the bulk UUID; a consumer on the server's thread then runs each
/// operation through the route's own handler (ApiRequest::fromBulk) and records its status (1 complete,
/// 2 retriably failed, 3 not retriably failed, 4 open, 5 rejected) and Magento's error message. Open operations
/// survive a restart and are processed after it. Also serves GET /V1/bulk/{uuid}/status, /detailed-status and
/// /operation-status/{status}.
class BulkService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkService)

public:
    /// Finds the Magento schema's operationId of a route (for topic names); may return an empty string.
    using OperationIdLookup = std::function<QString(const QByteArray& method, const QString& schemaPath)>;

    BulkService(const SandboxContext& context, const ApiRouter& router, QObject* parent = nullptr);

    /// Creates the tables and schedules the open operations left from a previous run.
    Status initialize();
    /// Forgets every bulk.
    Status reset();
    void registerRoutes(ApiRouter& router);
    void setOperationIdLookup(OperationIdLookup lookup) { m_operationIds = std::move(lookup); }

    /// POST/PUT/DELETE /async/bulk/V1/...: `request.json` must be an array of ordinary request bodies.
    ApiResponse submitBulk(const ApiRequest& request, const ApiRoute& route);
    /// POST/PUT/DELETE /async/V1/...: one operation, route parameters from the URL.
    ApiResponse submitSingle(const ApiRequest& request, const ApiRoute& route);

    /// Pause before each operation is processed, in milliseconds (0: as fast as the event loop allows).
    void setDelayMs(int delayMs);
    int delayMs() const { return m_delayMs; }
    /// Share of operations that fail as retriably failed (status 2, a database deadlock), drawn from `seed`.
    void setRetriableFailureShare(double share, quint64 seed);
    /// Operations still open (status 4).
    int openOperations() const;

Q_SIGNALS:
    /// An operation got its final status.
    void operationProcessed(const QString& bulkUuid, int operationKey, int status);
    /// Every operation of the bulk has a final status.
    void bulkFinished(const QString& bulkUuid);

private:
    struct Item
    {
        QJsonValue body;
        QHash<QString, QString> params;
        bool rejected = false;
        QString rejection;
    };
    ApiResponse submit(const ApiRequest& request, const ApiRoute& route, const QList<Item>& items);
    ApiResponse status(const ApiRequest& request, bool detailed);
    ApiResponse operationCount(const ApiRequest& request);
    QString topicName(const ApiRoute& route) const;
    void schedule();
    void processBatch();
    bool processOne();

    SandboxContext m_context;
    const ApiRouter& m_router;
    OperationIdLookup m_operationIds;
    QTimer m_timer;
    int m_delayMs = 0;
    double m_retriableShare = 0;
    std::mt19937_64 m_random;
};

} // namespace studio::sandbox
