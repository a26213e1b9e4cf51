#pragma once

#include "util/result.h"

#include <QString>
#include <utility>
#include <variant>

namespace mla::core {

/// Why signing (or importing a signing certificate) did not succeed. The UI and the CLI react to
/// the kind (ask again for the passphrase, pick another file); signingStatusMessage() turns each
/// into the one message shown to the user.
enum class SigningStatus
{
    Success,
    BadPassphrase,          ///< the PKCS#12 passphrase is wrong
    CertificateExpired,     ///< the certificate's validity ended before the signing time
    CertificateNotYetValid, ///< the certificate's validity starts after the signing time
    KeyUsageUnsuitable, ///< the certificate's key usage allows neither digitalSignature nor nonRepudiation
    NotAPkcs12,         ///< the certificate file is not a PKCS#12 file or holds no key and certificate
    NotAPdf,            ///< the input is not a PDF, is damaged or is encrypted
    ModifiedAfterSignature, ///< the input carries a signature and was changed after it (or the signature is
                            ///< broken)
    SameFile,               ///< the output path is the input path: the unsigned original is never overwritten
    IoError,                ///< a file could not be read or written
    Internal,               ///< OpenSSL failed, or the signature did not fit its placeholder
};

/// The user-facing message of @p status; @p detail (a path, an OpenSSL reason) is appended where
/// it helps. This is the only place signing errors are worded.
QString signingStatusMessage(SigningStatus status, const QString &detail = {});

/// The generic error category of @p status, for callers that only deal in Result<T>.
ErrorCode errorCodeFor(SigningStatus status);

struct SigningError
{
    SigningStatus status = SigningStatus::Internal;
    QString detail;

    QString message() const { return signingStatusMessage(status, detail); }
    Error toError() const { return makeError(errorCodeFor(status), message()); }
};

/// A value or a SigningError: like Result<T>, but the failure keeps its SigningStatus.
template <typename T>
class [[nodiscard]] SigningResult
{
public:
    SigningResult(T value) : m_data(std::move(value)) {}
    SigningResult(SigningError error) : m_data(std::move(error)) {}
    SigningResult(SigningStatus status, QString detail = {}) : m_data(SigningError{status, std::move(detail)})
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    SigningStatus status() const { return ok() ? SigningStatus::Success : error().status; }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const SigningError &error() const { return std::get<SigningError>(m_data); }

    /// The same outcome as a plain Result<T> (the message of the SigningError becomes Error::message).
    Result<T> toResult() const &
    {
        if (ok()) {
            return value();
        }
        return error().toError();
    }
    Result<T> toResult() &&
    {
        if (ok()) {
            return std::get<T>(std::move(m_data));
        }
        return error().toError();
    }

private:
    std::variant<T, SigningError> m_data;
};

} // namespace mla::core
