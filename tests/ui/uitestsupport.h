#pragma once

#include "core/common/result.h"
#include "core/secrets/keychainstore.h"
#include "tests/support/testsupport.h"

#include <memory>
#include <QString>

namespace studio::ui {
class WorkspaceSession;
}

namespace studio::test {

/// Points QSettings at a private folder, so tests never read or change the user's settings.
/// Call before anything creates a QSettings.
void isolateSettings(const QString& folder);

/// A keychain store after a successful probe, or the reason the keychain cannot be used.
Result<std::shared_ptr<KeychainStore>> reachableKeychain();

/// Opens `folder` in the session and waits until it is open; false (with a warning) if it fails.
bool openAndWait(ui::WorkspaceSession& session, const QString& folder);

/// A secret value made at run time (never a constant in the source).
QString generatedSecret(const QString& label);

} // namespace studio::test

/// Fails under CI=true and skips elsewhere when no keychain is reachable (for real-keyring tests).
#define STUDIO_REQUIRE_KEYCHAIN(store)                                                                                 \
    auto store##Result = studio::test::reachableKeychain();                                                            \
    if (!store##Result.ok()) {                                                                                         \
        if (studio::test::inCi())                                                                                      \
            QFAIL(qPrintable(QStringLiteral("No keychain reachable under CI: ") + store##Result.error().toString()));  \
        QSKIP(qPrintable(QStringLiteral("No keychain reachable: ") + store##Result.error().toString()));               \
    }                                                                                                                  \
    std::shared_ptr<studio::KeychainStore> store = store##Result.value()
