#pragma once

#include "export/composeddocument.h"
#include "model/request.h"
#include "model/requestform.h"
#include "signing/pdfsigner.h"
#include "storage/casestore.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace mla::core {

/// What to produce from a request.
struct ExportOptions
{
    QString format = QStringLiteral("pdf");   ///< pdf or docx
    QString language = QStringLiteral("en");  ///< output language: en, fr, es, ar, ru, zh
    QString bilingualLanguage;                ///< second language side by side; empty for one language
    bool latinTranscription = false;          ///< print Latin transcriptions beside names in other scripts
    std::optional<SigningOptions> signing;    ///< sign the PDF (pdf only)

    static QStringList formats() { return {QStringLiteral("pdf"), QStringLiteral("docx")}; }
    static QStringList languages();
};

/// What an export produced; enough to record it in the case file.
struct ExportOutcome
{
    QString path;
    QString format;
    QString language; ///< "en", or "en+fr" for a bilingual document
    QString sha256;
    qint64 size = 0;
    QString signer; ///< the digital signer, empty when unsigned
    bool trainingCertificate = false;
    /// Free-text fields still in the drafting language (the app never translates them).
    QList<FieldRef> needTranslation;

    ExportRecord record(qint64 requestId) const;
};

/// A file name (without folder or suffix) for the letter of @p request: its reference, else its
/// title; characters some file systems refuse become dashes, and it is cut to 80 characters so
/// that a pasted paragraph cannot make a name the file system rejects. Empty when neither gives
/// anything.
QString suggestedFileStem(const Request &request);

/// The letter exactly as exportRequest() composes it for @p options (language, bilingual
/// language, transcription); the preview shows this, so it cannot differ from the saved file.
Result<ComposedDocument> composeForExport(const Request &request, const RequestForm &form, const ExportOptions &options);

/// Composes the letter in the chosen language(s), writes it as PDF/A-1b or DOCX to @p outPath
/// through SafeSave, and signs the PDF when asked (the unsigned letter is written to a temporary
/// file first and never left behind). Safe to run off the UI thread: it touches no case file and
/// no widget. Errors name the file, the field or the certificate problem.
Result<ExportOutcome> exportRequest(const Request &request, const RequestForm &form, const ExportOptions &options,
                                    const QString &outPath);

} // namespace mla::core
