#!/usr/bin/env bash
# The Prometheus examples in docs/examples are what Prometheus accepts: the scrape config and
# the alerting rules pass promtool, and the rules fire as tests/integration/prometheus/
# alerts_test.yml expects. Exit 77 (skipped) without promtool.
# Usage: check-examples.sh SOURCE_DIR
set -euo pipefail
src=$1
command -v promtool >/dev/null || { echo "promtool (Debian prometheus) is not installed"; exit 77; }
promtool check config "$src/docs/examples/prometheus.yml"
promtool check rules "$src/docs/examples/portolan-alerts.yml"
(cd "$src/tests/integration/prometheus" && promtool test rules alerts_test.yml)
python3 -m json.tool "$src/docs/examples/monitor.json" >/dev/null
echo "examples ok"
