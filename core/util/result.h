#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace mla::core {

/// What went wrong, in categories the UI and the CLI map to messages and exit codes.
enum class ErrorCode {
    InvalidArgument,   ///< the caller passed something unusable (bad id, bad option)
    NotFound,          ///< a case, request or file that does not exist
    NotACaseFile,      ///< the file is not an MLA case file (wrong header or application id)
    NewerVersion,      ///< the case file was written by a newer version of the app
    Corrupted,         ///< the file is damaged
    MalformedTemplate, ///< a requirement template cannot be parsed or breaks the schema
    Io,                ///< reading or writing a file failed (disk full, permissions)
    Database,          ///< SQLite reported an error
    Export,            ///< a document could not be produced
};

/// An error with a message meant for the user; the message names the file and the reason.
struct Error
{
    ErrorCode code = ErrorCode::InvalidArgument;
    QString message;
};

/// A value or an Error. Public core APIs return this instead of throwing.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that yields nothing but success or an Error.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace mla::core
