#include "core/sandbox/storeviews.h"

#include "core/sandbox/webapiinput.h"

#include <QJsonArray>
#include <QJsonObject>

namespace studio::sandbox {

StoreViews::StoreViews()
{
    m_websites = {{0, QStringLiteral("admin"), QStringLiteral("Admin"), 0},
        {1, QStringLiteral("base"), QStringLiteral("Main Website"), 1}};
    m_groups = {{0, 0, 0, 0, QStringLiteral("Default"), QStringLiteral("default")},
        {1, 1, 2, 1, QStringLiteral("Main Website Store"), QStringLiteral("main_website_store")}};
    m_views = {{1, QStringLiteral("default"), QStringLiteral("Default Store View"), 1, 1, QStringLiteral("en_GB"),
                   QStringLiteral("https://shop.sandbox.example/")},
        {2, QStringLiteral("de"), QStringLiteral("German Store View"), 1, 1, QStringLiteral("de_DE"),
            QStringLiteral("https://shop.sandbox.example/de/")}};
}

std::optional<int> StoreViews::storeIdForCode(const QString& code) const
{
    if (code == u"all")
        return 0;
    for (const StoreViewInfo& v : m_views) {
        if (v.code == code)
            return v.id;
    }
    return std::nullopt;
}

bool StoreViews::codeExists(const QString& code) const
{
    return storeIdForCode(code).has_value();
}

bool StoreViews::storeIdExists(int storeId) const
{
    return storeId == 0 || view(storeId) != nullptr;
}

int StoreViews::websiteOfStore(int storeId) const
{
    const StoreViewInfo* v = view(storeId);
    return v ? v->websiteId : 0;
}

QList<int> StoreViews::storeIdsOfWebsite(int websiteId) const
{
    QList<int> ids;
    for (const StoreViewInfo& v : m_views) {
        if (v.websiteId == websiteId)
            ids.append(v.id);
    }
    return ids;
}

const StoreViewInfo* StoreViews::view(int storeId) const
{
    for (const StoreViewInfo& v : m_views) {
        if (v.id == storeId)
            return &v;
    }
    return nullptr;
}

int StoreViews::rootCategoryOf(int storeId) const
{
    const StoreViewInfo* v = view(storeId);
    if (!v)
        return 1;
    for (const StoreGroupInfo& g : m_groups) {
        if (g.id == v->groupId)
            return g.rootCategoryId;
    }
    return 1;
}

QString StoreViews::orderStoreName(int storeId) const
{
    const StoreViewInfo* v = view(storeId);
    if (!v)
        return QString();
    QString website;
    QString group;
    for (const WebsiteInfo& w : m_websites) {
        if (w.id == v->websiteId)
            website = w.name;
    }
    for (const StoreGroupInfo& g : m_groups) {
        if (g.id == v->groupId)
            group = g.name;
    }
    return website + u'\n' + group + u'\n' + v->name;
}

bool StoreViews::websiteExists(int websiteId) const
{
    for (const WebsiteInfo& w : m_websites) {
        if (w.id == websiteId)
            return true;
    }
    return false;
}

ApiResponse StoreViews::storeViewsRoute(const ApiRequest& request) const
{
    Q_UNUSED(request);
    QJsonArray out;
    for (const StoreViewInfo& v : m_views) {
        out.append(QJsonObject {{QStringLiteral("id"), v.id}, {QStringLiteral("code"), v.code},
            {QStringLiteral("name"), v.name}, {QStringLiteral("website_id"), v.websiteId},
            {QStringLiteral("store_group_id"), v.groupId}});
    }
    // Magento lists the admin store too.
    out.append(QJsonObject {{QStringLiteral("id"), 0}, {QStringLiteral("code"), QStringLiteral("admin")},
        {QStringLiteral("name"), QStringLiteral("Admin")}, {QStringLiteral("website_id"), 0},
        {QStringLiteral("store_group_id"), 0}});
    return ApiResponse::ok(out);
}

ApiResponse StoreViews::storeGroupsRoute(const ApiRequest& request) const
{
    Q_UNUSED(request);
    QJsonArray out;
    for (const StoreGroupInfo& g : m_groups) {
        out.append(QJsonObject {{QStringLiteral("id"), g.id}, {QStringLiteral("website_id"), g.websiteId},
            {QStringLiteral("root_category_id"), g.rootCategoryId},
            {QStringLiteral("default_store_id"), g.defaultStoreId}, {QStringLiteral("name"), g.name},
            {QStringLiteral("code"), g.code}});
    }
    return ApiResponse::ok(out);
}

ApiResponse StoreViews::websitesRoute(const ApiRequest& request) const
{
    Q_UNUSED(request);
    QJsonArray out;
    for (const WebsiteInfo& w : m_websites) {
        out.append(QJsonObject {{QStringLiteral("id"), w.id}, {QStringLiteral("code"), w.code},
            {QStringLiteral("name"), w.name}, {QStringLiteral("default_group_id"), w.defaultGroupId}});
    }
    return ApiResponse::ok(out);
}

ApiResponse StoreViews::storeConfigsRoute(const ApiRequest& request) const
{
    // storeCodes[]=de&storeCodes[]=default narrows the list; unknown codes are skipped, as in Magento.
    QStringList wanted;
    const webapi::QueryNode root = webapi::parsePhpQuery(request.query);
    if (const webapi::QueryNode* codes = root.child(QStringLiteral("storeCodes"))) {
        if (codes->isLeaf)
            wanted.append(codes->value);
        for (const auto& entry : codes->children)
            wanted.append(entry.second.value);
    }
    QJsonArray out;
    for (const StoreViewInfo& v : m_views) {
        if (!wanted.isEmpty() && !wanted.contains(v.code))
            continue;
        const QString secure = v.baseUrl;
        QString insecure = v.baseUrl;
        insecure.replace(QStringLiteral("https://"), QStringLiteral("http://"));
        out.append(QJsonObject {{QStringLiteral("id"), v.id}, {QStringLiteral("code"), v.code},
            {QStringLiteral("website_id"), v.websiteId}, {QStringLiteral("locale"), v.locale},
            {QStringLiteral("base_currency_code"), QStringLiteral("EUR")},
            {QStringLiteral("default_display_currency_code"), QStringLiteral("EUR")},
            {QStringLiteral("timezone"), QStringLiteral("Europe/Berlin")},
            {QStringLiteral("weight_unit"), QStringLiteral("kgs")}, {QStringLiteral("base_url"), insecure},
            {QStringLiteral("base_link_url"), insecure},
            {QStringLiteral("base_static_url"), QString(insecure + QStringLiteral("static/version1764201600/"))},
            {QStringLiteral("base_media_url"), QString(insecure + QStringLiteral("media/"))},
            {QStringLiteral("secure_base_url"), secure}, {QStringLiteral("secure_base_link_url"), secure},
            {QStringLiteral("secure_base_static_url"), QString(secure + QStringLiteral("static/version1764201600/"))},
            {QStringLiteral("secure_base_media_url"), QString(secure + QStringLiteral("media/"))}});
    }
    return ApiResponse::ok(out);
}

} // namespace studio::sandbox
