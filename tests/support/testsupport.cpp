#include "tests/support/testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTcpServer>
#include <QTest>

namespace studio::test {

KeptTemporaryDir::KeptTemporaryDir()
{
    m_dir.setAutoRemove(true);
}

KeptTemporaryDir::~KeptTemporaryDir()
{
    if (QTest::currentTestFailed()) {
        m_dir.setAutoRemove(false);
        qWarning("Kept the test folder for inspection: %s", qPrintable(m_dir.path()));
    }
}

QString sourcePath(const QString& relative)
{
    QString root = qEnvironmentVariable("STUDIO_SOURCE_DIR");
    if (root.isEmpty())
        root = QStringLiteral(STUDIO_SOURCE_DIR_DEFAULT); // when a test binary is run by hand
    return QDir(root).filePath(relative);
}

QString sharedPath(const QString& relative)
{
    QString root = qEnvironmentVariable("STUDIO_SHARED_DIR");
    if (root.isEmpty())
        root = sourcePath(QStringLiteral("../shared"));
    const QString path = QDir(root).filePath(relative);
    return QFileInfo::exists(path) ? QDir::cleanPath(path) : QString();
}

bool inCi()
{
    const QString ci = qEnvironmentVariable("CI").toLower();
    return ci == u"true" || ci == u"1";
}

quint16 freeLocalPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

QStringList filesContaining(const QString& root, const QByteArray& needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits.append(QDir(root).relativeFilePath(path));
    }
    return hits;
}

} // namespace studio::test
