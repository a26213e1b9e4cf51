// Runs the fuzz corpus, and a bounded number of deterministic mutations of it, through every parser
// on each test run; and damages a real case file in many places to check that opening it gives a
// clear error or a readable file, never a crash. A libFuzzer build explores further
// (-DMLA_BUILD_FUZZERS=ON with clang).
#include "fuzztargets.h"

#include "demo/democase.h"
#include "storage/casestore.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace mla::core;

namespace {

QList<QByteArray> corpus()
{
    QList<QByteArray> inputs;
    const QDir dir(QStringLiteral(MLA_FUZZ_CORPUS_DIR));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            inputs << file.readAll();
        }
    }
    // The shipped data is the best seed there is.
    for (const QString &folder : {QStringLiteral(":/templates/requirements"), QStringLiteral(":/templates/demo"),
                                  QStringLiteral(":/templates/forms"), QStringLiteral(":/templates/states")}) {
        const QDir resources(folder);
        for (const QString &name : resources.entryList(QDir::Files)) {
            QFile file(resources.filePath(name));
            if (file.open(QIODevice::ReadOnly)) {
                inputs << file.readAll();
            }
        }
    }
    return inputs;
}

QByteArray mutate(QByteArray input, QRandomGenerator &random)
{
    static const char *const tokens[] = {"{", "}", "[", "]", "\"", ",", ":", "null", "true", "1e999", "-0",
                                         "\\u0000", "\\ud800", "\"\"", "{\"all\":[", "\"when\"", "\xff\xfe"};
    const int edits = 1 + static_cast<int>(random.bounded(4));
    for (int e = 0; e < edits; ++e) {
        const qsizetype at = input.isEmpty() ? 0 : random.bounded(static_cast<quint32>(input.size()));
        switch (random.bounded(4)) {
        case 0:
            input.remove(at, 1 + random.bounded(8));
            break;
        case 1:
            input.insert(at, tokens[random.bounded(static_cast<quint32>(std::size(tokens)))]);
            break;
        case 2:
            if (!input.isEmpty()) {
                input[at] = static_cast<char>(random.bounded(256));
            }
            break;
        default:
            input.insert(at, input.mid(random.bounded(static_cast<quint32>(input.size() + 1)), 32));
            break;
        }
    }
    return input;
}

} // namespace

TEST(FuzzReplay, ParsersSurviveTheCorpusAndItsMutations)
{
    const QList<QByteArray> inputs = corpus();
    ASSERT_GT(inputs.size(), 10);
    QRandomGenerator random(20261128);
    int runs = 0;
    for (const QByteArray &input : inputs) {
        mla::fuzz::parseEverything(input);
        for (int i = 0; i < 40; ++i) {
            mla::fuzz::parseEverything(mutate(input, random));
            ++runs;
        }
    }
    EXPECT_GT(runs, 400);
}

TEST(FuzzReplay, DamagedCaseFilesGiveAnErrorOrARequest)
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("original.mlacase"));
    {
        auto store = CaseStore::open(original);
        ASSERT_TRUE(store.ok());
        ASSERT_TRUE(DemoCase::addTo(**store).ok());
    }
    QFile source(original);
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    const QByteArray pristine = source.readAll();
    source.close();
    // Fold the WAL into the main file so the copies below carry the data.
    QFile::remove(original + QStringLiteral("-wal"));

    QRandomGenerator random(42);
    int refused = 0;
    int opened = 0;
    for (int i = 0; i < 60; ++i) {
        QByteArray damaged = pristine;
        const int hits = 1 + static_cast<int>(random.bounded(16));
        for (int h = 0; h < hits; ++h) {
            damaged[random.bounded(static_cast<quint32>(damaged.size()))] = static_cast<char>(random.bounded(256));
        }
        if (i % 10 == 0) {
            damaged.truncate(random.bounded(static_cast<quint32>(damaged.size())));
        }
        const QString path = dir.filePath(QStringLiteral("damaged-%1.mlacase").arg(i));
        QFile out(path);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(damaged);
        out.close();

        auto store = CaseStore::open(path, CaseStore::OpenMode::OpenExisting);
        if (!store) {
            ++refused;
            EXPECT_FALSE(store.error().message.isEmpty());
            EXPECT_TRUE(store.error().message.contains(path)) << store.error().message.toStdString();
            continue;
        }
        ++opened;
        // What opens must be readable or report an error for each request: never crash.
        auto cases = (*store)->cases();
        if (cases) {
            for (const CaseInfo &c : *cases) {
                if (auto requests = (*store)->requests(c.id)) {
                    for (const RequestSummary &r : *requests) {
                        (void)(*store)->loadRequest(r.id);
                    }
                }
            }
        }
    }
    EXPECT_EQ(refused + opened, 60);
    EXPECT_GT(refused, 0);
}
