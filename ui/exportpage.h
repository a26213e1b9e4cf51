#pragma once

#include "export/composeddocument.h"
#include "export/requestexporter.h"
#include "model/requestform.h"
#include "util/result.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QBuffer;
class QCheckBox;
class QComboBox;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;

namespace mla::core {
class CaseStore;
class RequestDocument;
} // namespace mla::core

namespace mla::ui {

/// The last step of the editor: the letter as it will be printed, rendered in memory and shown
/// in a PDF view, and saving it as a PDF/A file that the case file records.
class ExportPage : public QWidget
{
    Q_OBJECT

public:
    /// @p document and @p store are not owned and must outlive the page.
    ExportPage(core::RequestDocument *document, core::CaseStore *store, QWidget *parent = nullptr);
    ~ExportPage() override;

    /// Shows the warning banner when the request still has blocking findings.
    void setBlockingCount(int count);
    /// Composes and renders the letter again, waiting for it; a failure is shown on the page and
    /// returned.
    bool refresh();
    /// The same off the UI thread; the preview changes when it is done (see isRenderingPreview()).
    void refreshInBackground();
    bool isRenderingPreview() const { return m_previewRunning; }
    /// Asks for a file name and writes the letter there in the chosen language and format (off
    /// the UI thread); records it in the case file. False when cancelled or failed.
    bool saveDocument();
    /// Asks how to sign, then saves a signed PDF/A; the unsigned letter is not kept.
    bool signAndSave();
    /// The choices of the option row.
    core::ExportOptions exportOptions() const;
    QComboBox *languageBox() const { return m_language; }
    QComboBox *bilingualBox() const { return m_bilingual; }
    QComboBox *formatBox() const { return m_format; }

    bool isStale() const { return m_stale; }
    /// True while a letter is being written: the page, the request and the case file must stay
    /// open until it is done (its progress dialog lives in the page).
    bool isSaving() const { return m_saving; }
    const QByteArray &pdfData() const { return m_pdfData; }
    QPdfDocument *pdfDocument() const { return m_pdf; }
    const QString &lastSavedPath() const { return m_lastSavedPath; }

Q_SIGNALS:
    /// A PDF was written to @p path and recorded in the case file.
    void exported(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void markStale();
    QString suggestedPath(const QString &suffix) const;
    void updateTranslationNote();
    bool runExport(std::optional<core::SigningOptions> signing);
    bool showPreview(core::Result<QByteArray> pdf);
    void showRenderError(const QString &message);

    core::RequestDocument *m_document;
    core::CaseStore *m_store;
    /// The request's form in the interface language, for naming fields to the user (the letter
    /// itself is composed from the form as it is).
    core::RequestForm m_shownForm;
    bool m_stale = true;
    bool m_saving = false;
    int m_blockingCount = 0;
    QByteArray m_pdfData;
    QBuffer *m_buffer = nullptr;
    QPdfDocument *m_pdf = nullptr;
    QFutureWatcher<core::Result<QByteArray>> *m_previewWatcher = nullptr;
    bool m_previewRunning = false;
    int m_previewGeneration = 0;   ///< counts previews started, in the background or not
    int m_renderingGeneration = 0; ///< the one the background render will show
    QPdfView *m_view = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_savedLabel = nullptr;
    QLabel *m_pageCount = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_signButton = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_bilingual = nullptr;
    QComboBox *m_format = nullptr;
    QCheckBox *m_transcribe = nullptr;
    QLabel *m_translationNote = nullptr;
    QString m_lastSavedPath;
};

} // namespace mla::ui
