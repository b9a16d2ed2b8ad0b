#pragma once

#include "core/sandbox/api.h"

#include <optional>
#include <QList>
#include <QString>

namespace studio::sandbox {

/// A website (store/websites). Id 0 is the admin website.
struct WebsiteInfo
{
    int id = 0;
    QString code;
    QString name;
    int defaultGroupId = 0;
};

/// A store group (store/storeGroups): its root category and default store view.
struct StoreGroupInfo
{
    int id = 0;
    int websiteId = 0;
    int rootCategoryId = 0;
    int defaultStoreId = 0;
    QString name;
    QString code;
};

/// A store view (store/storeViews) and its configuration (store/storeConfigs).
struct StoreViewInfo
{
    int id = 0;
    QString code;
    QString name;
    int websiteId = 0;
    int groupId = 0;
    QString locale;
    QString baseUrl;
};

/// The sandbox store's fixed layout, the same for every seed: website "base" (Main Website) with store group
/// "main_website_store" (root category 2) and two store views, "default" (English, id 1) and "de" (German,
/// id 2), plus Magento's admin store 0 reached with the store code "all". Base currency EUR, Europe/Berlin.
class StoreViews final
{
public:
    StoreViews();

    /// The store id a URL store code addresses: "all" → 0 (global scope), "default" → 1, "de" → 2.
    std::optional<int> storeIdForCode(const QString& code) const;
    /// True for "default", "all" and every store view code.
    bool codeExists(const QString& code) const;
    /// True for 0 and every store view id.
    bool storeIdExists(int storeId) const;
    /// The website of a store view (0 for the admin store).
    int websiteOfStore(int storeId) const;
    /// The store views of a website.
    QList<int> storeIdsOfWebsite(int websiteId) const;
    /// The store views (without admin).
    const QList<StoreViewInfo>& views() const { return m_views; }
    /// The view with this id, or nullptr.
    const StoreViewInfo* view(int storeId) const;
    /// Root category of the store group of a store view; 1 (Root Catalog) for the admin store.
    int rootCategoryOf(int storeId) const;
    /// Magento's store_name of an order: "Main Website\nMain Website Store\nDefault Store View".
    QString orderStoreName(int storeId) const;
    /// True for 0 (admin) and the websites of the store.
    bool websiteExists(int websiteId) const;

    /// GET /V1/store/storeViews: the store views and the admin store.
    ApiResponse storeViewsRoute(const ApiRequest& request) const;
    /// GET /V1/store/storeGroups.
    ApiResponse storeGroupsRoute(const ApiRequest& request) const;
    /// GET /V1/store/websites.
    ApiResponse websitesRoute(const ApiRequest& request) const;
    /// GET /V1/store/storeConfigs (?storeCodes[]=): locale, currencies, time zone and URLs per store view.
    ApiResponse storeConfigsRoute(const ApiRequest& request) const;

private:
    QList<WebsiteInfo> m_websites;
    QList<StoreGroupInfo> m_groups;
    QList<StoreViewInfo> m_views;
};

} // namespace studio::sandbox
