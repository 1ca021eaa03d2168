#!/usr/bin/env bash
# Refreshes the README's screenshots: runs the GUI test (offscreen), which writes a screenshot of
# every page into the build tree, and copies the ones the README shows into docs/screenshots.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build --preset default --target tst_gui tst_gui_watch tst_gui_admin >/dev/null
QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 build/default/tests/tst_gui >/dev/null
QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 build/default/tests/tst_gui_watch >/dev/null
QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 build/default/tests/tst_gui_admin >/dev/null
mkdir -p docs/screenshots
for shot in 01-start 02-form 03-live 04-result 06-details-transcript 07-details-certificate \
    10-explain-tls 11-route 13-error-result 14-start-german 15-result-dark 16-result-german \
    17-admin-view 18-ports-page 19-watch-chart; do
    cp "build/default/tests/screenshots/$shot.png" docs/screenshots/
done
echo "docs/screenshots refreshed"
