#include "core/sandbox/customers.h"

#include "core/common/clock.h"
#include "core/sandbox/searchcriteria.h"
#include "core/sandbox/storedb.h"
#include "core/sandbox/storeviews.h"
#include "core/sandbox/webapiinput.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace studio::sandbox {

namespace {

const QString kCustomerInterface = QStringLiteral("Magento\\Customer\\Api\\Data\\CustomerInterface");
const QString kAddressInterface = QStringLiteral("Magento\\Customer\\Api\\Data\\AddressInterface");
const QString kRegionInterface = QStringLiteral("Magento\\Customer\\Api\\Data\\RegionInterface");
constexpr int kPasswordIterations = 60000;

/// InputException with one or more errors, as Magento's ErrorProcessor renders it.
ApiResponse inputErrors(const QJsonArray& errors)
{
    if (errors.size() == 1) {
        const QJsonObject e = errors.first().toObject();
        return ApiResponse::badRequest(
            e.value(QStringLiteral("message")).toString(), e.value(QStringLiteral("parameters")));
    }
    return ApiResponse {400,
        QJsonObject {{QStringLiteral("message"), QStringLiteral("One or more input exceptions have occurred.")},
            {QStringLiteral("errors"), errors}},
        {}};
}

QJsonObject requiredError(const QString& field)
{
    return QJsonObject {{QStringLiteral("message"), QStringLiteral("\"%fieldName\" is required. Enter and try again.")},
        {QStringLiteral("parameters"), QJsonObject {{QStringLiteral("fieldName"), field}}}};
}

QJsonObject invalidValueError(const QString& field, const QString& value)
{
    return QJsonObject {
        {QStringLiteral("message"), QStringLiteral("Invalid value of \"%value\" provided for the %fieldName field.")},
        {QStringLiteral("parameters"),
            QJsonObject {{QStringLiteral("fieldName"), field}, {QStringLiteral("value"), value}}}};
}

bool isBlank(const QJsonValue& v)
{
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())
        || (v.isArray() && v.toArray().isEmpty());
}

bool isValidEmail(const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(email).hasMatch();
}

const QStringList& knownCountries()
{
    static const QStringList countries {QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("CH"),
        QStringLiteral("US"), QStringLiteral("GB"), QStringLiteral("NL"), QStringLiteral("FR"), QStringLiteral("IT"),
        QStringLiteral("ES"), QStringLiteral("BE"), QStringLiteral("DK"), QStringLiteral("SE"), QStringLiteral("PL"),
        QStringLiteral("CA")};
    return countries;
}

/// The customer entity's attributes (EAV) as the customer collection filters them.
class CustomerSearchSource final : public SearchSource
{
public:
    explicit CustomerSearchSource(const QList<CustomerRecord>& customers)
        : m_customers(customers)
    { }

    int count() const override { return int(m_customers.size()); }

    std::optional<FieldType> fieldType(const QString& field) const override
    {
        static const QStringList integer {QStringLiteral("entity_id"), QStringLiteral("id"), QStringLiteral("group_id"),
            QStringLiteral("store_id"), QStringLiteral("website_id"), QStringLiteral("gender"),
            QStringLiteral("disable_auto_group_change"), QStringLiteral("default_billing"),
            QStringLiteral("default_shipping")};
        static const QStringList text {QStringLiteral("email"), QStringLiteral("firstname"), QStringLiteral("lastname"),
            QStringLiteral("middlename"), QStringLiteral("prefix"), QStringLiteral("suffix"), QStringLiteral("taxvat"),
            QStringLiteral("created_in"), QStringLiteral("confirmation")};
        if (integer.contains(field))
            return FieldType::Integer;
        if (text.contains(field))
            return FieldType::Text;
        if (field == u"created_at" || field == u"updated_at" || field == u"dob")
            return FieldType::DateTime;
        return std::nullopt;
    }

    QJsonValue value(int row, const QString& field) const override
    {
        const QJsonObject& c = m_customers.at(row).data;
        if (field == u"entity_id")
            return c.value(QStringLiteral("id"));
        return c.value(field);
    }

private:
    const QList<CustomerRecord>& m_customers;
};

} // namespace

const QList<RegionInfo>& knownRegions()
{
    static const QList<RegionInfo> regions {
        {QStringLiteral("DE"), QStringLiteral("NDS"), QStringLiteral("Niedersachsen"), 79},
        {QStringLiteral("DE"), QStringLiteral("BAW"), QStringLiteral("Baden-Württemberg"), 80},
        {QStringLiteral("DE"), QStringLiteral("BAY"), QStringLiteral("Bayern"), 81},
        {QStringLiteral("DE"), QStringLiteral("BER"), QStringLiteral("Berlin"), 82},
        {QStringLiteral("DE"), QStringLiteral("HAM"), QStringLiteral("Hamburg"), 84},
        {QStringLiteral("DE"), QStringLiteral("HES"), QStringLiteral("Hessen"), 85},
        {QStringLiteral("DE"), QStringLiteral("NRW"), QStringLiteral("Nordrhein-Westfalen"), 88},
        {QStringLiteral("DE"), QStringLiteral("SAS"), QStringLiteral("Sachsen"), 91},
        {QStringLiteral("US"), QStringLiteral("CA"), QStringLiteral("California"), 12},
        {QStringLiteral("US"), QStringLiteral("FL"), QStringLiteral("Florida"), 18},
        {QStringLiteral("US"), QStringLiteral("IL"), QStringLiteral("Illinois"), 23},
        {QStringLiteral("US"), QStringLiteral("MA"), QStringLiteral("Massachusetts"), 32},
        {QStringLiteral("US"), QStringLiteral("NY"), QStringLiteral("New York"), 43},
        {QStringLiteral("US"), QStringLiteral("TX"), QStringLiteral("Texas"), 57},
        {QStringLiteral("US"), QStringLiteral("WA"), QStringLiteral("Washington"), 62}};
    return regions;
}

const RegionInfo* regionById(int id)
{
    for (const RegionInfo& r : knownRegions()) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

Customers::Customers(const SandboxContext& context, StoreDb& db, const StoreViews& stores)
    : m_context(context)
    , m_db(db)
    , m_stores(stores)
{ }

QStringList Customers::schema()
{
    return {QStringLiteral(
        "CREATE TABLE IF NOT EXISTS mg_customer (entity_id INTEGER PRIMARY KEY, email_key TEXT NOT NULL, "
        "website_id INTEGER NOT NULL, password_hash TEXT, data TEXT NOT NULL, "
        "UNIQUE (email_key, website_id))")};
}

QStringList Customers::tables()
{
    return {QStringLiteral("mg_customer")};
}

Status Customers::load()
{
    m_customers.clear();
    m_indexById.clear();
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT entity_id, password_hash, data FROM mg_customer ORDER BY entity_id")))
        return Error {query.lastError().text()};
    while (query.next()) {
        m_indexById.insert(query.value(0).toInt(), int(m_customers.size()));
        m_customers.append({StoreDb::fromJson(query.value(2).toByteArray()), query.value(1).toString()});
    }
    return {};
}

Status Customers::insertSeed(const QList<CustomerRecord>& customers)
{
    QSqlQuery insert(m_db.database());
    insert.prepare(
        QStringLiteral("INSERT OR REPLACE INTO mg_customer(entity_id, email_key, website_id, password_hash, data) "
                       "VALUES(?, ?, ?, ?, ?)"));
    for (const CustomerRecord& c : customers) {
        const int id = c.data.value(QStringLiteral("id")).toInt();
        insert.bindValue(0, id);
        insert.bindValue(1, c.data.value(QStringLiteral("email")).toString().toLower());
        insert.bindValue(2, c.data.value(QStringLiteral("website_id")).toInt());
        insert.bindValue(3, c.passwordHash.isEmpty() ? QVariant() : QVariant(c.passwordHash));
        insert.bindValue(4, StoreDb::toJson(c.data));
        if (!insert.exec())
            return Error {insert.lastError().text()};
        m_indexById.insert(id, int(m_customers.size()));
        m_customers.append(c);
    }
    return {};
}

Status Customers::persist(int index)
{
    const CustomerRecord& c = m_customers.at(index);
    QSqlQuery query(m_db.database());
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO mg_customer(entity_id, email_key, website_id, password_hash, data) "
                       "VALUES(?, ?, ?, ?, ?)"));
    query.addBindValue(c.data.value(QStringLiteral("id")).toInt());
    query.addBindValue(c.data.value(QStringLiteral("email")).toString().toLower());
    query.addBindValue(c.data.value(QStringLiteral("website_id")).toInt());
    query.addBindValue(c.passwordHash.isEmpty() ? QVariant() : QVariant(c.passwordHash));
    query.addBindValue(StoreDb::toJson(c.data));
    if (!query.exec())
        return Error {query.lastError().text()};
    return {};
}

QString Customers::hashPassword(const QString& password, const QByteArray& salt, int iterations)
{
    const QByteArray secret = password.toUtf8();
    QByteArray derived(32, '\0');
    PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()), reinterpret_cast<const unsigned char*>(salt.constData()),
        int(salt.size()), iterations, EVP_sha256(), int(derived.size()),
        reinterpret_cast<unsigned char*>(derived.data()));
    return QStringLiteral("pbkdf2_sha256$%1$%2$%3")
        .arg(
            QString::number(iterations), QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derived.toBase64()));
}

bool Customers::verifyPassword(const QString& password, const QString& hash)
{
    const QStringList parts = hash.split(u'$');
    if (parts.size() != 4 || parts.at(0) != u"pbkdf2_sha256")
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations <= 0)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    const QStringList computed = hashPassword(password, salt, iterations).split(u'$');
    const QByteArray actual = QByteArray::fromBase64(computed.at(3).toLatin1());
    return actual.size() == expected.size()
        && CRYPTO_memcmp(actual.constData(), expected.constData(), size_t(actual.size())) == 0;
}

std::optional<int> Customers::authenticate(const QString& email, const QString& password) const
{
    for (const CustomerRecord& c : m_customers) {
        if (c.data.value(QStringLiteral("website_id")).toInt() != 1)
            continue;
        if (c.data.value(QStringLiteral("email")).toString().compare(email, Qt::CaseInsensitive) != 0)
            continue;
        if (!c.passwordHash.isEmpty() && verifyPassword(password, c.passwordHash))
            return c.data.value(QStringLiteral("id")).toInt();
        return std::nullopt;
    }
    return std::nullopt;
}

const QJsonObject* Customers::customerById(int id) const
{
    const auto it = m_indexById.constFind(id);
    return it == m_indexById.cend() ? nullptr : &m_customers.at(*it).data;
}

QString Customers::now() const
{
    const Clock& clock = m_context.clock ? *m_context.clock : systemClock();
    return clock.now().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

int Customers::nextAddressId() const
{
    int next = 1;
    for (const CustomerRecord& c : m_customers) {
        for (const QJsonValue& a : c.data.value(QStringLiteral("addresses")).toArray())
            next = std::max(next, a.toObject().value(QStringLiteral("id")).toInt() + 1);
    }
    return next;
}

std::optional<ApiResponse> Customers::checkEmailFree(const QString& email, int websiteId, int ignoreId) const
{
    for (const CustomerRecord& c : m_customers) {
        if (c.data.value(QStringLiteral("id")).toInt() == ignoreId)
            continue;
        if (c.data.value(QStringLiteral("website_id")).toInt() == websiteId
            && c.data.value(QStringLiteral("email")).toString().compare(email, Qt::CaseInsensitive) == 0)
            return ApiResponse::badRequest(
                QStringLiteral("A customer with the same email address already exists in an associated website."));
    }
    return std::nullopt;
}

std::optional<ApiResponse> Customers::parseAddresses(
    const QJsonArray& input, int customerId, QJsonArray& addresses, QString& defaultBilling, QString& defaultShipping)
{
    static const QStringList known {QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("region"),
        QStringLiteral("region_id"), QStringLiteral("country_id"), QStringLiteral("street"), QStringLiteral("company"),
        QStringLiteral("telephone"), QStringLiteral("fax"), QStringLiteral("postcode"), QStringLiteral("city"),
        QStringLiteral("firstname"), QStringLiteral("lastname"), QStringLiteral("middlename"), QStringLiteral("prefix"),
        QStringLiteral("suffix"), QStringLiteral("vat_id"), QStringLiteral("default_shipping"),
        QStringLiteral("default_billing"), QStringLiteral("extension_attributes"), QStringLiteral("custom_attributes")};
    static const QStringList textFields {QStringLiteral("country_id"), QStringLiteral("company"),
        QStringLiteral("telephone"), QStringLiteral("fax"), QStringLiteral("postcode"), QStringLiteral("city"),
        QStringLiteral("firstname"), QStringLiteral("lastname"), QStringLiteral("middlename"), QStringLiteral("prefix"),
        QStringLiteral("suffix"), QStringLiteral("vat_id")};
    int nextId = nextAddressId();
    QJsonArray errors;
    for (const QJsonValue& entry : input) {
        if (!entry.isObject())
            return webapi::typeMismatch(entry, QStringLiteral("\\") + kAddressInterface, QStringLiteral("addresses"));
        QJsonObject in = entry.toObject();
        if (auto error = webapi::checkProperties(in, known, kAddressInterface))
            return error;
        QJsonObject address;
        for (const QString& field : textFields) {
            QString camel = webapi::upperCamel(field);
            camel[0] = camel.at(0).toLower();
            const QJsonValue v = in.contains(field) ? in.value(field) : in.value(camel);
            if (v.isUndefined() || v.isNull())
                continue;
            const auto text = webapi::toText(v);
            if (!text)
                return webapi::typeMismatch(v, QStringLiteral("string"), field);
            address.insert(field, *text);
        }
        const QJsonValue street = in.value(QStringLiteral("street"));
        if (!street.isUndefined() && !street.isNull()) {
            if (!street.isArray())
                return webapi::typeMismatch(street, QStringLiteral("string[]"), QStringLiteral("street"));
            QJsonArray lines;
            for (const QJsonValue& line : street.toArray()) {
                const auto text = webapi::toText(line);
                if (!text)
                    return webapi::typeMismatch(line, QStringLiteral("string"), QStringLiteral("street"));
                lines.append(*text);
            }
            address.insert(QStringLiteral("street"), lines);
        }
        for (const QString& flag : {QStringLiteral("default_shipping"), QStringLiteral("default_billing")}) {
            const QJsonValue v = webapi::bodyParameter(
                in, flag == u"default_shipping" ? QStringLiteral("defaultShipping") : QStringLiteral("defaultBilling"));
            const QJsonValue value = v.isUndefined() ? in.value(flag) : v;
            if (value.isUndefined() || value.isNull())
                continue;
            const auto b = webapi::toBool(value);
            if (!b)
                return webapi::typeMismatch(value, QStringLiteral("bool"), flag);
            address.insert(flag, *b);
        }
        // Region: an id from the directory, or a region object as sent.
        int regionId = 0;
        const QJsonValue regionIdValue = webapi::bodyParameter(in, QStringLiteral("regionId"));
        if (!regionIdValue.isUndefined() && !regionIdValue.isNull()) {
            const auto id = webapi::toInt(regionIdValue);
            if (!id)
                return webapi::typeMismatch(regionIdValue, QStringLiteral("int"), QStringLiteral("region_id"));
            regionId = int(*id);
        }
        QJsonObject region {{QStringLiteral("region_code"), QJsonValue()}, {QStringLiteral("region"), QJsonValue()},
            {QStringLiteral("region_id"), 0}};
        const QJsonValue regionValue = in.value(QStringLiteral("region"));
        if (regionValue.isObject()) {
            const QJsonObject r = regionValue.toObject();
            if (auto error = webapi::checkProperties(r,
                    {QStringLiteral("region_code"), QStringLiteral("region"), QStringLiteral("region_id"),
                        QStringLiteral("extension_attributes")},
                    kRegionInterface))
                return error;
            if (r.contains(QStringLiteral("region_id")) && regionId == 0)
                regionId = r.value(QStringLiteral("region_id")).toInt();
            if (r.value(QStringLiteral("region")).isString())
                region.insert(QStringLiteral("region"), r.value(QStringLiteral("region")));
            if (r.value(QStringLiteral("region_code")).isString())
                region.insert(QStringLiteral("region_code"), r.value(QStringLiteral("region_code")));
        } else if (!regionValue.isUndefined() && !regionValue.isNull()) {
            return webapi::typeMismatch(regionValue, QStringLiteral("\\") + kRegionInterface, QStringLiteral("region"));
        }
        const QString country = address.value(QStringLiteral("country_id")).toString();
        if (regionId != 0) {
            const RegionInfo* known2 = regionById(regionId);
            if (!known2 || known2->countryId != country) {
                errors.append(invalidValueError(QStringLiteral("regionId"), QString::number(regionId)));
            } else {
                region = QJsonObject {{QStringLiteral("region_code"), known2->code},
                    {QStringLiteral("region"), known2->name}, {QStringLiteral("region_id"), known2->id}};
            }
        }
        address.insert(QStringLiteral("region"), region);
        address.insert(QStringLiteral("region_id"), region.value(QStringLiteral("region_id")).toInt());

        // Magento\Customer\Model\Address\Validator\General and \Country.
        for (const QString& field : {QStringLiteral("firstname"), QStringLiteral("lastname"), QStringLiteral("street"),
                 QStringLiteral("city"), QStringLiteral("telephone"), QStringLiteral("postcode")}) {
            if (isBlank(address.value(field)))
                errors.append(requiredError(field));
        }
        if (country.isEmpty())
            errors.append(requiredError(QStringLiteral("countryId")));
        else if (!knownCountries().contains(country))
            errors.append(invalidValueError(QStringLiteral("countryId"), country));
        else if (country == u"US" && region.value(QStringLiteral("region_id")).toInt() == 0)
            errors.append(requiredError(QStringLiteral("regionId")));

        const QJsonValue idValue = in.value(QStringLiteral("id"));
        const int id = idValue.isDouble() && idValue.toInt() > 0 ? idValue.toInt() : nextId++;
        address.insert(QStringLiteral("id"), id);
        address.insert(QStringLiteral("customer_id"), customerId);
        if (address.value(QStringLiteral("default_billing")).toBool())
            defaultBilling = QString::number(id);
        if (address.value(QStringLiteral("default_shipping")).toBool())
            defaultShipping = QString::number(id);
        addresses.append(address);
    }
    if (!errors.isEmpty())
        return inputErrors(errors);
    return std::nullopt;
}

std::optional<ApiResponse> Customers::parseCustomer(
    const QJsonObject& input, QJsonObject& customer, bool requireAll, const ApiRequest& request)
{
    static const QStringList known {QStringLiteral("id"), QStringLiteral("group_id"), QStringLiteral("default_billing"),
        QStringLiteral("default_shipping"), QStringLiteral("confirmation"), QStringLiteral("created_at"),
        QStringLiteral("updated_at"), QStringLiteral("created_in"), QStringLiteral("dob"), QStringLiteral("email"),
        QStringLiteral("firstname"), QStringLiteral("lastname"), QStringLiteral("middlename"), QStringLiteral("prefix"),
        QStringLiteral("suffix"), QStringLiteral("gender"), QStringLiteral("store_id"), QStringLiteral("taxvat"),
        QStringLiteral("website_id"), QStringLiteral("addresses"), QStringLiteral("disable_auto_group_change"),
        QStringLiteral("extension_attributes"), QStringLiteral("custom_attributes")};
    static const QStringList intFields {QStringLiteral("group_id"), QStringLiteral("gender"),
        QStringLiteral("store_id"), QStringLiteral("website_id"), QStringLiteral("disable_auto_group_change")};
    static const QStringList textFields {QStringLiteral("confirmation"), QStringLiteral("dob"), QStringLiteral("email"),
        QStringLiteral("firstname"), QStringLiteral("lastname"), QStringLiteral("middlename"), QStringLiteral("prefix"),
        QStringLiteral("suffix"), QStringLiteral("taxvat")};
    if (auto error = webapi::checkProperties(input, known, kCustomerInterface))
        return error;
    const InputLimits* limits = m_context.inputLimits;
    for (auto it = input.begin(); it != input.end(); ++it) {
        QString field;
        for (const QString& k : known) {
            if (webapi::upperCamel(k) == webapi::upperCamel(it.key()))
                field = k;
        }
        const QJsonValue v = it.value();
        if (v.isNull() || v.isUndefined())
            continue;
        if (intFields.contains(field)) {
            const auto i = webapi::toInt(v);
            if (!i)
                return webapi::typeMismatch(v, QStringLiteral("int"), it.key());
            customer.insert(field, double(*i));
        } else if (textFields.contains(field)) {
            const auto text = webapi::toText(v);
            if (!text)
                return webapi::typeMismatch(v, QStringLiteral("string"), it.key());
            customer.insert(field, *text);
        } else if (field == u"addresses") {
            if (!v.isArray())
                return webapi::typeMismatch(
                    v, QStringLiteral("\\") + kAddressInterface + QStringLiteral("[]"), it.key());
            if (limits && limits->enabled) {
                const int max = request.fromBulk ? limits->asyncArrayLimit : limits->syncArrayLimit;
                if (v.toArray().size() > max)
                    return webapi::arrayLimitExceeded(kAddressInterface, max);
            }
            customer.insert(QStringLiteral("_addresses_in"), v);
        } else if (field == u"extension_attributes") {
            if (!v.isObject())
                return webapi::typeMismatch(
                    v, QStringLiteral("\\Magento\\Customer\\Api\\Data\\CustomerExtensionInterface"), it.key());
            const QJsonObject ext = v.toObject();
            if (auto error = webapi::checkProperties(ext,
                    {QStringLiteral("is_subscribed"), QStringLiteral("company_attributes"),
                        QStringLiteral("assistance_allowed")},
                    QStringLiteral("Magento\\Customer\\Api\\Data\\CustomerExtensionInterface")))
                return error;
            QJsonObject stored = customer.value(QStringLiteral("extension_attributes")).toObject();
            const QJsonValue subscribed = webapi::bodyParameter(ext, QStringLiteral("isSubscribed"));
            if (!subscribed.isUndefined() && !subscribed.isNull()) {
                const auto b = webapi::toBool(subscribed);
                if (!b)
                    return webapi::typeMismatch(subscribed, QStringLiteral("bool"), QStringLiteral("is_subscribed"));
                stored.insert(QStringLiteral("is_subscribed"), *b);
            }
            customer.insert(QStringLiteral("extension_attributes"), stored);
        }
    }
    QJsonArray errors;
    if (requireAll || customer.contains(QStringLiteral("firstname"))) {
        if (isBlank(customer.value(QStringLiteral("firstname"))))
            errors.append(requiredError(QStringLiteral("firstname")));
    }
    if (requireAll || customer.contains(QStringLiteral("lastname"))) {
        if (isBlank(customer.value(QStringLiteral("lastname"))))
            errors.append(requiredError(QStringLiteral("lastname")));
    }
    if (isBlank(customer.value(QStringLiteral("email"))))
        errors.append(requiredError(QStringLiteral("email")));
    else if (!isValidEmail(customer.value(QStringLiteral("email")).toString()))
        errors.append(invalidValueError(QStringLiteral("email"), customer.value(QStringLiteral("email")).toString()));
    if (!errors.isEmpty())
        return inputErrors(errors);
    const int group = customer.value(QStringLiteral("group_id")).toInt(1);
    if (group < 0 || group > 3)
        return webapi::noSuchEntity(QStringLiteral("id"), group);
    const int gender = customer.value(QStringLiteral("gender")).toInt(0);
    if (gender < 0 || gender > 3)
        return webapi::invalidFieldValue(QStringLiteral("gender"), QString::number(gender));
    const int websiteId = customer.value(QStringLiteral("website_id")).toInt(1);
    const int storeId = customer.value(QStringLiteral("store_id")).toInt(1);
    if (!m_stores.websiteExists(websiteId) || websiteId == 0)
        return webapi::invalidFieldValue(QStringLiteral("website_id"), QString::number(websiteId));
    if (!m_stores.storeIdsOfWebsite(websiteId).contains(storeId))
        return ApiResponse::badRequest(QStringLiteral("The store view is not in the associated website."));
    return std::nullopt;
}

ApiResponse Customers::search(const ApiRequest& request) const
{
    SearchCriteria criteria;
    if (auto error = parseSearchCriteria(request.query, criteria, m_context.inputLimits))
        return *error;
    CustomerSearchSource source(m_customers);
    SearchResult result;
    if (auto error = runSearch(criteria, source, UnknownFieldPolicy::EavInvalidAttribute, result))
        return *error;
    QJsonArray items;
    for (int row : std::as_const(result.rows))
        items.append(m_customers.at(row).data);
    return ApiResponse::ok(searchResultsJson(items, criteria, result.totalCount));
}

ApiResponse Customers::get(const ApiRequest& request) const
{
    const QString raw = request.params.value(QStringLiteral("customerId"));
    const auto id = webapi::toInt(QJsonValue(raw));
    if (!id)
        return webapi::typeMismatch(QJsonValue(raw), QStringLiteral("int"));
    const QJsonObject* c = customerById(int(*id));
    if (!c)
        return webapi::noSuchEntity(QStringLiteral("customerId"), double(*id));
    return ApiResponse::ok(*c);
}

ApiResponse Customers::create(const ApiRequest& request)
{
    if (!request.body.trimmed().isEmpty() && request.json.isNull())
        return webapi::decodingError();
    const QJsonObject body = request.json.object();
    const QJsonValue customerValue = body.value(QStringLiteral("customer"));
    if (customerValue.isUndefined() || customerValue.isNull())
        return webapi::requiredField(QStringLiteral("customer"));
    if (!customerValue.isObject())
        return webapi::typeMismatch(customerValue, QStringLiteral("\\") + kCustomerInterface);
    const QJsonValue passwordValue = body.value(QStringLiteral("password"));
    std::optional<QString> password;
    if (!passwordValue.isUndefined() && !passwordValue.isNull()) {
        password = webapi::toText(passwordValue);
        if (!password)
            return webapi::typeMismatch(passwordValue, QStringLiteral("string"));
    }

    const int requestStore = m_stores.storeIdForCode(request.storeCode).value_or(1);
    QJsonObject customer {{QStringLiteral("group_id"), 1},
        {QStringLiteral("store_id"), requestStore == 0 ? 1 : requestStore},
        {QStringLiteral("website_id"), m_stores.websiteOfStore(requestStore == 0 ? 1 : requestStore)},
        {QStringLiteral("disable_auto_group_change"), 0},
        {QStringLiteral("extension_attributes"), QJsonObject {{QStringLiteral("is_subscribed"), false}}}};
    if (auto error = parseCustomer(customerValue.toObject(), customer, true, request))
        return *error;
    if (auto error = checkEmailFree(customer.value(QStringLiteral("email")).toString(),
            customer.value(QStringLiteral("website_id")).toInt(), 0))
        return *error;
    if (password) {
        if (password->size() < 8)
            return ApiResponse::badRequest(
                QStringLiteral("The password needs at least %1 characters. Create a new password and try again."),
                QJsonArray {8});
        int classes = 0;
        static const QList<QRegularExpression> patterns {QRegularExpression(QStringLiteral("[a-z]")),
            QRegularExpression(QStringLiteral("[A-Z]")), QRegularExpression(QStringLiteral("[0-9]")),
            QRegularExpression(QStringLiteral("[^a-zA-Z0-9]"))};
        for (const QRegularExpression& p : patterns)
            classes += p.match(*password).hasMatch() ? 1 : 0;
        if (classes < 3)
            return ApiResponse::badRequest(
                QStringLiteral("Minimum of different classes of characters in password is %1. "
                               "Classes of characters: Lower Case, Upper Case, Digits, Special Characters."),
                QJsonArray {3});
    }
    const int id = m_customers.isEmpty() ? 1 : m_customers.last().data.value(QStringLiteral("id")).toInt() + 1;
    QJsonArray addresses;
    QString defaultBilling;
    QString defaultShipping;
    if (customer.contains(QStringLiteral("_addresses_in"))) {
        if (auto error = parseAddresses(customer.value(QStringLiteral("_addresses_in")).toArray(), id, addresses,
                defaultBilling, defaultShipping))
            return *error;
        customer.remove(QStringLiteral("_addresses_in"));
    }
    const QString stamp = now();
    customer.insert(QStringLiteral("id"), id);
    customer.insert(QStringLiteral("created_at"), stamp);
    customer.insert(QStringLiteral("updated_at"), stamp);
    const StoreViewInfo* view = m_stores.view(customer.value(QStringLiteral("store_id")).toInt());
    customer.insert(QStringLiteral("created_in"), view ? view->name : QStringLiteral("Default Store View"));
    customer.insert(QStringLiteral("addresses"), addresses);
    if (!defaultBilling.isEmpty())
        customer.insert(QStringLiteral("default_billing"), defaultBilling);
    if (!defaultShipping.isEmpty())
        customer.insert(QStringLiteral("default_shipping"), defaultShipping);
    CustomerRecord record {customer, QString()};
    if (password) {
        QByteArray salt(16, '\0');
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), salt.size() / 4);
        record.passwordHash = hashPassword(*password, salt, kPasswordIterations);
    }
    m_indexById.insert(id, int(m_customers.size()));
    m_customers.append(record);
    if (Status s = persist(int(m_customers.size() - 1)); !s) {
        m_customers.removeLast();
        m_indexById.remove(id);
        qWarning("sandbox: could not store customer: %s", qPrintable(s.error().message));
        return webapi::internalError();
    }
    return ApiResponse::ok(customer);
}

ApiResponse Customers::update(const ApiRequest& request)
{
    if (!request.body.trimmed().isEmpty() && request.json.isNull())
        return webapi::decodingError();
    const QString raw = request.params.value(QStringLiteral("customerId"));
    const auto id = webapi::toInt(QJsonValue(raw));
    if (!id)
        return webapi::typeMismatch(QJsonValue(raw), QStringLiteral("int"));
    const QJsonObject body = request.json.object();
    const QJsonValue customerValue = body.value(QStringLiteral("customer"));
    if (customerValue.isUndefined() || customerValue.isNull())
        return webapi::requiredField(QStringLiteral("customer"));
    if (!customerValue.isObject())
        return webapi::typeMismatch(customerValue, QStringLiteral("\\") + kCustomerInterface);
    const auto found = m_indexById.constFind(int(*id));
    if (found == m_indexById.cend())
        return webapi::noSuchEntity(QStringLiteral("customerId"), double(*id));
    const int index = *found;
    // The stored customer is the base: fields not sent keep their values, but Magento validates the
    // required ones (email, firstname, lastname) on every save, so a PUT must carry them.
    QJsonObject customer = m_customers.at(index).data;
    customer.remove(QStringLiteral("email"));
    customer.remove(QStringLiteral("firstname"));
    customer.remove(QStringLiteral("lastname"));
    if (auto error = parseCustomer(customerValue.toObject(), customer, true, request))
        return *error;
    if (auto error = checkEmailFree(customer.value(QStringLiteral("email")).toString(),
            customer.value(QStringLiteral("website_id")).toInt(), int(*id)))
        return *error;
    if (customer.contains(QStringLiteral("_addresses_in"))) {
        QJsonArray addresses;
        QString defaultBilling;
        QString defaultShipping;
        if (auto error = parseAddresses(customer.value(QStringLiteral("_addresses_in")).toArray(), int(*id), addresses,
                defaultBilling, defaultShipping))
            return *error;
        customer.remove(QStringLiteral("_addresses_in"));
        customer.insert(QStringLiteral("addresses"), addresses);
        customer.remove(QStringLiteral("default_billing"));
        customer.remove(QStringLiteral("default_shipping"));
        if (!defaultBilling.isEmpty())
            customer.insert(QStringLiteral("default_billing"), defaultBilling);
        if (!defaultShipping.isEmpty())
            customer.insert(QStringLiteral("default_shipping"), defaultShipping);
    }
    customer.insert(QStringLiteral("id"), int(*id));
    customer.insert(QStringLiteral("updated_at"), now());
    const CustomerRecord previous = m_customers.at(index);
    m_customers[index].data = customer;
    if (Status s = persist(index); !s) {
        m_customers[index] = previous;
        qWarning("sandbox: could not store customer: %s", qPrintable(s.error().message));
        return webapi::internalError();
    }
    return ApiResponse::ok(customer);
}

std::optional<ApiResponse> Customers::selfCustomer(const ApiRequest& request, int& customerId) const
{
    const auto refused = [] {
        return ApiResponse::error(401, QStringLiteral("The consumer isn't authorized to access %resources."),
            QJsonObject {{QStringLiteral("resources"), QStringLiteral("self")}});
    };
    if (request.principal.kind != Principal::Kind::Customer || request.principal.userId <= 0)
        return refused();
    const QJsonObject* customer = customerById(request.principal.userId);
    if (!customer)
        return refused();
    // Customer accounts are shared per website: the current store view must belong to the customer's website
    // (the admin store of /rest/all never does).
    const std::optional<int> storeId = m_stores.storeIdForCode(request.storeCode);
    const int websiteId = customer->value(QStringLiteral("website_id")).toInt();
    if (!storeId || *storeId == 0 || !m_stores.storeIdsOfWebsite(websiteId).contains(*storeId))
        return refused();
    customerId = request.principal.userId;
    return std::nullopt;
}

ApiResponse Customers::getSelf(const ApiRequest& request) const
{
    int id = 0;
    if (auto refused = selfCustomer(request, id))
        return *refused;
    return ApiResponse::ok(*customerById(id));
}

ApiResponse Customers::updateSelf(const ApiRequest& request)
{
    int id = 0;
    if (auto refused = selfCustomer(request, id))
        return *refused;
    ApiRequest forced = request;
    forced.params.insert(QStringLiteral("customerId"), QString::number(id));
    return update(forced);
}

ApiResponse Customers::defaultAddress(const ApiRequest& request, const QString& which) const
{
    int id = 0;
    if (auto refused = selfCustomer(request, id))
        return *refused;
    const QJsonObject* customer = customerById(id);
    const QString addressId = customer->value(which).toString();
    if (!addressId.isEmpty()) {
        for (const QJsonValue& address : customer->value(QStringLiteral("addresses")).toArray()) {
            if (QString::number(address.toObject().value(QStringLiteral("id")).toInt()) == addressId)
                return ApiResponse::ok(address);
        }
    }
    // AccountManagement answers null, which Magento's REST output renders as an empty array.
    return ApiResponse::ok(QJsonArray());
}

ApiResponse Customers::defaultBillingAddress(const ApiRequest& request) const
{
    return defaultAddress(request, QStringLiteral("default_billing"));
}

ApiResponse Customers::defaultShippingAddress(const ApiRequest& request) const
{
    return defaultAddress(request, QStringLiteral("default_shipping"));
}

} // namespace studio::sandbox
