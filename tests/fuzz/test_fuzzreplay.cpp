// Runs the fuzz corpus, and a bounded number of deterministic mutations of it, through every parser
// on each test run; and damages a real case file in many places to check that opening it gives a
// clear error or a readable file, never a crash. A libFuzzer build explores further
// (-DMLA_BUILD_FUZZERS=ON with clang).
#include "fuzztargets.h"

#include "demo/democase.h"
#include "export/lettercomposer.h"
#include "export/pdfwriter.h"
#include "model/requestform.h"
#include "signing/pdfsigner.h"
#include "storage/casestore.h"

#include <gtest/gtest.h>

#include <QDate>
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

TEST(FuzzReplay, DamagedSignedPdfsAreVerifiedAndRefusedNeverCrash)
{
    // A real letter, signed twice with a training certificate, damaged in many ways.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto form = RequestForm::builtIn(QStringLiteral("mla.general"));
    ASSERT_TRUE(form.ok());
    const auto letter = composeLetter(DemoCase::generalMlaRequest(QDate(2024, 3, 5)), *form);
    ASSERT_TRUE(letter.ok());
    const auto pdf = renderPdf(*letter);
    ASSERT_TRUE(pdf.ok());
    TrainingCertificateOptions certificate;
    certificate.name = QStringLiteral("Fuzz Signer");
    certificate.passphrase = Secret::fromString(QStringLiteral("pw"));
    const auto created = createTrainingCertificate(dir.filePath(QStringLiteral("certs")), certificate);
    ASSERT_TRUE(created.ok());
    const auto identity = importPkcs12(created->pkcs12Path, certificate.passphrase);
    ASSERT_TRUE(identity.ok());
    const auto once = PdfSigner::signData(*pdf, *identity, SigningOptions{});
    ASSERT_TRUE(once.ok());
    SigningOptions visible;
    visible.visible = true;
    const auto twice = PdfSigner::signData(*once, *identity, visible);
    ASSERT_TRUE(twice.ok());

    QRandomGenerator random(20261128);
    const QByteArray pristine = *twice;
    // Damage is aimed where it matters most: the signature dictionaries, the cross-reference
    // sections and the trailer, besides anywhere at all.
    QList<qsizetype> hotSpots;
    for (const char *needle : {"/ByteRange", "/Contents <", "xref", "trailer", "startxref", "/Sig", "/AcroForm"}) {
        for (qsizetype at = pristine.indexOf(needle); at >= 0; at = pristine.indexOf(needle, at + 1)) {
            hotSpots << at;
        }
    }
    ASSERT_GT(hotSpots.size(), 8);
    static const char *const numbers[] = {"0", "-1", "9223372036854775807", "99999999999", "4294967296", "1e9", "R"};
    int runs = 0;
    for (int i = 0; i < 160; ++i) {
        QByteArray damaged = pristine;
        const int edits = 1 + static_cast<int>(random.bounded(3));
        for (int e = 0; e < edits; ++e) {
            const qsizetype spot = hotSpots.at(random.bounded(static_cast<quint32>(hotSpots.size())));
            const qsizetype at = std::min<qsizetype>(damaged.size() - 1,
                                                     random.bounded(2) ? spot + random.bounded(40)
                                                                       : random.bounded(static_cast<quint32>(damaged.size())));
            const char *number = numbers[random.bounded(static_cast<quint32>(std::size(numbers)))];
            switch (random.bounded(5)) {
            case 0:
                damaged[at] = static_cast<char>(random.bounded(256));
                break;
            case 1:
                damaged.replace(at, 1 + random.bounded(12), number);
                break;
            case 2: {
                // One number of a /ByteRange replaced, the rest of the file left as it is.
                const qsizetype range = damaged.indexOf("/ByteRange [", random.bounded(static_cast<quint32>(damaged.size())));
                const qsizetype first = range >= 0 ? range : damaged.indexOf("/ByteRange [");
                if (first < 0) {
                    break;
                }
                qsizetype start = first + 12;
                for (quint32 skip = random.bounded(4); skip > 0; --skip) {
                    start = damaged.indexOf(' ', start) + 1;
                }
                const qsizetype end = damaged.indexOf(' ', start);
                const qsizetype close = damaged.indexOf(']', start);
                damaged.replace(start, std::max<qsizetype>(1, std::min(end < 0 ? close : end, close) - start), number);
                break;
            }
            case 3:
                damaged.remove(at, 1 + random.bounded(64));
                break;
            default:
                damaged.truncate(at);
                break;
            }
        }
        mla::fuzz::verifyAndSign(damaged, *identity);
        ++runs;
    }
    // The undamaged file verifies and takes a third signature.
    mla::fuzz::verifyAndSign(pristine, *identity);
    EXPECT_EQ(runs, 160);
}
