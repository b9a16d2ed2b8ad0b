#pragma once

#include "core/common/result.h"
#include "core/net/tlsproblem.h"
#include "core/secrets/securebytes.h"
#include "core/workspace/endpoint.h"

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QUrl>

namespace studio::net {

/// How the engine checks the servers of one endpoint: TLS 1.2 or newer always; the system CAs plus an optional
/// extra CA file; or — when a leaf certificate is pinned — that certificate and nothing else (self-signed is
/// fine, a different certificate from the same CA is not); and an optional client certificate (mTLS).
/// The pin and the client certificate apply to the endpoint's own host only, so that e.g. an OAuth 2.0 token
/// server elsewhere is still checked against the normal CAs. There is no way to ignore errors wholesale.
class TlsPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(studio::net::TlsPolicy)

public:
    /// A policy with the defaults (system CAs, TLS 1.2+) for requests that have no endpoint settings.
    TlsPolicy();

    /// Reads the CA, certificate and key files named in `settings` (variables already resolved). `endpointHost`
    /// is the host the pin and client certificate belong to. Errors name the file and what is wrong with it.
    static Result<TlsPolicy> create(
        const TlsSettings& settings, const QString& endpointHost, const SecureBytes& keyPassphrase = SecureBytes());

    /// Parses a pin: 64 hex digits, colons and spaces allowed, any case. Returns the 32 raw bytes.
    static Result<QByteArray> parsePin(const QString& text);
    /// SHA-256 fingerprint as upper-case hex pairs joined by colons ("AB:01:..."), the form pins are shown in.
    static QString fingerprintOf(const QSslCertificate& certificate);
    /// "CN=shop.example.com, O=Example" for a subject or issuer.
    static QString distinguishedName(const QSslCertificate& certificate, bool issuer);

    bool isPinned() const { return !m_pin.isEmpty(); }
    bool hasClientCertificate() const { return !m_clientChain.isEmpty(); }
    QString endpointHost() const { return m_endpointHost; }

    /// The TLS configuration for a request to `url`.
    QSslConfiguration configurationFor(const QUrl& url) const;
    /// Whether the verification `errors` of a connection to `url` may be overlooked: only when the host is
    /// pinned and its leaf certificate is exactly the pinned one.
    bool acceptsErrors(const QUrl& url, const QSslCertificate& leaf) const;
    /// Whether an established connection to `url` presents the pinned certificate (true when not pinned).
    bool acceptsPeer(const QUrl& url, const QSslCertificate& leaf) const;
    /// The details of a refused certificate.
    TlsProblem problem(const QUrl& url, const QSslCertificate& leaf, const QList<QSslError>& errors) const;
    /// One phrase for the console: "TLS 1.2+, pinned certificate AB:CD:…, client certificate CN=…".
    QString describe() const;

private:
    bool appliesTo(const QUrl& url) const;

    QString m_endpointHost;
    QByteArray m_pin;
    QList<QSslCertificate> m_extraCas;
    QList<QSslCertificate> m_clientChain;
    QSslKey m_clientKey;
};

} // namespace studio::net
