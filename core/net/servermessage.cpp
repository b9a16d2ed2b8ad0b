#include "core/net/servermessage.h"

#include "core/magento/magentoerror.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace studio::net {

namespace {

constexpr qsizetype MaxLength = 400;

QString shortened(QString text)
{
    text = text.simplified();
    if (text.size() > MaxLength)
        text = text.left(MaxLength - 1) + QChar(0x2026);
    return text;
}

// Error shapes of non-Magento APIs: OAuth 2.0 (RFC 6749 §5.2), {"error": {"message"}}, RFC 7807 problem details.
QString otherJsonMessage(const QByteArray& body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (object.value(QStringLiteral("error")).isString()) {
        QString text = object.value(QStringLiteral("error")).toString();
        const QString description = object.value(QStringLiteral("error_description")).toString();
        if (!description.isEmpty())
            text += QStringLiteral(": ") + description;
        return text;
    }
    if (object.value(QStringLiteral("error")).isObject())
        return object.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    for (const char* key : {"detail", "title", "error_description", "msg", "Message"}) {
        const QString text = object.value(QLatin1String(key)).toString();
        if (!text.isEmpty())
            return text;
    }
    return {};
}

} // namespace

bool looksLikeHtml(const HttpResponse& response)
{
    const QByteArray type = response.header("Content-Type").toLower();
    if (type.contains("text/html") || type.contains("application/xhtml"))
        return true;
    const QByteArray head = response.body.left(256).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
        || head.startsWith("<body");
}

QString serverMessageOf(const HttpResponse& response)
{
    if (response.body.trimmed().isEmpty())
        return {};
    const magento::MagentoError error
        = magento::decodeError(response.status, response.body, response.header("Content-Type"));
    switch (error.bodyKind) {
    case magento::BodyKind::MagentoJson:
    case magento::BodyKind::JsonString:
    case magento::BodyKind::Xml: {
        QString text = error.message;
        if (!error.details.isEmpty())
            text += QStringLiteral(" (") + error.details.join(QStringLiteral("; ")) + u')';
        return shortened(text);
    }
    case magento::BodyKind::Html:
        return error.pageTitle;
    case magento::BodyKind::OtherJson:
    case magento::BodyKind::UnreadableJson: {
        const QString other = otherJsonMessage(response.body);
        return shortened(other.isEmpty() ? error.message : other);
    }
    case magento::BodyKind::Text:
        return response.body.size() <= 1000 ? shortened(QString::fromUtf8(response.body)) : QString();
    case magento::BodyKind::Binary:
    case magento::BodyKind::Empty:
        break;
    }
    return {};
}

} // namespace studio::net
