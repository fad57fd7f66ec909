#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# The historical bug shapes (tests/<proto>/history_vectors.h) through the
# kernel helper.  Runs inside the vmrun guest, as root:
#
#   tests/vm/vmrun [--kernel 6.12] -- tests/vm/history/run.sh [--intree] [ftp sip h323]
#
# The rows come from .cache/history/<proto>.tsv (`make history-vectors`,
# tests/lib/history_dump.c).  Each row's bytes go from the side that sends
# them to the other through the router, which runs our helper and
# translates the client's addresses; replay.py checks that the row's
# counter in /proc/net/nfhelpers/<proto> moved by one and what arrived
# (Documentation/testing.rst, "Historical bug shapes").  Then the negative
# control: the same replay expecting each counter unmoved and one byte of
# each arrival changed must fail every row, both checks.  --intree: the
# same bytes through the in-tree helper afterwards, shown (SKIP), not
# judged: it has no such counters.
#
# The rows' own addresses (FTP: client 10.0.0.1, server 10.0.0.2; SIP and
# H.323: client 192.168.1.2, server 198.51.100.20) on both ends:
#
#  client                      router                           server
#  10.0.0.1/32         192.168.1.1/24    198.51.100.1/24        10.0.0.2/32
#  192.168.1.2/24      192.168.100.1/24  (10.0.0.2: r-s)        198.51.100.20/24
#  192.168.100.200/24  (10.0.0.1: r-c)
#  [c0] ------------------- [r-c]          [r-s] ------------------- [s0]
#
# SNAT out of r-s: 10.0.0.1 -> 10.0.9.1, 192.168.1.2 -> 203.0.113.7 (the
# SIP rows' public address), 192.168.100.200 -> 1.2.3.4 (shrink_rewrite's).
set -u

HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=../lib.sh
. "$HERE/../lib.sh"
ROOT=$(cd "$HERE/../../.." && pwd)
VECTORS=${NFH_HISTORY_DIR:-$ROOT/.cache/history}
PY=("${PYTHON:-/usr/bin/python3}" -S)

topo_up() {
	ns_add client router server || return 1
	ip -batch - <<-EOF || return 1
	link add c0 netns $(ns client) type veth peer name r-c netns $(ns router)
	link add s0 netns $(ns server) type veth peer name r-s netns $(ns router)
	EOF
	ipb router <<-EOF || return 1
	link set r-c up
	link set r-s up
	addr add 192.168.1.1/24 dev r-c
	addr add 192.168.100.1/24 dev r-c
	addr add 198.51.100.1/24 dev r-s
	route add 10.0.0.1/32 dev r-c
	route add 10.0.0.2/32 dev r-s
	EOF
	ipb client <<-EOF || return 1
	link set c0 up
	addr add 10.0.0.1/32 dev c0
	addr add 192.168.1.2/24 dev c0
	addr add 192.168.100.200/24 dev c0
	route add default via 192.168.1.1
	EOF
	ipb server <<-EOF || return 1
	link set s0 up
	addr add 10.0.0.2/32 dev s0
	addr add 198.51.100.20/24 dev s0
	route add default via 198.51.100.1
	EOF
	n_router sysctl -qw net.ipv4.ip_forward=1 || return 1
	n_router sysctl -qw net.netfilter.nf_conntrack_helper=0 2>/dev/null
	wait_for 10 "pingable client 198.51.100.20"
}

# router_rules PROTO: its helpers on its ports from the client, the SNAT
router_rules() {
	local f=$NFH_WORK/router.nft
	{
		echo "table inet nfh {"
		case $1 in
		ftp) echo '	ct helper h-tcp { type "ftp" protocol tcp; }' ;;
		sip) echo '	ct helper h-tcp { type "sip" protocol tcp; }'
		     echo '	ct helper h-udp { type "sip" protocol udp; }' ;;
		h323) echo '	ct helper h-tcp { type "Q.931" protocol tcp; }'
		      echo '	ct helper h-udp { type "RAS" protocol udp; }' ;;
		esac
		echo "	chain helpers {"
		echo "		type filter hook prerouting priority filter; policy accept;"
		case $1 in
		ftp) echo '		iifname "r-c" tcp dport 21 ct helper set "h-tcp"' ;;
		sip) echo '		iifname "r-c" tcp dport 5060 ct helper set "h-tcp"'
		     echo '		iifname "r-c" udp dport 5060 ct helper set "h-udp"' ;;
		h323) echo '		iifname "r-c" tcp dport 1720 ct helper set "h-tcp"'
		      echo '		iifname "r-c" udp dport 1719 ct helper set "h-udp"' ;;
		esac
		echo "	}"
		echo "	chain nat_post {"
		echo "		type nat hook postrouting priority srcnat; policy accept;"
		echo '		oifname "r-s" ip saddr 10.0.0.1 snat ip to 10.0.9.1'
		echo '		oifname "r-s" ip saddr 192.168.1.2 snat ip to 203.0.113.7'
		echo '		oifname "r-s" ip saddr 192.168.100.200 snat ip to 1.2.3.4'
		echo "	}"
		echo "}"
	} > "$f"
	n_router nft -f "$f" || { show "$f"; return 1; }
}

# vectors PROTO: the rows' file, there and not older than the rows
vectors() {
	local t=$VECTORS/$1.tsv h hs
	[ -s "$t" ] || { log "no $t: run 'make history-vectors' on the host"; return 1; }
	hs=("$ROOT/tests/$1/history_vectors.h")
	[ "$1" = h323 ] && hs+=("$ROOT/tests/h323/vectors/malformed.txt")
	for h in "${hs[@]}"; do
		[ "$t" -nt "$h" ] || { log "$t is older than $h: run 'make history-vectors'"; return 1; }
	done
	echo "$t"
}

# replay IMPL PROTO [--negative]: the rows through IMPL's helper, one
# RESULT line per row (or one for the negative control)
replay() {
	local impl=$1 proto=$2 neg=${3:-} tsv out=$NFH_WORK/$1-$2${3:+-neg}.out
	local name verdict rest n caught
	tsv=$(vectors "$proto") || { fail "$proto" "no vectors"; return 1; }
	log "=== $proto rows through the $impl helper${neg:+ (negative control)}"
	"${PY[@]}" "$HERE/replay.py" ${neg:+"$neg"} "$proto" "$tsv" > "$out" 2>&1
	sed 's/^/  /' "$out"
	if [ -n "$neg" ]; then
		n=$(grep -c '^ROW ' "$out")
		caught=$(grep -c '^ROW [^ ]* CAUGHT ' "$out")
		if [ "$n" -gt 0 ] && [ "$n" = "$(wc -l < "$tsv")" ] && [ "$caught" = "$n" ]; then
			pass "$proto/negative_control"
		else
			fail "$proto/negative_control" "$caught of $n rows failed as they must (of $(wc -l < "$tsv"))"
		fi
		return 0
	fi
	# every row of the file gets a line, even if replay.py died early
	cut -f1 "$tsv" | while read -r name; do
		read -r verdict rest < <(sed -n "s/^ROW $name //p" "$out")
		case ${verdict:-} in
		PASS) pass "$proto/$name" ;;
		FAIL) fail "$proto/$name" "$rest" ;;
		SHOWN) skip "$proto/$name" "$impl, not judged: $rest" ;;
		*) fail "$proto/$name" "no outcome from replay.py" ;;
		esac
	done > "$out.res"
	cat "$out.res"
	N_PASSED=$((N_PASSED + $(grep -c ' PASS$' "$out.res")))
	N_FAILED=$((N_FAILED + $(grep -c ' FAIL ' "$out.res")))
	N_SKIPPED=$((N_SKIPPED + $(grep -c ' SKIP ' "$out.res")))
}

# one IMPL PROTO: load, rules, replay (ours: and the negative control), unload
one() {
	local impl=$1 proto=$2
	if ! load_helper_modules "$impl" "$proto"; then
		fail "$proto" "$impl helper modules not loadable"
		unload_helper_modules "$proto"
		return
	fi
	if router_rules "$proto"; then
		replay "$impl" "$proto"
		[ "$impl" = ours ] && replay "$impl" "$proto" --negative
	else
		fail "$proto" "router rules"
	fi
	# the helper objects hold the modules
	n_router nft flush ruleset
	n_router conntrack -F > /dev/null 2>&1
	unload_helper_modules "$proto" || fail "$proto" "$impl modules not unloaded"
}

main() {
	local intree=0 protos=() p t0=$SECONDS
	while [ $# -gt 0 ]; do
		case $1 in
		--intree) intree=1 ;;
		ftp|sip|h323) protos+=("$1") ;;
		*) sed -n '4,17p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
		esac
		shift
	done
	[ ${#protos[@]} -gt 0 ] || protos=(ftp sip h323)
	[ "$(id -u)" = 0 ] || { echo "must run as root (inside the vmrun guest)" >&2; exit 2; }
	trap cleanup EXIT
	log "historical bug shapes through the kernel helper, kernel $NFH_KREL"
	if ! topo_up; then
		fail topology "set-up failed"
		summary
		exit 1
	fi
	for p in "${protos[@]}"; do one ours "$p"; done
	if [ $intree = 1 ]; then
		for p in "${protos[@]}"; do one intree "$p"; done
	fi
	log "history: $((SECONDS - t0)) s"
	summary
}

main "$@"
