#include "export/requestexporter.h"

#include "export/docxwriter.h"
#include "export/lettercomposer.h"
#include "export/letterlanguage.h"
#include "export/pdfwriter.h"
#include "export/phrasebook.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace mla::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RequestExporter", text);
}

Result<LetterPhrases> phrasesFor(const QString &language)
{
    if (!ExportOptions::languages().contains(language)) {
        return makeError(ErrorCode::InvalidArgument, tr("'%1' is not an output language (available: %2)")
                                                         .arg(language, ExportOptions::languages().join(QStringLiteral(", "))));
    }
    return LetterPhrases::forLanguage(language);
}

Result<QString> sha256Of(const QString &path, qint64 *size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, tr("Cannot read %1 back: %2").arg(path, file.errorString()));
    }
    *size = file.size();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        return makeError(ErrorCode::Io, tr("Cannot read %1 back: %2").arg(path, file.errorString()));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

QStringList ExportOptions::languages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"),
            QStringLiteral("ar"), QStringLiteral("ru"), QStringLiteral("zh")};
}

ExportRecord ExportOutcome::record(qint64 requestId) const
{
    ExportRecord r;
    r.requestId = requestId;
    r.format = signer.isEmpty() ? format : format + QStringLiteral("+signed");
    r.language = language;
    r.sha256 = sha256;
    r.fileName = QFileInfo(path).fileName();
    r.signer = signer;
    return r;
}

QString suggestedFileStem(const Request &request)
{
    constexpr qsizetype kLongest = 80;
    QString stem = request.value(QStringLiteral("authority.reference"));
    if (stem.trimmed().isEmpty()) {
        stem = request.title;
    }
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f\\x7f]+"));
    stem = printableText(stem).replace(unsafe, QStringLiteral("-")).simplified();
    if (stem.size() > kLongest) {
        stem.truncate(stem.at(kLongest - 1).isHighSurrogate() ? kLongest - 1 : kLongest);
        stem = stem.trimmed();
    }
    // A name of dots alone means this folder or the one above it.
    static const QRegularExpression onlyDots(QStringLiteral("^[.\\s-]*$"));
    return onlyDots.match(stem).hasMatch() ? QString() : stem;
}

Result<ComposedDocument> composeForExport(const Request &request, const RequestForm &form, const ExportOptions &options)
{
    auto primary = phrasesFor(options.language);
    if (!primary) {
        return primary.error();
    }
    LetterOptions letterOptions;
    letterOptions.latinTranscription = options.latinTranscription;
    Result<ComposedDocument> document = makeError(ErrorCode::Export, QString());
    if (options.bilingualLanguage.isEmpty()) {
        document = composeLetter(request, form, *primary, letterOptions);
    } else {
        if (options.bilingualLanguage == options.language) {
            return makeError(ErrorCode::InvalidArgument, tr("A bilingual letter needs two different languages."));
        }
        auto secondary = phrasesFor(options.bilingualLanguage);
        if (!secondary) {
            return secondary.error();
        }
        document = composeBilingual(request, form, *primary, *secondary, letterOptions);
    }
    return document;
}

Result<ExportOutcome> exportRequest(const Request &request, const RequestForm &form, const ExportOptions &options,
                                    const QString &outPath)
{
    if (!ExportOptions::formats().contains(options.format)) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("'%1' is not an export format (available: pdf, docx)").arg(options.format));
    }
    if (options.signing && options.format != QLatin1String("pdf")) {
        return makeError(ErrorCode::InvalidArgument, tr("Only PDF files can be signed."));
    }
    const Result<ComposedDocument> document = composeForExport(request, form, options);
    if (!document) {
        return document.error();
    }

    ExportOutcome outcome;
    outcome.path = outPath;
    outcome.format = options.format;
    outcome.language = options.bilingualLanguage.isEmpty() ? options.language
                                                           : options.language + QLatin1Char('+') + options.bilingualLanguage;
    outcome.needTranslation = fieldsNeedingTranslation(request, form, options.language);

    if (options.format == QLatin1String("docx")) {
        if (auto written = writeDocx(*document, outPath); !written) {
            return written.error();
        }
    } else if (!options.signing) {
        if (auto written = writePdf(*document, outPath); !written) {
            return written.error();
        }
    } else {
        // The unsigned letter lives only in a private temporary folder, gone when this returns.
        QTemporaryDir scratch;
        if (!scratch.isValid()) {
            return makeError(ErrorCode::Io, tr("No temporary folder for signing: %1").arg(scratch.errorString()));
        }
        const QString unsignedPath = scratch.filePath(QStringLiteral("unsigned.pdf"));
        if (auto written = writePdf(*document, unsignedPath); !written) {
            return written.error();
        }
        auto signedPdf = signPdf(unsignedPath, outPath, *options.signing);
        if (!signedPdf) {
            return signedPdf.error();
        }
        outcome.signer = signedPdf->signerName;
        outcome.trainingCertificate = signedPdf->isTrainingCertificate;
    }
    auto hash = sha256Of(outPath, &outcome.size);
    if (!hash) {
        return hash.error();
    }
    outcome.sha256 = *hash;
    return outcome;
}

} // namespace mla::core
