#pragma once

#include "core/common/result.h"
#include "core/sandbox/api.h"
#include "core/sandbox/searchcriteria.h"

#include <optional>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace studio::sandbox {

class StoreDb;
class StoreViews;

/// Where an attribute's values live (Magento's is_global): one global value, one per website (written to
/// every store view of the website), or one per store view.
enum class AttributeScope { Global, Website, Store };

/// One option of a select or multiselect attribute.
struct AttributeOption
{
    QString value; ///< option id as a string ("49")
    QString label;
};

/// A product attribute as GET /V1/products/attributes describes it, with what the sandbox needs to store
/// and validate its values.
struct AttributeDef
{
    int id = 0;
    QString code;
    QString label;
    QString input;       ///< frontend_input: text, textarea, price, weight, select, multiselect, boolean, date
    QString backendType; ///< varchar, text, int, decimal, datetime, static
    AttributeScope scope = AttributeScope::Global;
    bool required = false;
    /// Written to the global scope too when a product is created through a store view (Magento keeps
    /// required values in the admin store).
    bool keepGlobalOnCreate = false;
    bool userDefined = false;
    /// A field of ProductInterface (name, price, status, visibility, weight) instead of a custom attribute.
    bool topLevel = false;
    bool filterable = false;
    bool searchable = false;
    bool visibleOnFront = false;
    bool usedInListing = false;
    QString defaultValue;
    QString sourceModel;
    QString backendModel;
    QList<AttributeOption> options;
};

/// The product attributes of the sandbox store (the same for every seed).
const QList<AttributeDef>& productAttributes();
/// The attribute with this code, or nullptr.
const AttributeDef* productAttribute(const QString& code);

/// The url_key Magento derives from a product name ("Summit Rain Jacket, Blue" → "summit-rain-jacket-blue").
QString productUrlKey(const QString& name);

/// A product's link to a category (extension_attributes.category_links).
struct CategoryLink
{
    int categoryId = 0;
    int position = 0;
};

/// Legacy stock (cataloginventory_stock_item) of one product.
struct StockItem
{
    double qty = 0;
    bool isInStock = false;
    bool manageStock = true;
    bool useConfigManageStock = true;
    double minQty = 0;
    bool useConfigMinQty = true;
    double minSaleQty = 1;
    bool useConfigMinSaleQty = true;
    double maxSaleQty = 10000;
    bool useConfigMaxSaleQty = true;
    int backorders = 0;
    bool useConfigBackorders = true;
    double notifyStockQty = 1;
    bool useConfigNotifyStockQty = true;
    double qtyIncrements = 0;
    bool useConfigQtyIncrements = true;
    bool enableQtyIncrements = false;
    bool useConfigEnableQtyInc = true;
    bool isQtyDecimal = false;
    bool isDecimalDivided = false;
    int stockStatusChangedAuto = 0;
    QString lowStockDate; ///< empty: null

    /// catalog-inventory-data-stock-item-interface; item_id is the product id.
    QJsonObject toJson(int productId) const;
    /// Storage form (same keys).
    static StockItem fromJson(const QJsonObject& json);
};

/// A product with its values per scope.
struct Product
{
    int id = 0;
    QString sku;
    QString typeId = QStringLiteral("simple");
    int attributeSetId = 4;
    QString createdAt;
    QString updatedAt;
    /// store id → attribute code → value; store 0 holds the global (admin) values.
    QMap<int, QMap<QString, QJsonValue>> values;
    QList<int> websiteIds;
    QList<CategoryLink> categoryLinks;
    StockItem stock;
    QJsonArray productLinks;
    QJsonArray options;
    QJsonArray mediaGalleryEntries;
    QJsonArray tierPrices;

    /// The value a reader in `storeId` sees: the store view's own value if set, else the global one.
    QJsonValue value(const QString& code, int storeId) const;
    /// Storage form.
    QJsonObject toStorage() const;
    static Product fromStorage(int id, const QJsonObject& json);
};

/// An MSI source item (inventory_source_item).
struct SourceItem
{
    QString sku;
    QString sourceCode;
    double quantity = 0;
    int status = 0;
};

/// A category (catalog_category_entity).
struct Category
{
    int id = 0;
    int parentId = 0;
    QString name;
    bool isActive = true;
    int position = 0;
    int level = 0;
    QString path;
    bool includeInMenu = true;
    QString urlKey;
    QString createdAt;
    QString updatedAt;

    QJsonObject toStorage() const;
    static Category fromStorage(int id, const QJsonObject& json);
};

/// The catalogue: products (with store-view scope), attributes, legacy stock, MSI source items and categories,
/// kept in memory for fast reads and written through to SQLite. Route handlers answer as Magento 2.4 does.
///
/// Scope rules (Magento's defaults): a write through a store view code ("default", "de", or no code) stores
/// store-scoped values (name, description, visibility, url_key, meta_*) for that store view, shadowing the
/// global ones (magento2#9186), and website-scoped values (status, tax_class_id, special_price) for every
/// store view of its website; a write through "all" stores global values; global attributes (price, weight,
/// color, ...) always go to the global scope. Reads show the store view's value if set, else the global one.
class Catalog final
{
public:
    Catalog(const SandboxContext& context, StoreDb& db, const StoreViews& stores);

    /// CREATE TABLE statements of the catalogue's tables.
    static QStringList schema();
    /// Table names, for resets.
    static QStringList tables();
    /// Reads everything from the database into memory.
    Status load();
    /// Inserts seed data (inside the caller's transaction) and keeps it in memory.
    Status insertSeed(
        const QList<Category>& categories, const QList<Product>& products, const QList<SourceItem>& sourceItems);

    /// The product with this SKU (case-insensitive, as MySQL compares SKUs), or nullptr.
    const Product* productBySku(const QString& sku) const;
    /// Number of products (for tests and diagnostics).
    int productCount() const { return int(m_products.size()); }

    // Route handlers, one per Magento route (see MagentoStore::registerRoutes for the URLs).

    /// GET /V1/products/{sku} (optional ?storeId=).
    ApiResponse getProduct(const ApiRequest& request) const;
    /// GET /V1/products with searchCriteria (EAV rules: unknown attributes are 400).
    ApiResponse listProducts(const ApiRequest& request) const;
    /// POST /V1/products and PUT /V1/products/{sku}: upsert by SKU in the request's scope.
    ApiResponse saveProduct(const ApiRequest& request);
    /// DELETE /V1/products/{sku}: true, with the product's source items.
    ApiResponse deleteProduct(const ApiRequest& request);
    /// GET /V1/products/attributes with searchCriteria.
    ApiResponse listAttributes(const ApiRequest& request) const;
    /// GET /V1/products/attributes/{attributeCode}.
    ApiResponse getAttribute(const ApiRequest& request) const;
    /// GET /V1/products/attributes/{attributeCode}/options.
    ApiResponse getAttributeOptions(const ApiRequest& request) const;
    /// GET /V1/products/types.
    ApiResponse listProductTypes(const ApiRequest& request) const;
    /// GET /V1/products/attribute-sets/sets/list (the Default set).
    ApiResponse listAttributeSets(const ApiRequest& request) const;
    /// GET /V1/stockItems/{productSku}.
    ApiResponse getStockItem(const ApiRequest& request) const;
    /// GET /V1/stockStatuses/{productSku}.
    ApiResponse getStockStatus(const ApiRequest& request) const;
    /// PUT /V1/products/{productSku}/stockItems/{itemId}: the item id (the path's itemId is ignored, as in Magento).
    ApiResponse updateStockItem(const ApiRequest& request);
    /// POST /V1/inventory/source-items: [] on success, "Validation Failed" with every error otherwise.
    ApiResponse saveSourceItems(const ApiRequest& request);
    /// GET /V1/inventory/source-items with searchCriteria.
    ApiResponse searchSourceItems(const ApiRequest& request) const;
    /// GET /V1/inventory/sources (searchCriteria optional).
    ApiResponse listSources(const ApiRequest& request) const;
    /// GET /V1/categories (?rootCategoryId=, ?depth=): the tree under the store's root category.
    ApiResponse categoryTree(const ApiRequest& request) const;
    /// GET /V1/categories/list with searchCriteria.
    ApiResponse listCategories(const ApiRequest& request) const;
    /// GET /V1/categories/{categoryId}.
    ApiResponse getCategory(const ApiRequest& request) const;

    /// GET-shaped product JSON as seen from `storeId`.
    QJsonObject productJson(const Product& product, int storeId) const;
    /// JSON of an attribute (catalog-data-product-attribute-interface).
    static QJsonObject attributeJson(const AttributeDef& attribute);

private:
    struct ProductInput;

    int storeIdOf(const ApiRequest& request) const;
    QString now() const;
    std::optional<ApiResponse> parseProductInput(
        const QJsonObject& json, ProductInput& input, const ApiRequest& request) const;
    std::optional<ApiResponse> applyStockInput(
        const QJsonObject& json, StockItem& stock, const QString& property) const;
    std::optional<ApiResponse> checkUrlKey(const Product& product, int ignoreId) const;
    Status persistProduct(const Product& product);
    Status persistSourceItem(const SourceItem& item);
    void syncDefaultSource(const Product& product);
    void recordWrite(const QString& sku) const;
    QJsonObject categoryJson(const Category& category) const;
    QJsonObject categoryTreeJson(const Category& category, int depth, int level) const;
    const Category* categoryById(int id) const;
    int productCountOf(int categoryId) const;
    /// Drops the cached JSON of a product (after any change to it).
    void forget(int productId) const;

    const SandboxContext& m_context;
    StoreDb& m_db;
    const StoreViews& m_stores;
    QList<Product> m_products;                               ///< in entity id order
    QHash<QString, int> m_indexBySku;                        ///< lower-cased SKU → index in m_products
    QMap<QPair<QString, QString>, SourceItem> m_sourceItems; ///< (lower-cased SKU, source code) → item
    QList<Category> m_categories;                            ///< in id order
    /// Rendered product JSON by (product id, store id): GET one product is the hottest route of the sync
    /// benchmarks. Entries go when their product changes; the whole cache goes when it grows too large.
    mutable QHash<qint64, QJsonObject> m_renderCache;
};

} // namespace studio::sandbox
