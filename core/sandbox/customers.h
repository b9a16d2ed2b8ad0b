#pragma once

#include "core/common/result.h"
#include "core/sandbox/api.h"

#include <optional>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace studio::sandbox {

class StoreDb;
class StoreViews;

/// A region of Magento's directory (directory_country_region), for addresses.
struct RegionInfo
{
    QString countryId;
    QString code;
    QString name;
    int id = 0;
};

/// The regions the sandbox knows (Germany, Austria's neighbours have none in Magento, the United States).
const QList<RegionInfo>& knownRegions();
/// The region with this id, or nullptr.
const RegionInfo* regionById(int id);

/// A customer as stored: Magento's customer JSON and, separately, the password hash.
struct CustomerRecord
{
    QJsonObject data;
    QString passwordHash; ///< empty: the customer cannot sign in (e.g. imported without a password)
};

/// Customers (EAV customer entity with addresses): search, read, create (anonymous, as Magento's
/// createAccount), update. Passwords are stored as PBKDF2-HMAC-SHA256 hashes with a per-customer salt.
class Customers final
{
public:
    Customers(const SandboxContext& context, StoreDb& db, const StoreViews& stores);

    /// CREATE TABLE statements of the customer table.
    static QStringList schema();
    /// Table names, for resets.
    static QStringList tables();
    /// Reads all customers into memory.
    Status load();
    /// Inserts seed customers (inside the caller's transaction).
    Status insertSeed(const QList<CustomerRecord>& customers);

    /// The customer id for a sign-in to the default website, or std::nullopt.
    std::optional<int> authenticate(const QString& email, const QString& password) const;
    /// The stored customer JSON, or nullptr.
    const QJsonObject* customerById(int id) const;
    /// Number of customers.
    int count() const { return int(m_customers.size()); }

    /// "pbkdf2_sha256$<iterations>$<salt, base64>$<hash, base64>".
    static QString hashPassword(const QString& password, const QByteArray& salt, int iterations);
    /// Constant-time check of a password against hashPassword()'s output.
    static bool verifyPassword(const QString& password, const QString& hash);

    /// GET /V1/customers/search with searchCriteria (EAV rules).
    ApiResponse search(const ApiRequest& request) const;
    /// GET /V1/customers/{customerId}.
    ApiResponse get(const ApiRequest& request) const;
    /// POST /V1/customers {customer, password?}: createAccount (anonymous in Magento).
    ApiResponse create(const ApiRequest& request);
    /// PUT /V1/customers/{customerId} {customer}: email, firstname and lastname must be sent every time;
    /// addresses, when sent, replace the customer's addresses.
    ApiResponse update(const ApiRequest& request);

    // Customer-owned routes (ACL resource "self"): only a customer token reaches them, and the customer is the
    // token's, never one named in the URL or body (Magento forces the id with webapi.xml's %customer_id%). As
    // Magento's Customer\Model\Customer\Authorization, the token is accepted only in the store views of the
    // customer's own website (so not under /rest/all): 401 "The consumer isn't authorized to access self."

    /// GET /V1/customers/me: the signed-in customer, as GET /V1/customers/{customerId} shows it.
    ApiResponse getSelf(const ApiRequest& request) const;
    /// PUT /V1/customers/me {customer}: update() of the signed-in customer; an "id" in the body is ignored.
    ApiResponse updateSelf(const ApiRequest& request);
    /// GET /V1/customers/me/billingAddress: the default billing address; `[]` when there is none (Magento's
    /// rendering of a null object).
    ApiResponse defaultBillingAddress(const ApiRequest& request) const;
    /// GET /V1/customers/me/shippingAddress: the default shipping address; `[]` when there is none.
    ApiResponse defaultShippingAddress(const ApiRequest& request) const;

private:
    QString now() const;
    /// The customer id of a "self" request, or the 401 Magento answers when the caller may not act as one.
    std::optional<ApiResponse> selfCustomer(const ApiRequest& request, int& customerId) const;
    ApiResponse defaultAddress(const ApiRequest& request, const QString& which) const;
    std::optional<ApiResponse> parseCustomer(
        const QJsonObject& input, QJsonObject& customer, bool requireAll, const ApiRequest& request);
    std::optional<ApiResponse> parseAddresses(const QJsonArray& input, int customerId, QJsonArray& addresses,
        QString& defaultBilling, QString& defaultShipping);
    std::optional<ApiResponse> checkEmailFree(const QString& email, int websiteId, int ignoreId) const;
    Status persist(int index);
    int nextAddressId() const;

    const SandboxContext& m_context;
    StoreDb& m_db;
    const StoreViews& m_stores;
    QList<CustomerRecord> m_customers; ///< in id order
    QHash<int, int> m_indexById;
};

} // namespace studio::sandbox
