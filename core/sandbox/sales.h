#pragma once

#include "core/common/result.h"
#include "core/sandbox/api.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace studio::sandbox {

class StoreDb;
class StoreViews;

/// Orders and shipments: GET /V1/orders (searchCriteria), GET /V1/orders/{id}, and POST /V1/order/{id}/ship
/// with Magento's ShipOrder rules — quantities clamped to what is left to ship, validation messages joined
/// under "Shipment Document Validation Error(s):", new orders move to processing, fully invoiced and shipped
/// ones to complete.
class Sales final
{
public:
    Sales(const SandboxContext& context, StoreDb& db, const StoreViews& stores);

    /// CREATE TABLE statements of the order and shipment tables.
    static QStringList schema();
    /// Table names, for resets.
    static QStringList tables();
    /// Reads all orders into memory and finds the next shipment, track and history ids.
    Status load();
    /// Inserts seed orders and shipments (inside the caller's transaction). Orders are stored as Magento's
    /// order JSON without `extension_attributes.shipping_assignments[].items` (rendered from the order items).
    Status insertSeed(const QList<QJsonObject>& orders, const QList<QJsonObject>& shipments);

    /// Number of orders.
    int orderCount() const { return int(m_orders.size()); }
    /// The order as GET /V1/orders/{id} answers it, or an empty object.
    QJsonObject orderJson(int entityId) const;

    /// GET /V1/orders with searchCriteria (a flat table: unknown columns are SQL errors, 500).
    ApiResponse listOrders(const ApiRequest& request) const;
    /// GET /V1/orders/{id}.
    ApiResponse getOrder(const ApiRequest& request) const;
    /// POST /V1/order/{orderId}/ship {items?, tracks?, notify?, appendComment?, comment?}: the shipment id.
    ApiResponse ship(const ApiRequest& request);

    /// Magento's order JSON from its stored form (adds the shipping assignment's items).
    static QJsonObject render(const QJsonObject& stored);

private:
    QString now() const;
    Status persistOrder(const QJsonObject& order);

    const SandboxContext& m_context;
    StoreDb& m_db;
    const StoreViews& m_stores;
    QList<QJsonObject> m_orders; ///< stored form, in entity id order
    QHash<int, int> m_indexById;
    int m_nextShipmentId = 1;
    int m_nextHistoryId = 1;
    int m_nextTrackId = 1;
};

} // namespace studio::sandbox
