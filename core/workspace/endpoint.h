#pragma once

#include "core/common/result.h"

#include <optional>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace studio {

/// What kind of system an endpoint talks to.
enum class EndpointKind {
    Magento, ///< Magento 2 / Adobe Commerce (REST, async bulk, GraphQL)
    Rest,    ///< a generic REST API (ERP, CRM, PIM, 3PL back office)
    GraphQL, ///< a generic GraphQL API
    Sql,     ///< a database through QtSql
    File,    ///< a folder of CSV / JSON / JSON Lines files
};

/// How requests to an endpoint authenticate. Each type has plain (non-secret) fields stored in the
/// endpoint file and secret fields stored in the SecretStore; see authFieldsOf().
enum class AuthType {
    None,
    Basic,
    Bearer,
    ApiKey,
    OAuth1,               ///< Magento integration: consumer key/secret + access token/secret
    MagentoAdminToken,    ///< POST /V1/integration/admin/token
    MagentoCustomerToken, ///< POST /V1/integration/customer/token
    OAuth2ClientCredentials,
    OAuth2RefreshToken,
};

QString endpointKindId(EndpointKind kind); ///< "magento", "rest", "graphql", "sql", "file"
std::optional<EndpointKind> endpointKindFromId(const QString& id);
QString authTypeId(AuthType type); ///< "none", "basic", "bearer", "apiKey", "oauth1", "magentoAdminToken", ...
std::optional<AuthType> authTypeFromId(const QString& id);

/// The fields an auth type uses. Field names are the keys of AuthSettings::fields / secretRefs.
struct AuthFields
{
    QStringList plain;    ///< e.g. "username", "signatureMethod", "tokenUrl", "clientId", "scopes", "keyName", "keyIn"
    QStringList secret;   ///< e.g. "password", "token", "consumerKey", "consumerSecret", "accessToken", ...
    QStringList required; ///< plain or secret fields that must not be empty
};
AuthFields authFieldsOf(AuthType type);
/// A translated label for an auth field name ("consumerSecret" → "Consumer secret").
QString authFieldDisplayName(const QString& field);
/// Auth types that make sense for a kind (e.g. no Magento tokens for a SQL database).
QList<AuthType> authTypesFor(EndpointKind kind);

struct AuthSettings
{
    AuthType type = AuthType::None;
    /// Plain fields by name; may contain {{variables}}.
    QMap<QString, QString> fields;
    /// Secret fields by name → SecretStore reference. Never the value.
    QMap<QString, QString> secretRefs;

    bool operator==(const AuthSettings&) const = default;
};

struct TlsSettings
{
    QString caFile;         ///< extra CA certificate(s), PEM
    QString pinnedSha256;   ///< SHA-256 of the leaf certificate (hex, colons optional); accepted even if self-signed
    QString clientCertFile; ///< client certificate (PEM) for mTLS
    QString clientKeyFile;  ///< its private key (PEM)
    QString clientKeyPassphraseRef; ///< SecretStore reference of the key's passphrase, if it has one

    bool operator==(const TlsSettings&) const = default;
};

struct RateLimit
{
    double requestsPerSecond = 0; ///< 0 = unlimited
    int burst = 0;                ///< bucket size; 0 = same as requestsPerSecond rounded up

    bool operator==(const RateLimit&) const = default;
};

/// Connection data of a SQL endpoint (QtSql). User name and password are the endpoint's Basic auth
/// (auth fields "username" / secret "password").
struct SqlSettings
{
    QString driver; ///< QSQLITE, QPSQL, QMYSQL, QODBC
    QString host;
    int port = 0;     ///< 0 = driver default
    QString database; ///< database name, SQLite file path or ODBC DSN
    QString options;  ///< QSqlDatabase::setConnectOptions()

    bool operator==(const SqlSettings&) const = default;
};

/// Options of a file source: which files and how to read them.
struct FileSettings
{
    QString folder;
    QString pattern = QStringLiteral("*.csv"); ///< glob of files to read
    QString format = QStringLiteral("csv");    ///< csv, json, jsonl
    QString delimiter = QStringLiteral(",");
    QString quote = QStringLiteral("\"");
    QString encoding = QStringLiteral("UTF-8");
    bool hasHeader = true;

    bool operator==(const FileSettings&) const = default;
};

/// A system the studio talks to, as stored in `endpoints/<id>.json`. Every text field may contain
/// {{variables}} from the active environment.
struct Endpoint
{
    QString id; ///< slug, also the file name; unique in the workspace
    QString name;
    EndpointKind kind = EndpointKind::Rest;
    QString baseUrl;                               ///< Magento, REST and GraphQL
    QString storeCode = QStringLiteral("default"); ///< Magento store view code for /rest/{store}/V1
    AuthSettings auth;
    TlsSettings tls;
    /// How HTTP requests reach the endpoint: "" = the system's proxy settings, "direct" (or "none") = no proxy,
    /// http://host:port or socks5://host:port = that proxy, with an optional user name (http://user@host:port).
    /// May contain {{variables}}. Stored as "proxy": {"url": ...} in the file (HTTP kinds only).
    QString proxyUrl;
    /// SecretStore reference of the proxy user's password, if the proxy wants one.
    QString proxyPasswordRef;
    int timeoutMs = 30000;
    RateLimit rateLimit;
    int maxConcurrent = 4;
    SqlSettings sql;
    FileSettings file;
    QString notes;
    /// OpenAPI / Swagger file describing a REST or GraphQL endpoint's API (for completion in the console);
    /// relative to the workspace folder when it lies inside it. Empty when none is attached.
    QString apiSchemaFile;
    /// Keys of the file this version does not know; written back unchanged.
    QJsonObject unknownKeys;

    bool operator==(const Endpoint&) const = default;

    /// Every secret reference the endpoint holds (auth, TLS and proxy).
    QStringList secretRefs() const;
    /// True for kinds that talk HTTP (Magento, REST, GraphQL).
    bool isHttp() const;
};

/// A problem with one field, for inline validation in editors and for the CLI.
struct FieldProblem
{
    QString field; ///< e.g. "baseUrl", "auth.username", "sql.driver"
    QString message;
};

/// Checks an endpoint without resolving variables: required fields per kind and auth type, URL shape,
/// numeric ranges. Secret fields count as present when they have a reference.
QList<FieldProblem> validateEndpoint(const Endpoint& endpoint);

/// A file-name-safe, lower-case slug from a display name ("Magento Staging" → "magento-staging").
QString slugify(const QString& name);

} // namespace studio
