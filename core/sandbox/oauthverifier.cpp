#include "core/sandbox/oauthverifier.h"

#include <algorithm>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <QHash>

namespace studio::sandbox::oauth {

namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// PHP rawurldecode (plus = false) and urldecode (plus = true): a malformed escape stays as it is.
QByteArray percentDecode(const QByteArray& bytes, bool plusIsSpace)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '%' && i + 2 < bytes.size()) {
            const int hi = hexValue(bytes.at(i + 1));
            const int lo = hexValue(bytes.at(i + 2));
            if (hi >= 0 && lo >= 0) {
                out.append(char(hi * 16 + lo));
                i += 2;
                continue;
            }
        }
        out.append(plusIsSpace && c == '+' ? ' ' : c);
    }
    return out;
}

/// Magento's Request::_isProtocolParameter: preg_match('/oauth_[a-z_-]+/') anywhere in the name.
bool looksLikeProtocolParameter(const QByteArray& name)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype at = name.indexOf("oauth_", from);
        if (at < 0)
            return false;
        const qsizetype next = at + 6;
        if (next < name.size()) {
            const char c = name.at(next);
            if ((c >= 'a' && c <= 'z') || c == '_' || c == '-')
                return true;
        }
        from = at + 1;
    }
}

/// Sets or replaces `name` (a PHP array assignment: the last value wins, the first position stays).
void assign(Parameters& parameters, QByteArray name, QByteArray value)
{
    for (Parameter& parameter : parameters) {
        if (parameter.first == name) {
            parameter.second = std::move(value);
            return;
        }
    }
    parameters.append({std::move(name), std::move(value)});
}

void appendPairs(Parameters& out, const QByteArray& text, ParameterRules rules, bool isBody)
{
    if (text.isEmpty())
        return;
    const QList<QByteArray> pairs = text.split('&');
    for (const QByteArray& pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        if (rules == ParameterRules::Rfc5849) {
            out.append({formDecode(name), formDecode(value)});
            continue;
        }
        if (looksLikeProtocolParameter(name))
            continue;
        // Magento: the query goes through explode('=') and must give exactly two parts; the body goes through
        // parse_str, which takes a name without '=' as an empty value. Either way a repeated name keeps its last
        // value.
        if (!isBody && pair.count('=') != 1)
            continue;
        assign(out, formDecode(name), formDecode(value));
    }
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// strnatcmp.c helpers (PHP ext/standard): right-aligned numbers compare by magnitude, left-aligned (leading
// zero) numbers digit by digit.
int compareRight(const char*& a, const char* aEnd, const char*& b, const char* bEnd)
{
    int bias = 0;
    for (;; ++a, ++b) {
        const bool aDone = a == aEnd || !isDigit(*a);
        const bool bDone = b == bEnd || !isDigit(*b);
        if (aDone && bDone)
            return bias;
        if (aDone)
            return -1;
        if (bDone)
            return +1;
        if (*a < *b) {
            if (!bias)
                bias = -1;
        } else if (*a > *b) {
            if (!bias)
                bias = +1;
        }
    }
}

int compareLeft(const char*& a, const char* aEnd, const char*& b, const char* bEnd)
{
    for (;; ++a, ++b) {
        const bool aDone = a == aEnd || !isDigit(*a);
        const bool bDone = b == bEnd || !isDigit(*b);
        if (aDone && bDone)
            return 0;
        if (aDone)
            return -1;
        if (bDone)
            return +1;
        if (*a < *b)
            return -1;
        if (*a > *b)
            return +1;
    }
}

} // namespace

std::optional<Parameters> parseAuthorizationHeader(const QByteArray& value)
{
    const qsizetype at = value.toLower().indexOf("oauth ");
    if (value.isEmpty() || at < 0)
        return std::nullopt;
    Parameters parameters;
    const QList<QByteArray> items = value.mid(at + 6).split(',');
    for (const QByteArray& item : items) {
        const QByteArray trimmed = item.trimmed();
        const qsizetype eq = trimmed.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray name = trimmed.left(eq);
        if (!looksLikeProtocolParameter(name))
            continue;
        QByteArray rawValue = trimmed.mid(eq + 1);
        // PHP trim($value, '"') strips every leading and trailing quote.
        while (rawValue.startsWith('"'))
            rawValue.remove(0, 1);
        while (rawValue.endsWith('"'))
            rawValue.chop(1);
        assign(parameters, percentDecode(name, false), percentDecode(rawValue, false));
    }
    return parameters;
}

QByteArray percentEncode(const QByteArray& bytes)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (const char c : bytes) {
        if (isUnreserved(c)) {
            out.append(c);
        } else {
            const auto u = static_cast<unsigned char>(c);
            out.append('%');
            out.append(hex[u >> 4]);
            out.append(hex[u & 0x0f]);
        }
    }
    return out;
}

QByteArray formDecode(const QByteArray& bytes)
{
    return percentDecode(bytes, true);
}

QByteArray baseStringUri(const QByteArray& scheme, const QByteArray& hostHeader, const QByteArray& encodedPath)
{
    QByteArray path;
    path.reserve(encodedPath.size());
    for (qsizetype i = 0; i < encodedPath.size(); ++i) {
        const char c = encodedPath.at(i);
        if (c == '?' || c == '#')
            break;
        if (c == '%' && i + 2 < encodedPath.size()) {
            const int hi = hexValue(encodedPath.at(i + 1));
            const int lo = hexValue(encodedPath.at(i + 2));
            if (hi >= 0 && lo >= 0) {
                const char decoded = char(hi * 16 + lo);
                if (isUnreserved(decoded)) {
                    path.append(decoded);
                } else {
                    path.append('%');
                    path.append(encodedPath.mid(i + 1, 2).toUpper());
                }
                i += 2;
                continue;
            }
        }
        path.append(c);
    }
    if (path.isEmpty())
        path = "/";
    return scheme.toLower() + "://" + hostHeader.trimmed().toLower() + path;
}

Parameters signedParameters(const Parameters& protocolParameters, const QByteArray& rawQuery,
    const QByteArray& contentType, const QByteArray& body, ParameterRules rules)
{
    Parameters parameters;
    for (const Parameter& parameter : protocolParameters) {
        if (parameter.first == "oauth_signature" || parameter.first == "realm")
            continue;
        parameters.append(parameter);
    }
    if (!body.isEmpty() && contentType.trimmed().toLower().startsWith("application/x-www-form-urlencoded"))
        appendPairs(parameters, body, rules, true);
    appendPairs(parameters, rawQuery, rules, false);
    return parameters;
}

QByteArray normalizedParameters(const Parameters& parameters, ParameterRules rules)
{
    Parameters encoded;
    encoded.reserve(parameters.size());
    for (const Parameter& parameter : parameters)
        encoded.append({percentEncode(parameter.first), percentEncode(parameter.second)});
    if (rules == ParameterRules::Rfc5849) {
        std::sort(encoded.begin(), encoded.end());
    } else {
        std::stable_sort(encoded.begin(), encoded.end(),
            [](const Parameter& a, const Parameter& b) { return naturalCompare(a.first, b.first) < 0; });
    }
    QByteArray out;
    for (const Parameter& parameter : std::as_const(encoded)) {
        if (!out.isEmpty())
            out.append('&');
        out.append(parameter.first);
        out.append('=');
        out.append(parameter.second);
    }
    return out;
}

QByteArray signatureBaseString(
    const QByteArray& method, const QByteArray& baseUri, const Parameters& parameters, ParameterRules rules)
{
    return method.toUpper() + '&' + percentEncode(baseUri) + '&'
        + percentEncode(normalizedParameters(parameters, rules));
}

std::optional<QByteArray> sign(const QByteArray& signatureMethod, const QByteArray& baseString,
    const QByteArray& consumerSecret, const QByteArray& tokenSecret)
{
    const EVP_MD* digest = nullptr;
    if (signatureMethod == "HMAC-SHA1")
        digest = EVP_sha1();
    else if (signatureMethod == "HMAC-SHA256")
        digest = EVP_sha256();
    else
        return std::nullopt;
    QByteArray key = percentEncode(consumerSecret) + '&' + percentEncode(tokenSecret);
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    const unsigned char* result
        = HMAC(digest, key.constData(), int(key.size()), reinterpret_cast<const unsigned char*>(baseString.constData()),
            std::size_t(baseString.size()), mac, &macLength);
    OPENSSL_cleanse(key.data(), std::size_t(key.size()));
    if (!result)
        return std::nullopt;
    return QByteArray(reinterpret_cast<const char*>(mac), int(macLength)).toBase64();
}

bool signaturesEqual(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), std::size_t(a.size())) == 0;
}

int naturalCompare(const QByteArray& left, const QByteArray& right)
{
    if (left.isEmpty() || right.isEmpty())
        return left.size() == right.size() ? 0 : (left.size() > right.size() ? 1 : -1);
    const char* a = left.constData();
    const char* b = right.constData();
    const char* aEnd = a + left.size();
    const char* bEnd = b + right.size();
    bool leading = true;
    while (true) {
        char ca = *a;
        char cb = *b;
        // Leading zeros are skipped only at the very start of the strings.
        while (leading && ca == '0' && a + 1 < aEnd && isDigit(a[1]))
            ca = *++a;
        while (leading && cb == '0' && b + 1 < bEnd && isDigit(b[1]))
            cb = *++b;
        leading = false;
        while (isSpace(ca) && a + 1 < aEnd)
            ca = *++a;
        while (isSpace(cb) && b + 1 < bEnd)
            cb = *++b;
        if (isDigit(ca) && isDigit(cb)) {
            const bool fractional = ca == '0' || cb == '0';
            const int result = fractional ? compareLeft(a, aEnd, b, bEnd) : compareRight(a, aEnd, b, bEnd);
            if (result != 0)
                return result;
            if (a == aEnd && b == bEnd)
                return 0;
            if (a == aEnd)
                return -1;
            if (b == bEnd)
                return 1;
            ca = *a;
            cb = *b;
        }
        if (ca < cb)
            return -1;
        if (ca > cb)
            return +1;
        ++a;
        ++b;
        if (a >= aEnd && b >= bEnd)
            return 0;
        if (a >= aEnd)
            return -1;
        if (b >= bEnd)
            return 1;
    }
}

} // namespace studio::sandbox::oauth
