#pragma once

#include "core/net/apiclient.h"
#include "core/workspace/connectiontester.h"

namespace studio {
class SecretStore;
class RequestRecorder;
} // namespace studio

namespace studio::net {

class Scheduler;
class ConnectionTestRun;

/// Tests an endpoint of any kind, step by step, each step explained in one sentence:
/// - Magento: DNS, TCP, TLS, the REST API under the base URL (HTML instead of JSON, redirects to https), the store
///   code (404 "Request does not match any route."), authentication with the configured mode (Magento's message
///   filled in), the store view's settings, and the version where /magento_version exposes it;
/// - REST: DNS, TCP, TLS, the base URL answering HTTP, authentication;
/// - GraphQL: DNS, TCP, TLS, `{__typename}` answered, authentication;
/// - SQL: driver installed, connection, `SELECT 1` (on a worker thread);
/// - File: folder, matching files, the first file's header (on a worker thread).
/// Every HTTP request goes through a fresh ApiClient — a new sign-in, no cached token, so the stored password is
/// what gets tested — and is recorded in the request log like any other.
class EndpointConnectionTester final : public ConnectionTester
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointConnectionTester)

public:
    /// `secrets` and `recorder` may be null and must outlive the tester.
    EndpointConnectionTester(SecretStore* secrets, RequestRecorder* recorder, QObject* parent = nullptr);
    ~EndpointConnectionTester() override;

    /// Options of the HTTP engine (proxy, fingerprint salt, ...); retries and token persistence are turned off.
    void setOptions(const ApiClientOptions& options) { m_options = options; }
    void setScheduler(Scheduler* scheduler) { m_scheduler = scheduler; }
    /// A proxy for one endpoint, as ApiClient::setProxyFor().
    void setProxyFor(const QString& endpointId, const ProxySettings& proxy);

    void start(const Endpoint& endpoint, const Environment& environment) override;
    void cancel() override;
    bool isRunning() const { return m_run != nullptr; }

private:
    friend class ConnectionTestRun;
    void runFinished(ConnectionTestRun* run, const ConnectionReport& report);

    SecretStore* m_secrets;
    RequestRecorder* m_recorder;
    Scheduler* m_scheduler = nullptr;
    ApiClientOptions m_options;
    QHash<QString, ProxySettings> m_proxies;
    ConnectionTestRun* m_run = nullptr;
};

/// The summary and checks of a report as plain text lines, for the command line and logs.
QString formatConnectionReport(const ConnectionReport& report);

} // namespace studio::net
