#pragma once

#include "core/common/result.h"
#include "core/magento/storescope.h"

#include <optional>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace studio::magento {

/// Which of Magento's REST front doors a call goes through.
enum class RestApi {
    Sync,      ///< /rest/{store}/V1/...
    Async,     ///< /rest/{store}/async/V1/...      (POST/PUT/PATCH/DELETE; one message on the queue)
    AsyncBulk, ///< /rest/{store}/async/bulk/V1/... (array body; path parameters become by{Param})
};

/// Values of the path parameters of a route template, by name: {"sku", "24-MB01"} for "/V1/products/{sku}".
using PathParams = QMap<QString, QString>;

/// Where a URL points inside a Magento installation; see MagentoUrl::locate().
struct RestTarget
{
    StoreScope scope;
    RestApi api = RestApi::Sync;
    QString servicePath; ///< percent-encoded, e.g. "/V1/products/A%2FB"
    QUrlQuery query;
};

/// Builds the URLs of one Magento installation: REST (sync, async, async bulk), the schema and GraphQL.
///
/// Path parameters are percent-encoded as exactly one segment each ('/' → %2F, '+' → %2B, '#' → %23, ...),
/// and URLs are assembled from encoded bytes, so Qt never re-decodes a %2F into a path separator. Never rebuild a
/// returned URL from QUrl::path() (which decodes %2F to '/'); use toEncoded() or pass the QUrl on as it is.
class MagentoUrl final
{
    Q_DECLARE_TR_FUNCTIONS(studio::magento::MagentoUrl)

public:
    /// An invalid builder; use fromBase().
    MagentoUrl() = default;

    /// The shop's base URL as a user types it: "https://shop.example.com", with or without a trailing slash,
    /// optionally with a sub-folder ("https://example.com/magento/") or "index.php/" when URL rewrites are off.
    /// Fails with a readable sentence for anything else: no http(s) scheme, no host, user info (credentials
    /// belong in the auth settings), a query or fragment, or a path that already contains /rest or /graphql.
    static Result<MagentoUrl> fromBase(const QString& baseUrl);

    bool isValid() const { return !m_base.isEmpty(); }
    /// The normalized base URL, always ending with '/'.
    QUrl baseUrl() const;

    /// The URL of a REST service path in a store scope. `servicePath` is a path as Magento's webapi.xml and
    /// schema show it ("/V1/products", "V1/orders/42"; "/V1" is prepended when no version segment is given),
    /// already expanded and percent-encoded (see expandPath()); characters that may not appear in a URL path
    /// (space, '#', '?', non-ASCII, a lone '%') are encoded, valid %XX escapes are kept as they are.
    /// For RestApi::AsyncBulk the path is a route template: {param} and :param segments become by{Param}.
    QUrl rest(const StoreScope& scope, const QString& servicePath, const QUrlQuery& query = QUrlQuery(),
        RestApi api = RestApi::Sync) const;
    /// The root that service paths are appended to, without a trailing slash: "https://shop/rest/all",
    /// "https://shop/rest" (default store view), "https://shop/rest/de/async/bulk".
    QUrl restRoot(const StoreScope& scope, RestApi api = RestApi::Sync) const;
    /// rest() for a route template and its parameter values, e.g. ("/V1/products/{sku}", {{"sku", "A/B"}}).
    /// For RestApi::AsyncBulk the parameters must be empty (they travel in each item of the body).
    Result<QUrl> restRoute(const StoreScope& scope, const QString& pathTemplate, const PathParams& params,
        const QUrlQuery& query = QUrlQuery(), RestApi api = RestApi::Sync) const;
    /// The Swagger schema: /rest/{store}/schema?services=all (or /rest/{store}/async/schema for the async and
    /// bulk APIs). `services` narrows it to named services ("catalogProductRepositoryV1"); empty = all.
    QUrl schema(const StoreScope& scope, RestApi api = RestApi::Sync, const QStringList& services = {}) const;
    /// The GraphQL endpoint, /graphql.
    QUrl graphql() const;

    /// Reads a URL of this installation back into scope, API, service path and query, e.g. for a pasted URL or
    /// an imported cURL command. nullopt when the URL is not under this base's /rest/.
    std::optional<RestTarget> locate(const QUrl& url) const;

    /// Percent-encodes a value as one path segment: UTF-8, every byte except A-Z a-z 0-9 - . _ ~ as %XX.
    static QString encodePathSegment(const QString& value);
    /// The inverse of encodePathSegment() (invalid escapes are kept as they are).
    static QString decodePathSegment(const QString& encoded);
    /// Fills a route template's {param} (or :param) placeholders with encoded values. Fails naming the parameter
    /// when one is missing, unused, empty, or "." / ".." (which servers treat as directory steps).
    static Result<QString> expandPath(const QString& pathTemplate, const PathParams& params);
    /// The parameter names of a route template, in order.
    static QStringList pathParameters(const QString& pathTemplate);
    /// The async bulk form of a route template, Magento's by{Param} naming (BulkServiceConfig):
    /// "/V1/products/{sku}" → "/V1/products/bySku", "/V1/carts/:cartId/items" → "/V1/carts/byCartId/items".
    static QString bulkPath(const QString& pathTemplate);
    /// A service path with a leading '/', a version segment ("/V1" unless it starts with one), and every
    /// character that may not appear in a URL path percent-encoded.
    static QString normalizeServicePath(const QString& servicePath);

private:
    explicit MagentoUrl(QByteArray base);
    /// "rest", "rest/<code>", plus "/async" or "/async/bulk".
    static QByteArray restRelative(const StoreScope& scope, RestApi api);
    QUrl build(const QByteArray& relative, const QUrlQuery& query) const;

    QByteArray m_base; ///< fully encoded, ends with '/'
};

} // namespace studio::magento
