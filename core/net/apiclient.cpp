#include "core/net/apiclient.h"

#include "core/common/atomicfile.h"
#include "core/net/apiclient_p.h"
#include "core/net/auth/oauth1signer.h"
#include "core/net/endpointsession.h"
#include "core/net/servermessage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace studio::net {

namespace {

constexpr int MaxRedirects = 5;
constexpr qint64 ReadBufferBytes = 1024 * 1024;

bool isToken(const QByteArray& text)
{
    if (text.isEmpty())
        return false;
    static const QByteArray extra = QByteArrayLiteral("!#$%&'*+-.^_`|~");
    for (const char c : text) {
        const bool alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum && !extra.contains(c))
            return false;
    }
    return true;
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

int effectivePort(const QUrl& url)
{
    return url.port(url.scheme() == u"https" ? 443 : 80);
}

QString withoutQuery(const QUrl& url)
{
    return url.toString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// ProxySettings

Result<ProxySettings> ProxySettings::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    ProxySettings settings;
    if (trimmed.isEmpty() || trimmed.compare(u"system", Qt::CaseInsensitive) == 0)
        return settings;
    if (trimmed.compare(u"none", Qt::CaseInsensitive) == 0 || trimmed.compare(u"direct", Qt::CaseInsensitive) == 0) {
        settings.mode = Mode::None;
        return settings;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != u"http" && scheme != u"https" && scheme != u"socks5" && scheme != u"socks5h"))
        return Error {tr("The proxy \"%1\" is not understood: use \"system\", \"none\", http://host:port or "
                         "socks5://host:port.")
                          .arg(url.isValid() ? url.toString(QUrl::RemovePassword) : trimmed)};
    settings.mode = Mode::Explicit;
    settings.url = url;
    return settings;
}

QString ProxySettings::toString() const
{
    switch (mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Explicit:
        return url.toString(QUrl::RemovePassword);
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------------------
// ApiReply

ApiReply::ApiReply(QObject* parent)
    : QObject(parent)
{ }

ApiReply::~ApiReply()
{
    m_exchange.reset();
}

int ApiReply::attempt() const
{
    return m_exchange ? m_exchange->attempt() : m_response.attempts;
}

void ApiReply::cancel()
{
    if (m_exchange && !isFinished())
        m_exchange->cancel();
}

QString ApiReply::takeBodyFile()
{
    return m_exchange ? m_exchange->takeBodyFile() : QString();
}

void ApiReply::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

// ---------------------------------------------------------------------------------------------------------------
// Exchange

Exchange::Exchange(ApiClient* client, ApiReply* reply, ApiCall call)
    : m_client(client)
    , m_reply(reply)
    , m_call(std::move(call))
{ }

Exchange::~Exchange()
{
    if (m_network) {
        QObject::disconnect(m_network, nullptr, m_reply, nullptr);
        m_network->abort();
        m_network->deleteLater();
    }
    if (m_timer)
        m_client->scheduler().cancel(m_timer);
    if (m_session)
        m_session->forget(this);
}

qint64 Exchange::streamThreshold() const
{
    return m_call.streamThresholdBytes.value_or(m_client->options().streamThresholdBytes);
}

RetryPolicy Exchange::retryPolicy() const
{
    return m_call.retryPolicy.value_or(m_client->options().retryPolicy);
}

void Exchange::start()
{
    m_total.start();
    m_session = m_client->sessionFor(m_call.endpoint, m_call.environment);
    m_session->whenReady(m_reply, [this](std::optional<PrepareError> failure) {
        if (m_cancelled)
            return;
        if (failure) {
            fail(failure->kind, failure->error.message);
            return;
        }
        m_reply->m_authDescription = m_call.authenticate && m_session->auth() ? m_session->auth()->describe()
                                                                              : tr("sent without authentication");
        prepare();
    });
}

void Exchange::prepare()
{
    QStringList texts {m_call.target};
    for (const auto& pair : std::as_const(m_call.query))
        texts << pair.first << pair.second;
    for (const auto& pair : std::as_const(m_call.headers))
        texts << pair.first << pair.second;
    if (m_call.resolveBodyVariables && m_call.body.contains("{{"))
        texts << QString::fromUtf8(m_call.body);
    m_session->loadVariablesFor(texts, m_reply, [this](std::optional<PrepareError> failure) {
        if (m_cancelled)
            return;
        if (failure) {
            fail(failure->kind, failure->error.message);
            return;
        }
        build();
    });
}

void Exchange::build()
{
    std::optional<VariableResolver> resolver; // built only when a text has a placeholder
    std::optional<Error> problem;
    const auto resolve = [&](const QString& text, const QString& field) {
        if (problem || !text.contains(u"{{"))
            return text;
        if (!resolver)
            resolver = m_session->resolver();
        Result<QString> result = resolver->resolve(text, field);
        if (!result) {
            problem = result.error();
            return QString();
        }
        return result.value();
    };

    const QByteArray method = m_call.method.trimmed().toUpper();
    if (!isToken(method)) {
        fail(FailureKind::Configuration, tr("\"%1\" is not an HTTP method.").arg(QString::fromLatin1(m_call.method)));
        return;
    }
    const QString target = resolve(m_call.target.trimmed(), tr("the path"));
    QUrl url;
    if (!problem) {
        static const QRegularExpression absolute(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
        if (absolute.match(target).hasMatch()) {
            url = QUrl(target, QUrl::TolerantMode);
        } else {
            QString base = m_session->resolved().baseUrl.trimmed();
            if (base.isEmpty()) {
                fail(FailureKind::Configuration,
                    tr("The endpoint has no base URL, so the path \"%1\" cannot be sent anywhere.").arg(target));
                return;
            }
            while (base.endsWith(u'/'))
                base.chop(1);
            QString path = target;
            if (!path.isEmpty() && !path.startsWith(u'/') && !path.startsWith(u'?'))
                path.prepend(u'/');
            url = QUrl(base + path, QUrl::TolerantMode);
        }
    }
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const auto& pair : std::as_const(m_call.query)) {
        const QString key = resolve(pair.first, tr("query parameter %1").arg(pair.first));
        const QString value = resolve(pair.second, tr("query parameter %1").arg(pair.first));
        if (!query.isEmpty())
            query += '&';
        query += oauth1::percentEncode(key.toUtf8()) + '=' + oauth1::percentEncode(value.toUtf8());
    }
    HeaderList headers;
    for (const auto& pair : std::as_const(m_call.headers)) {
        const QByteArray name = resolve(pair.first.trimmed(), tr("a header name")).toLatin1();
        const QByteArray value = resolve(pair.second, tr("header %1").arg(pair.first)).trimmed().toUtf8();
        if (problem)
            break;
        if (!isToken(name)) {
            fail(FailureKind::Configuration, tr("\"%1\" is not a valid HTTP header name.").arg(pair.first));
            return;
        }
        if (value.contains('\n') || value.contains('\r')) {
            fail(FailureKind::Configuration, tr("The value of header %1 contains a line break.").arg(pair.first));
            return;
        }
        headers.append(qMakePair(name, value));
    }
    QByteArray body = m_call.body;
    if (!problem && m_call.resolveBodyVariables && body.contains("{{")
        && !VariableResolver::variablesIn(QString::fromUtf8(body)).isEmpty())
        body = resolve(QString::fromUtf8(body), tr("the body")).toUtf8();
    if (problem) {
        fail(FailureKind::Configuration, problem->message);
        return;
    }
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(query), QUrl::TolerantMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
        fail(FailureKind::Configuration,
            tr("\"%1\" is not a valid http or https URL.").arg(url.toString(QUrl::RemoveUserInfo)));
        return;
    }
    // An endpoint's credentials go to the endpoint's own host only, never to whatever URL a request names.
    const QString endpointHost = QUrl(m_session->resolved().baseUrl.trimmed()).host();
    if (m_call.authenticate && m_session->resolved().auth.type != AuthType::None && !endpointHost.isEmpty()
        && url.host().compare(endpointHost, Qt::CaseInsensitive) != 0) {
        fail(FailureKind::Configuration,
            tr("The credentials of endpoint \"%1\" are only sent to %2, not to %3.")
                .arg(m_session->resolved().name, endpointHost, url.host()));
        return;
    }
    if (headerValue(headers, "User-Agent").isEmpty())
        headers.append(qMakePair(QByteArrayLiteral("User-Agent"), m_client->options().userAgent));
    if (headerValue(headers, "Accept").isEmpty())
        headers.append(qMakePair(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")));
    if (!body.isEmpty() && headerValue(headers, "Content-Type").isEmpty()) {
        const QByteArray head = body.left(64).trimmed();
        const bool json = head.startsWith('{') || head.startsWith('[') || head.startsWith('"');
        headers.append(qMakePair(QByteArrayLiteral("Content-Type"),
            json ? QByteArrayLiteral("application/json") : QByteArrayLiteral("text/plain; charset=utf-8")));
    }
    m_prepared.method = method;
    m_prepared.url = url;
    m_prepared.headers = headers;
    m_prepared.body = body;
    m_startMonotonicMs = m_client->scheduler().clock().monotonicMs();
    nextAttempt(true);
}

void Exchange::nextAttempt(bool countsAsAttempt)
{
    if (countsAsAttempt)
        ++m_attempt;
    resetBody();
    m_reply->setState(ApiReply::State::Queued);
    m_session->acquireSlot(this);
}

void Exchange::onSlot()
{
    m_holdingSlot = true;
    // Continue on the next turn of the event loop: a slot may be handed over from inside another request's
    // completion, which should finish undisturbed.
    QMetaObject::invokeMethod(
        m_reply,
        [this]() {
            if (m_cancelled)
                return;
            const qint64 wait = m_session->reserveRateToken();
            if (wait > 0) {
                m_reply->setState(ApiReply::State::WaitingForRateLimit);
                m_timer = m_client->scheduler().schedule(wait, m_reply, [this]() {
                    m_timer = 0;
                    authorize();
                });
                return;
            }
            authorize();
        },
        Qt::QueuedConnection);
}

void Exchange::authorize()
{
    m_reply->setState(ApiReply::State::Authorizing);
    if (!m_call.authenticate || !m_session->auth()) {
        transmit(m_prepared);
        return;
    }
    m_session->auth()->authorize(m_prepared, m_reply, [this](Result<OutgoingRequest> authorized) {
        if (m_cancelled)
            return;
        if (!authorized) {
            releaseSlot();
            fail(FailureKind::Authentication, authorized.error().message);
            return;
        }
        transmit(std::move(authorized).value());
    });
}

void Exchange::transmit(OutgoingRequest request)
{
    m_sent = std::move(request);
    m_attemptStartedAt = m_client->scheduler().clock().now();
    m_attemptTimer.start();
    QNetworkReply* network = m_session->start(m_sent);
    m_network = network;
    network->setReadBufferSize(ReadBufferBytes);
    QObject::connect(
        network, &QNetworkReply::sslErrors, m_reply, [this](const QList<QSslError>& errors) { onSslErrors(errors); });
    QObject::connect(network, &QNetworkReply::encrypted, m_reply, [this]() { checkPin(); });
    QObject::connect(network, &QNetworkReply::metaDataChanged, m_reply, [this]() { onMetaData(); });
    QObject::connect(network, &QNetworkReply::readyRead, m_reply, [this]() { drain(); });
    QObject::connect(network, &QNetworkReply::uploadProgress, m_reply,
        [this](qint64 sent, qint64 total) { Q_EMIT m_reply->uploadProgress(sent, total); });
    QObject::connect(network, &QNetworkReply::finished, m_reply, [this]() { onFinished(); });
    m_reply->setState(ApiReply::State::Sending);
}

void Exchange::onSslErrors(const QList<QSslError>& errors)
{
    if (!m_network)
        return;
    const QSslCertificate leaf = leafCertificateOf(m_network, errors);
    if (m_session->tls().acceptsErrors(m_network->url(), leaf)) {
        m_network->ignoreSslErrors(errors);
        return;
    }
    m_tlsProblem = m_session->tls().problem(m_network->url(), leaf, errors);
}

bool Exchange::checkPin()
{
    if (!m_network || m_network->url().scheme() != u"https")
        return true;
    const QSslCertificate leaf = m_network->sslConfiguration().peerCertificate();
    if (leaf.isNull() || m_session->tls().acceptsPeer(m_network->url(), leaf))
        return true;
    m_tlsProblem = m_session->tls().problem(m_network->url(), leaf, {});
    m_pinAbort = true;
    m_network->abort();
    return false;
}

void Exchange::onMetaData()
{
    if (!checkPin())
        return;
    m_reply->setState(ApiReply::State::Receiving);
    const QVariant length = m_network ? m_network->header(QNetworkRequest::ContentLengthHeader) : QVariant();
    if (length.isValid() && length.toLongLong() > streamThreshold() && !m_file)
        spillToFile();
}

void Exchange::resetBody()
{
    m_body.clear();
    m_logHead.clear();
    m_file.reset();
    m_received = 0;
    m_tlsProblem.reset();
    m_pinAbort = false;
    m_fileError = false;
}

void Exchange::spillToFile()
{
    QString folder = m_client->options().tempFolder;
    if (folder.isEmpty())
        folder = QDir::tempPath();
    auto file = std::make_unique<QTemporaryFile>(QDir(folder).filePath(QStringLiteral("studio-response-XXXXXX.body")));
    if (!file->open() || file->write(m_body) != m_body.size()) {
        m_fileError = true;
        if (m_network)
            m_network->abort();
        return;
    }
    m_logHead = m_body.left(m_client->options().logHeadBytes);
    m_body = QByteArray();
    m_file = std::move(file);
}

void Exchange::drain()
{
    if (!m_network || m_fileError || !m_network->isReadable())
        return;
    const QByteArray chunk = m_network->readAll();
    if (chunk.isEmpty())
        return;
    m_received += chunk.size();
    // Progress from what was read (QNetworkReply's own signal is throttled and may lag behind the data).
    const QVariant length = m_network->header(QNetworkRequest::ContentLengthHeader);
    Q_EMIT m_reply->downloadProgress(m_received, length.isValid() ? length.toLongLong() : -1);
    if (m_file) {
        if (m_file->write(chunk) != chunk.size()) {
            m_fileError = true;
            m_network->abort();
            return;
        }
        const qint64 room = m_client->options().logHeadBytes - m_logHead.size();
        if (room > 0)
            m_logHead += chunk.left(room);
        return;
    }
    m_body += chunk;
    if (m_body.size() > streamThreshold())
        spillToFile();
}

void Exchange::releaseSlot()
{
    if (m_holdingSlot) {
        m_holdingSlot = false;
        m_session->releaseSlot(this);
    }
}

void Exchange::onFinished()
{
    QNetworkReply* network = m_network;
    if (!network)
        return;
    drain();
    m_network = nullptr;
    network->deleteLater();
    if (m_file)
        m_file->flush();

    HttpResponse& response = m_reply->m_response;
    response.method = m_sent.method;
    response.url = m_sent.url;
    response.status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.reasonPhrase = network->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    response.headers.clear();
    for (const auto& pair : network->rawHeaderPairs())
        response.headers.append(pair);
    response.http2 = network->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    response.body = m_file ? QByteArray() : m_body;
    response.bodyFile = m_file ? m_file->fileName() : QString();
    response.bodySize = m_received;
    response.attempts = m_attempt;
    response.tlsProblem.reset();

    FailureKind kind = FailureKind::None;
    QString message;
    // Qt reports HTTP statuses as errors too (404 → ContentNotFoundError); only codes below 200 are transport
    // failures. One of those after the headers means the body was cut off: the answer is incomplete.
    const QNetworkReply::NetworkError networkError = network->error();
    const bool transportFailure = networkError != QNetworkReply::NoError
        && (int(networkError) < 200 || networkError == QNetworkReply::UnknownNetworkError);
    const bool incomplete = response.status == 0 || transportFailure || m_pinAbort || m_fileError;
    if (incomplete) {
        const int partialStatus = m_pinAbort ? 0 : response.status;
        response.status = m_pinAbort ? 0 : response.status;
        std::tie(kind, message) = describeNetworkError(network, m_sent.url, m_cancelled);
        if (partialStatus > 0 && kind != FailureKind::Cancelled)
            message += u' '
                + tr("(The server had begun to answer with HTTP %1; %2 bytes of the body arrived.)")
                      .arg(partialStatus)
                      .arg(m_received);
        if (m_fileError) {
            kind = FailureKind::Network;
            message = tr("The response body could not be written to a temporary file in %1 (disk full?).")
                          .arg(m_client->options().tempFolder.isEmpty() ? QDir::tempPath()
                                                                        : m_client->options().tempFolder);
        } else if (m_tlsProblem) {
            kind = FailureKind::Tls;
            response.tlsProblem = m_tlsProblem;
            message = m_tlsProblem->describe();
        }
    }

    if (m_cancelled)
        message = tr("The request was cancelled.");
    if (RequestRecorder* recorder = m_client->recorder()) {
        LogEntry entry = makeLogEntry(*m_session, m_call.runId, m_sent, m_attemptStartedAt);
        entry.status = response.status;
        entry.responseHeaders = response.headers;
        if (m_file) {
            entry.responseBody = m_logHead;
            entry.responseBodyTruncated = true;
            entry.responseBodySize = m_received;
        } else {
            entry.responseBody = m_body;
        }
        entry.durationMs = m_attemptTimer.isValid() ? m_attemptTimer.elapsed() : 0;
        entry.attempt = m_attempt;
        entry.error = incomplete || m_cancelled ? message : QString();
        if (response.status > 0)
            entry.httpVersion = response.http2 ? QByteArrayLiteral("HTTP/2") : QByteArrayLiteral("HTTP/1.1");
        recorder->record(std::move(entry));
    }
    releaseSlot();

    if (m_cancelled) {
        fail(FailureKind::Cancelled, tr("The request was cancelled."));
        return;
    }

    const RetryPolicy policy = retryPolicy();
    AttemptOutcome outcome;
    outcome.method = m_sent.method;
    outcome.markedSafe = m_call.safeToRetry;
    outcome.attempt = m_attempt;
    outcome.elapsedMs = m_client->scheduler().clock().monotonicMs() - m_startMonotonicMs;

    if (!incomplete) {
        if (response.status == 401 && m_call.authenticate && m_session->auth()
            && m_recoveries < m_session->auth()->maxRecoveries()
            && m_session->auth()->recoverFromUnauthorized(m_sent, response)) {
            ++m_recoveries;
            nextAttempt(true);
            return;
        }
        if (isRedirect(response.status)) {
            const QByteArray location = response.header("Location");
            const QUrl target = m_sent.url.resolved(QUrl::fromEncoded(location));
            const bool sameOrigin = target.scheme() == m_sent.url.scheme() && target.host() == m_sent.url.host()
                && effectivePort(target) == effectivePort(m_sent.url);
            const bool safeMethod = m_sent.method == "GET" || m_sent.method == "HEAD";
            if (!location.isEmpty() && target.isValid() && m_call.followRedirects && safeMethod && sameOrigin
                && m_redirects < MaxRedirects) {
                ++m_redirects;
                m_prepared.url = target;
                nextAttempt(false);
                return;
            }
        }
        outcome.status = response.status;
        outcome.retryAfterMs = parseRetryAfter(response.header("Retry-After"), m_client->scheduler().clock().now());
    } else {
        // Qt reports its own transfer timeout as a cancellation; for retrying it is a timeout.
        outcome.networkError = kind == FailureKind::Timeout ? QNetworkReply::TimeoutError : networkError;
        if (kind == FailureKind::Tls || m_fileError)
            outcome.networkError = QNetworkReply::SslHandshakeFailedError;
    }
    const RetryDecision decision = policy.decide(outcome, m_client->nextRandom());
    if (decision.retry) {
        m_retryNote = decision.reason;
        m_reply->setState(ApiReply::State::WaitingToRetry);
        Q_EMIT m_reply->retrying(m_attempt + 1, decision.delayMs, decision.reason);
        m_timer = m_client->scheduler().schedule(decision.delayMs, m_reply, [this]() {
            m_timer = 0;
            nextAttempt(true);
        });
        return;
    }
    const bool failed = kind != FailureKind::None || response.status >= 400;
    m_retryNote = failed ? decision.reason : QString();
    if (incomplete) {
        fail(kind, message);
        return;
    }
    finish();
}

void Exchange::fail(FailureKind kind, const QString& message)
{
    HttpResponse& response = m_reply->m_response;
    if (kind != FailureKind::Cancelled || response.method.isEmpty()) {
        response.method = m_sent.method.isEmpty() ? m_call.method : m_sent.method;
        response.url = m_sent.url;
    }
    if (kind == FailureKind::Cancelled)
        response.status = 0;
    response.failure = kind;
    response.errorMessage = message;
    response.attempts = m_attempt;
    response.durationMs = m_total.isValid() ? m_total.elapsed() : 0;
    response.retryNote = m_retryNote;
    m_reply->setState(ApiReply::State::Finished);
    Q_EMIT m_reply->finished();
}

void Exchange::finish()
{
    HttpResponse& response = m_reply->m_response;
    response.durationMs = m_total.elapsed();
    response.retryNote = m_retryNote;
    response.failure = FailureKind::None;
    response.errorMessage.clear();
    const int status = response.status;
    if (status >= 400) {
        response.failure = FailureKind::Http;
        const QString serverMessage = serverMessageOf(response);
        if (status == 401 && m_call.authenticate && m_session->auth()) {
            response.errorMessage = m_session->auth()->explainUnauthorized(serverMessage);
        } else if (looksLikeHtml(response)) {
            response.errorMessage
                = tr("HTTP %1 %2: the server answered with an HTML page%3 instead of JSON.")
                      .arg(QString::number(status), QString::fromLatin1(response.reasonPhrase),
                          serverMessage.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(serverMessage));
        } else {
            response.errorMessage = tr("HTTP %1 %2%3")
                                        .arg(QString::number(status), QString::fromLatin1(response.reasonPhrase),
                                            serverMessage.isEmpty() ? QString() : QStringLiteral(": ") + serverMessage);
        }
    } else if (isRedirect(status)) {
        response.failure = FailureKind::Http;
        const QUrl target = m_sent.url.resolved(QUrl::fromEncoded(response.header("Location")));
        if (m_sent.url.scheme() == u"http" && target.scheme() == u"https" && target.host() == m_sent.url.host()) {
            response.errorMessage
                = tr("The server redirects http to https (%1): change the endpoint's base URL to https so that "
                     "credentials are never sent in clear text.")
                      .arg(withoutQuery(target));
        } else if (response.header("Location").isEmpty()) {
            response.errorMessage = tr("The server answered with redirect %1 but named no target.").arg(status);
        } else {
            response.errorMessage
                = tr("The server redirects to %1 (HTTP %2); the studio does not send requests with "
                     "credentials on to another address or repeat a %3 there: check the URL.")
                      .arg(withoutQuery(target), QString::number(status), QString::fromLatin1(m_sent.method));
        }
    }
    m_reply->setState(ApiReply::State::Finished);
    Q_EMIT m_reply->finished();
}

void Exchange::cancel()
{
    if (m_cancelled || m_reply->isFinished())
        return;
    m_cancelled = true;
    if (m_network) {
        // finished() follows (often at once) and reports the cancellation.
        m_network->abort();
        return;
    }
    if (m_timer) {
        m_client->scheduler().cancel(m_timer);
        m_timer = 0;
    }
    if (m_session)
        m_session->forget(this);
    m_holdingSlot = false;
    fail(FailureKind::Cancelled, tr("The request was cancelled."));
}

QString Exchange::takeBodyFile()
{
    if (!m_file)
        return {};
    m_file->setAutoRemove(false);
    const QString path = m_file->fileName();
    m_file->close();
    m_file.reset();
    return path;
}

// ---------------------------------------------------------------------------------------------------------------
// ApiClient

ApiClient::ApiClient(SecretStore* secrets, RequestRecorder* recorder, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_recorder(recorder)
    , m_scheduler(&systemScheduler())
{ }

ApiClient::~ApiClient()
{
    // Requests still running belong to this client: end them while the client is whole.
    const QList<ApiReply*> replies = findChildren<ApiReply*>(Qt::FindDirectChildrenOnly);
    qDeleteAll(replies);
    m_sessions.clear();
}

void ApiClient::setOptions(ApiClientOptions options)
{
    m_options = std::move(options);
    resetSessions();
}

void ApiClient::setScheduler(Scheduler* scheduler)
{
    m_scheduler = scheduler ? scheduler : &systemScheduler();
    resetSessions();
}

void ApiClient::setProxyFor(const QString& endpointId, const ProxySettings& proxy)
{
    m_proxies.insert(endpointId, proxy);
}

void ApiClient::resetSessions()
{
    m_sessions.clear();
}

double ApiClient::nextRandom() const
{
    return m_options.random ? m_options.random() : QRandomGenerator::global()->generateDouble();
}

std::shared_ptr<EndpointSession> ApiClient::sessionFor(const Endpoint& endpoint, const Environment& environment)
{
    const QString key = endpoint.id + QChar(0x1f) + environment.name;
    const bool forced = m_proxies.contains(endpoint.id);
    const ProxySettings proxy = m_proxies.value(endpoint.id, m_options.proxy);
    auto it = m_sessions.find(key);
    if (it != m_sessions.end() && it.value()->matches(endpoint, environment, proxy, forced))
        return it.value();
    // A session is deleted later, never from inside one of its own network callbacks.
    std::shared_ptr<EndpointSession> session(
        new EndpointSession(this, endpoint, environment, proxy, forced), [](EndpointSession* s) { s->deleteLater(); });
    m_sessions.insert(key, session);
    return session;
}

void ApiClient::resolve(const Endpoint& endpoint, const Environment& environment, QObject* context,
    std::function<void(Result<ResolvedEndpoint>)> done)
{
    std::shared_ptr<EndpointSession> session = sessionFor(endpoint, environment);
    session->whenReady(context, [session, done = std::move(done)](std::optional<PrepareError> failure) {
        if (failure) {
            done(failure->error);
            return;
        }
        ResolvedEndpoint resolved;
        resolved.endpoint = session->resolved();
        resolved.tls = session->tls();
        resolved.proxy = session->proxy();
        resolved.authDescription = session->auth() ? session->auth()->describe() : QString();
        done(std::move(resolved));
    });
}

ApiReply* ApiClient::send(ApiCall call)
{
    auto* reply = new ApiReply(this);
    reply->m_exchange = std::make_unique<Exchange>(this, reply, std::move(call));
    // Start on the next turn of the event loop, so that the caller can connect to the reply first.
    QMetaObject::invokeMethod(
        reply, [reply]() { reply->m_exchange->start(); }, Qt::QueuedConnection);
    return reply;
}

Result<QByteArray> loadOrCreateFingerprintSalt(const QString& stateFolder)
{
    const QString path = QDir(stateFolder).filePath(QStringLiteral("credential-salt"));
    if (QFile::exists(path)) {
        Result<QByteArray> bytes = readWholeFile(path, 4096);
        if (!bytes)
            return bytes.error();
        const QByteArray salt = QByteArray::fromHex(bytes.value().trimmed());
        if (salt.size() >= 16)
            return salt;
    }
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    QByteArray salt;
    for (const quint32 word : words)
        salt.append(QByteArray::number(word, 16).rightJustified(8, '0'));
    salt = QByteArray::fromHex(salt);
    const Status written = writeFileAtomically(path, salt.toHex() + '\n');
    if (!written)
        return written.error();
    return salt;
}

} // namespace studio::net
