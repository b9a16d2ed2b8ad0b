#include "core/workspace/endpoint.h"

#include "core/workspace/variables.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringConverter>
#include <QUrl>
#include <utility>

namespace studio {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("studio", text); // the context lupdate gives free functions here
}

const QList<std::pair<EndpointKind, QString>>& kindIds()
{
    static const QList<std::pair<EndpointKind, QString>> ids {
        {EndpointKind::Magento, QStringLiteral("magento")},
        {EndpointKind::Rest, QStringLiteral("rest")},
        {EndpointKind::GraphQL, QStringLiteral("graphql")},
        {EndpointKind::Sql, QStringLiteral("sql")},
        {EndpointKind::File, QStringLiteral("file")},
    };
    return ids;
}

const QList<std::pair<AuthType, QString>>& authIds()
{
    static const QList<std::pair<AuthType, QString>> ids {
        {AuthType::None, QStringLiteral("none")},
        {AuthType::Basic, QStringLiteral("basic")},
        {AuthType::Bearer, QStringLiteral("bearer")},
        {AuthType::ApiKey, QStringLiteral("apiKey")},
        {AuthType::OAuth1, QStringLiteral("oauth1")},
        {AuthType::MagentoAdminToken, QStringLiteral("magentoAdminToken")},
        {AuthType::MagentoCustomerToken, QStringLiteral("magentoCustomerToken")},
        {AuthType::OAuth2ClientCredentials, QStringLiteral("oauth2ClientCredentials")},
        {AuthType::OAuth2RefreshToken, QStringLiteral("oauth2RefreshToken")},
    };
    return ids;
}

bool hasVariables(const QString& text)
{
    return !VariableResolver::variablesIn(text).isEmpty();
}

/// Checks an http(s) URL field unless it is (partly) a variable, which is checked once resolved.
void checkHttpUrl(const QString& value, const QString& field, const QString& label, QList<FieldProblem>& problems)
{
    if (value.trimmed().isEmpty()) {
        problems.append({field, tr("%1 is required.").arg(label)});
        return;
    }
    if (hasVariables(value))
        return;
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        problems.append({field, tr("%1 is not a valid URL (expected e.g. https://shop.example.com).").arg(label)});
        return;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        problems.append({field, tr("%1 must start with http:// or https://.").arg(label)});
    else if (url.hasQuery() || url.hasFragment())
        problems.append({field, tr("%1 must not contain a query (?…) or fragment (#…).").arg(label)});
}

/// The proxy URL's shape (unless it is a variable, checked once resolved) and its password reference.
void checkProxy(const Endpoint& endpoint, QList<FieldProblem>& problems)
{
    const QString text = endpoint.proxyUrl.trimmed();
    const QString field = QStringLiteral("proxy.url");
    const bool keyword = text.isEmpty() || text.compare(u"system", Qt::CaseInsensitive) == 0
        || text.compare(u"direct", Qt::CaseInsensitive) == 0 || text.compare(u"none", Qt::CaseInsensitive) == 0;
    if (!endpoint.proxyPasswordRef.isEmpty() && keyword) {
        problems.append({QStringLiteral("proxy.password"),
            tr("A proxy password needs a proxy server (http://user@host:port) to send it to.")});
    }
    if (keyword || hasVariables(text))
        return;
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != u"http" && scheme != u"https" && scheme != u"socks5" && scheme != u"socks5h")) {
        problems.append(
            {field, tr("Proxy must be empty (system settings), \"direct\", http://host:port or socks5://host:port.")});
        return;
    }
    if (url.port() == 0 || url.port() > 65535)
        problems.append({field, tr("Proxy port must be between 1 and 65535.")});
    else if (!url.password().isEmpty())
        problems.append({field,
            tr("Do not put the proxy password in the URL: the endpoint file is shared; enter it as the proxy "
               "password, which is kept in the keychain.")});
    else if ((!url.path().isEmpty() && url.path() != u"/") || url.hasQuery() || url.hasFragment())
        problems.append({field, tr("Proxy URL must not contain a path, query or fragment.")});
    else if (!endpoint.proxyPasswordRef.isEmpty() && url.userName().isEmpty())
        problems.append({QStringLiteral("proxy.password"),
            tr("A proxy password needs the user name in the proxy URL (http://user@host:port).")});
}

QString authFieldLabel(const QString& field)
{
    static const QHash<QString, const char*> labels {
        {QStringLiteral("username"), QT_TRANSLATE_NOOP("Endpoint", "User name")},
        {QStringLiteral("password"), QT_TRANSLATE_NOOP("Endpoint", "Password")},
        {QStringLiteral("token"), QT_TRANSLATE_NOOP("Endpoint", "Token")},
        {QStringLiteral("keyName"), QT_TRANSLATE_NOOP("Endpoint", "Key name")},
        {QStringLiteral("keyIn"), QT_TRANSLATE_NOOP("Endpoint", "Key location")},
        {QStringLiteral("apiKey"), QT_TRANSLATE_NOOP("Endpoint", "API key")},
        {QStringLiteral("signatureMethod"), QT_TRANSLATE_NOOP("Endpoint", "Signature method")},
        {QStringLiteral("consumerKey"), QT_TRANSLATE_NOOP("Endpoint", "Consumer key")},
        {QStringLiteral("consumerSecret"), QT_TRANSLATE_NOOP("Endpoint", "Consumer secret")},
        {QStringLiteral("accessToken"), QT_TRANSLATE_NOOP("Endpoint", "Access token")},
        {QStringLiteral("accessTokenSecret"), QT_TRANSLATE_NOOP("Endpoint", "Access token secret")},
        {QStringLiteral("tokenUrl"), QT_TRANSLATE_NOOP("Endpoint", "Token URL")},
        {QStringLiteral("clientId"), QT_TRANSLATE_NOOP("Endpoint", "Client ID")},
        {QStringLiteral("clientSecret"), QT_TRANSLATE_NOOP("Endpoint", "Client secret")},
        {QStringLiteral("scopes"), QT_TRANSLATE_NOOP("Endpoint", "Scopes")},
        {QStringLiteral("refreshToken"), QT_TRANSLATE_NOOP("Endpoint", "Refresh token")},
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : QCoreApplication::translate("Endpoint", it.value());
}

} // namespace

QString endpointKindId(EndpointKind kind)
{
    for (const auto& [k, id] : kindIds()) {
        if (k == kind)
            return id;
    }
    return QString();
}

std::optional<EndpointKind> endpointKindFromId(const QString& id)
{
    for (const auto& [k, name] : kindIds()) {
        if (name == id)
            return k;
    }
    return std::nullopt;
}

QString authTypeId(AuthType type)
{
    for (const auto& [t, id] : authIds()) {
        if (t == type)
            return id;
    }
    return QString();
}

std::optional<AuthType> authTypeFromId(const QString& id)
{
    for (const auto& [t, name] : authIds()) {
        if (name == id)
            return t;
    }
    return std::nullopt;
}

QString authFieldDisplayName(const QString& field)
{
    return authFieldLabel(field);
}

AuthFields authFieldsOf(AuthType type)
{
    const auto s = [](std::initializer_list<const char16_t*> names) {
        QStringList list;
        for (const char16_t* name : names)
            list.append(QString::fromUtf16(name));
        return list;
    };
    switch (type) {
    case AuthType::None:
        return {};
    case AuthType::Basic:
        return {s({u"username"}), s({u"password"}), s({u"username", u"password"})};
    case AuthType::Bearer:
        return {{}, s({u"token"}), s({u"token"})};
    case AuthType::ApiKey:
        return {s({u"keyName", u"keyIn"}), s({u"apiKey"}), s({u"keyName", u"keyIn", u"apiKey"})};
    case AuthType::OAuth1:
        return {s({u"signatureMethod"}), s({u"consumerKey", u"consumerSecret", u"accessToken", u"accessTokenSecret"}),
            s({u"consumerKey", u"consumerSecret", u"accessToken", u"accessTokenSecret"})};
    case AuthType::MagentoAdminToken:
    case AuthType::MagentoCustomerToken:
        return {s({u"username"}), s({u"password"}), s({u"username", u"password"})};
    case AuthType::OAuth2ClientCredentials:
        return {s({u"tokenUrl", u"clientId", u"scopes"}), s({u"clientSecret"}),
            s({u"tokenUrl", u"clientId", u"clientSecret"})};
    case AuthType::OAuth2RefreshToken:
        return {s({u"tokenUrl", u"clientId", u"scopes"}), s({u"clientSecret", u"refreshToken"}),
            s({u"tokenUrl", u"clientId", u"refreshToken"})};
    }
    return {};
}

QList<AuthType> authTypesFor(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::Magento:
        return {AuthType::OAuth1, AuthType::MagentoAdminToken, AuthType::MagentoCustomerToken, AuthType::Bearer,
            AuthType::None};
    case EndpointKind::Rest:
    case EndpointKind::GraphQL:
        return {AuthType::None, AuthType::Basic, AuthType::Bearer, AuthType::ApiKey, AuthType::OAuth1,
            AuthType::OAuth2ClientCredentials, AuthType::OAuth2RefreshToken};
    case EndpointKind::Sql:
        return {AuthType::Basic, AuthType::None};
    case EndpointKind::File:
        return {AuthType::None};
    }
    return {AuthType::None};
}

QStringList Endpoint::secretRefs() const
{
    QStringList refs = auth.secretRefs.values();
    if (!tls.clientKeyPassphraseRef.isEmpty())
        refs.append(tls.clientKeyPassphraseRef);
    if (!proxyPasswordRef.isEmpty())
        refs.append(proxyPasswordRef);
    return refs;
}

bool Endpoint::isHttp() const
{
    return kind == EndpointKind::Magento || kind == EndpointKind::Rest || kind == EndpointKind::GraphQL;
}

QList<FieldProblem> validateEndpoint(const Endpoint& endpoint)
{
    QList<FieldProblem> problems;
    if (endpoint.name.trimmed().isEmpty())
        problems.append({QStringLiteral("name"), tr("Name is required.")});

    if (endpoint.isHttp()) {
        checkHttpUrl(endpoint.baseUrl, QStringLiteral("baseUrl"), tr("Base URL"), problems);
        if (endpoint.timeoutMs < 1 || endpoint.timeoutMs > 3600 * 1000)
            problems.append({QStringLiteral("timeoutMs"), tr("Timeout must be between 1 ms and 1 hour.")});
        if (endpoint.rateLimit.requestsPerSecond < 0)
            problems.append({QStringLiteral("rateLimit.requestsPerSecond"), tr("Rate limit cannot be negative.")});
        if (endpoint.rateLimit.burst < 0)
            problems.append({QStringLiteral("rateLimit.burst"), tr("Burst cannot be negative.")});
        if (endpoint.maxConcurrent < 1 || endpoint.maxConcurrent > 256)
            problems.append({QStringLiteral("maxConcurrent"), tr("Concurrent requests must be between 1 and 256.")});
        const QString pin = QString(endpoint.tls.pinnedSha256).remove(u':').remove(u' ');
        static const QRegularExpression hex64(QStringLiteral("^[0-9A-Fa-f]{64}$"));
        if (!pin.isEmpty() && !hasVariables(pin) && !hex64.match(pin).hasMatch())
            problems.append({QStringLiteral("tls.pinnedSha256"),
                tr("Pinned certificate must be a SHA-256 fingerprint: 64 hexadecimal digits (colons allowed).")});
        if (endpoint.tls.clientCertFile.isEmpty() != endpoint.tls.clientKeyFile.isEmpty())
            problems.append({QStringLiteral("tls.clientKeyFile"),
                tr("A client certificate needs both the certificate file and its key file.")});
        checkProxy(endpoint, problems);
    }
    if (endpoint.kind == EndpointKind::Magento) {
        static const QRegularExpression storeCode(QStringLiteral("^[a-z][a-z0-9_]*$"));
        const QString code = endpoint.storeCode.trimmed();
        if (code.isEmpty())
            problems.append({QStringLiteral("storeCode"),
                tr("Store code is required (\"default\", \"all\" or a store view code).")});
        else if (!hasVariables(code) && !storeCode.match(code).hasMatch())
            problems.append({QStringLiteral("storeCode"),
                tr("Store code may contain only lower-case letters, digits and underscores, starting with a letter.")});
    }
    if (endpoint.kind == EndpointKind::Sql) {
        static const QStringList drivers {
            QStringLiteral("QSQLITE"), QStringLiteral("QPSQL"), QStringLiteral("QMYSQL"), QStringLiteral("QODBC")};
        if (!drivers.contains(endpoint.sql.driver))
            problems.append({QStringLiteral("sql.driver"),
                tr("Choose a database driver (SQLite, PostgreSQL, MySQL/MariaDB or ODBC).")});
        if (endpoint.sql.database.trimmed().isEmpty())
            problems.append({QStringLiteral("sql.database"),
                endpoint.sql.driver == u"QODBC" ? tr("Data source (DSN or connection string) is required.")
                                                : tr("Database is required.")});
        const bool needsHost = endpoint.sql.driver == u"QPSQL" || endpoint.sql.driver == u"QMYSQL";
        if (needsHost && endpoint.sql.host.trimmed().isEmpty())
            problems.append({QStringLiteral("sql.host"), tr("Host is required.")});
        if (endpoint.sql.port < 0 || endpoint.sql.port > 65535)
            problems.append({QStringLiteral("sql.port"), tr("Port must be between 0 (driver default) and 65535.")});
    }
    if (endpoint.kind == EndpointKind::File) {
        if (endpoint.file.folder.trimmed().isEmpty())
            problems.append({QStringLiteral("file.folder"), tr("Folder is required.")});
        static const QStringList formats {QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("jsonl")};
        if (!formats.contains(endpoint.file.format))
            problems.append({QStringLiteral("file.format"), tr("Format must be csv, json or jsonl.")});
        if (endpoint.file.format == u"csv") {
            if (endpoint.file.delimiter.size() != 1 && endpoint.file.delimiter != u"\\t")
                problems.append(
                    {QStringLiteral("file.delimiter"), tr("Delimiter must be a single character (or \\t for tab).")});
            if (endpoint.file.quote.size() > 1)
                problems.append({QStringLiteral("file.quote"), tr("Quote must be a single character or empty.")});
        }
        if (!QStringConverter::encodingForName(endpoint.file.encoding.toLatin1().constData()))
            problems.append(
                {QStringLiteral("file.encoding"), tr("Unknown encoding \"%1\".").arg(endpoint.file.encoding)});
        if (endpoint.file.pattern.trimmed().isEmpty())
            problems.append({QStringLiteral("file.pattern"), tr("File pattern is required (e.g. *.csv).")});
    }

    if (!authTypesFor(endpoint.kind).contains(endpoint.auth.type))
        problems.append(
            {QStringLiteral("auth.type"), tr("This authentication type is not available for this kind of endpoint.")});
    const AuthFields fields = authFieldsOf(endpoint.auth.type);
    for (const QString& field : fields.required) {
        const bool present = fields.secret.contains(field) ? !endpoint.auth.secretRefs.value(field).isEmpty()
                                                           : !endpoint.auth.fields.value(field).trimmed().isEmpty();
        if (!present)
            problems.append({QStringLiteral("auth.") + field, tr("%1 is required.").arg(authFieldLabel(field))});
    }
    if (endpoint.auth.type == AuthType::ApiKey) {
        const QString in = endpoint.auth.fields.value(QStringLiteral("keyIn"));
        if (!in.isEmpty() && in != u"header" && in != u"query")
            problems.append({QStringLiteral("auth.keyIn"), tr("Key location must be \"header\" or \"query\".")});
    }
    if (endpoint.auth.type == AuthType::OAuth1) {
        const QString method = endpoint.auth.fields.value(QStringLiteral("signatureMethod"));
        if (!method.isEmpty() && method != u"HMAC-SHA256" && method != u"HMAC-SHA1")
            problems.append(
                {QStringLiteral("auth.signatureMethod"), tr("Signature method must be HMAC-SHA256 or HMAC-SHA1.")});
    }
    const QString tokenUrl = endpoint.auth.fields.value(QStringLiteral("tokenUrl"));
    if ((endpoint.auth.type == AuthType::OAuth2ClientCredentials || endpoint.auth.type == AuthType::OAuth2RefreshToken)
        && !tokenUrl.trimmed().isEmpty())
        checkHttpUrl(tokenUrl, QStringLiteral("auth.tokenUrl"), tr("Token URL"), problems);
    return problems;
}

QString slugify(const QString& name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    bool lastDash = false;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            slug.append(c);
            lastDash = false;
        } else if (!lastDash && !slug.isEmpty()) {
            slug.append(u'-');
            lastDash = true;
        }
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    if (slug.size() > 64)
        slug.truncate(64);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("endpoint") : slug;
}

} // namespace studio
