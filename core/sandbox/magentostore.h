#pragma once

#include "core/common/result.h"
#include "core/sandbox/api.h"
#include "core/sandbox/seed.h"

#include <memory>
#include <optional>
#include <QString>

namespace studio::sandbox {

class Catalog;
class Customers;
class Sales;
class StoreDb;
class StoreViews;

/// The Magento side of the sandbox: the store's data in SQLite (the connection named by SandboxContext) and
/// the entity routes of Magento 2.4's REST API — products, attributes, stock and MSI source items, categories,
/// customers, orders and shipping, store configuration — with searchCriteria, `fields` partial responses,
/// store-view scope and Magento's status codes and messages.
///
/// Every route's successful JSON answer already has the request's `fields` filter applied (idempotent, so the
/// HTTP side may apply applyFieldsParameter() again to its own routes). Handlers capture `this`: the store must
/// outlive the router it registered with. Not thread-safe: handlers run on the server's thread.
class MagentoStore final
{
public:
    explicit MagentoStore(const SandboxContext& context);
    ~MagentoStore();
    Q_DISABLE_COPY_MOVE(MagentoStore)

    /// Creates the store's tables if missing and seeds a new database ("demo" or "empty"); an existing
    /// database is loaded as it is (the seed name is then ignored).
    Status initialize(const QString& seed);
    /// Replaces all of the store's data with the seed's.
    Status resetToSeed(const QString& seed);
    /// Adds the entity routes, each with its ACL resource, its path in the 2.4.5 schema and its bulk name.
    void registerRoutes(ApiRouter& router);
    /// True for "default", "all" and every store view code ("de").
    bool storeCodeExists(const QString& code) const;
    /// The customer id for a customer sign-in (default website), or std::nullopt.
    std::optional<int> authenticateCustomer(const QString& email, const QString& password) const;
    /// The demo customer login the CLI prints (valid when the store was seeded with "demo").
    static DemoLogin demoCustomerLogin();
    /// The seed the database was created with ("demo" or "empty"), empty before initialize().
    QString seedName() const;

    /// The catalogue (products, attributes, stock, categories), for tests and diagnostics.
    const Catalog& catalog() const { return *m_catalog; }
    /// The customers, for tests and diagnostics.
    const Customers& customers() const { return *m_customers; }
    /// The orders, for tests and diagnostics.
    const Sales& sales() const { return *m_sales; }
    /// The store layout (websites, groups, store views).
    const StoreViews& storeViews() const { return *m_stores; }

private:
    Status seedInto(const QString& seed);
    Status loadAll();

    SandboxContext m_context;
    std::unique_ptr<StoreDb> m_db;
    std::unique_ptr<StoreViews> m_stores;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<Customers> m_customers;
    std::unique_ptr<Sales> m_sales;
};

} // namespace studio::sandbox
