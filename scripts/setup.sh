#!/usr/bin/env bash
# Installs what Portolan needs to build and test, skipping what is already there.
# Debian 12 / Ubuntu 24.04 (Qt 6.4 or later). Runs apt-get as root (through sudo when not root).
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev libssl-dev libunbound-dev openssl
    clang-14 libfuzzer-14-dev libclang-rt-14-dev clang-format
    python3 python3-jsonschema util-linux
    postfix dovecot-core dovecot-imapd dovecot-pop3d dovecot-managesieved swaks
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
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
