#include "exportpage.h"
#include "requesteditor.h"
#include "signing/certificates.h"
#include "signing/pdfverifier.h"
#include "uitestsupport.h"

#include <QCryptographicHash>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPdfDocument>
#include <QPushButton>
#include <QTest>

using namespace mla;

namespace {

class ExportPageTest : public test::EditorFixture
{
};

TEST_F(ExportPageTest, PreviewRendersTheLetterWhenTheStepIsShown)
{
    ui::ExportPage *page = m_editor->exportPage();
    EXPECT_TRUE(page->pdfData().isEmpty());
    m_editor->setCurrentStep(m_editor->exportStepIndex());
    EXPECT_TRUE(page->isRenderingPreview()) << "rendered off the UI thread";
    ASSERT_TRUE(QTest::qWaitFor([page] { return !page->pdfData().isEmpty(); }))
        << page->findChild<QLabel *>(QStringLiteral("previewError"))->text().toStdString();
    EXPECT_TRUE(page->pdfData().startsWith("%PDF-"));
    EXPECT_TRUE(
        QTest::qWaitFor([page] { return page->pdfDocument()->status() == QPdfDocument::Status::Ready; }));
    EXPECT_GE(page->pdfDocument()->pageCount(), 1);
    EXPECT_FALSE(page->isStale());

    // An edit makes the preview stale; showing the page again renders it anew.
    m_editor->setCurrentStep(0);
    m_document->setValue(QStringLiteral("authority.name"), QStringLiteral("Another office"));
    EXPECT_TRUE(page->isStale());
    m_editor->setCurrentStep(m_editor->exportStepIndex());
    EXPECT_FALSE(page->isStale());
    ASSERT_TRUE(QTest::qWaitFor([page] { return !page->isRenderingPreview(); }));
    EXPECT_TRUE(QTest::qWaitFor([page] { return page->pdfDocument()->status() == QPdfDocument::Status::Ready; }));

    // Edits made while the preview renders are shown by one more run after it. (An edit from
    // outside the editor shows its field's step; going back to the preview starts a render.)
    m_document->setValue(QStringLiteral("authority.name"), QStringLiteral("Office renamed while rendering"));
    m_editor->setCurrentStep(m_editor->exportStepIndex());
    m_document->setValue(QStringLiteral("authority.name"), QStringLiteral("Office renamed twice"));
    m_editor->setCurrentStep(m_editor->exportStepIndex());
    ASSERT_TRUE(QTest::qWaitFor([page] { return !page->isStale() && !page->isRenderingPreview(); }, 20000));
    EXPECT_TRUE(QTest::qWaitFor([page] { return page->pdfDocument()->status() == QPdfDocument::Status::Ready; }));
    const QString firstPage = page->pdfDocument()->getAllText(0).text();
    EXPECT_TRUE(firstPage.contains(QStringLiteral("renamed twice"))) << firstPage.left(600).toStdString();
}

TEST_F(ExportPageTest, SavesThePdfAndRecordsIt)
{
    ui::ExportPage *page = m_editor->exportPage();
    auto *banner = page->findChild<QLabel *>(QStringLiteral("blockingBanner"));
    ASSERT_NE(banner, nullptr);
    m_editor->setCurrentStep(m_editor->exportStepIndex());
    EXPECT_EQ(banner->isVisible(), m_editor->report().hasBlocking());

    const QString target = m_dir.filePath(QStringLiteral("letter"));
    m_prompts.fileNames.enqueue(target);
    ASSERT_TRUE(page->saveDocument()) << (m_prompts.errors.isEmpty() ? std::string()
                                                                : m_prompts.errors.at(0).text.toStdString());
    const QString written = target + QStringLiteral(".pdf");
    EXPECT_EQ(page->lastSavedPath(), written);
    QFile file(written);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF-"));

    auto exports = m_store->exports(m_requestId);
    ASSERT_TRUE(exports.ok());
    ASSERT_EQ(exports->size(), 1);
    const core::ExportRecord &record = exports->at(0);
    EXPECT_EQ(record.format, QStringLiteral("pdf"));
    EXPECT_EQ(record.language, QStringLiteral("en"));
    EXPECT_EQ(record.fileName, QStringLiteral("letter.pdf"));
    EXPECT_EQ(record.sha256,
              QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    EXPECT_TRUE(page->findChild<QLabel *>(QStringLiteral("savedPath"))
                    ->text()
                    .contains(QStringLiteral("letter.pdf")));
}

TEST_F(ExportPageTest, WarnsAboutBlockingFindingsButSavesADraft)
{
    m_document->setValue(QStringLiteral("facts.summary"), QString());
    ui::ExportPage *page = m_editor->exportPage();
    m_editor->setCurrentStep(m_editor->exportStepIndex());
    auto *banner = page->findChild<QLabel *>(QStringLiteral("blockingBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisible());
    const int blocking = m_editor->report().blockingCount();
    ASSERT_GE(blocking, 1);
    EXPECT_TRUE(banner->text().contains(QStringLiteral("has %1 blocking finding").arg(blocking)))
        << banner->text().toStdString();
    EXPECT_TRUE(
        page->findChild<QPushButton *>(QStringLiteral("savePdf"))->text().contains(QStringLiteral("draft")));

    m_prompts.fileNames.enqueue(m_dir.filePath(QStringLiteral("draft.pdf")));
    EXPECT_TRUE(page->saveDocument());
    EXPECT_TRUE(QFile::exists(m_dir.filePath(QStringLiteral("draft.pdf"))));
}

TEST_F(ExportPageTest, ReportsAWriteFailure)
{
    m_prompts.fileNames.enqueue(m_dir.filePath(QStringLiteral("no/such/folder/letter.pdf")));
    EXPECT_FALSE(m_editor->exportPage()->saveDocument());
    ASSERT_EQ(m_prompts.errors.size(), 1);
    EXPECT_TRUE(m_prompts.errors.at(0).text.contains(QStringLiteral("letter.pdf")))
        << m_prompts.errors.at(0).text.toStdString();
    auto exports = m_store->exports(m_requestId);
    ASSERT_TRUE(exports.ok());
    EXPECT_TRUE(exports->isEmpty());
}

TEST_F(ExportPageTest, SavesAWordDocumentInFrench)
{
    ui::ExportPage *page = m_editor->exportPage();
    m_editor->setCurrentStep(m_editor->exportStepIndex());
    page->languageBox()->setCurrentIndex(page->languageBox()->findData(QStringLiteral("fr")));
    page->formatBox()->setCurrentIndex(page->formatBox()->findData(QStringLiteral("docx")));
    auto *note = page->findChild<QLabel *>(QStringLiteral("translationNote"));
    ASSERT_NE(note, nullptr);
    page->refresh();
    EXPECT_TRUE(note->isVisible()) << "the demo is drafted in English";

    m_prompts.fileNames.enqueue(m_dir.filePath(QStringLiteral("lettre")));
    ASSERT_TRUE(page->saveDocument()) << (m_prompts.errors.isEmpty() ? std::string()
                                                                     : m_prompts.errors.at(0).text.toStdString());
    QFile file(m_dir.filePath(QStringLiteral("lettre.docx")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(2) == "PK");
    auto exports = m_store->exports(m_requestId);
    ASSERT_EQ(exports->size(), 1);
    EXPECT_EQ(exports->first().format, QStringLiteral("docx"));
    EXPECT_EQ(exports->first().language, QStringLiteral("fr"));
}

TEST_F(ExportPageTest, SignsWithATrainingCertificateAndRecordsTheSigner)
{
    core::TrainingCertificateOptions certificateOptions;
    certificateOptions.name = QStringLiteral("Alma Kestrel");
    certificateOptions.passphrase = core::Secret::fromString(QStringLiteral("correct horse"));
    auto certificate = core::createTrainingCertificate(m_dir.filePath(QStringLiteral("certs")), certificateOptions);
    ASSERT_TRUE(certificate.ok()) << certificate.error().message.toStdString();

    core::SigningOptions signing;
    signing.pkcs12Path = certificate->pkcs12Path;
    signing.passphrase = core::Secret::fromString(QStringLiteral("correct horse"));
    signing.visible = true;
    m_prompts.signingAnswers.append(std::move(signing));
    m_prompts.fileNames.enqueue(m_dir.filePath(QStringLiteral("signed.pdf")));

    ui::ExportPage *page = m_editor->exportPage();
    ASSERT_TRUE(page->signAndSave()) << (m_prompts.errors.isEmpty() ? std::string()
                                                                    : m_prompts.errors.at(0).text.toStdString());
    EXPECT_EQ(m_prompts.signingPrefills.value(0), m_document->request().value(QStringLiteral("signature.name")));

    core::VerifyOptions verifyOptions;
    verifyOptions.trustFiles = {certificate->caCertificatePath};
    auto report = core::PdfVerifier::verify(m_dir.filePath(QStringLiteral("signed.pdf")), verifyOptions);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_TRUE(report->ok());
    ASSERT_EQ(report->signatures.size(), 1);
    EXPECT_TRUE(report->signatures.first().isTrainingCertificate);

    auto exports = m_store->exports(m_requestId);
    ASSERT_EQ(exports->size(), 1);
    EXPECT_EQ(exports->first().format, QStringLiteral("pdf+signed"));
    EXPECT_TRUE(exports->first().signer.contains(QStringLiteral("Alma Kestrel")));
    EXPECT_TRUE(page->findChild<QLabel *>(QStringLiteral("savedPath"))->text().contains(QStringLiteral("TRAINING")));
}

TEST_F(ExportPageTest, AWrongPassphraseIsReportedAndNothingIsWritten)
{
    auto certificate = core::createTrainingCertificate(m_dir.filePath(QStringLiteral("certs")));
    ASSERT_TRUE(certificate.ok());
    core::SigningOptions signing;
    signing.pkcs12Path = certificate->pkcs12Path;
    signing.passphrase = core::Secret::fromString(QStringLiteral("not the passphrase"));
    m_prompts.signingAnswers.append(std::move(signing));
    m_prompts.fileNames.enqueue(m_dir.filePath(QStringLiteral("signed.pdf")));
    EXPECT_FALSE(m_editor->exportPage()->signAndSave());
    ASSERT_EQ(m_prompts.errors.size(), 1);
    EXPECT_TRUE(m_prompts.errors.at(0).text.contains(QStringLiteral("passphrase"), Qt::CaseInsensitive))
        << m_prompts.errors.at(0).text.toStdString();
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("signed.pdf"))));
    EXPECT_TRUE(m_store->exports(m_requestId)->isEmpty());
}

TEST_F(ExportPageTest, CancellingTheDialogWritesNothing)
{
    m_prompts.fileNames.enqueue(QString());
    EXPECT_FALSE(m_editor->exportPage()->saveDocument());
    EXPECT_TRUE(m_prompts.errors.isEmpty());
}

TEST_F(ExportPageTest, PreviewsTheLetterInArabicSideBySideWithEnglish)
{
    ui::ExportPage *page = m_editor->exportPage();
    m_editor->setCurrentStep(m_editor->exportStepIndex());
    page->languageBox()->setCurrentIndex(page->languageBox()->findData(QStringLiteral("ar")));
    page->bilingualBox()->setCurrentIndex(page->bilingualBox()->findData(QStringLiteral("en")));
    ASSERT_TRUE(page->refresh());
    EXPECT_GT(page->pdfDocument()->pageCount(), 1);
    EXPECT_EQ(page->exportOptions().language, QStringLiteral("ar"));
    EXPECT_EQ(page->exportOptions().bilingualLanguage, QStringLiteral("en"));
    // MLA_UI_SCREENSHOT_DIR keeps a picture of the window, to look at what users see.
    if (const QString dir = qEnvironmentVariable("MLA_UI_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::qWait(300);
        m_editor->grab().save(dir + QStringLiteral("/export-ar-en.png"));
    }
}

} // namespace
