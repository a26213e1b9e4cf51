#include "signing/pdfverifier.h"

#include "signing/certificates.h"
#include "signing/identitydata.h"
#include "signing/pdfinspection.h"
#include "signing/pdfsyntax.h"
#include "signing/signaturecms.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <algorithm>
#include <cctype>
#include <openssl/pem.h>
#include <set>

namespace mla::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SignatureVerification", text);
}

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

bool SignatureCheck::isValid() const
{
    return byteRangeValid && digestMatches && signatureValid && digestAlgorithmStrong &&
           certificateValidAtClaimedTime && keyUsageAllowsSigning && trust != Trust::Untrusted;
}

qint64 SignatureCheck::signedEnd() const
{
    return byteRangeValid ? byteRange[2] + byteRange[3] : 0;
}

bool VerificationReport::allValid() const
{
    return std::all_of(signatures.cbegin(), signatures.cend(),
                       [](const SignatureCheck &s) { return s.isValid(); });
}

bool VerificationReport::lastCoversWholeFile() const
{
    return !signatures.isEmpty() && signatures.constLast().coversWholeFile;
}

namespace detail {

bool looksLikePdf(const QByteArray &data)
{
    const qsizetype header = data.indexOf("%PDF-");
    return header >= 0 && header < 1024;
}

std::unique_ptr<QPDF> openPdf(const QByteArray &data, bool allowRecovery, QString *error)
{
    if (!looksLikePdf(data)) {
        *error = tr("There is no PDF header.");
        return {};
    }
    auto pdf = std::make_unique<QPDF>();
    try {
        pdf->setSuppressWarnings(true);
        pdf->setAttemptRecovery(allowRecovery);
        pdf->processMemoryFile("document.pdf", data.constData(), static_cast<size_t>(data.size()));
        if (!allowRecovery && pdf->anyWarnings()) {
            *error = tr("The PDF is damaged.");
            return {};
        }
        if (pdf->isEncrypted()) {
            *error = tr("The PDF is encrypted.");
            return {};
        }
    } catch (const std::exception &e) {
        *error = QString::fromLocal8Bit(e.what());
        return {};
    }
    return pdf;
}

namespace {

void collectFields(QPDFObjectHandle field, const QString &parentName, const std::string &parentType,
                   std::set<QPDFObjGen> &seen, std::vector<FormField> &out, int depth)
{
    if (depth > 32 || !field.isDictionary()) {
        return;
    }
    if (field.isIndirect() && !seen.insert(field.getObjGen()).second) {
        return;
    }
    QString name = parentName;
    if (QPDFObjectHandle t = field.getKey("/T"); t.isString()) {
        const QString partial = fromStd(t.getUTF8Value());
        name = parentName.isEmpty() ? partial : parentName + QLatin1Char('.') + partial;
    }
    std::string type = parentType;
    if (QPDFObjectHandle ft = field.getKey("/FT"); ft.isName()) {
        type = ft.getName();
    }
    bool hasChildFields = false;
    if (QPDFObjectHandle kids = field.getKey("/Kids"); kids.isArray()) {
        for (int i = 0; i < kids.getArrayNItems(); ++i) {
            QPDFObjectHandle kid = kids.getArrayItem(i);
            // Kids without /T are the field's widgets, not fields of their own.
            if (kid.isDictionary() && kid.hasKey("/T")) {
                hasChildFields = true;
                collectFields(kid, name, type, seen, out, depth + 1);
            }
        }
    }
    if (!hasChildFields) {
        out.push_back({name, type, field});
    }
}

} // namespace

std::vector<FormField> formFields(QPDF &pdf)
{
    std::vector<FormField> out;
    // Only a dictionary is asked for a key: qpdf answers a key asked of anything else with a
    // warning, and a warning here is how the signer recognises a damaged file.
    QPDFObjectHandle form = pdf.getRoot().getKey("/AcroForm");
    QPDFObjectHandle fields = form.isDictionary() ? form.getKey("/Fields") : QPDFObjectHandle::newNull();
    if (!fields.isArray()) {
        return out;
    }
    std::set<QPDFObjGen> seen;
    for (int i = 0; i < fields.getArrayNItems(); ++i) {
        collectFields(fields.getArrayItem(i), {}, {}, seen, out, 0);
    }
    return out;
}

Result<ossl::X509StorePtr> loadTrustStore(const VerifyOptions &options)
{
    QStringList files = options.trustFiles;
    if (!options.trustDirectory.isEmpty()) {
        const QDir dir(options.trustDirectory);
        if (!dir.exists()) {
            return makeError(ErrorCode::NotFound,
                             tr("The trust folder %1 does not exist.").arg(options.trustDirectory));
        }
        const QStringList names =
            dir.entryList({QStringLiteral("*.pem"), QStringLiteral("*.crt"), QStringLiteral("*.cer")},
                          QDir::Files | QDir::Readable, QDir::Name);
        for (const QString &name : names) {
            files << dir.absoluteFilePath(name);
        }
    }
    if (files.isEmpty()) {
        if (!options.trustDirectory.isEmpty()) {
            return makeError(ErrorCode::NotFound,
                             tr("The trust folder %1 holds no certificates (*.pem, *.crt, *.cer).")
                                 .arg(options.trustDirectory));
        }
        return ossl::X509StorePtr();
    }
    ossl::X509StorePtr store(X509_STORE_new());
    int loaded = 0;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
        }
        const QByteArray pem = file.readAll();
        auto bio = ossl::readOnlyBio(pem);
        while (X509 *certificate = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
            if (X509_STORE_add_cert(store.get(), certificate) == 1) {
                ++loaded;
            }
            X509_free(certificate);
        }
        ossl::clearErrors();
    }
    if (loaded == 0) {
        return makeError(ErrorCode::Corrupted,
                         tr("No PEM certificate could be read from the trust anchors."));
    }
    return store;
}

VerificationReport inspectSignatures(QPDF &pdf, const QByteArray &data, X509_STORE *trust)
{
    VerificationReport report;
    report.fileSize = data.size();
    report.trustChecked = trust != nullptr;
    std::set<QPDFObjGen> seenValues;
    for (FormField &field : formFields(pdf)) {
        if (field.type != "/Sig") {
            continue;
        }
        QPDFObjectHandle value = field.dictionary.getKey("/V");
        if (!value.isDictionary() || (value.isIndirect() && !seenValues.insert(value.getObjGen()).second)) {
            continue; // an unsigned signature field, or one sharing another's value
        }
        SignatureCheck check;
        check.fieldName = field.name;
        auto text = [&value](const char *key) {
            QPDFObjectHandle item = value.getKey(key);
            return item.isString() ? fromStd(item.getUTF8Value()) : QString();
        };
        check.name = text("/Name");
        check.reason = text("/Reason");
        check.location = text("/Location");
        check.contactInfo = text("/ContactInfo");
        check.claimedTime = parsePdfDate(text("/M"));
        if (QPDFObjectHandle subFilter = value.getKey("/SubFilter"); subFilter.isName()) {
            check.subFilter = fromStd(subFilter.getName()).mid(1);
        }

        QPDFObjectHandle range = value.getKey("/ByteRange");
        if (range.isArray()) {
            for (int i = 0; i < range.getArrayNItems(); ++i) {
                QPDFObjectHandle n = range.getArrayItem(i);
                check.byteRange << (n.isInteger() ? n.getIntValue() : -1);
            }
        }
        const QList<qint64> &br = check.byteRange;
        const qint64 size = data.size();
        // Every bound on its own first: a hostile range near the 64-bit limit must not overflow the
        // sums below into a "valid" range that points outside the file.
        const auto inFile = [size](qint64 n) { return n >= 0 && n <= size; };
        bool rangeOk = br.size() == 4 && std::all_of(br.cbegin(), br.cend(), inFile) && br[0] == 0 && br[1] > 0 &&
                       br[2] > br[1] + 1 && br[3] <= size - br[2];
        QByteArray der;
        if (rangeOk) {
            // The gap must be exactly the hex string that /Contents holds, delimiters included.
            rangeOk = data.at(br[1]) == '<' && data.at(br[2] - 1) == '>';
            const QByteArray hex = data.mid(br[1] + 1, br[2] - br[1] - 2);
            rangeOk = rangeOk && hex.size() % 2 == 0 && std::all_of(hex.cbegin(), hex.cend(), [](char c) {
                          return std::isxdigit(static_cast<unsigned char>(c));
                      });
            if (rangeOk) {
                der = QByteArray::fromHex(hex);
                QPDFObjectHandle contents = value.getKey("/Contents");
                const std::string parsed = contents.isString() ? contents.getStringValue() : std::string();
                rangeOk = parsed.size() == static_cast<size_t>(der.size()) &&
                          std::equal(parsed.cbegin(), parsed.cend(), der.cbegin());
            }
        }
        check.byteRangeValid = rangeOk;
        if (!rangeOk) {
            check.problems << tr("The byte range is malformed or does not match the signature value.");
        } else {
            check.coversWholeFile = br[2] + br[3] == size;
            check.bytesAfter = size - (br[2] + br[3]);
            const QByteArrayView first(data.constData(), br[1]);
            const QByteArrayView second(data.constData() + br[2], br[3]);
            detail::CmsInspection cms = detail::inspectDetachedCms(der, first, second);
            check.digestMatches = cms.digestMatches;
            check.signatureValid = cms.signatureValid;
            check.digestAlgorithm = cms.digestAlgorithm;
            // Collisions can be made for MD5 and SHA-1 (and older): only the SHA-2 and SHA-3
            // families are accepted.
            static const QStringList strongDigests = {
                QStringLiteral("SHA224"),    QStringLiteral("SHA256"),    QStringLiteral("SHA384"),
                QStringLiteral("SHA512"),    QStringLiteral("SHA512224"), QStringLiteral("SHA512256"),
                QStringLiteral("SHA3224"),   QStringLiteral("SHA3256"),   QStringLiteral("SHA3384"),
                QStringLiteral("SHA3512")};
            check.digestAlgorithmStrong = strongDigests.contains(cms.digestAlgorithm);
            if (cms.parsed && !check.digestAlgorithmStrong) {
                check.problems << tr("The signature uses the digest %1, which is no longer safe: documents "
                                     "with the same digest can be forged.")
                                      .arg(cms.digestAlgorithm.isEmpty() ? tr("(unknown)") : cms.digestAlgorithm);
            }
            check.hasSigningCertificateV2 = cms.hasSigningCertificateV2;
            if (cms.hasSigningTime) {
                check.signingTimeAttribute = cms.signingTime;
            }
            if (!cms.parsed) {
                check.problems << tr("The signature value is not a CMS signature: %1").arg(cms.error);
            } else if (!cms.digestMatches) {
                check.problems << tr("Digest mismatch: the signed bytes were changed after signing.");
            } else if (!cms.signatureValid) {
                check.problems
                    << tr("The signature does not verify with the signer's certificate. %1").arg(cms.error);
            }
            if (cms.signer) {
                const CertificateInfo info = describeCertificate(cms.signer.get());
                check.signerCommonName = info.commonName;
                check.signerSubject = info.subject;
                check.issuer = info.issuer;
                check.certificateSha256 = info.sha256Fingerprint;
                check.certificateNotBefore = info.notBefore;
                check.certificateNotAfter = info.notAfter;
                check.isTrainingCertificate = info.isTraining;
                check.keyUsageAllowsSigning = info.canSign;
                if (!info.canSign) {
                    check.problems << tr("The signer's certificate may not be used for signatures.");
                }
                const QDateTime at = check.claimedTime.isValid()            ? check.claimedTime
                                     : check.signingTimeAttribute.isValid() ? check.signingTimeAttribute
                                                                            : QDateTime::currentDateTimeUtc();
                check.certificateValidAtClaimedTime = info.notBefore <= at && at <= info.notAfter;
                if (!check.certificateValidAtClaimedTime) {
                    check.problems
                        << tr("The signer's certificate was not valid at the signing time (%1 to %2).")
                               .arg(isoUtc(info.notBefore), isoUtc(info.notAfter));
                } else if (info.notAfter < QDateTime::currentDateTimeUtc()) {
                    // Not a failure: certificates expire after honest signatures too. But without a
                    // timestamp the signing time is the signer's own claim, which the reader should know.
                    check.notes << tr("The certificate has expired since (on %1). Without a timestamp, the "
                                      "signing time is the signer's own claim.")
                                       .arg(isoUtc(info.notAfter));
                }
                if (trust) {
                    ossl::X509StoreCtxPtr context(X509_STORE_CTX_new());
                    if (context && X509_STORE_CTX_init(context.get(), trust, cms.signer.get(),
                                                       cms.certificates.get()) == 1) {
                        X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(context.get()),
                                                   static_cast<time_t>(at.toSecsSinceEpoch()));
                        if (X509_verify_cert(context.get()) == 1) {
                            check.trust = SignatureCheck::Trust::Trusted;
                        } else {
                            check.trust = SignatureCheck::Trust::Untrusted;
                            check.trustDetail = QString::fromLatin1(
                                X509_verify_cert_error_string(X509_STORE_CTX_get_error(context.get())));
                            check.problems
                                << tr("The certificate is not trusted: %1.").arg(check.trustDetail);
                        }
                    }
                    ossl::clearErrors();
                }
            } else if (cms.parsed) {
                check.problems << tr("The signer's certificate is not in the signature.");
            }
        }
        report.signatures << check;
    }

    // File order: by where each signed range ends.
    std::stable_sort(report.signatures.begin(), report.signatures.end(),
                     [](const SignatureCheck &a, const SignatureCheck &b) { return a.signedEnd() < b.signedEnd(); });
    const bool intactToTheEnd =
        std::any_of(report.signatures.cbegin(), report.signatures.cend(), [](const SignatureCheck &s) {
            return s.coversWholeFile && s.byteRangeValid && s.digestMatches && s.signatureValid;
        });
    for (int i = 0; i < report.signatures.size(); ++i) {
        SignatureCheck &check = report.signatures[i];
        check.index = i + 1;
        if (check.byteRangeValid && !check.coversWholeFile) {
            check.modifiedAfterSigning = !intactToTheEnd;
        }
    }
    if (!report.signatures.isEmpty() && !report.signatures.constLast().coversWholeFile &&
        report.signatures.constLast().byteRangeValid) {
        report.signatures.last().problems << QCoreApplication::translate(
            "SignatureVerification",
            "Not the whole document is signed: %n byte(s) were changed or added after the last signature.",
            nullptr, static_cast<int>(report.signatures.constLast().bytesAfter));
    }
    return report;
}

} // namespace detail

Result<VerificationReport> PdfVerifier::verify(const QString &path, const VerifyOptions &options)
{
    QFile file(path);
    if (!file.exists()) {
        return makeError(ErrorCode::NotFound, tr("%1 does not exist.").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    const QByteArray data = file.readAll();
    auto report = verifyData(data, options);
    if (!report) {
        return makeError(report.error().code,
                         QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), report.error().message));
    }
    report->path = path;
    return report;
}

Result<VerificationReport> PdfVerifier::verifyData(const QByteArray &pdf, const VerifyOptions &options)
{
    auto trust = detail::loadTrustStore(options);
    if (!trust) {
        return trust.error();
    }
    QString error;
    auto document = detail::openPdf(pdf, true, &error);
    if (!document) {
        return makeError(ErrorCode::Corrupted, tr("Not a readable PDF: %1").arg(error));
    }
    try {
        return detail::inspectSignatures(*document, pdf, trust->get());
    } catch (const std::exception &e) {
        return makeError(ErrorCode::Corrupted,
                         tr("Not a readable PDF: %1").arg(QString::fromLocal8Bit(e.what())));
    }
}

QJsonObject verificationReportToJson(const VerificationReport &report)
{
    QJsonArray signatures;
    for (const SignatureCheck &s : report.signatures) {
        QJsonArray range;
        for (const qint64 n : s.byteRange) {
            range.append(static_cast<double>(n));
        }
        const char *trust = s.trust == SignatureCheck::Trust::Trusted     ? "trusted"
                            : s.trust == SignatureCheck::Trust::Untrusted ? "untrusted"
                                                                          : "not-checked";
        signatures.append(QJsonObject{
            {QStringLiteral("index"), s.index},
            {QStringLiteral("field"), s.fieldName},
            {QStringLiteral("valid"), s.isValid()},
            {QStringLiteral("signerCommonName"), s.signerCommonName},
            {QStringLiteral("signerSubject"), s.signerSubject},
            {QStringLiteral("issuer"), s.issuer},
            {QStringLiteral("certificateSha256"), s.certificateSha256},
            {QStringLiteral("trainingCertificate"), s.isTrainingCertificate},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("reason"), s.reason},
            {QStringLiteral("location"), s.location},
            {QStringLiteral("contactInfo"), s.contactInfo},
            {QStringLiteral("claimedTime"), isoUtc(s.claimedTime)},
            {QStringLiteral("signingTimeAttribute"), isoUtc(s.signingTimeAttribute)},
            {QStringLiteral("subFilter"), s.subFilter},
            {QStringLiteral("digestAlgorithm"), s.digestAlgorithm},
            {QStringLiteral("signingCertificateV2"), s.hasSigningCertificateV2},
            {QStringLiteral("byteRange"), range},
            {QStringLiteral("byteRangeValid"), s.byteRangeValid},
            {QStringLiteral("coversWholeFile"), s.coversWholeFile},
            {QStringLiteral("bytesAfter"), static_cast<double>(s.bytesAfter)},
            {QStringLiteral("modifiedAfterSigning"), s.modifiedAfterSigning},
            {QStringLiteral("digestMatches"), s.digestMatches},
            {QStringLiteral("signatureValid"), s.signatureValid},
            {QStringLiteral("certificateValidAtClaimedTime"), s.certificateValidAtClaimedTime},
            {QStringLiteral("certificateNotBefore"), isoUtc(s.certificateNotBefore)},
            {QStringLiteral("certificateNotAfter"), isoUtc(s.certificateNotAfter)},
            {QStringLiteral("keyUsageAllowsSigning"), s.keyUsageAllowsSigning},
            {QStringLiteral("trust"), QString::fromLatin1(trust)},
            {QStringLiteral("trustDetail"), s.trustDetail},
            {QStringLiteral("problems"), QJsonArray::fromStringList(s.problems)},
            {QStringLiteral("notes"), QJsonArray::fromStringList(s.notes)},
        });
    }
    return QJsonObject{
        {QStringLiteral("file"), report.path},
        {QStringLiteral("size"), static_cast<double>(report.fileSize)},
        {QStringLiteral("trustChecked"), report.trustChecked},
        {QStringLiteral("ok"), report.ok()},
        {QStringLiteral("lastCoversWholeFile"), report.lastCoversWholeFile()},
        {QStringLiteral("signatures"), signatures},
    };
}

} // namespace mla::core
