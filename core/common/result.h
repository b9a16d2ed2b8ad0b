#pragma once

#include <optional>
#include <QString>
#include <utility>

namespace studio {

/// A failure that a user can read: what went wrong and, where it applies, in which file and on which line.
struct Error
{
    Error() = default;
    Error(QString message_, QString file_ = QString(), int line_ = 0)
        : message(std::move(message_))
        , file(std::move(file_))
        , line(line_)
    { }

    QString message;
    QString file;
    int line = 0;

    /// "file:line: message", or just the message when no file is known.
    QString toString() const;
};

/// The value of an operation that can fail with a readable Error.
template<typename T> class Result final
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// Success or a readable Error, for operations without a value.
class Status final
{
public:
    Status() = default;
    Status(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace studio
