#pragma once

#include "core/common/result.h"
#include "core/sandbox/api.h"

#include <memory>
#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace studio::sandbox {

class StoreDb;

/// The demo back office ("ERP"): the second system of the demo workspace, a small but real JSON API with
/// API-key auth (header X-Api-Key). Its records look like an ERP export — padded item codes, prices as
/// strings, status letters, colour names and category codes that need value maps — the same style as the
/// mapping benchmark's input (../shared/bench/make-erp-items.py). Items SKU-0000001 … SKU-0002000 are the
/// sandbox store's demo products (some with newer prices or stock); SKU-0002001 … SKU-0002200 exist only here.
///
/// Routes (all JSON; errors are {"error": {"code", "message", ...}}):
///   GET   /api/v1/items?page=&limit=&status=&updated_since=   items, paged (limit 1–200, default 50)
///   GET   /api/v1/items/{code}                                 one item (code without the padding)
///   PATCH /api/v1/items/{code}   {OnHand?, ListPrice?, Status?} partial update
///   PUT   /api/v1/items/{code}   {OnHand, ListPrice, Status}    full update
///   GET   /api/v1/customers?page=&limit=                       customers, paged
///   POST  /api/v1/orders                                       order import, idempotent by ExternalOrderNo:
///         201 when new; 200 with the stored order when the same payload is sent again; 409 when the number
///         was imported with different content
///   GET   /api/v1/orders?page=&limit=&since=                   imported orders
///   GET   /api/v1/orders/{orderNo}                             one order
///   POST  /api/v1/orders/{orderNo}/ship                        ship now (otherwise orders ship 5–30 minutes
///                                                              after import, on the sandbox clock)
///   GET   /api/v1/shipments?since=&page=&limit=                shipments with ShippedAt > since, oldest first:
///                                                              carrier, tracking number, external order number, lines
/// Paged answers: {"data": [...], "meta": {"page", "limit", "total", "pages"}, "links": {"self", "next", "prev"}}.
class ErpBackOffice final
{
public:
    explicit ErpBackOffice(const SandboxContext& context);
    ~ErpBackOffice();
    Q_DISABLE_COPY_MOVE(ErpBackOffice)

    /// Creates the ERP's tables if missing, creates the API key once, and seeds a new database.
    Status initialize(const QString& seed);
    /// Replaces all ERP data with the seed's (the API key stays).
    Status resetToSeed(const QString& seed);
    /// Answers one request; `path` is the URL path (e.g. "/api/v1/items"), `apiKeyHeaderValue` the raw
    /// X-Api-Key header (empty when absent).
    ApiResponse handle(const QByteArray& method, const QString& path, const QUrlQuery& query, const QByteArray& body,
        const QByteArray& apiKeyHeaderValue);
    /// The API key clients must send (32 hexadecimal characters, random per database).
    QString apiKey() const;

private:
    QString now() const;
    Status seed(const QString& seedName);
    ApiResponse listItems(const QUrlQuery& query);
    ApiResponse getItem(const QString& code);
    ApiResponse updateItem(const QString& code, const QByteArray& body, bool partial);
    ApiResponse listCustomers(const QUrlQuery& query);
    ApiResponse importOrder(const QByteArray& body);
    ApiResponse listOrders(const QUrlQuery& query);
    ApiResponse getOrder(const QString& orderNo);
    ApiResponse shipOrder(const QString& orderNo);
    ApiResponse listShipments(const QUrlQuery& query);

    const SandboxContext& m_context;
    std::unique_ptr<StoreDb> m_db;
    QString m_apiKey;
};

} // namespace studio::sandbox
