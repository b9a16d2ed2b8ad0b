#pragma once

// Deterministic demo data for the sandbox store and the demo ERP. Every value comes from a fixed-seed
// SplitMix64 generator (no std:: distributions, whose output differs between standard libraries), so two
// seedings produce byte-identical databases on every machine. Products and customers are pure functions of
// their index, which lets the ERP derive its overlapping records without reading the store.

#include "core/sandbox/catalog.h"
#include "core/sandbox/customers.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace studio::sandbox {

class StoreViews;

/// A small, fast, portable pseudo-random generator (SplitMix64).
class SeedRandom final
{
public:
    explicit SeedRandom(quint64 seed)
        : m_state(seed)
    { }
    /// The next 64 random bits.
    quint64 next();
    /// 0 ≤ n < bound.
    int below(int bound);
    /// lo ≤ n ≤ hi.
    int range(int lo, int hi);
    /// 0 ≤ x < 1.
    double unit();
    /// True with the given probability.
    bool chance(double probability) { return unit() < probability; }

private:
    quint64 m_state;
};

/// Number of regular demo products (SKU-0000001 … SKU-0002000); two more have SKUs with "/" in them.
constexpr int kDemoProductCount = 2000;
/// Number of demo customers and orders.
constexpr int kDemoCustomerCount = 300;
constexpr int kDemoOrderCount = 500;

/// Everything about one demo product, as a pure function of its 1-based index. Indexes above
/// kDemoProductCount describe items only the ERP has (new products a sync would create).
struct DemoProductSpec
{
    int index = 0;
    QString sku;
    QString name;
    QString nameDe; ///< German store view name, or empty
    int topCategoryId = 0;
    int subCategoryId = 0;
    QString erpCategory; ///< "10", "20", "30" (the ERP's codes for categories 3, 4, 5)
    int colorId = 0;
    QString colorName; ///< lower-case English, as the ERP writes it
    int sizeId = 0;
    int manufacturerId = 0;
    QString materials; ///< multiselect option ids, comma-separated
    QString countryOfManufacture;
    double price = 0;
    double specialPrice = 0; ///< 0: none
    double weight = 0;
    int qty = 0;
    bool enabled = true;
    QString ean;
    QString description;
    QString shortDescription;
    QString createdAt;
    QString updatedAt;
};
/// The demo product with this 1-based index.
DemoProductSpec demoProductSpec(int index);

/// Everything about one demo customer, as a pure function of its 1-based index.
struct DemoCustomerSpec
{
    int index = 0;
    QString firstname;
    QString lastname;
    QString email;
    int gender = 0; ///< 0 unknown, 1 male, 2 female
    QString dob;
    int groupId = 1;
    int storeId = 1;
    QString taxvat;
    QString company;
    QString countryId;
    int regionId = 0;
    QString city;
    QString postcode;
    QString street;
    QString telephone;
    QString createdAt;
};
/// The demo customer with this 1-based index.
DemoCustomerSpec demoCustomerSpec(int index);

/// The demo customer whose login the CLI prints (customer 1). The password is public demo data, like
/// Magento's sample data logins, and is stored only as a hash.
struct DemoLogin
{
    QString email;
    QString password;
};
/// The demo customer's login (public demo data).
DemoLogin demoCustomerLogin();

/// The records of a seed, ready for the repositories' insertSeed().
struct SeedData
{
    QList<Category> categories;
    QList<Product> products;
    QList<SourceItem> sourceItems;
    QList<CustomerRecord> customers;
    QList<QJsonObject> orders;
    QList<QJsonObject> shipments;
};

/// Generates seed "demo" (about 2,000 products, 300 customers, 500 orders) or "empty" (root categories
/// only; stores and attributes are built in). Returns false for an unknown seed name.
bool generateSeed(const QString& seed, const StoreViews& stores, SeedData& out);

} // namespace studio::sandbox
