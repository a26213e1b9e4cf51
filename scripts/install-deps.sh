#!/usr/bin/env bash
# Installs every Debian 12 package the build, the app and the test suite need.
# Idempotent: packages already present are skipped by apt.
set -euo pipefail

build_pkgs=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-pdf-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-svg-dev qt6-translations-l10n
  libicu-dev libsqlite3-dev libssl-dev libqpdf-dev libzip-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  fonts-noto-core fonts-noto-cjk fonts-dejavu-core
)
test_pkgs=(
  poppler-utils qpdf xvfb xauth x11-apps imagemagick python3-docx unzip
  libnss3-tools openjdk-17-jre-headless libpdfbox2-java libactivation-java libjaxb-api-java
  sqlite3 openssl libreoffice-writer-nogui desktop-file-utils appstream
)

want=("${build_pkgs[@]}")
if [[ "${1:-}" == "--with-test-tools" ]]; then
  want+=("${test_pkgs[@]}")
fi

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#want[@]} packages present"
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
