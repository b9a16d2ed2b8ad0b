#pragma once

#include "core/workspace/endpoint.h"

#include <QIcon>
#include <QString>

namespace studio::ui {

/// Translated names and icons the UI uses for core enums, kept in one place so every view agrees.
namespace labels {

/// "Magento 2 / Adobe Commerce", "REST API", ...
QString kindName(EndpointKind kind);
/// One sentence about what a kind of endpoint is for, for menus and tooltips.
QString kindDescription(EndpointKind kind);
QIcon kindIcon(EndpointKind kind);
/// Every kind, in the order menus list them.
QList<EndpointKind> allKinds();

/// "OAuth 1.0a (Magento integration)", "Bearer token", ...
QString authTypeName(AuthType type);

/// "SQLite", "PostgreSQL", ... for a QtSql driver name (QSQLITE, ...).
QString sqlDriverName(const QString& driver);
/// The drivers the SQL endpoint editor offers, in order.
QStringList sqlDrivers();

} // namespace labels

} // namespace studio::ui
