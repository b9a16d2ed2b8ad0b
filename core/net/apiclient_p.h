#pragma once

// Internal to core/net: one request's way through the engine.

#include "core/net/apiclient.h"
#include "core/net/scheduler.h"

#include <memory>
#include <optional>
#include <QElapsedTimer>
#include <QPointer>
#include <QSslError>
#include <QTemporaryFile>

class QNetworkReply;

namespace studio::net {

class EndpointSession;

/// Drives one ApiReply: prepare (secrets, variables) → queue (slot, rate limit) → authorize → transfer → decide
/// (re-login, redirect, retry, finish). Every callback is guarded by the reply, which owns the exchange.
class Exchange final
{
    Q_DECLARE_TR_FUNCTIONS(studio::net::Exchange)

public:
    Exchange(ApiClient* client, ApiReply* reply, ApiCall call);
    ~Exchange();
    Exchange(const Exchange&) = delete;
    Exchange& operator=(const Exchange&) = delete;

    void start();
    void cancel();
    /// Called by the session when this exchange may send.
    void onSlot();
    int attempt() const { return m_attempt; }
    QString takeBodyFile();

private:
    void prepare();
    void build();
    void nextAttempt(bool countsAsAttempt);
    void authorize();
    void transmit(OutgoingRequest request);
    void onSslErrors(const QList<QSslError>& errors);
    bool checkPin();
    void onMetaData();
    void drain();
    void spillToFile();
    void onFinished();
    void fail(FailureKind kind, const QString& message);
    void finish();
    void releaseSlot();
    void resetBody();
    qint64 streamThreshold() const;
    RetryPolicy retryPolicy() const;

    ApiClient* m_client;
    ApiReply* m_reply;
    ApiCall m_call;
    std::shared_ptr<EndpointSession> m_session;
    OutgoingRequest m_prepared; ///< after variables, before auth
    OutgoingRequest m_sent;     ///< as sent on the current attempt (auth applied)
    QPointer<QNetworkReply> m_network;
    Scheduler::TimerId m_timer = 0;
    bool m_holdingSlot = false;
    bool m_cancelled = false;
    int m_recoveries = 0; ///< times the request was sent again after a 401 the auth provider could recover from
    int m_attempt = 0;
    int m_redirects = 0;
    qint64 m_startMonotonicMs = 0;
    QElapsedTimer m_total;
    QElapsedTimer m_attemptTimer;
    QDateTime m_attemptStartedAt;
    // Response of the current attempt.
    QByteArray m_body;
    QByteArray m_logHead;
    std::unique_ptr<QTemporaryFile> m_file;
    qint64 m_received = 0;
    std::optional<TlsProblem> m_tlsProblem;
    bool m_pinAbort = false;
    bool m_fileError = false;
    QString m_retryNote;
};

} // namespace studio::net
