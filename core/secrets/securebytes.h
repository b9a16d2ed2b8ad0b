#pragma once

#include <cstddef>
#include <new>
#include <QByteArray>
#include <QString>
#include <vector>

namespace studio {

namespace detail {

/// Overwrites memory so that the compiler cannot optimise the writes away (OPENSSL_cleanse).
void cleanseMemory(void* data, std::size_t size);

/// An allocator that overwrites every block before it returns it to the heap, so that a secret never lingers in
/// freed memory — also when a container grows or shrinks behind our back.
template<typename T> struct WipingAllocator
{
    using value_type = T;

    WipingAllocator() = default;
    template<typename U> WipingAllocator(const WipingAllocator<U>&) noexcept { }

    T* allocate(std::size_t count) { return static_cast<T*>(::operator new(count * sizeof(T))); }
    void deallocate(T* data, std::size_t count) noexcept
    {
        cleanseMemory(data, count * sizeof(T));
        ::operator delete(data, count * sizeof(T));
    }

    template<typename U> bool operator==(const WipingAllocator<U>&) const noexcept { return true; }
};

} // namespace detail

/// A buffer for a secret (password, token, key) that is wiped when it is destroyed or reassigned.
/// It never converts implicitly to text, so a secret cannot slip into a log line or an error message
/// by accident; use reveal()/toUtf8String() at the one place that must use the value, and let the result
/// go out of scope quickly (and wipe() it).
///
/// Every heap block the buffer ever used is overwritten with OPENSSL_cleanse before it is freed: on destruction,
/// assignment, clear() and moves. Comparison is constant-time for equal sizes.
class SecureBytes final
{
public:
    SecureBytes() = default;
    explicit SecureBytes(const char* data, std::size_t size);
    /// Copies the bytes; the caller should wipe its own copy (see wipe()).
    static SecureBytes fromUtf8(const QString& text);
    static SecureBytes fromBytes(const QByteArray& bytes);
    /// A buffer of `size` zero bytes, to be filled through mutableData() (e.g. by a decryption).
    static SecureBytes zeroed(std::size_t size);
    SecureBytes(const SecureBytes& other);
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(const SecureBytes& other);
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    ~SecureBytes();

    bool isEmpty() const { return m_bytes.empty(); }
    std::size_t size() const { return m_bytes.size(); }
    const char* data() const { return m_bytes.data(); }
    /// Writable access for code that fills the buffer in place (decryption, key derivation).
    char* mutableData() { return m_bytes.data(); }
    /// A copy as QByteArray for APIs that need one; wipe it with wipe() when done.
    QByteArray reveal() const;
    /// A copy as text (UTF-8) for APIs that need one; wipe it with wipe() when done.
    QString toUtf8String() const;
    /// True when the bytes are valid UTF-8 (so toUtf8String() loses nothing).
    bool isValidUtf8() const;
    /// Wipes the bytes and releases the buffer.
    void clear();

    /// Constant-time for buffers of equal size, so comparing a secret leaks no timing about where it differs.
    bool operator==(const SecureBytes& other) const;

private:
    std::vector<char, detail::WipingAllocator<char>> m_bytes;
};

/// Overwrites the bytes [0, size()) of a QByteArray and empties it, keeping the allocation (so the caller can
/// verify the wipe; the block is freed when the array dies). Bytes past size() that an earlier shrink left behind
/// are out of reach through Qt's API: wipe before you shrink. Detach-safe: when the data is shared with another
/// QByteArray (implicit sharing) or is raw data that this array does not own, the bytes are NOT overwritten — that
/// would corrupt the other owner's copy — and the array is only emptied; the other owner is then responsible for its
/// copy. So wipe a copy you made yourself (e.g. from SecureBytes::reveal()) before handing copies around, or after the
/// others are gone.
void wipe(QByteArray& bytes);
/// Like wipe(QByteArray&) for the UTF-16 buffer of a QString: overwritten only when not shared, always emptied.
void wipe(QString& text);

} // namespace studio
