#!/usr/bin/env bash
# Configures and builds the project into build/ (Release by default).
# Usage: scripts/build.sh [build-type]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_type="${1:-RelWithDebInfo}"
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" >/dev/null
cmake --build "$root/build" --parallel "$(nproc)"
