#include "demo/democase.h"
#include "storage/casestore.h"
#include "storage/migrations.h"
#include "storage/sqlitedatabase.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace mla::core;

namespace {

class CaseStoreTest : public ::testing::Test
{
protected:
    QString path(const QString &name = QStringLiteral("case.mlacase")) const { return m_dir.filePath(name); }

    std::unique_ptr<CaseStore> openOk(const QString &file)
    {
        auto store = CaseStore::open(file);
        EXPECT_TRUE(store.ok()) << (store.ok() ? "" : store.error().message.toStdString());
        return store.ok() ? std::move(store).value() : nullptr;
    }

    QTemporaryDir m_dir;
};

/// A new request holding measures "A", "B", "C", "D" (their "kind"), in that order; their ids.
QList<qint64> requestWithFourMeasures(CaseStore &store, qint64 *requestId)
{
    auto caseId = store.createCase({}, {});
    auto request = store.createRequest(*caseId, QStringLiteral("mla.general"), {});
    EXPECT_TRUE(request.ok());
    *requestId = request.ok() ? *request : 0;
    QList<qint64> ids;
    for (const QString &name : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")}) {
        auto id = store.addItem(*requestId, QStringLiteral("measures"), {{QStringLiteral("kind"), name}});
        EXPECT_TRUE(id.ok());
        ids << (id.ok() ? *id : 0);
    }
    return ids;
}

/// The kinds of the request's measures in their stored order, as one string ("ABCD").
QString measureOrder(CaseStore &store, qint64 requestId)
{
    QString names;
    for (const CollectionItem &item : store.loadRequest(requestId)->items(QStringLiteral("measures"))) {
        names += item.value(QStringLiteral("kind"));
    }
    return names;
}

qint64 pragma(const QString &file, const char *name)
{
    auto db = SqliteDatabase::open(file, SqliteDatabase::OpenMode::ReadWriteExisting);
    EXPECT_TRUE(db.ok());
    auto value = (*db)->queryInteger(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    EXPECT_TRUE(value.ok());
    return value.ok() ? *value : -1;
}

} // namespace

TEST_F(CaseStoreTest, CreatesFileWithOurIdentityAndOwnerOnlyPermissions)
{
    {
        auto store = openOk(path());
        ASSERT_TRUE(store);
    }
    EXPECT_EQ(pragma(path(), "application_id"), schema::kApplicationId);
    EXPECT_EQ(pragma(path(), "user_version"), schema::kCurrentVersion);
    const QFileDevice::Permissions perms = QFileInfo(path()).permissions();
    EXPECT_TRUE(perms.testFlag(QFileDevice::ReadOwner));
    EXPECT_FALSE(perms.testFlag(QFileDevice::ReadGroup));
    EXPECT_FALSE(perms.testFlag(QFileDevice::ReadOther));
}

TEST_F(CaseStoreTest, UsesWalAndForeignKeys)
{
    auto store = openOk(path());
    ASSERT_TRUE(store);
    auto db = SqliteDatabase::open(path(), SqliteDatabase::OpenMode::ReadWriteExisting);
    ASSERT_TRUE(db.ok());
    auto mode = (*db)->prepare(QStringLiteral("PRAGMA journal_mode"));
    ASSERT_TRUE(mode.ok());
    ASSERT_TRUE(mode->next());
    EXPECT_EQ(mode->text(0), QStringLiteral("wal"));

    // Foreign keys on: a request of a deleted case goes with it.
    auto caseId = store->createCase(QStringLiteral("R-1"), QStringLiteral("A case"));
    ASSERT_TRUE(caseId.ok());
    auto requestId = store->createRequest(*caseId, QStringLiteral("mla.general"), QStringLiteral("Req"));
    ASSERT_TRUE(requestId.ok());
    ASSERT_TRUE(store->deleteCase(*caseId).ok());
    EXPECT_EQ(store->loadRequest(*requestId).error().code, ErrorCode::NotFound);
}

TEST_F(CaseStoreTest, RoundTripsAWholeRequestAcrossReopen)
{
    const Request demo = DemoCase::generalMlaRequest();
    qint64 requestId = 0;
    {
        auto store = openOk(path());
        ASSERT_TRUE(store);
        auto id = DemoCase::addTo(*store);
        ASSERT_TRUE(id.ok());
        requestId = *id;
    }
    auto store = openOk(path());
    ASSERT_TRUE(store);
    auto loaded = store->loadRequest(requestId);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->typeId, demo.typeId);
    EXPECT_EQ(loaded->title, demo.title);
    EXPECT_EQ(loaded->values, demo.values);
    ASSERT_EQ(loaded->collections.keys(), demo.collections.keys());
    for (const QString &collection : demo.collections.keys()) {
        const auto expected = demo.items(collection);
        const auto actual = loaded->items(collection);
        ASSERT_EQ(actual.size(), expected.size()) << collection.toStdString();
        for (qsizetype i = 0; i < expected.size(); ++i) {
            EXPECT_EQ(actual.at(i).values, expected.at(i).values);
            EXPECT_GT(actual.at(i).id, 0);
        }
    }
    auto summaries = store->requests(loaded->caseId);
    ASSERT_TRUE(summaries.ok());
    // The demo case holds one request of every request type that has a demo.
    ASSERT_EQ(summaries->size(), DemoCase::typeIds().size());
    const auto general = std::find_if(summaries->cbegin(), summaries->cend(),
                                      [&](const RequestSummary &s) { return s.id == requestId; });
    ASSERT_NE(general, summaries->cend());
    EXPECT_EQ(general->requestedState, QStringLiteral("FR"));
}

TEST_F(CaseStoreTest, EveryEditIsVisibleToAnotherConnectionAtOnce)
{
    auto store = openOk(path());
    ASSERT_TRUE(store);
    auto caseId = store->createCase(QStringLiteral("R-2"), QStringLiteral("Case"));
    auto requestId = store->createRequest(*caseId, QStringLiteral("mla.general"), QStringLiteral("Req"));
    ASSERT_TRUE(requestId.ok());
    ASSERT_TRUE(store->setValue(*requestId, QStringLiteral("facts.summary"), QStringLiteral("Typed text")).ok());
    auto itemId = store->addItem(*requestId, QStringLiteral("measures"), {{QStringLiteral("kind"), QStringLiteral("statement")}});
    ASSERT_TRUE(itemId.ok());
    ASSERT_TRUE(store->setItemValue(*itemId, QStringLiteral("nexus"), QStringLiteral("Because")).ok());

    // A second store on the same file (as after a crash and restart) sees everything.
    auto other = openOk(path());
    ASSERT_TRUE(other);
    auto loaded = other->loadRequest(*requestId);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->value(QStringLiteral("facts.summary")), QStringLiteral("Typed text"));
    ASSERT_EQ(loaded->items(QStringLiteral("measures")).size(), 1);
    EXPECT_EQ(loaded->items(QStringLiteral("measures")).first().value(QStringLiteral("nexus")), QStringLiteral("Because"));

    ASSERT_TRUE(store->setValue(*requestId, QStringLiteral("facts.summary"), QString()).ok());
    ASSERT_TRUE(store->removeItem(*itemId).ok());
    loaded = other->loadRequest(*requestId);
    EXPECT_FALSE(loaded->values.contains(QStringLiteral("facts.summary")));
    EXPECT_TRUE(loaded->items(QStringLiteral("measures")).isEmpty());
}

TEST_F(CaseStoreTest, ItemsKeepTheirOrderAndCanBeReinsertedWithTheirId)
{
    auto store = openOk(path());
    auto caseId = store->createCase({}, {});
    auto requestId = store->createRequest(*caseId, QStringLiteral("mla.general"), {});
    const QString persons = QStringLiteral("persons");
    auto a = store->addItem(*requestId, persons, {{QStringLiteral("familyName"), QStringLiteral("A")}});
    auto b = store->addItem(*requestId, persons, {{QStringLiteral("familyName"), QStringLiteral("B")}});
    auto c = store->addItem(*requestId, persons, {{QStringLiteral("familyName"), QStringLiteral("C")}});
    ASSERT_TRUE(a.ok() && b.ok() && c.ok());
    ASSERT_TRUE(store->removeItem(*b).ok());
    auto again = store->addItem(*requestId, persons, {{QStringLiteral("familyName"), QStringLiteral("B")}}, 1, *b);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, *b);
    auto loaded = store->loadRequest(*requestId);
    QStringList names;
    for (const CollectionItem &item : loaded->items(persons)) {
        names << item.value(QStringLiteral("familyName"));
    }
    EXPECT_EQ(names, (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
}

TEST_F(CaseStoreTest, UndoingTwoRemovalsPutsEveryEntryBackInItsPlace)
{
    auto store = openOk(path());
    qint64 requestId = 0;
    const QList<qint64> ids = requestWithFourMeasures(*store, &requestId);
    const QString measures = QStringLiteral("measures");
    // Remove A (index 0), then D (index 2 of B C D); undo puts D back at 2, then A at 0.
    ASSERT_TRUE(store->removeItem(ids[0]).ok());
    ASSERT_TRUE(store->removeItem(ids[3]).ok());
    ASSERT_TRUE(store->addItem(requestId, measures, {{QStringLiteral("kind"), QStringLiteral("D")}}, 2, ids[3]).ok());
    ASSERT_TRUE(store->addItem(requestId, measures, {{QStringLiteral("kind"), QStringLiteral("A")}}, 0, ids[0]).ok());
    EXPECT_EQ(measureOrder(*store, requestId), QStringLiteral("ABCD"));
    // The same after removing from the middle and putting it back.
    ASSERT_TRUE(store->removeItem(ids[1]).ok());
    ASSERT_TRUE(store->addItem(requestId, measures, {{QStringLiteral("kind"), QStringLiteral("B")}}, 1, ids[1]).ok());
    EXPECT_EQ(measureOrder(*store, requestId), QStringLiteral("ABCD"));
}

TEST_F(CaseStoreTest, AnEmptyFileIsReportedWhenOpeningExistingAndLeftAsItIs)
{
    const QString file = path(QStringLiteral("cut-off.mlacase"));
    {
        QFile empty(file);
        ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
    }
    auto store = CaseStore::open(file, CaseStore::OpenMode::OpenExisting);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, ErrorCode::Corrupted);
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("is empty"))) << store.error().message.toStdString();
    EXPECT_EQ(QFileInfo(file).size(), 0) << "a read-only look changes nothing";
    // Creating a case file at that path is still possible on purpose.
    EXPECT_TRUE(CaseStore::open(file, CaseStore::OpenMode::OpenOrCreate).ok());
}

TEST_F(CaseStoreTest, AFileWithGapsInItsPositionsKeepsItsOrderThroughRemoveAndUndo)
{
    auto store = openOk(path());
    qint64 requestId = 0;
    const QList<qint64> ids = requestWithFourMeasures(*store, &requestId);
    // As an older version left it: gaps, and B stored after C.
    {
        auto db = SqliteDatabase::open(path(), SqliteDatabase::OpenMode::ReadWriteExisting);
        ASSERT_TRUE(db.ok());
        const QList<int> positions = {0, 3, 2, 5};
        for (int i = 0; i < ids.size(); ++i) {
            ASSERT_TRUE((*db)->exec(QStringLiteral("UPDATE items SET position = %1 WHERE id = %2")
                                        .arg(positions.at(i))
                                        .arg(ids.at(i)))
                            .ok());
        }
    }
    ASSERT_EQ(measureOrder(*store, requestId), QStringLiteral("ACBD"));
    ASSERT_TRUE(store->removeItem(ids[3]).ok());
    ASSERT_TRUE(store->addItem(requestId, QStringLiteral("measures"), {{QStringLiteral("kind"), QStringLiteral("D")}}, 3,
                               ids[3])
                    .ok());
    EXPECT_EQ(measureOrder(*store, requestId), QStringLiteral("ACBD"));
}

TEST_F(CaseStoreTest, RejectsATextFileWithAClearMessage)
{
    QFile text(path(QStringLiteral("notes.mlacase")));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("These are my notes, not a case file.\n");
    text.close();

    auto store = CaseStore::open(text.fileName());
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, ErrorCode::NotACaseFile);
    EXPECT_TRUE(store.error().message.contains(text.fileName()));
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("not an MLA case file")));
    // The file is left exactly as it was.
    QFile check(text.fileName());
    ASSERT_TRUE(check.open(QIODevice::ReadOnly));
    EXPECT_EQ(check.readAll(), QByteArray("These are my notes, not a case file.\n"));
}

TEST_F(CaseStoreTest, RejectsAnotherApplicationsDatabase)
{
    {
        auto db = SqliteDatabase::open(path(QStringLiteral("other.db")), SqliteDatabase::OpenMode::ReadWriteCreate);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE((*db)->exec(QStringLiteral("CREATE TABLE t(x); PRAGMA application_id = 42")).ok());
    }
    auto store = CaseStore::open(path(QStringLiteral("other.db")));
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, ErrorCode::NotACaseFile);
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("another application")));
}

TEST_F(CaseStoreTest, RejectsAFileFromANewerVersion)
{
    {
        auto store = openOk(path());
    }
    {
        auto db = SqliteDatabase::open(path(), SqliteDatabase::OpenMode::ReadWriteExisting);
        ASSERT_TRUE((*db)->exec(QStringLiteral("PRAGMA user_version = 99")).ok());
    }
    auto store = CaseStore::open(path());
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, ErrorCode::NewerVersion);
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("newer version")));
    EXPECT_EQ(pragma(path(), "user_version"), 99) << "a refused file must not be touched";
}

TEST_F(CaseStoreTest, RejectsACorruptedFile)
{
    {
        auto store = openOk(path());
        ASSERT_TRUE(DemoCase::addTo(*store).ok());
    }
    // Overwrite the middle of the file (b-tree pages) with garbage, keep the header intact.
    QFile file(path());
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    ASSERT_GT(size, 4096);
    file.seek(4096);
    file.write(QByteArray(static_cast<int>(size - 4096), '\xA5'));
    file.close();

    auto store = CaseStore::open(path());
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, ErrorCode::Corrupted) << store.error().message.toStdString();
    EXPECT_TRUE(store.error().message.contains(path()));
}

TEST_F(CaseStoreTest, MissingFileIsReportedWhenOpeningExisting)
{
    auto store = CaseStore::open(path(QStringLiteral("absent.mlacase")), CaseStore::OpenMode::OpenExisting);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("absent.mlacase"))));
}

TEST_F(CaseStoreTest, UpgradesAVersion1FileAfterTakingABackup)
{
    // Build a file as version 1 of the app wrote it, with data in it.
    {
        auto db = SqliteDatabase::open(path(), SqliteDatabase::OpenMode::ReadWriteCreate);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(schema::migrate(**db, 0, 1).ok());
        ASSERT_TRUE((*db)->exec(QStringLiteral("INSERT INTO cases VALUES (1, 'OLD-1', 'Old case', 'x', 'x');"
                                               "INSERT INTO requests VALUES (1, 1, 'mla.general', 'Old request', 'x', 'x');"
                                               "INSERT INTO request_values VALUES (1, 'facts.summary', 'Old facts');"))
                        .ok());
    }
    ASSERT_EQ(pragma(path(), "user_version"), 1);

    auto store = openOk(path());
    ASSERT_TRUE(store);
    EXPECT_EQ(pragma(path(), "user_version"), schema::kCurrentVersion);
    ASSERT_FALSE(store->upgradeBackupPath().isEmpty());
    EXPECT_TRUE(QFileInfo::exists(store->upgradeBackupPath()));
    EXPECT_EQ(pragma(store->upgradeBackupPath(), "user_version"), 1) << "the backup is the file before the upgrade";

    auto request = store->loadRequest(1);
    ASSERT_TRUE(request.ok());
    EXPECT_EQ(request->value(QStringLiteral("facts.summary")), QStringLiteral("Old facts"));
    // The version 2 table exists and works.
    ExportRecord record;
    record.requestId = 1;
    record.format = QStringLiteral("pdf");
    record.language = QStringLiteral("en");
    record.sha256 = QStringLiteral("00");
    record.fileName = QStringLiteral("a.pdf");
    ASSERT_TRUE(store->recordExport(record).ok());
    auto exports = store->exports(1);
    ASSERT_TRUE(exports.ok());
    ASSERT_EQ(exports->size(), 1);
    EXPECT_EQ(exports->first().fileName, QStringLiteral("a.pdf"));
}

TEST_F(CaseStoreTest, AFailedMigrationStepLeavesTheFileAtTheLastCompleteVersion)
{
    {
        auto db = SqliteDatabase::open(path(), SqliteDatabase::OpenMode::ReadWriteCreate);
        ASSERT_TRUE(schema::migrate(**db, 0, 1).ok());
        // A table that step 2 wants to create makes step 2 fail.
        ASSERT_TRUE((*db)->exec(QStringLiteral("CREATE TABLE export_log (x)")).ok());
    }
    auto store = CaseStore::open(path());
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("version 2")));
    EXPECT_EQ(pragma(path(), "user_version"), 1);
}

TEST_F(CaseStoreTest, UnknownIdsAreReportedNotCrashed)
{
    auto store = openOk(path());
    EXPECT_EQ(store->loadRequest(12345).error().code, ErrorCode::NotFound);
    EXPECT_EQ(store->setValue(12345, QStringLiteral("a"), QStringLiteral("b")).error().code, ErrorCode::NotFound);
    EXPECT_EQ(store->setItemValue(999, QStringLiteral("a"), QStringLiteral("b")).error().code, ErrorCode::NotFound);
    EXPECT_EQ(store->createRequest(777, QStringLiteral("mla.general"), {}).error().code, ErrorCode::NotFound);
}
