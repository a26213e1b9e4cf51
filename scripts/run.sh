#!/usr/bin/env bash
# README command 1: installs what is needed, builds, and starts the app on its embedded default
# (your own case file under the platform's app-data folder, created with the demo case on first start).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
exec "$root/build/app/mla-writer" "$@"
