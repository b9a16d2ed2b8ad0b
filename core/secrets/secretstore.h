#pragma once

#include "core/common/result.h"
#include "core/secrets/securebytes.h"

#include <functional>
#include <QObject>
#include <QString>

namespace studio {

/// Where the studio keeps credentials. Workspace files hold only a reference (an opaque key such as
/// "ws-<workspace id>/<uuid>"); the value lives in the operating system's keychain, or — when none is
/// reachable — in the encrypted vault file of the workspace.
///
/// Operations are asynchronous because keychains may talk over D-Bus or show a prompt: the callback runs
/// later on the thread that owns `context` (never inside the call), unless `context` is destroyed first.
/// Values never appear in errors.
///
/// Implementations: KeychainStore (keychainstore.h), VaultStore (vaultstore.h), EnvironmentSecretStore
/// (environmentsecretstore.h, read-only, for the command line), LayeredSecretStore (layeredsecretstore.h: variables
/// over keychain or vault, for the command line). secretstorage.h chooses between the first two.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(Result<SecureBytes>)>;
    using DoneCallback = std::function<void(Status)>;

    explicit SecretStore(QObject* parent = nullptr)
        : QObject(parent)
    { }
    ~SecretStore() override = default;

    /// Human-readable name of the backend, e.g. "Secret Service (gnome-keyring)" or "Encrypted vault".
    virtual QString backendName() const = 0;
    /// Reads the secret stored under `ref`. A missing entry is an error that names the reference.
    virtual void read(const QString& ref, QObject* context, ReadCallback done) = 0;
    /// Stores (creates or replaces) the secret under `ref`.
    virtual void write(const QString& ref, const SecureBytes& value, QObject* context, DoneCallback done) = 0;
    /// Deletes the secret under `ref`; deleting a missing entry succeeds.
    virtual void remove(const QString& ref, QObject* context, DoneCallback done) = 0;
};

/// Waits for read() in a local event loop; for the command line and tests, never for the UI thread.
Result<SecureBytes> readSecretBlocking(SecretStore& store, const QString& ref);
/// Waits for write() in a local event loop; for the command line and tests, never for the UI thread.
Status writeSecretBlocking(SecretStore& store, const QString& ref, const SecureBytes& value);
/// Waits for remove() in a local event loop; for the command line and tests, never for the UI thread.
Status removeSecretBlocking(SecretStore& store, const QString& ref);

/// A new, unique secret reference for a workspace: "ws-<workspaceId>/<uuid>".
QString newSecretRef(const QString& workspaceId);

} // namespace studio
