#include "core/log/logexport.h"

#include "core/net/httptypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QUrl>
#include <QUrlQuery>

namespace studio {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("LogExport", text);
}

QString isoTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

/// UTF-8 text stays text; anything else is base64 (JSON strings cannot carry arbitrary bytes).
bool isUtf8Text(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError() && !bytes.contains('\0');
}

QByteArray headerValue(const HeaderList& headers, QByteArrayView name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonArray headersArray(const HeaderList& headers)
{
    QJsonArray array;
    for (const auto& [name, value] : headers)
        array.append(QJsonObject {
            {QStringLiteral("name"), QString::fromUtf8(name)}, {QStringLiteral("value"), QString::fromUtf8(value)}});
    return array;
}

QJsonObject jsonBody(const HeaderList& headers, const QByteArray& body, qint64 size, bool truncated)
{
    const bool text = isUtf8Text(body);
    return QJsonObject {
        {QStringLiteral("headers"), headersArray(headers)},
        {QStringLiteral("body"), text ? QString::fromUtf8(body) : QString::fromLatin1(body.toBase64())},
        {QStringLiteral("body_encoding"), text ? QStringLiteral("utf8") : QStringLiteral("base64")},
        {QStringLiteral("body_size"), size < 0 ? body.size() : size},
        {QStringLiteral("body_truncated"), truncated},
    };
}

QJsonArray cookiesFrom(const HeaderList& headers, bool response)
{
    QJsonArray cookies;
    for (const auto& [name, value] : headers) {
        if (!response && name.compare("cookie", Qt::CaseInsensitive) == 0) {
            for (const QByteArray& pair : value.split(';')) {
                const qsizetype eq = pair.indexOf('=');
                if (eq <= 0)
                    continue;
                cookies.append(QJsonObject {{QStringLiteral("name"), QString::fromUtf8(pair.left(eq).trimmed())},
                    {QStringLiteral("value"), QString::fromUtf8(pair.mid(eq + 1).trimmed())}});
            }
        } else if (response && name.compare("set-cookie", Qt::CaseInsensitive) == 0) {
            const QList<QByteArray> parts = value.split(';');
            const qsizetype eq = parts.value(0).indexOf('=');
            if (eq <= 0)
                continue;
            QJsonObject cookie {{QStringLiteral("name"), QString::fromUtf8(parts[0].left(eq).trimmed())},
                {QStringLiteral("value"), QString::fromUtf8(parts[0].mid(eq + 1).trimmed())}};
            for (qsizetype i = 1; i < parts.size(); ++i) {
                const QByteArray attribute = parts[i].trimmed();
                const qsizetype attributeEq = attribute.indexOf('=');
                const QByteArray key = (attributeEq < 0 ? attribute : attribute.left(attributeEq)).toLower();
                const QString attributeValue
                    = QString::fromUtf8(attributeEq < 0 ? QByteArray() : attribute.mid(attributeEq + 1));
                if (key == "path")
                    cookie.insert(QStringLiteral("path"), attributeValue);
                else if (key == "domain")
                    cookie.insert(QStringLiteral("domain"), attributeValue);
                else if (key == "expires")
                    cookie.insert(QStringLiteral("expires"), attributeValue);
                else if (key == "httponly")
                    cookie.insert(QStringLiteral("httpOnly"), true);
                else if (key == "secure")
                    cookie.insert(QStringLiteral("secure"), true);
            }
            cookies.append(cookie);
        }
    }
    return cookies;
}

QString httpVersionOf(const LogEntry& e)
{
    return e.httpVersion.isEmpty() ? QStringLiteral("unknown") : QString::fromUtf8(e.httpVersion);
}

Status writeAll(QIODevice& out, const QByteArray& bytes)
{
    if (out.write(bytes) != bytes.size())
        return Error {tr("Writing the export failed: %1").arg(out.errorString())};
    return {};
}

} // namespace

QJsonObject jsonLineObject(const LogEntry& e, const QByteArray& hash)
{
    QJsonObject object {
        {QStringLiteral("id"), e.id},
        {QStringLiteral("@timestamp"), isoTime(e.startedAt)},
        {QStringLiteral("endpoint"), e.endpointId},
        {QStringLiteral("environment"), e.environment},
        {QStringLiteral("run_id"), e.runId},
        {QStringLiteral("method"), QString::fromUtf8(e.method)},
        {QStringLiteral("url"), e.url},
        {QStringLiteral("http_version"), QString::fromUtf8(e.httpVersion)},
        {QStringLiteral("status"), e.status},
        {QStringLiteral("duration_ms"), e.durationMs},
        {QStringLiteral("attempt"), e.attempt},
        {QStringLiteral("error"), e.error},
        {QStringLiteral("credential_fingerprint"), e.credentialFingerprint},
        {QStringLiteral("request"),
            jsonBody(e.requestHeaders, e.requestBody, e.requestBodySize, e.requestBodyTruncated)},
        {QStringLiteral("response"),
            jsonBody(e.responseHeaders, e.responseBody, e.responseBodySize, e.responseBodyTruncated)},
    };
    if (!hash.isEmpty())
        object.insert(QStringLiteral("hash"), QString::fromLatin1(hash.toHex()));
    return object;
}

QJsonObject harEntryObject(const LogEntry& e)
{
    const QUrl url(e.url);
    QJsonArray queryString;
    for (const auto& [name, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        queryString.append(QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});

    QJsonObject request {
        {QStringLiteral("method"), QString::fromUtf8(e.method)},
        {QStringLiteral("url"), e.url},
        {QStringLiteral("httpVersion"), httpVersionOf(e)},
        {QStringLiteral("cookies"), cookiesFrom(e.requestHeaders, false)},
        {QStringLiteral("headers"), headersArray(e.requestHeaders)},
        {QStringLiteral("queryString"), queryString},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), e.requestBodySize < 0 ? e.requestBody.size() : e.requestBodySize},
    };
    if (!e.requestBody.isEmpty() || e.requestBodySize > 0) {
        const bool text = isUtf8Text(e.requestBody);
        QJsonObject postData {
            {QStringLiteral("mimeType"), QString::fromUtf8(headerValue(e.requestHeaders, "content-type"))},
            {QStringLiteral("params"), QJsonArray {}},
            {QStringLiteral("text"),
                text ? QString::fromUtf8(e.requestBody) : QString::fromLatin1(e.requestBody.toBase64())},
        };
        if (!text)
            postData.insert(QStringLiteral("_encoding"), QStringLiteral("base64"));
        if (e.requestBodyTruncated)
            postData.insert(QStringLiteral("_truncated"), true);
        request.insert(QStringLiteral("postData"), postData);
    }

    const bool text = isUtf8Text(e.responseBody);
    QJsonObject content {
        {QStringLiteral("size"), e.responseBodySize < 0 ? e.responseBody.size() : e.responseBodySize},
        {QStringLiteral("mimeType"), QString::fromUtf8(headerValue(e.responseHeaders, "content-type"))},
        {QStringLiteral("text"),
            text ? QString::fromUtf8(e.responseBody) : QString::fromLatin1(e.responseBody.toBase64())},
    };
    if (!text)
        content.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
    if (e.responseBodyTruncated)
        content.insert(QStringLiteral("_truncated"), true);
    QJsonObject response {
        {QStringLiteral("status"), e.status},
        {QStringLiteral("statusText"), QString::fromLatin1(net::standardReasonPhrase(e.status))},
        {QStringLiteral("httpVersion"), httpVersionOf(e)},
        {QStringLiteral("cookies"), cookiesFrom(e.responseHeaders, true)},
        {QStringLiteral("headers"), headersArray(e.responseHeaders)},
        {QStringLiteral("content"), content},
        {QStringLiteral("redirectURL"), QString::fromUtf8(headerValue(e.responseHeaders, "location"))},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), e.responseBodySize < 0 ? e.responseBody.size() : e.responseBodySize},
    };
    if (!e.error.isEmpty())
        response.insert(QStringLiteral("_error"), e.error);

    // The engine measures the whole exchange only; HAR wants its parts, so the total is reported as wait.
    const QJsonObject timings {{QStringLiteral("blocked"), -1}, {QStringLiteral("dns"), -1},
        {QStringLiteral("connect"), -1}, {QStringLiteral("ssl"), -1}, {QStringLiteral("send"), 0},
        {QStringLiteral("wait"), e.durationMs}, {QStringLiteral("receive"), 0}};
    return QJsonObject {
        {QStringLiteral("startedDateTime"), isoTime(e.startedAt)},
        {QStringLiteral("time"), e.durationMs},
        {QStringLiteral("request"), request},
        {QStringLiteral("response"), response},
        {QStringLiteral("cache"), QJsonObject {}},
        {QStringLiteral("timings"), timings},
        {QStringLiteral("_id"), e.id},
        {QStringLiteral("_endpoint"), e.endpointId},
        {QStringLiteral("_environment"), e.environment},
        {QStringLiteral("_runId"), e.runId},
        {QStringLiteral("_attempt"), e.attempt},
        {QStringLiteral("_credentialFingerprint"), e.credentialFingerprint},
    };
}

Result<qint64> exportLog(LogReader& reader, const LogExportSelection& selection, LogExportFormat format, QIODevice& out)
{
    const bool har = format == LogExportFormat::Har;
    if (har) {
        const QJsonObject creator {{QStringLiteral("name"), QStringLiteral("Integration Studio")},
            {QStringLiteral("version"), QStringLiteral(STUDIO_VERSION)}};
        const QByteArray head = "{\"log\":{\"version\":\"1.2\",\"creator\":"
            + QJsonDocument(creator).toJson(QJsonDocument::Compact) + ",\"entries\":[\n";
        if (auto status = writeAll(out, head); !status)
            return status.error();
    }
    qint64 written = 0;
    auto writeEntry = [&](qint64 id) -> Status {
        QByteArray hash;
        auto entry = reader.entry(id, &hash);
        if (!entry)
            return entry.error();
        QByteArray line;
        if (har) {
            line = QJsonDocument(harEntryObject(entry.value())).toJson(QJsonDocument::Compact);
            if (written > 0)
                line.prepend(",\n");
        } else {
            line = QJsonDocument(jsonLineObject(entry.value(), hash)).toJson(QJsonDocument::Compact) + '\n';
        }
        if (auto status = writeAll(out, line); !status)
            return status;
        ++written;
        return {};
    };
    if (!selection.ids.isEmpty()) {
        QList<qint64> ids = selection.ids;
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        for (const qint64 id : std::as_const(ids)) {
            if (auto status = writeEntry(id); !status)
                return status.error();
        }
    } else {
        qint64 cursor = 0;
        for (;;) {
            auto page = reader.ids(selection.filter, cursor, 512, LogOrder::OldestFirst);
            if (!page)
                return page.error();
            for (const qint64 id : std::as_const(page.value())) {
                if (auto status = writeEntry(id); !status)
                    return status.error();
            }
            if (page->size() < 512)
                break;
            cursor = page->last();
        }
    }
    if (har) {
        if (auto status = writeAll(out, "\n]}}\n"); !status)
            return status.error();
    }
    return written;
}

} // namespace studio
