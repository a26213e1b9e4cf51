#include "signing/pdfsigner.h"

#include "io/safesave.h"
#include "signing/identitydata.h"
#include "signing/pdfinspection.h"
#include "signing/pdfsyntax.h"
#include "signing/signatureappearance.h"
#include "signing/signaturecms.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <set>

namespace mla::core {

QString subFilterName(SignatureSubFilter subFilter)
{
    switch (subFilter) {
    case SignatureSubFilter::EtsiCadesDetached:
        return QStringLiteral("ETSI.CAdES.detached");
    case SignatureSubFilter::AdbePkcs7Detached:
        return QStringLiteral("adbe.pkcs7.detached");
    }
    return {};
}

namespace {

using detail::pdfNumber;
using detail::PdfObject;
using detail::pdfReference;

QString tr(const char *text)
{
    return QCoreApplication::translate("PdfSigner", text);
}

QString damagedPdf()
{
    return tr("The PDF is damaged: some of its objects cannot be read, so its earlier signatures and "
              "pages cannot be checked.");
}

// The /ByteRange is written with fixed-width numbers and patched in place at the same length.
const QByteArray kByteRangePlaceholder = QByteArrayLiteral("[0 0000000000 0000000000 0000000000]");
constexpr qsizetype kMinimumSignatureBytes = 8 * 1024; // DER bytes reserved in /Contents at least
constexpr qsizetype kSignatureMargin = 6 * 1024; // beyond the certificates: SignerInfo, later a timestamp
constexpr qsizetype kMaximumSignatureBytes = 30 * 1024; // PDF/A-1 strings stay below 64 KiB

// Default placement of a visible block on an A4 letter page (points from the lower left).
constexpr double kBlockWidth = 220;
constexpr double kBlockLeft = 70;
constexpr double kBlockBottom = 56;
constexpr double kBlockGap = 12;

QByteArray bytes(const std::string &text)
{
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

QByteArray unparse(QPDFObjectHandle object)
{
    return bytes(object.unparse());
}

QByteArray nameToken(const std::string &key)
{
    return bytes(QPDFObjectHandle::newName(key).unparse());
}

QByteArray pdfName(const QString &name)
{
    return nameToken('/' + name.toStdString());
}

/// @p dictionary serialized with some keys replaced, added or (null value) removed.
using Overrides = std::map<std::string, QByteArray>;
QByteArray dictionaryWith(QPDFObjectHandle dictionary, const Overrides &overrides)
{
    QByteArray out = "<<";
    for (const std::string &key : dictionary.getKeys()) {
        if (!overrides.count(key)) {
            out += ' ' + nameToken(key) + ' ' + unparse(dictionary.getKey(key));
        }
    }
    for (const auto &[key, value] : overrides) {
        if (!value.isNull()) {
            out += ' ' + nameToken(key) + ' ' + value;
        }
    }
    return out + " >>";
}

/// @p array (may be null: empty) serialized with @p item appended.
QByteArray arrayWith(QPDFObjectHandle array, const QByteArray &item)
{
    QByteArray out = "[";
    if (array.isArray()) {
        for (int i = 0; i < array.getArrayNItems(); ++i) {
            out += unparse(array.getArrayItem(i)) + ' ';
        }
    }
    return out + item + ']';
}

qint64 lastStartXref(const QByteArray &data)
{
    const qsizetype at = data.lastIndexOf("startxref");
    if (at < 0 || data.size() - at > 4096) {
        return -1;
    }
    qsizetype i = at + 9;
    while (i < data.size() && std::isspace(static_cast<unsigned char>(data[i]))) {
        ++i;
    }
    qsizetype end = i;
    while (end < data.size() && std::isdigit(static_cast<unsigned char>(data[end]))) {
        ++end;
    }
    bool ok = false;
    const qint64 offset = data.mid(i, end - i).toLongLong(&ok);
    return ok && offset > 0 && offset < at ? offset : -1;
}

bool isXrefStream(const QByteArray &data, qint64 offset)
{
    while (offset < data.size() && std::isspace(static_cast<unsigned char>(data[offset]))) {
        ++offset;
    }
    return data.mid(offset, 4) != "xref";
}

struct XrefEntry
{
    int number = 0;
    int generation = 0;
    qint64 offset = 0;
};

/// Runs of consecutive object numbers: (first, count).
std::vector<std::pair<int, int>> runsOf(const std::vector<XrefEntry> &sorted)
{
    std::vector<std::pair<int, int>> runs;
    for (const XrefEntry &e : sorted) {
        if (!runs.empty() && runs.back().first + runs.back().second == e.number) {
            ++runs.back().second;
        } else {
            runs.emplace_back(e.number, 1);
        }
    }
    return runs;
}

/// A widget of a signature field with a visible area, on @p page.
int visibleSignatureWidgets(QPDFObjectHandle page)
{
    int count = 0;
    QPDFObjectHandle annots = page.getKey("/Annots");
    if (!annots.isArray()) {
        return 0;
    }
    for (int i = 0; i < annots.getArrayNItems(); ++i) {
        QPDFObjectHandle annot = annots.getArrayItem(i);
        if (!annot.isDictionary() || !annot.getKey("/Subtype").isNameAndEquals("/Widget")) {
            continue;
        }
        const bool isSignature = annot.getKey("/FT").isNameAndEquals("/Sig") ||
                                 annot.getKey("/Parent").getKey("/FT").isNameAndEquals("/Sig");
        QPDFObjectHandle rect = annot.getKey("/Rect");
        if (isSignature && rect.isRectangle()) {
            const auto r = rect.getArrayAsRectangle();
            if (std::abs(r.urx - r.llx) > 1 && std::abs(r.ury - r.lly) > 1) {
                ++count;
            }
        }
    }
    return count;
}

QString displayTime(const QDateTime &time)
{
    const int offset = time.offsetFromUtc();
    QString zone = QStringLiteral("UTC");
    if (offset != 0) {
        const int minutes = std::abs(offset) / 60;
        zone = QStringLiteral("%1%2:%3")
                   .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                   .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                   .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + zone;
}

class UpdateBuilder
{
public:
    UpdateBuilder(QPDF &pdf, const QByteArray &original, const SigningIdentity::Data &identity,
                  const SigningOptions &options, const QDateTime &claimed)
        : m_pdf(pdf), m_original(original), m_identity(identity), m_options(options), m_claimed(claimed)
    {}

    SigningResult<QByteArray> build(SignatureSummary &summary);

private:
    int allocate() { return m_next++; }
    QByteArray signatureDictionary(qsizetype contentsBytes) const;
    SigningResult<QRectF> addAppearance(QPDFObjectHandle page, int *appearance);
    void addWidgetToPage(QPDFObjectHandle page, const QByteArray &widgetRef);
    void addFieldToForm(const QByteArray &widgetRef);
    void writeXref(QByteArray &out, std::vector<XrefEntry> entries, qint64 prev, bool stream);

    QPDF &m_pdf;
    const QByteArray &m_original;
    const SigningIdentity::Data &m_identity;
    const SigningOptions &m_options;
    QDateTime m_claimed; // in the offset it is shown in
    int m_next = 1;
    QString m_signerName;
    QString m_fieldName;
    std::vector<PdfObject> m_objects;
};

QByteArray UpdateBuilder::signatureDictionary(qsizetype contentsBytes) const
{
    QByteArray dict = "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter " +
                      pdfName(subFilterName(m_options.subFilter)) + "\n/ByteRange " + kByteRangePlaceholder +
                      "\n/Contents <" + QByteArray(contentsBytes * 2, '0') + ">\n/M " +
                      detail::pdfTextString(QString::fromLatin1(detail::pdfDate(m_claimed)));
    if (!m_signerName.isEmpty()) {
        dict += " /Name " + detail::pdfTextString(m_signerName);
    }
    if (!m_options.reason.isEmpty()) {
        dict += " /Reason " + detail::pdfTextString(m_options.reason);
    }
    if (!m_options.location.isEmpty()) {
        dict += " /Location " + detail::pdfTextString(m_options.location);
    }
    if (!m_options.contactInfo.isEmpty()) {
        dict += " /ContactInfo " + detail::pdfTextString(m_options.contactInfo);
    }
    return dict + " >>";
}

SigningResult<QRectF> UpdateBuilder::addAppearance(QPDFObjectHandle page, int *appearance)
{
    if (!m_options.visible) {
        *appearance = allocate();
        m_objects.push_back(detail::invisibleAppearance(*appearance));
        return QRectF();
    }
    const SignatureAppearanceText &text = m_options.appearanceText;
    QStringList lines;
    lines << text.signedBy.arg(m_signerName);
    if (!m_options.signerCapacity.isEmpty()) {
        lines << m_options.signerCapacity;
    }
    lines << text.date.arg(displayTime(m_claimed));
    if (!m_options.reason.isEmpty()) {
        lines << text.reason.arg(m_options.reason);
    }
    if (!m_options.location.isEmpty()) {
        lines << text.location.arg(m_options.location);
    }
    if (describeCertificate(m_identity.certificate.get()).isTraining) {
        lines << text.training;
    }
    const bool placed = !m_options.rect.isEmpty();
    const double width = placed ? m_options.rect.width() : kBlockWidth;
    const double height = placed ? m_options.rect.height() : 0;
    auto built = detail::buildVisibleAppearance(lines, width, height, [this] { return allocate(); });
    if (!built) {
        return SigningError{SigningStatus::Internal,
                            tr("The visible signature block could not be drawn in the bundled fonts.")};
    }
    *appearance = built->xobjectNumber;
    for (PdfObject &object : built->objects) {
        m_objects.push_back(std::move(object));
    }
    if (placed) {
        return m_options.rect.normalized();
    }
    // Bottom left of the page's crop box; later signatures beside, then above the earlier ones.
    QPDFObjectHandle box = QPDFPageObjectHelper(page).getCropBox(false, false);
    double left = 0;
    double bottom = 0;
    double right = 595;
    if (box.isRectangle()) {
        const auto r = box.getArrayAsRectangle();
        left = std::min(r.llx, r.urx);
        bottom = std::min(r.lly, r.ury);
        right = std::max(r.llx, r.urx);
    }
    const int slot = visibleSignatureWidgets(page);
    const int perRow = std::max(
        1, static_cast<int>((right - left - 2 * kBlockLeft + kBlockGap) / (kBlockWidth + kBlockGap)));
    const int column = slot % perRow;
    const int row = slot / perRow;
    const QSizeF size = built->size;
    return QRectF(left + kBlockLeft + column * (size.width() + kBlockGap),
                  bottom + kBlockBottom + row * (size.height() + kBlockGap), size.width(), size.height());
}

void UpdateBuilder::addWidgetToPage(QPDFObjectHandle page, const QByteArray &widgetRef)
{
    QPDFObjectHandle annots = page.getKey("/Annots");
    if (annots.isIndirect() && annots.isArray()) {
        // Qt writes /Annots as an indirect (empty) array: rewrite that array, not the page.
        m_objects.push_back({annots.getObjectID(), arrayWith(annots, widgetRef), annots.getGeneration()});
    } else {
        m_objects.push_back({page.getObjectID(),
                             dictionaryWith(page, {{"/Annots", arrayWith(annots, widgetRef)}}),
                             page.getGeneration()});
    }
}

void UpdateBuilder::addFieldToForm(const QByteArray &widgetRef)
{
    QPDFObjectHandle root = m_pdf.getRoot();
    QPDFObjectHandle form = root.getKey("/AcroForm");
    if (!form.isDictionary()) {
        // A new indirect /AcroForm: a later signature then rewrites only that small object.
        const int number = allocate();
        m_objects.push_back({number, "<< /Fields [" + widgetRef + "] /SigFlags 3 >>"});
        m_objects.push_back({root.getObjectID(), dictionaryWith(root, {{"/AcroForm", pdfReference(number)}}),
                             root.getGeneration()});
        return;
    }
    Overrides formChanges;
    QPDFObjectHandle fields = form.getKey("/Fields");
    if (fields.isIndirect() && fields.isArray()) {
        m_objects.push_back({fields.getObjectID(), arrayWith(fields, widgetRef), fields.getGeneration()});
    } else {
        formChanges["/Fields"] = arrayWith(fields, widgetRef);
    }
    QPDFObjectHandle sigFlags = form.getKey("/SigFlags");
    const long long flags = sigFlags.isInteger() ? sigFlags.getIntValue() : 0;
    if ((flags & 3) != 3) {
        formChanges["/SigFlags"] = QByteArray::number(flags | 3);
    }
    // PDF/A forbids NeedAppearances true; the signature brings its own appearance anyway.
    if (QPDFObjectHandle need = form.getKey("/NeedAppearances"); need.isBool() && need.getBoolValue()) {
        formChanges["/NeedAppearances"] = QByteArray();
    }
    if (formChanges.empty()) {
        return;
    }
    if (form.isIndirect()) {
        m_objects.push_back({form.getObjectID(), dictionaryWith(form, formChanges), form.getGeneration()});
    } else {
        m_objects.push_back({root.getObjectID(),
                             dictionaryWith(root, {{"/AcroForm", dictionaryWith(form, formChanges)}}),
                             root.getGeneration()});
    }
}

void UpdateBuilder::writeXref(QByteArray &out, std::vector<XrefEntry> entries, qint64 prev, bool stream)
{
    QPDFObjectHandle trailer = m_pdf.getTrailer();
    QByteArray firstId;
    if (QPDFObjectHandle id = trailer.getKey("/ID");
        id.isArray() && id.getArrayNItems() >= 1 && id.getArrayItem(0).isString()) {
        firstId = bytes(id.getArrayItem(0).getStringValue());
    }
    QCryptographicHash idHash(QCryptographicHash::Md5);
    idHash.addData(firstId);
    idHash.addData(detail::pdfDate(m_claimed));
    idHash.addData(m_fieldName.toUtf8());
    idHash.addData(QByteArray::number(m_original.size()));
    idHash.addData(ossl::toDer(m_identity.certificate.get()));
    const QByteArray newId = idHash.result();
    if (firstId.isEmpty()) {
        firstId = newId;
    }
    QByteArray common = " /Root " + unparse(trailer.getKey("/Root"));
    if (QPDFObjectHandle info = trailer.getKey("/Info"); info.isIndirect()) {
        common += " /Info " + unparse(info);
    }
    common += " /ID [<" + firstId.toHex() + "> <" + newId.toHex() + ">] /Prev " + QByteArray::number(prev);

    const qint64 xrefOffset = out.size();
    if (!stream) {
        std::sort(entries.begin(), entries.end(),
                  [](const XrefEntry &a, const XrefEntry &b) { return a.number < b.number; });
        out += "xref\n";
        size_t i = 0;
        for (const auto &[first, count] : runsOf(entries)) {
            out += QByteArray::number(first) + ' ' + QByteArray::number(count) + '\n';
            for (int k = 0; k < count; ++k, ++i) {
                // Exactly 20 bytes per entry.
                out += QByteArray::number(entries[i].offset).rightJustified(10, '0') + ' ' +
                       QByteArray::number(entries[i].generation).rightJustified(5, '0') + " n\r\n";
            }
        }
        out += "trailer\n<< /Size " + QByteArray::number(m_next) + common + " >>\n";
    } else {
        // The original uses a cross-reference stream, so the update must as well.
        const int number = allocate();
        entries.push_back({number, 0, xrefOffset});
        std::sort(entries.begin(), entries.end(),
                  [](const XrefEntry &a, const XrefEntry &b) { return a.number < b.number; });
        const int offsetWidth = xrefOffset > 0xffffffffLL ? 8 : 4;
        QByteArray table;
        for (const XrefEntry &e : entries) {
            table += '\x01';
            for (int b = offsetWidth - 1; b >= 0; --b) {
                table += static_cast<char>((e.offset >> (8 * b)) & 0xff);
            }
            table += static_cast<char>((e.generation >> 8) & 0xff);
            table += static_cast<char>(e.generation & 0xff);
        }
        QByteArray index;
        for (const auto &[first, count] : runsOf(entries)) {
            index += QByteArray::number(first) + ' ' + QByteArray::number(count) + ' ';
        }
        index.chop(1);
        out +=
            QByteArray::number(number) + " 0 obj\n" +
            detail::streamObject("/Type /XRef /Size " + QByteArray::number(m_next) + " /W [1 " +
                                     QByteArray::number(offsetWidth) + " 2] /Index [" + index + ']' + common,
                                 table) +
            "\nendobj\n";
    }
    out += "startxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
}

SigningResult<QByteArray> UpdateBuilder::build(SignatureSummary &summary)
{
    const qint64 prev = lastStartXref(m_original);
    if (prev < 0) {
        return SigningError{SigningStatus::NotAPdf, tr("It has no startxref.")};
    }
    const bool xrefStream = isXrefStream(m_original, prev);
    QPDFObjectHandle trailer = m_pdf.getTrailer();
    QPDFObjectHandle root = trailer.getKey("/Root");
    if (!root.isIndirect() || !root.isDictionary()) {
        return SigningError{SigningStatus::NotAPdf, tr("It has no document catalog.")};
    }
    m_next =
        trailer.getKey("/Size").isInteger() ? static_cast<int>(trailer.getKey("/Size").getIntValue()) : 1;
    for (QPDFObjectHandle &object : m_pdf.getAllObjects()) {
        m_next = std::max(m_next, object.getObjectID() + 1);
    }
    const std::vector<QPDFObjectHandle> &pages = m_pdf.getAllPages();
    if (pages.empty()) {
        return SigningError{SigningStatus::NotAPdf, tr("It has no pages.")};
    }
    const size_t pageIndex =
        m_options.pageIndex < 0 || static_cast<size_t>(m_options.pageIndex) >= pages.size()
            ? pages.size() - 1
            : static_cast<size_t>(m_options.pageIndex);
    QPDFObjectHandle page = pages[pageIndex];

    const CertificateInfo certificate = describeCertificate(m_identity.certificate.get());
    m_signerName =
        m_options.signerName.trimmed().isEmpty() ? certificate.commonName : m_options.signerName.trimmed();
    std::set<QString> names;
    for (const detail::FormField &field : detail::formFields(m_pdf)) {
        names.insert(field.name);
    }
    const QString base = m_options.fieldName.trimmed();
    for (int n = 1; m_fieldName.isEmpty() || names.count(m_fieldName); ++n) {
        m_fieldName = base.isEmpty() ? QStringLiteral("Signature%1").arg(n)
                                     : (n == 1 ? base : QStringLiteral("%1 %2").arg(base).arg(n));
    }

    qsizetype chainBytes = i2d_X509(m_identity.certificate.get(), nullptr);
    for (const auto &c : m_identity.chain) {
        chainBytes += i2d_X509(c.get(), nullptr);
    }
    const qsizetype reserved =
        std::max<qsizetype>(kMinimumSignatureBytes, (chainBytes + kSignatureMargin + 1023) / 1024 * 1024);
    if (reserved > kMaximumSignatureBytes) {
        return SigningError{SigningStatus::Internal,
                            tr("The certificate chain is too large for a PDF/A signature.")};
    }

    const int signature = allocate();
    const int widget = allocate();
    m_objects.push_back({signature, signatureDictionary(reserved)});
    int appearance = 0;
    auto rect = addAppearance(page, &appearance);
    if (!rect) {
        return rect.error();
    }
    const QByteArray rectText = '[' + pdfNumber(rect->left()) + ' ' + pdfNumber(rect->top()) + ' ' +
                                pdfNumber(rect->right()) + ' ' + pdfNumber(rect->bottom()) + ']';
    // Field and widget merged; /F 132 = Print | Locked, as PDF/A wants printable annotations.
    m_objects.push_back({widget, "<< /Type /Annot /Subtype /Widget /FT /Sig /T " +
                                     detail::pdfTextString(m_fieldName) + " /V " + pdfReference(signature) +
                                     " /F 132 /Rect " + rectText + " /P " +
                                     pdfReference(page.getObjectID(), page.getGeneration()) + " /AP << /N " +
                                     pdfReference(appearance) + " >> >>"});
    addWidgetToPage(page, pdfReference(widget));
    addFieldToForm(pdfReference(widget));

    QByteArray out;
    out.reserve(m_original.size() + reserved * 2 + 64 * 1024);
    out.append(m_original); // a copy into the reserved buffer, not a shared reference
    if (!out.endsWith('\n') && !out.endsWith('\r')) {
        out += '\n';
    }
    std::vector<XrefEntry> entries;
    qsizetype byteRangeAt = -1;
    qsizetype contentsAt = -1;
    for (const PdfObject &object : m_objects) {
        entries.push_back({object.number, object.generation, out.size()});
        out += QByteArray::number(object.number) + ' ' + QByteArray::number(object.generation) + " obj\n";
        if (object.number == signature) {
            byteRangeAt = out.size() + object.body.indexOf("/ByteRange ") + 11;
            contentsAt = out.size() + object.body.indexOf("/Contents <") + 10;
        }
        out += object.body + "\nendobj\n";
    }
    writeXref(out, entries, prev, xrefStream);

    // ByteRange: everything but the /Contents hex string, delimiters included.
    const qint64 gapEnd = contentsAt + reserved * 2 + 2;
    QByteArray range = "[0 " + QByteArray::number(contentsAt) + ' ' + QByteArray::number(gapEnd) + ' ' +
                       QByteArray::number(out.size() - gapEnd) + ']';
    range = range.leftJustified(kByteRangePlaceholder.size(), ' ');
    out.replace(byteRangeAt, range.size(), range);

    QString error;
    const QByteArray der =
        detail::createDetachedCms(m_identity, QByteArrayView(out.constData(), contentsAt),
                                  QByteArrayView(out.constData() + gapEnd, out.size() - gapEnd), &error);
    if (der.isEmpty()) {
        return SigningError{SigningStatus::Internal, error};
    }
    if (der.size() > reserved) {
        return SigningError{SigningStatus::Internal,
                            tr("The signature (%1 bytes) does not fit the %2 bytes reserved for it.")
                                .arg(der.size())
                                .arg(reserved)};
    }
    const QByteArray hex = der.toHex();
    out.replace(contentsAt + 1, hex.size(), hex);

    summary.fieldName = m_fieldName;
    summary.signerName = m_signerName;
    summary.signerSubject = certificate.subject;
    summary.certificateSha256 = certificate.sha256Fingerprint;
    summary.claimedTime = m_claimed.toUTC();
    summary.subFilter = m_options.subFilter;
    summary.isTrainingCertificate = certificate.isTraining;
    return out;
}

/// Re-reads the signed bytes as a verifier would: the update parses without repair, the new
/// signature is the last, intact and covers the whole file, and every earlier one is still intact.
SigningResult<int> reverify(const QByteArray &signedPdf, const QString &fieldName)
{
    QString error;
    auto reopened = detail::openPdf(signedPdf, false, &error);
    if (!reopened) {
        return SigningError{SigningStatus::Internal, tr("The signed file does not read back: %1").arg(error)};
    }
    const VerificationReport report = detail::inspectSignatures(*reopened, signedPdf, nullptr);
    if (reopened->anyWarnings()) {
        return SigningError{SigningStatus::Internal, tr("The signed file does not read back: %1").arg(damagedPdf())};
    }
    if (report.signatures.isEmpty() || report.signatures.constLast().fieldName != fieldName ||
        !report.lastCoversWholeFile()) {
        return SigningError{SigningStatus::Internal,
                            tr("The new signature is not found in the signed file.")};
    }
    for (const SignatureCheck &check : report.signatures) {
        if (!check.byteRangeValid || !check.digestMatches || !check.signatureValid) {
            return SigningError{SigningStatus::Internal,
                                tr("Signature %1 does not verify in the signed file: %2")
                                    .arg(check.fieldName, check.problems.join(QLatin1Char(' ')))};
        }
    }
    return static_cast<int>(report.signatures.size());
}

} // namespace

SigningResult<QByteArray> PdfSigner::signData(const QByteArray &pdf, const SigningIdentity &identity,
                                              const SigningOptions &options, SignatureSummary *summary)
{
    if (identity.isNull()) {
        return SigningError{SigningStatus::NotAPkcs12, tr("No certificate was given.")};
    }
    // Whole seconds: that is all /M can hold, and the check below must see the same time.
    QDateTime claimed = options.claimedTime.isValid() ? options.claimedTime : QDateTime::currentDateTime();
    claimed = claimed.addMSecs(-claimed.time().msec());
    const SigningIdentity::Data &data = *identity.data();
    time_t seconds = static_cast<time_t>(claimed.toSecsSinceEpoch());
    const CertificateInfo certificate = describeCertificate(data.certificate.get());
    if (X509_cmp_time(X509_get0_notBefore(data.certificate.get()), &seconds) > 0) {
        return SigningError{SigningStatus::CertificateNotYetValid,
                            tr("\"%1\" is valid from %2.")
                                .arg(certificate.commonName, certificate.notBefore.toString(Qt::ISODate))};
    }
    // Valid at the claimed time and also now: a claimed time is the signer's own word, and an
    // expired certificate must not sign today by claiming a day when it was still valid.
    time_t now = static_cast<time_t>(QDateTime::currentSecsSinceEpoch());
    if (X509_cmp_time(X509_get0_notAfter(data.certificate.get()), &seconds) < 0 ||
        X509_cmp_time(X509_get0_notAfter(data.certificate.get()), &now) < 0) {
        return SigningError{SigningStatus::CertificateExpired,
                            tr("\"%1\" expired on %2.")
                                .arg(certificate.commonName, certificate.notAfter.toString(Qt::ISODate))};
    }
    if (!certificate.canSign) {
        return SigningError{SigningStatus::KeyUsageUnsuitable,
                            tr("Certificate: \"%1\".").arg(certificate.commonName)};
    }

    QString error;
    auto document = detail::openPdf(pdf, false, &error);
    if (!document) {
        return SigningError{SigningStatus::NotAPdf, error};
    }
    try {
        // Signing over a change made after an earlier signature would vouch for that change.
        const VerificationReport existing = detail::inspectSignatures(*document, pdf, nullptr);
        // qpdf reads objects only when they are used: a broken cross-reference entry shows up
        // here, as a warning and a null object, not when the file was opened. Signing on top of
        // it would hide an earlier signature that no longer resolves.
        if (document->anyWarnings()) {
            return SigningError{SigningStatus::NotAPdf, damagedPdf()};
        }
        for (const SignatureCheck &check : existing.signatures) {
            if (!check.byteRangeValid || !check.digestMatches || !check.signatureValid) {
                return SigningError{
                    SigningStatus::ModifiedAfterSignature,
                    tr("Signature \"%1\": %2").arg(check.fieldName, check.problems.join(QLatin1Char(' ')))};
            }
        }
        if (!existing.signatures.isEmpty() && !existing.lastCoversWholeFile()) {
            return SigningError{
                SigningStatus::ModifiedAfterSignature,
                QCoreApplication::translate("PdfSigner", "%n byte(s) follow the last signature.", nullptr,
                                            static_cast<int>(existing.signatures.constLast().bytesAfter))};
        }
        SignatureSummary local;
        SignatureSummary &out = summary ? *summary : local;
        UpdateBuilder builder(*document, pdf, data, options, claimed);
        auto signedPdf = builder.build(out);
        if (!signedPdf) {
            return signedPdf;
        }
        if (document->anyWarnings()) {
            return SigningError{SigningStatus::NotAPdf, damagedPdf()};
        }
        auto count = reverify(*signedPdf, out.fieldName);
        if (!count) {
            return count.error();
        }
        out.signatureCount = *count;
        out.size = signedPdf->size();
        out.sha256 =
            QString::fromLatin1(QCryptographicHash::hash(*signedPdf, QCryptographicHash::Sha256).toHex());
        return signedPdf;
    } catch (const std::exception &e) {
        return SigningError{SigningStatus::NotAPdf, QString::fromLocal8Bit(e.what())};
    }
}

SigningResult<SignatureSummary> PdfSigner::sign(const QString &inPath, const QString &outPath,
                                                const SigningIdentity &identity,
                                                const SigningOptions &options)
{
    const QFileInfo in(inPath);
    const QFileInfo out(outPath);
    if (outPath.isEmpty() || in.absoluteFilePath() == out.absoluteFilePath() ||
        (out.exists() && in.canonicalFilePath() == out.canonicalFilePath())) {
        return SigningError{SigningStatus::SameFile, {}};
    }
    QFile file(inPath);
    if (!file.exists()) {
        return SigningError{SigningStatus::IoError, tr("%1 does not exist.").arg(inPath)};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return SigningError{SigningStatus::IoError, tr("Cannot read %1: %2").arg(inPath, file.errorString())};
    }
    const QByteArray pdf = file.readAll();
    file.close();
    SignatureSummary summary;
    auto signedPdf = signData(pdf, identity, options, &summary);
    if (!signedPdf) {
        return signedPdf.error();
    }
    if (auto written = SafeSave::write(outPath, *signedPdf); !written) {
        return SigningError{SigningStatus::IoError, written.error().message};
    }
    summary.outputPath = outPath;
    return summary;
}

SigningResult<SignatureSummary> PdfSigner::sign(const QString &inPath, const QString &outPath,
                                                const SigningOptions &options)
{
    const QFileInfo in(inPath);
    const QFileInfo out(outPath);
    if (outPath.isEmpty() || in.absoluteFilePath() == out.absoluteFilePath() ||
        (out.exists() && in.canonicalFilePath() == out.canonicalFilePath())) {
        return SigningError{SigningStatus::SameFile, {}};
    }
    const QDateTime at = options.claimedTime.isValid() ? options.claimedTime : QDateTime::currentDateTime();
    auto identity = importPkcs12(options.pkcs12Path, options.passphrase, at);
    if (!identity) {
        return identity.error();
    }
    return sign(inPath, outPath, *identity, options);
}

Result<SignatureSummary> signPdf(const QString &inPath, const QString &outPath, const SigningOptions &options)
{
    return PdfSigner::sign(inPath, outPath, options).toResult();
}

} // namespace mla::core
