#!/usr/bin/env bash
# Quick start, part 1: install what is missing, build, and run Portolan.
#   scripts/run.sh                          the desktop app
#   scripts/run.sh check smtp.example.org   the command line (any portolan-cli arguments)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake --preset default >/dev/null
if [ $# -eq 0 ]; then
    cmake --build --preset default --target portolan >/dev/null
    exec build/default/app/portolan
fi
cmake --build --preset default --target portolan-cli >/dev/null
exec build/default/app/portolan-cli "$@"
