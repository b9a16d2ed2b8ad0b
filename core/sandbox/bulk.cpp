#include "core/sandbox/bulk.h"

#include "core/common/clock.h"
#include "core/sandbox/sandboxdb.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace studio::sandbox {

namespace {

// OperationInterface statuses.
constexpr int kComplete = 1;
constexpr int kRetriablyFailed = 2;
constexpr int kNotRetriablyFailed = 3;
constexpr int kOpen = 4;
constexpr int kRejected = 5;
// UserContextInterface user types.
int userType(Principal::Kind kind)
{
    switch (kind) {
    case Principal::Kind::Integration:
        return 1;
    case Principal::Kind::Admin:
        return 2;
    case Principal::Kind::Customer:
        return 3;
    case Principal::Kind::Guest:
        return 4;
    }
    return 4;
}

Principal::Kind kindOf(int type)
{
    switch (type) {
    case 1:
        return Principal::Kind::Integration;
    case 2:
        return Principal::Kind::Admin;
    case 3:
        return Principal::Kind::Customer;
    default:
        return Principal::Kind::Guest;
    }
}

QByteArray compact(const QJsonValue& value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QJsonValue parseValue(const QString& text)
{
    if (text.isEmpty())
        return QJsonValue();
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text.toUtf8() + "]");
    return doc.array().isEmpty() ? QJsonValue(text) : doc.array().first();
}

QString paramText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return {};
}

/// Route parameters of a bulk item: Magento takes them from the body ("bySku": the product's sku, "byCustomerId":
/// the customer's id).
QHash<QString, QString> paramsFromItem(const ApiRoute& route, const QJsonObject& item)
{
    QHash<QString, QString> params;
    const QStringList parts = route.pattern.split(u'/', Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        if (!part.startsWith(u':'))
            continue;
        const QString name = part.mid(1);
        if (item.contains(name)) {
            params.insert(name, paramText(item.value(name)));
            continue;
        }
        for (auto it = item.constBegin(); it != item.constEnd(); ++it) {
            if (!it->isObject())
                continue;
            const QJsonObject inner = it->toObject();
            if (inner.contains(name)) {
                params.insert(name, paramText(inner.value(name)));
                break;
            }
            if (name.endsWith(QStringLiteral("Id")) && name.chopped(2) == it.key()
                && inner.contains(QStringLiteral("id"))) {
                params.insert(name, paramText(inner.value(QStringLiteral("id"))));
                break;
            }
        }
    }
    return params;
}

/// The text Magento stores as result_message: the message with its %1 / %name placeholders filled in.
QString renderedMessage(const QJsonValue& body)
{
    const QJsonObject object = body.toObject();
    QString message = object.value(QStringLiteral("message")).toString();
    const QJsonValue parameters = object.value(QStringLiteral("parameters"));
    if (parameters.isArray()) {
        const QJsonArray list = parameters.toArray();
        for (qsizetype i = list.size(); i > 0; --i)
            message.replace(QStringLiteral("%") + QString::number(i), paramText(list.at(i - 1)));
    } else if (parameters.isObject()) {
        const QJsonObject named = parameters.toObject();
        QStringList keys = named.keys();
        // Longest first, so %name does not eat %name_long.
        std::sort(keys.begin(), keys.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
        for (const QString& key : keys)
            message.replace(QStringLiteral("%") + key, paramText(named.value(key)));
    }
    return message;
}

QString pathWithParams(const QString& pattern, const QHash<QString, QString>& params)
{
    QStringList parts = pattern.split(u'/');
    for (QString& part : parts) {
        if (part.startsWith(u':'))
            part = params.value(part.mid(1));
    }
    return parts.join(u'/');
}

} // namespace

BulkService::BulkService(const SandboxContext& context, const ApiRouter& router, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_router(router)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &BulkService::processBatch);
}

Status BulkService::initialize()
{
    QSqlDatabase db = QSqlDatabase::database(m_context.connectionName, false);
    const QStringList ddl {
        QStringLiteral("CREATE TABLE IF NOT EXISTS magento_bulk (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "uuid TEXT NOT NULL UNIQUE, user_id INTEGER NOT NULL, user_type INTEGER NOT NULL, "
                       "user_name TEXT, acl_resources TEXT NOT NULL, description TEXT NOT NULL, "
                       "operation_count INTEGER NOT NULL, start_time TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS magento_operation (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "bulk_uuid TEXT NOT NULL, operation_key INTEGER NOT NULL, topic_name TEXT NOT NULL, "
                       "method TEXT NOT NULL, route_pattern TEXT NOT NULL, store_code TEXT NOT NULL, "
                       "params TEXT NOT NULL, body TEXT NOT NULL, serialized_data TEXT NOT NULL, "
                       "result_serialized_data TEXT, status INTEGER NOT NULL, error_code INTEGER, "
                       "result_message TEXT)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS magento_operation_bulk ON magento_operation (bulk_uuid)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS magento_operation_status ON magento_operation (status)"),
    };
    for (const QString& statement : ddl) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return sqlError(query, tr("creating the bulk tables"));
    }
    schedule();
    return {};
}

Status BulkService::reset()
{
    QSqlQuery query(QSqlDatabase::database(m_context.connectionName, false));
    if (!query.exec(QStringLiteral("DELETE FROM magento_operation")))
        return sqlError(query, tr("resetting bulk operations"));
    if (!query.exec(QStringLiteral("DELETE FROM magento_bulk")))
        return sqlError(query, tr("resetting bulks"));
    return {};
}

void BulkService::registerRoutes(ApiRouter& router)
{
    const QString acl = QStringLiteral("Magento_Logging::system_magento_logging_bulk_operations");
    router.add(ApiRoute {"GET", QStringLiteral("/V1/bulk/:bulkUuid/status"), acl,
        [this](const ApiRequest& request) { return status(request, false); },
        QStringLiteral("/V1/bulk/{bulkUuid}/status"), QString(), false});
    router.add(ApiRoute {"GET", QStringLiteral("/V1/bulk/:bulkUuid/detailed-status"), acl,
        [this](const ApiRequest& request) { return status(request, true); },
        QStringLiteral("/V1/bulk/{bulkUuid}/detailed-status"), QString(), false});
    router.add(ApiRoute {"GET", QStringLiteral("/V1/bulk/:bulkUuid/operation-status/:status"), acl,
        [this](const ApiRequest& request) { return operationCount(request); },
        QStringLiteral("/V1/bulk/{bulkUuid}/operation-status/{status}"), QString(), false});
}

void BulkService::setDelayMs(int delayMs)
{
    m_delayMs = std::max(0, delayMs);
    m_timer.stop();
    schedule();
}

void BulkService::setRetriableFailureShare(double share, quint64 seed)
{
    m_retriableShare = share;
    m_random.seed(seed ^ 0x9e3779b97f4a7c15ULL);
}

int BulkService::openOperations() const
{
    QSqlQuery query(QSqlDatabase::database(m_context.connectionName, false));
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM magento_operation WHERE status = 4")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QString BulkService::topicName(const ApiRoute& route) const
{
    // Magento: async.<service interface, dots, lower case>.<method>.<http method>, e.g.
    // async.magento.catalog.api.productrepositoryinterface.save.put. The sandbox knows the schema's operationId
    // (catalogProductRepositoryV1SavePut) and rebuilds the topic from it.
    const QString method = QString::fromLatin1(route.method).toLower();
    const QString operationId = m_operationIds ? m_operationIds(route.method, route.schemaPath) : QString();
    static const QRegularExpression shape(QStringLiteral("^([a-z]+)([A-Za-z]+?)V\\d+([A-Z][A-Za-z]*)$"));
    const QRegularExpressionMatch match = shape.match(operationId);
    if (match.hasMatch()) {
        QString action = match.captured(3);
        const QString suffix = method.left(1).toUpper() + method.mid(1);
        if (action.endsWith(suffix))
            action.chop(suffix.size());
        if (!action.isEmpty())
            action[0] = action.at(0).toLower();
        return QStringLiteral("async.magento.%1.api.%2interface.%3.%4")
            .arg(match.captured(1), match.captured(2).toLower(), action, method);
    }
    QString path = route.pattern;
    path.remove(u':');
    return QStringLiteral("async") + path.replace(u'/', u'.').toLower() + u'.' + method;
}

ApiResponse BulkService::submitBulk(const ApiRequest& request, const ApiRoute& route)
{
    if (!request.json.isArray())
        return ApiResponse::badRequest(QStringLiteral("The request body must be a JSON array of request bodies, one "
                                                      "per operation."));
    const QJsonArray array = request.json.array();
    if (m_context.inputLimits && m_context.inputLimits->enabled
        && array.size() > m_context.inputLimits->asyncArrayLimit)
        return ApiResponse::badRequest(QStringLiteral("Maximum items of type \"%type\" is %max"),
            QJsonObject {{QStringLiteral("type"), route.schemaPath},
                {QStringLiteral("max"), m_context.inputLimits->asyncArrayLimit}});
    QList<Item> items;
    for (const QJsonValue& value : array) {
        Item item;
        item.body = value;
        if (value.isObject()) {
            item.params = paramsFromItem(route, value.toObject());
        } else {
            item.rejected = true;
            item.rejection = QStringLiteral("The request item must be a JSON object.");
        }
        items.append(item);
    }
    return submit(request, route, items);
}

ApiResponse BulkService::submitSingle(const ApiRequest& request, const ApiRoute& route)
{
    Item item;
    item.body = request.json.isObject() ? QJsonValue(request.json.object())
        : request.json.isArray()        ? QJsonValue(request.json.array())
                                        : QJsonValue();
    item.params = request.params;
    return submit(request, route, {item});
}

ApiResponse BulkService::submit(const ApiRequest& request, const ApiRoute& route, const QList<Item>& items)
{
    QSqlDatabase db = QSqlDatabase::database(m_context.connectionName, false);
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString topic = topicName(route);
    if (!db.transaction())
        return ApiResponse::error(500, QStringLiteral("Internal Error. The bulk could not be stored."));

    QSqlQuery bulk(db);
    bulk.prepare(QStringLiteral("INSERT INTO magento_bulk (uuid, user_id, user_type, user_name, acl_resources, "
                                "description, operation_count, start_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    bulk.addBindValue(uuid);
    bulk.addBindValue(request.principal.userId);
    bulk.addBindValue(userType(request.principal.kind));
    bulk.addBindValue(request.principal.userName);
    bulk.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(request.principal.aclResources)).toJson(QJsonDocument::Compact)));
    bulk.addBindValue(QStringLiteral("Topic %1").arg(topic));
    bulk.addBindValue(int(items.size()));
    bulk.addBindValue(m_context.clock->now().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    if (!bulk.exec()) {
        db.rollback();
        return ApiResponse::error(500, QStringLiteral("Internal Error. The bulk could not be stored."));
    }

    QJsonArray requestItems;
    bool errors = false;
    QSqlQuery operation(db);
    operation.prepare(QStringLiteral(
        "INSERT INTO magento_operation (bulk_uuid, operation_key, topic_name, method, route_pattern, store_code, "
        "params, body, serialized_data, status, error_code, result_message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?)"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item& item = items.at(i);
        const QByteArray body = compact(item.body);
        QJsonObject params;
        for (auto it = item.params.constBegin(); it != item.params.constEnd(); ++it)
            params.insert(it.key(), it.value());
        // Magento's serialized_data: the entity reference and the request as meta information.
        const QJsonObject serialized {{QStringLiteral("entity_id"), QJsonValue()},
            {QStringLiteral("entity_link"), QString()}, {QStringLiteral("meta_information"), QString::fromUtf8(body)}};
        operation.addBindValue(uuid);
        operation.addBindValue(int(i));
        operation.addBindValue(topic);
        operation.addBindValue(QString::fromLatin1(route.method));
        operation.addBindValue(route.pattern);
        operation.addBindValue(request.storeCode);
        operation.addBindValue(QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact)));
        operation.addBindValue(QString::fromUtf8(body));
        operation.addBindValue(QString::fromUtf8(QJsonDocument(serialized).toJson(QJsonDocument::Compact)));
        operation.addBindValue(item.rejected ? kRejected : kOpen);
        operation.addBindValue(item.rejected ? QVariant(0) : QVariant());
        operation.addBindValue(item.rejected ? QVariant(item.rejection) : QVariant());
        if (!operation.exec()) {
            db.rollback();
            return ApiResponse::error(500, QStringLiteral("Internal Error. The bulk could not be stored."));
        }
        QJsonObject requestItem {{QStringLiteral("id"), int(i)},
            {QStringLiteral("data_hash"),
                QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex())},
            {QStringLiteral("status"), item.rejected ? QStringLiteral("rejected") : QStringLiteral("accepted")}};
        if (item.rejected) {
            requestItem.insert(QStringLiteral("error_message"), item.rejection);
            errors = true;
        }
        requestItems.append(requestItem);
    }
    if (!db.commit()) {
        db.rollback();
        return ApiResponse::error(500, QStringLiteral("Internal Error. The bulk could not be stored."));
    }
    schedule();
    return ApiResponse::ok(QJsonObject {{QStringLiteral("bulk_uuid"), uuid},
        {QStringLiteral("request_items"), requestItems}, {QStringLiteral("errors"), errors}});
}

void BulkService::schedule()
{
    if (m_timer.isActive())
        return;
    m_timer.start(m_delayMs);
}

void BulkService::processBatch()
{
    // With a delay, one operation per tick; without, a batch per event-loop turn so HTTP requests still get in.
    const int batch = m_delayMs > 0 ? 1 : 50;
    for (int i = 0; i < batch; ++i) {
        if (!processOne())
            return;
    }
    schedule();
}

bool BulkService::processOne()
{
    QSqlDatabase db = QSqlDatabase::database(m_context.connectionName, false);
    QSqlQuery next(db);
    if (!next.exec(QStringLiteral(
            "SELECT o.id, o.bulk_uuid, o.operation_key, o.method, o.route_pattern, o.store_code, o.params, o.body, "
            "b.user_id, b.user_type, b.user_name, b.acl_resources FROM magento_operation o "
            "JOIN magento_bulk b ON b.uuid = o.bulk_uuid WHERE o.status = 4 ORDER BY o.id LIMIT 1"))
        || !next.next())
        return false;
    const qint64 rowId = next.value(0).toLongLong();
    const QString bulkUuid = next.value(1).toString();
    const int operationKey = next.value(2).toInt();
    const QByteArray method = next.value(3).toString().toLatin1();
    const QString pattern = next.value(4).toString();

    ApiRequest request;
    request.method = method;
    request.storeCode = next.value(5).toString();
    const QJsonObject params = QJsonDocument::fromJson(next.value(6).toString().toUtf8()).object();
    for (auto it = params.constBegin(); it != params.constEnd(); ++it)
        request.params.insert(it.key(), it->toString());
    request.path = pathWithParams(pattern, request.params);
    request.body = next.value(7).toString().toUtf8();
    const QJsonValue body = parseValue(next.value(7).toString());
    if (body.isObject())
        request.json = QJsonDocument(body.toObject());
    else if (body.isArray())
        request.json = QJsonDocument(body.toArray());
    request.principal.kind = kindOf(next.value(9).toInt());
    request.principal.userId = next.value(8).toInt();
    request.principal.userName = next.value(10).toString();
    const QJsonArray acl = QJsonDocument::fromJson(next.value(11).toString().toUtf8()).array();
    for (const QJsonValue& resource : acl)
        request.principal.aclResources.append(resource.toString());
    request.fromBulk = true;

    const ApiRoute* route = nullptr;
    for (const ApiRoute& candidate : m_router.routes()) {
        if (candidate.method == method && candidate.pattern == pattern) {
            route = &candidate;
            break;
        }
    }

    int status = kComplete;
    QVariant errorCode;
    QString message;
    QVariant resultData;
    const double draw = double(m_random() >> 11) * 0x1.0p-53;
    if (!route) {
        status = kNotRetriablyFailed;
        errorCode = 0;
        message = QStringLiteral("Request does not match any route.");
    } else if (m_retriableShare > 0 && draw < m_retriableShare) {
        // What Magento's consumer reports for a lock wait or deadlock: worth retrying.
        status = kRetriablyFailed;
        errorCode = 40001;
        message = QStringLiteral("SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get "
                                 "lock; try restarting transaction");
    } else {
        ApiResponse response;
        try {
            response = route->handler(request);
        } catch (const std::exception& error) {
            response = ApiResponse::error(500, QString::fromUtf8(error.what()));
        } catch (...) {
            response = ApiResponse::error(500, QStringLiteral("Internal Error."));
        }
        if (response.status >= 200 && response.status < 300) {
            const QString operationId = m_operationIds ? m_operationIds(route->method, route->schemaPath) : QString();
            message = QStringLiteral("Service execution success %1")
                          .arg(operationId.isEmpty() ? QString::fromLatin1(route->method) + u' ' + route->pattern
                                                     : operationId);
            resultData = QString::fromUtf8(compact(response.body));
        } else {
            status = kNotRetriablyFailed;
            errorCode = 0;
            message = renderedMessage(response.body);
        }
    }

    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE magento_operation SET status = ?, error_code = ?, result_message = ?, "
                                  "result_serialized_data = ? WHERE id = ?"));
    update.addBindValue(status);
    update.addBindValue(errorCode);
    update.addBindValue(message);
    update.addBindValue(resultData);
    update.addBindValue(rowId);
    if (!update.exec()) {
        // Do not spin on an operation that cannot be stored: mark it failed if at all possible.
        QSqlQuery fallback(db);
        fallback.prepare(QStringLiteral("UPDATE magento_operation SET status = 3, result_message = ? WHERE id = ?"));
        fallback.addBindValue(QStringLiteral("The operation result could not be stored."));
        fallback.addBindValue(rowId);
        if (!fallback.exec())
            return false;
    }
    Q_EMIT operationProcessed(bulkUuid, operationKey, status);

    QSqlQuery open(db);
    open.prepare(QStringLiteral("SELECT COUNT(*) FROM magento_operation WHERE bulk_uuid = ? AND status = 4"));
    open.addBindValue(bulkUuid);
    if (open.exec() && open.next() && open.value(0).toInt() == 0)
        Q_EMIT bulkFinished(bulkUuid);
    return true;
}

ApiResponse BulkService::status(const ApiRequest& request, bool detailed)
{
    const QString uuid = request.params.value(QStringLiteral("bulkUuid"));
    QSqlDatabase db = QSqlDatabase::database(m_context.connectionName, false);
    QSqlQuery bulk(db);
    bulk.prepare(QStringLiteral("SELECT description, start_time, user_id, operation_count FROM magento_bulk "
                                "WHERE uuid = ?"));
    bulk.addBindValue(uuid);
    if (!bulk.exec() || !bulk.next())
        return ApiResponse::notFound(
            QStringLiteral("Bulk uuid %bulkUuid not exist"), QJsonObject {{QStringLiteral("bulkUuid"), uuid}});

    QSqlQuery operations(db);
    operations.prepare(QStringLiteral("SELECT operation_key, status, result_message, error_code, topic_name, "
                                      "serialized_data, result_serialized_data FROM magento_operation "
                                      "WHERE bulk_uuid = ? ORDER BY operation_key"));
    operations.addBindValue(uuid);
    QJsonArray list;
    if (operations.exec()) {
        while (operations.next()) {
            const QVariant message = operations.value(2);
            const QVariant code = operations.value(3);
            QJsonObject item {{QStringLiteral("id"), operations.value(0).toInt()},
                {QStringLiteral("status"), operations.value(1).toInt()},
                {QStringLiteral("result_message"), message.isNull() ? QJsonValue() : QJsonValue(message.toString())},
                {QStringLiteral("error_code"), code.isNull() ? QJsonValue() : QJsonValue(code.toInt())}};
            if (detailed) {
                const QVariant result = operations.value(6);
                item.insert(QStringLiteral("bulk_uuid"), uuid);
                item.insert(QStringLiteral("topic_name"), operations.value(4).toString());
                item.insert(QStringLiteral("serialized_data"), operations.value(5).toString());
                item.insert(QStringLiteral("result_serialized_data"),
                    result.isNull() ? QJsonValue() : QJsonValue(result.toString()));
            }
            list.append(item);
        }
    }
    return ApiResponse::ok(QJsonObject {{QStringLiteral("operations_list"), list}, {QStringLiteral("bulk_id"), uuid},
        {QStringLiteral("description"), bulk.value(0).toString()},
        {QStringLiteral("start_time"), bulk.value(1).toString()}, {QStringLiteral("user_id"), bulk.value(2).toInt()},
        {QStringLiteral("operation_count"), bulk.value(3).toInt()}});
}

ApiResponse BulkService::operationCount(const ApiRequest& request)
{
    const QString uuid = request.params.value(QStringLiteral("bulkUuid"));
    const QString statusText = request.params.value(QStringLiteral("status"));
    bool ok = false;
    const int status = statusText.toInt(&ok);
    if (!ok)
        return ApiResponse::badRequest(
            QStringLiteral("The \"%value\" value's type is invalid. The \"%type\" type was expected. Verify and try "
                           "again."),
            QJsonObject {{QStringLiteral("value"), statusText}, {QStringLiteral("type"), QStringLiteral("int")}});
    QSqlQuery query(QSqlDatabase::database(m_context.connectionName, false));
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM magento_operation WHERE bulk_uuid = ? AND status = ?"));
    query.addBindValue(uuid);
    query.addBindValue(status);
    if (!query.exec() || !query.next())
        return ApiResponse::ok(0);
    return ApiResponse::ok(query.value(0).toInt());
}

} // namespace studio::sandbox
