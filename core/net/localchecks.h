#pragma once

#include "core/secrets/securebytes.h"
#include "core/workspace/connectiontester.h"
#include "core/workspace/endpoint.h"

#include <QList>

namespace studio::net {

/// Connection checks that need no HTTP: SQL databases (QtSql) and file folders. They block (a database may take
/// its time to answer; a folder may be on a slow share), so the connection tester runs them on a worker thread.
/// `endpoint` has its variables resolved.

/// Driver available (with the Debian package to install when it is not), connection opened, `SELECT 1` run.
QList<ConnectionCheck> checkSqlEndpoint(const Endpoint& endpoint, const SecureBytes& password);

/// Folder exists and is readable, files matching the pattern counted, the first file's header (CSV columns, or
/// the keys of the first JSON object) read.
QList<ConnectionCheck> checkFileEndpoint(const Endpoint& endpoint);

/// The Debian package that brings a Qt SQL driver ("QPSQL" → "libqt6sql6-psql"); empty when unknown.
QString debianPackageForSqlDriver(const QString& driver);

} // namespace studio::net
