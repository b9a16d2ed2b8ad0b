#include "core/net/auth/oauth1signer.h"

#include <algorithm>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace studio::net::oauth1 {

namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// PHP's strnatcmp as far as the keys of a query string need it: digit runs compare by numeric value,
// everything else byte by byte.
int naturalCompare(const QByteArray& a, const QByteArray& b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (isDigit(a.at(i)) && isDigit(b.at(j))) {
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < a.size() && isDigit(a.at(ei)))
                ++ei;
            while (ej < b.size() && isDigit(b.at(ej)))
                ++ej;
            qsizetype si = i;
            qsizetype sj = j;
            while (si + 1 < ei && a.at(si) == '0')
                ++si;
            while (sj + 1 < ej && b.at(sj) == '0')
                ++sj;
            const qsizetype lengthA = ei - si;
            const qsizetype lengthB = ej - sj;
            if (lengthA != lengthB)
                return lengthA < lengthB ? -1 : 1;
            const int digits = a.mid(si, lengthA).compare(b.mid(sj, lengthB));
            if (digits != 0)
                return digits;
            i = ei;
            j = ej;
            continue;
        }
        const auto ca = static_cast<unsigned char>(a.at(i));
        const auto cb = static_cast<unsigned char>(b.at(j));
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size())
        return 1;
    if (j < b.size())
        return -1;
    return 0;
}

ParameterList splitPairs(const QByteArray& text, bool plusIsSpace)
{
    ParameterList list;
    if (text.isEmpty())
        return list;
    for (const QByteArray& pair : text.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray name = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        if (plusIsSpace) {
            name.replace('+', ' ');
            value.replace('+', ' ');
        }
        list.append({QByteArray::fromPercentEncoding(name), QByteArray::fromPercentEncoding(value)});
    }
    return list;
}

} // namespace

QByteArray signatureMethodName(SignatureMethod method)
{
    return method == SignatureMethod::HmacSha1 ? QByteArrayLiteral("HMAC-SHA1") : QByteArrayLiteral("HMAC-SHA256");
}

QByteArray percentEncode(const QByteArray& raw)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(raw.size() * 3);
    for (const char c : raw) {
        if (isUnreserved(c)) {
            out.append(c);
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out.append('%');
            out.append(hex[byte >> 4]);
            out.append(hex[byte & 0x0F]);
        }
    }
    return out;
}

QByteArray baseStringUri(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    QByteArray out = scheme.toLatin1() + "://" + url.host(QUrl::FullyEncoded).toLower().toLatin1();
    const int port = url.port();
    const bool defaultPort = port < 0 || (scheme == u"http" && port == 80) || (scheme == u"https" && port == 443);
    if (!defaultPort)
        out += ':' + QByteArray::number(port);
    const QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    out += path.isEmpty() ? QByteArrayLiteral("/") : path;
    return out;
}

ParameterList queryParameters(const QUrl& url)
{
    // Query strings are decoded without turning "+" into a space: servers that read them (Magento's
    // rawurldecode among them) do the same.
    return splitPairs(url.query(QUrl::FullyEncoded).toLatin1(), false);
}

ParameterList formParameters(const QByteArray& body)
{
    return splitPairs(body, true);
}

QByteArray normalizedParameters(const ParameterList& parameters, ParameterOrder order)
{
    struct Entry
    {
        QByteArray rawName;
        QByteArray name;
        QByteArray value;
    };
    QList<Entry> entries;
    entries.reserve(parameters.size());
    for (const Parameter& parameter : parameters) {
        if (parameter.first == "oauth_signature")
            continue;
        entries.append({parameter.first, percentEncode(parameter.first), percentEncode(parameter.second)});
    }
    std::stable_sort(entries.begin(), entries.end(), [order](const Entry& a, const Entry& b) {
        switch (order) {
        case ParameterOrder::RawNames:
            if (a.rawName != b.rawName)
                return a.rawName < b.rawName;
            return a.value < b.value;
        case ParameterOrder::NaturalEncoded: {
            const int names = naturalCompare(a.name, b.name);
            if (names != 0)
                return names < 0;
            return naturalCompare(a.value, b.value) < 0;
        }
        case ParameterOrder::Rfc5849:
            break;
        }
        if (a.name != b.name)
            return a.name < b.name;
        return a.value < b.value;
    });
    QByteArray out;
    for (const Entry& entry : entries) {
        if (!out.isEmpty())
            out += '&';
        out += entry.name + '=' + entry.value;
    }
    return out;
}

QByteArray signatureBaseString(
    const QByteArray& method, const QUrl& url, const ParameterList& parameters, ParameterOrder order)
{
    return method.toUpper() + '&' + percentEncode(baseStringUri(url)) + '&'
        + percentEncode(normalizedParameters(parameters, order));
}

QByteArray sign(SignatureMethod method, const QByteArray& baseString, const QByteArray& consumerSecret,
    const QByteArray& tokenSecret)
{
    QByteArray key = percentEncode(consumerSecret) + '&' + percentEncode(tokenSecret);
    const auto algorithm = method == SignatureMethod::HmacSha1 ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256;
    const QByteArray mac = QMessageAuthenticationCode::hash(baseString, key, algorithm);
    key.fill('\0');
    return mac.toBase64();
}

QByteArray generateNonce(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    constexpr int alphabetSize = int(sizeof(alphabet) - 1);
    // One draw from the system's generator for the whole nonce (a draw per character costs a system call each).
    QList<quint32> words(length);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    QByteArray nonce;
    nonce.reserve(length);
    for (const quint32 word : std::as_const(words))
        nonce.append(alphabet[word % alphabetSize]); // 2^32 % 62 is small enough that the bias does not matter here
    return nonce;
}

Signed signRequest(const SigningInput& input)
{
    ParameterList protocol {
        {"oauth_consumer_key", input.consumerKey},
        {"oauth_nonce", input.nonce},
        {"oauth_signature_method", signatureMethodName(input.signatureMethod)},
        {"oauth_timestamp", QByteArray::number(input.timestamp)},
        {"oauth_token", input.token},
    };
    if (input.includeVersion)
        protocol.append(Parameter("oauth_version", "1.0"));
    ParameterList all = protocol;
    all += queryParameters(input.url);
    all += formParameters(input.formBody);
    Signed result;
    result.baseString = signatureBaseString(input.method, input.url, all, input.order);
    result.signature = sign(input.signatureMethod, result.baseString, input.consumerSecret, input.tokenSecret);
    protocol.append(Parameter("oauth_signature", result.signature));
    QByteArray header = "OAuth ";
    for (qsizetype i = 0; i < protocol.size(); ++i) {
        if (i > 0)
            header += ", ";
        header += protocol.at(i).first + "=\"" + percentEncode(protocol.at(i).second) + '"';
    }
    result.authorizationHeader = header;
    return result;
}

} // namespace studio::net::oauth1
