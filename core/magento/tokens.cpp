#include "core/magento/tokens.h"

#include "core/magento/magentoerror.h"

#include <cctype>
#include <cstring>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <string_view>

namespace studio::magento {

namespace {

// lupdate files tr() calls of free functions under the namespace; translate them under the same name.
QString tr(const char* text)
{
    return QCoreApplication::translate("studio::magento", text);
}

QByteArray jsonString(const QString& text)
{
    // QJsonDocument cannot write a bare string; write it as a one-element array and strip the brackets.
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

std::size_t escapedSize(std::string_view bytes)
{
    std::size_t size = 0;
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\')
            size += 2;
        else if (byte < 0x20)
            size += 6;
        else
            size += 1;
    }
    return size;
}

char* appendEscaped(char* out, std::string_view bytes)
{
    static const char digits[] = "0123456789abcdef";
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            *out++ = '\\';
            *out++ = c;
        } else if (byte < 0x20) {
            *out++ = '\\';
            *out++ = 'u';
            *out++ = '0';
            *out++ = '0';
            *out++ = digits[byte >> 4];
            *out++ = digits[byte & 0xF];
        } else {
            *out++ = c;
        }
    }
    return out;
}

char* appendRaw(char* out, const QByteArray& bytes)
{
    std::memcpy(out, bytes.constData(), std::size_t(bytes.size()));
    return out + bytes.size();
}

// {"username":<u>,"password":"<escaped secret>"<suffix>}
Result<SecureBytes> bodyWithPassword(const QString& username, const SecureBytes& password, const QByteArray& suffix)
{
    if (!password.isValidUtf8())
        return Error(tr("The password is not valid UTF-8 text, so it cannot be sent in a JSON body."));
    const QByteArray head = "{\"username\":" + jsonString(username) + ",\"password\":\"";
    const QByteArray tail = '"' + suffix + '}';
    const std::string_view secret(password.data(), password.size());
    SecureBytes body = SecureBytes::zeroed(std::size_t(head.size()) + escapedSize(secret) + std::size_t(tail.size()));
    char* out = body.mutableData();
    out = appendRaw(out, head);
    out = appendEscaped(out, secret);
    appendRaw(out, tail);
    return body;
}

// The token from a bare JSON string; only the escapes a token could contain are accepted.
Result<SecureBytes> unquoteToken(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    if (text.size() < 2 || text.front() != '"' || text.back() != '"')
        return Error(QString());
    text = text.substr(1, text.size() - 2);
    std::size_t size = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\') {
            if (i + 1 >= text.size() || (text[i + 1] != '"' && text[i + 1] != '\\' && text[i + 1] != '/'))
                return Error(tr("The token contains an escape sequence a token cannot contain."));
            ++i;
        } else if (text[i] == '"') {
            return Error(QString());
        }
        ++size;
    }
    if (size == 0)
        return Error(tr("Magento answered with an empty token."));
    SecureBytes token = SecureBytes::zeroed(size);
    char* out = token.mutableData();
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\')
            ++i;
        *out++ = text[i];
    }
    return token;
}

QString shapeOf(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject())
        return tr("a JSON object with the keys %1").arg(doc.object().keys().join(QStringLiteral(", ")));
    if (doc.isArray())
        return tr("a JSON list");
    return tr("%1 bytes that are not a JSON string").arg(body.size());
}

} // namespace

QString tokenServicePath(TokenKind kind)
{
    return kind == TokenKind::Admin ? QStringLiteral("/V1/integration/admin/token")
                                    : QStringLiteral("/V1/integration/customer/token");
}

QString twoFactorTokenServicePath(const QString& provider)
{
    const QString code = provider.trimmed().isEmpty() ? QStringLiteral("google") : provider.trimmed();
    if (code == u"u2fkey")
        return QStringLiteral("/V1/tfa/provider/u2fkey/verify");
    return QStringLiteral("/V1/tfa/provider/%1/authenticate").arg(code);
}

Result<SecureBytes> tokenRequestBody(const QString& username, const SecureBytes& password)
{
    return bodyWithPassword(username, password, QByteArray());
}

Result<SecureBytes> twoFactorTokenRequestBody(const QString& username, const SecureBytes& password, const QString& otp)
{
    return bodyWithPassword(username, password, ",\"otp\":" + jsonString(otp.trimmed()));
}

Result<SecureBytes> parseTokenResponse(int httpStatus, const QByteArray& body)
{
    if (httpStatus >= 200 && httpStatus < 300) {
        Result<SecureBytes> token = unquoteToken(std::string_view(body.constData(), std::size_t(body.size())));
        if (token)
            return token;
        if (!token.error().message.isEmpty())
            return token.error();
        const MagentoError decoded = decodeError(httpStatus, body);
        if (decoded.bodyKind == BodyKind::Html || decoded.bodyKind == BodyKind::Empty
            || decoded.bodyKind == BodyKind::Binary) {
            QString message = tr("Magento did not answer with a token: %1").arg(decoded.message);
            if (!decoded.hint.isEmpty())
                message += u' ' + decoded.hint;
            return Error(message);
        }
        return Error(tr("Magento did not answer with a token but with %1.").arg(shapeOf(body)));
    }
    const MagentoError decoded = decodeError(httpStatus, body);
    QString message = tr("The token request failed. %1").arg(decoded.summary());
    if (!decoded.hint.isEmpty())
        message += u' ' + decoded.hint;
    return Error(message);
}

std::optional<QDateTime> tokenExpiry(const SecureBytes& token)
{
    const std::string_view text(token.data(), token.size());
    const std::size_t firstDot = text.find('.');
    if (firstDot == std::string_view::npos)
        return std::nullopt;
    const std::size_t secondDot = text.find('.', firstDot + 1);
    if (secondDot == std::string_view::npos || text.find('.', secondDot + 1) != std::string_view::npos)
        return std::nullopt;
    const std::string_view payload = text.substr(firstDot + 1, secondDot - firstDot - 1);
    const auto decoded = QByteArray::fromBase64Encoding(QByteArray(payload.data(), qsizetype(payload.size())),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded);
    const QJsonValue exp = doc.object().value(QStringLiteral("exp"));
    if (!exp.isDouble())
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC);
}

} // namespace studio::magento
