#include "ui/labels.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace studio::ui::labels {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("studio::ui::labels", text);
}

} // namespace

QString kindName(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::Magento:
        return tr("Magento 2 / Adobe Commerce");
    case EndpointKind::Rest:
        return tr("REST API");
    case EndpointKind::GraphQL:
        return tr("GraphQL API");
    case EndpointKind::Sql:
        return tr("SQL database");
    case EndpointKind::File:
        return tr("File source");
    }
    return QString();
}

QString kindDescription(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::Magento:
        return tr("A Magento 2 or Adobe Commerce store: REST, async bulk and GraphQL.");
    case EndpointKind::Rest:
        return tr("Any HTTP/JSON API: an ERP, CRM, PIM or logistics back office.");
    case EndpointKind::GraphQL:
        return tr("Any GraphQL API.");
    case EndpointKind::Sql:
        return tr("A database reached through Qt SQL drivers: SQLite, PostgreSQL, MySQL/MariaDB or ODBC.");
    case EndpointKind::File:
        return tr("A folder of CSV, JSON or JSON Lines files.");
    }
    return QString();
}

QIcon kindIcon(EndpointKind kind)
{
    QStyle* style = QApplication::style();
    switch (kind) {
    case EndpointKind::Magento:
        return style->standardIcon(QStyle::SP_ComputerIcon);
    case EndpointKind::Rest:
    case EndpointKind::GraphQL:
        return style->standardIcon(QStyle::SP_DriveNetIcon);
    case EndpointKind::Sql:
        return style->standardIcon(QStyle::SP_DriveHDIcon);
    case EndpointKind::File:
        return style->standardIcon(QStyle::SP_DirIcon);
    }
    return QIcon();
}

QList<EndpointKind> allKinds()
{
    return {EndpointKind::Magento, EndpointKind::Rest, EndpointKind::GraphQL, EndpointKind::Sql, EndpointKind::File};
}

QString authTypeName(AuthType type)
{
    switch (type) {
    case AuthType::None:
        return tr("None");
    case AuthType::Basic:
        return tr("User name and password");
    case AuthType::Bearer:
        return tr("Bearer token");
    case AuthType::ApiKey:
        return tr("API key");
    case AuthType::OAuth1:
        return tr("OAuth 1.0a (Magento integration)");
    case AuthType::MagentoAdminToken:
        return tr("Magento admin token (user name and password)");
    case AuthType::MagentoCustomerToken:
        return tr("Magento customer token (email and password)");
    case AuthType::OAuth2ClientCredentials:
        return tr("OAuth 2.0 client credentials");
    case AuthType::OAuth2RefreshToken:
        return tr("OAuth 2.0 refresh token");
    }
    return QString();
}

QString sqlDriverName(const QString& driver)
{
    if (driver == u"QSQLITE")
        return tr("SQLite");
    if (driver == u"QPSQL")
        return tr("PostgreSQL");
    if (driver == u"QMYSQL")
        return tr("MySQL / MariaDB");
    if (driver == u"QODBC")
        return tr("ODBC");
    return driver;
}

QStringList sqlDrivers()
{
    return {QStringLiteral("QSQLITE"), QStringLiteral("QPSQL"), QStringLiteral("QMYSQL"), QStringLiteral("QODBC")};
}

} // namespace studio::ui::labels
