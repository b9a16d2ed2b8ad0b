#include "core/log/redactor.h"

#include <array>
#include <cstring>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QVarLengthArray>
#include <string_view>

namespace studio {

namespace {

/// "Access-Token", "access_token" and "accessToken" become "accesstoken".
QString normalizeKey(QStringView key)
{
    QString out;
    out.reserve(key.size());
    for (const QChar c : key) {
        if (c == u'-' || c == u'_' || c == u'.' || c == u' ')
            continue;
        out.append(c.toLower());
    }
    return out;
}

QRegularExpression globToRegex(const QString& glob)
{
    QString pattern;
    for (const QChar c : glob) {
        if (c == u'*')
            pattern += QStringLiteral(".*");
        else if (c == u'?')
            pattern += u'.';
        else
            pattern += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern), QRegularExpression::CaseInsensitiveOption);
}

/// The longest stretch of a glob without wildcards ("*/V1/integration/admin/token" -> "/V1/integration/admin/token").
QString longestLiteralRun(const QString& glob)
{
    QString longest;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= glob.size(); ++i) {
        if (i == glob.size() || glob[i] == u'*' || glob[i] == u'?') {
            if (i - start > longest.size())
                longest = glob.mid(start, i - start);
            start = i + 1;
        }
    }
    return longest;
}

/// True when a JSON string's raw text holds an escaped quote (`\"`): escaped JSON or inline arguments inside.
bool hasEscapedQuote(QByteArrayView raw)
{
    const char* const data = raw.data();
    const qsizetype size = raw.size();
    for (qsizetype i = 0; i + 1 < size;) {
        const void* found = std::memchr(data + i, '\\', size_t(size - i - 1));
        if (!found)
            return false;
        i = static_cast<const char*>(found) - data;
        if (data[i + 1] == '"')
            return true;
        ++i;
    }
    return false;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/// Decodes a JSON string literal body (without quotes); good enough for comparing key names.
QString decodeJsonString(QByteArrayView raw)
{
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\' || i + 1 >= raw.size()) {
            out.append(c);
            continue;
        }
        const char e = raw[++i];
        switch (e) {
        case 'n':
            out.append('\n');
            break;
        case 't':
            out.append('\t');
            break;
        case 'r':
            out.append('\r');
            break;
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'u':
            if (i + 4 < raw.size()) {
                bool ok = false;
                const uint code = QByteArray(raw.sliced(i + 1, 4).data(), 4).toUInt(&ok, 16);
                if (ok) {
                    out.append(QString(QChar(char16_t(code))).toUtf8());
                    i += 4;
                    break;
                }
            }
            out.append(e);
            break;
        default:
            out.append(e);
            break;
        }
    }
    return QString::fromUtf8(out);
}

/// End (exclusive) of the JSON string starting at `quote` (the opening quote), or size() when unterminated.
qsizetype endOfString(const QByteArray& text, qsizetype quote)
{
    const char* const data = text.constData();
    const qsizetype size = text.size();
    for (qsizetype i = quote + 1; i < size; ++i) {
        if (data[i] == '\\')
            ++i;
        else if (data[i] == '"')
            return i + 1;
    }
    return size;
}

/// End (exclusive) of the JSON value starting at `start`; tolerant of malformed input.
qsizetype endOfValue(const QByteArray& text, qsizetype start)
{
    if (start >= text.size())
        return start;
    const char first = text[start];
    if (first == '"')
        return endOfString(text, start);
    if (first == '{' || first == '[') {
        int depth = 0;
        for (qsizetype i = start; i < text.size(); ++i) {
            const char c = text[i];
            if (c == '"') {
                i = endOfString(text, i) - 1;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return i + 1;
            }
        }
        return text.size();
    }
    qsizetype i = start;
    while (i < text.size() && text[i] != ',' && text[i] != '}' && text[i] != ']' && !isSpace(text[i]))
        ++i;
    return i;
}

/// A JSON string literal (with quotes) for UTF-8 text.
QByteArray encodeJsonString(const QByteArray& utf8)
{
    const QByteArray array = QJsonDocument(QJsonArray {QString::fromUtf8(utf8)}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

bool looksLikeForm(const QByteArray& body)
{
    if (body.isEmpty() || !body.contains('='))
        return false;
    for (const char c : body) {
        if (isSpace(c) || c == '"' || c == '{' || c == '<')
            return false;
    }
    return true;
}

QByteArray headerValue(const HeaderList& headers, QByteArrayView lowerName)
{
    for (const auto& [name, value] : headers) {
        if (name.compare(lowerName, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

/// Every segment of a parameter name: "user[password]" -> user, password.
QList<QStringView> keySegments(QStringView key)
{
    QList<QStringView> segments;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= key.size(); ++i) {
        if (i == key.size() || key[i] == u'[' || key[i] == u']') {
            if (i > start)
                segments.append(key.mid(start, i - start));
            start = i + 1;
        }
    }
    return segments;
}

} // namespace

Redactor::Redactor(RedactionPolicy policy)
    : m_policy(std::move(policy))
{
    for (const QString& key : std::as_const(m_policy.sensitiveKeys)) {
        m_exactKeys.append(normalizeKey(key));
        m_exactKeyBytes.insert(m_exactKeys.last().toUtf8());
    }
    for (const QString& part : std::as_const(m_policy.sensitiveKeyParts)) {
        m_keyParts.append(normalizeKey(part));
        m_keyPartBytes.append(m_keyParts.last().toUtf8());
    }
    for (const QString& kept : std::as_const(m_policy.keptOAuthParameters)) {
        m_keptOAuth.append(kept.toLower());
        m_keptOAuthBytes.append(m_keptOAuth.last().toUtf8());
    }
    bool runsUsable = true;
    for (const QString& glob : std::as_const(m_policy.tokenEndpointPaths)) {
        m_tokenPaths.append(globToRegex(glob));
        const QString run = longestLiteralRun(glob);
        for (const QChar c : run)
            runsUsable = runsUsable && c.unicode() < 0x80;
        m_tokenPathRuns.append(run.toLower().toLatin1());
    }
    // Runs with other characters could match case-insensitively in ways plain ASCII comparison does not
    // foresee: then every URL takes the full check.
    if (!runsUsable)
        m_tokenPathRuns.clear();
    for (auto* list :
        {&m_policy.authorizationHeaders, &m_policy.cookieHeaders, &m_policy.secretHeaders, &m_policy.urlHeaders}) {
        for (QByteArray& name : *list)
            name = name.toLower();
    }
}

void Redactor::addLiteral(const QByteArray& secret)
{
    if (secret.size() < 6)
        return;
    std::lock_guard lock(m_literalsMutex);
    if (!m_literals.contains(secret))
        m_literals.append(secret);
}

bool Redactor::isSensitiveKey(QStringView key) const
{
    for (const QStringView segment : keySegments(key)) {
        const QString lower = segment.toString().toLower();
        if (lower.startsWith(u"oauth_"))
            return !m_keptOAuth.contains(lower);
        const QString normalized = normalizeKey(segment);
        if (m_exactKeys.contains(normalized))
            return true;
        for (const QString& part : m_keyParts) {
            if (normalized.contains(part))
                return true;
        }
    }
    return false;
}

bool Redactor::isSensitiveHeader(const QByteArray& lowerName) const
{
    if (m_policy.secretHeaders.contains(lowerName))
        return true;
    return isSensitiveRawKey(lowerName);
}

bool Redactor::isTokenEndpoint(const QString& url) const
{
    // Most URLs are no token endpoint, and parsing one and running every pattern costs more than the rest of
    // the redaction. An exact shortcut: a path matches a pattern only if it contains the pattern's longest
    // literal run (case-insensitively), and in a URL of plain ASCII without '%' the decoded path is a part of
    // the URL's text. So when such a URL contains none of the runs, no pattern can match it.
    if (m_policy.tokenUrls.isEmpty() && !m_tokenPathRuns.isEmpty()) {
        QVarLengthArray<char, 512> lower(url.size());
        bool plain = true;
        for (qsizetype i = 0; i < url.size() && plain; ++i) {
            const char16_t c = url[i].unicode();
            plain = c < 0x80 && c != u'%';
            lower[i] = char((c >= u'A' && c <= u'Z') ? c + 32 : c);
        }
        if (plain) {
            bool possible = false;
            for (const QByteArray& run : m_tokenPathRuns) {
                if (memmem(lower.constData(), size_t(lower.size()), run.constData(), size_t(run.size()))) {
                    possible = true;
                    break;
                }
            }
            if (!possible)
                return false;
        }
    }
    const QUrl parsed(url);
    const QString path = parsed.path(QUrl::FullyDecoded);
    for (const QRegularExpression& pattern : m_tokenPaths) {
        if (pattern.match(path).hasMatch())
            return true;
    }
    for (const QString& tokenUrl : m_policy.tokenUrls) {
        const QUrl token(tokenUrl);
        if (token.scheme().compare(parsed.scheme(), Qt::CaseInsensitive) == 0
            && token.host().compare(parsed.host(), Qt::CaseInsensitive) == 0 && token.port() == parsed.port()
            && token.path() == parsed.path())
            return true;
    }
    return false;
}

QByteArray Redactor::redactForm(const QByteArray& form) const
{
    const QList<QByteArray> pairs = form.split('&');
    QByteArray out;
    out.reserve(form.size());
    bool first = true;
    for (const QByteArray& pair : pairs) {
        if (!first)
            out.append('&');
        first = false;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray rawKey = eq < 0 ? pair : pair.left(eq);
        QByteArray decodedKey = rawKey;
        decodedKey.replace('+', ' ');
        const QString key = QString::fromUtf8(QByteArray::fromPercentEncoding(decodedKey));
        if (eq >= 0 && isSensitiveKey(key))
            out.append(rawKey).append('=').append(m_policy.marker);
        else
            out.append(pair);
    }
    return out;
}

QString Redactor::redactUrl(const QString& url) const
{
    QString result = url;
    // user:password@ in the authority
    const qsizetype schemeEnd = result.indexOf(u"://");
    if (schemeEnd > 0) {
        const qsizetype authorityStart = schemeEnd + 3;
        qsizetype authorityEnd = result.size();
        for (const QChar stop : {u'/', u'?', u'#'}) {
            const qsizetype at = result.indexOf(stop, authorityStart);
            if (at >= 0 && at < authorityEnd)
                authorityEnd = at;
        }
        const qsizetype atSign = result.lastIndexOf(u'@', authorityEnd - 1);
        if (atSign >= authorityStart) {
            const qsizetype colon = result.indexOf(u':', authorityStart);
            if (colon >= 0 && colon < atSign)
                result.replace(colon + 1, atSign - colon - 1, QString::fromLatin1(m_policy.marker));
        }
    }
    const qsizetype question = result.indexOf(u'?');
    if (question >= 0) {
        qsizetype end = result.indexOf(u'#', question);
        if (end < 0)
            end = result.size();
        const QByteArray query = result.mid(question + 1, end - question - 1).toUtf8();
        result.replace(question + 1, end - question - 1, QString::fromUtf8(redactForm(query)));
    }
    return result;
}

QByteArray Redactor::redactAuthorization(const QByteArray& value) const
{
    const QByteArray trimmed = value.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    if (space < 0)
        return m_policy.marker;
    const QByteArray scheme = trimmed.left(space);
    if (scheme.compare("OAuth", Qt::CaseInsensitive) != 0)
        return scheme + ' ' + m_policy.marker;
    // OAuth k="v", k="v": hide each value except the harmless ones.
    QByteArray out = scheme + ' ';
    const QList<QByteArray> params = trimmed.mid(space + 1).split(',');
    bool first = true;
    for (const QByteArray& param : params) {
        const QByteArray p = param.trimmed();
        if (!first)
            out.append(", ");
        first = false;
        const qsizetype eq = p.indexOf('=');
        if (eq < 0) {
            out.append(m_policy.marker);
            continue;
        }
        const QByteArray key = p.left(eq).trimmed();
        const QString lowerKey = QString::fromLatin1(key).toLower();
        const bool keep = lowerKey == u"realm" || m_keptOAuth.contains(lowerKey);
        if (keep)
            out.append(p);
        else
            out.append(key).append("=\"").append(m_policy.marker).append('"');
    }
    return out;
}

QByteArray Redactor::redactCookies(const QByteArray& value, bool setCookie) const
{
    // Cookie: a=1; b=2   Set-Cookie: a=1; Path=/; HttpOnly  (only the first pair is the cookie)
    const QList<QByteArray> parts = value.split(';');
    QByteArray out;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            out.append(';');
        const QByteArray& part = parts[i];
        const bool isCookiePair = !setCookie || i == 0;
        const qsizetype eq = part.indexOf('=');
        if (isCookiePair && eq >= 0)
            out.append(part.left(eq + 1)).append(m_policy.marker);
        else if (isCookiePair)
            out.append(m_policy.marker);
        else
            out.append(part);
    }
    return out;
}

QByteArray Redactor::redactHeaderValue(const QByteArray& name, const QByteArray& value) const
{
    const QByteArray lower = name.trimmed().toLower();
    if (m_policy.authorizationHeaders.contains(lower))
        return redactAuthorization(value);
    if (m_policy.cookieHeaders.contains(lower))
        return redactCookies(value, lower.startsWith("set-"));
    if (isSensitiveHeader(lower))
        return m_policy.marker;
    if (m_policy.urlHeaders.contains(lower))
        return redactUrl(QString::fromUtf8(value)).toUtf8();
    return value;
}

bool Redactor::isSensitiveRawKey(QByteArrayView raw) const
{
    // Fast path for the common case (plain ASCII key without escapes or brackets): no allocation.
    char normalized[128];
    char lower[128];
    qsizetype length = 0;
    if (raw.size() >= qsizetype(sizeof(normalized)))
        return isSensitiveKey(decodeJsonString(raw));
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const auto c = static_cast<unsigned char>(raw[i]);
        if (c == '\\' || c == '[' || c >= 0x80)
            return isSensitiveKey(decodeJsonString(raw));
        lower[i] = char((c >= 'A' && c <= 'Z') ? c + 32 : c);
        if (c != '-' && c != '_' && c != '.' && c != ' ')
            normalized[length++] = lower[i];
    }
    const std::string_view lowerKey(lower, size_t(raw.size()));
    if (lowerKey.substr(0, 6) == "oauth_") {
        for (const QByteArray& kept : m_keptOAuthBytes) {
            if (lowerKey == std::string_view(kept.constData(), size_t(kept.size())))
                return false;
        }
        return true;
    }
    if (m_exactKeyBytes.contains(QByteArray::fromRawData(normalized, length)))
        return true;
    for (const QByteArray& part : m_keyPartBytes) {
        if (memmem(normalized, size_t(length), part.constData(), size_t(part.size())))
            return true;
    }
    return false;
}

QByteArray Redactor::redactInlineArguments(QByteArrayView escaped) const
{
    // name: \"value\" inside a JSON string (the quotes of the inner literal are escaped).
    static const QRegularExpression argument(QStringLiteral(R"(([A-Za-z_][A-Za-z0-9_]*)(\s*:\s*)\\"(.*?)\\")"));
    const QString text = QString::fromUtf8(escaped);
    QString result;
    qsizetype copiedUpTo = 0;
    bool changed = false;
    QRegularExpressionMatchIterator it = argument.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (!isSensitiveKey(match.capturedView(1)))
            continue;
        result += QStringView(text).sliced(copiedUpTo, match.capturedStart(3) - copiedUpTo);
        result += QString::fromLatin1(m_policy.marker);
        copiedUpTo = match.capturedEnd(3);
        changed = true;
    }
    if (!changed)
        return {};
    result += QStringView(text).sliced(copiedUpTo);
    return result.toUtf8();
}

QByteArray Redactor::redactJson(const QByteArray& json) const
{
    // Built only once something is replaced: most bodies hold no secret and are returned as they are.
    QByteArray out;
    bool changed = false;
    const QByteArray replacement = '"' + m_policy.marker + '"';
    const char* const data = json.constData();
    const qsizetype size = json.size();
    // The same few keys repeat throughout a body ("sku", "value", ...): remember recent verdicts.
    struct Verdict
    {
        QByteArrayView key;
        bool sensitive = false;
    };
    std::array<Verdict, 16> recent;
    size_t recentCount = 0;
    size_t recentNext = 0;
    auto sensitive = [&](QByteArrayView key) {
        for (size_t r = 0; r < recentCount; ++r) {
            if (recent[r].key.size() == key.size()
                && std::memcmp(recent[r].key.data(), key.data(), size_t(key.size())) == 0)
                return recent[r].sensitive;
        }
        const bool verdict = isSensitiveRawKey(key);
        recent[recentNext] = Verdict {key, verdict};
        recentNext = (recentNext + 1) % recent.size();
        recentCount = qMin(recentCount + 1, recent.size());
        return verdict;
    };
    qsizetype i = 0;
    qsizetype copied = 0; // json[copied, i) not yet appended
    auto copyUpTo = [&](qsizetype end) {
        if (!changed) {
            out.reserve(size + 64);
            changed = true;
        }
        out.append(data + copied, end - copied);
    };
    while (i < size) {
        const void* quote = std::memchr(data + i, '"', size_t(size - i));
        if (!quote)
            break;
        i = static_cast<const char*>(quote) - data;
        const qsizetype stringEnd = endOfString(json, i);
        qsizetype after = stringEnd;
        while (after < size && isSpace(data[after]))
            ++after;
        const QByteArrayView raw(data + i + 1, qMax<qsizetype>(0, stringEnd - i - 2));
        if (after >= size || data[after] != ':') {
            // A string value. One that holds escaped JSON (Magento's bulk "serialized_data") is redacted
            // inside too.
            if (hasEscapedQuote(raw)) {
                const QByteArray inner = decodeJsonString(raw).toUtf8();
                const QByteArray trimmed = inner.trimmed();
                if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
                    const QByteArray redacted = redactJson(inner);
                    if (redacted != inner) {
                        copyUpTo(i);
                        out.append(encodeJsonString(redacted));
                        copied = stringEnd;
                    }
                } else {
                    // GraphQL sends arguments inline: {"query": "mutation { generateCustomerToken(email:
                    // \"a@b\", password: \"...\") { token } }"}.
                    const QByteArray redacted = redactInlineArguments(raw);
                    if (!redacted.isNull()) {
                        copyUpTo(i + 1);
                        out.append(redacted);
                        copied = stringEnd - 1;
                    }
                }
            }
            i = stringEnd;
            continue;
        }
        // A key: check it, and if sensitive replace the value that follows the colon.
        qsizetype valueStart = after + 1;
        while (valueStart < size && isSpace(data[valueStart]))
            ++valueStart;
        if (!sensitive(raw)) {
            i = valueStart;
            continue;
        }
        const qsizetype valueEnd = endOfValue(json, valueStart);
        copyUpTo(valueStart);
        out.append(replacement);
        copied = valueEnd;
        i = valueEnd;
    }
    if (!changed)
        return json;
    out.append(data + copied, size - copied);
    return out;
}

QByteArray Redactor::redactBody(const QByteArray& body, const QByteArray& contentType) const
{
    if (body.isEmpty())
        return body;
    const QByteArray type = contentType.toLower();
    qsizetype first = 0;
    while (first < body.size() && isSpace(body[first]))
        ++first;
    const char lead = first < body.size() ? body[first] : '\0';
    if (type.contains("json") || lead == '{' || lead == '[')
        return redactJson(body);
    if (type.contains("x-www-form-urlencoded") || looksLikeForm(body))
        return redactForm(body);
    if (type.startsWith("multipart/"))
        return redactMultipart(body);
    QByteArray result = body;
    if (type.contains("xml") || lead == '<')
        result = redactXml(result);
    // Other text (HTML, plain, XML with embedded JSON): JSON-looking fragments inside are still caught.
    if (result.contains("\":"))
        result = redactJson(result);
    return result;
}

QByteArray Redactor::redactXml(const QByteArray& xml) const
{
    // <password>..</password>, <ns:apiKey>..</ns:apiKey> (SOAP): the text of elements with a sensitive name.
    static const QRegularExpression element(QStringLiteral(R"(<((?:[\w.-]+:)?([\w.-]+))(\s[^<>]*)?>([^<]*)</\1\s*>)"));
    const QString text = QString::fromUtf8(xml);
    QString result;
    qsizetype copiedUpTo = 0;
    bool changed = false;
    QRegularExpressionMatchIterator it = element.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength(4) == 0 || !isSensitiveKey(match.capturedView(2)))
            continue;
        result += QStringView(text).sliced(copiedUpTo, match.capturedStart(4) - copiedUpTo);
        result += QString::fromLatin1(m_policy.marker);
        copiedUpTo = match.capturedEnd(4);
        changed = true;
    }
    if (!changed)
        return xml;
    result += QStringView(text).sliced(copiedUpTo);
    return result.toUtf8();
}

QByteArray Redactor::redactMultipart(const QByteArray& body) const
{
    // Each part: headers (Content-Disposition: form-data; name="password"), a blank line, the value, then
    // CRLF and the next boundary. Parts with a sensitive name lose their value.
    QByteArray out;
    qsizetype at = 0;
    bool changed = false;
    while (at < body.size()) {
        const qsizetype name = body.indexOf("name=\"", at);
        if (name < 0)
            break;
        const qsizetype nameEnd = body.indexOf('"', name + 6);
        qsizetype headersEnd = body.indexOf("\r\n\r\n", name);
        qsizetype separator = 4;
        if (headersEnd < 0) {
            headersEnd = body.indexOf("\n\n", name);
            separator = 2;
        }
        if (nameEnd < 0 || headersEnd < 0 || nameEnd > headersEnd)
            break;
        const qsizetype valueStart = headersEnd + separator;
        qsizetype valueEnd = body.indexOf("\r\n--", valueStart);
        if (valueEnd < 0)
            valueEnd = body.indexOf("\n--", valueStart);
        if (valueEnd < 0)
            valueEnd = body.size();
        const QString partName = QString::fromUtf8(body.mid(name + 6, nameEnd - name - 6));
        if (isSensitiveKey(partName)) {
            out.append(QByteArrayView(body).sliced(qMin(at, valueStart), valueStart - qMin(at, valueStart)));
            out.append(m_policy.marker);
            changed = true;
        } else {
            out.append(QByteArrayView(body).sliced(at, valueEnd - at));
        }
        at = valueEnd;
    }
    if (!changed)
        return body;
    out.append(QByteArrayView(body).sliced(at));
    return out;
}

QByteArray Redactor::scrubLiterals(QByteArray bytes) const
{
    std::lock_guard lock(m_literalsMutex);
    for (const QByteArray& literal : m_literals)
        bytes.replace(literal, m_policy.marker);
    return bytes;
}

QString Redactor::scrubLiterals(const QString& text) const
{
    {
        std::lock_guard lock(m_literalsMutex);
        if (m_literals.isEmpty())
            return text;
    }
    return QString::fromUtf8(scrubLiterals(text.toUtf8()));
}

void Redactor::redact(LogEntry& entry) const
{
    const bool tokenEndpoint = isTokenEndpoint(entry.url);
    entry.url = scrubLiterals(redactUrl(entry.url));
    // Header lists are often shared with the caller's copy: write (and so copy the list) only what changes.
    for (HeaderList* headers : {&entry.requestHeaders, &entry.responseHeaders}) {
        for (qsizetype i = 0; i < headers->size(); ++i) {
            const auto& [name, value] = headers->at(i);
            QByteArray redacted = scrubLiterals(redactHeaderValue(name, value));
            if (redacted != value)
                (*headers)[i].second = std::move(redacted);
        }
    }
    entry.requestBody = scrubLiterals(redactBody(entry.requestBody, headerValue(entry.requestHeaders, "content-type")));
    // A token endpoint's answer is the secret itself (Magento returns a bare JSON string). Error answers
    // (4xx/5xx) carry the reason the login failed, which the user needs; they get the ordinary rules.
    if (tokenEndpoint && !entry.responseBody.isEmpty() && (entry.status < 400))
        entry.responseBody = m_policy.marker;
    else
        entry.responseBody
            = scrubLiterals(redactBody(entry.responseBody, headerValue(entry.responseHeaders, "content-type")));
    entry.error = scrubLiterals(entry.error);
}

} // namespace studio
