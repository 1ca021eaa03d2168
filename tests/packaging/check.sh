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
    ./usr/share/icons/hicolor/scalable/apps/org.portolan.Portolan.svg \
    ./usr/lib/systemd/system/portolan-monitor.service \
    ./usr/lib/systemd/user/portolan-monitor.service \
    ./usr/share/doc/portolan/examples/monitor.json \
    ./usr/share/doc/portolan/examples/prometheus.yml \
    ./usr/share/doc/portolan/examples/portolan-alerts.yml; do
    grep -q " $path\$" <<<"$contents" || { echo "missing from the package: $path" >&2; exit 1; }
done
# The packaged programs run from where the package puts them.
dpkg-deb -x "$deb" "$out/root"
"$out/root/usr/bin/portolan-cli" --version >/dev/null
"$out/root/usr/bin/portolan-cli" monitor --help | grep -q -- "--metrics" ||
    { echo "the packaged portolan-cli has no monitor --metrics" >&2; exit 1; }
QT_QPA_PLATFORM=offscreen PORTOLAN_STARTUP_PROBE=1 "$out/root/usr/bin/portolan" 2>/dev/null |
    grep -q "interactive after" || { echo "the packaged portolan did not start" >&2; exit 1; }
# The monitor's units as packaged are valid systemd units (their ExecStart pointed at the
# extracted program, which is not installed on this machine).
if command -v systemd-analyze >/dev/null; then
    mkdir -p "$out/units/system" "$out/units/user" "$out/run"
    for kind in system user; do
        sed "s|/usr/bin/portolan-cli|$out/root/usr/bin/portolan-cli|" \
            "$out/root/usr/lib/systemd/$kind/portolan-monitor.service" \
            >"$out/units/$kind/portolan-monitor.service"
    done
    grep -q "^ExecStart=$out/root/usr/bin/portolan-cli monitor --config " \
        "$out/units/system/portolan-monitor.service" || { echo "the system unit runs no monitor" >&2; exit 1; }
    systemd-analyze verify "$out/units/system/portolan-monitor.service"
    XDG_RUNTIME_DIR="$out/run" systemd-analyze --user verify "$out/units/user/portolan-monitor.service"
    # A network probe's hardening: systemd's own exposure score stays "OK" (below 2).
    exposure=$(systemd-analyze security --offline=true "$out/units/system/portolan-monitor.service" 2>/dev/null |
        sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p')
    awk -v e="$exposure" 'BEGIN { exit !(e != "" && e < 2) }' ||
        { echo "the system unit's exposure is ${exposure:-unknown}" >&2; exit 1; }
fi
depends=$(dpkg-deb -f "$deb" Depends)
grep -q "libqt6widgets6" <<<"$depends" || { echo "Depends lacks Qt Widgets: $depends" >&2; exit 1; }
echo "package ok: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB), Depends: $depends"
