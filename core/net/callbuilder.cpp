#include "core/net/callbuilder.h"

#include "core/magento/magentourl.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace studio::net {

namespace {

// The context lupdate gives tr() in free functions of this namespace.
QString tr(const char* text)
{
    return QCoreApplication::translate("studio::net", text);
}

bool hasVersionSegment(const QString& path)
{
    static const QRegularExpression version(QStringLiteral("^/?V\\d+(/|$)"));
    return version.match(path).hasMatch();
}

QString withLeadingSlash(const QString& path)
{
    return path.startsWith(u'/') ? path : u'/' + path;
}

// The URL of a Magento API root up to (not including) the service path, e.g. "https://shop/rest/all".
QString restPrefix(const magento::MagentoUrl& urls, const magento::StoreScope& scope, magento::RestApi api)
{
    QString full = QString::fromUtf8(urls.rest(scope, QStringLiteral("/V1"), QUrlQuery(), api).toEncoded());
    full.chop(3); // "/V1"
    return full;
}

} // namespace

Result<ApiCall> buildApiCall(
    const RequestSpec& spec, const Endpoint& endpoint, const Endpoint& resolved, const Environment& environment)
{
    ApiCall call;
    call.endpoint = endpoint;
    call.environment = environment;
    call.method = spec.method.trimmed().toUpper();
    call.query = spec.query;
    call.headers = spec.headers;
    call.safeToRetry = spec.safeToRetry;
    const QString path = spec.path.trimmed();
    const bool magentoKind = !spec.endpointId.isEmpty() && resolved.kind == EndpointKind::Magento;

    std::optional<magento::MagentoUrl> urls;
    std::optional<magento::StoreScope> scope;
    if (magentoKind) {
        Result<magento::MagentoUrl> base = magento::MagentoUrl::fromBase(resolved.baseUrl);
        if (!base)
            return base.error();
        urls = base.value();
        const QString storeText
            = spec.storeCode.trimmed().isEmpty() ? resolved.storeCode.trimmed() : spec.storeCode.trimmed();
        Result<magento::StoreScope> parsed = magento::StoreScope::parse(storeText);
        if (!parsed)
            return parsed.error();
        scope = parsed.value();
    }

    switch (spec.mode) {
    case RequestSpec::Mode::GraphQL: {
        QJsonObject payload {{QStringLiteral("query"), spec.body}};
        if (!spec.graphqlVariables.trimmed().isEmpty()) {
            QJsonParseError error {};
            const QJsonDocument variables = QJsonDocument::fromJson(spec.graphqlVariables.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !variables.isObject())
                return Error {
                    tr("The GraphQL variables are not a JSON object: %1 at character %2.")
                        .arg(error.error == QJsonParseError::NoError ? tr("not an object") : error.errorString())
                        .arg(error.offset)};
            payload.insert(QStringLiteral("variables"), variables.object());
        }
        if (!spec.graphqlOperationName.trimmed().isEmpty())
            payload.insert(QStringLiteral("operationName"), spec.graphqlOperationName.trimmed());
        call.method = "POST";
        call.body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        call.headers.append({QStringLiteral("Content-Type"), QStringLiteral("application/json")});
        if (magentoKind) {
            call.target = QString::fromUtf8(urls->graphql().toEncoded());
            if (scope->kind() == magento::StoreScope::Kind::StoreView)
                call.headers.append({QStringLiteral("Store"), scope->code()});
        } else if (spec.endpointId.isEmpty()) {
            call.target = path;
        } else {
            call.target = path; // relative to the GraphQL endpoint's base URL (usually empty)
        }
        return call;
    }
    case RequestSpec::Mode::AsyncBulk: {
        if (!magentoKind)
            return Error {tr("Async bulk requests need a Magento endpoint.")};
        if (call.method == "GET")
            return Error {tr("Magento's async bulk API takes POST, PUT, PATCH and DELETE, not GET.")};
        const QString servicePath = path.contains(u"{{") ? path : magento::MagentoUrl::bulkPath(path);
        call.target = restPrefix(*urls, *scope, magento::RestApi::AsyncBulk)
            + (hasVersionSegment(servicePath) ? withLeadingSlash(servicePath)
                                              : QStringLiteral("/V1") + withLeadingSlash(servicePath));
        break;
    }
    case RequestSpec::Mode::Rest:
        if (magentoKind) {
            if (path.startsWith(u"/rest/") || path.startsWith(u"rest/"))
                return Error {tr("The path \"%1\" already names the REST root: give the part after /rest/<store>/ "
                                 "(e.g. /V1/products) and choose the store code separately.")
                                  .arg(path)};
            call.target = restPrefix(*urls, *scope, magento::RestApi::Sync)
                + (hasVersionSegment(path) ? withLeadingSlash(path) : QStringLiteral("/V1") + withLeadingSlash(path));
        } else {
            call.target = path;
        }
        break;
    }

    const QString type = spec.bodyType.trimmed().toLower();
    if (type.isEmpty() || type == u"none") {
        call.body.clear();
    } else if (type == u"json") {
        call.body = spec.body.toUtf8();
        call.headers.append({QStringLiteral("Content-Type"), QStringLiteral("application/json")});
    } else if (type == u"form") {
        call.body = spec.body.toUtf8();
        call.headers.append({QStringLiteral("Content-Type"), QStringLiteral("application/x-www-form-urlencoded")});
    } else if (type == u"text") {
        call.body = spec.body.toUtf8();
        call.headers.append({QStringLiteral("Content-Type"), QStringLiteral("text/plain; charset=utf-8")});
    } else {
        return Error {tr("Unknown body type \"%1\": use none, json, form, text or graphql.").arg(spec.bodyType)};
    }
    // A Content-Type the user set wins over the one the body type implies.
    int contentTypes = 0;
    for (const auto& header : std::as_const(call.headers))
        contentTypes += header.first.compare(u"Content-Type", Qt::CaseInsensitive) == 0 ? 1 : 0;
    if (contentTypes > 1) {
        for (qsizetype i = call.headers.size() - 1; i >= 0; --i) {
            if (call.headers.at(i).first.compare(u"Content-Type", Qt::CaseInsensitive) == 0) {
                call.headers.removeAt(i);
                break;
            }
        }
    }
    return call;
}

} // namespace studio::net
