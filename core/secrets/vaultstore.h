#pragma once

#include "core/common/result.h"
#include "core/secrets/secretcrypto.h"
#include "core/secrets/secretstore.h"
#include "core/secrets/securebytes.h"

#include <functional>
#include <map>
#include <memory>
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace studio {

/// The fallback secret store: an encrypted file in the workspace's `.studio/` folder, for machines where no
/// keychain is reachable. The user chooses a passphrase; nothing in the file is readable without it.
///
/// File format, version 1 (integers big-endian):
///
/// | offset | size | field                                                         |
/// |-------:|-----:|---------------------------------------------------------------|
/// |      0 |    8 | magic `IS-VAULT`                                              |
/// |      8 |    2 | format version (1)                                            |
/// |     10 |    1 | key derivation function (1 = scrypt)                          |
/// |     11 |    1 | log2 of scrypt's N                                            |
/// |     12 |    4 | scrypt r                                                      |
/// |     16 |    4 | scrypt p                                                      |
/// |     20 |   32 | salt (random, new with every passphrase)                      |
/// |     52 |   12 | nonce (random, new with every save)                           |
/// |     64 |    … | AES-256-GCM ciphertext of the payload                         |
/// | end-16 |   16 | GCM tag                                                       |
///
/// The key is scrypt(passphrase, salt, N, r, p) and the whole 64-byte header is the GCM's additional authenticated
/// data, so a change to any byte of the file — header, ciphertext or tag — fails authentication. The payload is a
/// binary list rather than JSON so that every decrypted byte lives in a SecureBytes and is wiped after use:
/// u32 count, then per secret u32 length + UTF-8 reference, u32 length + value; zero padding to a multiple of
/// 256 bytes hides the exact length of the secrets.
///
/// Every operation reads and decrypts the file afresh (no decrypted secrets stay in memory; only the derived key
/// does, so writes need not rerun scrypt), and every write re-encrypts the whole file with a fresh nonce and
/// replaces it atomically, under a lock file so that the studio and its command line can share a vault. A file that
/// does not decrypt is never overwritten: every failure leaves it byte-for-byte as it was.
class VaultStore final : public SecretStore
{
    Q_OBJECT

public:
    static constexpr int FormatVersion = 1;
    static constexpr int HeaderSize = 64;
    static constexpr int SaltSize = 32;
    /// The smallest well-formed file: a header and a tag (an empty ciphertext cannot occur, but is not required).
    static constexpr int MinimumFileSize = HeaderSize + crypto::GcmTagSize;
    /// Larger files are refused before they are read.
    static constexpr qint64 MaximumFileSize = 64 * 1024 * 1024;

    using OpenResult = Result<std::unique_ptr<VaultStore>>;
    using OpenCallback = std::function<void(OpenResult)>;

    /// The scrypt cost new vaults get: N = 2^17, r = 8, p = 1 (128 MiB, a fraction of a second).
    static crypto::ScryptParams defaultKdfParams();
    /// Checks scrypt parameters against the range a vault may use: N = 2^10 … 2^24, r = 1 … 32, p = 1 … 16, at most
    /// 1 GiB of memory and 2^25 units of work (N·r·p; the default is 2^20). Parameters outside it are refused on create
    /// and on unlock, so a damaged or hostile file cannot make the studio allocate gigabytes or compute for hours.
    static Status checkKdfParams(const crypto::ScryptParams& params);
    /// Where a workspace keeps its vault: `<workspace>/.studio/secrets.vault`.
    static QString defaultPath(const QString& workspaceFolder);

    /// Creates a new, empty vault at `path` (the folder is created if needed). Fails if a file already exists
    /// there, or if the passphrase is empty. Runs scrypt on the calling thread; see createAsync().
    static OpenResult create(
        const QString& path, const SecureBytes& passphrase, const crypto::ScryptParams& params = defaultKdfParams());
    /// Opens an existing vault with its passphrase. A wrong passphrase, a changed or damaged file, a truncated file,
    /// an unknown format version or absurd key derivation parameters give an error that names the file; the file
    /// is only read. Runs scrypt on the calling thread; see unlockAsync().
    static OpenResult unlock(const QString& path, const SecureBytes& passphrase);
    /// create() on a worker thread (scrypt takes a noticeable moment); `done` runs on `context`'s thread, and not
    /// at all if `context` is destroyed first.
    static void createAsync(const QString& path, const SecureBytes& passphrase, const crypto::ScryptParams& params,
        QObject* context, OpenCallback done);
    /// unlock() on a worker thread; `done` runs on `context`'s thread, and not at all if `context` is destroyed first.
    static void unlockAsync(const QString& path, const SecureBytes& passphrase, QObject* context, OpenCallback done);

    ~VaultStore() override;

    /// The vault file.
    QString path() const { return m_path; }
    /// The scrypt parameters of the current passphrase.
    crypto::ScryptParams kdfParams() const { return m_params; }

    /// "Encrypted vault (secrets.vault)".
    QString backendName() const override;
    void read(const QString& ref, QObject* context, ReadCallback done) override;
    void write(const QString& ref, const SecureBytes& value, QObject* context, DoneCallback done) override;
    void remove(const QString& ref, QObject* context, DoneCallback done) override;

    /// The references stored in the vault, sorted; for listing and migrating secrets.
    Result<QStringList> references() const;
    /// Re-encrypts the vault under a new passphrase (new salt, and `params`). `current` must be the passphrase the
    /// vault was unlocked with. The file is replaced atomically: a failure leaves the old file and passphrase valid.
    Status changePassphrase(
        const SecureBytes& current, const SecureBytes& next, const crypto::ScryptParams& params = defaultKdfParams());

private:
    using Entries = std::map<QString, SecureBytes>;

    VaultStore(const QString& path, SecureBytes key, const crypto::ScryptParams& params, const QByteArray& salt);

    Result<Entries> load() const;
    Status save(const Entries& entries) const;
    Status modify(const std::function<Status(Entries&, bool& changed)>& change);

    QString m_path;
    SecureBytes m_key;
    crypto::ScryptParams m_params;
    QByteArray m_salt;
};

} // namespace studio
