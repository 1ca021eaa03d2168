#!/usr/bin/env bash
# Quick start, part 2: install what is missing, build, and run the whole test suite: the normal
# build first, then the AddressSanitizer + UndefinedBehaviorSanitizer build (clang, with the
# libFuzzer targets). Exits non-zero when any test fails.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh || exit 1

status=0
for preset in default asan; do
    echo "== $preset: configure and build"
    if ! cmake --preset "$preset" >/dev/null || ! cmake --build --preset "$preset"; then
        echo "== $preset: the build failed"
        status=1
        continue
    fi
    echo "== $preset: tests"
    ctest --preset "$preset" || status=1
done
exit $status
