// `integration-studio call`: one request from the shell through the studio's HTTP engine — the workspace's
// endpoint, variables, auth, TLS policy, rate limit and request log — printing the body on stdout and the status on
// stderr.

#include "app/commands.h"
#include "core/log/logpaths.h"
#include "core/log/requestlog.h"
#include "core/net/apiclient.h"
#include "core/net/callbuilder.h"
#include "core/secrets/layeredsecretstore.h"
#include "core/workspace/workspace.h"

#include <cstdio>
#include <memory>
#include <optional>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLocale>
#include <QTextStream>

namespace studio::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("studio::app", text);
}

/// Exit codes of `call`.
enum Exit : int {
    Success = 0,        ///< an HTTP answer with status 2xx
    HttpError = 1,      ///< 4xx, 5xx, or a redirect that was not followed
    UsageError = 2,     ///< bad options, unknown workspace, endpoint or environment
    TransportError = 3, ///< DNS, refused, timeout, TLS, connection lost
    SetupError = 4,     ///< variables, secrets, credentials refused, settings: nothing usable was sent
};

const char* const Usage
    = "Usage: integration-studio call --workspace DIR [--env NAME] ENDPOINT METHOD PATH\n"
      "         [--query KEY=VALUE ...] [--header 'NAME: VALUE' ...] [--data JSON|TEXT|@FILE|@-] [--form]\n"
      "         [--store CODE] [--safe-to-retry] [--no-retry] [--raw-body] [--proxy system|none|URL] [--output FILE]";

int usageError(const QString& message)
{
    QTextStream(stderr) << tr("call: %1").arg(message) << '\n' << QString::fromLatin1(Usage) << '\n';
    return UsageError;
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

int exitCodeFor(const net::HttpResponse& response)
{
    switch (response.failure) {
    case net::FailureKind::None:
        return Success;
    case net::FailureKind::Http:
        return HttpError;
    case net::FailureKind::Dns:
    case net::FailureKind::Refused:
    case net::FailureKind::Timeout:
    case net::FailureKind::Tls:
    case net::FailureKind::Network:
    case net::FailureKind::Cancelled:
        return TransportError;
    case net::FailureKind::Configuration:
    case net::FailureKind::Secret:
    case net::FailureKind::Authentication:
        return SetupError;
    }
    return SetupError;
}

/// Writes the body to stdout or a file, from memory or from the engine's temporary file.
Status writeBody(const net::HttpResponse& response, net::ApiReply& reply, const QString& output)
{
    if (!output.isEmpty()) {
        QFile::remove(output);
        if (!response.bodyFile.isEmpty()) {
            const QString taken = reply.takeBodyFile();
            if (QFile::rename(taken, output))
                return Status();
            const bool copied = QFile::copy(taken, output);
            QFile::remove(taken);
            return copied ? Status() : Status(Error {tr("The body could not be written to %1.").arg(output)});
        }
        QFile file(output);
        if (!file.open(QIODevice::WriteOnly) || file.write(response.body) != response.body.size())
            return Error {tr("The body could not be written to %1: %2").arg(output, file.errorString())};
        return Status();
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return Error {tr("Cannot write to standard output.")};
    if (response.bodyFile.isEmpty()) {
        out.write(response.body);
        return Status();
    }
    QFile in(response.bodyFile);
    if (!in.open(QIODevice::ReadOnly))
        return Error {tr("The body file %1 cannot be read: %2").arg(response.bodyFile, in.errorString())};
    while (!in.atEnd())
        out.write(in.read(1024 * 1024));
    return Status();
}

} // namespace

int runCall(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Sends one request through an endpoint of a workspace."));
    parser.addHelpOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"), tr("The workspace folder."), tr("DIR"));
    const QCommandLineOption envOption(
        QStringLiteral("env"), tr("The environment whose variables to use."), tr("NAME"));
    const QCommandLineOption queryOption(
        QStringLiteral("query"), tr("A query parameter (repeatable)."), tr("KEY=VALUE"));
    const QCommandLineOption headerOption(
        QStringLiteral("header"), tr("A request header (repeatable)."), tr("NAME: VALUE"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
        tr("The request body: JSON or text, @FILE to read a file, @- to read standard input."), tr("BODY"));
    const QCommandLineOption formOption(
        QStringLiteral("form"), tr("Send the body as application/x-www-form-urlencoded."));
    const QCommandLineOption storeOption(QStringLiteral("store"),
        tr("Magento store code for this request (\"all\" for global scope) instead of the endpoint's."), tr("CODE"));
    const QCommandLineOption safeOption(QStringLiteral("safe-to-retry"),
        tr("The request may be repeated after a failure although the method is not idempotent (an upsert)."));
    const QCommandLineOption noRetryOption(
        QStringLiteral("no-retry"), tr("Do not repeat the request after a failure."));
    const QCommandLineOption rawOption(
        QStringLiteral("raw-body"), tr("Send the body as it is, without replacing {{variables}}."));
    const QCommandLineOption proxyOption(QStringLiteral("proxy"),
        tr("system, none, or a proxy URL, instead of the endpoint's proxy setting (default: the system's)."),
        tr("PROXY"));
    const QCommandLineOption outputOption(
        QStringLiteral("output"), tr("Write the body to FILE instead of standard output."), tr("FILE"));
    parser.addOptions({workspaceOption, envOption, queryOption, headerOption, dataOption, formOption, storeOption,
        safeOption, noRetryOption, rawOption, proxyOption, outputOption});
    parser.addPositionalArgument(QStringLiteral("ENDPOINT"), tr("The endpoint id (its file name in endpoints/)."));
    parser.addPositionalArgument(QStringLiteral("METHOD"), tr("GET, POST, PUT, PATCH, DELETE, ..."));
    parser.addPositionalArgument(QStringLiteral("PATH"),
        tr("Below the endpoint's API root: for Magento /V1/... (sent to /rest/<store>/V1/...), otherwise below the "
           "base URL."));
    if (!parser.parse(QStringList {QStringLiteral("integration-studio call")} + args))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout)
            << parser.helpText() << '\n'
            << tr("Secrets come from the keychain (or the workspace's vault, passphrase in "
                  "STUDIO_VAULT_PASSPHRASE), or from environment variables:\n"
                  "  STUDIO_SECRET_<ENDPOINT>_<FIELD>      e.g. STUDIO_SECRET_MAGENTO_STAGING_ACCESS_TOKEN\n"
                  "  STUDIO_SECRET_ENV_<ENVIRONMENT>_<VARIABLE>  secret variables of an environment\n"
                  "Exit codes: 0 HTTP 2xx, 1 HTTP error or unfollowed redirect, 2 usage, 3 transport "
                  "(DNS, refused, timeout, TLS), 4 settings, secrets or credentials.")
            << '\n';
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return usageError(tr("ENDPOINT, METHOD and PATH are required."));
    if (!parser.isSet(workspaceOption))
        return usageError(tr("--workspace DIR is required."));

    Result<Workspace> workspace = Workspace::open(parser.value(workspaceOption));
    if (!workspace)
        return usageError(workspace.error().toString());
    const Endpoint* endpoint = workspace->endpoint(positional.at(0));
    if (!endpoint) {
        QStringList ids;
        for (const Endpoint& e : workspace->endpoints())
            ids << e.id;
        return usageError(tr("The workspace has no endpoint \"%1\" (endpoints: %2).")
                              .arg(positional.at(0), ids.isEmpty() ? tr("none") : ids.join(QStringLiteral(", "))));
    }
    if (!endpoint->isHttp())
        return usageError(tr("Endpoint \"%1\" is not an HTTP endpoint.").arg(endpoint->id));
    Environment environment;
    if (parser.isSet(envOption)) {
        const Environment* found = workspace->environment(parser.value(envOption));
        if (!found)
            return usageError(tr("The workspace has no environment \"%1\".").arg(parser.value(envOption)));
        environment = *found;
    } else if (workspace->environments().size() == 1) {
        environment = workspace->environments().first();
    }

    RequestSpec spec;
    spec.endpointId = endpoint->id;
    spec.method = positional.at(1).toUtf8();
    spec.path = positional.at(2);
    spec.storeCode = parser.value(storeOption);
    spec.safeToRetry = parser.isSet(safeOption);
    for (const QString& item : parser.values(queryOption)) {
        const qsizetype equals = item.indexOf(u'=');
        if (equals <= 0)
            return usageError(tr("--query %1: use KEY=VALUE.").arg(item));
        spec.query.append({item.left(equals), item.mid(equals + 1)});
    }
    for (const QString& item : parser.values(headerOption)) {
        const qsizetype colon = item.indexOf(u':');
        if (colon <= 0)
            return usageError(tr("--header %1: use 'NAME: VALUE'.").arg(item));
        spec.headers.append({item.left(colon).trimmed(), item.mid(colon + 1).trimmed()});
    }
    if (parser.isSet(dataOption)) {
        const QString data = parser.value(dataOption);
        QByteArray bytes;
        if (data == u"@-") {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly))
                return usageError(tr("Cannot read the body from standard input."));
            bytes = in.readAll();
        } else if (data.startsWith(u'@')) {
            QFile in(data.mid(1));
            if (!in.open(QIODevice::ReadOnly))
                return usageError(tr("The body file %1 cannot be read: %2").arg(data.mid(1), in.errorString()));
            bytes = in.readAll();
        } else {
            bytes = data.toUtf8();
        }
        spec.body = QString::fromUtf8(bytes);
        const QByteArray head = bytes.trimmed().left(1);
        spec.bodyType = parser.isSet(formOption)           ? QStringLiteral("form")
            : (head == "{" || head == "[" || head == "\"") ? QStringLiteral("json")
                                                           : QStringLiteral("text");
    }

    // Secrets: environment variables first (STUDIO_SECRET_<ENDPOINT>_<FIELD>), then the keychain or vault.
    const std::unique_ptr<LayeredSecretStore> secrets = LayeredSecretStore::forWorkspace(workspace->folder());
    secrets->environment().mapEndpoint(*endpoint);
    if (!endpoint->tls.clientKeyPassphraseRef.isEmpty())
        secrets->environment().mapField(
            endpoint->tls.clientKeyPassphraseRef, endpoint->id, QStringLiteral("tlsKeyPassphrase"));
    if (!endpoint->proxyPasswordRef.isEmpty())
        secrets->environment().mapField(endpoint->proxyPasswordRef, endpoint->id, QStringLiteral("proxyPassword"));
    for (auto it = environment.secretVariables.cbegin(); it != environment.secretVariables.cend(); ++it)
        secrets->environment().mapField(it.value(), QStringLiteral("env ") + environment.name, it.key());

    RequestLogOptions logOptions;
    const QString tokenUrl = endpoint->auth.fields.value(QStringLiteral("tokenUrl")).trimmed();
    if (!tokenUrl.isEmpty() && !tokenUrl.contains(u"{{"))
        logOptions.redaction.tokenUrls.append(tokenUrl);
    Result<std::unique_ptr<RequestLog>> log = RequestLog::open(requestLogPath(workspace->folder()), logOptions);
    if (!log)
        QTextStream(stderr) << tr("warning: the request is not logged: %1").arg(log.error().toString()) << '\n';
    RequestRecorder* recorder = log ? log.value().get() : nullptr;

    net::ApiClientOptions options;
    const Result<QByteArray> salt = net::loadOrCreateFingerprintSalt(workspace->stateFolder());
    if (salt)
        options.fingerprintSalt = salt.value();
    if (parser.isSet(noRetryOption))
        options.retryPolicy = net::RetryPolicy::none();
    std::optional<net::ProxySettings> proxy;
    if (parser.isSet(proxyOption)) {
        const Result<net::ProxySettings> parsed = net::ProxySettings::parse(parser.value(proxyOption));
        if (!parsed)
            return usageError(parsed.error().message);
        proxy = parsed.value();
    }
    if (log) {
        RequestLog* requestLog = log.value().get();
        // Every credential the engine handles is also scrubbed by value, wherever it might turn up in the log.
        options.secretObserver = [requestLog](const QByteArray& secret) { requestLog->redactor().addLiteral(secret); };
    }
    net::ApiClient client(secrets.get(), recorder);
    client.setOptions(options);
    // --proxy wins over the endpoint's own proxy setting.
    if (proxy)
        client.setProxyFor(endpoint->id, *proxy);

    // Resolve the endpoint first: Magento paths are built on its base URL and store code.
    QEventLoop loop;
    std::optional<Result<net::ResolvedEndpoint>> resolved;
    client.resolve(*endpoint, environment, &loop, [&](Result<net::ResolvedEndpoint> result) {
        resolved = std::move(result);
        loop.quit();
    });
    if (!resolved)
        loop.exec();
    QTextStream err(stderr);
    if (!resolved->ok()) {
        err << tr("error: %1").arg(resolved->error().message) << '\n';
        return SetupError;
    }
    Result<net::ApiCall> call = net::buildApiCall(spec, *endpoint, resolved->value().endpoint, environment);
    if (!call)
        return usageError(call.error().message);
    call->resolveBodyVariables = !parser.isSet(rawOption);
    call->runId = QStringLiteral("cli");

    std::unique_ptr<net::ApiReply> reply(client.send(call.value()));
    QObject::connect(
        reply.get(), &net::ApiReply::retrying, &loop, [&err](int next, qint64 delayMs, const QString& reason) {
            err << tr("retry: attempt %1 in %2 ms (%3)").arg(next).arg(delayMs).arg(reason) << '\n';
            err.flush();
        });
    QObject::connect(reply.get(), &net::ApiReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const net::HttpResponse& response = reply->response();

    if (response.hasAnswer()) {
        const Status written = writeBody(response, *reply, parser.value(outputOption));
        if (!written)
            err << tr("error: %1").arg(written.error().message) << '\n';
    }
    QStringList facts;
    if (response.hasAnswer())
        facts << QStringLiteral("HTTP %1 %2")
                     .arg(response.status)
                     .arg(QString::fromLatin1(response.reasonPhrase))
                     .trimmed();
    facts << tr("%1 ms").arg(response.durationMs);
    if (response.attempts > 1)
        facts << tr("%1 attempts").arg(response.attempts);
    if (response.hasAnswer())
        facts << sizeText(response.bodySize);
    if (response.http2)
        facts << QStringLiteral("HTTP/2");
    if (!reply->authDescription().isEmpty())
        facts << reply->authDescription();
    err << facts.join(QStringLiteral(" · ")) << '\n';
    if (response.failure != net::FailureKind::None) {
        err << tr("error: %1").arg(response.errorMessage) << '\n';
        if (response.tlsProblem)
            err << response.tlsProblem->details() << '\n';
    }
    if (!response.retryNote.isEmpty() && response.failure != net::FailureKind::None)
        err << tr("retries: %1").arg(response.retryNote) << '\n';
    if (log) {
        const Status flushed = log.value()->flush();
        if (!flushed)
            err << tr("warning: the request log could not be written: %1").arg(flushed.error().toString()) << '\n';
        log.value()->close();
    }
    return exitCodeFor(response);
}

} // namespace studio::app
