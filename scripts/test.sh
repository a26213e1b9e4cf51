#!/usr/bin/env bash
# README command 2: installs the build and test dependencies, builds from scratch-safe state,
# and runs the whole test suite (unit, UI offscreen, CLI, PDF/A oracles). .ci/run calls this.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh" --with-test-tools
"$root/scripts/build.sh"
cd "$root/build"
# LibreOffice and the JVM want a writable home; CI may run with a read-only or odd HOME.
export HOME="${HOME:-/tmp}"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
