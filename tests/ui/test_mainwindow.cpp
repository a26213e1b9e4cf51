#include "casetreemodel.h"
#include "mainwindow.h"
#include "export/requestexporter.h"
#include "model/requestform.h"
#include "signing/certificates.h"
#include "storage/sqlitedatabase.h"
#include "signingdialogs.h"
#include "exportpage.h"
#include "requesteditor.h"
#include "uitestsupport.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QComboBox>
#include <QFileInfo>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace mla;

namespace {

class MainWindowTest : public test::MainWindowFixture
{
protected:
    QLineEdit *authorityName() const
    {
        return m_window->editor()
                   ? m_window->editor()->findChild<QLineEdit *>(QStringLiteral("field:authority.name"))
                   : nullptr;
    }
};

TEST_F(MainWindowTest, StartsWithTheFirstRequestOpen)
{
    ASSERT_NE(m_window->editor(), nullptr);
    ASSERT_NE(m_window->currentDocument(), nullptr);
    EXPECT_EQ(m_window->currentDocument()->request().id, m_requestId);
    EXPECT_TRUE(m_window->windowTitle().contains(QStringLiteral("cases.mlacase")));
    EXPECT_EQ(m_window->caseModel()->requestIdAt(m_window->caseView()->currentIndex()), m_requestId);
    EXPECT_EQ(ui::MainWindow::recentCaseFiles().value(0), QFileInfo(casePath()).absoluteFilePath());
    EXPECT_TRUE(m_prompts.errors.isEmpty());
}

TEST_F(MainWindowTest, CarriesTheApplicationIcon)
{
    // The SVG the desktop entry installs, compiled in and drawn by Qt's SVG icon engine.
    const QIcon icon = ui::MainWindow::applicationIcon();
    ASSERT_FALSE(icon.isNull());
    const QImage image = icon.pixmap(64, 64).toImage().convertToFormat(QImage::Format_ARGB32);
    ASSERT_EQ(image.size(), QSize(64, 64));
    // The dark blue ground fills the middle of its edges and the white sheet its centre.
    const QRgb ground = image.pixel(8, 32);
    EXPECT_GT(qAlpha(ground), 200);
    EXPECT_LT(qRed(ground), 80) << "the ground is dark blue";
    EXPECT_GT(qBlue(ground), qRed(ground) + 30) << "the ground is dark blue";
    EXPECT_GT(qRed(image.pixel(28, 28)), 240) << "the sheet is white";
    EXPECT_GT(qBlue(image.pixel(28, 28)), 240) << "the sheet is white";
    EXPECT_FALSE(m_window->windowIcon().isNull());
}

TEST_F(MainWindowTest, RejectsAFileThatIsNotACaseFileAndKeepsWorking)
{
    const QString bogus = m_dir.filePath(QStringLiteral("notes.mlacase"));
    {
        QFile file(bogus);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("These are meeting notes, not a case file.\n");
    }
    EXPECT_FALSE(m_window->openCaseFile(bogus));

    ASSERT_EQ(m_prompts.errors.size(), 1);
    EXPECT_TRUE(m_prompts.errors.at(0).text.contains(QStringLiteral("notes.mlacase")))
        << m_prompts.errors.at(0).text.toStdString();
    auto direct = core::CaseStore::open(bogus, core::CaseStore::OpenMode::OpenExisting);
    ASSERT_FALSE(direct.ok());
    EXPECT_TRUE(m_prompts.errors.at(0).text.contains(direct.error().message));

    // The previous file stays open and editable.
    ASSERT_NE(m_window->caseStore(), nullptr);
    EXPECT_EQ(m_window->caseStore()->path(), casePath());
    EXPECT_TRUE(m_window->windowTitle().contains(QStringLiteral("cases.mlacase")));
    QLineEdit *name = authorityName();
    ASSERT_NE(name, nullptr);
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Prosecutor's Office"));
    auto reopened = core::CaseStore::open(casePath(), core::CaseStore::OpenMode::OpenExisting);
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ((*reopened)->loadRequest(m_requestId)->value(QStringLiteral("authority.name")),
              QStringLiteral("Prosecutor's Office"));
    EXPECT_TRUE(m_window->saveStatus()->text().contains(QStringLiteral("saved")));
}

TEST_F(MainWindowTest, ReportsAMissingFile)
{
    EXPECT_FALSE(m_window->openCaseFile(m_dir.filePath(QStringLiteral("missing.mlacase"))));
    ASSERT_EQ(m_prompts.errors.size(), 1);
    EXPECT_TRUE(m_prompts.errors.at(0).text.contains(QStringLiteral("missing.mlacase")));
    EXPECT_EQ(m_window->caseStore()->path(), casePath());
}

TEST_F(MainWindowTest, UndoActionFollowsTheOpenRequest)
{
    QLineEdit *name = authorityName();
    ASSERT_NE(name, nullptr);
    const QString original = name->text();
    EXPECT_FALSE(m_window->undoAction()->isEnabled());
    QTest::keyClicks(name, QStringLiteral(" (acting)"));
    ASSERT_TRUE(m_window->undoAction()->isEnabled());
    m_window->undoAction()->trigger();
    EXPECT_EQ(name->text(), original);
    EXPECT_EQ(m_window->currentDocument()->request().value(QStringLiteral("authority.name")), original);
    EXPECT_TRUE(m_window->redoAction()->isEnabled());
}

TEST_F(MainWindowTest, ControlZInAFieldUsesTheRequestUndoStack)
{
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    QLineEdit *name = authorityName();
    ASSERT_NE(name, nullptr);
    const QString original = name->text();
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral(" (acting)"));
    ASSERT_EQ(m_window->currentDocument()->undoStack()->count(), 1);
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(name->text(), original);
    EXPECT_EQ(m_window->currentDocument()->request().value(QStringLiteral("authority.name")), original);
    // Undone through the stack, so redo is possible; the line edit's own undo would have pushed an edit.
    EXPECT_EQ(m_window->currentDocument()->undoStack()->index(), 0);
    EXPECT_TRUE(m_window->redoAction()->isEnabled());
}

TEST_F(MainWindowTest, UndoAfterDeletingAWordKeepsWhatWasTypedBefore)
{
    QLineEdit *name = authorityName();
    ASSERT_NE(name, nullptr);
    const QString original = name->text();
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral(" ext 12"));
    QTest::keyClick(name, Qt::Key_Backspace, Qt::ControlModifier);
    ASSERT_EQ(name->text(), original + QStringLiteral(" ext "));
    m_window->undoAction()->trigger();
    EXPECT_EQ(name->text(), original + QStringLiteral(" ext 12")) << "only the deleted word comes back";
    m_window->undoAction()->trigger();
    EXPECT_EQ(name->text(), original);
}

TEST_F(MainWindowTest, ShowsAWriteFailureInTheStatusBar)
{
    // Another program removed the request behind the window's back: the next write fails.
    ASSERT_TRUE(m_store->deleteRequest(m_requestId).ok());
    QLineEdit *name = authorityName();
    ASSERT_NE(name, nullptr);
    const QString before = name->text();
    QTest::keyClicks(name, QStringLiteral("x"));
    EXPECT_TRUE(m_window->saveStatus()->text().startsWith(QStringLiteral("Not saved")))
        << m_window->saveStatus()->text().toStdString();
    EXPECT_EQ(m_window->currentDocument()->request().value(QStringLiteral("authority.name")), before);
    EXPECT_TRUE(m_prompts.errors.isEmpty());
}

TEST_F(MainWindowTest, WhileALetterIsBeingSavedTheRequestAndTheWindowStayOpen)
{
    ui::RequestEditor *editor = m_window->editor();
    ASSERT_NE(editor, nullptr);
    const qint64 openId = m_window->currentDocument()->request().id;
    // Another request of the demo case, one row below.
    const QModelIndex current = m_window->caseModel()->indexForRequest(openId);
    const QModelIndex other = current.sibling(current.row() + 1, 0);
    ASSERT_NE(m_window->caseModel()->requestIdAt(other), 0);

    const QString path = m_dir.filePath(QStringLiteral("letter.pdf"));
    m_prompts.fileNames.enqueue(path);
    bool closed = true;
    m_prompts.whileChoosingFile = [&] {
        EXPECT_TRUE(editor->isSaving());
        m_window->caseView()->setCurrentIndex(other);
        closed = m_window->close();
        m_window->deleteRequest();
    };
    editor->exportPage()->formatBox()->setCurrentIndex(editor->exportPage()->formatBox()->findData(QStringLiteral("pdf")));
    EXPECT_TRUE(editor->exportPage()->saveDocument());
    m_prompts.whileChoosingFile = nullptr;

    EXPECT_FALSE(closed) << "quitting waits for the letter";
    EXPECT_EQ(m_window->editor(), editor) << "the editor that saves is not deleted under it";
    EXPECT_EQ(m_window->currentDocument()->request().id, openId);
    EXPECT_EQ(m_window->caseModel()->requestIdAt(m_window->caseView()->currentIndex()), openId)
        << "the tree keeps showing the open request";
    EXPECT_TRUE(m_prompts.confirmations.isEmpty()) << "no deletion was even offered";
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("still being saved")));
    EXPECT_TRUE(QFileInfo::exists(path));
    EXPECT_FALSE(editor->isSaving());

    // Done: now the other request opens.
    m_window->caseView()->setCurrentIndex(other);
    EXPECT_EQ(m_window->currentDocument()->request().id, m_window->caseModel()->requestIdAt(other));
}

TEST_F(MainWindowTest, AnEditThatCouldNotBeSavedIsNamedAndQuittingAsksFirst)
{
    m_window->caseStore()->setBusyTimeout(20);
    auto other = core::SqliteDatabase::open(casePath(), core::SqliteDatabase::OpenMode::ReadWriteExisting);
    ASSERT_TRUE(other.ok());
    ASSERT_TRUE((*other)->exec(QStringLiteral("BEGIN EXCLUSIVE")).ok());
    QLineEdit *name = authorityName();
    ASSERT_NE(name, nullptr);
    const QString before = name->text();
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral("QQ"));
    EXPECT_EQ(name->text(), before + QStringLiteral("QQ")) << "what was typed stays on screen";
    EXPECT_TRUE(m_window->saveStatus()->text().startsWith(QStringLiteral("Not saved (Requesting authority)")))
        << m_window->saveStatus()->text().toStdString();

    // Quitting now asks; the safe answer keeps the window open.
    m_prompts.confirmAnswers.enqueue(false);
    EXPECT_FALSE(m_window->close());
    ASSERT_EQ(m_prompts.confirmations.size(), 1);
    EXPECT_TRUE(m_prompts.confirmations.first().text.contains(QStringLiteral("Requesting authority")));

    // With the lock gone, closing writes the edit first and asks nothing.
    ASSERT_TRUE((*other)->exec(QStringLiteral("COMMIT")).ok());
    EXPECT_TRUE(m_window->close());
    EXPECT_EQ(m_prompts.confirmations.size(), 1);
    EXPECT_EQ(m_window->currentDocument()->request().value(QStringLiteral("authority.name")), before + QStringLiteral("QQ"));
    auto reread = core::CaseStore::open(casePath(), core::CaseStore::OpenMode::OpenExisting);
    ASSERT_TRUE(reread.ok());
    EXPECT_EQ((*reread)->loadRequest(m_requestId)->value(QStringLiteral("authority.name")), before + QStringLiteral("QQ"));
}

TEST_F(MainWindowTest, KeyboardShortcutsReachStepsRenameDeleteAndExport)
{
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    ui::RequestEditor *editor = m_window->editor();
    ASSERT_NE(editor, nullptr);
    editor->setCurrentStep(0);
    QTest::keyClick(m_window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    EXPECT_EQ(editor->currentStep(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    EXPECT_EQ(editor->currentStep(), 0);

    m_prompts.textAnswers.enqueue(QStringLiteral("Renamed by F2"));
    QTest::keyClick(m_window.get(), Qt::Key_F2);
    EXPECT_TRUE(m_prompts.textAnswers.isEmpty()) << "F2 asks for the new title";
    EXPECT_EQ(m_window->currentDocument()->request().title, QStringLiteral("Renamed by F2"));

    // Delete in a text field deletes text, not the request.
    QLineEdit *name = authorityName();
    ASSERT_NE(name, nullptr);
    name->setFocus();
    name->home(false);
    QTest::keyClick(name, Qt::Key_Delete);
    EXPECT_TRUE(m_prompts.confirmations.isEmpty());
    // In the list of requests it offers to delete the request (declined here).
    m_window->caseView()->setFocus();
    m_prompts.confirmAnswers.enqueue(false);
    QTest::keyClick(m_window->caseView(), Qt::Key_Delete);
    EXPECT_EQ(m_prompts.confirmations.size(), 1);

    const QString path = m_dir.filePath(QStringLiteral("by-shortcut.pdf"));
    m_prompts.fileNames.enqueue(path);
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    EXPECT_EQ(editor->currentStep(), editor->exportStepIndex());
    EXPECT_TRUE(QFileInfo::exists(path));
}

TEST_F(MainWindowTest, CreatesAndDeletesRequests)
{
    // New request in the selected case.
    m_prompts.newRequestAnswers.enqueue(ui::NewRequestDetails{QStringLiteral("mla.general"), QStringLiteral("Service of a summons")});
    m_window->newRequest();
    ASSERT_NE(m_window->currentDocument(), nullptr);
    EXPECT_EQ(m_prompts.offeredTypes.first().typeId, QStringLiteral("mla.general")) << "MLA types come first";
    EXPECT_EQ(m_prompts.offeredTypes.size(), core::RequestForm::builtInTypeIds().size());
    const qint64 created = m_window->currentDocument()->request().id;
    EXPECT_NE(created, m_requestId);
    EXPECT_EQ(m_window->currentDocument()->request().title, QStringLiteral("Service of a summons"));
    EXPECT_EQ(m_window->caseModel()->requestIdAt(m_window->caseView()->currentIndex()), created);

    // Renaming goes through the undo stack and shows in the tree.
    m_prompts.textAnswers.enqueue(QStringLiteral("Service of a summons (renamed)"));
    m_window->renameRequest();
    EXPECT_EQ(m_store->loadRequest(created)->title, QStringLiteral("Service of a summons (renamed)"));
    EXPECT_EQ(m_window->caseModel()->data(m_window->caseModel()->indexForRequest(created)).toString(),
              QStringLiteral("Service of a summons (renamed)"));
    m_window->currentDocument()->undoStack()->undo();
    EXPECT_EQ(m_store->loadRequest(created)->title, QStringLiteral("Service of a summons"));

    // Declining the confirmation keeps it.
    m_prompts.confirmAnswers.enqueue(false);
    m_window->deleteRequest();
    EXPECT_TRUE(m_window->caseModel()->indexForRequest(created).isValid());
    EXPECT_NE(m_window->currentDocument(), nullptr);

    m_prompts.confirmAnswers.enqueue(true);
    m_window->deleteRequest();
    ASSERT_EQ(m_prompts.confirmations.size(), 2);
    EXPECT_TRUE(m_prompts.confirmations.at(1).text.contains(QStringLiteral("Service of a summons")));
    EXPECT_FALSE(m_window->caseModel()->indexForRequest(created).isValid());
    EXPECT_EQ(m_window->currentDocument(), nullptr);
    EXPECT_EQ(m_window->editor(), nullptr);
    EXPECT_FALSE(m_store->loadRequest(created).ok());

    // Selecting the remaining request in the tree opens it.
    m_window->caseView()->setCurrentIndex(m_window->caseModel()->indexForRequest(m_requestId));
    ASSERT_NE(m_window->currentDocument(), nullptr);
    EXPECT_EQ(m_window->currentDocument()->request().id, m_requestId);
}

TEST_F(MainWindowTest, CreatesCasesAndCaseFiles)
{
    m_prompts.caseAnswers.enqueue(ui::CaseDetails{QStringLiteral("EC-9"), QStringLiteral("Harbour fraud")});
    m_window->newCase();
    EXPECT_EQ(m_window->caseModel()->rowCount(), 2);
    const qint64 caseId = m_window->caseModel()->caseIdAt(m_window->caseView()->currentIndex());
    auto info = m_store->caseInfo(caseId);
    ASSERT_TRUE(info.ok());
    EXPECT_EQ(info->title, QStringLiteral("Harbour fraud"));

    const QString fresh = m_dir.filePath(QStringLiteral("fresh"));
    m_prompts.fileNames.enqueue(fresh);
    m_window->newCaseFile();
    ASSERT_NE(m_window->caseStore(), nullptr);
    EXPECT_EQ(m_window->caseStore()->path(), fresh + QStringLiteral(".mlacase"));
    EXPECT_EQ(m_window->caseModel()->rowCount(), 0);
    EXPECT_EQ(m_window->editor(), nullptr);
    EXPECT_TRUE(m_window->windowTitle().contains(QStringLiteral("fresh.mlacase")));

    // Back to the first file through the recent list.
    EXPECT_EQ(ui::MainWindow::recentCaseFiles().value(1), QFileInfo(casePath()).absoluteFilePath());
    m_prompts.fileNames.enqueue(casePath());
    m_window->openCaseFileDialog();
    EXPECT_EQ(m_window->caseStore()->path(), casePath());
    EXPECT_EQ(m_window->caseModel()->rowCount(), 2);
}

TEST_F(MainWindowTest, AboutNamesVersionAndLicence)
{
    m_window->showAbout();
    ASSERT_EQ(m_prompts.informations.size(), 1);
    EXPECT_TRUE(m_prompts.informations.at(0).text.contains(QStringLiteral("GPL-3.0-or-later")));
}

} // namespace

TEST_F(MainWindowTest, TheSignDialogChecksTheCertificateAndPassphraseBeforeClosing)
{
    auto certificate = core::createTrainingCertificate(m_dir.filePath(QStringLiteral("certs")));
    ASSERT_TRUE(certificate.ok());
    ui::SignDialog dialog(QStringLiteral("Alma Kestrel"), QString(), QString(), m_window.get());
    dialog.certificateEdit()->clear();
    EXPECT_FALSE(dialog.okButton()->isEnabled()) << "no certificate, nothing to sign with";
    dialog.certificateEdit()->setText(m_dir.filePath(QStringLiteral("missing.p12")));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    dialog.certificateEdit()->setText(certificate->pkcs12Path);
    EXPECT_TRUE(dialog.okButton()->isEnabled());

    dialog.show();
    dialog.passphraseEdit()->setText(QStringLiteral("wrong passphrase"));
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible()) << "a wrong passphrase keeps the dialog open";
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.problemLabel()->isHidden());
    EXPECT_TRUE(dialog.problemLabel()->text().contains(QStringLiteral("passphrase"), Qt::CaseInsensitive))
        << dialog.problemLabel()->text().toStdString();
    EXPECT_TRUE(dialog.passphraseEdit()->text().isEmpty());

    dialog.passphraseEdit()->setText(QString::fromUtf8(certificate->generatedPassphrase.data()));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.problemLabel()->isHidden());
}

TEST_F(MainWindowTest, VerifiesASignedPdfAndReportsTamperingAndNonPdfs)
{
    auto certificate = core::createTrainingCertificate(m_dir.filePath(QStringLiteral("certs")));
    ASSERT_TRUE(certificate.ok());
    core::SigningOptions signing;
    signing.pkcs12Path = certificate->pkcs12Path;
    signing.passphrase = certificate->generatedPassphrase;
    core::ExportOptions options;
    options.signing = std::move(signing);
    const QString signedPath = m_dir.filePath(QStringLiteral("signed.pdf"));
    auto outcome = core::exportRequest(m_store->loadRequest(m_requestId).value(),
                                       core::RequestForm::builtIn(QStringLiteral("mla.general")).value(), options,
                                       signedPath);
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();

    // With the training CA as the only trust anchor, the chain is trusted.
    QDir().mkpath(m_dir.filePath(QStringLiteral("trust")));
    QFile::copy(certificate->caCertificatePath, m_dir.filePath(QStringLiteral("trust/ca.pem")));
    m_prompts.fileNames.enqueue(m_dir.filePath(QStringLiteral("trust")));
    m_window->chooseTrustAnchors();
    EXPECT_TRUE(m_window->verifySignedPdf(signedPath));
    ASSERT_EQ(m_prompts.verifications.size(), 1);
    EXPECT_EQ(m_prompts.verifications.first().signatures.first().trust, core::SignatureCheck::Trust::Trusted);
    const QString verdict = ui::verificationVerdict(m_prompts.verifications.first());
    EXPECT_TRUE(verdict.contains(QStringLiteral("all valid"))) << verdict.toStdString();
    EXPECT_TRUE(verdict.contains(QStringLiteral("TRAINING certificate"))) << "the verdict itself says so";
    EXPECT_FALSE(verdict.contains(QStringLiteral("not checked")));
    core::VerificationReport unchecked = m_prompts.verifications.first();
    unchecked.signatures.first().trust = core::SignatureCheck::Trust::NotChecked;
    EXPECT_TRUE(ui::verificationVerdict(unchecked).contains(QStringLiteral("trusted was not checked")));

    QFile file(signedPath);
    ASSERT_TRUE(file.open(QIODevice::Append));
    file.write("%% appended after signing\n");
    file.close();
    EXPECT_FALSE(m_window->verifySignedPdf(signedPath));
    EXPECT_TRUE(ui::verificationVerdict(m_prompts.verifications.last()).contains(QStringLiteral("changed or extended")));

    const QString text = m_dir.filePath(QStringLiteral("notes.pdf"));
    QFile notes(text);
    ASSERT_TRUE(notes.open(QIODevice::WriteOnly));
    notes.write("just text");
    notes.close();
    EXPECT_FALSE(m_window->verifySignedPdf(text));
    ASSERT_FALSE(m_prompts.errors.isEmpty());
}
