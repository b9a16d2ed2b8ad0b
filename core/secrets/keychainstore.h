#pragma once

#include "core/common/result.h"
#include "core/secrets/secretstore.h"

#include <QString>

namespace studio {

/// The secret store of choice: the operating system's keychain through QtKeychain — the Secret Service
/// (gnome-keyring, KeePassXC, ...) or KWallet on Linux, the Keychain on macOS, the Credential Manager on Windows.
///
/// Entries live under the service name "Integration Studio" with the secret reference as their key (on the Secret
/// Service: attributes `server` = service name, `user` = reference). Text secrets are stored as text, so a user
/// can find them in Seahorse or Keychain Access; other bytes are stored base64-encoded by QtKeychain.
///
/// QtKeychain's "insecure fallback" — a plain-text QSettings file when no keychain answers — is switched off on
/// every job: without a keychain, operations fail and the app offers the encrypted vault instead (see
/// SecretStorageAdvisor).
class KeychainStore final : public SecretStore
{
    Q_OBJECT

public:
    /// The service name every entry is filed under.
    static QString serviceName();
    /// How long probe() waits by default. Generous, because the keychain may be showing an unlock prompt.
    static constexpr int DefaultProbeTimeoutMs = 15000;

    explicit KeychainStore(QObject* parent = nullptr);
    ~KeychainStore() override;

    /// The keychain QtKeychain uses here: "Secret Service", "KWallet", "macOS Keychain" or
    /// "Windows Credential Manager".
    QString backendName() const override;
    void read(const QString& ref, QObject* context, ReadCallback done) override;
    void write(const QString& ref, const SecureBytes& value, QObject* context, DoneCallback done) override;
    void remove(const QString& ref, QObject* context, DoneCallback done) override;

    /// Finds out whether the keychain works: writes a random probe entry, reads it back, compares and deletes it.
    /// `done` gets success, or an error in plain words ("No keychain is reachable: ...", "The keychain did not
    /// answer within 15 s") that the app shows before it offers the vault. The probe entry is deleted even when the
    /// answer comes after the timeout.
    void probe(QObject* context, DoneCallback done, int timeoutMs = DefaultProbeTimeoutMs);
};

} // namespace studio
