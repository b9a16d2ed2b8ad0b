#pragma once

#include "core/common/result.h"
#include "core/magento/magentourl.h"

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace studio::magento {

/// The status of one operation of a bulk (Magento\AsynchronousOperations\Api\Data\OperationInterface).
enum class OperationStatus {
    Complete = 1,
    RetriablyFailed = 2,
    NotRetriablyFailed = 3,
    Open = 4,
    Rejected = 5,
};

/// The status of a bulk as a whole (Magento\Framework\Bulk\BulkSummaryInterface).
enum class BulkSummaryStatus {
    NotStarted = 0,
    InProgress = 1,
    FinishedSuccessfully = 2,
    FinishedWithFailure = 3,
};

/// The status for Magento's number; nullopt for numbers Magento does not define.
std::optional<OperationStatus> operationStatusFromNumber(int number);
/// A translated name: "complete", "failed, can be retried", "failed", "open", "rejected"; for unknown numbers
/// "unknown status N".
QString operationStatusName(int number);
QString bulkSummaryStatusName(BulkSummaryStatus status);

/// Fails for methods Magento's async API does not take (GET and anything but POST/PUT/PATCH/DELETE).
Status checkAsyncMethod(const QByteArray& method);

/// The body of an async bulk request: a JSON array of ordinary request bodies, one per item, each an object.
/// Magento reads path parameters from the items (the URL has "bySku" instead of a SKU), so `pathParams` lets each
/// item carry its values at the top level — e.g. DELETE /async/bulk/V1/products/bySku with [{"sku": "A"}, ...].
class BulkRequest final
{
    Q_DECLARE_TR_FUNCTIONS(studio::magento::BulkRequest)

public:
    /// For a route template such as "/V1/products/{sku}".
    explicit BulkRequest(QString pathTemplate = QString());

    /// Appends an item; `pathParams` are merged in at the top level when the body does not have them yet.
    void add(QJsonObject body, const PathParams& pathParams = PathParams());
    qsizetype size() const { return m_items.size(); }
    bool isEmpty() const { return m_items.isEmpty(); }
    const QJsonArray& items() const { return m_items; }

    /// The compact JSON array. Fails when there are no items. (Items are not required to carry the route's path
    /// parameters: for PUT products/bySku Magento takes the SKU from {"product": {"sku"}}.)
    Result<QByteArray> body() const;
    /// Splits into requests of at most `maxItems` items (Magento's async input limit defaults to 5000).
    QList<BulkRequest> split(qsizetype maxItems) const;
    /// The service path for MagentoUrl::rest(..., RestApi::AsyncBulk), e.g. "/V1/products/bySku".
    QString servicePath() const;

private:
    QString m_pathTemplate;
    QJsonArray m_items;
};

/// One item of an async answer's request_items: whether Magento queued it.
struct BulkRequestItem
{
    int id = 0; ///< the item's index in the request
    QString dataHash;
    QString status;       ///< "accepted" or "rejected"
    QString errorMessage; ///< why it was rejected
    int errorCode = 0;

    bool accepted() const { return status == u"accepted"; }
};

/// The answer to an async or async bulk request.
struct BulkAccepted
{
    QString bulkUuid;
    QList<BulkRequestItem> requestItems;
    bool errors = false; ///< Magento's flag: at least one item was rejected

    int acceptedCount() const;
};

/// Reads {"bulk_uuid", "request_items": [{"id", "data_hash", "status", "error_message"}], "errors"}.
Result<BulkAccepted> parseBulkAccepted(const QJsonObject& object);

/// One operation of a bulk, from /V1/bulk/{uuid}/status or detailed-status.
struct BulkOperation
{
    int id = 0;     ///< equals the request item's id
    int status = 0; ///< an OperationStatus number
    QString resultMessage;
    std::optional<int> errorCode;
    QString topicName; ///< detailed-status only
    /// detailed-status only: serialized_data and result_serialized_data, parsed when they hold JSON text.
    QJsonValue serializedData;
    QJsonValue resultData;

    bool isOpen() const { return status == int(OperationStatus::Open); }
    bool isComplete() const { return status == int(OperationStatus::Complete); }
    bool isFailed() const { return !isOpen() && !isComplete(); }
};

/// A bulk's status as Magento reports it.
struct BulkStatus
{
    QString bulkUuid;
    QString description;
    QDateTime startTime; ///< UTC
    int userId = 0;
    int operationCount = 0; ///< operations the bulk was scheduled with
    QList<BulkOperation> operations;

    /// Operations with the given status; operations not listed yet count as open.
    int count(OperationStatus status) const;
    /// Listed operations that are no longer open.
    int processedCount() const;
    /// Computed like Magento\AsynchronousOperations\Model\BulkStatus::getBulkStatus().
    BulkSummaryStatus summaryStatus() const;
    /// True when every operation has been processed (successfully or not).
    bool isFinished() const;
    /// The operation with this id (= request item index), or nullptr.
    const BulkOperation* operation(int id) const;
    /// One translated line: "Operations processed: 12 of 20 (10 complete, 2 failed, 8 open)."
    QString progressText() const;

    // Last: the macro leaves the access at private.
    Q_DECLARE_TR_FUNCTIONS(studio::magento::BulkStatus)
};

/// Reads the answer of GET /V1/bulk/{uuid}/status or /detailed-status.
Result<BulkStatus> parseBulkStatus(const QJsonObject& object);
/// Reads the answer of GET /V1/bulk/{uuid}/operation-status/{status}: a bare integer.
Result<int> parseOperationCount(const QByteArray& body);

/// "/V1/bulk/<uuid>/detailed-status" (or "/status"), with the uuid encoded.
QString bulkStatusPath(const QString& bulkUuid, bool detailed = true);
/// "/V1/bulk/<uuid>/operation-status/<n>".
QString bulkOperationCountPath(const QString& bulkUuid, OperationStatus status);

} // namespace studio::magento
