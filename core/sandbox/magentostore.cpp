#include "core/sandbox/magentostore.h"

#include "core/sandbox/catalog.h"
#include "core/sandbox/customers.h"
#include "core/sandbox/fields.h"
#include "core/sandbox/sales.h"
#include "core/sandbox/storedb.h"
#include "core/sandbox/storeviews.h"

#include <QCoreApplication>

namespace studio::sandbox {

namespace {

/// The error for a seed name other than "demo" and "empty".
Error unknownSeed(const QString& name)
{
    return Error {
        QCoreApplication::translate("MagentoStore", "Unknown seed \"%1\": use \"demo\" or \"empty\".").arg(name)};
}

} // namespace

MagentoStore::MagentoStore(const SandboxContext& context)
    : m_context(context)
    , m_db(std::make_unique<StoreDb>(context.connectionName))
    , m_stores(std::make_unique<StoreViews>())
    , m_catalog(std::make_unique<Catalog>(m_context, *m_db, *m_stores))
    , m_customers(std::make_unique<Customers>(m_context, *m_db, *m_stores))
    , m_sales(std::make_unique<Sales>(m_context, *m_db, *m_stores))
{ }

MagentoStore::~MagentoStore() = default;

Status MagentoStore::initialize(const QString& seed)
{
    if (seed != u"demo" && seed != u"empty")
        return unknownSeed(seed);
    QStringList schema {QStringLiteral("CREATE TABLE IF NOT EXISTS mg_meta (key TEXT PRIMARY KEY, value TEXT)")};
    schema += Catalog::schema();
    schema += Customers::schema();
    schema += Sales::schema();
    if (Status s = m_db->exec(schema); !s)
        return s;
    if (!m_db->meta(QStringLiteral("seed")).isEmpty())
        return loadAll();
    return m_db->inTransaction([&] { return seedInto(seed); });
}

Status MagentoStore::resetToSeed(const QString& seed)
{
    if (seed != u"demo" && seed != u"empty")
        return unknownSeed(seed);
    QStringList statements;
    for (const QString& table : Catalog::tables() + Customers::tables() + Sales::tables())
        statements.append(QStringLiteral("DELETE FROM ") + table);
    const Status reset = m_db->inTransaction([&]() -> Status {
        if (Status s = m_db->exec(statements); !s)
            return s;
        return seedInto(seed);
    });
    if (!reset) {
        // The transaction rolled back: show what the database still holds.
        if (Status reloaded = loadAll(); !reloaded)
            qWarning("sandbox: could not reload the store: %s", qPrintable(reloaded.error().message));
    }
    return reset;
}

Status MagentoStore::seedInto(const QString& seed)
{
    SeedData data;
    if (!generateSeed(seed, *m_stores, data))
        return unknownSeed(seed);
    // Start from empty caches; insertSeed() fills them as it writes.
    if (Status s = loadAll(); !s)
        return s;
    if (Status s = m_catalog->insertSeed(data.categories, data.products, data.sourceItems); !s)
        return s;
    if (Status s = m_customers->insertSeed(data.customers); !s)
        return s;
    if (Status s = m_sales->insertSeed(data.orders, data.shipments); !s)
        return s;
    return m_db->setMeta(QStringLiteral("seed"), seed);
}

Status MagentoStore::loadAll()
{
    if (Status s = m_catalog->load(); !s)
        return s;
    if (Status s = m_customers->load(); !s)
        return s;
    return m_sales->load();
}

bool MagentoStore::storeCodeExists(const QString& code) const
{
    return m_stores->codeExists(code);
}

std::optional<int> MagentoStore::authenticateCustomer(const QString& email, const QString& password) const
{
    return m_customers->authenticate(email, password);
}

DemoLogin MagentoStore::demoCustomerLogin()
{
    return studio::sandbox::demoCustomerLogin();
}

QString MagentoStore::seedName() const
{
    return m_db->meta(QStringLiteral("seed"));
}

void MagentoStore::registerRoutes(ApiRouter& router)
{
    // Every answer passes through Magento's `fields` filter, as in Magento's REST controller.
    const auto add = [&router](const char* method, const char* pattern, const char* acl, const char* schemaPath,
                         ApiHandler handler, const char* bulkPattern = nullptr, bool bulk = false) {
        ApiRoute route;
        route.method = QByteArray(method);
        route.pattern = QLatin1String(pattern);
        route.aclResource = QLatin1String(acl);
        route.schemaPath = QLatin1String(schemaPath);
        route.bulkPattern = bulkPattern ? QLatin1String(bulkPattern) : QString();
        route.bulkAllowed = bulk;
        route.handler = [handler = std::move(handler)](const ApiRequest& request) {
            ApiResponse response = handler(request);
            if (response.status == 200)
                response.body = applyFieldsParameter(response.body, request.query);
            return response;
        };
        router.add(std::move(route));
    };
    Catalog* catalog = m_catalog.get();
    Customers* customers = m_customers.get();
    Sales* sales = m_sales.get();
    StoreViews* stores = m_stores.get();
    using R = const ApiRequest&;

    const char* products = "Magento_Catalog::products";
    add("GET", "/V1/products", products, "/V1/products", [catalog](R r) { return catalog->listProducts(r); });
    add("GET", "/V1/products/:sku", products, "/V1/products/{sku}", [catalog](R r) { return catalog->getProduct(r); });
    add(
        "POST", "/V1/products", products, "/V1/products", [catalog](R r) { return catalog->saveProduct(r); }, nullptr,
        true);
    add(
        "PUT", "/V1/products/:sku", products, "/V1/products/{sku}", [catalog](R r) { return catalog->saveProduct(r); },
        "/V1/products/bySku", true);
    add(
        "DELETE", "/V1/products/:sku", products, "/V1/products/{sku}",
        [catalog](R r) { return catalog->deleteProduct(r); }, "/V1/products/bySku", true);
    add("GET", "/V1/products/types", products, "/V1/products/types",
        [catalog](R r) { return catalog->listProductTypes(r); });

    const char* attributes = "Magento_Catalog::attributes_attributes";
    add("GET", "/V1/products/attributes", attributes, "/V1/products/attributes",
        [catalog](R r) { return catalog->listAttributes(r); });
    add("GET", "/V1/products/attributes/:attributeCode", attributes, "/V1/products/attributes/{attributeCode}",
        [catalog](R r) { return catalog->getAttribute(r); });
    add("GET", "/V1/products/attributes/:attributeCode/options", attributes,
        "/V1/products/attributes/{attributeCode}/options", [catalog](R r) { return catalog->getAttributeOptions(r); });
    add("GET", "/V1/products/attribute-sets/sets/list", "Magento_Catalog::sets",
        "/V1/products/attribute-sets/sets/list", [catalog](R r) { return catalog->listAttributeSets(r); });

    const char* inventory = "Magento_CatalogInventory::cataloginventory";
    add("GET", "/V1/stockItems/:productSku", inventory, "/V1/stockItems/{productSku}",
        [catalog](R r) { return catalog->getStockItem(r); });
    add("GET", "/V1/stockStatuses/:productSku", inventory, "/V1/stockStatuses/{productSku}",
        [catalog](R r) { return catalog->getStockStatus(r); });
    add(
        "PUT", "/V1/products/:productSku/stockItems/:itemId", inventory,
        "/V1/products/{productSku}/stockItems/{itemId}", [catalog](R r) { return catalog->updateStockItem(r); },
        "/V1/products/byProductSku/stockItems/byItemId", true);

    // MSI (Magento_InventoryApi): not part of the 2.4.5 schema export in ../shared/fixtures, see the fidelity test.
    add(
        "POST", "/V1/inventory/source-items", "Magento_InventoryApi::source_item", "/V1/inventory/source-items",
        [catalog](R r) { return catalog->saveSourceItems(r); }, nullptr, true);
    add("GET", "/V1/inventory/source-items", "Magento_InventoryApi::source_item", "/V1/inventory/source-items",
        [catalog](R r) { return catalog->searchSourceItems(r); });
    add("GET", "/V1/inventory/sources", "Magento_InventoryApi::source", "/V1/inventory/sources",
        [catalog](R r) { return catalog->listSources(r); });

    const char* categories = "Magento_Catalog::categories";
    add("GET", "/V1/categories", categories, "/V1/categories", [catalog](R r) { return catalog->categoryTree(r); });
    add("GET", "/V1/categories/list", categories, "/V1/categories/list",
        [catalog](R r) { return catalog->listCategories(r); });
    add("GET", "/V1/categories/:categoryId", categories, "/V1/categories/{categoryId}",
        [catalog](R r) { return catalog->getCategory(r); });

    // The customer's own account ("self": customer tokens only; the id comes from the token). Literal segments
    // win over parameters, so "me" never reaches the {customerId} routes.
    add("GET", "/V1/customers/me", "self", "/V1/customers/me", [customers](R r) { return customers->getSelf(r); });
    add("PUT", "/V1/customers/me", "self", "/V1/customers/me", [customers](R r) { return customers->updateSelf(r); });
    add("GET", "/V1/customers/me/billingAddress", "self", "/V1/customers/me/billingAddress",
        [customers](R r) { return customers->defaultBillingAddress(r); });
    add("GET", "/V1/customers/me/shippingAddress", "self", "/V1/customers/me/shippingAddress",
        [customers](R r) { return customers->defaultShippingAddress(r); });
    add("GET", "/V1/customers/search", "Magento_Customer::customer", "/V1/customers/search",
        [customers](R r) { return customers->search(r); });
    add("GET", "/V1/customers/:customerId", "Magento_Customer::customer", "/V1/customers/{customerId}",
        [customers](R r) { return customers->get(r); });
    add(
        "POST", "/V1/customers", "anonymous", "/V1/customers", [customers](R r) { return customers->create(r); },
        nullptr, true);
    add(
        "PUT", "/V1/customers/:customerId", "Magento_Customer::manage", "/V1/customers/{customerId}",
        [customers](R r) { return customers->update(r); }, "/V1/customers/byCustomerId", true);

    add("GET", "/V1/orders", "Magento_Sales::actions_view", "/V1/orders",
        [sales](R r) { return sales->listOrders(r); });
    add("GET", "/V1/orders/:id", "Magento_Sales::actions_view", "/V1/orders/{id}",
        [sales](R r) { return sales->getOrder(r); });
    add("POST", "/V1/order/:orderId/ship", "Magento_Sales::ship", "/V1/order/{orderId}/ship",
        [sales](R r) { return sales->ship(r); });

    const char* store = "Magento_Backend::store";
    add("GET", "/V1/store/storeViews", store, "/V1/store/storeViews",
        [stores](R r) { return stores->storeViewsRoute(r); });
    add("GET", "/V1/store/storeGroups", store, "/V1/store/storeGroups",
        [stores](R r) { return stores->storeGroupsRoute(r); });
    add("GET", "/V1/store/websites", store, "/V1/store/websites", [stores](R r) { return stores->websitesRoute(r); });
    add("GET", "/V1/store/storeConfigs", store, "/V1/store/storeConfigs",
        [stores](R r) { return stores->storeConfigsRoute(r); });
}

} // namespace studio::sandbox
