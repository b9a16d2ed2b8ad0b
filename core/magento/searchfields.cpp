#include "core/magento/searchfields.h"

#include "core/magento/magentourl.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace studio::magento {

namespace {

struct EntityInfo
{
    const char* id;
    const char* label;
    const char* route;
    const char* fields;
    const char* dateFields;
};

// Fields a consultant filters or sorts on: the flat columns of each entity's table or grid collection, then the
// EAV attributes Magento's default catalog and customer setups define. Magento accepts any attribute code; these
// are what the picker offers first.
const EntityInfo entityTable[] = {
    {"products", QT_TRANSLATE_NOOP("studio::magento::SearchFields", "Products"), "/V1/products",
        "sku,name,price,status,type_id,created_at,updated_at,visibility,attribute_set_id,entity_id,weight,"
        "category_id,website_id,store_id,url_key,special_price,special_from_date,special_to_date,cost,"
        "tax_class_id,description,short_description,meta_title,color,size,manufacturer,material,"
        "country_of_manufacture,news_from_date,news_to_date",
        "created_at,updated_at,special_from_date,special_to_date,news_from_date,news_to_date"},
    {"customers", QT_TRANSLATE_NOOP("studio::magento::SearchFields", "Customers"), "/V1/customers/search",
        "email,firstname,lastname,entity_id,group_id,website_id,store_id,created_at,updated_at,created_in,dob,"
        "gender,taxvat,middlename,prefix,suffix,default_billing,default_shipping,confirmation",
        "created_at,updated_at,dob"},
    {"orders", QT_TRANSLATE_NOOP("studio::magento::SearchFields", "Orders"), "/V1/orders",
        "increment_id,entity_id,state,status,customer_email,customer_id,customer_firstname,customer_lastname,"
        "created_at,updated_at,store_id,grand_total,base_grand_total,subtotal,total_qty_ordered,customer_group_id,"
        "quote_id,order_currency_code,shipping_method",
        "created_at,updated_at"},
    {"categories", QT_TRANSLATE_NOOP("studio::magento::SearchFields", "Categories"), "/V1/categories/list",
        "entity_id,name,parent_id,is_active,level,path,position,url_key,include_in_menu,children_count,"
        "created_at,updated_at",
        "created_at,updated_at"},
    {"sourceItems", QT_TRANSLATE_NOOP("studio::magento::SearchFields", "Source items (MSI)"),
        "/V1/inventory/source-items", "sku,source_code,quantity,status", ""},
    {"sources", QT_TRANSLATE_NOOP("studio::magento::SearchFields", "Sources (MSI)"), "/V1/inventory/sources",
        "source_code,name,enabled,country_id,region_id,postcode,city,priority", ""},
    {"stocks", QT_TRANSLATE_NOOP("studio::magento::SearchFields", "Stocks (MSI)"), "/V1/inventory/stocks",
        "stock_id,name", ""},
    {"productAttributes", QT_TRANSLATE_NOOP("studio::magento::SearchFields", "Product attributes"),
        "/V1/products/attributes",
        "attribute_code,attribute_id,frontend_input,is_user_defined,is_required,is_filterable,is_searchable,"
        "is_visible_on_front,backend_type,entity_type_id",
        ""},
    {"attributeSets", QT_TRANSLATE_NOOP("studio::magento::SearchFields", "Attribute sets"),
        "/V1/products/attribute-sets/sets/list", "attribute_set_id,attribute_set_name,entity_type_id,sort_order", ""},
    {"invoices", QT_TRANSLATE_NOOP("studio::magento::SearchFields", "Invoices"), "/V1/invoices",
        "entity_id,increment_id,order_id,state,created_at,updated_at,grand_total,store_id", "created_at,updated_at"},
    {"shipments", QT_TRANSLATE_NOOP("studio::magento::SearchFields", "Shipments"), "/V1/shipments",
        "entity_id,increment_id,order_id,created_at,updated_at,store_id,total_qty", "created_at,updated_at"},
    {"creditMemos", QT_TRANSLATE_NOOP("studio::magento::SearchFields", "Credit memos"), "/V1/creditmemos",
        "entity_id,increment_id,order_id,state,created_at,updated_at,grand_total,store_id", "created_at,updated_at"},
    {"transactions", QT_TRANSLATE_NOOP("studio::magento::SearchFields", "Payment transactions"), "/V1/transactions",
        "transaction_id,order_id,payment_id,txn_id,txn_type,is_closed,created_at", "created_at"},
    {"customerGroups", QT_TRANSLATE_NOOP("studio::magento::SearchFields", "Customer groups"),
        "/V1/customerGroups/search", "id,code,tax_class_id", ""},
    {"cmsPages", QT_TRANSLATE_NOOP("studio::magento::SearchFields", "CMS pages"), "/V1/cmsPage/search",
        "page_id,identifier,title,is_active,creation_time,update_time,store_id,page_layout",
        "creation_time,update_time"},
    {"cmsBlocks", QT_TRANSLATE_NOOP("studio::magento::SearchFields", "CMS blocks"), "/V1/cmsBlock/search",
        "block_id,identifier,title,is_active,creation_time,update_time,store_id", "creation_time,update_time"},
    {"salesRules", QT_TRANSLATE_NOOP("studio::magento::SearchFields", "Cart price rules"), "/V1/salesRules/search",
        "rule_id,name,is_active,from_date,to_date,coupon_type,sort_order", "from_date,to_date"},
    {"coupons", QT_TRANSLATE_NOOP("studio::magento::SearchFields", "Coupons"), "/V1/coupons/search",
        "coupon_id,rule_id,code,usage_limit,times_used,expiration_date,created_at", "expiration_date,created_at"},
    {"taxRates", QT_TRANSLATE_NOOP("studio::magento::SearchFields", "Tax rates"), "/V1/taxRates/search",
        "tax_calculation_rate_id,code,tax_country_id,tax_region_id,tax_postcode,rate", ""},
    {"taxRules", QT_TRANSLATE_NOOP("studio::magento::SearchFields", "Tax rules"), "/V1/taxRules/search",
        "tax_calculation_rule_id,code,priority,position", ""},
    {"returns", QT_TRANSLATE_NOOP("studio::magento::SearchFields", "Returns (RMA)"), "/V1/returns",
        "entity_id,increment_id,order_id,status,date_requested,customer_id", "date_requested"},
    {"bulkOperations", QT_TRANSLATE_NOOP("studio::magento::SearchFields", "Bulk operations"), "/V1/bulk",
        "bulk_uuid,status,topic_name,error_code,id", ""},
};

QStringList splitList(const char* text)
{
    return QString::fromLatin1(text).split(u',', Qt::SkipEmptyParts);
}

SearchEntity toEntity(const EntityInfo& info)
{
    return SearchEntity {QString::fromLatin1(info.id),
        QCoreApplication::translate("studio::magento::SearchFields", info.label), QString::fromLatin1(info.route),
        splitList(info.fields), splitList(info.dateFields)};
}

} // namespace

QString SearchFields::servicePath(const QString& path)
{
    QString text = path.trimmed();
    const qsizetype cut = text.indexOf(QRegularExpression(QStringLiteral("[?#]")));
    if (cut >= 0)
        text.truncate(cut);
    // A whole URL: keep what follows the host.
    const qsizetype scheme = text.indexOf(QStringLiteral("://"));
    if (scheme >= 0) {
        const qsizetype slash = text.indexOf(u'/', scheme + 3);
        text = slash < 0 ? QString() : text.mid(slash);
    }
    // "/rest/<store>/V1/..." or "/rest/V1/...": keep the service path.
    static const QRegularExpression rest(QStringLiteral("(?:^|/)rest(?:/[A-Za-z0-9_]+)?(?=/V\\d+(?:/|$))"));
    const QRegularExpressionMatch match = rest.match(text);
    if (match.hasMatch())
        text = text.mid(match.capturedEnd());
    while (text.size() > 1 && text.endsWith(u'/'))
        text.chop(1);
    if (text.isEmpty() || text == u"/")
        return QString();
    return MagentoUrl::normalizeServicePath(text);
}

std::optional<SearchEntity> SearchFields::forRoute(const QByteArray& method, const QString& path)
{
    if (method.compare("GET", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const QString service = servicePath(path);
    if (service.isEmpty())
        return std::nullopt;
    for (const EntityInfo& info : entityTable) {
        if (service.compare(QLatin1String(info.route), Qt::CaseInsensitive) == 0)
            return toEntity(info);
    }
    return std::nullopt;
}

QList<SearchEntity> SearchFields::all()
{
    QList<SearchEntity> out;
    for (const EntityInfo& info : entityTable)
        out << toEntity(info);
    return out;
}

QStringList SearchFields::customAttributeCodes(const QJsonValue& response)
{
    QStringList codes;
    QSet<QString> seen;
    const auto collect = [&](const QJsonObject& entity) {
        for (const QJsonValue attribute : entity.value(QStringLiteral("custom_attributes")).toArray()) {
            const QString code = attribute.toObject().value(QStringLiteral("attribute_code")).toString();
            if (!code.isEmpty() && !seen.contains(code)) {
                seen.insert(code);
                codes << code;
            }
        }
    };
    const QJsonObject object = response.toObject();
    if (object.value(QStringLiteral("items")).isArray()) {
        for (const QJsonValue item : object.value(QStringLiteral("items")).toArray())
            collect(item.toObject());
    } else if (response.isArray()) {
        for (const QJsonValue item : response.toArray())
            collect(item.toObject());
    } else {
        collect(object);
    }
    return codes;
}

} // namespace studio::magento
