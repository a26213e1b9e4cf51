#pragma once

#include "storage/casestore.h"
#include "storage/requestdocument.h"
#include "mainwindow.h"
#include "requesteditor.h"
#include "storage/requestdocument.h"
#include "userprompts.h"

#include <QList>
#include <QQueue>
#include <QStringList>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <functional>
#include <memory>

namespace mla::test {

/// Answers the UI's modal questions from queues and records what it was told, so no test ever
/// waits on a dialog. An unexpected question fails the test and gets the safe answer.
class ScriptedPrompts : public ui::UserPrompts
{
public:
    struct Message
    {
        QString title;
        QString text;
    };

    ScriptedPrompts() { ui::UserPrompts::setInstance(this); }
    ~ScriptedPrompts() override { ui::UserPrompts::setInstance(nullptr); }

    QList<Message> errors;
    QList<Message> informations;
    QList<Message> confirmations;
    QQueue<bool> confirmAnswers;
    QQueue<QString> fileNames;
    /// Runs while a save-file question is answered, as if the user clicked elsewhere meanwhile.
    std::function<void()> whileChoosingFile;
    QQueue<std::optional<QString>> textAnswers;
    QQueue<std::optional<ui::CaseDetails>> caseAnswers;

    void showError(QWidget *, const QString &title, const QString &text) override;
    void showInformation(QWidget *, const QString &title, const QString &text) override;
    bool confirm(QWidget *, const QString &title, const QString &text, const QString &) override;
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override;
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override;
    std::optional<QString> askText(QWidget *, const QString &, const QString &, const QString &) override;
    std::optional<ui::CaseDetails> askCaseDetails(QWidget *) override;
    std::optional<ui::NewRequestDetails> askNewRequest(QWidget *, const QList<ui::RequestTypeChoice> &types) override;

    std::optional<core::SigningOptions> askSigningOptions(QWidget *, const QString &signer, const QString &,
                                                          const QString &) override;
    void showVerification(QWidget *, const core::VerificationReport &report) override;
    QString existingDirectory(QWidget *, const QString &, const QString &) override;

    QQueue<std::optional<ui::NewRequestDetails>> newRequestAnswers;
    /// Answers to the signing question; each is moved out when asked.
    QList<std::optional<core::SigningOptions>> signingAnswers;
    QStringList signingPrefills;
    QList<core::VerificationReport> verifications;
    QList<ui::RequestTypeChoice> offeredTypes;
};

/// A case file in a temporary folder holding the demo case.
class DemoCaseFixture : public ::testing::Test
{
protected:
    void SetUp() override;

    QString casePath() const { return m_dir.filePath(QStringLiteral("cases.mlacase")); }

    QTemporaryDir m_dir;
    std::unique_ptr<core::CaseStore> m_store;
    qint64 m_requestId = 0;
};

/// The demo request open in a RequestEditor window, with scripted prompts.
class EditorFixture : public DemoCaseFixture
{
protected:
    void SetUp() override;
    void TearDown() override;

    ScriptedPrompts m_prompts;
    std::unique_ptr<core::RequestDocument> m_document;
    std::unique_ptr<ui::RequestEditor> m_editor;
};

/// The demo case file open in a MainWindow with its first request selected, with scripted prompts.
class MainWindowFixture : public DemoCaseFixture
{
protected:
    void SetUp() override;
    void TearDown() override;

    ScriptedPrompts m_prompts;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace mla::test
