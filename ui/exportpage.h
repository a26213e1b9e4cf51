#pragma once

#include <QByteArray>
#include <QWidget>

class QBuffer;
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
    /// Composes and renders the letter again; a failure is shown on the page and returned.
    bool refresh();
    /// Asks for a file name and writes the PDF there; false when cancelled or failed.
    bool savePdf();

    bool isStale() const { return m_stale; }
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
    QString suggestedPath() const;
    void showRenderError(const QString &message);

    core::RequestDocument *m_document;
    core::CaseStore *m_store;
    bool m_stale = true;
    int m_blockingCount = 0;
    QByteArray m_pdfData;
    QBuffer *m_buffer = nullptr;
    QPdfDocument *m_pdf = nullptr;
    QPdfView *m_view = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_savedLabel = nullptr;
    QLabel *m_pageCount = nullptr;
    QPushButton *m_saveButton = nullptr;
    QString m_lastSavedPath;
};

} // namespace mla::ui
