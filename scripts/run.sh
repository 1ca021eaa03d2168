#!/usr/bin/env bash
# Quick start, part 1: install what is missing, build, and run Portolan with the given arguments,
# e.g.  scripts/run.sh check smtp.example.org
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake --preset default >/dev/null
cmake --build --preset default --target portolan-cli >/dev/null
exec build/default/app/portolan-cli "${@:---help}"
