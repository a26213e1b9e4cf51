#!/bin/sh
# The issue's side-by-side benchmark, in one run: the app exporting a 30-page request to PDF and
# to DOCX (in process, Google Benchmark medians) against LibreOffice converting that same DOCX to
# PDF (`soffice --headless --convert-to pdf`, 3 runs, each with a fresh profile, as a server
# would run it). Targets: PDF of 30 pages <= 150 ms; the app's PDF and DOCX together at least
# 20 times faster than the conversion.
#
#   tests/bench/compare_soffice.sh [BUILD_DIR]
#
# BUILD_DIR is a Release build with the target bench_docx built (default: build-rel).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build-rel}
bench=$build/tests/bench/bench_docx
python=/usr/bin/python3

if [ ! -x "$bench" ]; then
    echo "compare_soffice: $bench is missing; build the target bench_docx first" >&2
    exit 2
fi
if ! command -v soffice >/dev/null 2>&1; then
    echo "compare_soffice: soffice is not installed (package libreoffice-writer-nogui)" >&2
    exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/mla-compare-soffice.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

"$bench" --write-docx="$work/request.docx" --write-pdf="$work/app.pdf"
"$bench" --benchmark_filter='BM_(ComposeLetter|RenderDocx|RenderPdf)30Pages' \
    --benchmark_out="$work/bench.json" --benchmark_out_format=json >/dev/null

soffice_ms=""
for run in 1 2 3; do
    # A profile and HOME per run: conversions sharing a profile silently lose output.
    mkdir -p "$work/home-$run" "$work/out-$run"
    start=$(date +%s%N)
    HOME="$work/home-$run" soffice --headless "-env:UserInstallation=file://$work/profile-$run" \
        --convert-to pdf --outdir "$work/out-$run" "$work/request.docx" >/dev/null 2>&1
    end=$(date +%s%N)
    if [ ! -s "$work/out-$run/request.pdf" ]; then
        echo "compare_soffice: soffice produced no PDF in run $run" >&2
        exit 1
    fi
    soffice_ms="$soffice_ms $(((end - start) / 1000000))"
done

pages() {
    if command -v pdfinfo >/dev/null 2>&1; then
        pdfinfo "$1" | awk '/^Pages:/ { print $2 }'
    else
        echo "?"
    fi
}

"$python" - "$work/bench.json" "$(pages "$work/app.pdf")" "$(pages "$work/out-1/request.pdf")" \
    "$(stat -c %s "$work/request.docx")" $soffice_ms <<'PY'
import json
import statistics
import sys

bench_file, app_pages, lo_pages, docx_bytes = sys.argv[1:5]
soffice = [float(ms) for ms in sys.argv[5:]]
with open(bench_file) as f:
    results = json.load(f)["benchmarks"]

def ms(name):
    """The median wall time of a benchmark in ms, or its single result when it has no repetitions."""
    runs = [e for e in results if e["run_name"].split("/")[0] == name]
    medians = [e for e in runs if e.get("aggregate_name") == "median"]
    chosen = medians or [e for e in runs if e.get("run_type") == "iteration"]
    if not chosen:
        raise SystemExit("compare_soffice: no result for " + name)
    factor = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}[chosen[0]["time_unit"]]
    return chosen[0]["real_time"] * factor

compose = ms("BM_ComposeLetter30Pages")
pdf = ms("BM_RenderPdf30Pages")
docx = ms("BM_RenderDocx30Pages")
# Each export composes the letter itself, so both pay for it.
app = 2 * compose + pdf + docx
lo = statistics.median(soffice)

print(f"30-page request: app PDF {app_pages} pages, DOCX {int(docx_bytes) // 1024} KiB, "
      f"LibreOffice PDF {lo_pages} pages")
print(f"  compose letter           {compose:8.1f} ms")
print(f"  render PDF (app)         {pdf:8.1f} ms   target <= 150 ms: {'met' if pdf <= 150 else 'NOT met'}")
print(f"  render DOCX (app)        {docx:8.1f} ms")
print(f"  app total, PDF + DOCX    {app:8.1f} ms   (compose counted twice)")
print(f"  soffice DOCX -> PDF      {lo:8.1f} ms   median of {', '.join(f'{t:.0f}' for t in soffice)} ms")
ratio = lo / app
print(f"  ratio                    {ratio:8.1f} x   target >= 20 x: {'met' if ratio >= 20 else 'NOT met'}")
print(f"  ratio, DOCX alone        {lo / (compose + docx):8.1f} x")
PY
