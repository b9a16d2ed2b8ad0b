#include "core/secrets/secretstorage.h"

#include "core/secrets/secretsasync_p.h"
#include "core/secrets/vaultstore.h"

#include <optional>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <utility>

namespace studio {

void planSecretStorage(
    const QString& workspaceFolder, QObject* context, std::function<void(SecretStoragePlan)> done, int probeTimeoutMs)
{
    if (!context)
        context = QCoreApplication::instance();
    // Parented to the context, so an abandoned probe does not outlive the one who asked.
    auto* keychain = new KeychainStore(context);
    SecretStoragePlan plan;
    plan.vaultPath = VaultStore::defaultPath(workspaceFolder);
    plan.keychainBackend = keychain->backendName();
    if (QFileInfo::exists(plan.vaultPath)) {
        delete keychain;
        plan.choice = SecretStoragePlan::Choice::UnlockVault;
        secrets_detail::postLater(context, [plan, done = std::move(done)] { done(plan); });
        return;
    }
    keychain->probe(
        context,
        [keychain, plan, done = std::move(done)](Status reachable) mutable {
            keychain->deleteLater();
            if (reachable) {
                plan.choice = SecretStoragePlan::Choice::Keychain;
            } else {
                plan.choice = SecretStoragePlan::Choice::OfferVault;
                plan.keychainProblem = reachable.error().message;
            }
            done(plan);
        },
        probeTimeoutMs);
}

SecretStoragePlan planSecretStorageBlocking(const QString& workspaceFolder, int probeTimeoutMs)
{
    QEventLoop loop;
    std::optional<SecretStoragePlan> plan;
    planSecretStorage(
        workspaceFolder, &loop,
        [&](SecretStoragePlan found) {
            plan = std::move(found);
            loop.quit();
        },
        probeTimeoutMs);
    if (!plan)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return *plan;
}

Result<std::unique_ptr<SecretStore>> openSecretStore(const SecretStoragePlan& plan, const SecretStorageAnswer& answer)
{
    switch (plan.choice) {
    case SecretStoragePlan::Choice::Keychain:
        return std::unique_ptr<SecretStore>(std::make_unique<KeychainStore>());
    case SecretStoragePlan::Choice::UnlockVault: {
        auto vault = VaultStore::unlock(plan.vaultPath, answer.passphrase);
        if (!vault)
            return vault.error();
        return std::unique_ptr<SecretStore>(std::move(vault).value());
    }
    case SecretStoragePlan::Choice::OfferVault:
        break;
    }
    if (!answer.consentToVault) {
        const QString reason = plan.keychainProblem.isEmpty()
            ? QCoreApplication::translate("SecretStorage", "No keychain is reachable.")
            : plan.keychainProblem;
        return Error {QCoreApplication::translate("SecretStorage",
            "%1 Secrets can instead be kept in an encrypted vault file (%2), protected by a passphrase you choose.")
                          .arg(reason, plan.vaultPath)};
    }
    auto vault = VaultStore::create(plan.vaultPath, answer.passphrase);
    if (!vault)
        return vault.error();
    return std::unique_ptr<SecretStore>(std::move(vault).value());
}

} // namespace studio
