#pragma once

#include "core/common/result.h"
#include "core/sandbox/api.h"
#include "core/sandbox/auth.h"
#include "core/sandbox/faults.h"
#include "core/sandbox/routeindex.h"
#include "core/secrets/securebytes.h"

#include <functional>
#include <memory>
#include <optional>
#include <QHostAddress>
#include <QObject>
#include <QString>

namespace studio {
class Clock;
}

namespace studio::sandbox {

class AdminRoutes;
class BulkService;
class ErpBackOffice;
class MagentoStore;
class HttpListener;
class SandboxCounters;
class SandboxDatabase;
class SchemaService;
struct HttpExchange;
struct HttpReply;

/// How a sandbox is started.
struct SandboxOptions
{
    /// Magento port on 127.0.0.1; 0 picks a free port.
    quint16 port = 0;
    /// ERP port; unset means port + 1 (or a free port when `port` is 0); 0 picks a free port.
    std::optional<quint16> erpPort;
    /// Folder of sandbox.db; the state survives restarts on the same folder.
    QString dataDir;
    /// "demo" or "empty": what a new database is seeded with.
    QString seed = QStringLiteral("demo");
    /// Fault spec (see FaultSpec::parse).
    QString faults;
    /// oauth/consumer/enable_integration_as_bearer.
    bool allowIntegrationBearer = false;
    /// Pause before each async operation is processed.
    int bulkDelayMs = 0;
    /// webapi/validation input limits on or off.
    bool inputLimits = false;
    /// Token lifetimes (webapi/jwtauth/*_expiration), minutes.
    int adminTokenMinutes = 60;
    int customerTokenMinutes = 60;
    /// Source of "now" for tokens, lockouts, OAuth timestamps, 429 windows; nullptr = the system clock.
    Clock* clock = nullptr;
    /// Whether to serve the Magento store and the ERP (the Magento side). Tests of the HTTP side turn it off and
    /// register their own small routes on router().
    bool serveStore = true;
};

/// The sandbox's demo credentials: generated when the database is created, stored in it (never in tracked
/// files), the same after every restart and reset.
struct DemoCredentials
{
    QString adminUsername;
    SecureBytes adminPassword;
    QString integrationName;
    SecureBytes consumerKey;
    SecureBytes consumerSecret;
    SecureBytes accessToken;
    SecureBytes accessTokenSecret;
    SecureBytes erpApiKey;
    /// A demo customer (only with the demo seed).
    QString customerEmail;
    SecureBytes customerPassword;
};

/// The demo workspace's secrets (reference, value) filled with `credentials`: what `--demo` stores in the keychain
/// for the demo endpoints (see demo::secretEntries).
QList<QPair<QString, SecureBytes>> demoSecretEntries(const DemoCredentials& credentials);

/// The local Magento 2.4 REST simulator and the demo ERP, each on its own loopback port. Parses
/// /rest/{store}/V1, /rest/{store}/async/V1, /rest/{store}/async/bulk/V1 and /rest/{store}/schema, authenticates
/// as Magento does, checks the route's ACL resource, injects faults, serves the /sandbox/ admin routes and
/// answers in Magento's JSON format. Everything runs on the thread that owns the object (see SandboxHost for a
/// thread of its own).
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    /// The ERP's request handler (the Magento side's ErpBackOffice::handle); the path is percent-decoded.
    using ErpHandler = std::function<ApiResponse(const QByteArray& method, const QString& path, const QUrlQuery& query,
        const QByteArray& body, const QByteArray& apiKeyHeaderValue)>;

    explicit SandboxServer(SandboxOptions options, QObject* parent = nullptr);
    ~SandboxServer() override;

    /// Opens the database (creating and seeding it when new), prepares the demo credentials and binds both
    /// ports. Errors name what failed (a busy port, an unwritable folder, a bad fault spec ...).
    Status start();
    /// Closes both ports and the database.
    void stop();
    bool isRunning() const;

    /// The bound ports (0 when not running).
    quint16 port() const { return m_port; }
    quint16 erpPort() const { return m_erpPort; }
    /// http://127.0.0.1:<port>
    QString baseUrl() const;
    QString erpBaseUrl() const;
    /// The folder of sandbox.db.
    const QString& dataDir() const { return m_options.dataDir; }
    /// The seed the database was created with.
    QString seed() const;

    /// The route table; tests may add routes (before or after start()).
    ApiRouter& router() { return m_router; }
    /// The parts, for the admin routes, tests and tools.
    AuthService& auth() { return *m_auth; }
    BulkService& bulk() { return *m_bulk; }
    SandboxCounters& counters() { return *m_counters; }
    const SandboxContext& context() const { return m_context; }
    /// The demo credentials as stored in the database.
    DemoCredentials demoCredentials() const;
    /// The Magento store and the ERP; null when options.serveStore is off or before start().
    MagentoStore* store() const { return m_store.get(); }
    ErpBackOffice* erp() const { return m_erp.get(); }

    /// Replaces the fault spec (an empty spec clears it).
    Status setFaults(const QString& spec);
    FaultSpec faults() const { return m_faults.spec(); }
    /// The pause before each async operation is processed (see BulkService::setDelayMs).
    void setBulkDelayMs(int delayMs);
    int bulkDelayMs() const;
    /// oauth/consumer/enable_integration_as_bearer at run time.
    void setAllowIntegrationBearer(bool allow);
    bool allowIntegrationBearer() const { return m_auth->allowIntegrationBearer(); }
    /// webapi/validation input limits at run time (read by the Magento side on every request).
    void setInputLimitsEnabled(bool enabled) { m_inputLimits.enabled = enabled; }
    const InputLimits& inputLimits() const { return m_inputLimits; }

    /// Back to a seed: the Magento side reseeds its data; admin users and integrations other than the demo ones,
    /// nonces, lockouts, bulks and counters are dropped. The demo credentials stay.
    Status resetToSeed(const QString& seed);

    /// Which store codes exist besides "all" (the Magento side answers; without it only "default").
    void setStoreCodeValidator(std::function<bool(const QString&)> validator);
    /// Checks customer sign-ins for /V1/integration/customer/token (the Magento side, or a test).
    void setCustomerAuthenticator(AuthService::CustomerAuthenticator authenticator);
    /// Answers the ERP port (the Magento side's ErpBackOffice, or a test).
    void setErpHandler(ErpHandler handler);
    /// Called by resetToSeed() to reseed the Magento side.
    void setSeedResetter(std::function<Status(const QString&)> resetter);

    /// True for 127.0.0.0/8, ::1 and IPv4-mapped loopback addresses.
    static bool isLoopbackPeer(const QHostAddress& address);

Q_SIGNALS:
    /// A request was answered (for tools that watch the sandbox); `route` as in the counters.
    void requestServed(const QString& route, int status);

private:
    struct Resolved;
    void onMagentoRequest(HttpExchange exchange);
    void onErpRequest(HttpExchange exchange);
    Resolved resolve(const HttpExchange& exchange) const;
    HttpReply execute(const HttpExchange& exchange, const Resolved& resolved);
    HttpReply executeErp(const HttpExchange& exchange);
    void serve(HttpExchange exchange, FaultScope scope, const QString& routeKey,
        std::function<HttpReply(const HttpExchange&)> handler);
    void finish(const HttpExchange& exchange, const QString& routeKey, const HttpReply& reply, bool slow);
    Status ensureDemoAccounts();
    Status initializeStore();

    SandboxOptions m_options;
    Clock* m_clock = nullptr;
    std::unique_ptr<SandboxDatabase> m_db;
    std::unique_ptr<SandboxCounters> m_counters;
    SandboxContext m_context;
    InputLimits m_inputLimits;
    ApiRouter m_router;
    mutable RouteIndex m_routeIndex;
    std::unique_ptr<AuthService> m_auth;
    BulkService* m_bulk = nullptr;
    std::unique_ptr<SchemaService> m_schema;
    FaultInjector m_faults;
    HttpListener* m_magentoListener = nullptr;
    HttpListener* m_erpListener = nullptr;
    quint16 m_port = 0;
    quint16 m_erpPort = 0;
    std::function<bool(const QString&)> m_storeCodeValidator;
    std::function<Status(const QString&)> m_seedResetter;
    ErpHandler m_erpHandler;
    std::unique_ptr<MagentoStore> m_store;
    std::unique_ptr<ErpBackOffice> m_erp;
    std::unique_ptr<AdminRoutes> m_admin;
    bool m_routesRegistered = false;
};

} // namespace studio::sandbox
