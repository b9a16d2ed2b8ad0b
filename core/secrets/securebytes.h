#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <vector>

namespace studio {

/// A buffer for a secret (password, token, key) that is wiped when it is destroyed or reassigned.
/// It never converts implicitly to text, so a secret cannot slip into a log line or an error message
/// by accident; use reveal()/toUtf8String() at the one place that must use the value, and let the result
/// go out of scope quickly.
class SecureBytes final
{
public:
    SecureBytes() = default;
    explicit SecureBytes(const char* data, std::size_t size);
    /// Copies the bytes; the caller should wipe its own copy (see wipe()).
    static SecureBytes fromUtf8(const QString& text);
    static SecureBytes fromBytes(const QByteArray& bytes);
    SecureBytes(const SecureBytes& other);
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(const SecureBytes& other);
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    ~SecureBytes();

    bool isEmpty() const { return m_bytes.empty(); }
    std::size_t size() const { return m_bytes.size(); }
    const char* data() const { return m_bytes.data(); }
    /// A copy as QByteArray for APIs that need one; wipe it with wipe() when done.
    QByteArray reveal() const;
    /// A copy as text (UTF-8) for APIs that need one.
    QString toUtf8String() const;
    void clear();

    bool operator==(const SecureBytes& other) const;

private:
    std::vector<char> m_bytes;
};

/// Overwrites the bytes of a QByteArray or QString (if not shared) before it is released.
void wipe(QByteArray& bytes);
void wipe(QString& text);

} // namespace studio
