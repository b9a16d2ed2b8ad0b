#pragma once

#include <functional>
#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace studio::test {

/// A temporary folder that is kept (and its path printed) when the test fails, so the evidence survives.
class KeptTemporaryDir final
{
public:
    KeptTemporaryDir();
    ~KeptTemporaryDir();
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
};

/// Path of a file of the source tree (STUDIO_SOURCE_DIR), e.g. sourcePath("resources/demo").
QString sourcePath(const QString& relative);

/// Path under ../shared next to the checkout (fixtures, bench workloads); empty when it does not exist.
QString sharedPath(const QString& relative);

/// True when running in CI (CI=true): tests that need a real component fail instead of skipping.
bool inCi();

/// A TCP port on 127.0.0.1 that was free a moment ago.
quint16 freeLocalPort();

/// Every file under `root` whose bytes contain `needle`, as paths relative to root.
QStringList filesContaining(const QString& root, const QByteArray& needle);

} // namespace studio::test
