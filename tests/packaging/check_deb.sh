#!/bin/sh
# Builds the Debian package from a built tree with CPack and checks what a user would install:
# the programs, the desktop entry, AppStream metadata, MIME type, icon and copyright, the
# dependencies dpkg-shlibdeps found, nothing of the tests, and a CLI that runs from the package.
#
#   tests/packaging/check_deb.sh BUILD_DIR APP_ID
set -eu

build=$1
id=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/mla-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

fail() {
    echo "check_deb: $*" >&2
    exit 1
}

if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack failed"
fi
deb=$(ls "$work"/out/*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "cpack made no .deb"

dpkg-deb -c "$deb" | awk '{ print $NF }' >"$work/contents"
for file in ./usr/bin/mla-writer ./usr/bin/mla-writer-cli \
    "./usr/share/applications/$id.desktop" "./usr/share/metainfo/$id.metainfo.xml" \
    "./usr/share/mime/packages/$id.mime.xml" "./usr/share/icons/hicolor/scalable/apps/$id.svg" \
    ./usr/share/doc/mla-request-writer/copyright; do
    grep -qx "$file" "$work/contents" || fail "$file is not in the package"
done
if grep -q 'test_\|bench_\|/include/' "$work/contents"; then
    fail "tests, benchmarks or headers are in the package: $(grep 'test_\|bench_\|/include/' "$work/contents" | head -n 3)"
fi

[ "$(dpkg-deb -f "$deb" Package)" = "mla-request-writer" ] || fail "wrong package name"
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libqt6widgets6 libqt6gui6 libsqlite3-0 libssl3 libqpdf29 libzip4 libicu72 qt6-qpa-plugins libqt6svg6; do
    echo "$depends" | grep -q "$needed" || fail "Depends lacks $needed: $depends"
done

dpkg-deb -x "$deb" "$work/root"
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$work/root/usr/share/applications/$id.desktop" || fail "desktop entry is not valid"
fi
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net "$work/root/usr/share/metainfo/$id.metainfo.xml" >"$work/appstream.log" 2>&1 ||
        { cat "$work/appstream.log" >&2; fail "AppStream metadata is not valid"; }
fi
version=$(QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/mla-writer-cli" --version 2>&1) ||
    fail "the packaged CLI does not run: $version"
echo "$version" | grep -q "$(dpkg-deb -f "$deb" Version)" || fail "version mismatch: $version"
echo "check_deb: $(basename "$deb") is complete ($(wc -l <"$work/contents") entries)"
