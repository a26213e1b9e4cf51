#include "exportpage.h"

#include "export/lettercomposer.h"
#include "export/letterlanguage.h"
#include "export/pdfwriter.h"
#include "export/phrasebook.h"
#include "export/requestexporter.h"
#include "storage/casestore.h"
#include "storage/requestdocument.h"
#include "uilanguage.h"
#include "userprompts.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace mla::ui {

namespace {

const QString kExportDirectoryKey = QStringLiteral("export/lastDirectory");
const QString kLanguageKey = QStringLiteral("export/language");

QString languageName(const QString &code)
{
    auto phrases = core::LetterPhrases::forLanguage(code);
    return phrases && !phrases->name.isEmpty() ? QStringLiteral("%1 (%2)").arg(phrases->name, code) : code;
}

} // namespace

ExportPage::ExportPage(core::RequestDocument *document, core::CaseStore *store, QWidget *parent)
    : QWidget(parent), m_document(document), m_store(store), m_shownForm(formInUiLanguage(document->form()))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);

    auto *title = new QLabel(tr("Preview and export"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto *intro =
        new QLabel(tr("The letter of request as it will be printed. Save it as PDF/A or DOCX, or sign it; "
                      "the case file keeps a record of every saved copy."),
                   this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(intro);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("blockingBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #664d03; border: 1px solid #e6c870;"
                       " border-radius: 4px; padding: 6px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);

    // What to produce: the letter's language, a second language side by side, the file format.
    // Two rows, so the page stays narrow enough for the editor to fit a 1280-pixel screen.
    auto *options = new QGridLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("exportLanguage"));
    m_bilingual = new QComboBox(this);
    m_bilingual->setObjectName(QStringLiteral("exportBilingual"));
    m_bilingual->addItem(tr("none"), QString());
    for (const QString &code : core::ExportOptions::languages()) {
        m_language->addItem(languageName(code), code);
        m_bilingual->addItem(languageName(code), code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(QSettings().value(kLanguageKey, QStringLiteral("en")))));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("PDF/A"), QStringLiteral("pdf"));
    m_format->addItem(tr("Word (DOCX)"), QStringLiteral("docx"));
    m_transcribe = new QCheckBox(tr("Latin transcription of names"), this);
    m_transcribe->setToolTip(tr("Prints a transcription beside names written in another script; the name itself "
                                "always prints as typed."));
    options->addWidget(new QLabel(tr("Language:"), this), 0, 0);
    options->addWidget(m_language, 0, 1);
    options->addWidget(new QLabel(tr("Side by side with:"), this), 0, 2);
    options->addWidget(m_bilingual, 0, 3);
    options->addWidget(new QLabel(tr("Format:"), this), 1, 0);
    options->addWidget(m_format, 1, 1);
    options->addWidget(m_transcribe, 1, 2, 1, 2);
    options->setColumnStretch(4, 1);
    layout->addLayout(options);

    m_translationNote = new QLabel(this);
    m_translationNote->setObjectName(QStringLiteral("translationNote"));
    m_translationNote->setWordWrap(true);
    m_translationNote->setForegroundRole(QPalette::PlaceholderText);
    m_translationNote->hide();
    layout->addWidget(m_translationNote);

    auto *bar = new QHBoxLayout;
    auto *refreshButton =
        new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshPreview"));
    refreshButton->setToolTip(tr("Compose the letter again from the current values."));
    m_saveButton =
        new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save…"), this);
    m_saveButton->setObjectName(QStringLiteral("savePdf"));
    m_signButton = new QPushButton(tr("Sign and save PDF…"), this);
    m_signButton->setObjectName(QStringLiteral("signPdf"));
    m_signButton->setToolTip(tr("Sign the PDF/A letter with your certificate (PAdES) and save it as a new file."));
    m_pageCount = new QLabel(this);
    m_pageCount->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(refreshButton);
    bar->addWidget(m_saveButton);
    bar->addWidget(m_signButton);
    bar->addSpacing(12);
    bar->addWidget(m_pageCount);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_savedLabel = new QLabel(this);
    m_savedLabel->setObjectName(QStringLiteral("savedPath"));
    m_savedLabel->setWordWrap(true);
    m_savedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_savedLabel->hide();
    layout->addWidget(m_savedLabel);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("previewError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a4161a; }"));
    m_error->hide();
    layout->addWidget(m_error);

    m_buffer = new QBuffer(this);
    m_pdf = new QPdfDocument(this);
    m_view = new QPdfView(this);
    m_view->setObjectName(QStringLiteral("pdfView"));
    m_view->setDocument(m_pdf);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setPageSpacing(12);
    m_view->setDocumentMargins(QMargins(12, 12, 12, 12));
    layout->addWidget(m_view, 1);

    const auto showPageCount = [this] {
        const int pages = m_pdf->pageCount();
        m_pageCount->setText(pages > 0 ? (pages == 1 ? tr("%n page", nullptr, pages) : tr("%n pages", nullptr, pages))
                                       : QString());
    };
    connect(m_pdf, &QPdfDocument::pageCountChanged, this, showPageCount);
    connect(m_pdf, &QPdfDocument::statusChanged, this, [showPageCount](QPdfDocument::Status status) {
        if (status == QPdfDocument::Status::Ready) {
            showPageCount();
        }
    });
    // The preview is composed and rendered off the UI thread: a long letter must not freeze the
    // window. When the text changed while it ran, it runs once more.
    m_previewWatcher = new QFutureWatcher<core::Result<QByteArray>>(this);
    connect(m_previewWatcher, &QFutureWatcher<core::Result<QByteArray>>::finished, this, [this] {
        m_previewRunning = false;
        // A preview rendered meanwhile by refresh() is newer than this one.
        if (m_renderingGeneration == m_previewGeneration) {
            showPreview(m_previewWatcher->result());
        }
        if (m_stale && isVisible()) {
            refreshInBackground();
        }
    });
    connect(refreshButton, &QPushButton::clicked, this, [this] {
        if (!refresh()) {
            UserPrompts::instance().showError(this, tr("Preview"), m_error->text());
        }
    });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { saveDocument(); });
    connect(m_signButton, &QPushButton::clicked, this, [this] { signAndSave(); });
    for (QComboBox *box : {m_language, m_bilingual}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            QSettings().setValue(kLanguageKey, m_language->currentData());
            markStale();
        });
    }
    connect(m_transcribe, &QCheckBox::toggled, this, &ExportPage::markStale);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        // Only PDF/A letters are signed.
        m_signButton->setEnabled(m_format->currentData() == QLatin1String("pdf"));
    });
    connect(m_document, &core::RequestDocument::valueChanged, this, &ExportPage::markStale);
    connect(m_document, &core::RequestDocument::collectionChanged, this, &ExportPage::markStale);
}

ExportPage::~ExportPage()
{
    // The document reads from the buffer until it is closed.
    m_pdf->close();
}

void ExportPage::setBlockingCount(int count)
{
    m_blockingCount = count;
    if (count > 0) {
        const QString findings = count == 1 ? tr("%n blocking finding", nullptr, count)
                                            : tr("%n blocking findings", nullptr, count);
        m_banner->setText(tr("This request still has %1. You can save the PDF as a draft, "
                             "but the request is not ready to be sent.")
                              .arg(findings));
        m_saveButton->setText(tr("&Save draft…"));
    } else {
        m_saveButton->setText(tr("&Save…"));
    }
    m_banner->setVisible(count > 0);
}

void ExportPage::markStale()
{
    m_stale = true;
    // An undo while the preview is on screen should show up in it; coalesce bursts of changes.
    if (isVisible()) {
        QTimer::singleShot(200, this, [this] {
            if (m_stale && isVisible()) {
                refreshInBackground();
            }
        });
    }
}

void ExportPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        refreshInBackground();
    }
}

void ExportPage::showRenderError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

core::ExportOptions ExportPage::exportOptions() const
{
    core::ExportOptions options;
    options.format = m_format->currentData().toString();
    options.language = m_language->currentData().toString();
    options.bilingualLanguage = m_bilingual->currentData().toString();
    if (options.bilingualLanguage == options.language) {
        options.bilingualLanguage.clear();
    }
    options.latinTranscription = m_transcribe->isChecked();
    return options;
}

void ExportPage::updateTranslationNote()
{
    const QString language = m_language->currentData().toString();
    const QList<core::FieldRef> fields =
        core::fieldsNeedingTranslation(m_document->request(), m_document->form(), language);
    if (fields.isEmpty()) {
        m_translationNote->hide();
        return;
    }
    // Named as the editor names them, in the interface language.
    QStringList names;
    for (const core::FieldRef &field : fields) {
        names << core::fieldDisplayName(m_document->request(), m_shownForm, field);
    }
    m_translationNote->setText(tr("%1 free-text fields are written in another language and print as typed: "
                                  "translate them into %2 before sending (the app never translates what you "
                                  "wrote).")
                                   .arg(fields.size())
                                   .arg(m_language->currentText()));
    m_translationNote->setToolTip(names.join(QLatin1Char('\n')));
    m_translationNote->show();
}

namespace {

/// The preview's PDF, or why there is none, worded for the page.
core::Result<QByteArray> renderPreview(const core::Request &request, const core::RequestForm &form,
                                       const core::ExportOptions &options)
{
    auto letter = core::composeForExport(request, form, options);
    if (!letter) {
        return core::makeError(letter.error().code, QCoreApplication::translate("mla::ui::ExportPage",
                                                                                "The letter could not be composed: %1")
                                                        .arg(letter.error().message));
    }
    auto pdf = core::renderPdf(*letter);
    if (!pdf) {
        return core::makeError(pdf.error().code, QCoreApplication::translate("mla::ui::ExportPage",
                                                                             "The PDF could not be rendered: %1")
                                                     .arg(pdf.error().message));
    }
    return pdf;
}

} // namespace

void ExportPage::refreshInBackground()
{
    // Our own flag: QFutureWatcher::isRunning() learns of a new future only through an event.
    if (m_previewRunning) {
        // The running one started from older text; one more run follows it (see the constructor).
        m_stale = true;
        return;
    }
    m_previewRunning = true;
    m_renderingGeneration = ++m_previewGeneration;
    m_stale = false;
    updateTranslationNote();
    m_pageCount->setText(tr("Updating the preview…"));
    // Copies go to the worker: later edits cannot race with it, and the page may close meanwhile.
    m_previewWatcher->setFuture(QtConcurrent::run(
        [request = m_document->request(), form = m_document->form(), options = exportOptions()] {
            return renderPreview(request, form, options);
        }));
}

bool ExportPage::refresh()
{
    ++m_previewGeneration;
    m_stale = false;
    updateTranslationNote();
    return showPreview(renderPreview(m_document->request(), m_document->form(), exportOptions()));
}

bool ExportPage::showPreview(core::Result<QByteArray> pdf)
{
    if (!pdf) {
        m_pageCount->clear();
        showRenderError(pdf.error().message);
        return false;
    }
    m_error->hide();
    m_pdf->close();
    m_buffer->close();
    m_pdfData = std::move(pdf).value();
    m_buffer->setData(m_pdfData);
    m_buffer->open(QIODevice::ReadOnly);
    m_pdf->load(m_buffer);
    return true;
}

QString ExportPage::suggestedPath(const QString &suffix) const
{
    QSettings settings;
    QString directory = settings.value(kExportDirectoryKey).toString();
    if (directory.isEmpty() || !QDir(directory).exists()) {
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    QString base = core::suggestedFileStem(m_document->request());
    if (base.isEmpty()) {
        base = tr("request");
    }
    return QDir(directory).filePath(base + QLatin1Char('.') + suffix);
}

bool ExportPage::saveDocument()
{
    return runExport(std::nullopt);
}

bool ExportPage::signAndSave()
{
    const core::Request &request = m_document->request();
    auto signing = UserPrompts::instance().askSigningOptions(this, request.value(QStringLiteral("signature.name")),
                                                             request.value(QStringLiteral("signature.capacity")),
                                                             request.value(QStringLiteral("signature.place")));
    if (!signing) {
        return false;
    }
    const bool done = runExport(std::move(signing));
    return done;
}

bool ExportPage::runExport(std::optional<core::SigningOptions> signing)
{
    if (m_saving) {
        // A second Save while the first is still writing (a shortcut before the modal dialog shows).
        if (signing) {
            signing->passphrase.clear();
        }
        return false;
    }
    m_saving = true;
    const auto done = qScopeGuard([this] { m_saving = false; });
    core::ExportOptions options = exportOptions();
    if (signing) {
        options.format = QStringLiteral("pdf");
        options.signing = std::move(signing);
    }
    const QString suffix = options.format;
    const QString title = options.signing ? tr("Save signed PDF") : tr("Save letter");
    QString path = UserPrompts::instance().saveFileName(
        this, title, suggestedPath(suffix),
        suffix == QLatin1String("docx") ? tr("Word documents (*.docx)") : tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        if (options.signing) {
            options.signing->passphrase.clear();
        }
        return false;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + suffix;
    }

    // Long letters and signing take a moment: the work runs off the UI thread, which shows that it
    // is busy and stays responsive. Copies go to the worker, so later edits cannot race with it.
    QProgressDialog progress(options.signing ? tr("Signing and saving the letter…") : tr("Saving the letter…"),
                             QString(), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QFutureWatcher<core::Result<core::ExportOutcome>> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<core::Result<core::ExportOutcome>>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(
        [request = m_document->request(), form = m_document->form(), options, path]() mutable {
            auto outcome = core::exportRequest(request, form, options, path);
            if (options.signing) {
                options.signing->passphrase.clear();
            }
            return outcome;
        }));
    if (options.signing) {
        options.signing->passphrase.clear();
    }
    if (!watcher.isFinished()) {
        loop.exec();
    }
    progress.reset();
    core::Result<core::ExportOutcome> outcome = watcher.result();
    if (!outcome) {
        UserPrompts::instance().showError(this, title, tr("The letter could not be saved:\n%1").arg(outcome.error().message));
        return false;
    }
    QSettings().setValue(kExportDirectoryKey, QFileInfo(path).absolutePath());
    if (auto recorded = m_store->recordExport(outcome->record(m_document->request().id)); !recorded) {
        UserPrompts::instance().showError(
            this, title,
            tr("The letter was saved, but it could not be recorded in the case file:\n%1").arg(recorded.error().message));
        return false;
    }

    m_lastSavedPath = QFileInfo(path).absoluteFilePath();
    QString note = m_blockingCount > 0 ? tr("Saved as a draft to %1").arg(QDir::toNativeSeparators(m_lastSavedPath))
                                       : tr("Saved to %1").arg(QDir::toNativeSeparators(m_lastSavedPath));
    if (!outcome->signer.isEmpty()) {
        note += tr(" — signed by %1").arg(outcome->signer);
        if (outcome->trainingCertificate) {
            note += tr(" (TRAINING certificate)");
        }
    }
    m_savedLabel->setText(note);
    m_savedLabel->setToolTip(tr("SHA-256: %1").arg(outcome->sha256));
    m_savedLabel->show();
    Q_EMIT exported(m_lastSavedPath);
    return true;
}

} // namespace mla::ui
