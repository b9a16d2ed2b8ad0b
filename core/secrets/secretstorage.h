#pragma once

#include "core/common/result.h"
#include "core/secrets/keychainstore.h"
#include "core/secrets/secretstore.h"
#include "core/secrets/securebytes.h"

#include <functional>
#include <memory>
#include <QString>

namespace studio {

/// Where a workspace's secrets should live, as found by planSecretStorage(). Core decides nothing that needs the
/// user: it reports; the app asks (passphrase, consent) and then calls openSecretStore().
struct SecretStoragePlan
{
    enum class Choice {
        /// The keychain answered: use it (no question to ask).
        Keychain,
        /// The workspace has a vault file (its references point there): ask for its passphrase.
        UnlockVault,
        /// No keychain is reachable and there is no vault: show keychainProblem, and only if the user agrees, ask
        /// for a new passphrase and create the vault.
        OfferVault,
    };

    Choice choice = Choice::OfferVault;
    /// The keychain of this platform, e.g. "Secret Service".
    QString keychainBackend;
    /// Why the keychain cannot be used, in plain words ("No keychain is reachable: ..."); empty when it can, or when
    /// it was not probed because the workspace has a vault.
    QString keychainProblem;
    /// `<workspace>/.studio/secrets.vault`, whether it exists or not.
    QString vaultPath;
};

/// Finds out where the secrets of the workspace in `workspaceFolder` should live. A workspace with a vault file
/// keeps using it (the keychain is not probed). Otherwise the keychain is probed (KeychainStore::probe(), at most
/// `probeTimeoutMs`): Keychain if it works, OfferVault with the reason if not. `done` runs on `context`'s thread
/// (which must be the calling thread), and not at all if `context` is destroyed first.
void planSecretStorage(const QString& workspaceFolder, QObject* context, std::function<void(SecretStoragePlan)> done,
    int probeTimeoutMs = KeychainStore::DefaultProbeTimeoutMs);

/// planSecretStorage() in a local event loop; for the command line and tests, never for the UI thread.
SecretStoragePlan planSecretStorageBlocking(
    const QString& workspaceFolder, int probeTimeoutMs = KeychainStore::DefaultProbeTimeoutMs);

/// What the user said, for openSecretStore().
struct SecretStorageAnswer
{
    /// The vault passphrase: the existing one for UnlockVault, a new one for OfferVault.
    SecureBytes passphrase;
    /// For OfferVault: the user agreed to keep secrets in an encrypted vault file. Without it no vault is created.
    bool consentToVault = false;
};

/// Opens the store a plan chose: a KeychainStore, an unlocked VaultStore, or — for OfferVault with consent — a new
/// VaultStore. OfferVault without consent is an error that repeats why the keychain cannot be used. Unlocking and
/// creating run scrypt on the calling thread; the UI may prefer VaultStore::unlockAsync()/createAsync().
Result<std::unique_ptr<SecretStore>> openSecretStore(const SecretStoragePlan& plan, const SecretStorageAnswer& answer);

} // namespace studio
