#include "core/secrets/secretcrypto.h"

#include <climits>
#include <limits>
#include <memory>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>
#include <QCoreApplication>

namespace studio::crypto {

namespace {

/// The reason of the most recent OpenSSL error, and an empty error queue afterwards (so a later, unrelated
/// failure does not report this one). OpenSSL error texts never contain key or data bytes.
QString takeOpenSslReason()
{
    const unsigned long code = ERR_peek_last_error();
    ERR_clear_error();
    if (code == 0)
        return QCoreApplication::translate("SecretCrypto", "no details from OpenSSL");
    const char* reason = ERR_reason_error_string(code);
    return reason ? QString::fromLatin1(reason) : QStringLiteral("OpenSSL error %1").arg(code, 0, 16);
}

struct KdfDeleter
{
    void operator()(EVP_KDF* kdf) const { EVP_KDF_free(kdf); }
    void operator()(EVP_KDF_CTX* ctx) const { EVP_KDF_CTX_free(ctx); }
    void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};

const unsigned char* bytesOf(const QByteArray& bytes)
{
    return reinterpret_cast<const unsigned char*>(bytes.constData());
}

const unsigned char* bytesOf(const SecureBytes& bytes)
{
    return reinterpret_cast<const unsigned char*>(bytes.data());
}

/// The most memory scrypt may use here: enough for strong parameters, small enough that a hostile file cannot make
/// the studio allocate without bound.
constexpr std::uint64_t ScryptMaxMemory = std::uint64_t(2) * 1024 * 1024 * 1024;

bool fitsInt(qsizetype size)
{
    return size >= 0 && size <= INT_MAX;
}

} // namespace

std::uint64_t ScryptParams::memoryBytes() const
{
    constexpr std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
    const std::uint64_t blocks = n + p + 2;
    if (blocks < n) // wrapped around
        return max;
    const std::uint64_t perBlock = std::uint64_t(128) * r;
    if (perBlock != 0 && blocks > max / perBlock)
        return max;
    return blocks * perBlock;
}

Result<SecureBytes> scrypt(
    const SecureBytes& passphrase, const QByteArray& salt, const ScryptParams& params, std::size_t keyLength)
{
    if (params.n < 2 || (params.n & (params.n - 1)) != 0)
        return Error {
            QCoreApplication::translate("SecretCrypto", "scrypt: N must be a power of two greater than 1 (got %1)")
                .arg(params.n)};
    if (params.r == 0 || params.p == 0)
        return Error {QCoreApplication::translate("SecretCrypto", "scrypt: r and p must be at least 1 (got r=%1, p=%2)")
                          .arg(params.r)
                          .arg(params.p)};
    if (std::uint64_t(params.r) * params.p >= (std::uint64_t(1) << 30))
        return Error {QCoreApplication::translate("SecretCrypto", "scrypt: r·p must be below 2^30 (got r=%1, p=%2)")
                          .arg(params.r)
                          .arg(params.p)};
    if (params.memoryBytes() > ScryptMaxMemory)
        return Error {QCoreApplication::translate("SecretCrypto", "scrypt: N=%1, r=%2 need more than %3 MiB of memory")
                          .arg(params.n)
                          .arg(params.r)
                          .arg(ScryptMaxMemory / (1024 * 1024))};
    if (keyLength == 0)
        return Error {QCoreApplication::translate("SecretCrypto", "scrypt: the key length must not be zero")};

    std::unique_ptr<EVP_KDF, KdfDeleter> kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr));
    if (!kdf)
        return Error {QCoreApplication::translate("SecretCrypto", "scrypt is not available in this OpenSSL: %1")
                          .arg(takeOpenSslReason())};
    std::unique_ptr<EVP_KDF_CTX, KdfDeleter> ctx(EVP_KDF_CTX_new(kdf.get()));
    if (!ctx)
        return Error {QCoreApplication::translate("SecretCrypto", "scrypt: %1").arg(takeOpenSslReason())};

    // OpenSSL copies the passphrase into the context and clears it when the context is freed.
    static char empty = 0;
    char* passData = passphrase.isEmpty() ? &empty : const_cast<char*>(passphrase.data());
    char* saltData = salt.isEmpty() ? &empty : const_cast<char*>(salt.constData());
    std::uint64_t n = params.n;
    std::uint32_t r = params.r;
    std::uint32_t p = params.p;
    std::uint64_t maxMemory = ScryptMaxMemory;
    const OSSL_PARAM osslParams[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, passData, passphrase.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, saltData, static_cast<std::size_t>(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMemory),
        OSSL_PARAM_construct_end(),
    };
    SecureBytes key = SecureBytes::zeroed(keyLength);
    if (EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char*>(key.mutableData()), keyLength, osslParams) != 1)
        return Error {QCoreApplication::translate("SecretCrypto", "scrypt failed: %1").arg(takeOpenSslReason())};
    return key;
}

Result<QByteArray> randomBytes(int count)
{
    if (count < 0)
        return Error {QCoreApplication::translate("SecretCrypto", "Cannot draw a negative number of random bytes")};
    QByteArray bytes(count, '\0');
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), count) != 1)
        return Error {QCoreApplication::translate("SecretCrypto", "The system's random number generator failed: %1")
                          .arg(takeOpenSslReason())};
    return bytes;
}

Result<GcmSealed> aes256GcmEncrypt(
    const SecureBytes& key, const QByteArray& nonce, const QByteArray& aad, const SecureBytes& plaintext)
{
    if (key.size() != Aes256KeySize)
        return Error {QCoreApplication::translate("SecretCrypto", "AES-256-GCM needs a 32-byte key (got %1 bytes)")
                          .arg(key.size())};
    if (nonce.isEmpty() || !fitsInt(nonce.size()))
        return Error {QCoreApplication::translate("SecretCrypto", "AES-256-GCM needs a nonce")};
    if (!fitsInt(aad.size()) || plaintext.size() > static_cast<std::size_t>(INT_MAX - GcmTagSize))
        return Error {QCoreApplication::translate("SecretCrypto", "AES-256-GCM: the data is too large")};

    std::unique_ptr<EVP_CIPHER_CTX, KdfDeleter> ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(nonce.size()), nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytesOf(key), bytesOf(nonce)) != 1)
        return Error {
            QCoreApplication::translate("SecretCrypto", "AES-256-GCM set-up failed: %1").arg(takeOpenSslReason())};

    int length = 0;
    if (!aad.isEmpty()
        && EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytesOf(aad), static_cast<int>(aad.size())) != 1)
        return Error {QCoreApplication::translate("SecretCrypto", "AES-256-GCM failed: %1").arg(takeOpenSslReason())};

    GcmSealed sealed;
    sealed.ciphertext.resize(static_cast<qsizetype>(plaintext.size()));
    auto* out = reinterpret_cast<unsigned char*>(sealed.ciphertext.data());
    int written = 0;
    if (!plaintext.isEmpty()) {
        if (EVP_EncryptUpdate(ctx.get(), out, &length, bytesOf(plaintext), static_cast<int>(plaintext.size())) != 1)
            return Error {
                QCoreApplication::translate("SecretCrypto", "AES-256-GCM failed: %1").arg(takeOpenSslReason())};
        written = length;
    }
    if (EVP_EncryptFinal_ex(ctx.get(), out + written, &length) != 1)
        return Error {QCoreApplication::translate("SecretCrypto", "AES-256-GCM failed: %1").arg(takeOpenSslReason())};
    written += length;
    if (written != sealed.ciphertext.size())
        return Error {QCoreApplication::translate("SecretCrypto", "AES-256-GCM produced %1 bytes instead of %2")
                          .arg(written)
                          .arg(sealed.ciphertext.size())};

    sealed.tag.resize(GcmTagSize);
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, GcmTagSize, sealed.tag.data()) != 1)
        return Error {QCoreApplication::translate("SecretCrypto", "AES-256-GCM failed to produce a tag: %1")
                          .arg(takeOpenSslReason())};
    return sealed;
}

Result<SecureBytes> aes256GcmDecrypt(const SecureBytes& key, const QByteArray& nonce, const QByteArray& aad,
    const QByteArray& ciphertext, const QByteArray& tag)
{
    if (key.size() != Aes256KeySize)
        return Error {QCoreApplication::translate("SecretCrypto", "AES-256-GCM needs a 32-byte key (got %1 bytes)")
                          .arg(key.size())};
    if (nonce.isEmpty() || !fitsInt(nonce.size()))
        return Error {QCoreApplication::translate("SecretCrypto", "AES-256-GCM needs a nonce")};
    if (tag.size() != GcmTagSize)
        return Error {QCoreApplication::translate("SecretCrypto", "AES-256-GCM needs a 16-byte tag (got %1 bytes)")
                          .arg(tag.size())};
    if (!fitsInt(aad.size()) || !fitsInt(ciphertext.size()))
        return Error {QCoreApplication::translate("SecretCrypto", "AES-256-GCM: the data is too large")};

    std::unique_ptr<EVP_CIPHER_CTX, KdfDeleter> ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(nonce.size()), nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytesOf(key), bytesOf(nonce)) != 1)
        return Error {
            QCoreApplication::translate("SecretCrypto", "AES-256-GCM set-up failed: %1").arg(takeOpenSslReason())};

    int length = 0;
    if (!aad.isEmpty()
        && EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytesOf(aad), static_cast<int>(aad.size())) != 1)
        return Error {QCoreApplication::translate("SecretCrypto", "AES-256-GCM failed: %1").arg(takeOpenSslReason())};

    SecureBytes plaintext = SecureBytes::zeroed(static_cast<std::size_t>(ciphertext.size()));
    auto* out = reinterpret_cast<unsigned char*>(plaintext.mutableData());
    int written = 0;
    if (!ciphertext.isEmpty()) {
        if (EVP_DecryptUpdate(ctx.get(), out, &length, bytesOf(ciphertext), static_cast<int>(ciphertext.size())) != 1)
            return Error {
                QCoreApplication::translate("SecretCrypto", "AES-256-GCM failed: %1").arg(takeOpenSslReason())};
        written = length;
    }
    // The tag is only an input here; OpenSSL's API takes a non-const pointer.
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, GcmTagSize, const_cast<char*>(tag.constData())) != 1)
        return Error {QCoreApplication::translate("SecretCrypto", "AES-256-GCM failed: %1").arg(takeOpenSslReason())};
    // Final checks the tag. On failure the partly decrypted bytes are wiped when `plaintext` goes out of scope.
    if (EVP_DecryptFinal_ex(ctx.get(), out + written, &length) != 1) {
        ERR_clear_error();
        return Error {QCoreApplication::translate("SecretCrypto", "authentication failed")};
    }
    return plaintext;
}

} // namespace studio::crypto
