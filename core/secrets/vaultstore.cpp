#include "core/secrets/vaultstore.h"

#include "core/common/atomicfile.h"
#include "core/secrets/secretsasync_p.h"

#include <algorithm>
#include <cstring>
#include <optional>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QtEndian>
#include <utility>

namespace studio {

namespace {

constexpr char Magic[8] = {'I', 'S', '-', 'V', 'A', 'U', 'L', 'T'};
constexpr int MagicSize = 8;
constexpr quint8 KdfScrypt = 1;
constexpr int OffsetVersion = 8;
constexpr int OffsetKdf = 10;
constexpr int OffsetLog2N = 11;
constexpr int OffsetR = 12;
constexpr int OffsetP = 16;
constexpr int OffsetSalt = 20;
constexpr int OffsetNonce = OffsetSalt + VaultStore::SaltSize;
static_assert(OffsetNonce + crypto::GcmNonceSize == VaultStore::HeaderSize);

/// Padding granularity of the payload, so the file size does not give away the exact length of the secrets.
constexpr std::size_t PayloadBlock = 256;
/// How long a writer waits for another writer (another window, the command line) to finish.
constexpr int LockWaitMs = 5000;

/// What the plain-text header says, and where the encrypted parts are.
struct ParsedFile
{
    crypto::ScryptParams params;
    QByteArray salt;
    QByteArray nonce;
    QByteArray header;
    QByteArray ciphertext;
    QByteArray tag;
};

Error fileError(const QString& path, const QString& message)
{
    return Error {message, QDir::toNativeSeparators(path)};
}

int log2Exact(std::uint64_t n)
{
    int log = 0;
    while (n > 1) {
        n >>= 1;
        ++log;
    }
    return log;
}

QByteArray buildHeader(const crypto::ScryptParams& params, const QByteArray& salt, const QByteArray& nonce)
{
    QByteArray header(VaultStore::HeaderSize, '\0');
    auto* out = reinterpret_cast<uchar*>(header.data());
    std::memcpy(out, Magic, MagicSize);
    qToBigEndian<quint16>(VaultStore::FormatVersion, out + OffsetVersion);
    out[OffsetKdf] = KdfScrypt;
    out[OffsetLog2N] = static_cast<uchar>(log2Exact(params.n));
    qToBigEndian<quint32>(params.r, out + OffsetR);
    qToBigEndian<quint32>(params.p, out + OffsetP);
    std::memcpy(out + OffsetSalt, salt.constData(), VaultStore::SaltSize);
    std::memcpy(out + OffsetNonce, nonce.constData(), crypto::GcmNonceSize);
    return header;
}

/// Reads the header and splits the file. Everything checked here is checked before any key derivation, so a
/// damaged or hostile header costs nothing.
Result<ParsedFile> parseFile(const QString& path, const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return fileError(
            path, VaultStore::tr("The vault file is empty. It may have been cut short while it was being copied."));
    const auto magicLength = std::min<qsizetype>(bytes.size(), MagicSize);
    const bool magicMatches = std::memcmp(bytes.constData(), Magic, static_cast<std::size_t>(magicLength)) == 0;
    if (magicMatches && bytes.size() < VaultStore::HeaderSize)
        return fileError(path,
            VaultStore::tr("The vault file is truncated: it has %1 bytes, but its header alone needs %2.")
                .arg(bytes.size())
                .arg(VaultStore::HeaderSize));
    if (!magicMatches)
        return fileError(
            path, VaultStore::tr("This is not an Integration Studio vault file (it does not start with IS-VAULT)."));
    const auto* in = reinterpret_cast<const uchar*>(bytes.constData());
    const quint16 version = qFromBigEndian<quint16>(in + OffsetVersion);
    if (version != VaultStore::FormatVersion) {
        if (version > VaultStore::FormatVersion)
            return fileError(path,
                VaultStore::tr(
                    "The vault uses format version %1, which this version of Integration Studio cannot read (it reads "
                    "version %2). It was probably written by a newer version.")
                    .arg(version)
                    .arg(VaultStore::FormatVersion));
        return fileError(path, VaultStore::tr("The vault has an invalid format version (%1).").arg(version));
    }
    if (in[OffsetKdf] != KdfScrypt)
        return fileError(
            path, VaultStore::tr("The vault names an unknown key derivation function (%1).").arg(in[OffsetKdf]));
    const int log2N = in[OffsetLog2N];
    ParsedFile file;
    file.params.n = log2N < 64 ? (std::uint64_t(1) << log2N) : 0;
    file.params.r = qFromBigEndian<quint32>(in + OffsetR);
    file.params.p = qFromBigEndian<quint32>(in + OffsetP);
    if (log2N >= 64 || !VaultStore::checkKdfParams(file.params))
        return fileError(path,
            VaultStore::tr(
                "The vault's key derivation parameters are out of range (N = 2^%1, r = %2, p = %3): the file is "
                "damaged or was not written by Integration Studio.")
                .arg(log2N)
                .arg(file.params.r)
                .arg(file.params.p));
    if (bytes.size() < VaultStore::MinimumFileSize)
        return fileError(path,
            VaultStore::tr("The vault file is truncated: it has %1 bytes, but even an empty vault has %2.")
                .arg(bytes.size())
                .arg(VaultStore::MinimumFileSize));
    file.header = bytes.left(VaultStore::HeaderSize);
    file.salt = bytes.mid(OffsetSalt, VaultStore::SaltSize);
    file.nonce = bytes.mid(OffsetNonce, crypto::GcmNonceSize);
    file.ciphertext = bytes.mid(VaultStore::HeaderSize, bytes.size() - VaultStore::MinimumFileSize);
    file.tag = bytes.right(crypto::GcmTagSize);
    return file;
}

Result<QByteArray> readVaultFile(const QString& path)
{
    if (!QFileInfo::exists(path))
        return fileError(path, VaultStore::tr("The vault file does not exist."));
    auto bytes = readWholeFile(path, VaultStore::MaximumFileSize);
    if (!bytes)
        return fileError(path, bytes.error().message);
    return bytes;
}

void appendU32(SecureBytes& out, std::size_t& at, std::size_t value)
{
    qToBigEndian<quint32>(static_cast<quint32>(value), out.mutableData() + at);
    at += 4;
}

SecureBytes serializePayload(const std::map<QString, SecureBytes>& entries)
{
    // Two passes (measure, then fill one buffer) so that no secret is ever copied by a growing container.
    std::size_t size = 4;
    for (const auto& [ref, value] : entries)
        size += 4 + static_cast<std::size_t>(ref.toUtf8().size()) + 4 + value.size();
    const std::size_t padded = (size / PayloadBlock + 1) * PayloadBlock;
    SecureBytes payload = SecureBytes::zeroed(padded);
    std::size_t at = 0;
    appendU32(payload, at, entries.size());
    for (const auto& [ref, value] : entries) {
        const QByteArray refUtf8 = ref.toUtf8();
        appendU32(payload, at, static_cast<std::size_t>(refUtf8.size()));
        std::memcpy(payload.mutableData() + at, refUtf8.constData(), static_cast<std::size_t>(refUtf8.size()));
        at += static_cast<std::size_t>(refUtf8.size());
        appendU32(payload, at, value.size());
        if (!value.isEmpty())
            std::memcpy(payload.mutableData() + at, value.data(), value.size());
        at += value.size();
    }
    return payload;
}

/// Parses a decrypted payload. It was authenticated, so damage here means a bug or a forged key, but it is still
/// read defensively: every length is checked against what is left.
Result<std::map<QString, SecureBytes>> parsePayload(const QString& path, const SecureBytes& payload)
{
    const Error malformed = fileError(
        path, VaultStore::tr("The vault decrypted, but its content is malformed. The file was left unchanged."));
    const auto* in = reinterpret_cast<const uchar*>(payload.data());
    const std::size_t size = payload.size();
    std::size_t at = 0;
    auto takeU32 = [&](std::size_t& value) {
        if (size - at < 4)
            return false;
        value = qFromBigEndian<quint32>(in + at);
        at += 4;
        return true;
    };
    std::size_t count = 0;
    if (!takeU32(count))
        return malformed;
    std::map<QString, SecureBytes> entries;
    for (std::size_t i = 0; i < count; ++i) {
        std::size_t refLength = 0;
        if (!takeU32(refLength) || size - at < refLength)
            return malformed;
        const QString ref = QString::fromUtf8(payload.data() + at, static_cast<qsizetype>(refLength));
        at += refLength;
        std::size_t valueLength = 0;
        if (!takeU32(valueLength) || size - at < valueLength || entries.count(ref) != 0)
            return malformed;
        entries.emplace(ref, SecureBytes(payload.data() + at, valueLength));
        at += valueLength;
    }
    for (; at < size; ++at) {
        if (in[at] != 0)
            return malformed;
    }
    return entries;
}

/// The key, and the header fields it belongs to, of an unlocked vault.
struct OpenedVault
{
    SecureBytes key;
    crypto::ScryptParams params;
    QByteArray salt;
};

Status checkPassphrase(const QString& path, const SecureBytes& passphrase)
{
    if (passphrase.isEmpty())
        return fileError(path, VaultStore::tr("The vault passphrase must not be empty."));
    return {};
}

Status writeVault(const QString& path, const SecureBytes& key, const crypto::ScryptParams& params,
    const QByteArray& salt, const std::map<QString, SecureBytes>& entries)
{
    auto nonce = crypto::randomBytes(crypto::GcmNonceSize);
    if (!nonce)
        return fileError(path, nonce.error().message);
    const QByteArray header = buildHeader(params, salt, nonce.value());
    auto sealed = crypto::aes256GcmEncrypt(key, nonce.value(), header, serializePayload(entries));
    if (!sealed)
        return fileError(path, VaultStore::tr("Cannot encrypt the vault: %1").arg(sealed.error().message));
    const QByteArray file = header + sealed->ciphertext + sealed->tag;
    // A file the next unlock would refuse to read must not be written in the first place.
    if (file.size() > VaultStore::MaximumFileSize)
        return fileError(path,
            VaultStore::tr("The secrets are too large for the vault (%1 MiB at most); nothing was saved.")
                .arg(VaultStore::MaximumFileSize / (1024 * 1024)));
    const bool isNew = !QFileInfo::exists(path);
    if (Status saved = writeFileAtomically(path, file); !saved)
        return fileError(path, saved.error().message);
    // Only the owner needs to read the vault; later saves keep these permissions (QSaveFile copies them).
    if (isNew)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

/// Holds the lock file next to the vault while a writer reads, changes and replaces it.
class VaultLock final
{
public:
    explicit VaultLock(const QString& path)
        : m_lock(path + u".lock")
    {
        m_lock.setStaleLockTime(30000);
    }
    Status acquire(const QString& path)
    {
        if (m_lock.tryLock(LockWaitMs))
            return {};
        if (m_lock.error() == QLockFile::LockFailedError)
            return fileError(
                path, VaultStore::tr("The vault is being changed by another program; try again in a moment."));
        return fileError(
            path, VaultStore::tr("Cannot create the vault's lock file next to it (is the folder writable?)."));
    }

private:
    QLockFile m_lock;
};

Result<OpenedVault> createVault(const QString& path, const SecureBytes& passphrase, const crypto::ScryptParams& params)
{
    if (Status ok = checkPassphrase(path, passphrase); !ok)
        return ok.error();
    if (Status ok = VaultStore::checkKdfParams(params); !ok)
        return fileError(path, ok.error().message);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fileError(path, VaultStore::tr("Cannot create the folder for the vault."));
    VaultLock lock(path);
    if (Status locked = lock.acquire(path); !locked)
        return locked.error();
    if (QFileInfo::exists(path))
        return fileError(path,
            VaultStore::tr(
                "A vault file already exists here. Unlock it with its passphrase, or move it away to start a new "
                "vault."));
    auto salt = crypto::randomBytes(VaultStore::SaltSize);
    if (!salt)
        return fileError(path, salt.error().message);
    auto key = crypto::scrypt(passphrase, salt.value(), params, crypto::Aes256KeySize);
    if (!key)
        return fileError(path, key.error().message);
    if (Status saved = writeVault(path, key.value(), params, salt.value(), {}); !saved)
        return saved.error();
    return OpenedVault {std::move(key).value(), params, salt.value()};
}

Result<std::map<QString, SecureBytes>> decryptEntries(
    const QString& path, const ParsedFile& file, const SecureBytes& key, const QString& failureMessage)
{
    auto payload = crypto::aes256GcmDecrypt(key, file.nonce, file.header, file.ciphertext, file.tag);
    if (!payload)
        return fileError(path, failureMessage);
    return parsePayload(path, payload.value());
}

Result<OpenedVault> unlockVault(const QString& path, const SecureBytes& passphrase)
{
    if (Status ok = checkPassphrase(path, passphrase); !ok)
        return ok.error();
    auto bytes = readVaultFile(path);
    if (!bytes)
        return bytes.error();
    auto file = parseFile(path, bytes.value());
    if (!file)
        return file.error();
    auto key = crypto::scrypt(passphrase, file->salt, file->params, crypto::Aes256KeySize);
    if (!key)
        return fileError(path, key.error().message);
    auto entries = decryptEntries(path, file.value(), key.value(),
        VaultStore::tr(
            "Cannot unlock the vault: the passphrase is wrong, or the file was changed or damaged. The file was left "
            "unchanged."));
    if (!entries)
        return entries.error();
    return OpenedVault {std::move(key).value(), file->params, file->salt};
}

} // namespace

crypto::ScryptParams VaultStore::defaultKdfParams()
{
    return {std::uint64_t(1) << 17, 8, 1};
}

Status VaultStore::checkKdfParams(const crypto::ScryptParams& params)
{
    const std::uint64_t n = params.n;
    const bool powerOfTwo = n >= 2 && (n & (n - 1)) == 0;
    const bool inRange = powerOfTwo && n >= (std::uint64_t(1) << 10) && n <= (std::uint64_t(1) << 24) && params.r >= 1
        && params.r <= 32 && params.p >= 1 && params.p <= 16;
    if (!inRange || params.memoryBytes() > (std::uint64_t(1) << 30)
        || n * params.r * params.p > (std::uint64_t(1) << 25))
        return Error {tr("scrypt parameters N = %1, r = %2, p = %3 are outside the range a vault accepts (N a power of "
                         "two from 2^10 to 2^24, r 1–32, p 1–16, at most 1 GiB of memory and N·r·p at most 2^25).")
                          .arg(n)
                          .arg(params.r)
                          .arg(params.p)};
    return {};
}

QString VaultStore::defaultPath(const QString& workspaceFolder)
{
    return QDir(workspaceFolder).filePath(QStringLiteral(".studio/secrets.vault"));
}

VaultStore::VaultStore(const QString& path, SecureBytes key, const crypto::ScryptParams& params, const QByteArray& salt)
    : m_path(path)
    , m_key(std::move(key))
    , m_params(params)
    , m_salt(salt)
{ }

VaultStore::~VaultStore() = default;

VaultStore::OpenResult VaultStore::create(
    const QString& path, const SecureBytes& passphrase, const crypto::ScryptParams& params)
{
    auto opened = createVault(path, passphrase, params);
    if (!opened)
        return opened.error();
    return std::unique_ptr<VaultStore>(new VaultStore(path, std::move(opened->key), opened->params, opened->salt));
}

VaultStore::OpenResult VaultStore::unlock(const QString& path, const SecureBytes& passphrase)
{
    auto opened = unlockVault(path, passphrase);
    if (!opened)
        return opened.error();
    return std::unique_ptr<VaultStore>(new VaultStore(path, std::move(opened->key), opened->params, opened->salt));
}

void VaultStore::createAsync(const QString& path, const SecureBytes& passphrase, const crypto::ScryptParams& params,
    QObject* context, OpenCallback done)
{
    auto outcome = std::make_shared<std::optional<Result<OpenedVault>>>();
    secrets_detail::runInBackground(
        context, [outcome, path, passphrase, params] { outcome->emplace(createVault(path, passphrase, params)); },
        [outcome, path, done = std::move(done)] {
            Result<OpenedVault>& opened = **outcome;
            if (!opened) {
                done(opened.error());
                return;
            }
            // Built here, on the context's thread, so the store belongs to the thread that uses it.
            done(std::unique_ptr<VaultStore>(
                new VaultStore(path, std::move(opened->key), opened->params, opened->salt)));
        });
}

void VaultStore::unlockAsync(const QString& path, const SecureBytes& passphrase, QObject* context, OpenCallback done)
{
    auto outcome = std::make_shared<std::optional<Result<OpenedVault>>>();
    secrets_detail::runInBackground(
        context, [outcome, path, passphrase] { outcome->emplace(unlockVault(path, passphrase)); },
        [outcome, path, done = std::move(done)] {
            Result<OpenedVault>& opened = **outcome;
            if (!opened) {
                done(opened.error());
                return;
            }
            done(std::unique_ptr<VaultStore>(
                new VaultStore(path, std::move(opened->key), opened->params, opened->salt)));
        });
}

QString VaultStore::backendName() const
{
    return tr("Encrypted vault (%1)").arg(QFileInfo(m_path).fileName());
}

Result<VaultStore::Entries> VaultStore::load() const
{
    auto bytes = readVaultFile(m_path);
    if (!bytes)
        return bytes.error();
    auto file = parseFile(m_path, bytes.value());
    if (!file)
        return file.error();
    if (file->salt != m_salt || !(file->params == m_params))
        return fileError(m_path,
            tr("The vault was re-encrypted with another passphrase since it was unlocked here (by another window or "
               "program). Unlock it again."));
    return decryptEntries(m_path, file.value(), m_key,
        tr("The vault file was changed or damaged since it was unlocked and cannot be decrypted any more. The file was "
           "left unchanged."));
}

Status VaultStore::save(const Entries& entries) const
{
    return writeVault(m_path, m_key, m_params, m_salt, entries);
}

Status VaultStore::modify(const std::function<Status(Entries&, bool& changed)>& change)
{
    VaultLock lock(m_path);
    if (Status locked = lock.acquire(m_path); !locked)
        return locked;
    auto entries = load();
    if (!entries)
        return entries.error();
    bool changed = false;
    if (Status ok = change(entries.value(), changed); !ok)
        return ok;
    return changed ? save(entries.value()) : Status {};
}

void VaultStore::read(const QString& ref, QObject* context, ReadCallback done)
{
    Result<SecureBytes> outcome = [&]() -> Result<SecureBytes> {
        auto entries = load();
        if (!entries)
            return entries.error();
        const auto found = entries->find(ref);
        if (found == entries->end())
            return fileError(m_path, tr("No secret is stored in the vault under the reference \"%1\".").arg(ref));
        return found->second;
    }();
    secrets_detail::postLater(context ? context : this,
        [outcome = std::move(outcome), done = std::move(done)]() mutable { done(std::move(outcome)); });
}

void VaultStore::write(const QString& ref, const SecureBytes& value, QObject* context, DoneCallback done)
{
    Status outcome;
    if (ref.isEmpty()) {
        outcome = fileError(m_path, tr("Cannot store a secret without a reference."));
    } else {
        outcome = modify([&](Entries& entries, bool& changed) {
            entries[ref] = value;
            changed = true;
            return Status {};
        });
    }
    secrets_detail::postLater(context ? context : this, [outcome, done = std::move(done)] { done(outcome); });
}

void VaultStore::remove(const QString& ref, QObject* context, DoneCallback done)
{
    const Status outcome = modify([&](Entries& entries, bool& changed) {
        changed = entries.erase(ref) > 0;
        return Status {};
    });
    secrets_detail::postLater(context ? context : this, [outcome, done = std::move(done)] { done(outcome); });
}

Result<QStringList> VaultStore::references() const
{
    auto entries = load();
    if (!entries)
        return entries.error();
    QStringList refs;
    for (const auto& entry : entries.value())
        refs.append(entry.first);
    return refs;
}

Status VaultStore::changePassphrase(
    const SecureBytes& current, const SecureBytes& next, const crypto::ScryptParams& params)
{
    if (Status ok = checkPassphrase(m_path, next); !ok)
        return ok;
    if (Status ok = checkKdfParams(params); !ok)
        return fileError(m_path, ok.error().message);
    auto currentKey = crypto::scrypt(current, m_salt, m_params, crypto::Aes256KeySize);
    if (!currentKey)
        return fileError(m_path, currentKey.error().message);
    if (!(currentKey.value() == m_key))
        return fileError(m_path, tr("The current passphrase is wrong; the vault was not changed."));

    auto salt = crypto::randomBytes(SaltSize);
    if (!salt)
        return fileError(m_path, salt.error().message);
    auto nextKey = crypto::scrypt(next, salt.value(), params, crypto::Aes256KeySize);
    if (!nextKey)
        return fileError(m_path, nextKey.error().message);

    VaultLock lock(m_path);
    if (Status locked = lock.acquire(m_path); !locked)
        return locked;
    auto entries = load();
    if (!entries)
        return entries.error();
    if (Status saved = writeVault(m_path, nextKey.value(), params, salt.value(), entries.value()); !saved)
        return saved;
    m_key = std::move(nextKey).value();
    m_params = params;
    m_salt = salt.value();
    return {};
}

} // namespace studio
