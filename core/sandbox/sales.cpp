#include "core/sandbox/sales.h"

#include "core/common/clock.h"
#include "core/sandbox/searchcriteria.h"
#include "core/sandbox/storedb.h"
#include "core/sandbox/storeviews.h"
#include "core/sandbox/webapiinput.h"

#include <algorithm>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace studio::sandbox {

namespace {

const QString kEntityNotFound
    = QStringLiteral("The entity that was requested doesn't exist. Verify the entity and try again.");
const QString kItemCreation = QStringLiteral("Magento\\Sales\\Api\\Data\\ShipmentItemCreationInterface");
const QString kTrackCreation = QStringLiteral("Magento\\Sales\\Api\\Data\\ShipmentTrackCreationInterface");
const QString kCommentCreation = QStringLiteral("Magento\\Sales\\Api\\Data\\ShipmentCommentCreationInterface");

/// Columns of sales_order a filter or sort may name, with their types.
const QHash<QString, FieldType>& orderColumns()
{
    static const QHash<QString, FieldType> columns = [] {
        QHash<QString, FieldType> c;
        for (const char* f : {"entity_id", "customer_id", "customer_group_id", "customer_is_guest", "store_id",
                 "quote_id", "billing_address_id", "email_sent", "is_virtual", "total_item_count", "customer_gender",
                 "customer_note_notify", "edit_increment", "send_email", "forced_shipment_with_invoice",
                 "quote_address_id", "can_ship_partially", "can_ship_partially_item", "payment_auth_expiration"})
            c.insert(QLatin1String(f), FieldType::Integer);
        for (const char* f :
            {"grand_total", "base_grand_total", "subtotal", "base_subtotal", "tax_amount", "base_tax_amount",
                "shipping_amount", "base_shipping_amount", "discount_amount", "base_discount_amount",
                "total_qty_ordered", "total_paid", "base_total_paid", "total_due", "base_total_due", "total_invoiced",
                "base_total_invoiced", "total_refunded", "base_total_refunded", "total_canceled", "base_total_canceled",
                "weight", "subtotal_incl_tax", "base_subtotal_incl_tax", "shipping_incl_tax", "base_shipping_incl_tax",
                "base_to_global_rate", "base_to_order_rate", "store_to_base_rate", "store_to_order_rate",
                "subtotal_invoiced", "base_subtotal_invoiced", "subtotal_canceled", "base_subtotal_canceled",
                "shipping_tax_amount", "base_shipping_tax_amount", "shipping_invoiced", "base_shipping_invoiced",
                "tax_invoiced", "base_tax_invoiced", "adjustment_negative", "adjustment_positive"})
            c.insert(QLatin1String(f), FieldType::Decimal);
        for (const char* f : {"increment_id", "state", "status", "customer_email", "customer_firstname",
                 "customer_lastname", "customer_middlename", "customer_prefix", "customer_suffix", "customer_taxvat",
                 "customer_note", "order_currency_code", "base_currency_code", "global_currency_code",
                 "store_currency_code", "shipping_description", "remote_ip", "protect_code", "store_name",
                 "coupon_code", "ext_order_id", "ext_customer_id", "x_forwarded_for", "hold_before_state",
                 "hold_before_status", "original_increment_id", "applied_rule_ids", "discount_description",
                 "shipping_method", "relation_child_id", "relation_parent_id"})
            c.insert(QLatin1String(f), FieldType::Text);
        for (const char* f : {"created_at", "updated_at", "customer_dob"})
            c.insert(QLatin1String(f), FieldType::DateTime);
        return c;
    }();
    return columns;
}

/// Orders as the flat sales_order collection filters them.
class OrderSearchSource final : public SearchSource
{
public:
    explicit OrderSearchSource(const QList<QJsonObject>& orders)
        : m_orders(orders)
    { }

    int count() const override { return int(m_orders.size()); }

    std::optional<FieldType> fieldType(const QString& field) const override
    {
        const auto it = orderColumns().constFind(field);
        return it == orderColumns().cend() ? std::nullopt : std::optional<FieldType>(*it);
    }

    QJsonValue value(int row, const QString& field) const override { return m_orders.at(row).value(field); }

private:
    const QList<QJsonObject>& m_orders;
};

double qtyToShip(const QJsonObject& item)
{
    const double left = item.value(QStringLiteral("qty_ordered")).toDouble()
        - item.value(QStringLiteral("qty_shipped")).toDouble() - item.value(QStringLiteral("qty_refunded")).toDouble()
        - item.value(QStringLiteral("qty_canceled")).toDouble();
    return std::max(0.0, left);
}

bool fullyInvoiced(const QJsonObject& order)
{
    for (const QJsonValue& v : order.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = v.toObject();
        const double toInvoice = item.value(QStringLiteral("qty_ordered")).toDouble()
            - item.value(QStringLiteral("qty_invoiced")).toDouble()
            - item.value(QStringLiteral("qty_canceled")).toDouble();
        if (toInvoice > 0)
            return false;
    }
    return true;
}

} // namespace

Sales::Sales(const SandboxContext& context, StoreDb& db, const StoreViews& stores)
    : m_context(context)
    , m_db(db)
    , m_stores(stores)
{ }

QStringList Sales::schema()
{
    return {
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS mg_order (entity_id INTEGER PRIMARY KEY, increment_id TEXT NOT NULL UNIQUE, "
            "data TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS mg_shipment (entity_id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL, "
            "data TEXT NOT NULL)")};
}

QStringList Sales::tables()
{
    return {QStringLiteral("mg_order"), QStringLiteral("mg_shipment")};
}

Status Sales::load()
{
    m_orders.clear();
    m_indexById.clear();
    m_nextShipmentId = 1;
    m_nextHistoryId = 1;
    m_nextTrackId = 1;
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT entity_id, data FROM mg_order ORDER BY entity_id")))
        return Error {query.lastError().text()};
    while (query.next()) {
        QJsonObject order = StoreDb::fromJson(query.value(1).toByteArray());
        for (const QJsonValue& h : order.value(QStringLiteral("status_histories")).toArray())
            m_nextHistoryId = std::max(m_nextHistoryId, h.toObject().value(QStringLiteral("entity_id")).toInt() + 1);
        m_indexById.insert(query.value(0).toInt(), int(m_orders.size()));
        m_orders.append(order);
    }
    if (!query.exec(QStringLiteral("SELECT entity_id, data FROM mg_shipment")))
        return Error {query.lastError().text()};
    while (query.next()) {
        m_nextShipmentId = std::max(m_nextShipmentId, query.value(0).toInt() + 1);
        for (const QJsonValue& t :
            StoreDb::fromJson(query.value(1).toByteArray()).value(QStringLiteral("tracks")).toArray())
            m_nextTrackId = std::max(m_nextTrackId, t.toObject().value(QStringLiteral("entity_id")).toInt() + 1);
    }
    return {};
}

Status Sales::insertSeed(const QList<QJsonObject>& orders, const QList<QJsonObject>& shipments)
{
    QSqlQuery insert(m_db.database());
    insert.prepare(QStringLiteral("INSERT OR REPLACE INTO mg_order(entity_id, increment_id, data) VALUES(?, ?, ?)"));
    for (const QJsonObject& o : orders) {
        const int id = o.value(QStringLiteral("entity_id")).toInt();
        insert.bindValue(0, id);
        insert.bindValue(1, o.value(QStringLiteral("increment_id")).toString());
        insert.bindValue(2, StoreDb::toJson(o));
        if (!insert.exec())
            return Error {insert.lastError().text()};
        for (const QJsonValue& h : o.value(QStringLiteral("status_histories")).toArray())
            m_nextHistoryId = std::max(m_nextHistoryId, h.toObject().value(QStringLiteral("entity_id")).toInt() + 1);
        m_indexById.insert(id, int(m_orders.size()));
        m_orders.append(o);
    }
    insert.prepare(QStringLiteral("INSERT OR REPLACE INTO mg_shipment(entity_id, order_id, data) VALUES(?, ?, ?)"));
    for (const QJsonObject& s : shipments) {
        const int id = s.value(QStringLiteral("entity_id")).toInt();
        insert.bindValue(0, id);
        insert.bindValue(1, s.value(QStringLiteral("order_id")).toInt());
        insert.bindValue(2, StoreDb::toJson(s));
        if (!insert.exec())
            return Error {insert.lastError().text()};
        m_nextShipmentId = std::max(m_nextShipmentId, id + 1);
        for (const QJsonValue& t : s.value(QStringLiteral("tracks")).toArray())
            m_nextTrackId = std::max(m_nextTrackId, t.toObject().value(QStringLiteral("entity_id")).toInt() + 1);
    }
    return {};
}

QJsonObject Sales::render(const QJsonObject& stored)
{
    QJsonObject order = stored;
    QJsonObject extension = order.value(QStringLiteral("extension_attributes")).toObject();
    QJsonArray assignments = extension.value(QStringLiteral("shipping_assignments")).toArray();
    for (qsizetype i = 0; i < assignments.size(); ++i) {
        QJsonObject assignment = assignments.at(i).toObject();
        assignment.insert(QStringLiteral("items"), order.value(QStringLiteral("items")));
        assignments[i] = assignment;
    }
    if (!assignments.isEmpty()) {
        extension.insert(QStringLiteral("shipping_assignments"), assignments);
        order.insert(QStringLiteral("extension_attributes"), extension);
    }
    return order;
}

QJsonObject Sales::orderJson(int entityId) const
{
    const auto it = m_indexById.constFind(entityId);
    return it == m_indexById.cend() ? QJsonObject() : render(m_orders.at(*it));
}

QString Sales::now() const
{
    const Clock& clock = m_context.clock ? *m_context.clock : systemClock();
    return clock.now().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

Status Sales::persistOrder(const QJsonObject& order)
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO mg_order(entity_id, increment_id, data) VALUES(?, ?, ?)"));
    query.addBindValue(order.value(QStringLiteral("entity_id")).toInt());
    query.addBindValue(order.value(QStringLiteral("increment_id")).toString());
    query.addBindValue(StoreDb::toJson(order));
    if (!query.exec())
        return Error {query.lastError().text()};
    return {};
}

ApiResponse Sales::listOrders(const ApiRequest& request) const
{
    SearchCriteria criteria;
    if (auto error = parseSearchCriteria(request.query, criteria, m_context.inputLimits))
        return *error;
    OrderSearchSource source(m_orders);
    SearchResult result;
    if (auto error = runSearch(criteria, source, UnknownFieldPolicy::FlatSqlError, result))
        return *error;
    QJsonArray items;
    for (int row : std::as_const(result.rows))
        items.append(render(m_orders.at(row)));
    return ApiResponse::ok(searchResultsJson(items, criteria, result.totalCount));
}

ApiResponse Sales::getOrder(const ApiRequest& request) const
{
    const QString raw = request.params.value(QStringLiteral("id"));
    const auto id = webapi::toInt(QJsonValue(raw));
    if (!id)
        return webapi::typeMismatch(QJsonValue(raw), QStringLiteral("int"));
    if (*id <= 0)
        return ApiResponse::badRequest(QStringLiteral("An ID is needed. Set the ID and try again."));
    const auto it = m_indexById.constFind(int(*id));
    if (it == m_indexById.cend())
        return ApiResponse::notFound(kEntityNotFound);
    return ApiResponse::ok(render(m_orders.at(*it)));
}

ApiResponse Sales::ship(const ApiRequest& request)
{
    if (!request.body.trimmed().isEmpty() && request.json.isNull())
        return webapi::decodingError();
    const QString raw = request.params.value(QStringLiteral("orderId"));
    const auto orderId = webapi::toInt(QJsonValue(raw));
    if (!orderId)
        return webapi::typeMismatch(QJsonValue(raw), QStringLiteral("int"));
    const QJsonObject body = request.json.object();

    // Input conversion (ServiceInputProcessor) comes before the order is loaded.
    QList<QPair<int, double>> requested;
    const QJsonValue itemsValue = body.value(QStringLiteral("items"));
    if (!itemsValue.isUndefined() && !itemsValue.isNull()) {
        if (!itemsValue.isArray())
            return webapi::typeMismatch(itemsValue, QStringLiteral("\\") + kItemCreation + QStringLiteral("[]"));
        if (const InputLimits* limits = m_context.inputLimits; limits && limits->enabled) {
            const int max = request.fromBulk ? limits->asyncArrayLimit : limits->syncArrayLimit;
            if (itemsValue.toArray().size() > max)
                return webapi::arrayLimitExceeded(kItemCreation, max);
        }
        for (const QJsonValue& v : itemsValue.toArray()) {
            if (!v.isObject())
                return webapi::typeMismatch(v, QStringLiteral("\\") + kItemCreation, QStringLiteral("items"));
            const QJsonObject o = v.toObject();
            if (auto error = webapi::checkProperties(o,
                    {QStringLiteral("order_item_id"), QStringLiteral("qty"), QStringLiteral("extension_attributes")},
                    kItemCreation))
                return *error;
            const QJsonValue itemId = webapi::bodyParameter(o, QStringLiteral("orderItemId"));
            const QJsonValue qty = o.value(QStringLiteral("qty"));
            const auto id = itemId.isUndefined() || itemId.isNull() ? std::optional<qint64>(0) : webapi::toInt(itemId);
            if (!id)
                return webapi::typeMismatch(itemId, QStringLiteral("int"), QStringLiteral("order_item_id"));
            const auto amount = qty.isUndefined() || qty.isNull() ? std::optional<double>(0) : webapi::toFloat(qty);
            if (!amount)
                return webapi::typeMismatch(qty, QStringLiteral("float"), QStringLiteral("qty"));
            requested.append({int(*id), *amount});
        }
    }
    QJsonArray tracks;
    const QJsonValue tracksValue = body.value(QStringLiteral("tracks"));
    if (!tracksValue.isUndefined() && !tracksValue.isNull()) {
        if (!tracksValue.isArray())
            return webapi::typeMismatch(tracksValue, QStringLiteral("\\") + kTrackCreation + QStringLiteral("[]"));
        for (const QJsonValue& v : tracksValue.toArray()) {
            if (!v.isObject())
                return webapi::typeMismatch(v, QStringLiteral("\\") + kTrackCreation, QStringLiteral("tracks"));
            const QJsonObject o = v.toObject();
            if (auto error = webapi::checkProperties(o,
                    {QStringLiteral("track_number"), QStringLiteral("title"), QStringLiteral("carrier_code"),
                        QStringLiteral("extension_attributes")},
                    kTrackCreation))
                return *error;
            QJsonObject track;
            for (const QString& field :
                {QStringLiteral("track_number"), QStringLiteral("title"), QStringLiteral("carrier_code")}) {
                QString camel = webapi::upperCamel(field);
                camel[0] = camel.at(0).toLower();
                const QJsonValue fv = o.contains(field) ? o.value(field) : o.value(camel);
                if (fv.isUndefined() || fv.isNull())
                    continue;
                const auto text = webapi::toText(fv);
                if (!text)
                    return webapi::typeMismatch(fv, QStringLiteral("string"), field);
                track.insert(field, *text);
            }
            tracks.append(track);
        }
    }
    for (const QString& flag : {QStringLiteral("notify"), QStringLiteral("appendComment")}) {
        const QJsonValue v = webapi::bodyParameter(body, flag);
        if (!v.isUndefined() && !v.isNull() && !webapi::toBool(v))
            return webapi::typeMismatch(v, QStringLiteral("bool"));
    }
    const bool notify = webapi::toBool(webapi::bodyParameter(body, QStringLiteral("notify"))).value_or(false);
    const bool appendComment
        = webapi::toBool(webapi::bodyParameter(body, QStringLiteral("appendComment"))).value_or(false);
    const QJsonValue commentValue = body.value(QStringLiteral("comment"));
    QString commentText;
    bool commentVisible = false;
    if (!commentValue.isUndefined() && !commentValue.isNull()) {
        if (!commentValue.isObject())
            return webapi::typeMismatch(commentValue, QStringLiteral("\\") + kCommentCreation);
        const QJsonObject c = commentValue.toObject();
        if (auto error = webapi::checkProperties(c,
                {QStringLiteral("comment"), QStringLiteral("is_visible_on_front"),
                    QStringLiteral("extension_attributes")},
                kCommentCreation))
            return *error;
        commentText = webapi::toText(c.value(QStringLiteral("comment"))).value_or(QString());
        commentVisible = webapi::toBool(webapi::bodyParameter(c, QStringLiteral("isVisibleOnFront"))).value_or(false);
    }

    const auto found = m_indexById.constFind(int(*orderId));
    if (found == m_indexById.cend())
        return ApiResponse::notFound(kEntityNotFound);
    QJsonObject order = m_orders.at(*found);
    QJsonArray items = order.value(QStringLiteral("items")).toArray();

    // ShipmentFactory::prepareItems: requested items are clamped to what is left; with no items, ship everything.
    QHash<int, double> wanted;
    for (const auto& [id, qty] : std::as_const(requested))
        wanted.insert(id, qty);
    struct Line
    {
        qsizetype index;
        double qty;
    };
    QList<Line> lines;
    double totalQty = 0;
    bool anyShippable = false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const double left = qtyToShip(item);
        const bool shippable = left > 0 && item.value(QStringLiteral("is_virtual")).toInt() == 0;
        anyShippable = anyShippable || shippable;
        if (!shippable)
            continue;
        double qty = 0;
        const int itemId = item.value(QStringLiteral("item_id")).toInt();
        if (wanted.contains(itemId))
            qty = std::min(wanted.value(itemId), left);
        else if (wanted.isEmpty())
            qty = left;
        else
            continue;
        totalQty += qty;
        lines.append({i, qty});
    }

    QStringList messages;
    const QString state = order.value(QStringLiteral("state")).toString();
    if (state == u"payment_review" || state == u"holded" || state == u"canceled"
        || order.value(QStringLiteral("is_virtual")).toInt() != 0)
        messages.append(QStringLiteral("A shipment cannot be created when an order has a status of %1")
                            .arg(order.value(QStringLiteral("status")).toString()));
    else if (!anyShippable)
        messages.append(QStringLiteral("The order does not allow a shipment to be created."));
    if (totalQty <= 0)
        messages.append(QStringLiteral("You can't create a shipment without products."));
    for (const QJsonValue& t : std::as_const(tracks)) {
        if (t.toObject().value(QStringLiteral("track_number")).toString().isEmpty())
            messages.append(QStringLiteral("Please enter a tracking number."));
    }
    if (!messages.isEmpty())
        return ApiResponse::badRequest(
            QStringLiteral("Shipment Document Validation Error(s):\n") + messages.join(u'\n'));

    const QString stamp = now();
    const int shipmentId = m_nextShipmentId;
    QJsonArray shipmentItems;
    for (const Line& line : std::as_const(lines)) {
        QJsonObject item = items.at(line.index).toObject();
        item.insert(QStringLiteral("qty_shipped"), item.value(QStringLiteral("qty_shipped")).toDouble() + line.qty);
        item.insert(QStringLiteral("updated_at"), stamp);
        items[line.index] = item;
        shipmentItems.append(QJsonObject {{QStringLiteral("order_item_id"), item.value(QStringLiteral("item_id"))},
            {QStringLiteral("qty"), line.qty}, {QStringLiteral("sku"), item.value(QStringLiteral("sku"))},
            {QStringLiteral("name"), item.value(QStringLiteral("name"))},
            {QStringLiteral("product_id"), item.value(QStringLiteral("product_id"))},
            {QStringLiteral("price"), item.value(QStringLiteral("price"))},
            {QStringLiteral("weight"), item.value(QStringLiteral("weight"))}});
    }
    order.insert(QStringLiteral("items"), items);
    bool allShipped = true;
    for (const QJsonValue& v : std::as_const(items))
        allShipped = allShipped
            && (qtyToShip(v.toObject()) <= 0 || v.toObject().value(QStringLiteral("is_virtual")).toInt() != 0);
    const auto setState = [&order](const QString& newState) {
        order.insert(QStringLiteral("state"), newState);
        order.insert(QStringLiteral("status"), newState); // each state's default status has the state's name
    };
    if (state == u"new")
        setState(allShipped && fullyInvoiced(order) ? QStringLiteral("complete") : QStringLiteral("processing"));
    else if (state == u"processing" && allShipped && fullyInvoiced(order))
        setState(QStringLiteral("complete"));
    if (appendComment && !commentText.isEmpty()) {
        QJsonArray histories = order.value(QStringLiteral("status_histories")).toArray();
        histories.prepend(QJsonObject {{QStringLiteral("comment"), commentText}, {QStringLiteral("created_at"), stamp},
            {QStringLiteral("entity_id"), m_nextHistoryId}, {QStringLiteral("entity_name"), QStringLiteral("shipment")},
            {QStringLiteral("is_customer_notified"), notify ? 1 : 0},
            {QStringLiteral("is_visible_on_front"), commentVisible ? 1 : 0},
            {QStringLiteral("parent_id"), order.value(QStringLiteral("entity_id"))},
            {QStringLiteral("status"), order.value(QStringLiteral("status"))}});
        order.insert(QStringLiteral("status_histories"), histories);
    }
    order.insert(QStringLiteral("updated_at"), stamp);

    QJsonArray storedTracks;
    int trackId = m_nextTrackId;
    for (const QJsonValue& t : std::as_const(tracks)) {
        QJsonObject track = t.toObject();
        track.insert(QStringLiteral("entity_id"), trackId++);
        track.insert(QStringLiteral("order_id"), order.value(QStringLiteral("entity_id")));
        track.insert(QStringLiteral("parent_id"), shipmentId);
        track.insert(QStringLiteral("created_at"), stamp);
        storedTracks.append(track);
    }
    const QJsonObject shipment {{QStringLiteral("entity_id"), shipmentId},
        {QStringLiteral("increment_id"), QStringLiteral("%1").arg(shipmentId, 9, 10, QLatin1Char('0'))},
        {QStringLiteral("order_id"), order.value(QStringLiteral("entity_id"))},
        {QStringLiteral("store_id"), order.value(QStringLiteral("store_id"))}, {QStringLiteral("total_qty"), totalQty},
        {QStringLiteral("created_at"), stamp}, {QStringLiteral("updated_at"), stamp},
        {QStringLiteral("items"), shipmentItems}, {QStringLiteral("tracks"), storedTracks},
        {QStringLiteral("email_sent"), notify ? 1 : 0}};

    const Status saved = m_db.inTransaction([&]() -> Status {
        QSqlQuery query(m_db.database());
        query.prepare(QStringLiteral("INSERT INTO mg_shipment(entity_id, order_id, data) VALUES(?, ?, ?)"));
        query.addBindValue(shipmentId);
        query.addBindValue(order.value(QStringLiteral("entity_id")).toInt());
        query.addBindValue(StoreDb::toJson(shipment));
        if (!query.exec())
            return Error {query.lastError().text()};
        return persistOrder(order);
    });
    if (!saved) {
        qWarning("sandbox: could not save a shipment: %s", qPrintable(saved.error().message));
        return ApiResponse::badRequest(QStringLiteral("Could not save a shipment, see error log for details"));
    }
    m_orders[*found] = order;
    m_nextShipmentId = shipmentId + 1;
    m_nextTrackId = trackId;
    if (appendComment && !commentText.isEmpty())
        ++m_nextHistoryId;
    return ApiResponse::ok(shipmentId);
}

} // namespace studio::sandbox
