#pragma once

// The contract inside the sandbox between the HTTP side (server, auth, ACL, faults, bulk, admin routes,
// schema discovery) and the Magento side (data, entity routes, searchCriteria, fields, demo seed, ERP).
// The HTTP side parses and authenticates a request, picks the route from an ApiRouter, checks the route's
// ACL resource against the caller's Principal, calls the handler and serialises the ApiResponse.
// Handlers never see HTTP details beyond what ApiRequest carries.

#include <functional>
#include <optional>
#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <QVariantMap>

class QSqlDatabase;

namespace studio {
class Clock;
}

namespace studio::sandbox {

/// Who is calling, after authentication. Guests have no resources.
struct Principal
{
    enum class Kind { Guest, Admin, Customer, Integration };
    Kind kind = Kind::Guest;
    int userId = 0; ///< admin user id, customer id or integration id
    QString userName;
    /// ACL resources the caller holds; `Magento_Backend::all` grants everything.
    QStringList aclResources;

    bool allows(const QString& resource) const;
};

/// One Web API call as a handler sees it.
struct ApiRequest
{
    QByteArray method; ///< GET, POST, PUT, DELETE
    /// Store code of the URL: "default", "all", or a store view code that exists.
    QString storeCode;
    /// Path after the store code, percent-decoded per segment, starting with "/V1/".
    QString path;
    /// Route parameters by name, percent-decoded (a SKU "A/B" arrives as "A/B").
    QHash<QString, QString> params;
    /// The query string as sent; keys are not decoded further than URL decoding.
    QUrlQuery query;
    QByteArray body;
    /// The parsed body; null when the body is empty. Handlers report their own 400 for wrong shapes.
    QJsonDocument json;
    Principal principal;
    /// True when the call comes from the async bulk consumer rather than a client.
    bool fromBulk = false;
};

/// What a handler answers. `body` is serialised as JSON (Magento answers bare strings, numbers and
/// booleans as top-level JSON values too).
struct ApiResponse
{
    int status = 200;
    QJsonValue body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResponse ok(QJsonValue body) { return ApiResponse {200, std::move(body), {}}; }

    /// A Magento error body: {"message": "... %1 / %name ...", "parameters": ...}. `parameters` is either
    /// a JSON array (positional %1, %2) or an object (named %name); omitted when empty.
    static ApiResponse error(int status, const QString& message, const QJsonValue& parameters = QJsonValue());

    /// 400 with Magento's field validation wording.
    static ApiResponse badRequest(const QString& message, const QJsonValue& parameters = QJsonValue());
    /// 404 for an unknown entity, e.g. notFound("The product that was requested doesn't exist. Verify the
    /// product and try again.").
    static ApiResponse notFound(const QString& message, const QJsonValue& parameters = QJsonValue());
};

using ApiHandler = std::function<ApiResponse(const ApiRequest&)>;

/// One route: method + pattern + the ACL resource Magento's webapi.xml guards it with.
struct ApiRoute
{
    QByteArray method;
    /// Pattern with named parameters, e.g. "/V1/products/:sku/stockItems/:itemId".
    QString pattern;
    /// ACL resource; "anonymous" for public routes, "self" for customer-owned routes.
    QString aclResource;
    ApiHandler handler;
    /// Path of this route in the Magento 2.4.5 schema, e.g. "/V1/products/{sku}"; used for schema discovery
    /// and for the fidelity test that checks every served route exists in the real schema.
    QString schemaPath;
    /// For async bulk: the `by{Param}` route name Magento exposes, e.g. "/V1/products/bySku"; empty when the
    /// route has no path parameters or is not available in bulk.
    QString bulkPattern;
    /// Whether the async bulk endpoints accept this route.
    bool bulkAllowed = false;
};

/// The route table. Matching is exact on method and segment count; `:name` segments capture one
/// percent-decoded segment each.
class ApiRouter final
{
public:
    void add(ApiRoute route);

    struct Match
    {
        const ApiRoute* route = nullptr;
        QHash<QString, QString> params;
    };
    /// `encodedPath` is the path after the store code, still percent-encoded (so "%2F" stays inside one segment).
    std::optional<Match> match(const QByteArray& method, const QString& encodedPath) const;
    /// Routes whose path matches but method does not, to tell 404 "Request does not match any route." apart
    /// from a wrong method (Magento answers both with 404 and that message).
    bool pathExists(const QString& encodedPath) const;
    /// Finds the bulk variant: "/V1/products/bySku" + PUT → the PUT "/V1/products/:sku" route.
    std::optional<Match> matchBulk(const QByteArray& method, const QString& encodedPath) const;

    const QList<ApiRoute>& routes() const { return m_routes; }

private:
    QList<ApiRoute> m_routes;
};

/// Counters that let tests prove exactly-once delivery and see what the sandbox received.
class SandboxStats
{
public:
    virtual ~SandboxStats() = default;
    /// One successful write (create, update or delete) of the product or source item with this SKU.
    virtual void recordSkuWrite(const QString& sku) = 0;
};

/// Magento's optional web API input limits (`webapi/validation/*`), off by default as in Magento. When on,
/// searchCriteria pageSize is capped ("Maximum SearchCriteria pageSize is %max"), a missing pageSize becomes
/// `defaultPageSize`, and array inputs are capped ("Maximum items of type \"%type\" is %max": the sync
/// limit for ordinary requests, the async limit for requests with ApiRequest::fromBulk).
struct InputLimits
{
    bool enabled = false;
    int maxPageSize = 300;
    int defaultPageSize = 20;
    int syncArrayLimit = 20;
    int asyncArrayLimit = 5000;
};

/// What the Magento side needs from its host: the database of the sandbox, the clock and the counters.
/// All handlers run on the server's thread; the database connection belongs to that thread.
struct SandboxContext
{
    /// Name of the QSqlDatabase connection (SQLite) that holds the store's state.
    QString connectionName;
    Clock* clock = nullptr;
    SandboxStats* stats = nullptr;
    /// The input limits in force, read on every request (the host may change them at run time);
    /// nullptr means off.
    const InputLimits* inputLimits = nullptr;
};

} // namespace studio::sandbox
