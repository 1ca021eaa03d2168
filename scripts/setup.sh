#!/usr/bin/env bash
# Installs what Portolan needs to build and test, skipping what is already there.
# Debian 12 / Ubuntu 24.04 (Qt 6.4 or later). Runs apt-get as root (through sudo when not root).
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev libssl-dev libunbound-dev openssl
    qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev
    fonts-dejavu-core desktop-file-utils appstream dpkg-dev file gnome-keyring dbus-daemon dbus-bin
    clang-14 libfuzzer-14-dev libclang-rt-14-dev clang-format
    python3 python3-jsonschema util-linux libqt6sql6-sqlite sqlite3
    postfix dovecot-core dovecot-imapd dovecot-pop3d dovecot-managesieved swaks libnet-ssleay-perl
    nsd ldnsutils dns-root-data
    # qt6-httpserver-dev needs qt6-websockets-dev for its CMake package but does not depend on it.
    qt6-httpserver-dev qt6-websockets-dev prometheus prometheus-blackbox-exporter
    # qt6-charts-dev likewise needs libqt6opengl6-dev for its CMake package.
    qt6-charts-dev libqt6opengl6-dev
    nginx-light curl iproute2
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -gt 0 ]; then
    echo "portolan: installing ${missing[*]}" >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    # Postfix as a package only: the tests start their own instances with their own config.
    echo "postfix postfix/main_mailer_type select No configuration" | $sudo debconf-set-selections
    # Packages only: no mail, DNS or web service is started on the system's ports (the tests start
    # their own on high ports). A policy-rc.d that refuses service starts does that during the
    # install; one that is already there (containers have it) is left alone.
    policy=/usr/sbin/policy-rc.d
    ours=""
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
        $sudo chmod +x "$policy"
        ours=1
    fi
    $sudo apt-get update -qq
    status=0
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || status=$?
    [ -z "$ours" ] || $sudo rm -f "$policy"
    [ "$status" -eq 0 ] || exit "$status"
    # Nor at the next boot: the services this script installed stay off.
    if [ -d /run/systemd/system ]; then
        for unit in nsd dovecot postfix nginx prometheus prometheus-blackbox-exporter; do
            case " ${missing[*]} " in
            *" $unit "* | *" $unit-core "* | *" $unit-light "*) $sudo systemctl disable --now "$unit" >/dev/null 2>&1 || true ;;
            esac
        done
    fi
fi
