#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace baza {

// What went wrong, in a form callers can branch on. The message is already translated and
// names the file, row or field concerned; it never contains a secret.
enum class ErrorCode {
    Ok = 0,
    Usage,           // the caller asked for something malformed
    WrongPassphrase, // wrong passphrase, or the file is not a Baza database
    NotEncrypted,    // a plaintext SQLite file where an encrypted one was expected
    NewerSchema,     // written by a newer Baza
    Corrupt,         // integrity check failed or the file is damaged
    Validation,      // a domain value failed validation
    NotFound,        // the record does not exist
    Conflict,        // a uniqueness or state rule was violated
    Io,              // file system trouble
    Sql,             // an SQLite error not covered above
    Cancelled,
    Protocol,     // a sync message is malformed or from an incompatible version
    Network,      // the server could not be reached, timed out, or failed
    Unauthorized, // the server refused the credentials or the session expired
    Certificate,  // the server's TLS certificate is untrusted or changed
};

struct Error
{
    ErrorCode code = ErrorCode::Ok;
    QString message;
    int sqliteCode = 0; // the extended SQLite result code when one is known
    QString field;      // the field concerned, for validation errors

    static Error make(ErrorCode c, QString msg) { return Error{c, std::move(msg), 0, {}}; }
};

// A value or an error. Errors are values in Baza: core never throws across the event loop.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T& operator*() const& { return *m_value; }
    T& operator*() & { return *m_value; }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }

    const Error& error() const { return m_error; }
    ErrorCode code() const { return ok() ? ErrorCode::Ok : m_error.code; }
    QString message() const { return m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// The result of a command with nothing to return.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }
    ErrorCode code() const { return m_failed ? m_error.code : ErrorCode::Ok; }
    QString message() const { return m_error.message; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace baza
