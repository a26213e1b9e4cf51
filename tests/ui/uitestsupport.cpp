#include "uitestsupport.h"

#include "demo/democase.h"

#include <QSettings>
#include <QTest>
#include <QStandardPaths>

namespace mla::test {

void ScriptedPrompts::showError(QWidget *, const QString &title, const QString &text)
{
    errors.append({title, text});
}

void ScriptedPrompts::showInformation(QWidget *, const QString &title, const QString &text)
{
    informations.append({title, text});
}

bool ScriptedPrompts::confirm(QWidget *, const QString &title, const QString &text, const QString &)
{
    confirmations.append({title, text});
    if (confirmAnswers.isEmpty()) {
        ADD_FAILURE() << "unexpected confirmation: " << text.toStdString();
        return false;
    }
    return confirmAnswers.dequeue();
}

QString ScriptedPrompts::openFileName(QWidget *, const QString &title, const QString &, const QString &)
{
    if (fileNames.isEmpty()) {
        ADD_FAILURE() << "unexpected file dialog: " << title.toStdString();
        return {};
    }
    return fileNames.dequeue();
}

QString ScriptedPrompts::saveFileName(QWidget *, const QString &title, const QString &, const QString &)
{
    if (whileChoosingFile) {
        whileChoosingFile();
    }
    if (fileNames.isEmpty()) {
        ADD_FAILURE() << "unexpected file dialog: " << title.toStdString();
        return {};
    }
    return fileNames.dequeue();
}

std::optional<QString> ScriptedPrompts::askText(QWidget *, const QString &title, const QString &,
                                                const QString &)
{
    if (textAnswers.isEmpty()) {
        ADD_FAILURE() << "unexpected text question: " << title.toStdString();
        return std::nullopt;
    }
    return textAnswers.dequeue();
}

std::optional<ui::NewRequestDetails> ScriptedPrompts::askNewRequest(QWidget *,
                                                                   const QList<ui::RequestTypeChoice> &types)
{
    offeredTypes = types;
    if (newRequestAnswers.isEmpty()) {
        ADD_FAILURE() << "unexpected new-request dialog";
        return std::nullopt;
    }
    return newRequestAnswers.dequeue();
}

std::optional<core::SigningOptions> ScriptedPrompts::askSigningOptions(QWidget *, const QString &signer,
                                                                       const QString &, const QString &)
{
    signingPrefills << signer;
    if (signingAnswers.isEmpty()) {
        ADD_FAILURE() << "unexpected signing dialog";
        return std::nullopt;
    }
    return signingAnswers.takeFirst();
}

QString ScriptedPrompts::existingDirectory(QWidget *, const QString &title, const QString &)
{
    if (fileNames.isEmpty()) {
        ADD_FAILURE() << "unexpected folder question: " << title.toStdString();
        return {};
    }
    return fileNames.dequeue();
}

void ScriptedPrompts::showVerification(QWidget *, const core::VerificationReport &report)
{
    verifications << report;
}

std::optional<ui::CaseDetails> ScriptedPrompts::askCaseDetails(QWidget *)
{
    if (caseAnswers.isEmpty()) {
        ADD_FAILURE() << "unexpected case dialog";
        return std::nullopt;
    }
    return caseAnswers.dequeue();
}

void DemoCaseFixture::SetUp()
{
    // Settings (recent files, export folder) go to a test location, never to the user's.
    QStandardPaths::setTestModeEnabled(true);
    // Each test starts from the defaults (export language, recent files...).
    QSettings().clear();
    ASSERT_TRUE(m_dir.isValid());
    auto store = core::CaseStore::open(casePath());
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    m_store = std::move(store).value();
    auto id = core::DemoCase::addTo(*m_store);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    m_requestId = *id;
}

void EditorFixture::SetUp()
{
    DemoCaseFixture::SetUp();
    auto document = core::RequestDocument::load(*m_store, m_requestId);
    ASSERT_TRUE(document.ok()) << document.error().message.toStdString();
    m_document = std::move(document).value();
    m_editor = std::make_unique<ui::RequestEditor>(m_document.get(), m_store.get());
    m_editor->resize(1280, 800);
    m_editor->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_editor.get()));
}

void MainWindowFixture::SetUp()
{
    DemoCaseFixture::SetUp();
    m_window = std::make_unique<ui::MainWindow>();
    ASSERT_TRUE(m_window->openCaseFile(casePath()));
    ASSERT_TRUE(m_window->selectFirstRequest());
    m_window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
}

void MainWindowFixture::TearDown()
{
    m_window.reset();
}

void EditorFixture::TearDown()
{
    m_editor.reset();
    m_document.reset();
}

} // namespace mla::test
