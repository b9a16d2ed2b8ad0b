#include "core/interop/harformat.h"

#include "core/common/jsonio.h"
#include "core/interop/urlmapping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace studio::interop {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("HarFormat", text);
}

/// Headers the HTTP stack computes; copying them would send stale or conflicting values.
bool isTransportHeader(const QString& name)
{
    static const QStringList names {QStringLiteral("host"), QStringLiteral("content-length"),
        QStringLiteral("connection"), QStringLiteral("accept-encoding"), QStringLiteral("transfer-encoding"),
        QStringLiteral("keep-alive"), QStringLiteral("te"), QStringLiteral("upgrade"),
        QStringLiteral("proxy-connection")};
    return name.startsWith(u':') || names.contains(name.toLower());
}

bool isCredentialHeader(const QString& name)
{
    const QString lower = name.toLower();
    return lower == u"authorization" || lower == u"cookie" || lower == u"proxy-authorization"
        || credentialFromHeader(name, QStringLiteral("x")).has_value();
}

} // namespace

QString HarFormat::id() const
{
    return QStringLiteral("har");
}

QString HarFormat::displayName() const
{
    return tr("HTTP Archive (HAR)");
}

QString HarFormat::nameFilter() const
{
    return tr("HTTP archives (*.har *.json)");
}

RequestFormat::Capabilities HarFormat::capabilities() const
{
    return Capability::Import;
}

bool HarFormat::canImport(const QByteArray& data, const QString& fileName) const
{
    const QByteArray head = data.left(4096);
    return head.trimmed().startsWith('{') && head.contains("\"log\"")
        && (fileName.endsWith(QStringLiteral(".har"), Qt::CaseInsensitive) || head.contains("\"entries\"")
            || head.contains("\"creator\""));
}

Result<ImportResult> HarFormat::importData(const QByteArray& data, const ImportContext& context) const
{
    Result<QJsonDocument> document = parseJson(data, tr("HAR file"));
    if (!document)
        return document.error();
    const QJsonObject log = document->object().value(QStringLiteral("log")).toObject();
    if (!log.value(QStringLiteral("entries")).isArray())
        return Error {tr("This is not an HTTP archive: it has no log.entries list.")};
    ImportResult result;
    result.title = log.value(QStringLiteral("creator")).toObject().value(QStringLiteral("name")).toString();
    const QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
    for (qsizetype index = 0; index < entries.size(); ++index) {
        const QJsonObject request = entries.at(index).toObject().value(QStringLiteral("request")).toObject();
        const QString where = tr("entry %1").arg(index + 1);
        const QString url = request.value(QStringLiteral("url")).toString();
        const UrlParts parts = splitUrl(url);
        if (parts.scheme != u"http" && parts.scheme != u"https") {
            result.notes.append(
                {ImportNote::Severity::Warning, where, tr("The entry has no http(s) URL and was skipped.")});
            continue;
        }
        SavedRequest saved;
        RequestSpec& spec = saved.spec;
        spec.method = request.value(QStringLiteral("method")).toString(QStringLiteral("GET")).toUpper().toLatin1();
        const UrlMapping mapping = mapUrl(url, context);
        spec.endpointId = mapping.endpointId;
        spec.mode = mapping.mode;
        spec.path = mapping.path;
        spec.storeCode = mapping.storeCode;
        spec.query = mapping.query;

        QString contentType;
        bool droppedCredentials = false;
        for (const QJsonValue& value : request.value(QStringLiteral("headers")).toArray()) {
            const QJsonObject header = value.toObject();
            const QString name = header.value(QStringLiteral("name")).toString();
            const QString headerValue = header.value(QStringLiteral("value")).toString();
            if (name.isEmpty() || isTransportHeader(name))
                continue;
            if (isCredentialHeader(name)) {
                droppedCredentials = true;
                continue;
            }
            if (name.compare(u"Content-Type", Qt::CaseInsensitive) == 0) {
                contentType = headerValue;
                continue;
            }
            spec.headers.append({name, headerValue});
        }
        if (droppedCredentials)
            result.notes.append({ImportNote::Severity::Info, where,
                tr("Credentials and cookies of the archived request were left out; the endpoint's auth applies.")});

        const QJsonObject postData = request.value(QStringLiteral("postData")).toObject();
        if (!postData.isEmpty()) {
            QString mime = postData.value(QStringLiteral("mimeType")).toString();
            if (mime.isEmpty())
                mime = contentType;
            const QString media = mime.section(u';', 0, 0).trimmed().toLower();
            QString text = postData.value(QStringLiteral("text")).toString();
            if (text.isEmpty() && postData.value(QStringLiteral("params")).isArray()) {
                KeyValueList fields;
                for (const QJsonValue& p : postData.value(QStringLiteral("params")).toArray()) {
                    const QJsonObject param = p.toObject();
                    if (param.contains(QStringLiteral("fileName"))) {
                        result.notes.append({ImportNote::Severity::Warning, where,
                            tr("The uploaded file \"%1\" was left out.")
                                .arg(param.value(QStringLiteral("fileName")).toString())});
                        continue;
                    }
                    fields.append({param.value(QStringLiteral("name")).toString(),
                        param.value(QStringLiteral("value")).toString()});
                }
                text = encodeQuery(fields, true);
                spec.bodyType = QStringLiteral("form");
            } else if (media == u"application/json" || media.endsWith(QStringLiteral("+json"))) {
                spec.bodyType = QStringLiteral("json");
            } else if (media == u"application/x-www-form-urlencoded" || media.isEmpty()) {
                spec.bodyType = QStringLiteral("form");
            } else {
                spec.bodyType = QStringLiteral("text");
            }
            spec.body = text;
            if (text.isEmpty())
                spec.bodyType = QStringLiteral("none");
            if (spec.mode == RequestSpec::Mode::GraphQL && spec.bodyType == u"json") {
                const QJsonObject graphql = QJsonDocument::fromJson(text.toUtf8()).object();
                if (graphql.value(QStringLiteral("query")).isString()) {
                    spec.bodyType = QStringLiteral("graphql");
                    spec.body = graphql.value(QStringLiteral("query")).toString();
                    if (graphql.value(QStringLiteral("variables")).isObject())
                        spec.graphqlVariables
                            = QString::fromUtf8(QJsonDocument(graphql.value(QStringLiteral("variables")).toObject())
                                                    .toJson(QJsonDocument::Indented));
                    spec.graphqlOperationName = graphql.value(QStringLiteral("operationName")).toString();
                }
            }
        }
        if (spec.mode == RequestSpec::Mode::GraphQL && spec.bodyType != u"graphql") {
            spec.mode = RequestSpec::Mode::Rest;
            if (!spec.endpointId.isEmpty()) {
                spec.endpointId.clear();
                spec.path = parts.origin() + parts.path;
            }
        }
        if (!contentType.isEmpty()
            && contentType.section(u';', 0, 0).trimmed().toLower()
                != QString::fromLatin1(impliedContentType(spec.bodyType)))
            spec.headers.append({QStringLiteral("Content-Type"), contentType});
        const QString shown = spec.endpointId.isEmpty() ? parts.path : spec.path;
        saved.name = QString::fromLatin1(spec.method) + u' ' + (shown.isEmpty() ? parts.host : shown);
        result.requests.append(saved);
    }
    return result;
}

Result<ExportResult> HarFormat::exportData(const ExportInput&, const ExportOptions&) const
{
    return Error {tr("Saved requests are not exported as HAR; export log entries from the log browser instead.")};
}

} // namespace studio::interop
