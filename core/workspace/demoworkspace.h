#pragma once

#include "core/common/result.h"
#include "core/secrets/securebytes.h"
#include "core/workspace/workspace.h"

#include <QList>
#include <QPair>
#include <QString>

namespace studio::demo {

/// The demo workspace shipped in resources/demo: a Magento endpoint (OAuth 1.0a integration), the same store
/// with an admin token, and the demo ERP — all pointing at the built-in sandbox (127.0.0.1:8780 and :8781)
/// through the "Sandbox" environment.

/// Where the demo workspace lives for this user: <AppDataLocation>/demo-workspace.
QString defaultFolder();

/// Copies the demo workspace into `folder` unless a workspace is already there (then it is opened as it is,
/// keeping the user's changes). Returns the opened workspace.
Result<Workspace> install(const QString& folder);

/// The sandbox's demo credentials, as the sandbox reports them.
struct Credentials
{
    SecureBytes consumerKey;
    SecureBytes consumerSecret;
    SecureBytes accessToken;
    SecureBytes accessTokenSecret;
    SecureBytes adminPassword;
    SecureBytes erpApiKey;
};

/// The SecretStore entries (reference, value) the demo endpoints need, filled from `credentials`.
QList<QPair<QString, SecureBytes>> secretEntries(const Credentials& credentials);

} // namespace studio::demo
