#include "demo/democase.h"
#include "storage/casestore.h"
#include "storage/requestdocument.h"
#include "storage/sqlitedatabase.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace mla::core;

namespace {

class RequestDocumentTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto store = CaseStore::open(m_dir.filePath(QStringLiteral("doc.mlacase")));
        ASSERT_TRUE(store.ok());
        m_store = std::move(store).value();
        auto id = DemoCase::addTo(*m_store);
        ASSERT_TRUE(id.ok());
        m_requestId = *id;
        auto doc = RequestDocument::load(*m_store, m_requestId);
        ASSERT_TRUE(doc.ok()) << doc.error().message.toStdString();
        m_doc = std::move(doc).value();
    }

    Request stored() { return m_store->loadRequest(m_requestId).value(); }

    QTemporaryDir m_dir;
    std::unique_ptr<CaseStore> m_store;
    std::unique_ptr<RequestDocument> m_doc;
    qint64 m_requestId = 0;
};

} // namespace

TEST_F(RequestDocumentTest, EditsPersistAndUndoRedoWriteThrough)
{
    const QString key = QStringLiteral("facts.summary");
    const QString original = m_doc->request().value(key);
    m_doc->setValue(key, QStringLiteral("New facts"));
    EXPECT_EQ(stored().value(key), QStringLiteral("New facts"));
    EXPECT_EQ(m_doc->request().value(key), QStringLiteral("New facts"));

    m_doc->undoStack()->undo();
    EXPECT_EQ(stored().value(key), original);
    EXPECT_EQ(m_doc->request().value(key), original);

    m_doc->undoStack()->redo();
    EXPECT_EQ(stored().value(key), QStringLiteral("New facts"));
}

TEST_F(RequestDocumentTest, TypingIntoOneFieldIsOneUndoStep)
{
    const QString key = QStringLiteral("authority.name");
    const QString original = m_doc->request().value(key);
    m_doc->setValue(key, original + QStringLiteral(" O"));
    m_doc->setValue(key, original + QStringLiteral(" Of"));
    m_doc->setValue(key, original + QStringLiteral(" Off"));
    EXPECT_EQ(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    EXPECT_EQ(stored().value(key), original);
}

TEST_F(RequestDocumentTest, UndoTakesBackADeletedWordWithoutTheTypingBeforeIt)
{
    const QString key = QStringLiteral("authority.phone");
    const QString original = m_doc->request().value(key);
    QString text = original;
    for (const QChar c : QStringLiteral(" ext 12")) {
        text += c;
        m_doc->setValue(key, text);
    }
    m_doc->setValue(key, original + QStringLiteral(" ext ")); // Ctrl+Backspace
    EXPECT_EQ(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    EXPECT_EQ(stored().value(key), original + QStringLiteral(" ext 12"));
    m_doc->undoStack()->undo();
    EXPECT_EQ(stored().value(key), original);

    // A whole paragraph selected and typed over comes back with one Undo, typing included.
    const QString facts = QStringLiteral("facts.summary");
    m_doc->setValue(facts, m_doc->request().value(facts) + QStringLiteral("!"));
    const QString typed = m_doc->request().value(facts);
    m_doc->setValue(facts, QStringLiteral("x"));
    m_doc->undoStack()->undo();
    EXPECT_EQ(stored().value(facts), typed);
}

TEST_F(RequestDocumentTest, AddRemoveEntriesUndoable)
{
    const QString measures = QStringLiteral("measures");
    const int before = static_cast<int>(m_doc->request().items(measures).size());
    QSignalSpy spy(m_doc.get(), &RequestDocument::collectionChanged);

    const qint64 id = m_doc->addItem(measures);
    ASSERT_GT(id, 0);
    m_doc->setItemValue(measures, id, QStringLiteral("nexus"), QStringLiteral("Link"));
    EXPECT_EQ(stored().items(measures).size(), before + 1);
    EXPECT_EQ(stored().item(measures, id)->value(QStringLiteral("nexus")), QStringLiteral("Link"));

    m_doc->removeItem(measures, id);
    EXPECT_EQ(stored().items(measures).size(), before);
    m_doc->undoStack()->undo(); // the removal
    ASSERT_NE(stored().item(measures, id), nullptr);
    EXPECT_EQ(stored().item(measures, id)->value(QStringLiteral("nexus")), QStringLiteral("Link"));
    EXPECT_EQ(m_doc->request().item(measures, id)->value(QStringLiteral("nexus")), QStringLiteral("Link"));
    EXPECT_GE(spy.count(), 3);
}

TEST_F(RequestDocumentTest, AFailedWriteChangesNothingAndIsReported)
{
    QSignalSpy failures(m_doc.get(), &RequestDocument::writeFailed);
    // Delete the request behind the document's back: writes now fail.
    ASSERT_TRUE(m_store->deleteRequest(m_requestId).ok());
    const QString before = m_doc->request().value(QStringLiteral("facts.summary"));
    m_doc->setValue(QStringLiteral("facts.summary"), QStringLiteral("lost?"));
    EXPECT_EQ(failures.count(), 1);
    EXPECT_EQ(m_doc->request().value(QStringLiteral("facts.summary")), before);
    EXPECT_EQ(m_doc->undoStack()->count(), 0) << "a failed edit is not an undo step";
}

TEST_F(RequestDocumentTest, AnEditBlockedByALockIsKeptAndWrittenWhenTheLockIsGone)
{
    m_store->setBusyTimeout(20);
    auto other = SqliteDatabase::open(m_dir.filePath(QStringLiteral("doc.mlacase")),
                                      SqliteDatabase::OpenMode::ReadWriteExisting);
    ASSERT_TRUE(other.ok());
    ASSERT_TRUE((*other)->exec(QStringLiteral("BEGIN EXCLUSIVE")).ok());

    QSignalSpy unsaved(m_doc.get(), &RequestDocument::unsavedEditsChanged);
    const QString key = QStringLiteral("authority.contactPerson");
    const QString before = m_doc->request().value(key);
    m_doc->setValue(key, before + QStringLiteral("Q"));
    m_doc->setValue(key, before + QStringLiteral("QQ"));
    EXPECT_EQ(m_doc->request().value(key), before) << "memory holds what the file holds";
    EXPECT_TRUE(m_doc->hasUnsavedEdits());
    EXPECT_EQ(m_doc->unsavedFieldLabels(), QStringList{m_doc->fieldLabel({}, key)}) << "one entry per field";
    EXPECT_EQ(m_doc->undoStack()->count(), 0) << "a failed write is no undo step";
    EXPECT_GE(unsaved.count(), 1);
    EXPECT_FALSE(m_doc->retryUnsavedEdits()) << "still locked";

    ASSERT_TRUE((*other)->exec(QStringLiteral("COMMIT")).ok());
    EXPECT_TRUE(m_doc->retryUnsavedEdits());
    EXPECT_FALSE(m_doc->hasUnsavedEdits());
    EXPECT_EQ(stored().value(key), before + QStringLiteral("QQ"));
    EXPECT_EQ(m_doc->undoStack()->count(), 1);

    // Typing the field back to what the file holds also settles it.
    ASSERT_TRUE((*other)->exec(QStringLiteral("BEGIN EXCLUSIVE")).ok());
    m_doc->setValue(key, before);
    EXPECT_TRUE(m_doc->hasUnsavedEdits());
    ASSERT_TRUE((*other)->exec(QStringLiteral("COMMIT")).ok());
    m_doc->setValue(key, before + QStringLiteral("QQ"));
    EXPECT_FALSE(m_doc->hasUnsavedEdits());
}

TEST_F(RequestDocumentTest, AnUndoneFieldDropsItsUnsavedEditAndChoosingTheSameValuesAddsNoStep)
{
    const QString key = QStringLiteral("authority.contactPerson");
    const QString before = m_doc->request().value(key);
    m_doc->setValue(key, before + QStringLiteral(" Jo"));
    m_store->setBusyTimeout(20);
    auto other = SqliteDatabase::open(m_dir.filePath(QStringLiteral("doc.mlacase")),
                                      SqliteDatabase::OpenMode::ReadWriteExisting);
    ASSERT_TRUE(other.ok());
    ASSERT_TRUE((*other)->exec(QStringLiteral("BEGIN EXCLUSIVE")).ok());
    m_doc->setValue(key, before + QStringLiteral(" Jon"));
    ASSERT_TRUE(m_doc->hasUnsavedEdits());
    ASSERT_TRUE((*other)->exec(QStringLiteral("COMMIT")).ok());
    m_doc->undoStack()->undo(); // takes back " Jo": the user no longer sees " Jon" either
    EXPECT_FALSE(m_doc->hasUnsavedEdits());
    EXPECT_TRUE(m_doc->retryUnsavedEdits());
    EXPECT_EQ(stored().value(key), before) << "the undone text is not written back later";

    const int steps = m_doc->undoStack()->count();
    m_doc->setValues({{key, before}, {QStringLiteral("facts.summary"), m_doc->request().value(QStringLiteral("facts.summary"))}},
                     QStringLiteral("Nothing changes"));
    EXPECT_EQ(m_doc->undoStack()->count(), steps);
}

TEST_F(RequestDocumentTest, RenamingIsUndoableAndUndoTextsUseFieldLabels)
{
    m_doc->setTitle(QStringLiteral("Renamed"));
    EXPECT_EQ(stored().title, QStringLiteral("Renamed"));
    m_doc->setValue(QStringLiteral("facts.summary"), QStringLiteral("x"));
    EXPECT_EQ(m_doc->undoStack()->undoText(), QStringLiteral("Edit “Summary of the relevant facts”"));
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    EXPECT_EQ(stored().title, DemoCase::generalMlaRequest().title);
}
