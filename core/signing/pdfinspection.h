#pragma once

// Internal to core/signing: reading a PDF's form fields and signatures through qpdf. qpdf is
// only ever used to read; nothing here writes a PDF.

#include "signing/opensslutil.h"
#include "signing/pdfverifier.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <string>
#include <vector>

namespace mla::core::detail {

inline QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

/// True when @p data starts like a PDF (a "%PDF-" header in its first kilobyte).
bool looksLikePdf(const QByteArray &data);

/// Opens @p data with qpdf (which reads from it in place: keep @p data alive and unchanged while the
/// QPDF lives). With @p allowRecovery false a damaged cross-reference table is an error instead of
/// being rebuilt. Null with @p error set on failure.
std::unique_ptr<QPDF> openPdf(const QByteArray &data, bool allowRecovery, QString *error);

/// A terminal form field with its fully qualified name and inherited field type.
struct FormField
{
    QString name;
    std::string type; ///< "/Sig", "/Tx", … or ""
    QPDFObjectHandle dictionary;
};

/// Every terminal field of the document's /AcroForm (cycles and absurd depths are cut off).
std::vector<FormField> formFields(QPDF &pdf);

/// Checks every signature field's signature in @p data, which @p pdf was opened from. @p trust may
/// be null (chains are then not checked).
VerificationReport inspectSignatures(QPDF &pdf, const QByteArray &data, X509_STORE *trust);

/// Loads the trust anchors of @p options; null store (and no error) when none are configured.
Result<ossl::X509StorePtr> loadTrustStore(const VerifyOptions &options);

} // namespace mla::core::detail
