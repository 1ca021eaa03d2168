#!/usr/bin/env bash
# Packaging checks: the .desktop file and the AppStream metainfo validate, and `cpack -G DEB`
# makes a package that installs both programs with their desktop integration.
# Usage: check.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src=$1
build=$2
desktop-file-validate "$src/installers/linux/org.portolan.Portolan.desktop"
appstreamcli validate --no-net --pedantic "$src/installers/linux/org.portolan.Portolan.metainfo.xml"

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/*.deb)
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/portolan ./usr/bin/portolan-cli \
    ./usr/share/applications/org.portolan.Portolan.desktop \
    ./usr/share/metainfo/org.portolan.Portolan.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/org.portolan.Portolan.svg; do
    grep -q " $path\$" <<<"$contents" || { echo "missing from the package: $path" >&2; exit 1; }
done
# The packaged programs run from where the package puts them.
dpkg-deb -x "$deb" "$out/root"
"$out/root/usr/bin/portolan-cli" --version >/dev/null
QT_QPA_PLATFORM=offscreen PORTOLAN_STARTUP_PROBE=1 "$out/root/usr/bin/portolan" 2>/dev/null |
    grep -q "interactive after" || { echo "the packaged portolan did not start" >&2; exit 1; }
depends=$(dpkg-deb -f "$deb" Depends)
grep -q "libqt6widgets6" <<<"$depends" || { echo "Depends lacks Qt Widgets: $depends" >&2; exit 1; }
echo "package ok: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB), Depends: $depends"
