#include "signing/signingresult.h"

#include <QCoreApplication>

namespace mla::core {

QString signingStatusMessage(SigningStatus status, const QString &detail)
{
    QString text;
    switch (status) {
    case SigningStatus::Success:
        text = QCoreApplication::translate("Signing", "The document was signed.");
        break;
    case SigningStatus::BadPassphrase:
        text = QCoreApplication::translate("Signing", "The passphrase of the certificate file is wrong.");
        break;
    case SigningStatus::CertificateExpired:
        text = QCoreApplication::translate("Signing",
                                           "The certificate has expired; it cannot sign at this time.");
        break;
    case SigningStatus::CertificateNotYetValid:
        text = QCoreApplication::translate("Signing",
                                           "The certificate is not valid yet; it cannot sign at this time.");
        break;
    case SigningStatus::KeyUsageUnsuitable:
        text = QCoreApplication::translate(
            "Signing", "The certificate may not be used for signatures (its key usage allows neither "
                       "digital signature nor non-repudiation).");
        break;
    case SigningStatus::NotAPkcs12:
        text = QCoreApplication::translate(
            "Signing",
            "The certificate file is not a PKCS#12 (.p12/.pfx) file with a private key and its certificate.");
        break;
    case SigningStatus::NotAPdf:
        text = QCoreApplication::translate("Signing", "The file is not a PDF that can be signed.");
        break;
    case SigningStatus::ModifiedAfterSignature:
        text = QCoreApplication::translate(
            "Signing", "The document was changed after it was signed, or an existing signature is broken; it "
                       "will not be signed again.");
        break;
    case SigningStatus::SameFile:
        text = QCoreApplication::translate(
            "Signing",
            "The signed document must be saved under a new name: the original cannot be overwritten.");
        break;
    case SigningStatus::IoError:
        text = QCoreApplication::translate("Signing", "A file could not be read or written.");
        break;
    case SigningStatus::Internal:
        text = QCoreApplication::translate("Signing", "The signature could not be created.");
        break;
    }
    if (!detail.isEmpty()) {
        text += QLatin1Char(' ') + detail;
    }
    return text;
}

ErrorCode errorCodeFor(SigningStatus status)
{
    switch (status) {
    case SigningStatus::Success:
    case SigningStatus::BadPassphrase:
    case SigningStatus::CertificateExpired:
    case SigningStatus::CertificateNotYetValid:
    case SigningStatus::KeyUsageUnsuitable:
    case SigningStatus::SameFile:
        return ErrorCode::InvalidArgument;
    case SigningStatus::NotAPkcs12:
    case SigningStatus::NotAPdf:
    case SigningStatus::ModifiedAfterSignature:
        return ErrorCode::Corrupted;
    case SigningStatus::IoError:
        return ErrorCode::Io;
    case SigningStatus::Internal:
        return ErrorCode::Export;
    }
    return ErrorCode::Export;
}

} // namespace mla::core
