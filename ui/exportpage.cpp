#include "exportpage.h"

#include "export/lettercomposer.h"
#include "export/pdfwriter.h"
#include "storage/casestore.h"
#include "storage/requestdocument.h"
#include "userprompts.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace mla::ui {

namespace {

const QString kExportDirectoryKey = QStringLiteral("export/lastDirectory");

core::Result<QString> sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return core::makeError(core::ErrorCode::Io,
                               QCoreApplication::translate("ExportPage", "Cannot read %1 back: %2")
                                   .arg(path, file.errorString()));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        return core::makeError(core::ErrorCode::Io,
                               QCoreApplication::translate("ExportPage", "Cannot read %1 back: %2")
                                   .arg(path, file.errorString()));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

ExportPage::ExportPage(core::RequestDocument *document, core::CaseStore *store, QWidget *parent)
    : QWidget(parent), m_document(document), m_store(store)
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
        new QLabel(tr("The letter of request as it will be printed. Save it as a PDF/A file to send it; "
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

    auto *bar = new QHBoxLayout;
    auto *refreshButton =
        new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshPreview"));
    refreshButton->setToolTip(tr("Compose the letter again from the current values."));
    m_saveButton =
        new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save PDF…"), this);
    m_saveButton->setObjectName(QStringLiteral("savePdf"));
    m_pageCount = new QLabel(this);
    m_pageCount->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(refreshButton);
    bar->addWidget(m_saveButton);
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

    connect(m_pdf, &QPdfDocument::pageCountChanged, this, [this](int pages) {
        m_pageCount->setText(
            pages > 0 ? (pages == 1 ? tr("%n page", nullptr, pages) : tr("%n pages", nullptr, pages))
                      : QString());
    });
    connect(refreshButton, &QPushButton::clicked, this, [this] {
        if (!refresh()) {
            UserPrompts::instance().showError(this, tr("Preview"), m_error->text());
        }
    });
    connect(m_saveButton, &QPushButton::clicked, this, &ExportPage::savePdf);
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
        m_saveButton->setText(tr("&Save draft PDF…"));
    } else {
        m_saveButton->setText(tr("&Save PDF…"));
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
                refresh();
            }
        });
    }
}

void ExportPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        refresh();
    }
}

void ExportPage::showRenderError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

bool ExportPage::refresh()
{
    m_stale = false;
    auto letter = core::composeLetter(m_document->request(), m_document->form());
    if (!letter) {
        showRenderError(tr("The letter could not be composed: %1").arg(letter.error().message));
        return false;
    }
    auto pdf = core::renderPdf(*letter);
    if (!pdf) {
        showRenderError(tr("The PDF could not be rendered: %1").arg(pdf.error().message));
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

QString ExportPage::suggestedPath() const
{
    QSettings settings;
    QString directory = settings.value(kExportDirectoryKey).toString();
    if (directory.isEmpty() || !QDir(directory).exists()) {
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    const core::Request &request = m_document->request();
    QString base = request.value(QStringLiteral("authority.reference"));
    if (base.trimmed().isEmpty()) {
        base = request.title;
    }
    // Characters that some file systems refuse become dashes; the name stays recognisable.
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+"));
    base = base.replace(unsafe, QStringLiteral("-")).simplified();
    if (base.isEmpty()) {
        base = tr("request");
    }
    return QDir(directory).filePath(base + QStringLiteral(".pdf"));
}

bool ExportPage::savePdf()
{
    QString path = UserPrompts::instance().saveFileName(this, tr("Save PDF"), suggestedPath(),
                                                        tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return false;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".pdf");
    }
    auto letter = core::composeLetter(m_document->request(), m_document->form());
    if (!letter) {
        UserPrompts::instance().showError(
            this, tr("Save PDF"), tr("The letter could not be composed:\n%1").arg(letter.error().message));
        return false;
    }
    if (auto written = core::writePdf(*letter, path); !written) {
        UserPrompts::instance().showError(this, tr("Save PDF"),
                                          tr("The PDF could not be saved:\n%1").arg(written.error().message));
        return false;
    }
    QSettings().setValue(kExportDirectoryKey, QFileInfo(path).absolutePath());

    auto hash = sha256Of(path);
    if (!hash) {
        UserPrompts::instance().showError(
            this, tr("Save PDF"),
            tr("The PDF was saved, but it could not be recorded in the case file:\n%1")
                .arg(hash.error().message));
        return false;
    }
    core::ExportRecord record;
    record.requestId = m_document->request().id;
    record.format = QStringLiteral("pdf");
    record.language = QStringLiteral("en");
    record.sha256 = *hash;
    record.fileName = QFileInfo(path).fileName();
    record.signer = m_document->request().value(QStringLiteral("signature.name"));
    if (auto recorded = m_store->recordExport(record); !recorded) {
        UserPrompts::instance().showError(
            this, tr("Save PDF"),
            tr("The PDF was saved, but it could not be recorded in the case file:\n%1")
                .arg(recorded.error().message));
        return false;
    }

    m_lastSavedPath = QFileInfo(path).absoluteFilePath();
    const QString note = m_blockingCount > 0
                             ? tr("Saved as a draft to %1").arg(QDir::toNativeSeparators(m_lastSavedPath))
                             : tr("Saved to %1").arg(QDir::toNativeSeparators(m_lastSavedPath));
    m_savedLabel->setText(note);
    m_savedLabel->setToolTip(tr("SHA-256: %1").arg(*hash));
    m_savedLabel->show();
    Q_EMIT exported(m_lastSavedPath);
    return true;
}

} // namespace mla::ui
