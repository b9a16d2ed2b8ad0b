#pragma once

#include <memory>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace studio::test {

/// Certificates made with the openssl command line for TLS tests, in a folder of their own: a CA, two server
/// certificates it signed (localhost / 127.0.0.1), a self-signed server certificate, and a client certificate the
/// CA signed (its key also stored encrypted with a passphrase).
class TestCertificates final
{
public:
    /// Creates everything under `folder`; false (with `error`) when openssl fails.
    bool create(const QString& folder, QString* error);

    QString path(const QString& name) const;
    /// SHA-256 fingerprint as `openssl x509 -fingerprint -sha256` prints it (AB:CD:...).
    QString fingerprint(const QString& certificate) const;
    QByteArray keyPassphrase() const { return m_passphrase; }

private:
    bool run(const QStringList& arguments, QString* error) const;

    QString m_folder;
    QByteArray m_passphrase;
};

/// `openssl s_server -HTTP` on a free port of 127.0.0.1, started by the test and stopped with it; GET /ok.http
/// answers 200 with a small JSON body.
class TlsServer final
{
public:
    TlsServer() = default;
    ~TlsServer();
    TlsServer(const TlsServer&) = delete;
    TlsServer& operator=(const TlsServer&) = delete;

    /// Starts the server with a certificate and key and extra s_server options; waits until it accepts.
    bool start(const QString& certificate, const QString& key, const QStringList& options, QString* error);
    void stop();
    quint16 port() const { return m_port; }
    QString url(const QString& host = QStringLiteral("localhost")) const;

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace studio::test
