#include "core/workspace/demoworkspace.h"

#include "core/common/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QStandardPaths>

namespace studio::demo {

namespace {

const QString& resourceRoot()
{
    static const QString root = QStringLiteral(":/demo-workspace");
    return root;
}

} // namespace

QString defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo-workspace"));
}

Result<Workspace> install(const QString& folder)
{
    if (QFileInfo::exists(QDir(folder).filePath(QStringLiteral("workspace.json"))))
        return Workspace::open(folder);
    if (!QFileInfo(resourceRoot()).isDir())
        return Error(QCoreApplication::translate("Demo", "The demo workspace is missing from this build."));
    QDirIterator it(resourceRoot(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        QString relative = source.mid(resourceRoot().size() + 1);
        // Stored without the dot so that resource tooling does not treat it as hidden.
        if (relative == u"gitignore")
            relative = QStringLiteral(".gitignore");
        Result<QByteArray> bytes = readWholeFile(source);
        if (!bytes)
            return bytes.error();
        if (Status s = writeFileAtomically(QDir(folder).filePath(relative), bytes.value()); !s)
            return s.error();
    }
    return Workspace::open(folder);
}

QList<QPair<QString, SecureBytes>> secretEntries(const Credentials& c)
{
    return {
        {QStringLiteral("ws-demo/magento-consumer-key"), c.consumerKey},
        {QStringLiteral("ws-demo/magento-consumer-secret"), c.consumerSecret},
        {QStringLiteral("ws-demo/magento-access-token"), c.accessToken},
        {QStringLiteral("ws-demo/magento-access-token-secret"), c.accessTokenSecret},
        {QStringLiteral("ws-demo/magento-admin-password"), c.adminPassword},
        {QStringLiteral("ws-demo/erp-api-key"), c.erpApiKey},
    };
}

} // namespace studio::demo
