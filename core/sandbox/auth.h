#pragma once

#include "core/common/result.h"
#include "core/sandbox/api.h"
#include "core/sandbox/oauthverifier.h"
#include "core/secrets/securebytes.h"

#include <functional>
#include <optional>
#include <QHash>
#include <QStringList>

namespace studio::sandbox {

/// An admin user of the sandbox (Magento's admin_user + its role's ACL resources).
struct AdminUserInfo
{
    int id = 0;
    QString username;
    QStringList aclResources;
};

/// An integration and its four OAuth 1.0a credentials (32 characters each, as Magento makes them).
struct IntegrationCredentials
{
    int id = 0;
    QString name;
    QStringList aclResources;
    SecureBytes consumerKey;
    SecureBytes consumerSecret;
    SecureBytes accessToken;
    SecureBytes accessTokenSecret;
};

/// The parts of an HTTP request that authentication looks at.
struct AuthRequest
{
    QByteArray method;
    QByteArray scheme = "http";
    /// The Host header as sent (with its port).
    QByteArray host;
    /// The request path as sent, still percent-encoded.
    QByteArray encodedPath;
    QByteArray rawQuery;
    QByteArray authorization;
    QByteArray contentType;
    QByteArray body;
};

/// Who is calling, or the error Magento answers instead (bad OAuth signature, replayed nonce ...).
struct AuthOutcome
{
    Principal principal;
    std::optional<ApiResponse> failure;
};

/// Authentication as Magento 2.4 does it: admin and customer tokens (JWT, 60 minutes by default, lockout after
/// repeated failures), OAuth 1.0a integration requests verified on the server side, integration access tokens as
/// Bearer only when allowed, and anything expired or unknown treated as a guest. Owns the admin users and the
/// integrations (with their ACL resource lists) in the sandbox database.
class AuthService final
{
public:
    /// Knobs that Magento keeps in its configuration.
    struct Options
    {
        /// webapi/jwtauth/admin_expiration and customer_expiration, in minutes.
        int adminTokenMinutes = 60;
        int customerTokenMinutes = 60;
        /// oauth/consumer/enable_integration_as_bearer (off by default since 2.4.4).
        bool allowIntegrationBearer = false;
        /// oauth/authentication_lock/max_failures_count and timeout (seconds).
        int maxFailures = 6;
        int lockSeconds = 1800;
        oauth::ParameterRules parameterRules = oauth::ParameterRules::Magento;
    };

    /// Checks a customer's e-mail and password; returns the customer id (the Magento side provides it).
    using CustomerAuthenticator = std::function<std::optional<int>(const QString& email, const QString& password)>;

    AuthService(const SandboxContext& context, Options options);

    /// Creates the tables and the token signing key when missing.
    Status initialize();
    /// Back to a seed: removes admin users and integrations other than `keepAdmin` / `keepIntegration`, nonces,
    /// lockouts.
    Status resetKeeping(const QString& keepAdmin, const QString& keepIntegration);
    /// The token routes (POST /V1/integration/admin/token and /customer/token).
    void registerRoutes(ApiRouter& router);
    void setCustomerAuthenticator(CustomerAuthenticator authenticator);

    void setAllowIntegrationBearer(bool allow) { m_options.allowIntegrationBearer = allow; }
    bool allowIntegrationBearer() const { return m_options.allowIntegrationBearer; }

    /// Creates an admin user; the username must be new.
    Result<AdminUserInfo> createAdminUser(
        const QString& username, const SecureBytes& password, const QStringList& aclResources);
    std::optional<AdminUserInfo> adminUser(const QString& username) const;
    /// Creates an integration with fresh credentials; the name must be new.
    Result<IntegrationCredentials> createIntegration(const QString& name, const QStringList& aclResources);
    std::optional<IntegrationCredentials> integration(const QString& name) const;

    /// Works out who sends `request`. A request without credentials, or with an unknown or expired token, is a
    /// guest; a request with OAuth parameters that do not verify gets Magento's error instead.
    AuthOutcome authenticate(const AuthRequest& request);

    /// A token for an admin user (for tests and tools; the route does the same after checking the password).
    QString issueToken(Principal::Kind kind, int userId) const;

private:
    ApiResponse adminTokenRoute(const ApiRequest& request);
    ApiResponse customerTokenRoute(const ApiRequest& request);
    std::optional<ApiResponse> validateCredentials(const ApiRequest& request, QString& username, QString& password);
    bool isLocked(const QString& username, int userType) const;
    void recordFailure(const QString& username, int userType);
    void clearFailures(const QString& username, int userType);
    std::optional<AdminUserInfo> checkAdminPassword(const QString& username, const QString& password) const;

    Principal bearerPrincipal(const QByteArray& token) const;
    std::optional<Principal> jwtPrincipal(const QByteArray& token) const;
    AuthOutcome oauthOutcome(const AuthRequest& request, const oauth::Parameters& protocolParameters);
    void loadAdminCache();
    void pruneNonces();

    SandboxContext m_context;
    Options m_options;
    CustomerAuthenticator m_customerAuthenticator;
    QByteArray m_jwtKey;
    QHash<int, AdminUserInfo> m_admins;
    struct VerifiedToken
    {
        Principal principal;
        qint64 expires = 0;
    };
    /// Tokens whose signature and claims were checked, with what they say; cleared when admin users change.
    mutable QHash<QByteArray, VerifiedToken> m_verifiedTokens;
    qint64 m_lastNoncePrune = 0;
};

/// Magento's generateRandomString(32): lower-case letters and digits from a cryptographic source.
QByteArray randomToken(int length = 32);

} // namespace studio::sandbox
