#include "core/common/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace studio {

Status writeFileAtomically(const QString& path, const QByteArray& content)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error {QCoreApplication::translate("studio", "Cannot create folder %1").arg(info.absolutePath()), path};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {QCoreApplication::translate("studio", "Cannot write: %1").arg(file.errorString()), path};
    if (file.write(content) != content.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error {QCoreApplication::translate("studio", "Cannot write: %1").arg(reason), path};
    }
    if (!file.commit())
        return Error {QCoreApplication::translate("studio", "Cannot save: %1").arg(file.errorString()), path};
    return {};
}

Result<QByteArray> readWholeFile(const QString& path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QCoreApplication::translate("studio", "Cannot read: %1").arg(file.errorString()), path};
    if (file.size() > maxBytes)
        return Error {QCoreApplication::translate("studio", "File is too large (%1 bytes, limit %2)")
                          .arg(file.size())
                          .arg(maxBytes),
            path};
    QByteArray content = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error {QCoreApplication::translate("studio", "Cannot read: %1").arg(file.errorString()), path};
    return content;
}

} // namespace studio
