#include "core/sandbox/catalog.h"

#include "core/common/clock.h"
#include "core/sandbox/storedb.h"
#include "core/sandbox/storeviews.h"
#include "core/sandbox/webapiinput.h"

#include <algorithm>
#include <cmath>
#include <QDebug>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace studio::sandbox {

namespace {

const QString kProductNotFound
    = QStringLiteral("The product that was requested doesn't exist. Verify the product and try again.");
const QString kProductInterface = QStringLiteral("Magento\\Catalog\\Api\\Data\\ProductInterface");
const QString kProductExtension = QStringLiteral("Magento\\Catalog\\Api\\Data\\ProductExtensionInterface");
const QString kStockItemInterface = QStringLiteral("Magento\\CatalogInventory\\Api\\Data\\StockItemInterface");
const QString kCategoryLinkInterface = QStringLiteral("Magento\\Catalog\\Api\\Data\\CategoryLinkInterface");
const QString kSourceItemInterface = QStringLiteral("Magento\\InventoryApi\\Api\\Data\\SourceItemInterface");
const QString kAttributeInterface = QStringLiteral("Magento\\Framework\\Api\\AttributeInterface");

AttributeDef attr(
    int id, const char* code, const char* label, const char* input, const char* backend, AttributeScope scope)
{
    AttributeDef a;
    a.id = id;
    a.code = QLatin1String(code);
    a.label = QLatin1String(label);
    a.input = QLatin1String(input);
    a.backendType = QLatin1String(backend);
    a.scope = scope;
    return a;
}

QList<AttributeOption> options(std::initializer_list<std::pair<int, const char*>> list)
{
    QList<AttributeOption> out;
    for (const auto& [value, label] : list)
        out.append({QString::number(value), QString::fromUtf8(label)});
    return out;
}

QList<AttributeDef> buildAttributes()
{
    using S = AttributeScope;
    QList<AttributeDef> list;
    AttributeDef name = attr(73, "name", "Product Name", "text", "varchar", S::Store);
    name.required = name.keepGlobalOnCreate = name.topLevel = name.searchable = name.usedInListing = true;
    list.append(name);
    AttributeDef sku = attr(74, "sku", "SKU", "text", "static", S::Global);
    sku.required = sku.searchable = true;
    sku.backendModel = QStringLiteral("Magento\\Catalog\\Model\\Product\\Attribute\\Backend\\Sku");
    list.append(sku);
    AttributeDef description = attr(75, "description", "Description", "textarea", "text", S::Store);
    description.searchable = description.visibleOnFront = true;
    list.append(description);
    AttributeDef shortDescription = attr(76, "short_description", "Short Description", "textarea", "text", S::Store);
    shortDescription.searchable = shortDescription.usedInListing = true;
    list.append(shortDescription);
    AttributeDef price = attr(77, "price", "Price", "price", "decimal", S::Global);
    price.required = price.keepGlobalOnCreate = price.topLevel = price.filterable = price.usedInListing = true;
    price.backendModel = QStringLiteral("Magento\\Catalog\\Model\\Product\\Attribute\\Backend\\Price");
    list.append(price);
    AttributeDef specialPrice = attr(78, "special_price", "Special Price", "price", "decimal", S::Website);
    specialPrice.usedInListing = true;
    specialPrice.backendModel = QStringLiteral("Magento\\Catalog\\Model\\Product\\Attribute\\Backend\\Price");
    list.append(specialPrice);
    list.append(attr(81, "cost", "Cost", "price", "decimal", S::Global));
    AttributeDef weight = attr(82, "weight", "Weight", "weight", "decimal", S::Global);
    weight.topLevel = true;
    list.append(weight);
    AttributeDef manufacturer = attr(83, "manufacturer", "Manufacturer", "select", "int", S::Global);
    manufacturer.filterable = manufacturer.visibleOnFront = true;
    manufacturer.sourceModel = QStringLiteral("Magento\\Eav\\Model\\Entity\\Attribute\\Source\\Table");
    manufacturer.options = options({{200, "Nordwind"}, {201, "Fjellstad"}, {202, "Alpenglow"}, {203, "Kestrel & Co."},
        {204, "Brightwater"}, {205, "Ironbark"}, {206, "Linden Home"}, {207, "Saltmarsh"}});
    list.append(manufacturer);
    list.append(attr(84, "meta_title", "Meta Title", "text", "varchar", S::Store));
    list.append(attr(85, "meta_keyword", "Meta Keywords", "textarea", "text", S::Store));
    list.append(attr(86, "meta_description", "Meta Description", "textarea", "varchar", S::Store));
    AttributeDef color = attr(93, "color", "Color", "select", "int", S::Global);
    color.userDefined = color.filterable = color.visibleOnFront = color.usedInListing = true;
    color.sourceModel = QStringLiteral("Magento\\Eav\\Model\\Entity\\Attribute\\Source\\Table");
    color.options = options({{49, "Red"}, {50, "Blue"}, {51, "Yellow"}, {52, "Orange"}, {53, "Green"}, {54, "Black"},
        {55, "Gray"}, {56, "Purple"}, {57, "Brown"}, {58, "Pink"}, {59, "White"}});
    list.append(color);
    AttributeDef status = attr(97, "status", "Enable Product", "boolean", "int", S::Website);
    status.keepGlobalOnCreate = status.topLevel = status.usedInListing = true;
    status.defaultValue = QStringLiteral("1");
    status.sourceModel = QStringLiteral("Magento\\Catalog\\Model\\Product\\Attribute\\Source\\Status");
    status.options = options({{1, "Enabled"}, {2, "Disabled"}});
    list.append(status);
    AttributeDef visibility = attr(99, "visibility", "Visibility", "select", "int", S::Store);
    visibility.keepGlobalOnCreate = visibility.topLevel = true;
    visibility.defaultValue = QStringLiteral("4");
    visibility.sourceModel = QStringLiteral("Magento\\Catalog\\Model\\Product\\Visibility");
    visibility.options
        = options({{1, "Not Visible Individually"}, {2, "Catalog"}, {3, "Search"}, {4, "Catalog, Search"}});
    list.append(visibility);
    AttributeDef countryOfManufacture
        = attr(114, "country_of_manufacture", "Country of Manufacture", "select", "varchar", S::Website);
    countryOfManufacture.sourceModel
        = QStringLiteral("Magento\\Catalog\\Model\\Product\\Attribute\\Source\\Countryofmanufacture");
    list.append(countryOfManufacture);
    AttributeDef optionsContainer
        = attr(117, "options_container", "Display Product Options In", "select", "varchar", S::Store);
    optionsContainer.defaultValue = QStringLiteral("container2");
    list.append(optionsContainer);
    AttributeDef requiredOptions = attr(118, "required_options", "Required Options", "text", "static", S::Global);
    list.append(requiredOptions);
    AttributeDef hasOptions = attr(119, "has_options", "Has Options", "text", "static", S::Global);
    list.append(hasOptions);
    AttributeDef urlKey = attr(121, "url_key", "URL Key", "text", "varchar", S::Store);
    urlKey.keepGlobalOnCreate = true;
    urlKey.backendModel = QStringLiteral("Magento\\Catalog\\Model\\Product\\Attribute\\Backend\\UrlKey");
    list.append(urlKey);
    AttributeDef categoryIds = attr(125, "category_ids", "Categories", "categories", "static", S::Global);
    categoryIds.backendModel = QStringLiteral("Magento\\Catalog\\Model\\Product\\Attribute\\Backend\\Category");
    list.append(categoryIds);
    AttributeDef taxClass = attr(136, "tax_class_id", "Tax Class", "select", "int", S::Website);
    taxClass.keepGlobalOnCreate = true;
    taxClass.defaultValue = QStringLiteral("2");
    taxClass.sourceModel = QStringLiteral("Magento\\Tax\\Model\\TaxClass\\Source\\Product");
    taxClass.options = options({{0, "None"}, {2, "Taxable Goods"}});
    list.append(taxClass);
    AttributeDef size = attr(144, "size", "Size", "select", "int", S::Global);
    size.userDefined = size.filterable = size.visibleOnFront = true;
    size.sourceModel = QStringLiteral("Magento\\Eav\\Model\\Entity\\Attribute\\Source\\Table");
    size.options = options({{166, "XS"}, {167, "S"}, {168, "M"}, {169, "L"}, {170, "XL"}});
    list.append(size);
    AttributeDef ean = attr(145, "ean", "EAN", "text", "varchar", S::Global);
    ean.userDefined = ean.searchable = true;
    list.append(ean);
    AttributeDef material = attr(146, "material", "Material", "multiselect", "varchar", S::Global);
    material.userDefined = material.filterable = material.visibleOnFront = true;
    material.backendModel = QStringLiteral("Magento\\Eav\\Model\\Entity\\Attribute\\Backend\\ArrayBackend");
    material.sourceModel = QStringLiteral("Magento\\Eav\\Model\\Entity\\Attribute\\Source\\Table");
    material.options = options({{180, "Cotton"}, {181, "Merino Wool"}, {182, "Recycled Polyester"}, {183, "Leather"},
        {184, "Stainless Steel"}, {185, "Ceramic"}, {186, "Linen"}, {187, "Nylon"}});
    list.append(material);
    return list;
}

QString scopeName(AttributeScope scope)
{
    switch (scope) {
    case AttributeScope::Global:
        return QStringLiteral("global");
    case AttributeScope::Website:
        return QStringLiteral("website");
    case AttributeScope::Store:
        break;
    }
    return QStringLiteral("store");
}

/// The PHP type a value of the attribute must convert to.
QString expectedType(const AttributeDef& a)
{
    if (a.backendType == u"decimal")
        return QStringLiteral("float");
    if (a.backendType == u"int")
        return QStringLiteral("int");
    return QStringLiteral("string");
}

/// Converts a request value to the stored form of the attribute; std::nullopt when the type is wrong.
std::optional<QJsonValue> normalizeValue(const AttributeDef& a, const QJsonValue& value, bool interfaceField = false)
{
    if (a.backendType == u"decimal") {
        const auto d = webapi::toFloat(value);
        return d ? std::optional<QJsonValue>(*d) : std::nullopt;
    }
    if (a.backendType == u"int") {
        // ProductInterface's own fields (status) are typed int: a JSON true is rejected there, as in Magento.
        if (!interfaceField && a.input == u"boolean" && value.isBool())
            return QJsonValue(value.toBool() ? 1 : 0);
        const auto i = webapi::toInt(value);
        return i ? std::optional<QJsonValue>(double(*i)) : std::nullopt;
    }
    if (a.input == u"multiselect" && value.isArray()) {
        QStringList parts;
        for (const QJsonValue& item : value.toArray()) {
            const auto text = webapi::toText(item);
            if (!text)
                return std::nullopt;
            parts.append(*text);
        }
        return QJsonValue(parts.join(u','));
    }
    const auto text = webapi::toText(value);
    return text ? std::optional<QJsonValue>(*text) : std::nullopt;
}

FieldType fieldTypeOf(const AttributeDef& a)
{
    if (a.backendType == u"decimal")
        return FieldType::Decimal;
    if (a.backendType == u"int")
        return FieldType::Integer;
    if (a.backendType == u"datetime")
        return FieldType::DateTime;
    return FieldType::Text;
}

QString slugify(const QString& text)
{
    QString normalized = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    bool dash = false;
    for (const QChar c : std::as_const(normalized)) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            out.append(c);
            dash = false;
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        } else if (!dash && !out.isEmpty()) {
            out.append(u'-');
            dash = true;
        }
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

QString skuKey(const QString& sku)
{
    return sku.toLower();
}

bool isEmptyValue(const QJsonValue& v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().trimmed().isEmpty());
}

ApiResponse customAttributeError(const QString& details)
{
    return ApiResponse::badRequest(
        QStringLiteral("Error occurred during \"custom_attributes\" processing. %1").arg(details));
}

ApiResponse stockProductNotFound(const QString& sku)
{
    return ApiResponse::notFound(QStringLiteral("The Product with the \"%1\" SKU doesn't exist."), QJsonArray {sku});
}

/// Stock item fields: name → kind (f float, b bool, i int, s string).
const QList<QPair<QString, char>>& stockFields()
{
    static const QList<QPair<QString, char>> fields {{QStringLiteral("item_id"), 'i'},
        {QStringLiteral("product_id"), 'i'}, {QStringLiteral("stock_id"), 'i'}, {QStringLiteral("qty"), 'f'},
        {QStringLiteral("is_in_stock"), 'b'}, {QStringLiteral("is_qty_decimal"), 'b'},
        {QStringLiteral("show_default_notification_message"), 'b'}, {QStringLiteral("use_config_min_qty"), 'b'},
        {QStringLiteral("min_qty"), 'f'}, {QStringLiteral("use_config_min_sale_qty"), 'i'},
        {QStringLiteral("min_sale_qty"), 'f'}, {QStringLiteral("use_config_max_sale_qty"), 'b'},
        {QStringLiteral("max_sale_qty"), 'f'}, {QStringLiteral("use_config_backorders"), 'b'},
        {QStringLiteral("backorders"), 'i'}, {QStringLiteral("use_config_notify_stock_qty"), 'b'},
        {QStringLiteral("notify_stock_qty"), 'f'}, {QStringLiteral("use_config_qty_increments"), 'b'},
        {QStringLiteral("qty_increments"), 'f'}, {QStringLiteral("use_config_enable_qty_inc"), 'b'},
        {QStringLiteral("enable_qty_increments"), 'b'}, {QStringLiteral("use_config_manage_stock"), 'b'},
        {QStringLiteral("manage_stock"), 'b'}, {QStringLiteral("low_stock_date"), 's'},
        {QStringLiteral("is_decimal_divided"), 'b'}, {QStringLiteral("stock_status_changed_auto"), 'i'},
        {QStringLiteral("website_id"), 'i'}, {QStringLiteral("extension_attributes"), 'o'}};
    return fields;
}

/// The source-of-truth JSON columns for products: rows are small enough to rewrite whole.
const char* kProductTable = "CREATE TABLE IF NOT EXISTS mg_product (entity_id INTEGER PRIMARY KEY, sku TEXT NOT NULL, "
                            "sku_key TEXT NOT NULL UNIQUE, data TEXT NOT NULL)";

} // namespace

const QList<AttributeDef>& productAttributes()
{
    static const QList<AttributeDef> attributes = buildAttributes();
    return attributes;
}

QString productUrlKey(const QString& name)
{
    return slugify(name);
}

const AttributeDef* productAttribute(const QString& code)
{
    for (const AttributeDef& a : productAttributes()) {
        if (a.code == code)
            return &a;
    }
    return nullptr;
}

// ---- entities ------------------------------------------------------------------------------------------

QJsonObject StockItem::toJson(int productId) const
{
    return QJsonObject {{QStringLiteral("item_id"), productId}, {QStringLiteral("product_id"), productId},
        {QStringLiteral("stock_id"), 1}, {QStringLiteral("qty"), qty}, {QStringLiteral("is_in_stock"), isInStock},
        {QStringLiteral("is_qty_decimal"), isQtyDecimal}, {QStringLiteral("show_default_notification_message"), false},
        {QStringLiteral("use_config_min_qty"), useConfigMinQty}, {QStringLiteral("min_qty"), minQty},
        {QStringLiteral("use_config_min_sale_qty"), useConfigMinSaleQty ? 1 : 0},
        {QStringLiteral("min_sale_qty"), minSaleQty}, {QStringLiteral("use_config_max_sale_qty"), useConfigMaxSaleQty},
        {QStringLiteral("max_sale_qty"), maxSaleQty}, {QStringLiteral("use_config_backorders"), useConfigBackorders},
        {QStringLiteral("backorders"), backorders},
        {QStringLiteral("use_config_notify_stock_qty"), useConfigNotifyStockQty},
        {QStringLiteral("notify_stock_qty"), notifyStockQty},
        {QStringLiteral("use_config_qty_increments"), useConfigQtyIncrements},
        {QStringLiteral("qty_increments"), qtyIncrements},
        {QStringLiteral("use_config_enable_qty_inc"), useConfigEnableQtyInc},
        {QStringLiteral("enable_qty_increments"), enableQtyIncrements},
        {QStringLiteral("use_config_manage_stock"), useConfigManageStock},
        {QStringLiteral("manage_stock"), manageStock},
        {QStringLiteral("low_stock_date"), lowStockDate.isEmpty() ? QJsonValue() : QJsonValue(lowStockDate)},
        {QStringLiteral("is_decimal_divided"), isDecimalDivided},
        {QStringLiteral("stock_status_changed_auto"), stockStatusChangedAuto}};
}

StockItem StockItem::fromJson(const QJsonObject& j)
{
    StockItem s;
    s.qty = j.value(QStringLiteral("qty")).toDouble();
    s.isInStock = j.value(QStringLiteral("is_in_stock")).toBool();
    s.manageStock = j.value(QStringLiteral("manage_stock")).toBool(true);
    s.useConfigManageStock = j.value(QStringLiteral("use_config_manage_stock")).toBool(true);
    s.minQty = j.value(QStringLiteral("min_qty")).toDouble();
    s.useConfigMinQty = j.value(QStringLiteral("use_config_min_qty")).toBool(true);
    s.minSaleQty = j.value(QStringLiteral("min_sale_qty")).toDouble(1);
    s.useConfigMinSaleQty = j.value(QStringLiteral("use_config_min_sale_qty")).toInt(1) != 0;
    s.maxSaleQty = j.value(QStringLiteral("max_sale_qty")).toDouble(10000);
    s.useConfigMaxSaleQty = j.value(QStringLiteral("use_config_max_sale_qty")).toBool(true);
    s.backorders = j.value(QStringLiteral("backorders")).toInt();
    s.useConfigBackorders = j.value(QStringLiteral("use_config_backorders")).toBool(true);
    s.notifyStockQty = j.value(QStringLiteral("notify_stock_qty")).toDouble(1);
    s.useConfigNotifyStockQty = j.value(QStringLiteral("use_config_notify_stock_qty")).toBool(true);
    s.qtyIncrements = j.value(QStringLiteral("qty_increments")).toDouble();
    s.useConfigQtyIncrements = j.value(QStringLiteral("use_config_qty_increments")).toBool(true);
    s.enableQtyIncrements = j.value(QStringLiteral("enable_qty_increments")).toBool();
    s.useConfigEnableQtyInc = j.value(QStringLiteral("use_config_enable_qty_inc")).toBool(true);
    s.isQtyDecimal = j.value(QStringLiteral("is_qty_decimal")).toBool();
    s.isDecimalDivided = j.value(QStringLiteral("is_decimal_divided")).toBool();
    s.stockStatusChangedAuto = j.value(QStringLiteral("stock_status_changed_auto")).toInt();
    s.lowStockDate = j.value(QStringLiteral("low_stock_date")).toString();
    return s;
}

QJsonValue Product::value(const QString& code, int storeId) const
{
    if (storeId != 0) {
        const auto store = values.constFind(storeId);
        if (store != values.cend()) {
            const auto v = store->constFind(code);
            if (v != store->cend())
                return *v;
        }
    }
    const auto global = values.constFind(0);
    if (global != values.cend()) {
        const auto v = global->constFind(code);
        if (v != global->cend())
            return *v;
    }
    return QJsonValue(QJsonValue::Undefined);
}

QJsonObject Product::toStorage() const
{
    QJsonObject scopes;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QJsonObject store;
        for (auto v = it->cbegin(); v != it->cend(); ++v)
            store.insert(v.key(), *v);
        scopes.insert(QString::number(it.key()), store);
    }
    QJsonArray websites;
    for (int w : websiteIds)
        websites.append(w);
    QJsonArray links;
    for (const CategoryLink& l : categoryLinks)
        links.append(QJsonArray {l.categoryId, l.position});
    return QJsonObject {{QStringLiteral("sku"), sku}, {QStringLiteral("type_id"), typeId},
        {QStringLiteral("attribute_set_id"), attributeSetId}, {QStringLiteral("created_at"), createdAt},
        {QStringLiteral("updated_at"), updatedAt}, {QStringLiteral("values"), scopes},
        {QStringLiteral("website_ids"), websites}, {QStringLiteral("category_links"), links},
        {QStringLiteral("stock"), stock.toJson(0)}, {QStringLiteral("product_links"), productLinks},
        {QStringLiteral("options"), options}, {QStringLiteral("media_gallery_entries"), mediaGalleryEntries},
        {QStringLiteral("tier_prices"), tierPrices}};
}

Product Product::fromStorage(int id, const QJsonObject& j)
{
    Product p;
    p.id = id;
    p.sku = j.value(QStringLiteral("sku")).toString();
    p.typeId = j.value(QStringLiteral("type_id")).toString(QStringLiteral("simple"));
    p.attributeSetId = j.value(QStringLiteral("attribute_set_id")).toInt(4);
    p.createdAt = j.value(QStringLiteral("created_at")).toString();
    p.updatedAt = j.value(QStringLiteral("updated_at")).toString();
    const QJsonObject scopes = j.value(QStringLiteral("values")).toObject();
    for (auto it = scopes.begin(); it != scopes.end(); ++it) {
        QMap<QString, QJsonValue>& store = p.values[it.key().toInt()];
        const QJsonObject values = it.value().toObject();
        for (auto v = values.begin(); v != values.end(); ++v)
            store.insert(v.key(), v.value());
    }
    for (const QJsonValue& w : j.value(QStringLiteral("website_ids")).toArray())
        p.websiteIds.append(w.toInt());
    for (const QJsonValue& l : j.value(QStringLiteral("category_links")).toArray())
        p.categoryLinks.append({l.toArray().at(0).toInt(), l.toArray().at(1).toInt()});
    p.stock = StockItem::fromJson(j.value(QStringLiteral("stock")).toObject());
    p.productLinks = j.value(QStringLiteral("product_links")).toArray();
    p.options = j.value(QStringLiteral("options")).toArray();
    p.mediaGalleryEntries = j.value(QStringLiteral("media_gallery_entries")).toArray();
    p.tierPrices = j.value(QStringLiteral("tier_prices")).toArray();
    return p;
}

QJsonObject Category::toStorage() const
{
    return QJsonObject {{QStringLiteral("parent_id"), parentId}, {QStringLiteral("name"), name},
        {QStringLiteral("is_active"), isActive}, {QStringLiteral("position"), position},
        {QStringLiteral("level"), level}, {QStringLiteral("path"), path},
        {QStringLiteral("include_in_menu"), includeInMenu}, {QStringLiteral("url_key"), urlKey},
        {QStringLiteral("created_at"), createdAt}, {QStringLiteral("updated_at"), updatedAt}};
}

Category Category::fromStorage(int id, const QJsonObject& j)
{
    Category c;
    c.id = id;
    c.parentId = j.value(QStringLiteral("parent_id")).toInt();
    c.name = j.value(QStringLiteral("name")).toString();
    c.isActive = j.value(QStringLiteral("is_active")).toBool();
    c.position = j.value(QStringLiteral("position")).toInt();
    c.level = j.value(QStringLiteral("level")).toInt();
    c.path = j.value(QStringLiteral("path")).toString();
    c.includeInMenu = j.value(QStringLiteral("include_in_menu")).toBool();
    c.urlKey = j.value(QStringLiteral("url_key")).toString();
    c.createdAt = j.value(QStringLiteral("created_at")).toString();
    c.updatedAt = j.value(QStringLiteral("updated_at")).toString();
    return c;
}

// ---- search sources ------------------------------------------------------------------------------------

namespace {

/// Products as the product collection filters them, seen from one store view.
class ProductSearchSource final : public SearchSource
{
public:
    ProductSearchSource(const QList<Product>& products, int storeId, const StoreViews& stores)
        : m_products(products)
        , m_storeId(storeId)
        , m_stores(stores)
    { }

    int count() const override { return int(m_products.size()); }

    std::optional<FieldType> fieldType(const QString& field) const override
    {
        if (field == u"entity_id" || field == u"attribute_set_id")
            return FieldType::Integer;
        if (field == u"sku" || field == u"type_id")
            return FieldType::Text;
        if (field == u"created_at" || field == u"updated_at")
            return FieldType::DateTime;
        if (field == u"category_id" || field == u"category_ids" || field == u"website_id" || field == u"store_id")
            return FieldType::Membership;
        if (const AttributeDef* a = productAttribute(field))
            return fieldTypeOf(*a);
        return std::nullopt;
    }

    bool isStandaloneFilter(const QString& field) const override
    {
        return field == u"category_id" || field == u"category_ids" || field == u"website_id" || field == u"store_id";
    }

    QJsonValue value(int row, const QString& field) const override
    {
        const Product& p = m_products.at(row);
        if (field == u"entity_id")
            return p.id;
        if (field == u"sku")
            return p.sku;
        if (field == u"type_id")
            return p.typeId;
        if (field == u"attribute_set_id")
            return p.attributeSetId;
        if (field == u"created_at")
            return p.createdAt;
        if (field == u"updated_at")
            return p.updatedAt;
        if (field == u"category_id" || field == u"category_ids") {
            QJsonArray ids;
            for (const CategoryLink& l : p.categoryLinks)
                ids.append(QString::number(l.categoryId));
            return ids;
        }
        if (field == u"website_id") {
            QJsonArray ids;
            for (int w : p.websiteIds)
                ids.append(QString::number(w));
            return ids;
        }
        if (field == u"store_id") {
            QJsonArray ids;
            for (int w : p.websiteIds) {
                for (int s : m_stores.storeIdsOfWebsite(w))
                    ids.append(QString::number(s));
            }
            return ids;
        }
        return p.value(field, m_storeId);
    }

private:
    const QList<Product>& m_products;
    int m_storeId;
    const StoreViews& m_stores;
};

/// Attributes as eav_attribute + catalog_eav_attribute columns (a flat collection).
class AttributeSearchSource final : public SearchSource
{
public:
    int count() const override { return int(productAttributes().size()); }

    std::optional<FieldType> fieldType(const QString& field) const override
    {
        static const QStringList text {QStringLiteral("attribute_code"), QStringLiteral("frontend_input"),
            QStringLiteral("backend_type"), QStringLiteral("frontend_label"), QStringLiteral("source_model"),
            QStringLiteral("backend_model"), QStringLiteral("default_value")};
        static const QStringList integer {QStringLiteral("attribute_id"), QStringLiteral("entity_type_id"),
            QStringLiteral("is_global"), QStringLiteral("is_required"), QStringLiteral("is_user_defined"),
            QStringLiteral("is_filterable"), QStringLiteral("is_searchable"), QStringLiteral("is_visible_on_front"),
            QStringLiteral("used_in_product_listing")};
        if (text.contains(field))
            return FieldType::Text;
        if (integer.contains(field))
            return FieldType::Integer;
        return std::nullopt;
    }

    QJsonValue value(int row, const QString& field) const override
    {
        const AttributeDef& a = productAttributes().at(row);
        if (field == u"attribute_code")
            return a.code;
        if (field == u"frontend_input")
            return a.input;
        if (field == u"backend_type")
            return a.backendType;
        if (field == u"frontend_label")
            return a.label;
        if (field == u"source_model")
            return a.sourceModel.isEmpty() ? QJsonValue() : QJsonValue(a.sourceModel);
        if (field == u"backend_model")
            return a.backendModel.isEmpty() ? QJsonValue() : QJsonValue(a.backendModel);
        if (field == u"default_value")
            return a.defaultValue.isEmpty() ? QJsonValue() : QJsonValue(a.defaultValue);
        if (field == u"attribute_id")
            return a.id;
        if (field == u"entity_type_id")
            return 4;
        if (field == u"is_global")
            return a.scope == AttributeScope::Global ? 1 : (a.scope == AttributeScope::Website ? 2 : 0);
        if (field == u"is_required")
            return a.required ? 1 : 0;
        if (field == u"is_user_defined")
            return a.userDefined ? 1 : 0;
        if (field == u"is_filterable")
            return a.filterable ? 1 : 0;
        if (field == u"is_searchable")
            return a.searchable ? 1 : 0;
        if (field == u"is_visible_on_front")
            return a.visibleOnFront ? 1 : 0;
        if (field == u"used_in_product_listing")
            return a.usedInListing ? 1 : 0;
        return QJsonValue();
    }
};

/// Source items as inventory_source_item rows (flat).
class SourceItemSearchSource final : public SearchSource
{
public:
    explicit SourceItemSearchSource(const QList<SourceItem>& items)
        : m_items(items)
    { }

    int count() const override { return int(m_items.size()); }

    std::optional<FieldType> fieldType(const QString& field) const override
    {
        if (field == u"sku" || field == u"source_code")
            return FieldType::Text;
        if (field == u"quantity")
            return FieldType::Decimal;
        if (field == u"status" || field == u"source_item_id")
            return FieldType::Integer;
        return std::nullopt;
    }

    QJsonValue value(int row, const QString& field) const override
    {
        const SourceItem& s = m_items.at(row);
        if (field == u"sku")
            return s.sku;
        if (field == u"source_code")
            return s.sourceCode;
        if (field == u"quantity")
            return s.quantity;
        if (field == u"status")
            return s.status;
        if (field == u"source_item_id")
            return row + 1;
        return QJsonValue();
    }

private:
    const QList<SourceItem>& m_items;
};

/// Categories as the category collection (EAV) filters them.
class CategorySearchSource final : public SearchSource
{
public:
    CategorySearchSource(const QList<Category>& categories, std::function<int(int)> childrenCount)
        : m_categories(categories)
        , m_childrenCount(std::move(childrenCount))
    { }

    int count() const override { return int(m_categories.size()); }

    std::optional<FieldType> fieldType(const QString& field) const override
    {
        static const QStringList integer {QStringLiteral("entity_id"), QStringLiteral("parent_id"),
            QStringLiteral("level"), QStringLiteral("position"), QStringLiteral("children_count"),
            QStringLiteral("attribute_set_id")};
        static const QStringList text {QStringLiteral("name"), QStringLiteral("path"), QStringLiteral("url_key"),
            QStringLiteral("url_path"), QStringLiteral("display_mode")};
        if (integer.contains(field))
            return FieldType::Integer;
        if (text.contains(field))
            return FieldType::Text;
        if (field == u"is_active" || field == u"include_in_menu" || field == u"is_anchor")
            return FieldType::Boolean;
        if (field == u"created_at" || field == u"updated_at")
            return FieldType::DateTime;
        return std::nullopt;
    }

    QJsonValue value(int row, const QString& field) const override
    {
        const Category& c = m_categories.at(row);
        if (field == u"entity_id")
            return c.id;
        if (field == u"parent_id")
            return c.parentId;
        if (field == u"level")
            return c.level;
        if (field == u"position")
            return c.position;
        if (field == u"children_count")
            return m_childrenCount(c.id);
        if (field == u"attribute_set_id")
            return 3;
        if (field == u"name")
            return c.name;
        if (field == u"path")
            return c.path;
        if (field == u"url_key")
            return c.urlKey;
        if (field == u"display_mode")
            return QStringLiteral("PRODUCTS");
        if (field == u"is_active")
            return c.isActive;
        if (field == u"include_in_menu")
            return c.includeInMenu;
        if (field == u"is_anchor")
            return true;
        if (field == u"created_at")
            return c.createdAt;
        if (field == u"updated_at")
            return c.updatedAt;
        return QJsonValue();
    }

private:
    const QList<Category>& m_categories;
    std::function<int(int)> m_childrenCount;
};

} // namespace

// ---- Catalog: storage ----------------------------------------------------------------------------------

Catalog::Catalog(const SandboxContext& context, StoreDb& db, const StoreViews& stores)
    : m_context(context)
    , m_db(db)
    , m_stores(stores)
{ }

QStringList Catalog::schema()
{
    return {QLatin1String(kProductTable),
        QStringLiteral("CREATE TABLE IF NOT EXISTS mg_source_item (sku_key TEXT NOT NULL, source_code TEXT NOT NULL, "
                       "sku TEXT NOT NULL, quantity REAL NOT NULL, status INTEGER NOT NULL, "
                       "PRIMARY KEY (sku_key, source_code))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS mg_category (entity_id INTEGER PRIMARY KEY, data TEXT NOT NULL)")};
}

QStringList Catalog::tables()
{
    return {QStringLiteral("mg_product"), QStringLiteral("mg_source_item"), QStringLiteral("mg_category")};
}

Status Catalog::load()
{
    m_products.clear();
    m_indexBySku.clear();
    m_sourceItems.clear();
    m_categories.clear();
    m_renderCache.clear();
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT entity_id, data FROM mg_product ORDER BY entity_id")))
        return Error {query.lastError().text()};
    while (query.next()) {
        Product p = Product::fromStorage(query.value(0).toInt(), StoreDb::fromJson(query.value(1).toByteArray()));
        m_indexBySku.insert(skuKey(p.sku), int(m_products.size()));
        m_products.append(std::move(p));
    }
    if (!query.exec(QStringLiteral("SELECT sku_key, source_code, sku, quantity, status FROM mg_source_item")))
        return Error {query.lastError().text()};
    while (query.next()) {
        SourceItem s {
            query.value(2).toString(), query.value(1).toString(), query.value(3).toDouble(), query.value(4).toInt()};
        m_sourceItems.insert({query.value(0).toString(), s.sourceCode}, s);
    }
    if (!query.exec(QStringLiteral("SELECT entity_id, data FROM mg_category ORDER BY entity_id")))
        return Error {query.lastError().text()};
    while (query.next())
        m_categories.append(
            Category::fromStorage(query.value(0).toInt(), StoreDb::fromJson(query.value(1).toByteArray())));
    return {};
}

Status Catalog::insertSeed(
    const QList<Category>& categories, const QList<Product>& products, const QList<SourceItem>& sourceItems)
{
    QSqlQuery insert(m_db.database());
    insert.prepare(QStringLiteral("INSERT OR REPLACE INTO mg_category(entity_id, data) VALUES(?, ?)"));
    for (const Category& c : categories) {
        insert.bindValue(0, c.id);
        insert.bindValue(1, StoreDb::toJson(c.toStorage()));
        if (!insert.exec())
            return Error {insert.lastError().text()};
        m_categories.append(c);
    }
    insert.prepare(
        QStringLiteral("INSERT OR REPLACE INTO mg_product(entity_id, sku, sku_key, data) VALUES(?, ?, ?, ?)"));
    for (const Product& p : products) {
        insert.bindValue(0, p.id);
        insert.bindValue(1, p.sku);
        insert.bindValue(2, skuKey(p.sku));
        insert.bindValue(3, StoreDb::toJson(p.toStorage()));
        if (!insert.exec())
            return Error {insert.lastError().text()};
        m_indexBySku.insert(skuKey(p.sku), int(m_products.size()));
        m_products.append(p);
    }
    insert.prepare(QStringLiteral("INSERT OR REPLACE INTO mg_source_item(sku_key, source_code, sku, quantity, status) "
                                  "VALUES(?, ?, ?, ?, ?)"));
    for (const SourceItem& s : sourceItems) {
        insert.bindValue(0, skuKey(s.sku));
        insert.bindValue(1, s.sourceCode);
        insert.bindValue(2, s.sku);
        insert.bindValue(3, s.quantity);
        insert.bindValue(4, s.status);
        if (!insert.exec())
            return Error {insert.lastError().text()};
        m_sourceItems.insert({skuKey(s.sku), s.sourceCode}, s);
    }
    std::sort(
        m_categories.begin(), m_categories.end(), [](const Category& a, const Category& b) { return a.id < b.id; });
    return {};
}

Status Catalog::persistProduct(const Product& product)
{
    QSqlQuery query(m_db.database());
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO mg_product(entity_id, sku, sku_key, data) VALUES(?, ?, ?, ?)"));
    query.addBindValue(product.id);
    query.addBindValue(product.sku);
    query.addBindValue(skuKey(product.sku));
    query.addBindValue(StoreDb::toJson(product.toStorage()));
    if (!query.exec())
        return Error {query.lastError().text()};
    return {};
}

Status Catalog::persistSourceItem(const SourceItem& item)
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO mg_source_item(sku_key, source_code, sku, quantity, status) "
                                 "VALUES(?, ?, ?, ?, ?)"));
    query.addBindValue(skuKey(item.sku));
    query.addBindValue(item.sourceCode);
    query.addBindValue(item.sku);
    query.addBindValue(item.quantity);
    query.addBindValue(item.status);
    if (!query.exec())
        return Error {query.lastError().text()};
    return {};
}

void Catalog::syncDefaultSource(const Product& product)
{
    // With MSI, the legacy stock item and the "default" source item are the same quantity.
    SourceItem item {product.sku, QStringLiteral("default"), product.stock.qty, product.stock.isInStock ? 1 : 0};
    m_sourceItems.insert({skuKey(product.sku), item.sourceCode}, item);
    if (Status s = persistSourceItem(item); !s)
        qWarning("sandbox: could not store the default source item: %s", qPrintable(s.error().message));
}

void Catalog::recordWrite(const QString& sku) const
{
    if (m_context.stats)
        m_context.stats->recordSkuWrite(sku);
}

int Catalog::storeIdOf(const ApiRequest& request) const
{
    return m_stores.storeIdForCode(request.storeCode).value_or(1);
}

QString Catalog::now() const
{
    const Clock& clock = m_context.clock ? *m_context.clock : systemClock();
    return clock.now().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

const Product* Catalog::productBySku(const QString& sku) const
{
    const auto it = m_indexBySku.constFind(skuKey(sku));
    return it == m_indexBySku.cend() ? nullptr : &m_products.at(*it);
}

// ---- products ------------------------------------------------------------------------------------------

void Catalog::forget(int productId) const
{
    for (int storeId : {0, 1, 2, 3, 4, 5, 6, 7})
        m_renderCache.remove((qint64(productId) << 8) | storeId);
}

QJsonObject Catalog::productJson(const Product& p, int storeId) const
{
    const qint64 cacheKey = (qint64(p.id) << 8) | (storeId & 0xFF);
    if (const auto cached = m_renderCache.constFind(cacheKey); cached != m_renderCache.cend())
        return *cached;
    if (m_renderCache.size() > 8192)
        m_renderCache.clear();
    QJsonObject out {{QStringLiteral("id"), p.id}, {QStringLiteral("sku"), p.sku},
        {QStringLiteral("attribute_set_id"), p.attributeSetId}, {QStringLiteral("type_id"), p.typeId},
        {QStringLiteral("created_at"), p.createdAt}, {QStringLiteral("updated_at"), p.updatedAt}};
    QJsonArray custom;
    for (const AttributeDef& a : productAttributes()) {
        if (a.code == u"sku")
            continue;
        if (a.code == u"category_ids") {
            if (p.categoryLinks.isEmpty())
                continue;
            QJsonArray ids;
            for (const CategoryLink& l : p.categoryLinks)
                ids.append(QString::number(l.categoryId));
            custom.append(QJsonObject {{QStringLiteral("attribute_code"), a.code}, {QStringLiteral("value"), ids}});
            continue;
        }
        const QJsonValue v = p.value(a.code, storeId);
        if (v.isUndefined() || v.isNull())
            continue;
        if (a.topLevel) {
            if (a.backendType == u"int")
                out.insert(a.code, v.toInt());
            else
                out.insert(a.code, v);
            continue;
        }
        // Custom attributes come back as strings; decimals as MySQL's decimal(20,6) text.
        QString text = a.backendType == u"decimal" ? QString::number(v.toDouble(), 'f', 6) : webapi::phpText(v);
        custom.append(QJsonObject {{QStringLiteral("attribute_code"), a.code}, {QStringLiteral("value"), text}});
    }
    QJsonArray websites;
    for (int w : p.websiteIds)
        websites.append(w);
    QJsonObject extension {
        {QStringLiteral("website_ids"), websites}, {QStringLiteral("stock_item"), p.stock.toJson(p.id)}};
    if (!p.categoryLinks.isEmpty()) {
        QJsonArray links;
        for (const CategoryLink& l : p.categoryLinks)
            links.append(QJsonObject {{QStringLiteral("position"), l.position},
                {QStringLiteral("category_id"), QString::number(l.categoryId)}});
        extension.insert(QStringLiteral("category_links"), links);
    }
    out.insert(QStringLiteral("extension_attributes"), extension);
    out.insert(QStringLiteral("product_links"), p.productLinks);
    out.insert(QStringLiteral("options"), p.options);
    out.insert(QStringLiteral("media_gallery_entries"), p.mediaGalleryEntries);
    out.insert(QStringLiteral("tier_prices"), p.tierPrices);
    out.insert(QStringLiteral("custom_attributes"), custom);
    m_renderCache.insert(cacheKey, out);
    return out;
}

ApiResponse Catalog::getProduct(const ApiRequest& request) const
{
    int storeId = storeIdOf(request);
    const webapi::QueryNode query = webapi::parsePhpQuery(request.query);
    if (const webapi::QueryNode* store = query.child(QStringLiteral("storeId"))) {
        const auto id = store->isLeaf ? webapi::toInt(QJsonValue(store->value)) : std::nullopt;
        if (!id)
            return webapi::typeMismatch(
                store->isLeaf ? QJsonValue(store->value) : QJsonValue(QJsonArray()), QStringLiteral("int"));
        if (!m_stores.storeIdExists(int(*id)))
            return ApiResponse::notFound(
                QStringLiteral("The store that was requested wasn't found. Verify the store and try again."));
        storeId = int(*id);
    }
    const Product* p = productBySku(request.params.value(QStringLiteral("sku")));
    if (!p)
        return ApiResponse::notFound(kProductNotFound);
    return ApiResponse::ok(productJson(*p, storeId));
}

ApiResponse Catalog::listProducts(const ApiRequest& request) const
{
    SearchCriteria criteria;
    if (auto error = parseSearchCriteria(request.query, criteria, m_context.inputLimits))
        return *error;
    const int storeId = storeIdOf(request);
    ProductSearchSource source(m_products, storeId, m_stores);
    SearchResult result;
    if (auto error = runSearch(criteria, source, UnknownFieldPolicy::EavInvalidAttribute, result))
        return *error;
    QJsonArray items;
    for (int row : std::as_const(result.rows))
        items.append(productJson(m_products.at(row), storeId));
    return ApiResponse::ok(searchResultsJson(items, criteria, result.totalCount));
}

struct Catalog::ProductInput
{
    std::optional<QString> sku;
    std::optional<qint64> attributeSetId;
    std::optional<QString> typeId;
    QList<QPair<const AttributeDef*, QJsonValue>> values;
    std::optional<QList<int>> websiteIds;
    std::optional<QList<CategoryLink>> categoryLinks;
    std::optional<QList<int>> categoryIds;
    std::optional<QJsonObject> stockItem;
    std::optional<QJsonArray> productLinks;
    std::optional<QJsonArray> options;
    std::optional<QJsonArray> mediaGalleryEntries;
    std::optional<QJsonArray> tierPrices;
};

std::optional<ApiResponse> Catalog::parseProductInput(
    const QJsonObject& json, ProductInput& input, const ApiRequest& request) const
{
    static const QStringList known {QStringLiteral("id"), QStringLiteral("sku"), QStringLiteral("name"),
        QStringLiteral("attribute_set_id"), QStringLiteral("price"), QStringLiteral("status"),
        QStringLiteral("visibility"), QStringLiteral("type_id"), QStringLiteral("created_at"),
        QStringLiteral("updated_at"), QStringLiteral("weight"), QStringLiteral("extension_attributes"),
        QStringLiteral("product_links"), QStringLiteral("options"), QStringLiteral("media_gallery_entries"),
        QStringLiteral("tier_prices"), QStringLiteral("custom_attributes")};
    if (auto error = webapi::checkProperties(json, known, kProductInterface))
        return error;
    const InputLimits* limits = m_context.inputLimits;
    const int arrayLimit
        = limits && limits->enabled ? (request.fromBulk ? limits->asyncArrayLimit : limits->syncArrayLimit) : 0;

    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        const QString camel = webapi::upperCamel(key);
        const QJsonValue value = it.value();
        if (value.isNull() || value.isUndefined())
            continue;
        const auto requireText = [&](std::optional<QString>& out) -> std::optional<ApiResponse> {
            const auto text = webapi::toText(value);
            if (!text)
                return webapi::typeMismatch(value, QStringLiteral("string"), key);
            out = *text;
            return std::nullopt;
        };
        const auto requireArray
            = [&](std::optional<QJsonArray>& out, const QString& type) -> std::optional<ApiResponse> {
            if (!value.isArray())
                return webapi::typeMismatch(value, type, key);
            if (arrayLimit > 0 && value.toArray().size() > arrayLimit)
                return webapi::arrayLimitExceeded(type.chopped(2).mid(1), arrayLimit);
            out = value.toArray();
            return std::nullopt;
        };
        if (camel == u"Sku") {
            if (auto e = requireText(input.sku))
                return e;
        } else if (camel == u"TypeId") {
            if (auto e = requireText(input.typeId))
                return e;
        } else if (camel == u"AttributeSetId") {
            const auto id = webapi::toInt(value);
            if (!id)
                return webapi::typeMismatch(value, QStringLiteral("int"), key);
            input.attributeSetId = *id;
        } else if (camel == u"Id") {
            if (!webapi::toInt(value))
                return webapi::typeMismatch(value, QStringLiteral("int"), key);
        } else if (camel == u"CreatedAt" || camel == u"UpdatedAt") {
            if (!webapi::toText(value))
                return webapi::typeMismatch(value, QStringLiteral("string"), key);
        } else if (camel == u"Name" || camel == u"Price" || camel == u"Status" || camel == u"Visibility"
            || camel == u"Weight") {
            const AttributeDef* a = productAttribute(camel.toLower());
            const auto normalized = normalizeValue(*a, value, true);
            if (!normalized)
                return webapi::typeMismatch(value, expectedType(*a), key);
            input.values.append({a, *normalized});
        } else if (camel == u"ProductLinks") {
            if (auto e = requireArray(
                    input.productLinks, QStringLiteral("\\Magento\\Catalog\\Api\\Data\\ProductLinkInterface[]")))
                return e;
        } else if (camel == u"Options") {
            if (auto e = requireArray(
                    input.options, QStringLiteral("\\Magento\\Catalog\\Api\\Data\\ProductCustomOptionInterface[]")))
                return e;
        } else if (camel == u"MediaGalleryEntries") {
            if (auto e = requireArray(input.mediaGalleryEntries,
                    QStringLiteral("\\Magento\\Catalog\\Api\\Data\\ProductAttributeMediaGalleryEntryInterface[]")))
                return e;
        } else if (camel == u"TierPrices") {
            if (auto e = requireArray(
                    input.tierPrices, QStringLiteral("\\Magento\\Catalog\\Api\\Data\\ProductTierPriceInterface[]")))
                return e;
        } else if (camel == u"CustomAttributes") {
            if (!value.isArray())
                return webapi::typeMismatch(
                    value, QStringLiteral("\\") + kAttributeInterface + QStringLiteral("[]"), key);
            const QJsonArray list = value.toArray();
            if (arrayLimit > 0 && list.size() > arrayLimit)
                return webapi::arrayLimitExceeded(kAttributeInterface, arrayLimit);
            for (const QJsonValue& entry : list) {
                const QJsonObject o = entry.toObject();
                QString code = o.value(QStringLiteral("attribute_code")).toString();
                if (code.isEmpty())
                    code = o.value(QStringLiteral("attributeCode")).toString();
                const bool hasValue = o.contains(QStringLiteral("value"));
                if (code.isEmpty() && !hasValue)
                    return customAttributeError(
                        QStringLiteral("An empty custom attribute is specified. Enter the attribute and try again."));
                if (code.isEmpty())
                    return customAttributeError(QStringLiteral("A custom attribute is specified with a missing "
                                                               "attribute code. Verify the code and try again."));
                if (!hasValue)
                    return customAttributeError(QStringLiteral(
                        "The \"%1\" attribute code doesn't have a value set. Enter the value and try again.")
                                                    .arg(code));
                const QJsonValue v = o.value(QStringLiteral("value"));
                const AttributeDef* a = productAttribute(code);
                if (!a || a->code == u"sku")
                    continue; // Magento ignores custom attributes the product does not have
                if (a->code == u"category_ids") {
                    QList<int> ids;
                    const QJsonArray list2 = v.isArray() ? v.toArray() : QJsonArray();
                    QStringList parts;
                    if (v.isArray()) {
                        for (const QJsonValue& id : list2)
                            parts.append(webapi::phpText(id));
                    } else {
                        parts = webapi::phpText(v).split(u',', Qt::SkipEmptyParts);
                    }
                    for (const QString& part : std::as_const(parts)) {
                        const auto id = webapi::toInt(QJsonValue(part.trimmed()));
                        if (!id)
                            return customAttributeError(
                                QStringLiteral("Attribute \"category_ids\" has invalid value. The "
                                               "\"%1\" value's type is invalid. The \"int\" type "
                                               "was expected. Verify and try again.")
                                    .arg(part));
                        ids.append(int(*id));
                    }
                    input.categoryIds = ids;
                    continue;
                }
                if (v.isNull())
                    continue;
                if ((v.isArray() || v.isObject()) && a->input != u"multiselect")
                    return customAttributeError(
                        QStringLiteral("Attribute \"%1\" has invalid value. The \"array\" value's "
                                       "type is invalid. The \"string\" type was expected. "
                                       "Verify and try again.")
                            .arg(code));
                const auto normalized = normalizeValue(*a, v);
                if (!normalized)
                    return customAttributeError(
                        QStringLiteral("Attribute \"%1\" has invalid value. The \"%2\" value's type "
                                       "is invalid. The \"%3\" type was expected. Verify and try again.")
                            .arg(code, webapi::phpText(v), expectedType(*a)));
                input.values.append({a, *normalized});
            }
        } else if (camel == u"ExtensionAttributes") {
            if (!value.isObject())
                return webapi::typeMismatch(value, QStringLiteral("\\") + kProductExtension, key);
            const QJsonObject ext = value.toObject();
            static const QStringList knownExtension {QStringLiteral("website_ids"), QStringLiteral("category_links"),
                QStringLiteral("stock_item"), QStringLiteral("bundle_product_options"),
                QStringLiteral("configurable_product_options"), QStringLiteral("configurable_product_links"),
                QStringLiteral("downloadable_product_links"), QStringLiteral("downloadable_product_samples"),
                QStringLiteral("giftcard_amounts")};
            if (auto error = webapi::checkProperties(ext, knownExtension, kProductExtension))
                return error;
            for (auto e = ext.begin(); e != ext.end(); ++e) {
                const QString extCamel = webapi::upperCamel(e.key());
                const QJsonValue ev = e.value();
                if (ev.isNull())
                    continue;
                if (extCamel == u"WebsiteIds") {
                    if (!ev.isArray())
                        return webapi::typeMismatch(ev, QStringLiteral("int[]"), e.key());
                    QList<int> ids;
                    for (const QJsonValue& w : ev.toArray()) {
                        const auto id = webapi::toInt(w);
                        if (!id)
                            return webapi::typeMismatch(w, QStringLiteral("int"), e.key());
                        ids.append(int(*id));
                    }
                    input.websiteIds = ids;
                } else if (extCamel == u"CategoryLinks") {
                    if (!ev.isArray())
                        return webapi::typeMismatch(
                            ev, QStringLiteral("\\") + kCategoryLinkInterface + QStringLiteral("[]"), e.key());
                    if (arrayLimit > 0 && ev.toArray().size() > arrayLimit)
                        return webapi::arrayLimitExceeded(kCategoryLinkInterface, arrayLimit);
                    QList<CategoryLink> links;
                    for (const QJsonValue& l : ev.toArray()) {
                        if (!l.isObject())
                            return webapi::typeMismatch(l, QStringLiteral("\\") + kCategoryLinkInterface, e.key());
                        const QJsonObject lo = l.toObject();
                        if (auto error = webapi::checkProperties(lo,
                                {QStringLiteral("category_id"), QStringLiteral("position"),
                                    QStringLiteral("extension_attributes")},
                                kCategoryLinkInterface))
                            return error;
                        const QJsonValue cid = webapi::bodyParameter(lo, QStringLiteral("categoryId"));
                        if (cid.isUndefined() || cid.isNull())
                            return webapi::requiredField(QStringLiteral("category_id"));
                        const auto id = webapi::toInt(cid);
                        if (!id)
                            return webapi::typeMismatch(cid, QStringLiteral("int"), QStringLiteral("category_id"));
                        const QJsonValue pos = lo.value(QStringLiteral("position"));
                        const auto position
                            = pos.isUndefined() || pos.isNull() ? std::optional<qint64>(0) : webapi::toInt(pos);
                        if (!position)
                            return webapi::typeMismatch(pos, QStringLiteral("int"), QStringLiteral("position"));
                        links.append({int(*id), int(*position)});
                    }
                    input.categoryLinks = links;
                } else if (extCamel == u"StockItem") {
                    if (!ev.isObject())
                        return webapi::typeMismatch(ev, QStringLiteral("\\") + kStockItemInterface, e.key());
                    StockItem probe;
                    if (auto error = applyStockInput(ev.toObject(), probe, e.key()))
                        return error;
                    input.stockItem = ev.toObject();
                }
            }
        }
    }
    return std::nullopt;
}

std::optional<ApiResponse> Catalog::applyStockInput(
    const QJsonObject& json, StockItem& s, const QString& property) const
{
    Q_UNUSED(property);
    QStringList known;
    for (const auto& f : stockFields())
        known.append(f.first);
    if (auto error = webapi::checkProperties(json, known, kStockItemInterface))
        return error;
    bool explicitInStock = false;
    const double oldQty = s.qty;
    for (const auto& [name, kind] : stockFields()) {
        QJsonValue v = json.value(name);
        if (v.isUndefined()) {
            QString camel = webapi::upperCamel(name); // the camelCase spelling is accepted too
            camel[0] = camel.at(0).toLower();
            v = json.value(camel);
        }
        if (v.isUndefined() || v.isNull())
            continue;
        double d = 0;
        bool b = false;
        if (kind == 'f' || kind == 'i') {
            const auto f = webapi::toFloat(v);
            if (!f)
                return webapi::typeMismatch(v, kind == 'f' ? QStringLiteral("float") : QStringLiteral("int"), name);
            d = kind == 'i' ? std::trunc(*f) : *f;
        } else if (kind == 'b') {
            const auto flag = webapi::toBool(v);
            if (!flag)
                return webapi::typeMismatch(v, QStringLiteral("bool"), name);
            b = *flag;
        } else if (kind == 's') {
            if (!webapi::toText(v))
                return webapi::typeMismatch(v, QStringLiteral("string"), name);
        }
        if (name == u"qty")
            s.qty = d;
        else if (name == u"is_in_stock") {
            s.isInStock = b;
            explicitInStock = true;
        } else if (name == u"is_qty_decimal")
            s.isQtyDecimal = b;
        else if (name == u"use_config_min_qty")
            s.useConfigMinQty = b;
        else if (name == u"min_qty")
            s.minQty = d;
        else if (name == u"use_config_min_sale_qty")
            s.useConfigMinSaleQty = d != 0;
        else if (name == u"min_sale_qty")
            s.minSaleQty = d;
        else if (name == u"use_config_max_sale_qty")
            s.useConfigMaxSaleQty = b;
        else if (name == u"max_sale_qty")
            s.maxSaleQty = d;
        else if (name == u"use_config_backorders")
            s.useConfigBackorders = b;
        else if (name == u"backorders")
            s.backorders = int(d);
        else if (name == u"use_config_notify_stock_qty")
            s.useConfigNotifyStockQty = b;
        else if (name == u"notify_stock_qty")
            s.notifyStockQty = d;
        else if (name == u"use_config_qty_increments")
            s.useConfigQtyIncrements = b;
        else if (name == u"qty_increments")
            s.qtyIncrements = d;
        else if (name == u"use_config_enable_qty_inc")
            s.useConfigEnableQtyInc = b;
        else if (name == u"enable_qty_increments")
            s.enableQtyIncrements = b;
        else if (name == u"use_config_manage_stock")
            s.useConfigManageStock = b;
        else if (name == u"manage_stock")
            s.manageStock = b;
        else if (name == u"is_decimal_divided")
            s.isDecimalDivided = b;
    }
    // StockStateProvider::verifyStock: without backorders, a quantity at or below min_qty is out of stock;
    // a product back above it comes back in stock unless the request says otherwise.
    if (s.manageStock && s.backorders == 0) {
        if (s.qty <= s.minQty) {
            if (s.isInStock)
                s.stockStatusChangedAuto = 1;
            s.isInStock = false;
        } else if (!explicitInStock && !s.isInStock && s.qty != oldQty) {
            s.isInStock = true;
            s.stockStatusChangedAuto = 1;
        }
    }
    return std::nullopt;
}

std::optional<ApiResponse> Catalog::checkUrlKey(const Product& product, int ignoreId) const
{
    QList<int> stores {0};
    for (const StoreViewInfo& v : m_stores.views())
        stores.append(v.id);
    for (int storeId : std::as_const(stores)) {
        const QJsonValue mine = product.value(QStringLiteral("url_key"), storeId);
        if (!mine.isString() || mine.toString().isEmpty())
            continue;
        for (const Product& other : m_products) {
            if (other.id == ignoreId)
                continue;
            if (other.value(QStringLiteral("url_key"), storeId).toString().compare(mine.toString(), Qt::CaseInsensitive)
                == 0)
                return ApiResponse::badRequest(QStringLiteral("URL key for specified store already exists."));
        }
    }
    return std::nullopt;
}

ApiResponse Catalog::saveProduct(const ApiRequest& request)
{
    if (!request.body.trimmed().isEmpty() && request.json.isNull())
        return webapi::decodingError();
    const QJsonObject body = request.json.object();
    const QJsonValue productValue = body.value(QStringLiteral("product"));
    if (productValue.isUndefined() || productValue.isNull())
        return webapi::requiredField(QStringLiteral("product"));
    if (!productValue.isObject())
        return webapi::typeMismatch(productValue, QStringLiteral("\\") + kProductInterface);
    const QJsonValue saveOptions = webapi::bodyParameter(body, QStringLiteral("saveOptions"));
    if (!saveOptions.isUndefined() && !saveOptions.isNull() && !webapi::toBool(saveOptions))
        return webapi::typeMismatch(saveOptions, QStringLiteral("bool"));

    ProductInput input;
    if (auto error = parseProductInput(productValue.toObject(), input, request))
        return *error;

    // The body's SKU wins (Magento ignores the URL's {sku} in save()); the URL's SKU fills in when the body has none.
    QString sku = input.sku.value_or(request.params.value(QStringLiteral("sku")));
    const int storeId = storeIdOf(request);
    const auto found = m_indexBySku.constFind(skuKey(sku));
    const bool creating = found == m_indexBySku.cend();
    Product product;
    if (creating) {
        const auto provided = [&](const QString& code) {
            for (const auto& [a, v] : std::as_const(input.values)) {
                if (a->code == code && !isEmptyValue(v))
                    return true;
            }
            return false;
        };
        if (!provided(QStringLiteral("name")))
            return ApiResponse::badRequest(
                QStringLiteral("The \"Product Name\" attribute value is empty. Set the attribute and try again."));
        if (sku.trimmed().isEmpty())
            return ApiResponse::badRequest(
                QStringLiteral("The \"SKU\" attribute value is empty. Set the attribute and try again."));
        if (!provided(QStringLiteral("price")))
            return ApiResponse::badRequest(
                QStringLiteral("The \"Price\" attribute value is empty. Set the attribute and try again."));
        product.id = m_products.isEmpty() ? 1 : m_products.last().id + 1;
        product.sku = sku.trimmed();
        product.createdAt = now();
        product.websiteIds = {1};
        for (const AttributeDef& a : productAttributes()) {
            if (!a.defaultValue.isEmpty())
                product.values[0][a.code] = *normalizeValue(a, QJsonValue(a.defaultValue));
        }
        product.values[0][QStringLiteral("required_options")] = QStringLiteral("0");
        product.values[0][QStringLiteral("has_options")] = QStringLiteral("0");
    } else {
        product = m_products.at(*found);
    }
    if (product.sku.size() > 64)
        return ApiResponse::badRequest(QStringLiteral("SKU length should be 64 characters maximum."));
    if (input.typeId) {
        static const QStringList types {QStringLiteral("simple"), QStringLiteral("virtual"),
            QStringLiteral("configurable"), QStringLiteral("bundle"), QStringLiteral("grouped"),
            QStringLiteral("downloadable")};
        if (!types.contains(*input.typeId))
            return webapi::invalidFieldValue(QStringLiteral("type_id"), *input.typeId);
        product.typeId = *input.typeId;
    }
    if (input.attributeSetId) {
        if (*input.attributeSetId != 4)
            return webapi::invalidFieldValue(
                QStringLiteral("attribute_set_id"), QString::number(*input.attributeSetId));
        product.attributeSetId = 4;
    }

    // Values land in the scope the request addresses (see the class comment).
    bool urlKeyGiven = false;
    const int websiteId = m_stores.websiteOfStore(storeId);
    for (const auto& [a, v] : std::as_const(input.values)) {
        if (a->code == u"url_key")
            urlKeyGiven = true;
        if (a->scope == AttributeScope::Global || storeId == 0) {
            product.values[0][a->code] = v;
            continue;
        }
        const QList<int> targets
            = a->scope == AttributeScope::Store ? QList<int> {storeId} : m_stores.storeIdsOfWebsite(websiteId);
        for (int target : targets)
            product.values[target][a->code] = v;
        if (creating && a->keepGlobalOnCreate)
            product.values[0][a->code] = v;
    }
    if (creating && !urlKeyGiven) {
        const QString key = slugify(product.value(QStringLiteral("name"), storeId).toString());
        product.values[0][QStringLiteral("url_key")] = key;
        if (storeId != 0)
            product.values[storeId][QStringLiteral("url_key")] = key;
    }
    if (creating || urlKeyGiven) {
        if (auto error = checkUrlKey(product, product.id))
            return *error;
    }

    if (input.websiteIds) {
        for (int w : std::as_const(*input.websiteIds)) {
            if (w == 0 || !m_stores.websiteExists(w))
                return ApiResponse::notFound(
                    QStringLiteral(
                        "The website with id %1 that was requested wasn't found. Verify the website and try again."),
                    QJsonArray {w});
        }
        product.websiteIds = *input.websiteIds;
    }
    QList<CategoryLink> links;
    bool linksGiven = false;
    if (input.categoryLinks) {
        links = *input.categoryLinks;
        linksGiven = true;
    } else if (input.categoryIds) {
        for (int id : std::as_const(*input.categoryIds))
            links.append({id, 0});
        linksGiven = true;
    }
    if (linksGiven) {
        for (const CategoryLink& l : std::as_const(links)) {
            if (!categoryById(l.categoryId))
                return ApiResponse::badRequest(
                    QStringLiteral("Could not save product \"%1\" with position %2 to category %3"),
                    QJsonArray {product.id, l.position, l.categoryId});
        }
        product.categoryLinks = links;
    }
    if (input.productLinks) {
        for (const QJsonValue& link : std::as_const(*input.productLinks)) {
            const QString linked = link.toObject().value(QStringLiteral("linked_product_sku")).toString();
            if (!linked.isEmpty() && !productBySku(linked) && skuKey(linked) != skuKey(product.sku))
                return ApiResponse::notFound(
                    QStringLiteral("The Product with the \"%1\" SKU doesn't exist."), QJsonArray {linked});
        }
        product.productLinks = *input.productLinks;
    }
    if (input.mediaGalleryEntries) {
        QJsonArray entries;
        int nextId = 1;
        for (const QJsonValue& existing : std::as_const(product.mediaGalleryEntries))
            nextId = std::max(nextId, existing.toObject().value(QStringLiteral("id")).toInt() + 1);
        for (const QJsonValue& entry : std::as_const(*input.mediaGalleryEntries)) {
            QJsonObject o = entry.toObject();
            if (!o.contains(QStringLiteral("id"))) {
                const QJsonObject content = o.value(QStringLiteral("content")).toObject();
                const QString fileName = content.value(QStringLiteral("name")).toString();
                if (content.value(QStringLiteral("base64_encoded_data")).toString().isEmpty() || fileName.isEmpty())
                    return ApiResponse::badRequest(
                        QStringLiteral("The image content is invalid. Verify the content and try again."));
                o.insert(QStringLiteral("id"), nextId++);
                o.insert(QStringLiteral("file"),
                    QStringLiteral("/%1/%2/%3")
                        .arg(fileName.left(1).toLower(), fileName.mid(1, 1).toLower(), fileName));
                o.remove(QStringLiteral("content"));
            }
            entries.append(o);
        }
        product.mediaGalleryEntries = entries;
    }
    if (input.options)
        product.options = *input.options;
    if (input.tierPrices)
        product.tierPrices = *input.tierPrices;
    if (input.stockItem) {
        if (auto error = applyStockInput(*input.stockItem, product.stock, QStringLiteral("stock_item")))
            return *error;
    }
    product.updatedAt = now();

    if (Status s = persistProduct(product); !s) {
        qWarning("sandbox: could not store product: %s", qPrintable(s.error().message));
        return webapi::internalError();
    }
    forget(product.id);
    if (creating) {
        m_indexBySku.insert(skuKey(product.sku), int(m_products.size()));
        m_products.append(product);
    } else {
        m_products[*found] = product;
    }
    if (creating || input.stockItem)
        syncDefaultSource(product);
    recordWrite(product.sku);
    return ApiResponse::ok(productJson(product, storeId));
}

ApiResponse Catalog::deleteProduct(const ApiRequest& request)
{
    const QString sku = request.params.value(QStringLiteral("sku"));
    const auto found = m_indexBySku.constFind(skuKey(sku));
    if (found == m_indexBySku.cend())
        return ApiResponse::notFound(kProductNotFound);
    const Product product = m_products.at(*found);
    const Status deleted = m_db.inTransaction([&]() -> Status {
        QSqlQuery query(m_db.database());
        query.prepare(QStringLiteral("DELETE FROM mg_product WHERE entity_id = ?"));
        query.addBindValue(product.id);
        if (!query.exec())
            return Error {query.lastError().text()};
        query.prepare(QStringLiteral("DELETE FROM mg_source_item WHERE sku_key = ?"));
        query.addBindValue(skuKey(product.sku));
        if (!query.exec())
            return Error {query.lastError().text()};
        return {};
    });
    if (!deleted)
        return ApiResponse::badRequest(
            QStringLiteral("The \"%1\" product couldn't be removed."), QJsonArray {product.sku});
    forget(product.id);
    m_products.removeAt(*found);
    m_indexBySku.clear();
    for (qsizetype i = 0; i < m_products.size(); ++i)
        m_indexBySku.insert(skuKey(m_products.at(i).sku), int(i));
    for (auto it = m_sourceItems.begin(); it != m_sourceItems.end();) {
        if (it.key().first == skuKey(product.sku))
            it = m_sourceItems.erase(it);
        else
            ++it;
    }
    recordWrite(product.sku);
    return ApiResponse::ok(true);
}

// ---- attributes ----------------------------------------------------------------------------------------

QJsonObject Catalog::attributeJson(const AttributeDef& a)
{
    QJsonArray options;
    if (a.input == u"select" || a.input == u"multiselect" || a.input == u"boolean") {
        if (a.input == u"select")
            options.append(
                QJsonObject {{QStringLiteral("label"), QStringLiteral(" ")}, {QStringLiteral("value"), QString()}});
        for (const AttributeOption& o : a.options)
            options.append(QJsonObject {{QStringLiteral("label"), o.label}, {QStringLiteral("value"), o.value}});
    }
    QJsonObject out {{QStringLiteral("is_wysiwyg_enabled"), false}, {QStringLiteral("is_html_allowed_on_front"), true},
        {QStringLiteral("used_for_sort_by"), a.code == u"name" || a.code == u"price"},
        {QStringLiteral("is_filterable"), a.filterable}, {QStringLiteral("is_filterable_in_search"), a.filterable},
        {QStringLiteral("is_used_in_grid"), true}, {QStringLiteral("is_visible_in_grid"), a.topLevel},
        {QStringLiteral("is_filterable_in_grid"), true}, {QStringLiteral("position"), 0},
        {QStringLiteral("apply_to"), QJsonArray {}},
        {QStringLiteral("is_searchable"), a.searchable ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("is_visible_in_advanced_search"), a.searchable ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("is_comparable"), a.visibleOnFront ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("is_used_for_promo_rules"), QStringLiteral("0")},
        {QStringLiteral("is_visible_on_front"), a.visibleOnFront ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("used_in_product_listing"), a.usedInListing ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("is_visible"), true}, {QStringLiteral("scope"), scopeName(a.scope)},
        {QStringLiteral("attribute_id"), a.id}, {QStringLiteral("attribute_code"), a.code},
        {QStringLiteral("frontend_input"), a.input}, {QStringLiteral("entity_type_id"), QStringLiteral("4")},
        {QStringLiteral("is_required"), a.required}, {QStringLiteral("options"), options},
        {QStringLiteral("is_user_defined"), a.userDefined}, {QStringLiteral("default_frontend_label"), a.label},
        {QStringLiteral("frontend_labels"), QJsonArray {}}, {QStringLiteral("backend_type"), a.backendType},
        {QStringLiteral("is_unique"), a.code == u"sku" ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("validation_rules"), QJsonArray {}}};
    if (!a.sourceModel.isEmpty())
        out.insert(QStringLiteral("source_model"), a.sourceModel);
    if (!a.backendModel.isEmpty())
        out.insert(QStringLiteral("backend_model"), a.backendModel);
    out.insert(QStringLiteral("default_value"), a.defaultValue);
    if (a.code == u"price" || a.code == u"special_price" || a.code == u"cost")
        out.insert(QStringLiteral("frontend_class"), QStringLiteral("validate-zero-or-greater"));
    return out;
}

ApiResponse Catalog::listAttributes(const ApiRequest& request) const
{
    SearchCriteria criteria;
    if (auto error = parseSearchCriteria(request.query, criteria, m_context.inputLimits))
        return *error;
    AttributeSearchSource source;
    SearchResult result;
    if (auto error = runSearch(criteria, source, UnknownFieldPolicy::FlatSqlError, result))
        return *error;
    QJsonArray items;
    for (int row : std::as_const(result.rows))
        items.append(attributeJson(productAttributes().at(row)));
    return ApiResponse::ok(searchResultsJson(items, criteria, result.totalCount));
}

ApiResponse Catalog::getAttribute(const ApiRequest& request) const
{
    const QString code = request.params.value(QStringLiteral("attributeCode"));
    const AttributeDef* a = productAttribute(code);
    if (!a)
        return ApiResponse::notFound(
            QStringLiteral(
                "The attribute with a \"%1\" attributeCode doesn't exist. Verify the attribute and try again."),
            QJsonArray {code});
    return ApiResponse::ok(attributeJson(*a));
}

ApiResponse Catalog::getAttributeOptions(const ApiRequest& request) const
{
    const QString code = request.params.value(QStringLiteral("attributeCode"));
    const AttributeDef* a = productAttribute(code);
    if (!a)
        return ApiResponse::notFound(
            QStringLiteral(
                "The attribute with a \"%1\" attributeCode doesn't exist. Verify the attribute and try again."),
            QJsonArray {code});
    return ApiResponse::ok(attributeJson(*a).value(QStringLiteral("options")));
}

ApiResponse Catalog::listProductTypes(const ApiRequest& request) const
{
    Q_UNUSED(request);
    QJsonArray out;
    const QList<QPair<QString, QString>> types {{QStringLiteral("simple"), QStringLiteral("Simple Product")},
        {QStringLiteral("virtual"), QStringLiteral("Virtual Product")},
        {QStringLiteral("configurable"), QStringLiteral("Configurable Product")},
        {QStringLiteral("downloadable"), QStringLiteral("Downloadable Product")},
        {QStringLiteral("grouped"), QStringLiteral("Grouped Product")},
        {QStringLiteral("bundle"), QStringLiteral("Bundle Product")}};
    for (const auto& [name, label] : types)
        out.append(QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("label"), label}});
    return ApiResponse::ok(out);
}

ApiResponse Catalog::listAttributeSets(const ApiRequest& request) const
{
    SearchCriteria criteria;
    if (auto error = parseSearchCriteria(request.query, criteria, m_context.inputLimits))
        return *error;
    const QJsonArray items {QJsonObject {{QStringLiteral("attribute_set_id"), 4},
        {QStringLiteral("attribute_set_name"), QStringLiteral("Default")}, {QStringLiteral("sort_order"), 2},
        {QStringLiteral("entity_type_id"), 4}}};
    return ApiResponse::ok(searchResultsJson(items, criteria, 1));
}

// ---- stock ---------------------------------------------------------------------------------------------

ApiResponse Catalog::getStockItem(const ApiRequest& request) const
{
    const QString sku = request.params.value(QStringLiteral("productSku"));
    const Product* p = productBySku(sku);
    if (!p)
        return stockProductNotFound(sku);
    return ApiResponse::ok(p->stock.toJson(p->id));
}

ApiResponse Catalog::getStockStatus(const ApiRequest& request) const
{
    const QString sku = request.params.value(QStringLiteral("productSku"));
    const Product* p = productBySku(sku);
    if (!p)
        return stockProductNotFound(sku);
    return ApiResponse::ok(QJsonObject {{QStringLiteral("product_id"), p->id}, {QStringLiteral("stock_id"), 1},
        {QStringLiteral("qty"), qint64(std::floor(p->stock.qty))},
        {QStringLiteral("stock_status"), p->stock.isInStock ? 1 : 0},
        {QStringLiteral("stock_item"), p->stock.toJson(p->id)}});
}

ApiResponse Catalog::updateStockItem(const ApiRequest& request)
{
    if (!request.body.trimmed().isEmpty() && request.json.isNull())
        return webapi::decodingError();
    const QJsonValue stockValue = webapi::bodyParameter(request.json.object(), QStringLiteral("stockItem"));
    if (stockValue.isUndefined() || stockValue.isNull())
        return webapi::requiredField(QStringLiteral("stockItem"));
    if (!stockValue.isObject())
        return webapi::typeMismatch(stockValue, QStringLiteral("\\") + kStockItemInterface);
    const QString sku = request.params.value(QStringLiteral("productSku"));
    const auto found = m_indexBySku.constFind(skuKey(sku));
    if (found == m_indexBySku.cend())
        return stockProductNotFound(sku);
    Product product = m_products.at(*found);
    if (auto error = applyStockInput(stockValue.toObject(), product.stock, QStringLiteral("stockItem")))
        return *error;
    product.updatedAt = now();
    if (Status s = persistProduct(product); !s) {
        qWarning("sandbox: could not store stock: %s", qPrintable(s.error().message));
        return webapi::internalError();
    }
    forget(product.id);
    m_products[*found] = product;
    syncDefaultSource(product);
    recordWrite(product.sku);
    return ApiResponse::ok(product.id);
}

// ---- MSI -----------------------------------------------------------------------------------------------

ApiResponse Catalog::saveSourceItems(const ApiRequest& request)
{
    if (!request.body.trimmed().isEmpty() && request.json.isNull())
        return webapi::decodingError();
    const QJsonValue itemsValue = webapi::bodyParameter(request.json.object(), QStringLiteral("sourceItems"));
    if (itemsValue.isUndefined() || itemsValue.isNull())
        return webapi::requiredField(QStringLiteral("sourceItems"));
    if (!itemsValue.isArray())
        return webapi::typeMismatch(itemsValue, QStringLiteral("\\") + kSourceItemInterface + QStringLiteral("[]"));
    const QJsonArray list = itemsValue.toArray();
    if (const InputLimits* limits = m_context.inputLimits; limits && limits->enabled) {
        const int max = request.fromBulk ? limits->asyncArrayLimit : limits->syncArrayLimit;
        if (list.size() > max)
            return webapi::arrayLimitExceeded(kSourceItemInterface, max);
    }
    // Type conversion first (ServiceInputProcessor), then MSI's validator chain collects all errors.
    QList<SourceItem> items;
    QJsonArray errors;
    const auto fieldError = [&errors](const QString& message, const QString& field) {
        errors.append(QJsonObject {{QStringLiteral("message"), message},
            {QStringLiteral("parameters"), QJsonObject {{QStringLiteral("field"), field}}}});
    };
    for (const QJsonValue& entry : list) {
        if (!entry.isObject())
            return webapi::typeMismatch(
                entry, QStringLiteral("\\") + kSourceItemInterface, QStringLiteral("sourceItems"));
        const QJsonObject o = entry.toObject();
        if (auto error = webapi::checkProperties(o,
                {QStringLiteral("sku"), QStringLiteral("source_code"), QStringLiteral("quantity"),
                    QStringLiteral("status"), QStringLiteral("extension_attributes")},
                kSourceItemInterface))
            return *error;
        SourceItem item;
        const QJsonValue sku = o.value(QStringLiteral("sku"));
        const QJsonValue source = webapi::bodyParameter(o, QStringLiteral("sourceCode"));
        const QJsonValue quantity = o.value(QStringLiteral("quantity"));
        const QJsonValue status = o.value(QStringLiteral("status"));
        if (!sku.isUndefined() && !sku.isNull() && !webapi::toText(sku))
            return webapi::typeMismatch(sku, QStringLiteral("string"), QStringLiteral("sku"));
        if (!source.isUndefined() && !source.isNull() && !webapi::toText(source))
            return webapi::typeMismatch(source, QStringLiteral("string"), QStringLiteral("source_code"));
        if (!quantity.isUndefined() && !quantity.isNull() && !webapi::toFloat(quantity))
            return webapi::typeMismatch(quantity, QStringLiteral("float"), QStringLiteral("quantity"));
        if (!status.isUndefined() && !status.isNull() && !webapi::toInt(status))
            return webapi::typeMismatch(status, QStringLiteral("int"), QStringLiteral("status"));
        item.sku = webapi::toText(sku).value_or(QString()).trimmed();
        item.sourceCode = webapi::toText(source).value_or(QString()).trimmed();
        if (item.sku.isEmpty())
            fieldError(QStringLiteral("\"%field\" can not be empty."), QStringLiteral("sku"));
        if (item.sourceCode.isEmpty())
            fieldError(QStringLiteral("\"%field\" can not be empty."), QStringLiteral("source_code"));
        if (quantity.isUndefined() || quantity.isNull())
            fieldError(QStringLiteral("\"%field\" should be numeric."), QStringLiteral("quantity"));
        else
            item.quantity = *webapi::toFloat(quantity);
        if (status.isUndefined() || status.isNull()) {
            fieldError(QStringLiteral("\"%field\" should be numeric."), QStringLiteral("status"));
        } else {
            item.status = int(*webapi::toInt(status));
            if (item.status != 0 && item.status != 1)
                errors.append(QJsonObject {
                    {QStringLiteral("message"), QStringLiteral("\"%field\" should be one of the following: %options")},
                    {QStringLiteral("parameters"),
                        QJsonObject {{QStringLiteral("field"), QStringLiteral("status")},
                            {QStringLiteral("options"), QStringLiteral("0, 1")}}}});
        }
        items.append(item);
    }
    if (!errors.isEmpty())
        return ApiResponse {400,
            QJsonObject {
                {QStringLiteral("message"), QStringLiteral("Validation Failed")}, {QStringLiteral("errors"), errors}},
            {}};
    static const QStringList sources {QStringLiteral("default"), QStringLiteral("eu_warehouse")};
    for (const SourceItem& item : std::as_const(items)) {
        if (!sources.contains(item.sourceCode))
            return ApiResponse::badRequest(QStringLiteral("Could not save Source Item"));
    }
    QList<int> touchedProducts;
    const Status saved = m_db.inTransaction([&]() -> Status {
        for (const SourceItem& item : std::as_const(items)) {
            if (Status s = persistSourceItem(item); !s)
                return s;
            if (item.sourceCode == u"default") {
                const auto found = m_indexBySku.constFind(skuKey(item.sku));
                if (found != m_indexBySku.cend()) {
                    Product& p = m_products[*found];
                    forget(p.id);
                    p.stock.qty = item.quantity;
                    p.stock.isInStock = item.status == 1;
                    p.updatedAt = now();
                    if (Status s = persistProduct(p); !s)
                        return s;
                }
            }
        }
        return {};
    });
    if (!saved) {
        // Roll the in-memory stock back to what the database holds.
        qWarning("sandbox: could not save source items: %s", qPrintable(saved.error().message));
        if (Status reloaded = load(); !reloaded)
            qWarning("sandbox: could not reload the catalogue: %s", qPrintable(reloaded.error().message));
        return ApiResponse::badRequest(QStringLiteral("Could not save Source Item"));
    }
    for (const SourceItem& item : std::as_const(items)) {
        m_sourceItems.insert({skuKey(item.sku), item.sourceCode}, item);
        recordWrite(item.sku);
    }
    return ApiResponse::ok(QJsonArray {});
}

ApiResponse Catalog::searchSourceItems(const ApiRequest& request) const
{
    SearchCriteria criteria;
    if (auto error = parseSearchCriteria(request.query, criteria, m_context.inputLimits))
        return *error;
    const QList<SourceItem> rows = m_sourceItems.values();
    SourceItemSearchSource source(rows);
    SearchResult result;
    if (auto error = runSearch(criteria, source, UnknownFieldPolicy::FlatSqlError, result))
        return *error;
    QJsonArray items;
    for (int row : std::as_const(result.rows)) {
        const SourceItem& s = rows.at(row);
        items.append(QJsonObject {{QStringLiteral("sku"), s.sku}, {QStringLiteral("source_code"), s.sourceCode},
            {QStringLiteral("quantity"), s.quantity}, {QStringLiteral("status"), s.status}});
    }
    return ApiResponse::ok(searchResultsJson(items, criteria, result.totalCount));
}

ApiResponse Catalog::listSources(const ApiRequest& request) const
{
    // searchCriteria is optional here (SourceRepositoryInterface::getList($searchCriteria = null)).
    SearchCriteria criteria;
    const bool hasCriteria = webapi::parsePhpQuery(request.query).child(QStringLiteral("searchCriteria")) != nullptr;
    if (hasCriteria) {
        if (auto error = parseSearchCriteria(request.query, criteria, m_context.inputLimits))
            return *error;
    }
    const QJsonArray all {
        QJsonObject {{QStringLiteral("source_code"), QStringLiteral("default")},
            {QStringLiteral("name"), QStringLiteral("Default Source")}, {QStringLiteral("enabled"), true},
            {QStringLiteral("description"), QStringLiteral("Default Source")}, {QStringLiteral("latitude"), 0},
            {QStringLiteral("longitude"), 0}, {QStringLiteral("country_id"), QStringLiteral("DE")},
            {QStringLiteral("postcode"), QStringLiteral("00000")}, {QStringLiteral("use_default_carrier_config"), true},
            {QStringLiteral("carrier_links"), QJsonArray {}}},
        QJsonObject {{QStringLiteral("source_code"), QStringLiteral("eu_warehouse")},
            {QStringLiteral("name"), QStringLiteral("EU Warehouse Hamburg")}, {QStringLiteral("enabled"), true},
            {QStringLiteral("latitude"), 53.5511}, {QStringLiteral("longitude"), 9.9937},
            {QStringLiteral("country_id"), QStringLiteral("DE")}, {QStringLiteral("postcode"), QStringLiteral("20095")},
            {QStringLiteral("city"), QStringLiteral("Hamburg")}, {QStringLiteral("use_default_carrier_config"), true},
            {QStringLiteral("carrier_links"), QJsonArray {}}}};
    return ApiResponse::ok(searchResultsJson(all, criteria, int(all.size())));
}

// ---- categories ----------------------------------------------------------------------------------------

const Category* Catalog::categoryById(int id) const
{
    for (const Category& c : m_categories) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

int Catalog::productCountOf(int categoryId) const
{
    int count = 0;
    for (const Product& p : m_products) {
        for (const CategoryLink& l : p.categoryLinks) {
            if (l.categoryId == categoryId) {
                ++count;
                break;
            }
        }
    }
    return count;
}

QJsonObject Catalog::categoryJson(const Category& c) const
{
    QStringList children;
    int childrenCount = 0;
    for (const Category& other : m_categories) {
        if (other.parentId == c.id)
            children.append(QString::number(other.id));
        if (other.path.startsWith(c.path + u'/'))
            ++childrenCount;
    }
    QJsonArray custom {QJsonObject {{QStringLiteral("attribute_code"), QStringLiteral("display_mode")},
                           {QStringLiteral("value"), QStringLiteral("PRODUCTS")}},
        QJsonObject {{QStringLiteral("attribute_code"), QStringLiteral("is_anchor")},
            {QStringLiteral("value"), QStringLiteral("1")}},
        QJsonObject {{QStringLiteral("attribute_code"), QStringLiteral("path")}, {QStringLiteral("value"), c.path}},
        QJsonObject {{QStringLiteral("attribute_code"), QStringLiteral("children_count")},
            {QStringLiteral("value"), QString::number(childrenCount)}}};
    if (!c.urlKey.isEmpty()) {
        custom.append(QJsonObject {
            {QStringLiteral("attribute_code"), QStringLiteral("url_key")}, {QStringLiteral("value"), c.urlKey}});
        custom.append(QJsonObject {
            {QStringLiteral("attribute_code"), QStringLiteral("url_path")}, {QStringLiteral("value"), c.urlKey}});
    }
    return QJsonObject {{QStringLiteral("id"), c.id}, {QStringLiteral("parent_id"), c.parentId},
        {QStringLiteral("name"), c.name}, {QStringLiteral("is_active"), c.isActive},
        {QStringLiteral("position"), c.position}, {QStringLiteral("level"), c.level},
        {QStringLiteral("children"), children.join(u',')}, {QStringLiteral("created_at"), c.createdAt},
        {QStringLiteral("updated_at"), c.updatedAt}, {QStringLiteral("path"), c.path},
        {QStringLiteral("available_sort_by"), QJsonArray {}}, {QStringLiteral("include_in_menu"), c.includeInMenu},
        {QStringLiteral("custom_attributes"), custom}};
}

QJsonObject Catalog::categoryTreeJson(const Category& c, int depth, int level) const
{
    QJsonArray children;
    if (depth <= 0 || level < depth) {
        QList<const Category*> kids;
        for (const Category& other : m_categories) {
            if (other.parentId == c.id)
                kids.append(&other);
        }
        std::stable_sort(
            kids.begin(), kids.end(), [](const Category* a, const Category* b) { return a->position < b->position; });
        for (const Category* kid : std::as_const(kids))
            children.append(categoryTreeJson(*kid, depth, level + 1));
    }
    return QJsonObject {{QStringLiteral("id"), c.id}, {QStringLiteral("parent_id"), c.parentId},
        {QStringLiteral("name"), c.name}, {QStringLiteral("is_active"), c.isActive},
        {QStringLiteral("position"), c.position}, {QStringLiteral("level"), c.level},
        {QStringLiteral("product_count"), productCountOf(c.id)}, {QStringLiteral("children_data"), children}};
}

ApiResponse Catalog::categoryTree(const ApiRequest& request) const
{
    const webapi::QueryNode query = webapi::parsePhpQuery(request.query);
    const int storeId = storeIdOf(request);
    int rootId = m_stores.rootCategoryOf(storeId);
    int depth = 0;
    if (const webapi::QueryNode* root = query.child(QStringLiteral("rootCategoryId"))) {
        const auto id = root->isLeaf ? webapi::toInt(QJsonValue(root->value)) : std::nullopt;
        if (!id)
            return webapi::typeMismatch(
                root->isLeaf ? QJsonValue(root->value) : QJsonValue(QJsonArray()), QStringLiteral("int"));
        rootId = int(*id);
    }
    if (const webapi::QueryNode* d = query.child(QStringLiteral("depth"))) {
        const auto value = d->isLeaf ? webapi::toInt(QJsonValue(d->value)) : std::nullopt;
        if (!value)
            return webapi::typeMismatch(
                d->isLeaf ? QJsonValue(d->value) : QJsonValue(QJsonArray()), QStringLiteral("int"));
        depth = int(*value);
    }
    const Category* root = categoryById(rootId);
    if (!root)
        return webapi::noSuchEntity(QStringLiteral("id"), rootId);
    return ApiResponse::ok(categoryTreeJson(*root, depth, 0));
}

ApiResponse Catalog::listCategories(const ApiRequest& request) const
{
    SearchCriteria criteria;
    if (auto error = parseSearchCriteria(request.query, criteria, m_context.inputLimits))
        return *error;
    CategorySearchSource source(m_categories, [this](int id) {
        const Category* c = categoryById(id);
        int count = 0;
        for (const Category& other : m_categories) {
            if (c && other.path.startsWith(c->path + u'/'))
                ++count;
        }
        return count;
    });
    SearchResult result;
    if (auto error = runSearch(criteria, source, UnknownFieldPolicy::EavInvalidAttribute, result))
        return *error;
    QJsonArray items;
    for (int row : std::as_const(result.rows))
        items.append(categoryJson(m_categories.at(row)));
    return ApiResponse::ok(searchResultsJson(items, criteria, result.totalCount));
}

ApiResponse Catalog::getCategory(const ApiRequest& request) const
{
    const QString raw = request.params.value(QStringLiteral("categoryId"));
    const auto id = webapi::toInt(QJsonValue(raw));
    if (!id)
        return webapi::typeMismatch(QJsonValue(raw), QStringLiteral("int"));
    const Category* c = categoryById(int(*id));
    if (!c)
        return webapi::noSuchEntity(QStringLiteral("id"), double(*id));
    return ApiResponse::ok(categoryJson(*c));
}

} // namespace studio::sandbox
