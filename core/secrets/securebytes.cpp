#include "core/secrets/securebytes.h"

#include <openssl/crypto.h>
#include <QStringDecoder>
#include <utility>

namespace studio {

namespace detail {

void cleanseMemory(void* data, std::size_t size)
{
    if (data && size > 0)
        OPENSSL_cleanse(data, size);
}

} // namespace detail

SecureBytes::SecureBytes(const char* data, std::size_t size)
    : m_bytes(data, data + size)
{ }

SecureBytes SecureBytes::fromUtf8(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    SecureBytes result(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    wipe(utf8);
    return result;
}

SecureBytes SecureBytes::fromBytes(const QByteArray& bytes)
{
    return SecureBytes(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

SecureBytes SecureBytes::zeroed(std::size_t size)
{
    SecureBytes result;
    result.m_bytes.resize(size, '\0');
    return result;
}

SecureBytes::SecureBytes(const SecureBytes& other) = default;

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    // A moved-from vector is empty in practice, but the standard does not promise it; make it so.
    other.m_bytes.clear();
}

SecureBytes& SecureBytes::operator=(const SecureBytes& other)
{
    if (this != &other) {
        // Copy first and then swap, so the old buffer goes through the wiping allocator as a whole block
        // instead of being partly overwritten in place and partly left in spare capacity.
        auto copy = other.m_bytes;
        m_bytes.swap(copy);
    }
    return *this;
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        m_bytes.swap(other.m_bytes);
        other.clear();
    }
    return *this;
}

SecureBytes::~SecureBytes() = default;

QByteArray SecureBytes::reveal() const
{
    return QByteArray(m_bytes.data(), static_cast<qsizetype>(m_bytes.size()));
}

QString SecureBytes::toUtf8String() const
{
    return QString::fromUtf8(m_bytes.data(), static_cast<qsizetype>(m_bytes.size()));
}

bool SecureBytes::isValidUtf8() const
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder.decode(QByteArrayView(m_bytes.data(), static_cast<qsizetype>(m_bytes.size())));
    const bool valid = !decoder.hasError();
    wipe(decoded);
    return valid;
}

void SecureBytes::clear()
{
    // Releasing through the allocator wipes the whole block, including spare capacity.
    decltype(m_bytes)().swap(m_bytes);
}

bool SecureBytes::operator==(const SecureBytes& other) const
{
    if (m_bytes.size() != other.m_bytes.size())
        return false;
    if (m_bytes.empty())
        return true;
    return CRYPTO_memcmp(m_bytes.data(), other.m_bytes.data(), m_bytes.size()) == 0;
}

void wipe(QByteArray& bytes)
{
    // data() does not copy on a detached array. Only [0, size()) is overwritten: Qt's public API does not say
    // where the allocation starts, so spare capacity left by an earlier shrink cannot be reached safely.
    if (bytes.isDetached() && !bytes.isEmpty())
        detail::cleanseMemory(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.truncate(0);
}

void wipe(QString& text)
{
    if (text.isDetached() && !text.isEmpty())
        detail::cleanseMemory(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    text.truncate(0);
}

} // namespace studio
