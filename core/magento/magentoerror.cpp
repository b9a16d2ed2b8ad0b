#include "core/magento/magentoerror.h"

#include <algorithm>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>

namespace studio::magento {

namespace {

// lupdate files tr() calls of free functions under the namespace; translate them under the same name.
QString tr(const char* text)
{
    return QCoreApplication::translate("studio::magento", text);
}

// Error pages and messages worth reading are short; beyond these sizes only a prefix is inspected.
constexpr qsizetype InspectBytes = 64 * 1024;
constexpr qsizetype MaxJsonParseBytes = 8 * 1024 * 1024;
constexpr qsizetype ExcerptChars = 200;

QString scalarText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::abs(number) < 9.0e15 && number == double(qint64(number)))
            return QString::number(qint64(number));
        return QString::number(number, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("1") : QString(); // as PHP casts booleans to strings
    case QJsonValue::Array: {
        QStringList parts;
        const QJsonArray array = value.toArray();
        for (const QJsonValue& item : array)
            parts << scalarText(item);
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return QString();
    }
}

bool isCanonicalIndex(const QString& key)
{
    if (key.isEmpty() || key.size() > 9 || (key.size() > 1 && key.at(0) == u'0'))
        return false;
    return std::all_of(key.begin(), key.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString oneLine(const QString& text, qsizetype maxChars = ExcerptChars)
{
    QString simplified = text.simplified();
    if (simplified.size() > maxChars)
        simplified = simplified.left(maxChars).trimmed() + QChar(0x2026);
    return simplified;
}

QString sizeText(qsizetype bytes)
{
    return QLocale::system().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// Text of a body prefix: UTF-8 when valid, else Latin-1 (every byte is a character), so nothing is lost.
QString decodeText(QByteArrayView bytes, bool* validUtf8 = nullptr)
{
    // A stateful decoder keeps an incomplete character at the end in its state instead of flagging it, so a
    // prefix cut in the middle of a multi-byte character still counts as valid UTF-8.
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    const bool ok = !decoder.hasError();
    if (validUtf8)
        *validUtf8 = ok;
    if (ok)
        return text;
    return QString::fromLatin1(bytes.data(), bytes.size());
}

QString decodeEntities(QString text)
{
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
    QString out;
    qsizetype last = 0;
    auto it = numeric.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        bool ok = false;
        const uint code = match.captured(2).toUInt(&ok, match.captured(1).isEmpty() ? 10 : 16);
        out += text.mid(last, match.capturedStart() - last);
        if (ok && code > 0 && code <= 0x10FFFF) {
            const char32_t character = code;
            out += QString::fromUcs4(&character, 1);
        }
        last = match.capturedEnd();
    }
    out += text.mid(last);
    out.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    out.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    out.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    out.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    out.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    out.replace(QStringLiteral("&apos;"), QStringLiteral("'"));
    out.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return out;
}

QString stripTags(const QString& html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.replace(tags, QStringLiteral(" "));
    return decodeEntities(text).simplified();
}

QString firstElementText(const QString& html, const QString& element)
{
    const QRegularExpression pattern(QStringLiteral("<%1\\b[^>]*>(.*?)</%1\\s*>").arg(element),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = pattern.match(html);
    return match.hasMatch() ? stripTags(match.captured(1)) : QString();
}

QString visibleText(const QString& html)
{
    static const QRegularExpression scripts(QStringLiteral("<(script|style)\\b[^>]*>.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    QString text = html;
    text.replace(scripts, QStringLiteral(" "));
    return stripTags(text);
}

bool containsAny(const QString& text, std::initializer_list<const char*> needles)
{
    for (const char* needle : needles) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString htmlHint(int status, const QString& title, const QString& html)
{
    const QString both = title + u' ' + html;
    if (containsAny(
            both, {"Service Temporarily Unavailable", "maintenance mode", "under maintenance", "down for maintenance"})
        || (status == 503 && title.contains(QLatin1String("Error 503"))))
        return tr("Magento is probably in maintenance mode (bin/magento maintenance:status shows it; "
                  "maintenance:disable ends it, and allowed IP addresses bypass it). Try again later.");
    if (containsAny(both, {"cloudflare", "cf-ray", "Attention Required!", "Just a moment..."}))
        return tr("A Cloudflare firewall or bot check stopped the request before it reached Magento. Ask the shop's "
                  "administrators to allow the studio's IP address or the /rest/ path in the firewall rules.");
    if (containsAny(both, {"Incapsula incident", "Imperva"}))
        return tr("An Imperva (Incapsula) firewall stopped the request before it reached Magento. Ask the shop's "
                  "administrators to allow the studio's IP address for the API.");
    if (containsAny(both, {"Sucuri WebSite Firewall", "sucuri.net"}))
        return tr("The Sucuri firewall stopped the request before it reached Magento. Ask the shop's administrators "
                  "to allow the studio's IP address for the API.");
    if (containsAny(both, {"Mod_Security", "ModSecurity", "Not Acceptable!"}))
        return tr("A ModSecurity rule on the web server rejected the request (often because of the request body or "
                  "query). Ask the hosting provider to check the ModSecurity audit log.");
    if (containsAny(both, {"Request blocked", "cloudfront", "AWS WAF"}))
        return tr("An AWS firewall (CloudFront/WAF) blocked the request before it reached Magento. Ask the shop's "
                  "administrators to allow the studio's IP address or the /rest/ path.");
    if (containsAny(both, {"Guru Mediation", "Fastly error", "Varnish cache server", "Backend is unhealthy"}))
        return tr("The CDN or Varnish cache in front of Magento got no usable answer from the shop (a PHP error, "
                  "timeout or overload). Try again; if it persists, the shop's logs tell why.");
    if (containsAny(both, {"Reference #", "Access Denied"}) && status == 403)
        return tr("A firewall (this page looks like Akamai's) denied the request before it reached Magento. Ask the "
                  "shop's administrators to allow the studio's IP address for the API.");
    if (containsAny(both, {"Magento Admin", "admin__field", "Adobe Commerce Admin"}))
        return tr("This is the Magento admin login page, not the web API: check the endpoint's base URL.");
    if (status == 502 || status == 504)
        return tr("A proxy in front of Magento could not get an answer from it in time (PHP-FPM down, overloaded or "
                  "too slow). Try again later; for large requests use smaller pages or async bulk.");
    if (status == 503)
        return tr("The server is temporarily unavailable (maintenance or overload). Try again later.");
    if (status == 404)
        return tr("The web server has no such page: the base URL may be wrong, or /rest is not routed to Magento "
                  "(check the web server's rewrite rules, or add index.php/ to the base URL).");
    if (status == 401 || status == 403)
        return tr("The web server (not Magento) refused access; it may be protected by HTTP basic authentication or "
                  "an IP allow-list.");
    if (status >= 200 && status < 300)
        return tr("The base URL probably points at a web page rather than at Magento's web API.");
    if (status >= 300 && status < 400)
        return tr("The server redirects the request (for example from http to https, or to a login page). Use the "
                  "final address as the base URL.");
    return {};
}

QString statusHint(const MagentoError& error)
{
    const QString& raw = error.messageTemplate.isEmpty() ? error.message : error.messageTemplate;
    if (raw.contains(QLatin1String("isn't authorized to access"), Qt::CaseInsensitive))
        return tr("Magento treated the request as coming from a guest. The token may have expired or been revoked, "
                  "the integration or admin role may lack access to this resource, or an integration access token "
                  "was sent as a Bearer token while \"Allow OAuth Access Tokens to be used as standalone Bearer "
                  "tokens\" is off (the default since 2.4.4): sign with OAuth 1.0a instead.");
    if (raw.contains(QLatin1String("signature is invalid"), Qt::CaseInsensitive))
        return tr("The OAuth signature did not match. Check the consumer secret and access token secret, and that "
                  "the base URL (scheme, host, port and path) is exactly the address Magento sees.");
    if (raw.contains(QLatin1String("oauth_timestamp"), Qt::CaseInsensitive))
        return tr("Magento refused the request's timestamp: check that this computer's clock is correct.");
    if (raw.contains(QLatin1String("nonce is already being used"), Qt::CaseInsensitive))
        return tr("The OAuth nonce was used before: a request was replayed unchanged. Send it again to sign it anew.");
    if (raw.contains(QLatin1String("Signature method"), Qt::CaseInsensitive))
        return tr("Magento accepts only HMAC-SHA256 and HMAC-SHA1 signatures.");
    if (raw.contains(QLatin1String("sign-in was incorrect"), Qt::CaseInsensitive)
        || raw.contains(QLatin1String("did not sign in correctly"), Qt::CaseInsensitive))
        return tr("Check the user name and password. After 6 failed attempts Magento locks the account for 30 "
                  "minutes.");
    if (raw.contains(QLatin1String("does not match any route"), Qt::CaseInsensitive))
        return tr("Magento has no route for this method and path. Check the path and the method, and the store code: "
                  "an unknown store code gives this answer too.");
    if (raw.contains(QLatin1String("Unknown connection name amqp"), Qt::CaseInsensitive))
        return tr("Async and bulk requests need a message queue: this Magento has no AMQP (RabbitMQ) connection "
                  "configured in app/etc/env.php.");
    if (raw.contains(QLatin1String("Maximum SearchCriteria pageSize"), Qt::CaseInsensitive))
        return tr("The store limits page sizes (web API input limits). Use a smaller page size.");
    if (raw.contains(QLatin1String("Maximum items of type"), Qt::CaseInsensitive))
        return tr("The store limits how many items one request may carry (web API input limits). Send fewer items "
                  "per request, or use async bulk.");
    if (!error.reportId.isEmpty())
        return error.reportId.startsWith(QLatin1String("webapi-"))
            ? tr("Magento hid the cause of this error. An administrator finds it in var/log/exception.log by "
                 "searching for %1.")
                  .arg(error.reportId)
            : tr("Magento hid the cause of this error. An administrator finds it in var/report/api/%1.")
                  .arg(error.reportId);
    switch (error.httpStatus) {
    case 429:
        return tr("The shop (or a proxy in front of it) limits the request rate. Wait and try again; lower the "
                  "endpoint's rate limit to avoid this.");
    case 401:
        return tr("The credentials were not accepted. Check the endpoint's authentication settings.");
    default:
        return {};
    }
}

void detectTwoFactor(MagentoError& error)
{
    const QString& raw = error.messageTemplate.isEmpty() ? error.message : error.messageTemplate;
    if (raw.contains(QLatin1String("2fa provider-specific endpoints"), Qt::CaseInsensitive)) {
        error.twoFactorRequired = true;
        const QJsonValue providers = error.parameters.toObject().value(QStringLiteral("active_providers"));
        const QJsonArray list = providers.toArray();
        for (const QJsonValue& provider : list) {
            // Newer versions send codes, the oldest sent provider objects.
            const QString code = provider.isString() ? provider.toString()
                                                     : provider.toObject().value(QStringLiteral("code")).toString();
            if (!code.isEmpty())
                error.twoFactorProviders << code;
        }
        const QString provider
            = error.twoFactorProviders.isEmpty() ? QStringLiteral("google") : error.twoFactorProviders.first();
        const QString route = provider == u"u2fkey" ? QStringLiteral("/V1/tfa/provider/u2fkey/verify")
                                                    : QStringLiteral("/V1/tfa/provider/%1/authenticate").arg(provider);
        error.hint = tr("This admin account uses two-factor authentication, so /V1/integration/admin/token does not "
                        "issue tokens. Use an integration (OAuth 1.0a) for automated access, or get the token from "
                        "POST %1 with the user name, password and a current one-time code (otp).")
                         .arg(route);
        return;
    }
    if (raw.contains(QLatin1String("configure personal Two-Factor Authorization"), Qt::CaseInsensitive)
        || raw.contains(QLatin1String("configure 2FA first"), Qt::CaseInsensitive)) {
        error.twoFactorRequired = true;
        error.hint = tr("This admin account has not set up two-factor authentication yet, so Magento does not issue "
                        "tokens for it. Log in to the admin once to set it up, or use an integration (OAuth 1.0a).");
    }
}

void findReportId(MagentoError& error)
{
    static const QRegularExpression webapi(QStringLiteral("Report ID:\\s*(webapi-[0-9a-zA-Z.]+)"));
    static const QRegularExpression api(QStringLiteral("report api/([0-9]+)"));
    QRegularExpressionMatch match = webapi.match(error.message);
    if (!match.hasMatch())
        match = api.match(error.message);
    if (match.hasMatch())
        error.reportId = match.captured(1);
}

QString traceText(const QJsonValue& trace)
{
    if (trace.isString())
        return trace.toString();
    if (trace.isArray()) {
        QStringList lines;
        const QJsonArray frames = trace.toArray();
        for (const QJsonValue& frame : frames)
            lines << (frame.isString()
                    ? frame.toString()
                    : QString::fromUtf8(QJsonDocument(frame.toObject()).toJson(QJsonDocument::Compact)));
        return lines.join(u'\n');
    }
    return {};
}

void readMagentoObject(MagentoError& error, const QJsonObject& object)
{
    error.bodyKind = BodyKind::MagentoJson;
    error.messageTemplate = object.value(QStringLiteral("message")).toString();
    error.parameters = object.value(QStringLiteral("parameters"));
    error.message = fillPlaceholders(error.messageTemplate, error.parameters);
    const QJsonArray errors = object.value(QStringLiteral("errors")).toArray();
    for (const QJsonValue& item : errors) {
        const QJsonObject sub = item.toObject();
        const QString text = item.isString() ? item.toString()
                                             : fillPlaceholders(sub.value(QStringLiteral("message")).toString(),
                                                 sub.value(QStringLiteral("parameters")));
        if (!text.isEmpty())
            error.details << text;
    }
    error.code = object.value(QStringLiteral("code")).toVariant().toInt();
    error.trace = traceText(object.value(QStringLiteral("trace")));
}

// {"messages":{"error":[{"code":500,"message":"...","trace":"..."}]}} from ErrorProcessor::renderErrorMessage.
bool readRenderedError(MagentoError& error, const QJsonObject& object)
{
    const QJsonArray list
        = object.value(QStringLiteral("messages")).toObject().value(QStringLiteral("error")).toArray();
    if (list.isEmpty() || !list.first().isObject())
        return false;
    const QJsonObject first = list.first().toObject();
    error.bodyKind = BodyKind::MagentoJson;
    error.messageTemplate = first.value(QStringLiteral("message")).toString();
    error.message = error.messageTemplate;
    error.code = first.value(QStringLiteral("code")).toVariant().toInt();
    error.trace = traceText(first.value(QStringLiteral("trace")));
    for (qsizetype i = 1; i < list.size(); ++i)
        error.details << list.at(i).toObject().value(QStringLiteral("message")).toString();
    return true;
}

// "message": "..." from the readable prefix of JSON that does not parse as a whole.
QString salvageMessage(QByteArrayView bytes)
{
    static const QRegularExpression pattern(QStringLiteral("\"message\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\")"));
    const QString text = decodeText(bytes.first(std::min<qsizetype>(bytes.size(), InspectBytes)));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + match.captured(1).toUtf8() + QByteArray("]"));
    return doc.array().at(0).toString();
}

bool readXml(MagentoError& error, QByteArrayView bytes)
{
    QXmlStreamReader reader(bytes.first(std::min<qsizetype>(bytes.size(), InspectBytes)).toByteArray());
    QString message;
    QJsonObject parameters;
    QStringList path;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            path << reader.name().toString();
            if (path.size() >= 2 && path.at(path.size() - 2) == u"parameters") {
                parameters.insert(path.last(), reader.readElementText(QXmlStreamReader::IncludeChildElements));
                path.removeLast();
            } else if (path.last() == u"message" && message.isEmpty()) {
                message = reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                path.removeLast();
            } else if (path.last() == u"trace" && error.trace.isEmpty()) {
                error.trace = reader.readElementText(QXmlStreamReader::IncludeChildElements);
                path.removeLast();
            }
        } else if (token == QXmlStreamReader::EndElement && !path.isEmpty()) {
            path.removeLast();
        }
    }
    if (message.isEmpty())
        return false;
    error.bodyKind = BodyKind::Xml;
    error.messageTemplate = message;
    error.parameters = parameters.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(parameters);
    error.message = fillPlaceholders(message, error.parameters);
    return true;
}

void readHtml(MagentoError& error, QByteArrayView bytes)
{
    const QString html = decodeText(bytes.first(std::min<qsizetype>(bytes.size(), InspectBytes)));
    error.bodyKind = BodyKind::Html;
    QString title = firstElementText(html, QStringLiteral("title"));
    if (title.isEmpty())
        title = firstElementText(html, QStringLiteral("h1"));
    error.pageTitle = oneLine(title, 120);
    error.message = error.pageTitle.isEmpty()
        ? tr("The server answered with an HTML page instead of JSON.")
        : tr("The server answered with an HTML page instead of JSON (title: \"%1\").").arg(error.pageTitle);
    error.hint = htmlHint(error.httpStatus, title, visibleText(html));
}

bool looksBinary(QByteArrayView bytes)
{
    const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 4096));
    qsizetype control = 0;
    for (const char c : head) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == 0)
            return true;
        if (byte < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ++control;
    }
    return control * 10 > head.size();
}

} // namespace

QString fillPlaceholders(const QString& text, const QJsonValue& parameters)
{
    QList<QPair<QString, QString>> pairs; // placeholder without '%', replacement
    if (parameters.isArray()) {
        const QJsonArray array = parameters.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            pairs.append({QString::number(i + 1), scalarText(array.at(i))});
    } else if (parameters.isObject()) {
        const QJsonObject object = parameters.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = isCanonicalIndex(it.key()) ? QString::number(it.key().toLongLong() + 1) : it.key();
            pairs.append({key, scalarText(it.value())});
        }
    }
    if (pairs.isEmpty() || !text.contains(u'%'))
        return text;
    // strtr(): at each position the longest key wins, and replaced text is not scanned again.
    std::stable_sort(
        pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) == u'%') {
            bool replaced = false;
            for (const auto& [key, value] : pairs) {
                if (!key.isEmpty() && QStringView(text).sliced(i + 1).startsWith(key)) {
                    out += value;
                    i += 1 + key.size();
                    replaced = true;
                    break;
                }
            }
            if (replaced)
                continue;
        }
        out += text.at(i);
        ++i;
    }
    return out;
}

MagentoError decodeError(int httpStatus, const QByteArray& body, const QByteArray& contentType)
{
    MagentoError error;
    error.httpStatus = httpStatus;

    QByteArrayView bytes(body);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    qsizetype start = 0;
    while (start < bytes.size() && QChar::isSpace(uchar(bytes.at(start))))
        ++start;
    qsizetype end = bytes.size();
    while (end > start && QChar::isSpace(uchar(bytes.at(end - 1))))
        --end;
    bytes = bytes.sliced(start, end - start);

    if (bytes.isEmpty()) {
        error.bodyKind = BodyKind::Empty;
        error.message = httpStatus > 0 ? tr("The server answered HTTP %1 with an empty body.").arg(httpStatus)
                                       : tr("The server's answer was empty.");
        if (httpStatus == 401 || httpStatus == 403)
            error.hint = tr("An empty 401/403 answer usually comes from the web server or a proxy (basic "
                            "authentication, IP allow-list), not from Magento.");
        else if (httpStatus >= 500)
            error.hint = tr("An empty server error usually means PHP crashed or ran out of memory or time; the "
                            "shop's web server and PHP logs tell why.");
        else if (httpStatus >= 300 && httpStatus < 400)
            error.hint = htmlHint(httpStatus, QString(), QString());
        return error;
    }

    const char first = bytes.at(0);
    if (bytes.startsWith("\x1F\x8B") || looksBinary(bytes)) {
        error.bodyKind = BodyKind::Binary;
        error.message = bytes.startsWith("\x1F\x8B")
            ? tr("The server answered with compressed (gzip) data that was not decompressed (%1).")
                  .arg(sizeText(body.size()))
            : tr("The server answered with %1 of binary data instead of JSON.").arg(sizeText(body.size()));
        return error;
    }

    if (first == '{' || first == '[' || first == '"') {
        if (bytes.size() > MaxJsonParseBytes) {
            error.bodyKind = BodyKind::UnreadableJson;
            const QString salvaged = salvageMessage(bytes);
            error.message = salvaged.isEmpty()
                ? tr("The server answered with %1 of JSON, too large to be an error message.")
                      .arg(sizeText(body.size()))
                : salvaged;
            findReportId(error);
            error.hint = statusHint(error);
            return error;
        }
        // Qt 6.4 reads only objects and arrays as documents; a bare value is read as the element of a list.
        const bool bare = first == '"';
        const QByteArray text = bare ? QByteArray("[") + bytes.toByteArray() + QByteArray("]") : bytes.toByteArray();
        QJsonParseError parseError;
        QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
        if (parseError.error == QJsonParseError::IllegalUTF8String) {
            // Some servers send Latin-1 text in JSON; read it as such rather than giving up.
            doc = QJsonDocument::fromJson(QString::fromLatin1(text).toUtf8(), &parseError);
        }
        if (bare) {
            if (parseError.error == QJsonParseError::NoError && doc.array().size() == 1
                && doc.array().at(0).isString()) {
                error.bodyKind = BodyKind::JsonString;
                error.message = doc.array().at(0).toString();
                if (error.message.trimmed().isEmpty())
                    error.message = tr("The server answered HTTP %1 with an empty error message.").arg(httpStatus);
                findReportId(error);
                detectTwoFactor(error);
                if (error.hint.isEmpty())
                    error.hint = statusHint(error);
                return error;
            }
            if (!bytes.endsWith("\"")) {
                // A bare string that was cut off: show what there is.
                error.bodyKind = BodyKind::UnreadableJson;
                error.message = tr("%1 (the answer was cut off)").arg(oneLine(decodeText(bytes.sliced(1)), 500));
                return error;
            }
            if (parseError.error == QJsonParseError::NoError)
                parseError.error = QJsonParseError::GarbageAtEnd;
            parseError.offset = std::max(0, parseError.offset - 1); // the '[' added above
        } else if (parseError.error == QJsonParseError::NoError) {
            if (doc.isObject()) {
                const QJsonObject object = doc.object();
                if (object.value(QStringLiteral("message")).isString()) {
                    readMagentoObject(error, object);
                } else if (!readRenderedError(error, object)) {
                    error.bodyKind = BodyKind::OtherJson;
                    error.message = tr("The server answered with JSON that is not a Magento error: %1")
                                        .arg(oneLine(QString::fromUtf8(doc.toJson(QJsonDocument::Compact))));
                }
            } else {
                error.bodyKind = BodyKind::OtherJson;
                error.message = tr("The server answered with a JSON list instead of an error message: %1")
                                    .arg(oneLine(QString::fromUtf8(doc.toJson(QJsonDocument::Compact))));
            }
            if (error.message.trimmed().isEmpty())
                error.message = tr("The server answered HTTP %1 with an empty error message.").arg(httpStatus);
            findReportId(error);
            detectTwoFactor(error);
            if (error.hint.isEmpty())
                error.hint = statusHint(error);
            return error;
        }
        error.bodyKind = BodyKind::UnreadableJson;
        const QString salvaged = salvageMessage(bytes);
        const QString reason = tr("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        error.message = salvaged.isEmpty()
            ? tr("The server's answer looks like JSON but cannot be read (%1); it may have been cut off.").arg(reason)
            : tr("%1 (read from JSON that cannot be parsed completely: %2; it may have been cut off)")
                  .arg(salvaged, reason);
        error.messageTemplate = salvaged;
        findReportId(error);
        detectTwoFactor(error);
        if (error.hint.isEmpty())
            error.hint = statusHint(error);
        return error;
    }

    if (first == '<') {
        const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 1024));
        const bool isHtml = head.toByteArray().toLower().contains("<html") || head.startsWith("<!")
            || contentType.toLower().contains("html");
        if (!isHtml && readXml(error, bytes)) {
            findReportId(error);
            detectTwoFactor(error);
            if (error.hint.isEmpty())
                error.hint = statusHint(error);
            return error;
        }
        readHtml(error, bytes);
        return error;
    }

    bool validUtf8 = true;
    const QString text = decodeText(bytes.first(std::min<qsizetype>(bytes.size(), InspectBytes)), &validUtf8);
    if (contentType.toLower().contains("html") || text.contains(QLatin1String("<html"), Qt::CaseInsensitive)) {
        readHtml(error, bytes);
        return error;
    }
    error.bodyKind = BodyKind::Text;
    error.message = validUtf8
        ? tr("The server answered with plain text instead of JSON: \"%1\"").arg(oneLine(text))
        : tr("The server answered with text that is not valid UTF-8 instead of JSON: \"%1\"").arg(oneLine(text));
    findReportId(error);
    error.hint = statusHint(error);
    return error;
}

QString MagentoError::summary() const
{
    QString text = message;
    if (!details.isEmpty())
        text += u' ' + details.join(u' ');
    if (httpStatus > 0)
        return tr("HTTP %1: %2").arg(httpStatus).arg(text);
    return text;
}

} // namespace studio::magento
