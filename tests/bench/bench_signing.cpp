// Speed target of signing, measured with Google Benchmark (never with timed unit tests):
//   signing a 30-page request PDF (PAdES B-B, incremental update, re-verification): <= 50 ms.
#include "benchrequests.h"
#include "demo/democase.h"
#include "export/lettercomposer.h"
#include "export/pdfwriter.h"
#include "model/requestform.h"
#include "signing/certificates.h"
#include "signing/pdfsigner.h"
#include "signing/pdfverifier.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace mla::core;

namespace {

/// About 30 pages of PDF/A-1b text written by QPdfWriter directly.
QByteArray fallbackPdf(int paragraphs)
{
    QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/NotoSerif-Regular.ttf"));
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QTextDocument document;
    document.setDefaultFont(QFont(QStringLiteral("Noto Serif"), 11));
    QString text;
    for (int i = 0; i < paragraphs; ++i) {
        text += QStringLiteral("%1. The requesting authority asks for the records of the account held at Banque "
                               "Exemple SA in Lyon, which received the proceeds of the transfer.\n\n")
                    .arg(i + 1);
    }
    document.setPlainText(text);
    document.print(&writer);
    return pdf;
}

struct Fixture
{
    QTemporaryDir dir;
    QString pdfPath;
    QByteArray pdf;
    int pages = 0;
    SigningIdentity identity;
    QString p12Path;
    QString error;

    Fixture(TrainingCertificateOptions::KeyType keyType)
    {
        const Request request = mla::bench::thirtyPageRequest();
        auto document = composeLetter(request, RequestForm::builtIn(request.typeId).value());
        auto rendered = document ? renderPdf(*document) : Result<QByteArray>(document.error());
        // Should the letter writer be unusable, sign a plain PDF/A-1b of about the same size.
        pdf = rendered ? *rendered : fallbackPdf(700);
        pages = static_cast<int>(pdf.count("/Type /Page\n") + pdf.count("/Type /Page "));
        pdfPath = dir.filePath(QStringLiteral("request.pdf"));
        QFile file(pdfPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
            error = QStringLiteral("cannot write the PDF");
            return;
        }
        file.close();
        TrainingCertificateOptions options;
        options.name = QStringLiteral("Bench Signer");
        options.keyType = keyType;
        options.passphrase = Secret::fromString(QStringLiteral("bench"));
        auto created = createTrainingCertificate(dir.filePath(QStringLiteral("cert")), options);
        if (!created) {
            error = created.error().message;
            return;
        }
        p12Path = created->pkcs12Path;
        auto imported = importPkcs12(p12Path, options.passphrase);
        if (!imported) {
            error = imported.error().message();
            return;
        }
        identity = *imported;
    }
};

/// The whole command as `mla-writer-cli sign` runs it: read the PKCS#12 file, read the PDF, sign,
/// re-verify and write the new file through SafeSave. Target: <= 50 ms for 30 pages.
void signFile(benchmark::State &state, TrainingCertificateOptions::KeyType keyType, bool visible)
{
    Fixture f(keyType);
    if (!f.error.isEmpty()) {
        state.SkipWithError(f.error.toUtf8().constData());
        return;
    }
    SigningOptions options;
    options.pkcs12Path = f.p12Path;
    options.passphrase = Secret::fromString(QStringLiteral("bench"));
    options.reason = QStringLiteral("Author of the request");
    options.signerCapacity = QStringLiteral("Senior Public Prosecutor");
    options.visible = visible;
    const QString out = f.dir.filePath(QStringLiteral("signed.pdf"));
    for (auto _ : state) {
        auto signedPdf = PdfSigner::sign(f.pdfPath, out, options);
        if (!signedPdf) {
            state.SkipWithError(signedPdf.error().message().toUtf8().constData());
            break;
        }
        benchmark::DoNotOptimize(signedPdf->size);
    }
    state.counters["pages"] = f.pages;
    state.counters["KiB"] = static_cast<double>(f.pdf.size()) / 1024.0;
}

void BM_SignFile30PagesRsa3072(benchmark::State &state)
{
    signFile(state, TrainingCertificateOptions::KeyType::Rsa3072, false);
}
BENCHMARK(BM_SignFile30PagesRsa3072)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(20)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);

void BM_SignFile30PagesRsa3072Visible(benchmark::State &state)
{
    signFile(state, TrainingCertificateOptions::KeyType::Rsa3072, true);
}
BENCHMARK(BM_SignFile30PagesRsa3072Visible)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(20)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);

void BM_SignFile30PagesEcP256(benchmark::State &state)
{
    signFile(state, TrainingCertificateOptions::KeyType::EcP256, false);
}
BENCHMARK(BM_SignFile30PagesEcP256)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(20)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);

/// Signing in memory with an identity imported once (the GUI's path): no file or PKCS#12 work.
void BM_SignData30Pages(benchmark::State &state)
{
    Fixture f(TrainingCertificateOptions::KeyType::Rsa3072);
    if (!f.error.isEmpty()) {
        state.SkipWithError(f.error.toUtf8().constData());
        return;
    }
    SigningOptions options;
    for (auto _ : state) {
        auto signedPdf = PdfSigner::signData(f.pdf, f.identity, options);
        if (!signedPdf) {
            state.SkipWithError(signedPdf.error().message().toUtf8().constData());
            break;
        }
        benchmark::DoNotOptimize(signedPdf->size());
    }
}
BENCHMARK(BM_SignData30Pages)->Unit(benchmark::kMillisecond)->Iterations(20);

/// Verifying the signed 30-page file (both signatures' digests and CMS).
void BM_Verify30Pages(benchmark::State &state)
{
    Fixture f(TrainingCertificateOptions::KeyType::Rsa3072);
    if (!f.error.isEmpty()) {
        state.SkipWithError(f.error.toUtf8().constData());
        return;
    }
    auto once = PdfSigner::signData(f.pdf, f.identity, {});
    auto twice = once ? PdfSigner::signData(*once, f.identity, {}) : once;
    if (!twice) {
        state.SkipWithError(twice.error().message().toUtf8().constData());
        return;
    }
    for (auto _ : state) {
        auto report = PdfVerifier::verifyData(*twice);
        benchmark::DoNotOptimize(report.ok());
    }
}
BENCHMARK(BM_Verify30Pages)->Unit(benchmark::kMillisecond)->Iterations(20);

} // namespace
