#pragma once

#include "core/common/result.h"
#include "core/log/logentry.h"
#include "core/net/apiclient.h"

#include <QCoreApplication>
#include <QStringList>

namespace studio::ui {

/// What "replay as-is" sends for a log entry: the logged method, URL, headers and body, through the entry's
/// endpoint in the entry's environment, so the endpoint's authentication, TLS policy and rate limit apply afresh
/// and the new exchange lands in the request log (run id "replay:<id>").
struct ReplayPlan
{
    net::ApiCall call;
    /// What was left out on the way (credentials the auth writes again).
    QStringList notes;
    /// True when the body, a header or the URL still holds the log's redaction marker: the marker would be sent
    /// as text, so the user must confirm.
    bool hasRedactedValues = false;

    /// The plan for `entry` among the workspace's endpoints and environments. Fails with a sentence the user can
    /// act on when the entry cannot be sent as it was: its body was cut, it is a credential exchange whose body
    /// the log does not keep, or its endpoint or environment no longer exists.
    static Result<ReplayPlan> make(const LogEntry& entry, const QList<Endpoint>& endpoints,
        const QList<Environment>& environments, const QByteArray& redactionMarker = QByteArrayLiteral("[redacted]"));

    Q_DECLARE_TR_FUNCTIONS(studio::ui::ReplayPlan)
};

} // namespace studio::ui
