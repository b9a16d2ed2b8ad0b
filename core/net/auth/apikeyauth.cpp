#include "core/net/auth/apikeyauth.h"

#include "core/net/auth/oauth1signer.h"
#include "core/net/auth/secretfields.h"

#include <QCoreApplication>

namespace studio::net {

ApiKeyAuthProvider::ApiKeyAuthProvider(const AuthContext& context, QObject* parent)
    : AuthProvider(parent)
    , m_keyName(context.endpoint.auth.fields.value(QStringLiteral("keyName")).trimmed())
    , m_inQuery(context.endpoint.auth.fields.value(QStringLiteral("keyIn")).trimmed() == u"query")
    , m_secrets(new SecretFields(context.secrets, context.endpoint.auth.secretRefs, {QStringLiteral("apiKey")}, this))
{
    m_secrets->setObserver(context.secretObserver);
}

ApiKeyAuthProvider::~ApiKeyAuthProvider() = default;

Status ApiKeyAuthProvider::validate(const AuthSettings& auth)
{
    const QString name = auth.fields.value(QStringLiteral("keyName")).trimmed();
    const QString in = auth.fields.value(QStringLiteral("keyIn")).trimmed();
    if (name.isEmpty())
        return Error {QCoreApplication::translate("ApiKeyAuthProvider",
            "The API key needs a name: the header or query parameter it is sent in (e.g. X-Api-Key).")};
    if (!in.isEmpty() && in != u"header" && in != u"query")
        return Error {QCoreApplication::translate(
            "ApiKeyAuthProvider", "The API key location \"%1\" is unknown: use \"header\" or \"query\".")
                          .arg(in)};
    if (in != u"query") {
        for (const QChar c : name) {
            if (c.unicode() <= 32 || c.unicode() >= 127 || QStringLiteral("()<>@,;:\\\"/[]?={}").contains(c))
                return Error {QCoreApplication::translate(
                    "ApiKeyAuthProvider", "The API key header name \"%1\" is not a valid HTTP header name.")
                                  .arg(name)};
        }
    }
    return Status();
}

void ApiKeyAuthProvider::authorize(OutgoingRequest request, QObject* context, Done done)
{
    QPointer<QObject> guard(context);
    m_secrets->load([this, guard, request = std::move(request), done = std::move(done)](Status status) mutable {
        if (!guard)
            return;
        if (!status) {
            done(status.error());
            return;
        }
        QByteArray key = m_secrets->value(QStringLiteral("apiKey")).reveal();
        if (m_inQuery) {
            QByteArray query = request.url.query(QUrl::FullyEncoded).toLatin1();
            if (!query.isEmpty())
                query += '&';
            query += oauth1::percentEncode(m_keyName.toUtf8()) + '=' + oauth1::percentEncode(key);
            request.url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
            wipe(query);
        } else {
            request.setHeader(m_keyName.toLatin1(), key);
        }
        wipe(key);
        done(std::move(request));
    });
}

QString ApiKeyAuthProvider::explainUnauthorized(const QString& serverMessage) const
{
    const QString base = m_inQuery
        ? tr("The server refused the API key sent as query parameter \"%1\" (HTTP 401)").arg(m_keyName)
        : tr("The server refused the API key sent in header \"%1\" (HTTP 401)").arg(m_keyName);
    return serverMessage.isEmpty() ? base + u'.' : tr("%1: %2").arg(base, serverMessage);
}

void ApiKeyAuthProvider::redactForLog(LogEntry& entry) const
{
    static const QByteArray marker = QByteArrayLiteral("[redacted]");
    if (!m_inQuery) {
        for (auto& header : entry.requestHeaders) {
            if (header.first.compare(m_keyName.toLatin1(), Qt::CaseInsensitive) == 0)
                header.second = marker;
        }
        return;
    }
    QUrl url(entry.url, QUrl::StrictMode);
    const QByteArray name = oauth1::percentEncode(m_keyName.toUtf8());
    QByteArrayList pairs = url.query(QUrl::FullyEncoded).toLatin1().split('&');
    for (QByteArray& pair : pairs) {
        const qsizetype equals = pair.indexOf('=');
        const QByteArray key = QByteArray::fromPercentEncoding(equals < 0 ? pair : pair.left(equals));
        if (key == m_keyName.toUtf8())
            pair = name + '=' + QUrl::toPercentEncoding(QString::fromLatin1(marker));
    }
    url.setQuery(QString::fromLatin1(pairs.join('&')), QUrl::StrictMode);
    entry.url = QString::fromUtf8(url.toEncoded());
}

QString ApiKeyAuthProvider::describe() const
{
    return m_inQuery ? tr("API key in query parameter \"%1\"").arg(m_keyName)
                     : tr("API key in header \"%1\"").arg(m_keyName);
}

} // namespace studio::net
