// Speed targets of core, measured with Google Benchmark (never with timed unit tests):
//   validation of a large request against the layered templates: <= 1 ms median;
//   PDF export of a 30-page request: <= 150 ms.
#include "benchrequests.h"
#include "demo/democase.h"
#include "export/lettercomposer.h"
#include "export/pdfwriter.h"
#include "model/requestform.h"
#include "validation/requestchecker.h"

#include <benchmark/benchmark.h>


using namespace mla::core;

namespace {


/// Validation as the editor runs it on every keystroke: templates of all layers plus the requested
/// state's pack (France: its own pack), through the RequestChecker.
void BM_ValidateDemoRequest(benchmark::State &state)
{
    const Request request = DemoCase::generalMlaRequest();
    const RequestChecker checker = RequestChecker::builtIn().value();
    for (auto _ : state) {
        benchmark::DoNotOptimize(checker.check(request));
    }
}
BENCHMARK(BM_ValidateDemoRequest)->Unit(benchmark::kMicrosecond);

/// Target: <= 1 ms median for 50 persons, 30 measures and 20 offences against a layered pack.
void BM_ValidateLargeRequest(benchmark::State &state)
{
    Request request = mla::bench::tableHeavyRequest();
    // Spain's pack makes the dual-criminality and language rules read pack facts too.
    request.values.insert(QStringLiteral("addressee.state"), QStringLiteral("ES"));
    const RequestChecker checker = RequestChecker::builtIn().value();
    int findings = 0;
    for (auto _ : state) {
        const ValidationReport report = checker.check(request);
        findings = static_cast<int>(report.findings.size());
        benchmark::DoNotOptimize(report);
    }
    state.counters["findings"] = findings;
}
BENCHMARK(BM_ValidateLargeRequest)->Unit(benchmark::kMicrosecond)->Repetitions(5)->ReportAggregatesOnly(true);

/// Target: a 30-page request to PDF/A in <= 150 ms (compose + render). Arg 0: the long request as
/// prosecutors write them (mostly facts); arg 1: the table-heavy extreme (50 persons, 30 measures).
void BM_ExportPdf30Pages(benchmark::State &state)
{
    const Request request = state.range(0) == 0 ? mla::bench::thirtyPageRequest() : mla::bench::tableHeavyRequest();
    const RequestForm form = RequestForm::builtIn(request.typeId).value();
    int pages = 0;
    for (auto _ : state) {
        auto document = composeLetter(request, form);
        auto pdf = renderPdf(*document);
        if (!pdf) {
            state.SkipWithError(pdf.error().message.toUtf8().constData());
            break;
        }
        pages = static_cast<int>(pdf->count("/Type /Page\n") + pdf->count("/Type /Page "));
        benchmark::DoNotOptimize(pdf->size());
    }
    state.counters["pages"] = pages;
}
BENCHMARK(BM_ExportPdf30Pages)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(10);

} // namespace
