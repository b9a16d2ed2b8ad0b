#include "core/net/tlspolicy.h"

#include "core/common/atomicfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QSslKey>

namespace studio::net {

namespace {

// The context lupdate gives tr() in free functions of this namespace.
QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("studio::net", text, comment, n);
}

QString dateText(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : tr("unknown");
}

Result<QByteArray> readPemFile(const QString& path, const QString& what)
{
    if (!QFileInfo::exists(path))
        return Error {tr("The %1 file %2 does not exist.").arg(what, path)};
    Result<QByteArray> bytes = readWholeFile(path, 4 * 1024 * 1024);
    if (!bytes)
        return Error {tr("The %1 file %2 cannot be read: %3").arg(what, path, bytes.error().message)};
    return bytes;
}

} // namespace

QString TlsProblem::describe() const
{
    if (pinMismatch) {
        return tr("The server %1 presented a certificate that is not the pinned one (SHA-256 %2, subject %3, issued by "
                  "%4); if the server's certificate was replaced legitimately, pin the new one: %2.")
            .arg(host, sha256, subject, issuer);
    }
    if (sha256.isEmpty()) {
        return tr("The TLS connection to %1 failed: %2.")
            .arg(host, errors.isEmpty() ? tr("the handshake did not complete") : errors.join(QStringLiteral("; ")));
    }
    return tr("The certificate of %1 is not trusted (%2): subject %3, issued by %4, valid %5 to %6; if you trust it, "
              "pin this certificate: %7.")
        .arg(host, errors.join(QStringLiteral("; ")), subject, issuer, dateText(notBefore), dateText(notAfter), sha256);
}

QString TlsProblem::details() const
{
    QStringList lines;
    lines << tr("Server: %1").arg(host);
    if (!sha256.isEmpty()) {
        lines << tr("Subject: %1").arg(subject) << tr("Issuer: %1").arg(issuer)
              << tr("Valid: %1 to %2").arg(dateText(notBefore), dateText(notAfter)) << tr("SHA-256: %1").arg(sha256);
    }
    for (const QString& error : errors)
        lines << tr("Error: %1").arg(error);
    if (pinMismatch)
        lines << tr("Pinned: %1").arg(expectedPin);
    if (!sha256.isEmpty())
        lines << tr("Way forward: pin this certificate (SHA-256 %1) in the endpoint's TLS settings.").arg(sha256);
    return lines.join(u'\n');
}

TlsPolicy::TlsPolicy() = default;

Result<QByteArray> TlsPolicy::parsePin(const QString& text)
{
    QString hex;
    for (const QChar c : text) {
        if (c == u':' || c.isSpace())
            continue;
        hex.append(c);
    }
    static const QString digits = QStringLiteral("0123456789abcdefABCDEF");
    bool valid = hex.size() == 64;
    for (const QChar c : hex)
        valid = valid && digits.contains(c);
    if (!valid)
        return Error {tr("The pinned certificate fingerprint must be a SHA-256 value: 64 hexadecimal digits "
                         "(colons allowed), as shown by the connection test.")};
    return QByteArray::fromHex(hex.toLatin1());
}

QString TlsPolicy::fingerprintOf(const QSslCertificate& certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString TlsPolicy::distinguishedName(const QSslCertificate& certificate, bool issuer)
{
    QStringList parts;
    const QList<QByteArray> attributes
        = issuer ? certificate.issuerInfoAttributes() : certificate.subjectInfoAttributes();
    for (const QByteArray& attribute : attributes) {
        const QStringList values = issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString& value : values)
            parts.append(QString::fromLatin1(attribute) + u'=' + value);
    }
    return parts.isEmpty() ? tr("(empty)") : parts.join(QStringLiteral(", "));
}

Result<TlsPolicy> TlsPolicy::create(
    const TlsSettings& settings, const QString& endpointHost, const SecureBytes& keyPassphrase)
{
    TlsPolicy policy;
    policy.m_endpointHost = endpointHost.toLower();
    if (!settings.pinnedSha256.trimmed().isEmpty()) {
        Result<QByteArray> pin = parsePin(settings.pinnedSha256);
        if (!pin)
            return pin.error();
        policy.m_pin = pin.value();
    }
    if (!settings.caFile.trimmed().isEmpty()) {
        Result<QByteArray> pem = readPemFile(settings.caFile, tr("CA certificate"));
        if (!pem)
            return pem.error();
        policy.m_extraCas = QSslCertificate::fromData(pem.value(), QSsl::Pem);
        if (policy.m_extraCas.isEmpty())
            return Error {tr("The CA certificate file %1 holds no PEM certificate (\"-----BEGIN CERTIFICATE-----\").")
                              .arg(settings.caFile)};
    }
    const bool hasCert = !settings.clientCertFile.trimmed().isEmpty();
    const bool hasKey = !settings.clientKeyFile.trimmed().isEmpty();
    if (hasCert != hasKey)
        return Error {hasCert ? tr("A client certificate needs its private key file as well.")
                              : tr("A client key needs its certificate file as well.")};
    if (hasCert) {
        Result<QByteArray> certPem = readPemFile(settings.clientCertFile, tr("client certificate"));
        if (!certPem)
            return certPem.error();
        policy.m_clientChain = QSslCertificate::fromData(certPem.value(), QSsl::Pem);
        if (policy.m_clientChain.isEmpty())
            return Error {tr("The client certificate file %1 holds no PEM certificate.").arg(settings.clientCertFile)};
        Result<QByteArray> keyPem = readPemFile(settings.clientKeyFile, tr("client key"));
        if (!keyPem)
            return keyPem.error();
        QByteArray passphrase = keyPassphrase.reveal();
        for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa, QSsl::Dh}) {
            QSslKey key(keyPem.value(), algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase);
            if (!key.isNull()) {
                policy.m_clientKey = key;
                break;
            }
        }
        wipe(passphrase);
        wipe(keyPem.value());
        if (policy.m_clientKey.isNull()) {
            return Error {keyPassphrase.isEmpty()
                    ? tr("The client key %1 cannot be read: it is not a PEM private key, or it is encrypted and "
                         "needs its passphrase.")
                          .arg(settings.clientKeyFile)
                    : tr("The client key %1 cannot be read: the passphrase is wrong or it is not a PEM private key.")
                          .arg(settings.clientKeyFile)};
        }
    }
    return policy;
}

bool TlsPolicy::appliesTo(const QUrl& url) const
{
    return !m_endpointHost.isEmpty() && url.host().toLower() == m_endpointHost;
}

QSslConfiguration TlsPolicy::configurationFor(const QUrl& url) const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    const bool own = appliesTo(url);
    if (own && isPinned()) {
        // No trust anchors at all: every certificate then raises verification errors, and acceptsErrors() lets
        // exactly the pinned one through. Deciding there (before any request byte is written) means a wrong
        // certificate never sees the request, not even one signed by a trusted CA.
        configuration.setCaCertificates({});
    } else if (!m_extraCas.isEmpty()) {
        configuration.addCaCertificates(m_extraCas);
    }
    if (own && hasClientCertificate()) {
        configuration.setLocalCertificateChain(m_clientChain);
        configuration.setPrivateKey(m_clientKey);
    }
    return configuration;
}

bool TlsPolicy::acceptsErrors(const QUrl& url, const QSslCertificate& leaf) const
{
    if (!appliesTo(url) || !isPinned() || leaf.isNull())
        return false;
    return leaf.digest(QCryptographicHash::Sha256) == m_pin;
}

bool TlsPolicy::acceptsPeer(const QUrl& url, const QSslCertificate& leaf) const
{
    if (!appliesTo(url) || !isPinned())
        return true;
    return !leaf.isNull() && leaf.digest(QCryptographicHash::Sha256) == m_pin;
}

TlsProblem TlsPolicy::problem(const QUrl& url, const QSslCertificate& leaf, const QList<QSslError>& errors) const
{
    TlsProblem problem;
    const int port = url.port(url.scheme() == u"https" ? 443 : 80);
    problem.host = url.host() + u':' + QString::number(port);
    if (!leaf.isNull()) {
        problem.subject = distinguishedName(leaf, false);
        problem.issuer = distinguishedName(leaf, true);
        problem.notBefore = leaf.effectiveDate().toUTC();
        problem.notAfter = leaf.expiryDate().toUTC();
        problem.sha256 = fingerprintOf(leaf);
    }
    const bool pinned = appliesTo(url) && isPinned();
    for (const QSslError& error : errors) {
        // With a pin, "no trusted issuer" errors are how the policy works, not news for the user.
        if (pinned
            && (error.error() == QSslError::UnableToGetLocalIssuerCertificate
                || error.error() == QSslError::SelfSignedCertificate
                || error.error() == QSslError::SelfSignedCertificateInChain
                || error.error() == QSslError::UnableToVerifyFirstCertificate
                || error.error() == QSslError::UnableToGetIssuerCertificate
                || error.error() == QSslError::CertificateUntrusted))
            continue;
        if (!problem.errors.contains(error.errorString()))
            problem.errors.append(error.errorString());
    }
    if (pinned && !leaf.isNull() && leaf.digest(QCryptographicHash::Sha256) != m_pin) {
        problem.pinMismatch = true;
        problem.expectedPin = QString::fromLatin1(m_pin.toHex(':').toUpper());
    }
    return problem;
}

QString TlsPolicy::describe() const
{
    QStringList parts {tr("TLS 1.2 or newer")};
    if (isPinned())
        parts << tr("pinned certificate %1").arg(QString::fromLatin1(m_pin.toHex(':').toUpper()));
    else if (!m_extraCas.isEmpty())
        parts << tr("system CAs plus %n extra CA certificate(s)", nullptr, int(m_extraCas.size()));
    if (hasClientCertificate())
        parts << tr("client certificate %1").arg(distinguishedName(m_clientChain.first(), false));
    return parts.join(QStringLiteral(", "));
}

} // namespace studio::net
