#include "core/sandbox/seed.h"

#include "core/sandbox/storeviews.h"

#include <cmath>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace studio::sandbox {

namespace {

constexpr quint64 kSeed = 0x5EED'2026'0000'0001ULL;

quint64 mix(quint64 a, quint64 b)
{
    return a ^ (b * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL);
}

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

/// A shop price: whole euros ending in .99, .95 or .00.
double shopPrice(SeedRandom& rng, int lo, int hi)
{
    static const double endings[] = {0.99, 0.95, 0.00, 0.99, 0.49};
    return double(rng.range(lo, hi)) + endings[rng.below(5)];
}

QString timestamp(const QDateTime& t)
{
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QDateTime at(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), Qt::UTC);
}

template<typename T, std::size_t N> const T& pick(SeedRandom& rng, const T (&list)[N])
{
    return list[rng.below(int(N))];
}

struct SubCategory
{
    int id;
    const char* name;
    const char* nouns[5];
    const char* firstNounDe;
    int priceLo;
    int priceHi;
    double weightLo;
    double weightHi;
    int materials[2];
};

const SubCategory kSubCategories[] = {
    {6, "Backpacks",
        {"Daypack 22L", "Hiking Backpack 28L", "Trekking Pack 45L", "Roll-Top Backpack 30L", "Hydration Pack 12L"},
        "Tagesrucksack 22L", 39, 189, 0.6, 2.2, {187, 182}},
    {7, "Tents & Shelters", {"2-Person Tent", "Ultralight Tarp", "4-Season Tent", "Bivy Shelter", "Family Tent 4P"},
        "Zelt für 2 Personen", 89, 599, 0.5, 6.5, {187, 182}},
    {8, "Sleeping Bags",
        {"Down Sleeping Bag", "Synthetic Sleeping Bag", "Sleeping Bag Liner", "Inflatable Sleeping Pad", "Camp Pillow"},
        "Daunenschlafsack", 29, 399, 0.2, 2.0, {182, 187}},
    {9, "Trekking Poles & Accessories",
        {"Carbon Trekking Poles", "Headlamp 400lm", "Titanium Camp Mug", "Water Filter", "Dry Bag 20L"},
        "Carbon-Wanderstöcke", 9, 89, 0.1, 0.8, {184, 187}},
    {10, "Jackets", {"Rain Jacket", "Insulated Parka", "Softshell Jacket", "Down Vest", "Windbreaker"}, "Regenjacke",
        59, 349, 0.3, 1.6, {182, 187}},
    {11, "Knitwear",
        {"Merino Crew Sweater", "Cable Knit Cardigan", "Half-Zip Fleece", "Wool Beanie", "Ribbed Turtleneck"},
        "Merino-Pullover", 39, 179, 0.1, 0.8, {181, 180}},
    {12, "T-Shirts", {"Organic Cotton Tee", "Merino Base Layer", "Pocket Tee", "Long Sleeve Henley", "Performance Tee"},
        "Bio-Baumwoll-T-Shirt", 15, 59, 0.1, 0.3, {180, 181}},
    {13, "Trousers", {"Hiking Trousers", "Chino Pants", "Convertible Pants", "Fleece Joggers", "Canvas Work Pants"},
        "Wanderhose", 39, 149, 0.3, 0.9, {180, 182}},
    {14, "Cookware",
        {"Cast Iron Skillet 26 cm", "Enamel Dutch Oven", "Stainless Saucepan", "Carbon Steel Wok", "Camp Cook Set"},
        "Gusseisenpfanne 26 cm", 19, 249, 0.8, 6.0, {184, 185}},
    {15, "Coffee & Tea",
        {"Ceramic Pour-Over Set", "French Press 1L", "Stoneware Tea Pot", "Hand Coffee Grinder",
            "Insulated Travel Mug"},
        "Keramik-Handfilter-Set", 12, 129, 0.3, 1.8, {185, 184}},
    {16, "Textiles",
        {"Linen Table Runner", "Waffle Bath Towel", "Wool Throw Blanket", "Cotton Napkin Set", "Linen Duvet Cover"},
        "Leinen-Tischläufer", 9, 149, 0.2, 2.0, {186, 180}},
    {17, "Storage",
        {"Bamboo Storage Box", "Glass Pantry Jar", "Canvas Storage Basket", "Spice Rack",
            "Stackable Food Container Set"},
        "Bambus-Aufbewahrungsbox", 5, 79, 0.2, 2.5, {186, 184}},
};

const char* const kLines[] = {"Trailblazer", "Summit", "Ridgeline", "Fjord", "Aurora", "Basecamp", "Nordic", "Highland",
    "Coastal", "Evergreen", "Granite", "Tundra", "Meridian", "Cascade", "Harbor", "Juniper"};

struct Colour
{
    int id;
    const char* label;
    const char* erp;
    const char* de;
};
// The five colours the ERP knows (and the benchmark's value map uses: red 49, blue 50, green 53, black 54, white 59).
const Colour kColours[] = {{49, "Red", "red", "Rot"}, {50, "Blue", "blue", "Blau"}, {53, "Green", "green", "Grün"},
    {54, "Black", "black", "Schwarz"}, {59, "White", "white", "Weiß"}};

const char* const kSizes[] = {"XS", "S", "M", "L", "XL"};
const int kManufacturersByTop[3][4] = {{200, 201, 202, 203}, {200, 201, 207, 204}, {206, 205, 204, 207}};
const char* const kManufacturerNames[]
    = {"Nordwind", "Fjellstad", "Alpenglow", "Kestrel & Co.", "Brightwater", "Ironbark", "Linden Home", "Saltmarsh"};
const char* const kCountries[] = {"DE", "PT", "IT", "CN", "VN"};
const char* const kSentences[] = {"Made to last season after season.", "Tested on long days in wet northern weather.",
    "Designed in Hamburg, built with repairable parts.", "A quiet favourite of our customer service team.",
    "Packs small and cleans up in minutes.", "Pairs well with the rest of the collection.",
    "Backed by a two-year guarantee.", "Certified materials from audited suppliers."};

// ---- people --------------------------------------------------------------------------------------------

const char* const kFirstFemale[] = {"Emma", "Mia", "Hannah", "Sophie", "Lena", "Anna", "Laura", "Julia", "Olivia",
    "Emily", "Charlotte", "Amelia", "Grace", "Chloé", "Léa", "Sanne", "Eva", "Klara", "Sarah", "Madison"};
const char* const kFirstMale[] = {"Lukas", "Jonas", "Leon", "Finn", "Paul", "Felix", "Maximilian", "Noah", "Elias",
    "Jakob", "Oliver", "George", "Harry", "Lucas", "Hugo", "Daan", "Sem", "Tobias", "Ethan", "Michael"};
const char* const kLastNames[] = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
    "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Braun", "Zimmermann", "Smith",
    "Johnson", "Williams", "Brown", "Taylor", "Davies", "Evans", "Martin", "Bernard", "de Vries", "Jansen", "Bakker",
    "Gruber", "Huber", "Keller", "Baumann", "Garcia", "Miller"};

struct Place
{
    const char* country;
    int regionId;
    const char* city;
    const char* postcode;
    const char* street;
    const char* phonePrefix;
};
const Place kPlaces[] = {{"DE", 82, "Berlin", "10117", "Friedrichstraße", "+49 30"},
    {"DE", 84, "Hamburg", "20095", "Mönckebergstraße", "+49 40"},
    {"DE", 81, "München", "80331", "Sendlinger Straße", "+49 89"},
    {"DE", 88, "Köln", "50667", "Hohe Straße", "+49 221"}, {"DE", 85, "Frankfurt am Main", "60311", "Zeil", "+49 69"},
    {"DE", 80, "Stuttgart", "70173", "Königstraße", "+49 711"},
    {"DE", 91, "Leipzig", "04109", "Grimmaische Straße", "+49 341"},
    {"DE", 79, "Hannover", "30159", "Georgstraße", "+49 511"}, {"US", 43, "New York", "10001", "W 34th St", "+1 212"},
    {"US", 12, "San Francisco", "94103", "Market St", "+1 415"}, {"US", 62, "Seattle", "98101", "Pine St", "+1 206"},
    {"US", 57, "Austin", "78701", "Congress Ave", "+1 512"}, {"US", 23, "Chicago", "60601", "N Michigan Ave", "+1 312"},
    {"GB", 0, "London", "EC1A 1BB", "Aldersgate Street", "+44 20"},
    {"GB", 0, "Manchester", "M1 1AE", "Market Street", "+44 161"},
    {"AT", 0, "Wien", "1010", "Kärntner Straße", "+43 1"}, {"NL", 0, "Amsterdam", "1012 JS", "Kalverstraat", "+31 20"},
    {"FR", 0, "Paris", "75001", "Rue de Rivoli", "+33 1"}, {"CH", 0, "Zürich", "8001", "Bahnhofstrasse", "+41 44"}};

QString asciiEmailPart(QString text)
{
    text = text.toLower();
    text.replace(QStringLiteral("ä"), QStringLiteral("ae"));
    text.replace(QStringLiteral("ö"), QStringLiteral("oe"));
    text.replace(QStringLiteral("ü"), QStringLiteral("ue"));
    text.replace(QStringLiteral("ß"), QStringLiteral("ss"));
    text.replace(QStringLiteral("é"), QStringLiteral("e"));
    text.replace(u' ', QString());
    return text;
}

QJsonObject orderAddress(
    const DemoCustomerSpec& c, const QString& type, int entityId, int orderId, int customerAddressId)
{
    QJsonObject a {{QStringLiteral("address_type"), type}, {QStringLiteral("city"), c.city},
        {QStringLiteral("country_id"), c.countryId}, {QStringLiteral("email"), c.email},
        {QStringLiteral("entity_id"), entityId}, {QStringLiteral("firstname"), c.firstname},
        {QStringLiteral("lastname"), c.lastname}, {QStringLiteral("parent_id"), orderId},
        {QStringLiteral("postcode"), c.postcode}, {QStringLiteral("street"), QJsonArray {c.street}},
        {QStringLiteral("telephone"), c.telephone}};
    if (const RegionInfo* r = regionById(c.regionId)) {
        a.insert(QStringLiteral("region"), r->name);
        a.insert(QStringLiteral("region_code"), r->code);
        a.insert(QStringLiteral("region_id"), r->id);
    }
    if (customerAddressId > 0) {
        a.insert(QStringLiteral("customer_address_id"), customerAddressId);
        a.insert(QStringLiteral("customer_id"), c.index);
    }
    if (!c.company.isEmpty())
        a.insert(QStringLiteral("company"), c.company);
    return a;
}

double taxRateFor(const QString& country)
{
    if (country == u"DE")
        return 0.19;
    if (country == u"AT" || country == u"FR")
        return 0.20;
    if (country == u"NL")
        return 0.21;
    return 0.0;
}

} // namespace

quint64 SeedRandom::next()
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int SeedRandom::below(int bound)
{
    return bound <= 0 ? 0 : int(next() % quint64(bound));
}

int SeedRandom::range(int lo, int hi)
{
    return lo + below(hi - lo + 1);
}

double SeedRandom::unit()
{
    return double(next() >> 11) * (1.0 / 9007199254740992.0);
}

DemoProductSpec demoProductSpec(int index)
{
    SeedRandom rng(mix(kSeed, quint64(index)));
    DemoProductSpec s;
    s.index = index;
    s.sku = QStringLiteral("SKU-%1").arg(index, 7, 10, QLatin1Char('0'));
    const SubCategory& sub = kSubCategories[(index - 1) % 12];
    s.subCategoryId = sub.id;
    s.topCategoryId = 3 + (sub.id - 6) / 4;
    s.erpCategory = QString::number((s.topCategoryId - 2) * 10);
    const int nounIndex = rng.below(5);
    const QString line = QLatin1String(pick(rng, kLines));
    const Colour& colour = pick(rng, kColours);
    s.colorId = colour.id;
    s.colorName = QLatin1String(colour.erp);
    const bool apparel = s.topCategoryId == 4;
    QString variant = QLatin1String(colour.label);
    if (apparel) {
        const int size = rng.below(5);
        s.sizeId = 166 + size;
        variant += QStringLiteral(", ") + QLatin1String(kSizes[size]);
    }
    s.name = line + u' ' + QString::fromUtf8(sub.nouns[nounIndex]) + QStringLiteral(", ") + variant;
    if (nounIndex == 0) {
        QString variantDe = QString::fromUtf8(colour.de);
        if (apparel)
            variantDe += QStringLiteral(", ") + QLatin1String(kSizes[s.sizeId - 166]);
        s.nameDe = line + u' ' + QString::fromUtf8(sub.firstNounDe) + QStringLiteral(", ") + variantDe;
    }
    const int top = s.topCategoryId - 3;
    s.manufacturerId = kManufacturersByTop[top][rng.below(4)];
    s.materials = QString::number(sub.materials[0]);
    if (rng.chance(0.4))
        s.materials += u',' + QString::number(sub.materials[1]);
    s.countryOfManufacture = QLatin1String(pick(rng, kCountries));
    s.price = shopPrice(rng, sub.priceLo, sub.priceHi);
    if (rng.chance(0.08))
        s.specialPrice = round2(std::floor(s.price * 0.8) + 0.99);
    s.weight = std::round((sub.weightLo + rng.unit() * (sub.weightHi - sub.weightLo)) * 1000.0) / 1000.0;
    s.qty = rng.chance(0.08) ? 0 : rng.range(1, 500);
    s.enabled = !rng.chance(0.04);
    s.ean = QString::number(4000000000000LL + index);
    const QString brand = QString::fromUtf8(kManufacturerNames[s.manufacturerId - 200]);
    s.shortDescription = QString::fromUtf8(pick(rng, kSentences));
    s.description
        = QStringLiteral("<p>%1 by %2. %3 %4</p>")
              .arg(s.name.section(u',', 0, 0), brand, s.shortDescription, QString::fromUtf8(pick(rng, kSentences)));
    const QDateTime created = at(2025, 1, 5).addSecs(qint64(rng.below(320 * 24)) * 3600 + rng.below(3600));
    s.createdAt = timestamp(created);
    s.updatedAt = timestamp(created.addSecs(qint64(rng.below(40 * 24)) * 3600));
    return s;
}

DemoCustomerSpec demoCustomerSpec(int index)
{
    SeedRandom rng(mix(kSeed ^ 0xC057'0000ULL, quint64(index)));
    DemoCustomerSpec c;
    c.index = index;
    if (index == 1) {
        c.firstname = QStringLiteral("Emma");
        c.lastname = QStringLiteral("Schneider");
        c.gender = 2;
    } else {
        c.gender = rng.chance(0.5) ? 2 : 1;
        c.firstname = QString::fromUtf8(c.gender == 2 ? pick(rng, kFirstFemale) : pick(rng, kFirstMale));
        c.lastname = QString::fromUtf8(pick(rng, kLastNames));
        if (rng.chance(0.1))
            c.gender = 0;
    }
    c.email = index == 1 ? QStringLiteral("emma.schneider@example.com")
                         : QStringLiteral("%1.%2%3@example.com")
                               .arg(asciiEmailPart(c.firstname), asciiEmailPart(c.lastname), QString::number(index));
    // Germany first, then the US, the UK and neighbours.
    const int placeRoll = rng.below(100);
    int placeIndex = 0;
    if (index == 1)
        placeIndex = 0;
    else if (placeRoll < 50)
        placeIndex = rng.below(8);
    else if (placeRoll < 70)
        placeIndex = 8 + rng.below(5);
    else
        placeIndex = 13 + rng.below(6);
    const Place& place = kPlaces[placeIndex];
    c.countryId = QLatin1String(place.country);
    c.regionId = place.regionId;
    c.city = QString::fromUtf8(place.city);
    c.postcode = QString::fromUtf8(place.postcode);
    c.street = QString::fromUtf8(place.street) + u' ' + QString::number(rng.range(1, 180));
    c.telephone = QString::fromLatin1(place.phonePrefix) + u' ' + QString::number(rng.range(1000000, 9999999));
    const bool german = c.countryId == u"DE" || c.countryId == u"AT" || c.countryId == u"CH";
    c.storeId = german && rng.chance(0.6) ? 2 : 1;
    const int groupRoll = rng.below(10);
    c.groupId = index == 1 ? 1 : (groupRoll < 8 ? 1 : (groupRoll == 8 ? 2 : 3));
    if (c.groupId == 2) {
        c.company = c.lastname + QStringLiteral(" Handels GmbH");
        c.taxvat = c.countryId + QString::number(rng.range(100000000, 999999999));
    }
    if (rng.chance(0.7))
        c.dob = QDate(rng.range(1955, 2004), rng.range(1, 12), rng.range(1, 28)).toString(Qt::ISODate);
    c.createdAt = timestamp(at(2023, 1, 10).addSecs(qint64(rng.below(900 * 24)) * 3600 + rng.below(3600)));
    return c;
}

DemoLogin demoCustomerLogin()
{
    return {QStringLiteral("emma.schneider@example.com"), QStringLiteral("Demo-Shopper-2026")};
}

bool generateSeed(const QString& seed, const StoreViews& stores, SeedData& out)
{
    out = SeedData {};
    if (seed != u"demo" && seed != u"empty")
        return false;
    const QString rootStamp = QStringLiteral("2024-11-04 09:12:44");
    Category root {
        1, 0, QStringLiteral("Root Catalog"), true, 0, 0, QStringLiteral("1"), true, QString(), rootStamp, rootStamp};
    Category defaultCategory {2, 1, QStringLiteral("Default Category"), true, 1, 1, QStringLiteral("1/2"), true,
        QStringLiteral("default-category"), rootStamp, rootStamp};
    out.categories = {root, defaultCategory};
    if (seed == u"empty")
        return true;

    // ---- categories ----
    const QString catStamp = QStringLiteral("2024-11-04 10:02:17");
    const char* const topNames[] = {"Outdoor Gear", "Apparel", "Home & Kitchen"};
    for (int t = 0; t < 3; ++t) {
        const QString name = QString::fromUtf8(topNames[t]);
        out.categories.append({3 + t, 2, name, true, t + 1, 2, QStringLiteral("1/2/%1").arg(3 + t), true,
            productUrlKey(name), catStamp, catStamp});
    }
    for (const SubCategory& sub : kSubCategories) {
        const int parent = 3 + (sub.id - 6) / 4;
        const QString name = QString::fromUtf8(sub.name);
        out.categories.append({sub.id, parent, name, true, (sub.id - 6) % 4 + 1, 3,
            QStringLiteral("1/2/%1/%2").arg(parent).arg(sub.id), true, productUrlKey(name), catStamp, catStamp});
    }
    out.categories.append({18, 2, QStringLiteral("Archive"), false, 4, 2, QStringLiteral("1/2/18"), false,
        QStringLiteral("archive"), catStamp, catStamp});

    // ---- products ----
    QList<DemoProductSpec> specs;
    for (int i = 1; i <= kDemoProductCount; ++i)
        specs.append(demoProductSpec(i));
    // Two products whose SKUs need %2F in URLs.
    DemoProductSpec poles = demoProductSpec(4); // Trekking Poles & Accessories
    poles.index = kDemoProductCount + 1;
    poles.sku = QStringLiteral("TRAIL/POLE-PAIR");
    poles.name = QStringLiteral("Trailblazer Carbon Trekking Poles, Pair");
    poles.nameDe.clear();
    DemoProductSpec espresso = demoProductSpec(10); // Coffee & Tea
    espresso.index = kDemoProductCount + 2;
    espresso.sku = QStringLiteral("CAFE-SET 2/4");
    espresso.name = QStringLiteral("Café Espresso Set 2/4, White");
    espresso.nameDe = QStringLiteral("Café-Espresso-Set 2/4, Weiß");
    espresso.colorId = 59;
    espresso.colorName = QStringLiteral("white");
    specs.append(poles);
    specs.append(espresso);

    for (const DemoProductSpec& s : std::as_const(specs)) {
        Product p;
        p.id = s.index;
        p.sku = s.sku;
        p.createdAt = s.createdAt;
        p.updatedAt = s.updatedAt;
        QMap<QString, QJsonValue>& g = p.values[0];
        g.insert(QStringLiteral("name"), s.name);
        g.insert(QStringLiteral("price"), s.price);
        g.insert(QStringLiteral("status"), s.enabled ? 1 : 2);
        g.insert(QStringLiteral("visibility"), 4);
        g.insert(QStringLiteral("weight"), s.weight);
        g.insert(QStringLiteral("description"), s.description);
        g.insert(QStringLiteral("short_description"), s.shortDescription);
        g.insert(QStringLiteral("meta_title"), s.name);
        g.insert(QStringLiteral("url_key"), QString(productUrlKey(s.name) + u'-' + QString::number(s.index)));
        g.insert(QStringLiteral("tax_class_id"), 2);
        g.insert(QStringLiteral("color"), s.colorId);
        if (s.sizeId)
            g.insert(QStringLiteral("size"), s.sizeId);
        g.insert(QStringLiteral("manufacturer"), s.manufacturerId);
        g.insert(QStringLiteral("material"), s.materials);
        g.insert(QStringLiteral("country_of_manufacture"), s.countryOfManufacture);
        g.insert(QStringLiteral("ean"), s.ean);
        g.insert(QStringLiteral("options_container"), QStringLiteral("container2"));
        g.insert(QStringLiteral("required_options"), QStringLiteral("0"));
        g.insert(QStringLiteral("has_options"), QStringLiteral("0"));
        if (s.specialPrice > 0) {
            for (int storeId : stores.storeIdsOfWebsite(1))
                p.values[storeId].insert(QStringLiteral("special_price"), s.specialPrice);
        }
        if (!s.nameDe.isEmpty()) {
            p.values[2].insert(QStringLiteral("name"), s.nameDe);
            p.values[2].insert(
                QStringLiteral("url_key"), QString(productUrlKey(s.nameDe) + u'-' + QString::number(s.index)));
        }
        p.websiteIds = {1};
        p.categoryLinks = {{s.topCategoryId, s.index % 100}, {s.subCategoryId, s.index % 50}};
        p.stock.qty = s.qty;
        p.stock.isInStock = s.qty > 0;
        out.products.append(p);
        out.sourceItems.append({s.sku, QStringLiteral("default"), double(s.qty), s.qty > 0 ? 1 : 0});
        if (s.index % 3 == 0) {
            const int hamburg = int(demoProductSpec(s.index + 7919).qty / 5);
            out.sourceItems.append({s.sku, QStringLiteral("eu_warehouse"), double(hamburg), hamburg > 0 ? 1 : 0});
        }
    }

    // ---- customers ----
    QList<DemoCustomerSpec> customers;
    const DemoLogin login = demoCustomerLogin();
    for (int i = 1; i <= kDemoCustomerCount; ++i) {
        const DemoCustomerSpec c = demoCustomerSpec(i);
        customers.append(c);
        const QString storeName = stores.view(c.storeId) ? stores.view(c.storeId)->name : QString();
        QJsonObject region {{QStringLiteral("region_code"), QJsonValue()}, {QStringLiteral("region"), QJsonValue()},
            {QStringLiteral("region_id"), 0}};
        if (const RegionInfo* r = regionById(c.regionId))
            region = QJsonObject {{QStringLiteral("region_code"), r->code}, {QStringLiteral("region"), r->name},
                {QStringLiteral("region_id"), r->id}};
        QJsonObject address {{QStringLiteral("id"), i}, {QStringLiteral("customer_id"), i},
            {QStringLiteral("region"), region},
            {QStringLiteral("region_id"), region.value(QStringLiteral("region_id"))},
            {QStringLiteral("country_id"), c.countryId}, {QStringLiteral("street"), QJsonArray {c.street}},
            {QStringLiteral("telephone"), c.telephone}, {QStringLiteral("postcode"), c.postcode},
            {QStringLiteral("city"), c.city}, {QStringLiteral("firstname"), c.firstname},
            {QStringLiteral("lastname"), c.lastname}, {QStringLiteral("default_shipping"), true},
            {QStringLiteral("default_billing"), true}};
        if (!c.company.isEmpty())
            address.insert(QStringLiteral("company"), c.company);
        if (!c.taxvat.isEmpty())
            address.insert(QStringLiteral("vat_id"), c.taxvat);
        QJsonObject customer {{QStringLiteral("id"), i}, {QStringLiteral("group_id"), c.groupId},
            {QStringLiteral("default_billing"), QString::number(i)},
            {QStringLiteral("default_shipping"), QString::number(i)}, {QStringLiteral("created_at"), c.createdAt},
            {QStringLiteral("updated_at"), c.createdAt}, {QStringLiteral("created_in"), storeName},
            {QStringLiteral("email"), c.email}, {QStringLiteral("firstname"), c.firstname},
            {QStringLiteral("lastname"), c.lastname}, {QStringLiteral("store_id"), c.storeId},
            {QStringLiteral("website_id"), 1}, {QStringLiteral("addresses"), QJsonArray {address}},
            {QStringLiteral("disable_auto_group_change"), 0},
            {QStringLiteral("extension_attributes"), QJsonObject {{QStringLiteral("is_subscribed"), i % 4 == 0}}}};
        if (c.gender)
            customer.insert(QStringLiteral("gender"), c.gender);
        if (!c.dob.isEmpty())
            customer.insert(QStringLiteral("dob"), c.dob);
        if (!c.taxvat.isEmpty())
            customer.insert(QStringLiteral("taxvat"), c.taxvat);
        CustomerRecord record {customer, QString()};
        if (i == 1) {
            // A fixed salt keeps the seed byte-identical between runs; the password is public demo data.
            record.passwordHash = Customers::hashPassword(login.password, QByteArrayLiteral("sandbox-demo-01"), 60000);
        }
        out.customers.append(record);
    }

    // ---- orders ----
    SeedRandom rng(kSeed ^ 0x0DE5'0000ULL);
    int itemId = 1;
    int historyId = 1;
    int shipmentId = 1;
    int trackId = 1;
    int sequence[3] = {0, 0, 0};
    const QDateTime firstOrder = at(2025, 7, 1);
    const qint64 span = firstOrder.secsTo(at(2025, 12, 31));
    QList<DemoProductSpec> sellable;
    for (const DemoProductSpec& s : std::as_const(specs)) {
        if (s.enabled)
            sellable.append(s);
    }
    const char* const paymentCodes[] = {"checkmo", "checkmo", "checkmo", "checkmo", "checkmo", "banktransfer",
        "banktransfer", "banktransfer", "cashondelivery", "purchaseorder"};
    for (int o = 1; o <= kDemoOrderCount; ++o) {
        const double age = double(o) / kDemoOrderCount;
        const QDateTime created = firstOrder.addSecs(qint64(age * double(span)) - rng.below(36000));
        QString state;
        const int roll = rng.below(100);
        if (age < 0.7)
            state = roll < 70 ? QStringLiteral("complete")
                              : (roll < 82 ? QStringLiteral("canceled")
                                           : (roll < 87 ? QStringLiteral("holded") : QStringLiteral("processing")));
        else
            state = roll < 40 ? QStringLiteral("new")
                              : (roll < 85 ? QStringLiteral("processing")
                                           : (roll < 95 ? QStringLiteral("holded") : QStringLiteral("complete")));
        const bool guest = rng.chance(0.2);
        DemoCustomerSpec buyer = guest ? demoCustomerSpec(1000 + o) : customers.at(rng.below(kDemoCustomerCount));
        if (guest)
            buyer.email = QStringLiteral("guest.%1@example.net").arg(o);
        const int storeId = guest ? (buyer.countryId == u"DE" ? 2 : 1) : buyer.storeId;
        const int seq = ++sequence[storeId];
        const QString incrementId = storeId == 2 ? QStringLiteral("2%1").arg(seq, 8, 10, QLatin1Char('0'))
                                                 : QStringLiteral("%1").arg(seq, 9, 10, QLatin1Char('0'));
        const double taxRate = taxRateFor(buyer.countryId);
        const bool invoiced = state == u"processing" || state == u"complete" || state == u"holded";
        const bool canceled = state == u"canceled";
        const bool shippedAll = state == u"complete";
        const bool shippedPart = state == u"processing" && rng.chance(0.15);
        const QString stamp = timestamp(created);
        const QString updated = timestamp(created.addSecs(state == u"new" ? 0 : rng.range(3600, 5 * 86400)));

        QJsonArray items;
        double subtotal = 0;
        double tax = 0;
        double qtyTotal = 0;
        double weight = 0;
        const int lineCount = 1 + rng.below(4);
        QList<int> usedProducts;
        QJsonArray shipmentItems;
        for (int l = 0; l < lineCount; ++l) {
            const DemoProductSpec& p = sellable.at(rng.below(int(sellable.size())));
            if (usedProducts.contains(p.index))
                continue;
            usedProducts.append(p.index);
            const double qty = double(rng.range(1, 3));
            const double price = p.specialPrice > 0 ? p.specialPrice : p.price;
            const double rowTotal = round2(price * qty);
            const double rowTax = round2(rowTotal * taxRate);
            subtotal += rowTotal;
            tax += rowTax;
            qtyTotal += qty;
            weight += p.weight * qty;
            const double shipped = shippedAll || (shippedPart && l == 0) ? qty : 0;
            QJsonObject item {{QStringLiteral("amount_refunded"), 0}, {QStringLiteral("base_amount_refunded"), 0},
                {QStringLiteral("base_discount_amount"), 0}, {QStringLiteral("base_discount_invoiced"), 0},
                {QStringLiteral("base_discount_tax_compensation_amount"), 0},
                {QStringLiteral("base_original_price"), p.price}, {QStringLiteral("base_price"), price},
                {QStringLiteral("base_price_incl_tax"), round2(price * (1 + taxRate))},
                {QStringLiteral("base_row_invoiced"), invoiced ? rowTotal : 0},
                {QStringLiteral("base_row_total"), rowTotal},
                {QStringLiteral("base_row_total_incl_tax"), rowTotal + rowTax},
                {QStringLiteral("base_tax_amount"), rowTax},
                {QStringLiteral("base_tax_invoiced"), invoiced ? rowTax : 0}, {QStringLiteral("created_at"), stamp},
                {QStringLiteral("discount_amount"), 0}, {QStringLiteral("discount_invoiced"), 0},
                {QStringLiteral("discount_percent"), 0}, {QStringLiteral("free_shipping"), 0},
                {QStringLiteral("discount_tax_compensation_amount"), 0}, {QStringLiteral("is_qty_decimal"), 0},
                {QStringLiteral("is_virtual"), 0}, {QStringLiteral("item_id"), itemId},
                {QStringLiteral("name"), p.name}, {QStringLiteral("no_discount"), 0}, {QStringLiteral("order_id"), o},
                {QStringLiteral("original_price"), p.price}, {QStringLiteral("price"), price},
                {QStringLiteral("price_incl_tax"), round2(price * (1 + taxRate))},
                {QStringLiteral("product_id"), p.index}, {QStringLiteral("product_type"), QStringLiteral("simple")},
                {QStringLiteral("qty_canceled"), canceled ? qty : 0},
                {QStringLiteral("qty_invoiced"), invoiced ? qty : 0}, {QStringLiteral("qty_ordered"), qty},
                {QStringLiteral("qty_refunded"), 0}, {QStringLiteral("qty_shipped"), shipped},
                {QStringLiteral("quote_item_id"), itemId + 7000},
                {QStringLiteral("row_invoiced"), invoiced ? rowTotal : 0}, {QStringLiteral("row_total"), rowTotal},
                {QStringLiteral("row_total_incl_tax"), rowTotal + rowTax},
                {QStringLiteral("row_weight"), std::round(p.weight * qty * 1000) / 1000},
                {QStringLiteral("sku"), p.sku}, {QStringLiteral("store_id"), storeId},
                {QStringLiteral("tax_amount"), rowTax}, {QStringLiteral("tax_invoiced"), invoiced ? rowTax : 0},
                {QStringLiteral("tax_percent"), taxRate * 100}, {QStringLiteral("updated_at"), updated},
                {QStringLiteral("weight"), p.weight}};
            if (shipped > 0)
                shipmentItems.append(QJsonObject {{QStringLiteral("order_item_id"), itemId},
                    {QStringLiteral("qty"), shipped}, {QStringLiteral("sku"), p.sku}, {QStringLiteral("name"), p.name},
                    {QStringLiteral("product_id"), p.index}, {QStringLiteral("price"), price},
                    {QStringLiteral("weight"), p.weight}});
            items.append(item);
            ++itemId;
        }
        subtotal = round2(subtotal);
        tax = round2(tax);
        const bool freeShipping = subtotal >= 100;
        const double shipping = freeShipping ? 0 : 4.95;
        const double grandTotal = round2(subtotal + tax + shipping);
        const QString paymentCode = QLatin1String(paymentCodes[rng.below(10)]);
        const QString paymentTitle = paymentCode == u"checkmo" ? QStringLiteral("Check / Money order")
            : paymentCode == u"banktransfer"                   ? QStringLiteral("Bank Transfer Payment")
            : paymentCode == u"cashondelivery"                 ? QStringLiteral("Cash On Delivery")
                                                               : QStringLiteral("Purchase Order");

        const int addressId = guest ? 0 : buyer.index;
        QJsonObject billing = orderAddress(buyer, QStringLiteral("billing"), 2 * o - 1, o, addressId);
        QJsonObject shippingAddress = orderAddress(buyer, QStringLiteral("shipping"), 2 * o, o, addressId);
        QJsonObject payment {{QStringLiteral("account_status"), QJsonValue()},
            {QStringLiteral("additional_information"), QJsonArray {paymentTitle}},
            {QStringLiteral("amount_ordered"), grandTotal}, {QStringLiteral("base_amount_ordered"), grandTotal},
            {QStringLiteral("base_shipping_amount"), shipping}, {QStringLiteral("cc_last4"), QJsonValue()},
            {QStringLiteral("entity_id"), o}, {QStringLiteral("method"), paymentCode}, {QStringLiteral("parent_id"), o},
            {QStringLiteral("shipping_amount"), shipping}};
        if (invoiced) {
            payment.insert(QStringLiteral("amount_paid"), grandTotal);
            payment.insert(QStringLiteral("base_amount_paid"), grandTotal);
            payment.insert(QStringLiteral("base_amount_paid_online"), 0);
            payment.insert(QStringLiteral("base_shipping_captured"), shipping);
            payment.insert(QStringLiteral("shipping_captured"), shipping);
        }
        if (canceled) {
            payment.insert(QStringLiteral("amount_canceled"), grandTotal);
            payment.insert(QStringLiteral("base_amount_canceled"), grandTotal);
        }
        if (paymentCode == u"purchaseorder")
            payment.insert(QStringLiteral("po_number"), QStringLiteral("PO-%1").arg(40000 + o));

        // Status history, newest first; status changes without a comment have comment null.
        QJsonArray histories;
        const auto history = [&](const QString& status, const QJsonValue& comment, int notified, const QString& when) {
            histories.append(QJsonObject {{QStringLiteral("comment"), comment}, {QStringLiteral("created_at"), when},
                {QStringLiteral("entity_id"), historyId++}, {QStringLiteral("entity_name"), QStringLiteral("order")},
                {QStringLiteral("is_customer_notified"), notified < 0 ? QJsonValue() : QJsonValue(notified)},
                {QStringLiteral("is_visible_on_front"), 0}, {QStringLiteral("parent_id"), o},
                {QStringLiteral("status"), status}});
        };
        if (state == u"complete")
            history(
                QStringLiteral("complete"), QStringLiteral("Shipped with tracking, customer notified."), 1, updated);
        if (state == u"holded")
            history(QStringLiteral("holded"), QStringLiteral("On hold: address verification requested."), 0, updated);
        if (canceled)
            history(QStringLiteral("canceled"), QStringLiteral("Canceled at the customer's request."), 1, updated);
        if (invoiced)
            history(QStringLiteral("processing"),
                QStringLiteral("Captured amount of €%1 online.").arg(grandTotal, 0, 'f', 2), -1, stamp);
        history(QStringLiteral("pending"), QJsonValue(), 1, stamp);

        QString status = state == u"new" ? QStringLiteral("pending") : state;
        QJsonObject order {{QStringLiteral("base_currency_code"), QStringLiteral("EUR")},
            {QStringLiteral("base_discount_amount"), 0}, {QStringLiteral("base_grand_total"), grandTotal},
            {QStringLiteral("base_discount_tax_compensation_amount"), 0},
            {QStringLiteral("base_shipping_amount"), shipping}, {QStringLiteral("base_shipping_discount_amount"), 0},
            {QStringLiteral("base_shipping_discount_tax_compensation_amnt"), 0},
            {QStringLiteral("base_shipping_incl_tax"), shipping}, {QStringLiteral("base_shipping_tax_amount"), 0},
            {QStringLiteral("base_subtotal"), subtotal},
            {QStringLiteral("base_subtotal_incl_tax"), round2(subtotal + tax)},
            {QStringLiteral("base_tax_amount"), tax},
            {QStringLiteral("base_total_due"), invoiced || canceled ? 0 : grandTotal},
            {QStringLiteral("base_to_global_rate"), 1}, {QStringLiteral("base_to_order_rate"), 1},
            {QStringLiteral("billing_address_id"), 2 * o - 1}, {QStringLiteral("created_at"), stamp},
            {QStringLiteral("customer_email"), buyer.email}, {QStringLiteral("customer_firstname"), buyer.firstname},
            {QStringLiteral("customer_group_id"), guest ? 0 : buyer.groupId},
            {QStringLiteral("customer_is_guest"), guest ? 1 : 0}, {QStringLiteral("customer_lastname"), buyer.lastname},
            {QStringLiteral("customer_note_notify"), 1}, {QStringLiteral("discount_amount"), 0},
            {QStringLiteral("email_sent"), 1}, {QStringLiteral("entity_id"), o},
            {QStringLiteral("global_currency_code"), QStringLiteral("EUR")},
            {QStringLiteral("grand_total"), grandTotal}, {QStringLiteral("discount_tax_compensation_amount"), 0},
            {QStringLiteral("increment_id"), incrementId}, {QStringLiteral("is_virtual"), 0},
            {QStringLiteral("order_currency_code"), QStringLiteral("EUR")},
            {QStringLiteral("protect_code"), QString::number(rng.next() & 0xFFFFFFFFFFULL, 16)},
            {QStringLiteral("quote_id"), 5000 + o},
            {QStringLiteral("remote_ip"), QStringLiteral("203.0.113.%1").arg(1 + o % 250)},
            {QStringLiteral("shipping_amount"), shipping},
            {QStringLiteral("shipping_description"),
                freeShipping ? QStringLiteral("Free Shipping - Free") : QStringLiteral("Flat Rate - Fixed")},
            {QStringLiteral("shipping_discount_amount"), 0},
            {QStringLiteral("shipping_discount_tax_compensation_amount"), 0},
            {QStringLiteral("shipping_incl_tax"), shipping}, {QStringLiteral("shipping_tax_amount"), 0},
            {QStringLiteral("state"), state}, {QStringLiteral("status"), status},
            {QStringLiteral("store_currency_code"), QStringLiteral("EUR")}, {QStringLiteral("store_id"), storeId},
            {QStringLiteral("store_name"), stores.orderStoreName(storeId)}, {QStringLiteral("store_to_base_rate"), 0},
            {QStringLiteral("store_to_order_rate"), 0}, {QStringLiteral("subtotal"), subtotal},
            {QStringLiteral("subtotal_incl_tax"), round2(subtotal + tax)}, {QStringLiteral("tax_amount"), tax},
            {QStringLiteral("total_due"), invoiced || canceled ? 0 : grandTotal},
            {QStringLiteral("total_item_count"), items.size()}, {QStringLiteral("total_qty_ordered"), qtyTotal},
            {QStringLiteral("updated_at"), updated}, {QStringLiteral("weight"), std::round(weight * 1000) / 1000},
            {QStringLiteral("items"), items}, {QStringLiteral("billing_address"), billing},
            {QStringLiteral("payment"), payment}, {QStringLiteral("status_histories"), histories}};
        if (!guest) {
            order.insert(QStringLiteral("customer_id"), buyer.index);
            if (buyer.gender)
                order.insert(QStringLiteral("customer_gender"), buyer.gender);
            if (!buyer.dob.isEmpty())
                order.insert(QStringLiteral("customer_dob"), QString(buyer.dob + QStringLiteral(" 00:00:00")));
        }
        if (invoiced) {
            for (const char* key : {"base_total_invoiced", "base_total_paid", "total_invoiced", "total_paid"})
                order.insert(QLatin1String(key), grandTotal);
            for (const char* key : {"base_subtotal_invoiced", "subtotal_invoiced"})
                order.insert(QLatin1String(key), subtotal);
            for (const char* key : {"base_tax_invoiced", "tax_invoiced"})
                order.insert(QLatin1String(key), tax);
            for (const char* key : {"base_shipping_invoiced", "shipping_invoiced"})
                order.insert(QLatin1String(key), shipping);
            order.insert(QStringLiteral("base_total_invoiced_cost"), 0);
        }
        if (canceled) {
            for (const char* key : {"base_total_canceled", "total_canceled"})
                order.insert(QLatin1String(key), grandTotal);
            for (const char* key : {"base_subtotal_canceled", "subtotal_canceled"})
                order.insert(QLatin1String(key), subtotal);
            for (const char* key : {"base_tax_canceled", "tax_canceled"})
                order.insert(QLatin1String(key), tax);
            for (const char* key : {"base_shipping_canceled", "shipping_canceled"})
                order.insert(QLatin1String(key), shipping);
        }
        if (state == u"holded") {
            order.insert(QStringLiteral("hold_before_state"), QStringLiteral("processing"));
            order.insert(QStringLiteral("hold_before_status"), QStringLiteral("processing"));
        }
        const QJsonObject total {{QStringLiteral("base_shipping_amount"), shipping},
            {QStringLiteral("base_shipping_canceled"), canceled ? shipping : 0},
            {QStringLiteral("base_shipping_discount_amount"), 0},
            {QStringLiteral("base_shipping_discount_tax_compensation_amnt"), 0},
            {QStringLiteral("base_shipping_incl_tax"), shipping},
            {QStringLiteral("base_shipping_invoiced"), invoiced ? shipping : 0},
            {QStringLiteral("base_shipping_tax_amount"), 0}, {QStringLiteral("shipping_amount"), shipping},
            {QStringLiteral("shipping_canceled"), canceled ? shipping : 0},
            {QStringLiteral("shipping_discount_amount"), 0},
            {QStringLiteral("shipping_discount_tax_compensation_amount"), 0},
            {QStringLiteral("shipping_incl_tax"), shipping},
            {QStringLiteral("shipping_invoiced"), invoiced ? shipping : 0}, {QStringLiteral("shipping_tax_amount"), 0}};
        order.insert(QStringLiteral("extension_attributes"),
            QJsonObject {{QStringLiteral("shipping_assignments"),
                             QJsonArray {QJsonObject {{QStringLiteral("shipping"),
                                 QJsonObject {{QStringLiteral("address"), shippingAddress},
                                     {QStringLiteral("method"),
                                         freeShipping ? QStringLiteral("freeshipping_freeshipping")
                                                      : QStringLiteral("flatrate_flatrate")},
                                     {QStringLiteral("total"), total}}}}}},
                {QStringLiteral("payment_additional_info"),
                    QJsonArray {QJsonObject {{QStringLiteral("key"), QStringLiteral("method_title")},
                        {QStringLiteral("value"), paymentTitle}}}},
                {QStringLiteral("applied_taxes"), QJsonArray {}}, {QStringLiteral("item_applied_taxes"), QJsonArray {}},
                {QStringLiteral("converting_from_quote"), true}});
        out.orders.append(order);

        if (!shipmentItems.isEmpty()) {
            const bool dhl = rng.chance(0.6);
            const QString trackNumber = dhl
                ? QStringLiteral("00340434%1").arg(rng.next() % 10000000000ULL, 10, 10, QLatin1Char('0'))
                : QStringLiteral("1Z%1").arg(rng.next() % 0xFFFFFFFFFFFFULL, 16, 16, QLatin1Char('0')).toUpper();
            double shippedQty = 0;
            for (const QJsonValue& si : std::as_const(shipmentItems))
                shippedQty += si.toObject().value(QStringLiteral("qty")).toDouble();
            out.shipments.append(QJsonObject {{QStringLiteral("entity_id"), shipmentId},
                {QStringLiteral("increment_id"), QStringLiteral("%1").arg(shipmentId, 9, 10, QLatin1Char('0'))},
                {QStringLiteral("order_id"), o}, {QStringLiteral("store_id"), storeId},
                {QStringLiteral("total_qty"), shippedQty}, {QStringLiteral("created_at"), updated},
                {QStringLiteral("updated_at"), updated}, {QStringLiteral("items"), shipmentItems},
                {QStringLiteral("tracks"),
                    QJsonArray {QJsonObject {{QStringLiteral("entity_id"), trackId++}, {QStringLiteral("order_id"), o},
                        {QStringLiteral("parent_id"), shipmentId}, {QStringLiteral("track_number"), trackNumber},
                        {QStringLiteral("title"),
                            dhl ? QStringLiteral("DHL") : QStringLiteral("United Parcel Service")},
                        {QStringLiteral("carrier_code"), dhl ? QStringLiteral("dhl") : QStringLiteral("ups")},
                        {QStringLiteral("created_at"), updated}}}},
                {QStringLiteral("email_sent"), 1}});
            ++shipmentId;
        }
    }
    return true;
}

} // namespace studio::sandbox
