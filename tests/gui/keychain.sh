#!/usr/bin/env bash
# Runs a test inside a private D-Bus session with a gnome-keyring of its own (a Secret Service,
# unlocked with a throw-away password, its files in a temporary home): the keychain QtKeychain
# talks to on a Linux desktop. The daemon is stopped by its PID afterwards.
# Usage: keychain.sh TEST [ARGS...]
set -euo pipefail
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_DATA_HOME=$home/.local/share XDG_RUNTIME_DIR=$home/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- bash -c '
    printf "portolan-test-keyring" |
        gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
    keyring=$!
    for _ in $(seq 100); do
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
            grep -q "boolean true" && break
        sleep 0.1
    done
    status=0
    "$@" || status=$?
    kill "$keyring" 2>/dev/null || true
    wait "$keyring" 2>/dev/null || true
    exit $status' keychain "$@" 2> >(grep -v "Failed to set fd limit" >&2)
