#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace studio::buildinfo {

/// A library the studio is built on, as Help > About and `integration-studio --version` name it.
struct Library
{
    QString name;    ///< "Qt", "OpenSSL", ...
    QString version; ///< the version in use: the loaded library's where it can tell, else the one built against
    QString licence; ///< SPDX-style licence, translated where it is words ("Public domain")
    QString use;     ///< what the studio uses it for, in words (translated)
};

/// The studio's own version ("0.1.0").
QString studioVersion();
/// The Qt version the studio was compiled against (qVersion() is the one running).
QString qtBuildVersion();
/// Qt, QtKeychain, OpenSSL, yaml-cpp and SQLite, in that order.
QList<Library> libraries();
/// What `--version` prints: the studio's version on the first line, then one line per library with its version
/// and licence (and the Qt it was built with when another one runs). Ends with a newline.
QString versionText();

} // namespace studio::buildinfo
