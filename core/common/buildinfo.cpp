#include "core/common/buildinfo.h"

#include <openssl/crypto.h>
#include <QCoreApplication>
#include <sqlite3.h>

namespace studio::buildinfo {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BuildInfo", text);
}

} // namespace

QString studioVersion()
{
    return QStringLiteral(STUDIO_VERSION);
}

QString qtBuildVersion()
{
    return QStringLiteral(QT_VERSION_STR);
}

QList<Library> libraries()
{
    // QtKeychain and yaml-cpp cannot tell their version at run time: the build names the ones it found (CMake).
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), tr("LGPL-3.0-only (or GPL)"),
            tr("widgets, networking, SQL, HTTP server")},
        {QStringLiteral("QtKeychain"), QStringLiteral(STUDIO_QTKEYCHAIN_VERSION), tr("BSD-3-Clause"),
            tr("operating system keychains")},
        {QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING)), tr("Apache-2.0"),
            tr("TLS, encrypted vault")},
        {QStringLiteral("yaml-cpp"), QStringLiteral(STUDIO_YAMLCPP_VERSION), tr("MIT"), tr("OpenAPI files in YAML")},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()), tr("Public domain"),
            tr("request log, run store")},
    };
}

QString versionText()
{
    QString text = QStringLiteral("integration-studio ") + studioVersion() + u'\n';
    for (const Library& library : libraries()) {
        text += QStringLiteral("  ") + library.name + u' ' + library.version;
        if (library.name == QLatin1String("Qt") && library.version != qtBuildVersion())
            text += QStringLiteral(", built with ") + qtBuildVersion();
        text += QStringLiteral(" \u2014 ") + library.licence + u'\n';
    }
    return text;
}

} // namespace studio::buildinfo
