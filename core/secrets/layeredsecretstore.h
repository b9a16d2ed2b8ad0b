#pragma once

#include "core/common/result.h"
#include "core/secrets/environmentsecretstore.h"
#include "core/secrets/secretstore.h"

#include <functional>
#include <memory>
#include <QProcessEnvironment>
#include <QString>

namespace studio {

/// Secrets in two layers, for headless runs (`integration-studio call`, `run` in CI): environment variables first
/// (EnvironmentSecretStore, STUDIO_SECRET_<ENDPOINT>_<FIELD>), then — only for a secret the variables do not hold —
/// the persistent store, the workspace's keychain or vault. Writes and removals (cached tokens, mostly) go to the
/// persistent store; without one they fail with the environment store's read-only error, which only means that
/// tokens are not kept between runs.
///
/// The persistent store is opened on first need, by the opener given: a pipeline that passes every secret as a
/// variable never waits for a keychain. When it cannot be opened, or does not have a secret either, the error
/// names the variables that would have provided it.
class LayeredSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayeredSecretStore)

public:
    /// Opens the persistent store, or says in plain words why there is none.
    using Opener = std::function<Result<std::unique_ptr<SecretStore>>()>;

    /// Variables from `environment` over the store `openPersistent` opens (called at most once).
    explicit LayeredSecretStore(Opener openPersistent,
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(), QObject* parent = nullptr);
    ~LayeredSecretStore() override;

    /// The layers the command line uses: `environment`'s variables over the keychain or vault of the workspace in
    /// `workspaceFolder` (planSecretStorageBlocking(), keychain probe at most `keychainProbeTimeoutMs`). A vault is
    /// unlocked with the passphrase in the variable STUDIO_VAULT_PASSPHRASE; no vault is ever created here.
    static std::unique_ptr<LayeredSecretStore> forWorkspace(const QString& workspaceFolder,
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
        int keychainProbeTimeoutMs = 5000);

    /// The variable layer, to map secret references to endpoint fields (EnvironmentSecretStore::mapField()).
    EnvironmentSecretStore& environment() { return m_environment; }
    /// The persistent layer, opened now if that was not tried yet; null when there is none (see
    /// persistentProblem()). Blocks while the opener runs (a keychain probe, a vault's key derivation).
    SecretStore* persistent();
    /// Why there is no persistent store; empty while it was not tried or when it opened.
    QString persistentProblem() const { return m_problem; }

    /// "environment variables, then <persistent store>" once the persistent store is open, else "environment
    /// variables".
    QString backendName() const override;
    /// From the variables if they hold `ref`, else from the persistent store.
    void read(const QString& ref, QObject* context, ReadCallback done) override;
    /// To the persistent store (opening it if needed); fails without one.
    void write(const QString& ref, const SecureBytes& value, QObject* context, DoneCallback done) override;
    /// From the persistent store (opening it if needed); fails without one.
    void remove(const QString& ref, QObject* context, DoneCallback done) override;

private:
    EnvironmentSecretStore m_environment;
    Opener m_opener;
    std::unique_ptr<SecretStore> m_persistent;
    bool m_tried = false;
    QString m_problem;
};

} // namespace studio
