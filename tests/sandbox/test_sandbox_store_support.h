#pragma once

// Test harness for the sandbox's Magento side: a MagentoStore on a fresh SQLite file, its routes in an
// ApiRouter, and calls made the way the HTTP side makes them (route match on the still-encoded path, params
// decoded, body parsed) — without HTTP.

#include "core/common/clock.h"
#include "core/sandbox/api.h"
#include "core/sandbox/magentostore.h"
#include "tests/support/testsupport.h"

#include <memory>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace studio::test {

/// SandboxStats that counts SKU writes, to prove exactly-once delivery.
class CountingStats final : public sandbox::SandboxStats
{
public:
    void recordSkuWrite(const QString& sku) override { ++writes[sku]; }
    QHash<QString, int> writes;
};

/// A MagentoStore with its own database file, clock, counters and router.
class StoreHarness final
{
public:
    /// Opens a new database and initializes the store with `seed` ("demo" or "empty").
    explicit StoreHarness(const QString& seed = QStringLiteral("demo"));
    ~StoreHarness();
    Q_DISABLE_COPY_MOVE(StoreHarness)

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    /// Calls `url` ("/V1/products?searchCriteria=..." as it follows the store code, percent-encoded) with a
    /// JSON body (null: none). Unknown routes answer 404 "Request does not match any route." as Magento does.
    sandbox::ApiResponse call(const QByteArray& method, const QString& url, const QJsonValue& body = QJsonValue(),
        const QString& storeCode = QStringLiteral("default"));
    /// Same with a raw body.
    sandbox::ApiResponse callRaw(const QByteArray& method, const QString& url, const QByteArray& body,
        const QString& storeCode = QStringLiteral("default"), bool fromBulk = false);

    sandbox::MagentoStore& store() { return *m_store; }
    sandbox::ApiRouter& router() { return m_router; }
    QString connectionName() const { return m_connection; }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("sandbox.db")); }
    /// Reopens the store on the same database (a restart).
    bool restart();

    CountingStats stats;
    ManualClock clock;
    sandbox::InputLimits limits;
    /// Who calls: an admin with Magento_Backend::all unless a test changes it (e.g. to a customer for the "self"
    /// routes; asCustomer() does that).
    sandbox::Principal caller;
    /// Makes the following calls a customer's, as a customer token would.
    void asCustomer(int customerId);
    /// Makes the following calls an all-powerful admin's again (the default).
    void asAdmin();

private:
    KeptTemporaryDir m_dir;
    QString m_connection;
    sandbox::SandboxContext m_context;
    std::unique_ptr<sandbox::MagentoStore> m_store;
    sandbox::ApiRouter m_router;
    QString m_error;
};

/// The body of a response as an object (empty if it is not one).
QJsonObject bodyObject(const sandbox::ApiResponse& response);

/// Human-readable "status body" for failure messages.
QByteArray describe(const sandbox::ApiResponse& response);

/// Opens a SQLite connection named `name` on `path`; false on failure.
bool openSqlite(const QString& name, const QString& path);

} // namespace studio::test
