#include "core/magento/bulk.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimeZone>

namespace studio::magento {

namespace {

// lupdate files tr() calls of free functions under the namespace; translate them under the same name.
QString tr(const char* text)
{
    return QCoreApplication::translate("studio::magento", text);
}

int intValue(const QJsonValue& value, int fallback = 0)
{
    if (value.isDouble())
        return value.toInt(fallback);
    if (value.isString()) {
        bool ok = false;
        const int number = value.toString().trimmed().toInt(&ok);
        return ok ? number : fallback;
    }
    return fallback;
}

// serialized_data and result_serialized_data are JSON encoded as text; show them as JSON when they are.
QJsonValue serializedValue(const QJsonValue& value)
{
    if (!value.isString())
        return value;
    const QByteArray text = value.toString().toUtf8();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text + QByteArray("]"), &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return value;
    return doc.array().at(0);
}

QDateTime parseMagentoTime(const QString& text)
{
    // Magento writes "2024-05-01 10:20:30" in UTC.
    QDateTime time = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (time.isValid())
        time.setTimeSpec(Qt::UTC);
    return time;
}

} // namespace

std::optional<OperationStatus> operationStatusFromNumber(int number)
{
    if (number >= 1 && number <= 5)
        return static_cast<OperationStatus>(number);
    return std::nullopt;
}

QString operationStatusName(int number)
{
    const std::optional<OperationStatus> status = operationStatusFromNumber(number);
    if (!status)
        return tr("unknown status %1").arg(number);
    switch (*status) {
    case OperationStatus::Complete:
        return tr("complete");
    case OperationStatus::RetriablyFailed:
        return tr("failed, can be retried");
    case OperationStatus::NotRetriablyFailed:
        return tr("failed");
    case OperationStatus::Open:
        return tr("open");
    case OperationStatus::Rejected:
        return tr("rejected");
    }
    return {};
}

QString bulkSummaryStatusName(BulkSummaryStatus status)
{
    switch (status) {
    case BulkSummaryStatus::NotStarted:
        return tr("not started");
    case BulkSummaryStatus::InProgress:
        return tr("in progress");
    case BulkSummaryStatus::FinishedSuccessfully:
        return tr("finished successfully");
    case BulkSummaryStatus::FinishedWithFailure:
        return tr("finished with failures");
    }
    return {};
}

Status checkAsyncMethod(const QByteArray& method)
{
    const QByteArray upper = method.trimmed().toUpper();
    if (upper == "POST" || upper == "PUT" || upper == "PATCH" || upper == "DELETE")
        return {};
    if (upper == "GET")
        return Error(tr("Magento's async API does not take GET requests: read synchronously, write asynchronously."));
    return Error(tr("Magento's async API takes POST, PUT, PATCH and DELETE, not %1.").arg(QString::fromLatin1(upper)));
}

BulkRequest::BulkRequest(QString pathTemplate)
    : m_pathTemplate(std::move(pathTemplate))
{ }

void BulkRequest::add(QJsonObject body, const PathParams& pathParams)
{
    for (auto it = pathParams.constBegin(); it != pathParams.constEnd(); ++it) {
        if (!body.contains(it.key()))
            body.insert(it.key(), it.value());
    }
    m_items.append(body);
}

Result<QByteArray> BulkRequest::body() const
{
    if (m_items.isEmpty())
        return Error(tr("A bulk request needs at least one item."));
    return QJsonDocument(m_items).toJson(QJsonDocument::Compact);
}

QList<BulkRequest> BulkRequest::split(qsizetype maxItems) const
{
    QList<BulkRequest> parts;
    const qsizetype chunk = std::max<qsizetype>(1, maxItems);
    for (qsizetype i = 0; i < m_items.size(); i += chunk) {
        BulkRequest part(m_pathTemplate);
        for (qsizetype j = i; j < std::min(m_items.size(), i + chunk); ++j)
            part.m_items.append(m_items.at(j));
        parts << part;
    }
    return parts;
}

QString BulkRequest::servicePath() const
{
    return MagentoUrl::bulkPath(m_pathTemplate);
}

int BulkAccepted::acceptedCount() const
{
    int count = 0;
    for (const BulkRequestItem& item : requestItems)
        count += item.accepted() ? 1 : 0;
    return count;
}

Result<BulkAccepted> parseBulkAccepted(const QJsonObject& object)
{
    BulkAccepted accepted;
    accepted.bulkUuid = object.value(QStringLiteral("bulk_uuid")).toString();
    if (accepted.bulkUuid.isEmpty())
        return Error(tr("The answer has no bulk_uuid, so it is not an async or bulk answer (keys: %1).")
                         .arg(object.keys().join(QStringLiteral(", "))));
    const QJsonValue items = object.value(QStringLiteral("request_items"));
    if (!items.isArray())
        return Error(tr("The async answer for bulk %1 has no request_items list.").arg(accepted.bulkUuid));
    const QJsonArray list = items.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            return Error(tr("request_items[%1] of bulk %2 is not an object.").arg(i).arg(accepted.bulkUuid));
        const QJsonObject entry = list.at(i).toObject();
        BulkRequestItem item;
        item.id = intValue(entry.value(QStringLiteral("id")), int(i));
        item.dataHash = entry.value(QStringLiteral("data_hash")).toString();
        item.status = entry.value(QStringLiteral("status")).toString();
        item.errorMessage = entry.value(QStringLiteral("error_message")).toString();
        item.errorCode = intValue(entry.value(QStringLiteral("error_code")));
        accepted.requestItems << item;
    }
    accepted.errors = object.value(QStringLiteral("errors")).toBool();
    return accepted;
}

int BulkStatus::count(OperationStatus status) const
{
    int listed = 0;
    for (const BulkOperation& op : operations)
        listed += op.status == int(status) ? 1 : 0;
    if (status == OperationStatus::Open)
        listed += std::max(0, operationCount - int(operations.size()));
    return listed;
}

int BulkStatus::processedCount() const
{
    int processed = 0;
    for (const BulkOperation& op : operations)
        processed += op.isOpen() ? 0 : 1;
    return processed;
}

BulkSummaryStatus BulkStatus::summaryStatus() const
{
    const int total = std::max(operationCount, int(operations.size()));
    const int processed = processedCount();
    if (processed == 0)
        return BulkSummaryStatus::NotStarted;
    if (count(OperationStatus::Complete) == total)
        return BulkSummaryStatus::FinishedSuccessfully;
    if (processed < total)
        return BulkSummaryStatus::InProgress;
    return BulkSummaryStatus::FinishedWithFailure;
}

bool BulkStatus::isFinished() const
{
    const BulkSummaryStatus status = summaryStatus();
    return status == BulkSummaryStatus::FinishedSuccessfully || status == BulkSummaryStatus::FinishedWithFailure;
}

const BulkOperation* BulkStatus::operation(int id) const
{
    for (const BulkOperation& op : operations) {
        if (op.id == id)
            return &op;
    }
    return nullptr;
}

QString BulkStatus::progressText() const
{
    const int total = std::max(operationCount, int(operations.size()));
    const int complete = count(OperationStatus::Complete);
    const int failed = count(OperationStatus::RetriablyFailed) + count(OperationStatus::NotRetriablyFailed)
        + count(OperationStatus::Rejected);
    const int open = count(OperationStatus::Open);
    return tr("Operations processed: %1 of %2 (%3 complete, %4 failed, %5 open).")
        .arg(processedCount())
        .arg(total)
        .arg(complete)
        .arg(failed)
        .arg(open);
}

Result<BulkStatus> parseBulkStatus(const QJsonObject& object)
{
    BulkStatus status;
    status.bulkUuid = object.value(QStringLiteral("bulk_id")).toString();
    if (status.bulkUuid.isEmpty())
        status.bulkUuid = object.value(QStringLiteral("uuid")).toString();
    const QJsonValue list = object.value(QStringLiteral("operations_list"));
    if (!list.isArray() && !object.contains(QStringLiteral("operation_count")))
        return Error(tr("The answer is not a bulk status: it has neither operations_list nor operation_count "
                        "(keys: %1).")
                         .arg(object.keys().join(QStringLiteral(", "))));
    status.description = object.value(QStringLiteral("description")).toString();
    status.startTime = parseMagentoTime(object.value(QStringLiteral("start_time")).toString());
    status.userId = intValue(object.value(QStringLiteral("user_id")));
    status.operationCount = intValue(object.value(QStringLiteral("operation_count")));
    const QJsonArray operations = list.toArray();
    for (qsizetype i = 0; i < operations.size(); ++i) {
        if (!operations.at(i).isObject())
            return Error(tr("operations_list[%1] is not an object.").arg(i));
        const QJsonObject entry = operations.at(i).toObject();
        BulkOperation op;
        op.id = intValue(entry.value(QStringLiteral("id")), int(i));
        op.status = intValue(entry.value(QStringLiteral("status")));
        if (!operationStatusFromNumber(op.status))
            return Error(tr("operations_list[%1] has status %2, which Magento does not define (1 to 5).")
                             .arg(i)
                             .arg(entry.value(QStringLiteral("status")).toVariant().toString()));
        op.resultMessage = entry.value(QStringLiteral("result_message")).toString();
        const QJsonValue code = entry.value(QStringLiteral("error_code"));
        if (!code.isNull() && !code.isUndefined())
            op.errorCode = intValue(code);
        op.topicName = entry.value(QStringLiteral("topic_name")).toString();
        op.serializedData = serializedValue(entry.value(QStringLiteral("serialized_data")));
        op.resultData = serializedValue(entry.value(QStringLiteral("result_serialized_data")));
        status.operations << op;
    }
    return status;
}

Result<int> parseOperationCount(const QByteArray& body)
{
    bool ok = false;
    const int count = body.trimmed().toInt(&ok);
    if (!ok || count < 0)
        return Error(tr("The operation count answer is not a whole number: \"%1\"")
                         .arg(QString::fromUtf8(body.left(80)).simplified()));
    return count;
}

QString bulkStatusPath(const QString& bulkUuid, bool detailed)
{
    return u"/V1/bulk/" + MagentoUrl::encodePathSegment(bulkUuid)
        + (detailed ? QStringLiteral("/detailed-status") : QStringLiteral("/status"));
}

QString bulkOperationCountPath(const QString& bulkUuid, OperationStatus status)
{
    return u"/V1/bulk/" + MagentoUrl::encodePathSegment(bulkUuid) + u"/operation-status/"
        + QString::number(int(status));
}

} // namespace studio::magento
