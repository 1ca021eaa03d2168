#!/usr/bin/env bash
# Runs a command inside a network namespace of its own with the discovery test bed up around it:
# loopback only (nothing can leave), ports 53, 80 and 443 free for NSD and nginx.
#   discovery-netns.sh STATE CERTS COMMAND [ARG...]
# The command sees PORTOLAN_DISCOVERY_BED=STATE/bed.env. Needs root (unshare --net, ports < 1024,
# Postfix and Dovecot).
set -euo pipefail
state=${1:?usage: discovery-netns.sh STATE CERTS COMMAND [ARG...]}
certs=${2:?certificate directory}
shift 2
[ $# -gt 0 ] || { echo "discovery-netns.sh: no command" >&2; exit 2; }
if [ "$(id -u)" -ne 0 ]; then
    echo "discovery-netns.sh: needs root (a network namespace, ports 53/80/443, Postfix and Dovecot)" >&2
    exit 1
fi
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bed=$here/../fixtures/discoverybed.sh
mkdir -p "$state"
state=$(cd "$state" && pwd)
# shellcheck disable=SC2016 # expanded by the inner shell
exec unshare --net -- bash -c '
    set -u
    bed=$1 state=$2 certs=$3
    shift 3
    ip link set lo up
    trap "\"$bed\" stop \"$state\"" EXIT
    "$bed" start "$state" "$certs" || exit 1
    PORTOLAN_DISCOVERY_BED=$state/bed.env "$@"
' discovery-netns "$bed" "$state" "$certs" "$@"
