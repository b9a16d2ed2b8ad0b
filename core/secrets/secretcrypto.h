#pragma once

#include "core/common/result.h"
#include "core/secrets/securebytes.h"

#include <cstddef>
#include <cstdint>
#include <QByteArray>

/// The cryptographic primitives of the vault, on OpenSSL 3 EVP. Kept apart from the file format so that tests can
/// check them against published vectors (NIST GCM, RFC 7914 scrypt) through exactly the code the vault runs.
namespace studio::crypto {

/// scrypt cost parameters (RFC 7914): N (CPU/memory cost, a power of two > 1), r (block size), p (parallelism).
struct ScryptParams
{
    std::uint64_t n = 0;
    std::uint32_t r = 0;
    std::uint32_t p = 0;

    /// Bytes of memory scrypt needs for these parameters (128·r·(N + p + 2)); saturates instead of overflowing.
    std::uint64_t memoryBytes() const;
    bool operator==(const ScryptParams&) const = default;
};

/// Derives `keyLength` bytes from a passphrase with scrypt (OpenSSL EVP_KDF "SCRYPT"). Fails with a readable error
/// for parameters scrypt rejects (N not a power of two, too much memory for the 2 GiB limit, ...).
Result<SecureBytes> scrypt(
    const SecureBytes& passphrase, const QByteArray& salt, const ScryptParams& params, std::size_t keyLength);

/// `count` bytes from OpenSSL's CSPRNG (RAND_bytes), for salts, nonces and keys.
Result<QByteArray> randomBytes(int count);

/// Length of an AES-256 key, of the GCM nonce the vault uses, and of a GCM tag, in bytes.
inline constexpr int Aes256KeySize = 32;
inline constexpr int GcmNonceSize = 12;
inline constexpr int GcmTagSize = 16;

/// What AES-GCM encryption produces: the ciphertext (as long as the plaintext) and the authentication tag.
struct GcmSealed
{
    QByteArray ciphertext;
    QByteArray tag;
};

/// Encrypts and authenticates `plaintext` with AES-256-GCM; `aad` is authenticated but not encrypted.
/// The key must be 32 bytes; the nonce must never repeat under one key (the vault draws a fresh random one).
Result<GcmSealed> aes256GcmEncrypt(
    const SecureBytes& key, const QByteArray& nonce, const QByteArray& aad, const SecureBytes& plaintext);

/// Checks the tag and decrypts. Any change to the key, nonce, aad, ciphertext or tag gives an error
/// ("authentication failed") and no plaintext at all.
Result<SecureBytes> aes256GcmDecrypt(const SecureBytes& key, const QByteArray& nonce, const QByteArray& aad,
    const QByteArray& ciphertext, const QByteArray& tag);

} // namespace studio::crypto
