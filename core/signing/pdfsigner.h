#pragma once

#include "signing/certificates.h"
#include "signing/secret.h"
#include "signing/signingresult.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QRectF>
#include <QString>

namespace mla::core {

/// How the signature value is packaged (the signature dictionary's /SubFilter).
enum class SignatureSubFilter
{
    EtsiCadesDetached, ///< ETSI.CAdES.detached: PAdES baseline B-B (default)
    AdbePkcs7Detached, ///< adbe.pkcs7.detached: for receivers whose software wants the older form
};

/// "ETSI.CAdES.detached" or "adbe.pkcs7.detached".
QString subFilterName(SignatureSubFilter subFilter);

/// The words of a visible signature block. They are in the language of the letter, not of the
/// user interface, so the caller sets them (the defaults are English).
struct SignatureAppearanceText
{
    QString signedBy = QStringLiteral("Digitally signed by %1"); ///< %1 signer name
    QString date = QStringLiteral("Date: %1"); ///< %1 claimed time, "2026-11-28 13:41:57 +01:00"
    QString reason = QStringLiteral("Reason: %1");
    QString location = QStringLiteral("Location: %1");
    QString training = QStringLiteral("TRAINING CERTIFICATE - not a real signature");
};

/// What to sign with and what the signature says. The passphrase is the only secret: PdfSigner uses
/// it for the one call and keeps no copy; the caller clears it (Secret::clear()) when done.
struct SigningOptions
{
    QString pkcs12Path; ///< certificate and key (ignored by the overloads taking a SigningIdentity)
    Secret passphrase;  ///< of the PKCS#12 file

    QString reason;         ///< /Reason, e.g. "I am the author of this request"
    QString location;       ///< /Location, e.g. "Vienna"
    QString contactInfo;    ///< /ContactInfo
    QString signerName;     ///< /Name and the visible block; default: the certificate's common name
    QString signerCapacity; ///< shown in the visible block, e.g. "Senior Public Prosecutor"
    SignatureSubFilter subFilter = SignatureSubFilter::EtsiCadesDetached;

    bool visible = false; ///< draw a signature block on the page; otherwise the signature is invisible
    /// 0-based page of the block; -1 (or a page past the end): the last page, the letter's signature page.
    int pageIndex = -1;
    /// The block in PDF user space (points, origin at the page's lower-left corner): x() and y()
    /// are its lower-left corner. Lines that do not fit its width are shortened; its height is not
    /// grown. Empty: 220 pt wide, as high as its lines, at the left margin just above the footer of
    /// the letter; a further signature on the same page goes beside the earlier one, then above.
    QRectF rect;
    SignatureAppearanceText appearanceText;

    /// The claimed signing time written to /M (PAdES B-B has no trusted time); default: now.
    /// The certificate must be valid at this time.
    QDateTime claimedTime;
    /// The signature field's name; default "Signature<n>" with the first unused n.
    QString fieldName;
};

/// What a successful signature produced; enough to record it with the case.
struct SignatureSummary
{
    QString outputPath;
    QString fieldName;
    QString signerName;    ///< as written to /Name
    QString signerSubject; ///< certificate subject DN
    QString certificateSha256;
    QDateTime claimedTime; ///< UTC, as in /M
    SignatureSubFilter subFilter = SignatureSubFilter::EtsiCadesDetached;
    QString sha256;         ///< of the signed output file, hexadecimal
    qint64 size = 0;        ///< of the signed output file, in bytes
    int signatureCount = 0; ///< signatures in the output, this one included
    bool isTrainingCertificate = false;
};

/// Signs PDF files with PAdES baseline B-B signatures, keeping PDF/A-1b intact.
///
/// The input is read with qpdf but never rewritten: the signature is appended as an incremental
/// update (a signature field merged with its widget, the appearance, the rewritten page or /Annots
/// array, the catalog or /AcroForm, and a cross-reference section of the same kind as the file's),
/// so earlier signatures stay valid and every byte the original PDF/A was validated with stays.
/// The CMS signature (SHA-256, signing-certificate-v2, no signing-time attribute; the claimed time
/// is in /M) covers the whole file except its own /Contents placeholder, which reserves the
/// certificate chain's size plus 6 KiB, at least 8 KiB of DER. The result is re-verified before it
/// is written through SafeSave to a new file; the input is never overwritten.
class PdfSigner
{
public:
    /// Reads options.pkcs12Path with options.passphrase, checks the certificate at the claimed time,
    /// signs @p inPath and writes @p outPath. Failures: the SigningStatus values of importPkcs12(),
    /// NotAPdf, ModifiedAfterSignature (the input has a signature that no longer covers it or is
    /// broken), SameFile, IoError, Internal.
    static SigningResult<SignatureSummary> sign(const QString &inPath, const QString &outPath,
                                                const SigningOptions &options);
    /// The same with an identity imported earlier (options.pkcs12Path and passphrase are ignored).
    static SigningResult<SignatureSummary> sign(const QString &inPath, const QString &outPath,
                                                const SigningIdentity &identity,
                                                const SigningOptions &options);
    /// Signs the bytes of a PDF in memory and returns the signed bytes. @p summary, when given,
    /// receives everything but outputPath.
    static SigningResult<QByteArray> signData(const QByteArray &pdf, const SigningIdentity &identity,
                                              const SigningOptions &options,
                                              SignatureSummary *summary = nullptr);
};

/// PdfSigner::sign() for callers that only deal in Result<T> (the export command, the case log).
Result<SignatureSummary> signPdf(const QString &inPath, const QString &outPath,
                                 const SigningOptions &options);

} // namespace mla::core
