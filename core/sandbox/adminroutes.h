#pragma once

#include "core/sandbox/api.h"

namespace studio::sandbox {

class SandboxServer;
struct HttpExchange;

/// The sandbox's control plane under /sandbox/ (loopback peers only, never faulted, never counted): faults,
/// counters, admin users, integrations, reset to a seed, bulk delay, settings, demo credentials. Documented in
/// the README's "Sandbox" section; GET /sandbox lists them.
class AdminRoutes final
{
public:
    explicit AdminRoutes(SandboxServer& server);

    /// Answers one /sandbox/... request.
    ApiResponse handle(const HttpExchange& exchange);

    /// Whether a request may use the admin routes: a loopback peer, and (against DNS rebinding and cross-site
    /// requests from a browser) a loopback Host and no foreign Origin.
    static bool isAllowed(const HttpExchange& exchange);

private:
    ApiResponse faults(const QByteArray& method, const QJsonObject& body);
    ApiResponse counters(const QByteArray& method);
    ApiResponse createAdminUser(const QJsonObject& body);
    ApiResponse createIntegration(const QJsonObject& body);
    ApiResponse reset(const QJsonObject& body);
    ApiResponse bulk(const QByteArray& method, const QJsonObject& body);
    ApiResponse settings(const QByteArray& method, const QJsonObject& body);
    ApiResponse info();
    ApiResponse credentials();
    ApiResponse index();

    SandboxServer& m_server;
};

} // namespace studio::sandbox
