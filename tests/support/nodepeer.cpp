#include "tests/support/nodepeer.h"

#include "tests/support/testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace studio::test {

NodePeer::~NodePeer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(1000);
    }
}

bool NodePeer::start(const QString& script, const QStringList& args, int timeoutMs)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        m_error = QStringLiteral("Node.js (node) is not installed; run packaging/install-deps.sh");
        return false;
    }
    const QString path = QFileInfo(sourcePath(script)).absoluteFilePath();
    if (!QFileInfo::exists(path)) {
        m_error = QStringLiteral("missing test peer %1").arg(path);
        return false;
    }
    const QDir folder = QFileInfo(path).dir();
    if (QFileInfo::exists(folder.filePath(QStringLiteral("package.json")))
        && !QFileInfo(folder.filePath(QStringLiteral("node_modules"))).isDir()) {
        m_error = QStringLiteral("the npm packages of %1 are not installed; run `make node-deps`").arg(script);
        return false;
    }
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setWorkingDirectory(QFileInfo(path).absolutePath());
    m_process.start(node, QStringList {path} + args);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("node did not start: %1").arg(m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray line;
    while (!line.contains('\n')) {
        if (deadline.hasExpired() || !m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            m_error = QStringLiteral("%1 did not report that it listens; stderr: %2")
                          .arg(script, QString::fromUtf8(m_process.readAllStandardError()));
            return false;
        }
        line += m_process.readAllStandardOutput();
    }
    const QByteArray first = line.left(line.indexOf('\n')).trimmed();
    if (!first.startsWith("listening ")) {
        m_error = QStringLiteral("unexpected first line from %1: %2").arg(script, QString::fromUtf8(first));
        return false;
    }
    m_url = QUrl(QString::fromUtf8(first.mid(10)));
    return m_url.isValid();
}

} // namespace studio::test
