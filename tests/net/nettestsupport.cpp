#include "tests/net/nettestsupport.h"

#include "tests/support/testsupport.h"

#include <QMutexLocker>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>

namespace studio::test {

void RecordingRecorder::record(LogEntry entry)
{
    QMutexLocker lock(&m_mutex);
    m_entries.append(std::move(entry));
}

QList<LogEntry> RecordingRecorder::entries() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

int RecordingRecorder::count() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

void RecordingRecorder::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

Endpoint restEndpoint(const QString& id, const QString& baseUrl)
{
    Endpoint endpoint;
    endpoint.id = id;
    endpoint.name = id;
    endpoint.kind = EndpointKind::Rest;
    endpoint.baseUrl = baseUrl;
    endpoint.timeoutMs = 5000;
    endpoint.maxConcurrent = 4;
    return endpoint;
}

bool waitFinished(net::ApiReply* reply, int timeoutMs)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &net::ApiReply::finished);
    return spy.wait(timeoutMs) || reply->isFinished();
}

QByteArray randomSecret(int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QByteArray secret;
    for (int i = 0; i < length; ++i)
        secret.append(alphabet[QRandomGenerator::global()->bounded(62)]);
    return secret;
}

QByteArray runOAuthReference(const QByteArray& input, QString* error)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {sourcePath(QStringLiteral("tests/net/oauth1_reference.py"))});
    if (!python.waitForStarted(10000)) {
        *error = QStringLiteral("python3 did not start: ") + python.errorString();
        return {};
    }
    // Secrets travel on stdin, never on the command line.
    python.write(input);
    python.closeWriteChannel();
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        *error = QStringLiteral("oauth1_reference.py failed: ") + QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    return python.readAllStandardOutput();
}

} // namespace studio::test
