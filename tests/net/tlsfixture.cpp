#include "tests/net/tlsfixture.h"

#include "tests/net/nettestsupport.h"
#include "tests/support/testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace studio::test {

bool TestCertificates::run(const QStringList& arguments, QString* error) const
{
    QProcess openssl;
    openssl.setWorkingDirectory(m_folder);
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2")
                     .arg(arguments.join(u' '), QString::fromLocal8Bit(openssl.readAllStandardError()));
        return false;
    }
    return true;
}

QString TestCertificates::path(const QString& name) const
{
    return QDir(m_folder).filePath(name);
}

bool TestCertificates::create(const QString& folder, QString* error)
{
    m_folder = folder;
    m_passphrase = randomSecret(24);
    const auto write = [&](const QString& name, const QByteArray& text) {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    };
    // s_server -HTTP serves files that hold whole HTTP answers (with a Content-Length, so the client knows where
    // the body ends; s_server keeps the connection open after its close_notify).
    const QByteArray body = "{\"tls\":\"ok\"}";
    if (!write(QStringLiteral("ok.http"),
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                + "\r\n\r\n" + body)) {
        *error = QStringLiteral("cannot write ok.http");
        return false;
    }
    if (!write(QStringLiteral("server.ext"),
            "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n"
            "subjectAltName=DNS:localhost,IP:127.0.0.1\n")
        || !write(QStringLiteral("client.ext"),
            "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=clientAuth\n")) {
        *error = QStringLiteral("cannot write extension files");
        return false;
    }
    const QStringList ecKey {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    // The CA.
    if (!run(QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ecKey
                + QStringList {QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                    QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=Studio Test CA/O=Integration Studio Tests"), QStringLiteral("-addext"),
                    QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                    QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
            error))
        return false;
    // Certificates the CA signs.
    const auto signedBy = [&](const QString& name, const QString& subject, const QString& extensions) {
        return run(QStringList {QStringLiteral("req")} + ecKey
                       + QStringList {QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                           name + QStringLiteral(".csr"), QStringLiteral("-subj"), subject},
                   error)
            && run(
                {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
                    QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                    QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), name + QStringLiteral(".pem"),
                    QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), extensions},
                error);
    };
    if (!signedBy(
            QStringLiteral("server"), QStringLiteral("/CN=localhost/O=Studio Test Shop"), QStringLiteral("server.ext"))
        || !signedBy(QStringLiteral("server2"), QStringLiteral("/CN=localhost/O=Studio Test Impostor"),
            QStringLiteral("server.ext"))
        || !signedBy(QStringLiteral("client"), QStringLiteral("/CN=studio-client"), QStringLiteral("client.ext")))
        return false;
    // A self-signed server certificate.
    if (!run(QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ecKey
                + QStringList {QStringLiteral("-keyout"), QStringLiteral("self.key"), QStringLiteral("-out"),
                    QStringLiteral("self.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=localhost/O=Self Signed Shop"), QStringLiteral("-addext"),
                    QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")},
            error))
        return false;
    // The client key once more, encrypted (the passphrase goes through a file, not the command line).
    if (!write(QStringLiteral("passphrase.txt"), m_passphrase))
        return false;
    return run({QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-v2"), QStringLiteral("aes-256-cbc"),
                   QStringLiteral("-in"), QStringLiteral("client.key"), QStringLiteral("-out"),
                   QStringLiteral("client-encrypted.key"), QStringLiteral("-passout"),
                   QStringLiteral("file:passphrase.txt")},
               error)
        && QFile::remove(path(QStringLiteral("passphrase.txt")));
}

QString TestCertificates::fingerprint(const QString& certificate) const
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        {QStringLiteral("x509"), QStringLiteral("-in"), path(certificate), QStringLiteral("-noout"),
            QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
    openssl.waitForFinished(30000);
    const QString line = QString::fromLatin1(openssl.readAllStandardOutput()).trimmed();
    return line.section(u'=', 1).trimmed().toUpper();
}

TlsServer::~TlsServer()
{
    stop();
}

bool TlsServer::start(const QString& certificate, const QString& key, const QStringList& options, QString* error)
{
    stop();
    m_port = freeLocalPort();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setWorkingDirectory(QFileInfo(certificate).absolutePath());
    m_process->start(QStringLiteral("openssl"),
        QStringList {QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:%1").arg(m_port),
            QStringLiteral("-cert"), certificate, QStringLiteral("-key"), key, QStringLiteral("-HTTP")}
            + options);
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("openssl s_server did not start: ") + m_process->errorString();
        return false;
    }
    QByteArray output;
    QDeadlineTimer deadline(20000);
    while (!output.contains("ACCEPT")) {
        if (deadline.hasExpired() || m_process->state() != QProcess::Running) {
            *error = QStringLiteral("openssl s_server is not accepting: ") + QString::fromLocal8Bit(output);
            return false;
        }
        m_process->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        output += m_process->readAll();
    }
    return true;
}

void TlsServer::stop()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
    m_process.reset();
}

QString TlsServer::url(const QString& host) const
{
    return QStringLiteral("https://%1:%2").arg(host).arg(m_port);
}

} // namespace studio::test
