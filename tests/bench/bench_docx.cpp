// Speed of the letter writers on a 30-page request, measured with Google Benchmark:
//   PDF of 30 pages: <= 150 ms; the app's PDF and DOCX together at least 20 times faster than
//   LibreOffice converting that DOCX to PDF (tests/bench/compare_soffice.sh runs that comparison).
//
//   bench_docx [benchmark flags]                   runs the benchmarks
//   bench_docx --write-docx=PATH [--write-pdf=PATH] writes the benchmarked request and exits
#include "benchrequests.h"
#include "demo/democase.h"
#include "export/docxwriter.h"
#include "export/lettercomposer.h"
#include "export/pdfwriter.h"
#include "model/requestform.h"

#include <benchmark/benchmark.h>

#include <QDate>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>

using namespace mla::core;

namespace {

/// About 30 pages in the PDF.
ComposedDocument largeLetter()
{
    const Request request = mla::bench::thirtyPageRequest();
    const RequestForm form = RequestForm::builtIn(request.typeId).value();
    return composeLetter(request, form).value();
}

void BM_ComposeLetter30Pages(benchmark::State &state)
{
    const Request request = mla::bench::thirtyPageRequest();
    const RequestForm form = RequestForm::builtIn(request.typeId).value();
    for (auto _ : state) {
        benchmark::DoNotOptimize(composeLetter(request, form));
    }
}
BENCHMARK(BM_ComposeLetter30Pages)->Unit(benchmark::kMillisecond);

void BM_RenderDocx30Pages(benchmark::State &state)
{
    const ComposedDocument document = largeLetter();
    qsizetype bytes = 0;
    for (auto _ : state) {
        const Result<QByteArray> docx = renderDocx(document);
        if (!docx) {
            state.SkipWithError(docx.error().message.toUtf8().constData());
            break;
        }
        bytes = docx->size();
        benchmark::DoNotOptimize(docx->constData());
    }
    state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_RenderDocx30Pages)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);

void BM_RenderPdf30Pages(benchmark::State &state)
{
    const ComposedDocument document = largeLetter();
    int pages = 0;
    for (auto _ : state) {
        const Result<QByteArray> pdf = renderPdf(document);
        if (!pdf) {
            state.SkipWithError(pdf.error().message.toUtf8().constData());
            break;
        }
        pages = static_cast<int>(pdf->count("/Type /Page\n") + pdf->count("/Type /Page "));
        benchmark::DoNotOptimize(pdf->constData());
    }
    state.counters["pages"] = pages;
}
BENCHMARK(BM_RenderPdf30Pages)->Unit(benchmark::kMillisecond)->Iterations(5)->Repetitions(3)->ReportAggregatesOnly(true);

/// A DOCX of a megabyte of text in one paragraph: building the XML must stay linear.
void BM_RenderDocxMegabyteParagraph(benchmark::State &state)
{
    ComposedDocument document;
    document.title = QStringLiteral("Long");
    QString text;
    while (text.size() < (1 << 20)) {
        text += QStringLiteral("A long paragraph with <markup> & more. ");
    }
    document.sections.append({QStringLiteral("Facts"), {DocumentBlock::paragraph(text, 1)}});
    for (auto _ : state) {
        benchmark::DoNotOptimize(renderDocx(document));
    }
}
BENCHMARK(BM_RenderDocxMegabyteParagraph)->Unit(benchmark::kMillisecond);

/// The value of "--name=VALUE" among @p argv, or an empty string.
QString option(int argc, char **argv, const char *name)
{
    const std::size_t length = std::strlen(name);
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], name, length) == 0 && argv[i][length] == '=') {
            return QString::fromLocal8Bit(argv[i] + length + 1);
        }
    }
    return {};
}

/// Writes the benchmarked letter for compare_soffice.sh; returns the exit code.
int writeFiles(const QString &docxPath, const QString &pdfPath)
{
    const ComposedDocument document = largeLetter();
    if (!docxPath.isEmpty()) {
        if (const Result<void> written = writeDocx(document, docxPath); !written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
            return 1;
        }
    }
    if (!pdfPath.isEmpty()) {
        if (const Result<void> written = writePdf(document, pdfPath); !written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
            return 1;
        }
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    const QString docxPath = option(argc, argv, "--write-docx");
    const QString pdfPath = option(argc, argv, "--write-pdf");
    if (!docxPath.isEmpty() || !pdfPath.isEmpty()) {
        return writeFiles(docxPath, pdfPath);
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
