#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# cores.sh [--calls N] [--rounds K] [--impl "none intree ours"]
#
# Does the SIP helper scale over CPUs?  In ONE vmrun guest with two vCPUs:
#   tests/vm/vmrun --smp 2 [--kernel 6.1|6.12] -- bench/sip/cores.sh
#
#  callers 10.0.1.2, 10.0.1.3 --- router (masquerade, sip helper) --- 192.0.2.2, 192.0.2.3 callees
#
# Per implementation (none = no helper attached) and round, two passes
# of calls as fast as SIPp makes them (at most 50 at once per caller;
# INVITE with SDP, 100, 180, 200 with SDP, ACK, BYE, 200: uac.xml and
# uas.xml of percall.sh):
#   one   one caller and its callee, both on CPU 0, N calls;
#   two   two callers and callees, pair 1 on CPU 0 and pair 2 on CPU 1,
#         N calls each, at the same time.
# A veth hands a packet to the sending CPU's backlog, so the router's work
# for a pair runs on that pair's CPU: in "two" both CPUs run the helper at
# once, and a lock or a shared buffer on its path would serialise them.
# The table gives SIP messages per second through the router (seven a
# call, from SIPp's wall time) for each pass, and the scaling two/one;
# target (issue 14): ours scales at least as well as the in-tree helper.
# A benchmark, not a test: it fails only when calls fail.  Under TCG the
# two vCPUs are two host threads: the host must have two idle cores, or
# the figures say nothing (bench/README.md).
set -u

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
export NFH_NETNS_PREFIX=nfk-
# shellcheck source-path=SCRIPTDIR source=../../tests/vm/lib.sh
. "$REPO/tests/vm/lib.sh"
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$HERE/lib.sh"

CALLS=2000
ROUNDS=2
IMPLS="none intree ours"
usage() { sed -n '4,26p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
while [ $# -gt 0 ]; do
	case $1 in
	--calls) CALLS=$2; shift 2 ;;
	--rounds) ROUNDS=$2; shift 2 ;;
	--impl) IMPLS=$2; shift 2 ;;
	-h|--help) usage ;;
	*) usage ;;
	esac
done
for i in $IMPLS; do
	case $i in none|intree|ours) ;; *) usage ;; esac
done
[ "$(id -u)" = 0 ] || { echo "cores: run it in the vmrun guest (as root)" >&2; exit 2; }
[ "$(nproc)" -ge 2 ] || { echo "cores: the guest needs two vCPUs (vmrun --smp 2)" >&2; exit 2; }
for t in sipp nft conntrack ip taskset; do
	command -v "$t" >/dev/null || { echo "cores: $t is missing" >&2; exit 2; }
done

trap 'cleanup' EXIT
trap 'exit 130' INT TERM

topo_up() {
	topo_line rb-c rb-s || return 1
	echo "addr add 10.0.1.3/24 dev c0" | ipb client || return 1
	echo "addr add 192.0.2.3/24 dev s0" | ipb server
}

# (router_rules: lib.sh)

# pair P (1, 2) on CPU P-1: its callee, then its caller in the background
UAC_PIDS=()
start_pair() { # P DIR
	local p=$1 d=$2 c=$(($1 - 1)) srv=192.0.2.$(($1 + 1)) cli=10.0.1.$(($1 + 1))
	spawn server taskset -c $c sipp -sf "$HERE/uas.xml" -i "$srv" -p 5060 -mi "$srv" -mp 7000 \
		-m "$CALLS" -buff_size "$SOCKBUF" -nostdin -timeout "$((CALLS / 5 + 120))s" \
		> "$d/uas$p.out" 2>&1
	wait_for 60 "nsx server ss -Hlun 'src $srv:5060' | grep -q ." || return 1
	spawn client taskset -c $c sipp "$srv:5060" -sf "$HERE/uac.xml" -i "$cli" -p 5060 \
		-mi "$cli" -mp 6000 -m "$CALLS" -r 100000 -l 50 -buff_size "$SOCKBUF" -nostdin \
		-timeout "$((CALLS / 5 + 60))s" -timeout_error > "$d/uac$p.out" 2>&1
	UAC_PIDS+=("$BG_PID")
}

RESULTS=
one_pass() { # IMPL PASS(one|two)
	local impl=$1 pass=$2 d=$NFH_WORK/$1.$2.$ROUND t0 t1 p n ok bad rt all=0 rts=0 pid
	mkdir -p "$d"
	router_reset
	router_rules "$impl" || { log "nft rules failed"; return 1; }
	n=1; [ "$pass" = two ] && n=2
	UAC_PIDS=()
	t0=${EPOCHREALTIME/./}
	for ((p = 1; p <= n; p++)); do start_pair $p "$d" || return 1; done
	for pid in "${UAC_PIDS[@]}"; do wait "$pid"; done
	t1=${EPOCHREALTIME/./}
	for ((p = 1; p <= n; p++)); do
		read -r ok bad rt < <(sipp_stats "$d/uac$p.out")
		if [ "$ok" -ne "$CALLS" ]; then
			log "  $impl/$pass: caller $p: $ok calls ok, $bad failed"
			return 1
		fi
		all=$((all + ok)) rts=$((rts + rt))
	done
	# the callees' start is in the wall time: the same for every pass
	local line="$impl $pass calls $all us $((t1 - t0)) retrans $rts"
	log "  $line"
	RESULTS+="$line"$'\n'
}

run_impl() { # IMPL
	local impl=$1
	if [ "$impl" != none ]; then
		load_helper_modules "$impl" sip || { log "cannot load the $impl sip helper"; return 1; }
	fi
	one_pass "$impl" one && one_pass "$impl" two || return 1
	router_reset
	[ "$impl" = none ] || unload_helper_modules sip
}

log "cores: $CALLS calls a caller, $ROUNDS round(s), $(uname -r), $(nproc) CPUs"
topo_up || { log "topology set-up failed"; exit 2; }
modprobe -a nf_conntrack nf_nat nf_conntrack_netlink nf_tables nft_ct nft_nat nft_masq 2>/dev/null
SOCKBUF=4194304
sysctl -qw net.core.rmem_max=$SOCKBUF net.core.wmem_max=$SOCKBUF
# finished calls' expectations linger until they time out
sysctl -qw net.netfilter.nf_conntrack_expect_max=$((CALLS * 16 + 4096))
run_rounds sip

echo "$RESULTS" > "$NFH_WORK/results"
echo
echo "SIP messages per second through the router, one caller vs two on two CPUs, $(uname -r), $CALLS calls a caller x $ROUNDS round(s)"
awk -v impls="$IMPLS" '
	NF { c[$1, $2] += $4; us[$1, $2] += $6 }
	function rate(i, p) { return us[i, p] ? 7 * c[i, p] * 1e6 / us[i, p] : 0 }
	END {
		printf "%-7s %12s %12s %8s\n", "impl", "one msg/s", "two msg/s", "two/one"
		n = split(impls, im, " ")
		for (j = 1; j <= n; j++) {
			i = im[j]
			if (!rate(i, "one") || !rate(i, "two")) { printf "%-7s %12s\n", i, "(no result)"; continue }
			printf "%-7s %12.0f %12.0f %8.2f\n", i, rate(i, "one"), rate(i, "two"), rate(i, "two") / rate(i, "one")
		}
	}' "$NFH_WORK/results"
echo "(seven SIP messages a call; the wall time of each pass includes starting the callees)"
[ $failed -eq 0 ]
