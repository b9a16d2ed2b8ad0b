#include "ui/logs/logreplay.h"

#include "core/log/loggedrequest.h"
#include "core/workspace/variables.h"

#include <QLocale>

namespace studio::ui {

Result<ReplayPlan> ReplayPlan::make(const LogEntry& entry, const QList<Endpoint>& endpoints,
    const QList<Environment>& environments, const QByteArray& redactionMarker)
{
    const QByteArray marker = redactionMarker.isEmpty() ? QByteArrayLiteral("[redacted]") : redactionMarker;
    if (entry.requestBodyTruncated)
        return Error {
            tr("Entry %1 cannot be replayed as it was: the log kept only the first %2 of its %3-byte body. "
               "Open it in the console and complete the body there.")
                .arg(entry.id)
                .arg(QLocale().formattedDataSize(entry.requestBody.size()), QLocale().toString(entry.requestBodySize))};
    if (entry.requestBody.startsWith("[credential exchange"))
        return Error {tr("Entry %1 is a credential exchange (a token request): the log does not keep its body, so it "
                         "cannot be replayed. Requests through the endpoint fetch a new token by themselves.")
                          .arg(entry.id)};
    const Endpoint* endpoint = nullptr;
    for (const Endpoint& candidate : endpoints) {
        if (candidate.id == entry.endpointId)
            endpoint = &candidate;
    }
    if (!endpoint)
        return Error {entry.endpointId.isEmpty()
                ? tr("Entry %1 names no endpoint, so it cannot be replayed with authentication. Open it in the "
                     "console instead.")
                      .arg(entry.id)
                : tr("The endpoint \"%1\" that entry %2 was sent through no longer exists in the workspace. Open the "
                     "entry in the console and choose an endpoint.")
                      .arg(entry.endpointId)
                      .arg(entry.id)};
    Environment environment;
    if (!entry.environment.isEmpty()) {
        bool found = false;
        for (const Environment& candidate : environments) {
            if (candidate.name == entry.environment) {
                environment = candidate;
                found = true;
            }
        }
        if (!found)
            return Error {tr("The environment \"%1\" that entry %2 was sent in no longer exists in the workspace. Open "
                             "the entry in the console and choose an environment.")
                              .arg(entry.environment)
                              .arg(entry.id)};
    }
    // The auth settings as they apply in that environment (an API key name may be a variable).
    const Result<Endpoint> resolved = VariableResolver::forEnvironment(environment).resolveEndpoint(*endpoint);
    const Endpoint& authEndpoint = resolved ? resolved.value() : *endpoint;

    ReplayPlan plan;
    net::ApiCall& call = plan.call;
    call.endpoint = *endpoint;
    call.environment = environment;
    call.method = entry.method.trimmed().toUpper();
    call.target = replayableUrl(entry, &authEndpoint, &plan.notes);
    for (const auto& [name, value] : replayableHeaders(entry, &authEndpoint, &plan.notes))
        call.headers.append({QString::fromLatin1(name), QString::fromUtf8(value)});
    call.body = entry.requestBody;
    // As sent: the body is not a template.
    call.resolveBodyVariables = false;
    call.runId = QStringLiteral("replay:%1").arg(entry.id);
    const QString markerText = QString::fromUtf8(marker);
    const QString encodedMarker = QString::fromLatin1(marker.toPercentEncoding());
    plan.hasRedactedValues = entry.requestBody.contains(marker) || call.target.contains(markerText)
        || call.target.contains(encodedMarker, Qt::CaseInsensitive);
    for (const auto& header : std::as_const(call.headers))
        plan.hasRedactedValues = plan.hasRedactedValues || header.second.contains(markerText);
    return plan;
}

} // namespace studio::ui
