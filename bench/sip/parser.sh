#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# parser.sh SIP_BENCH CAPTURE... - the userspace SIP/SDP parse core over the
# corpus's SIP messages (`make bench` builds SIP_BENCH and passes the
# captures of $(SIP_CORPUS)/pcap/sip and pcap/fuzz):
#   - throughput, MB/s and messages/s, of parse + SDP and of parse + SDP +
#     plan + apply + the property checks (tests/sip/sip_bench.c, about a
#     second each; depends on the machine and its load);
#   - instructions per byte and per message of parse + SDP, counted by
#     callgrind over one pass (bench_pass() only): independent of load.
set -u

[ $# -ge 2 ] || { sed -n '4,11p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
BENCH=$1
shift
[ -x "$BENCH" ] || { echo "parser: $BENCH is not built (make bench builds it)" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "parser: valgrind is missing (tools/deps)" >&2; exit 2; }

W=$(mktemp -d /tmp/sipbench.XXXXXX)
trap 'rm -rf "$W"' EXIT

echo "== SIP parse core throughput ($(nproc) cores, $(uname -m))"
"$BENCH" "$@" || exit 1

echo "== callgrind, one pass of parse + SDP"
valgrind --tool=callgrind --toggle-collect=bench_pass \
	--callgrind-out-file="$W/cg.out" "$BENCH" --once "$@" > "$W/once.out" 2> "$W/vg.err" ||
	{ cat "$W/vg.err" >&2; exit 1; }
# "N SIP messages, B bytes" from the program, "Collected : I" from callgrind
read -r msgs bytes < <(awk '/SIP messages,/ { print $1, $4 }' "$W/once.out")
ir=$(awk '/Collected :/ { print $NF }' "$W/vg.err")
if [ -z "${ir:-}" ] || [ -z "${bytes:-}" ] || [ "$bytes" -eq 0 ]; then
	echo "parser: no instruction count from callgrind" >&2; cat "$W/vg.err" >&2; exit 1
fi
awk -v ir="$ir" -v b="$bytes" -v m="$msgs" 'BEGIN {
	printf "%d instructions for %d messages, %d bytes: %.1f instructions/byte, %.0f instructions/message\n",
		ir, m, b, ir / b, ir / m }'
