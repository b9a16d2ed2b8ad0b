#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace studio::net {

/// Why a TLS connection was refused, with what a user needs to decide: who the certificate claims to be, who
/// issued it, when it is valid, its SHA-256 fingerprint (the value to pin) and the errors found.
struct TlsProblem
{
    QString host;    ///< host:port that was contacted
    QString subject; ///< e.g. "CN=shop.example.com, O=Example"
    QString issuer;
    QDateTime notBefore; ///< UTC
    QDateTime notAfter;  ///< UTC
    QString sha256;      ///< leaf fingerprint, upper-case hex pairs separated by colons; empty without a certificate
    QStringList errors;  ///< the verification errors in words
    bool pinMismatch = false; ///< the certificate is not the pinned one
    QString expectedPin;      ///< the pin that was configured, when pinMismatch

    /// One readable sentence: what is wrong and the way forward ("pin this certificate: <sha256>").
    QString describe() const;
    /// Several lines with every detail, for a dialog or the CLI.
    QString details() const;

    Q_DECLARE_TR_FUNCTIONS(studio::net::TlsProblem)
};

} // namespace studio::net
