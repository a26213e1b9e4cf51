// Speed targets of core, measured with Google Benchmark (never with timed unit tests):
//   validation of a large request against the layered templates: <= 1 ms median;
//   PDF export of a 30-page request: <= 150 ms.
#include "demo/democase.h"
#include "export/lettercomposer.h"
#include "export/pdfwriter.h"
#include "model/requestform.h"
#include "validation/requestchecker.h"

#include <benchmark/benchmark.h>

#include <QGuiApplication>

using namespace mla::core;

namespace {

/// The demo request blown up to 50 persons, 30 measures and 20 offences, with long facts.
Request largeRequest(int factParagraphs)
{
    Request r = DemoCase::generalMlaRequest();
    const auto person = r.items(QStringLiteral("persons")).first();
    const auto measure = r.items(QStringLiteral("measures")).first();
    const auto offence = r.items(QStringLiteral("offences")).first();
    QList<CollectionItem> persons, measures, offences;
    for (int i = 0; i < 50; ++i) {
        CollectionItem p = person;
        p.id = 1000 + i;
        p.values.insert(QStringLiteral("familyName"), QStringLiteral("Person %1").arg(i));
        persons << p;
    }
    for (int i = 0; i < 30; ++i) {
        CollectionItem m = measure;
        m.id = 2000 + i;
        measures << m;
    }
    for (int i = 0; i < 20; ++i) {
        CollectionItem o = offence;
        o.id = 3000 + i;
        offences << o;
    }
    r.collections.insert(QStringLiteral("persons"), persons);
    r.collections.insert(QStringLiteral("measures"), measures);
    r.collections.insert(QStringLiteral("offences"), offences);
    QString facts;
    for (int i = 0; i < factParagraphs; ++i) {
        facts += r.value(QStringLiteral("facts.summary")) + QStringLiteral("\n\n");
    }
    r.values.insert(QStringLiteral("facts.summary"), facts);
    return r;
}

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
    Request request = largeRequest(4);
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

void BM_ExportPdf30Pages(benchmark::State &state)
{
    const Request request = largeRequest(12);
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
BENCHMARK(BM_ExportPdf30Pages)->Unit(benchmark::kMillisecond)->Iterations(10);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
