#include "core/net/auth/oauth1auth.h"

#include "core/net/auth/secretfields.h"
#include "core/net/scheduler.h"

#include <QCoreApplication>

namespace studio::net {

OAuth1AuthProvider::OAuth1AuthProvider(const AuthContext& context, oauth1::SignatureMethod method, QObject* parent)
    : AuthProvider(parent)
    , m_method(method)
    , m_order(context.endpoint.kind == EndpointKind::Magento ? oauth1::ParameterOrder::RawNames
                                                             : oauth1::ParameterOrder::Rfc5849)
    , m_magento(context.endpoint.kind == EndpointKind::Magento)
    , m_scheduler(context.scheduler ? context.scheduler : &systemScheduler())
    , m_secrets(new SecretFields(context.secrets, context.endpoint.auth.secretRefs,
          {QStringLiteral("consumerKey"), QStringLiteral("consumerSecret"), QStringLiteral("accessToken"),
              QStringLiteral("accessTokenSecret")},
          this))
    , m_nonce([]() { return oauth1::generateNonce(32); })
{
    m_secrets->setObserver(context.secretObserver);
}

OAuth1AuthProvider::~OAuth1AuthProvider() = default;

Result<oauth1::SignatureMethod> OAuth1AuthProvider::signatureMethodOf(const AuthSettings& auth)
{
    const QString name = auth.fields.value(QStringLiteral("signatureMethod")).trimmed().toUpper();
    if (name.isEmpty() || name == u"HMAC-SHA256")
        return oauth1::SignatureMethod::HmacSha256;
    if (name == u"HMAC-SHA1")
        return oauth1::SignatureMethod::HmacSha1;
    return Error {QCoreApplication::translate(
        "OAuth1AuthProvider", "The OAuth 1.0a signature method \"%1\" is not supported: use HMAC-SHA256 or HMAC-SHA1.")
                      .arg(auth.fields.value(QStringLiteral("signatureMethod")))};
}

QByteArray OAuth1AuthProvider::requestKey(const QByteArray& method, const QUrl& url)
{
    return method.toUpper() + ' ' + url.toEncoded();
}

void OAuth1AuthProvider::authorize(OutgoingRequest request, QObject* context, Done done)
{
    QPointer<QObject> guard(context);
    m_secrets->load([this, guard, request = std::move(request), done = std::move(done)](Status status) mutable {
        if (!guard)
            return;
        if (!status) {
            done(status.error());
            return;
        }
        oauth1::SigningInput input;
        input.method = request.method;
        input.url = request.url;
        if (request.hasFormBody())
            input.formBody = request.body;
        input.signatureMethod = m_method;
        input.order = m_order;
        input.consumerKey = m_secrets->value(QStringLiteral("consumerKey")).reveal().trimmed();
        input.consumerSecret = m_secrets->value(QStringLiteral("consumerSecret")).reveal().trimmed();
        input.token = m_secrets->value(QStringLiteral("accessToken")).reveal().trimmed();
        input.tokenSecret = m_secrets->value(QStringLiteral("accessTokenSecret")).reveal().trimmed();
        input.nonce = m_nonce();
        input.timestamp = m_scheduler->clock().now().toSecsSinceEpoch();
        const oauth1::Signed signedRequest = oauth1::signRequest(input);
        if (m_magento) {
            oauth1::ParameterList parameters = oauth1::queryParameters(input.url);
            parameters += oauth1::formParameters(input.formBody);
            parameters.append(oauth1::Parameter("oauth_consumer_key", QByteArray()));
            const QByteArray rfc = oauth1::normalizedParameters(parameters, oauth1::ParameterOrder::Rfc5849);
            const bool sensitive = rfc != oauth1::normalizedParameters(parameters, oauth1::ParameterOrder::RawNames)
                || rfc != oauth1::normalizedParameters(parameters, oauth1::ParameterOrder::NaturalEncoded);
            if (m_orderSensitive.size() > 256)
                m_orderSensitive.clear();
            const QByteArray key = requestKey(request.method, request.url);
            if (sensitive && !m_orderSensitive.contains(key))
                m_orderSensitive.insert(key, 1);
        }
        wipe(input.consumerKey);
        wipe(input.consumerSecret);
        wipe(input.token);
        wipe(input.tokenSecret);
        request.setHeader("Authorization", signedRequest.authorizationHeader);
        done(std::move(request));
    });
}

bool OAuth1AuthProvider::recoverFromUnauthorized(const OutgoingRequest& sent, const HttpResponse& response)
{
    if (!m_magento || !response.body.contains("signature is invalid"))
        return false;
    const QByteArray key = requestKey(sent.method, sent.url);
    const int tried = m_orderSensitive.value(key);
    if (tried == 0 || tried >= 3) {
        m_orderSensitive.remove(key);
        return false;
    }
    m_orderSensitive.insert(key, tried + 1);
    switch (m_order) {
    case oauth1::ParameterOrder::RawNames:
        m_order = oauth1::ParameterOrder::NaturalEncoded;
        break;
    case oauth1::ParameterOrder::NaturalEncoded:
        m_order = oauth1::ParameterOrder::Rfc5849;
        break;
    case oauth1::ParameterOrder::Rfc5849:
        m_order = oauth1::ParameterOrder::RawNames;
        break;
    }
    return true;
}

QString OAuth1AuthProvider::explainUnauthorized(const QString& serverMessage) const
{
    QString text = tr("The server refused the OAuth 1.0a signature (HTTP 401)");
    text += serverMessage.isEmpty() ? QStringLiteral(".") : QStringLiteral(": ") + serverMessage;
    if (serverMessage.contains(u"signature is invalid")) {
        text += u' '
            + tr("Check the consumer secret and access token secret: Magento issues new keys when an integration is "
                 "reauthorized.");
    } else if (serverMessage.contains(u"isn't authorized to access")) {
        text += u' '
            + tr("The signature was accepted, but the integration lacks this permission: grant the resource in "
                 "System › Extensions › Integrations › API, then reauthorize the integration.");
    } else if (serverMessage.contains(u"timestamp")) {
        text += u' ' + tr("Check this computer's clock: Magento refuses timestamps more than 10 minutes ahead.");
    }
    return text;
}

QString OAuth1AuthProvider::describe() const
{
    return tr("signed with OAuth 1.0a %1").arg(QString::fromLatin1(oauth1::signatureMethodName(m_method)));
}

} // namespace studio::net
