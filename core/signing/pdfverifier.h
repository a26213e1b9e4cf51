#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mla::core {

/// Where the trust anchors for checking certificate chains come from.
struct VerifyOptions
{
    /// A folder of PEM files (*.pem, *.crt, *.cer) holding trusted root (or intermediate) CA
    /// certificates. Empty, with trustFiles empty too: chains are not checked.
    QString trustDirectory;
    /// Further PEM files with trust anchors.
    QStringList trustFiles;
};

/// The findings for one signature of a PDF.
struct SignatureCheck
{
    enum class Trust
    {
        NotChecked, ///< no trust anchors were configured
        Trusted,    ///< the chain leads to a configured trust anchor and was valid at the claimed time
        Untrusted,  ///< it does not, or a certificate in it was not valid then (see trustDetail)
    };

    int index = 0; ///< 1-based, in the order the signatures were added
    QString fieldName;
    QString signerCommonName;
    QString signerSubject; ///< RFC 2253 DN of the signing certificate
    QString issuer;
    QString certificateSha256;
    QDateTime certificateNotBefore;
    QDateTime certificateNotAfter;
    bool isTrainingCertificate = false;

    QString name; ///< /Name, /Reason, /Location, /ContactInfo of the signature dictionary
    QString reason;
    QString location;
    QString contactInfo;
    QDateTime claimedTime;          ///< /M
    QDateTime signingTimeAttribute; ///< the CMS signing-time attribute, if there is one (not in PAdES B-B)
    QString subFilter;              ///< "ETSI.CAdES.detached", "adbe.pkcs7.detached", …
    QString digestAlgorithm;        ///< "SHA256", …
    bool digestAlgorithmStrong = false; ///< of the SHA-2 or SHA-3 family
    bool hasSigningCertificateV2 = false;

    QList<qint64> byteRange;
    bool byteRangeValid =
        false; ///< starts at 0, lies in the file, and its gap is exactly the /Contents string
    bool coversWholeFile = false;
    qint64 bytesAfter = 0; ///< bytes of the file after the signed ranges
    /// Bytes follow the signature that no later, intact signature covering the rest of the file
    /// vouches for: the document was changed or extended after it.
    bool modifiedAfterSigning = false;

    bool digestMatches = false;  ///< the signed message digest equals the digest of the byte ranges
    bool signatureValid = false; ///< the CMS signature verifies with the signer's certificate
    bool certificateValidAtClaimedTime = false;
    bool keyUsageAllowsSigning = false;
    Trust trust = Trust::NotChecked;
    QString trustDetail;

    QStringList problems; ///< one sentence per finding that makes the signature invalid or doubtful
    QStringList notes;    ///< what the reader should know about a valid signature (an expired certificate)

    /// Intact (byte range, digest, CMS signature) with a strong digest, the certificate valid at
    /// the claimed time and allowed to sign, and not untrusted.
    bool isValid() const;
    /// Where the signed bytes end (the second range's end), 0 when the byte range is not valid.
    qint64 signedEnd() const;
};

struct VerificationReport
{
    QString path;
    qint64 fileSize = 0;
    bool trustChecked = false;
    QList<SignatureCheck> signatures;

    bool allValid() const;
    bool lastCoversWholeFile() const;
    /// At least one signature, every one valid, and the last covers the whole file: nothing was
    /// changed or added since the last signature.
    bool ok() const { return !signatures.isEmpty() && allValid() && lastCoversWholeFile(); }
};

/// Checks the signatures of PDF files: for each, the signer, the claimed time, the SubFilter,
/// whether its byte range covers the whole file, the digest and the CMS signature (recomputed
/// with OpenSSL), the certificate's validity at the claimed time and, with trust anchors, its chain.
class PdfVerifier
{
public:
    /// Fails (NotFound, Corrupted, Io) only when the file cannot be read as a PDF or the trust
    /// anchors cannot be loaded; a PDF without signatures gives an empty report.
    static Result<VerificationReport> verify(const QString &path, const VerifyOptions &options = {});
    static Result<VerificationReport> verifyData(const QByteArray &pdf, const VerifyOptions &options = {});
};

/// The report as JSON (the CLI's verify --json): times in ISO 8601 UTC.
QJsonObject verificationReportToJson(const VerificationReport &report);

} // namespace mla::core
