// What happens when a write cannot finish: the safe-save path, exports and the case file keep the
// previous version and report why. A full disk is simulated with the process's file size limit
// (RLIMIT_FSIZE): a write past it fails with EFBIG exactly where ENOSPC would, without root rights
// or a small file system.

#include "export/docxwriter.h"
#include "export/pdfwriter.h"
#include "io/safesave.h"
#include "storage/casestore.h"
#include "testfiles.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <csignal>
#include <sys/resource.h>

using namespace mla::core;
using mla::test::demoLetter;
using mla::test::readFile;
using mla::test::writeFile;

namespace {

/// Lowers the soft file size limit for its lifetime. SIGXFSZ, which would end the process at the
/// limit, is ignored meanwhile, so the write fails with EFBIG instead.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_active = getrlimit(RLIMIT_FSIZE, &m_previous) == 0;
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit lowered = m_previous;
        lowered.rlim_cur = bytes;
        m_active = m_active && setrlimit(RLIMIT_FSIZE, &lowered) == 0;
    }
    ~FileSizeLimit()
    {
        if (m_active) {
            setrlimit(RLIMIT_FSIZE, &m_previous);
        }
        std::signal(SIGXFSZ, m_previousHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    bool active() const { return m_active; }

private:
    rlimit m_previous{};
    void (*m_previousHandler)(int) = SIG_DFL;
    bool m_active = false;
};

/// Files in @p dir other than @p keep: temporary files a failed write must not leave behind.
QStringList strayFiles(const QTemporaryDir &dir, const QStringList &keep)
{
    QStringList stray;
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden)) {
        if (!keep.contains(name)) {
            stray << name;
        }
    }
    return stray;
}

} // namespace

TEST(SafeSave, WritesTheWholeContentOwnerOnly)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("out.bin"));
    const QByteArray content(300000, 'x');
    ASSERT_TRUE(SafeSave::write(path, content).ok());
    EXPECT_EQ(readFile(path), content);
    EXPECT_EQ(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0);
    EXPECT_TRUE(strayFiles(dir, {QStringLiteral("out.bin")}).isEmpty());
}

TEST(SafeSave, AnAbandonedWriteKeepsThePreviousVersionAndSaysWhy)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("letter.pdf"));
    ASSERT_TRUE(writeFile(path, "previous version"));
    const Result<void> written = SafeSave::write(path, [](QIODevice &device, QString &reason) {
        device.write("half of the new ver");
        reason = QStringLiteral("the font has no glyph for U+1F600");
        return false;
    });
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, ErrorCode::Io);
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("the font has no glyph for U+1F600")))
        << written.error().message.toStdString();
    EXPECT_EQ(readFile(path), QByteArray("previous version"));
    EXPECT_TRUE(strayFiles(dir, {QStringLiteral("letter.pdf")}).isEmpty());
}

TEST(SafeSave, AFolderThatDoesNotExistIsNamed)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/out.docx"));
    const Result<void> written = SafeSave::write(path, QByteArray("x"));
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().message.contains(path)) << written.error().message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST(FullDisk, SafeSaveKeepsThePreviousVersionAndSaysWhy)
{
    // 1 MB fails while it is written; 10 KB sits in Qt's write buffer and fails only when that is
    // flushed at the end, which Qt 6.4's QSaveFile::commit() alone would report as saved.
    for (const qsizetype size : {qsizetype(1024 * 1024), qsizetype(10 * 1024)}) {
        SCOPED_TRACE(size);
        QTemporaryDir dir;
        ASSERT_TRUE(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("backup.json"));
        ASSERT_TRUE(writeFile(path, "previous version"));
        Result<void> written;
        {
            FileSizeLimit limit(4096);
            ASSERT_TRUE(limit.active());
            written = SafeSave::write(path, QByteArray(size, 'y'));
        }
        ASSERT_FALSE(written.ok());
        EXPECT_EQ(written.error().code, ErrorCode::Io);
        EXPECT_TRUE(written.error().message.contains(path)) << written.error().message.toStdString();
        EXPECT_EQ(readFile(path), QByteArray("previous version"));
        EXPECT_TRUE(strayFiles(dir, {QStringLiteral("backup.json")}).isEmpty());
    }
}

TEST(FullDisk, PdfAndDocxExportsKeepThePreviousFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const ComposedDocument document = demoLetter();
    const QString pdf = dir.filePath(QStringLiteral("request.pdf"));
    const QString docx = dir.filePath(QStringLiteral("request.docx"));
    ASSERT_TRUE(writeFile(pdf, "earlier PDF"));
    ASSERT_TRUE(writeFile(docx, "earlier DOCX"));
    Result<void> pdfWritten;
    Result<void> docxWritten;
    {
        // Smaller than either document: the demo letter's PDF holds embedded fonts, its DOCX
        // several kilobytes of zipped XML.
        FileSizeLimit limit(2048);
        ASSERT_TRUE(limit.active());
        pdfWritten = writePdf(document, pdf);
        docxWritten = writeDocx(document, docx);
    }
    ASSERT_FALSE(pdfWritten.ok());
    ASSERT_FALSE(docxWritten.ok());
    EXPECT_TRUE(pdfWritten.error().message.contains(pdf)) << pdfWritten.error().message.toStdString();
    EXPECT_TRUE(docxWritten.error().message.contains(docx)) << docxWritten.error().message.toStdString();
    EXPECT_EQ(readFile(pdf), QByteArray("earlier PDF"));
    EXPECT_EQ(readFile(docx), QByteArray("earlier DOCX"));
    EXPECT_TRUE(strayFiles(dir, {QStringLiteral("request.pdf"), QStringLiteral("request.docx")}).isEmpty());

    // With room again, the same calls succeed: nothing was left in a broken state.
    EXPECT_TRUE(writePdf(document, pdf).ok());
    EXPECT_TRUE(readFile(pdf).startsWith("%PDF-"));
}

TEST(FullDisk, TheCaseFileKeepsEverythingSavedBeforeAndWorksWithRoomAgain)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("case.mlacase"));
    qint64 requestId = 0;
    {
        auto store = CaseStore::open(path);
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        auto caseId = (*store)->createCase(QStringLiteral("REF-1"), QStringLiteral("Full disk"));
        ASSERT_TRUE(caseId.ok());
        auto request = (*store)->createRequest(*caseId, QStringLiteral("mla.general"), QStringLiteral("Request"));
        ASSERT_TRUE(request.ok());
        requestId = *request;
        ASSERT_TRUE((*store)->setValue(requestId, QStringLiteral("facts.summary"), QStringLiteral("kept")).ok());
    }

    auto store = CaseStore::open(path);
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    const qint64 size = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    Result<void> tooBig;
    {
        // Room for a little more, but not for 2 MB of text.
        FileSizeLimit limit(static_cast<rlim_t>(size + 64 * 1024));
        ASSERT_TRUE(limit.active());
        tooBig = (*store)->setValue(requestId, QStringLiteral("facts.summary"), QString(2 * 1024 * 1024, QLatin1Char('z')));
    }
    ASSERT_FALSE(tooBig.ok());
    EXPECT_EQ(tooBig.error().code, ErrorCode::Io) << tooBig.error().message.toStdString();
    EXPECT_FALSE(tooBig.error().message.isEmpty());

    // The open store still reads what was saved before and takes the next, smaller edit.
    auto loaded = (*store)->loadRequest(requestId);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->value(QStringLiteral("facts.summary")), QStringLiteral("kept"));
    EXPECT_TRUE((*store)->setValue(requestId, QStringLiteral("facts.title"), QStringLiteral("after")).ok());
    store->reset();

    // And so does the file, opened afresh (which also runs the integrity check).
    auto reopened = CaseStore::open(path, CaseStore::OpenMode::OpenExisting);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    auto again = (*reopened)->loadRequest(requestId);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->value(QStringLiteral("facts.summary")), QStringLiteral("kept"));
    EXPECT_EQ(again->value(QStringLiteral("facts.title")), QStringLiteral("after"));
}
