#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# percall.sh [--calls N] [--rate R] [--rounds K] [--impl LIST] [--trace]
#
# Router CPU per SIP call, the in-tree helper and ours side by side in ONE
# vmrun guest (same kernel, same boot, same load):
#   tests/vm/vmrun [--kernel 6.1|6.12] -- bench/sip/percall.sh
#
#  client 10.0.1.2 [c0] --- [rb-c] 10.0.1.1  router  192.0.2.1 [rb-s] --- [s0] 192.0.2.2 server
#
# The router masquerades out of rb-s and attaches the sip helper (nft `ct
# helper set`) to UDP 5060 from the client; the server has no route back
# to 10.0.1.0/24, so every call needs the NAT.  SIPp plays uac.xml in the
# client and uas.xml in the server: per call INVITE (SDP), 100, 180, 200
# (SDP), ACK, BYE, 200 - seven messages through the helper, the NAT
# rewriting the client's address in the requests going out and in the
# responses coming back; an RTP/RTCP expectation pair for the offer and
# one for the answer.  Both SIPp run on CPU 0: a veth hands a packet to
# the backlog of the sending CPU, so a caller that migrates between its ACK
# and its BYE could have them overtake each other, and the callee then
# aborts the call.
#
# Each implementation in LIST (default "none intree ours"; none = no helper
# attached, the baseline) runs N calls four times per round (none: twice),
# one measure per pass so that probes never nest:
#   cpu     no probes: the guest's CPU time from /proc/stat (all of it:
#           client, router and server stacks and SIPp) per call;
#   router  bpftrace times ip_rcv() in the router's namespace: the
#           whole router path of a packet (prerouting, conntrack, forward,
#           postrouting, NAT, helper, confirm, hand-off to the veth) per
#           call;
#   helper  bpftrace times the helper callback (in-tree sip_help_udp, ours
#           nfh_sip_help), which includes the NAT mangling it calls;
#   mangle  bpftrace times nf_nat_mangle_udp_packet() and counts
#           expectations (nf_ct_expect_related_report()).
# Rounds alternate the order of the implementations (default N 500, R 50,
# K 1).  --trace records SIPp's messages and the packets on both sides and
# shows them when a pass fails (it slows SIPp down: not for figures).
# Then a table: ns per
# call of each measure and the ratio ours/intree (issue target: ours <=
# 0.5 x in-tree).  A benchmark, not a test: it asserts no timing; it fails
# only when calls fail or a probe cannot attach.
#
# The kprobe/kretprobe pair costs some time of its own on every call it
# times (the same number of calls for both implementations), which pulls
# the helper and router ratios towards 1.
set -u

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
export NFH_NETNS_PREFIX=nfb-
# shellcheck source-path=SCRIPTDIR source=../../tests/vm/lib.sh
. "$REPO/tests/vm/lib.sh"
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$HERE/lib.sh"

CALLS=500
RATE=50
ROUNDS=1
IMPLS="none intree ours"
TRACE=0
usage() { sed -n '4,47p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
while [ $# -gt 0 ]; do
	case $1 in
	--calls) CALLS=$2; shift 2 ;;
	--rate) RATE=$2; shift 2 ;;
	--rounds) ROUNDS=$2; shift 2 ;;
	--impl) IMPLS=$2; shift 2 ;;
	--trace) TRACE=1; shift ;;
	-h|--help) usage ;;
	*) usage ;;
	esac
done
for i in $IMPLS; do
	case $i in none|intree|ours) ;; *) usage ;; esac
done

[ "$(id -u)" = 0 ] || { echo "percall: run it in the vmrun guest (as root)" >&2; exit 2; }
for t in sipp bpftrace nft conntrack ip taskset; do
	command -v "$t" >/dev/null || { echo "percall: $t is missing" >&2; exit 2; }
done

trap 'cleanup' EXIT
trap 'exit 130' INT TERM

# --- topology -------------------------------------------------------------
topo_up() {
	topo_line rb-c rb-s || return 1
	# shellcheck disable=SC2034 # lib.sh: probe_script
	ROUTER_NS=$(stat -L -c %i "/run/netns/$(ns router)")
}

# (router_reset: tests/vm/lib.sh)

# --- measuring ----------------------------------------------------------------
# Guest CPU in USER_HZ ticks: busy (all but idle, iowait, steal) and kernel
# (system, irq, softirq).
cpu_ticks() {
	local us ni sy hi si
	read -r _ us ni sy _ _ hi si _ < /proc/stat
	echo "$((us + ni + sy + hi + si)) $((sy + hi + si))"
}

# --- one pass -------------------------------------------------------------------
# one_pass IMPL PASS HELPFN: N calls; appends "IMPL PASS key value..." to RESULTS.
RESULTS=
one_pass() {
	local impl=$1 p=$2 fn=$3 d=$NFH_WORK/$1.$2.$ROUND t0 t1 c0 c1 k0 k1 st uas ok bad rt
	mkdir -p "$d"
	router_reset
	router_rules "$impl" || { log "nft rules failed"; return 1; }
	[ "$impl" = ours ] && our_counters > "$d/ctr.before"
	local tr_uas=() tr_uac=()
	if [ "$TRACE" = 1 ]; then
		tr_uas=(-trace_msg -message_file "$d/uas.msg")
		tr_uac=(-trace_msg -message_file "$d/uac.msg")
	fi
	spawn server taskset -c 0 sipp -sf "$HERE/uas.xml" -i 192.0.2.2 -p 5060 -mi 192.0.2.2 -mp 7000 \
		-m "$CALLS" -buff_size "$SOCKBUF" -nostdin -timeout "$((CALLS / RATE + 120))s" "${tr_uas[@]}" \
		> "$d/uas.out" 2>&1
	uas=$BG_PID
	wait_for 60 "nsx server ss -Hlun 'sport = :5060' | grep -q ." || return 1
	if [ "$TRACE" = 1 ]; then
		spawn client tcpdump -s0 -U -ni c0 -w "$d/c0.pcap" udp port 5060 2> /dev/null
		spawn server tcpdump -s0 -U -ni s0 -w "$d/s0.pcap" udp port 5060 2> /dev/null
		sleep 2
	fi
	if [ "$p" != cpu ]; then
		bt_start "$p" "$fn" "$d/bt.out" || return 1
	fi
	read -r c0 k0 < <(cpu_ticks)
	t0=${EPOCHREALTIME/./}
	nsx client taskset -c 0 timeout "$((CALLS / RATE + 180))" sipp 192.0.2.2:5060 -sf "$HERE/uac.xml" -i 10.0.1.2 -p 5060 \
		-mi 10.0.1.2 -mp 6000 -m "$CALLS" -r "$RATE" -buff_size "$SOCKBUF" -nostdin \
		-timeout "$((CALLS / RATE + 60))s" -timeout_error "${tr_uac[@]}" > "$d/uac.out" 2>&1
	st=$?
	t1=${EPOCHREALTIME/./}
	read -r c1 k1 < <(cpu_ticks)
	bt_stop
	if ! wait_for 30 "! kill -0 $uas"; then
		kill "$uas" 2>/dev/null
		wait_for 10 "! kill -0 $uas" || kill -KILL "$uas" 2>/dev/null
	fi
	wait "$uas" 2>/dev/null
	[ "$impl" = ours ] && our_counters > "$d/ctr.after"
	read -r ok bad rt < <(sipp_stats "$d/uac.out")
	if [ "$st" -ne 0 ] || [ "$ok" -ne "$CALLS" ]; then
		log "  $impl/$p: SIPp uac exit $st, $ok calls ok, $bad failed"
		sed -n '/Messages  Retrans/,/Test Terminated/p' "$d/uac.out"
		[ "$impl" = ours ] && log "  our counters: $(counter_deltas "$d/ctr.before" "$d/ctr.after")"
		if [ "$TRACE" = 1 ]; then
			echo "    --- first call, as the client saw it"; sed -n '1,80p' "$d/uac.msg"
			echo "    --- first call, as the server saw it"; sed -n '1,80p' "$d/uas.msg"
			echo "    --- on the wire, client side"; tcpdump -c 12 -nvvr "$d/c0.pcap" 2>&1 | head -n 60
			echo "    --- on the wire, server side"; tcpdump -c 12 -nvvr "$d/s0.pcap" 2>&1 | head -n 60
		fi
		return 1
	fi
	local line="$impl $p calls $ok retrans $rt wall_us $((t1 - t0)) busy $((c1 - c0)) kern $((k1 - k0))"
	if [ "$p" != cpu ]; then
		local k
		for k in router_ns router_n help_ns help_n mangle_ns mangle_n expect_n; do
			line+=" $k $(bt_value "$d/bt.out" "$k")"
		done
	fi
	log "  $line"
	[ "$impl" = ours ] && log "  our counters: $(counter_deltas "$d/ctr.before" "$d/ctr.after")"
	RESULTS+="$line"$'\n'
}

run_impl() { # IMPL
	local impl=$1 fn p
	fn=$(helper_fn "$impl")
	if [ "$impl" != none ]; then
		load_helper_modules "$impl" sip || { log "cannot load the $impl sip helper"; return 1; }
		# which build the figures belong to (in-tree modules carry no version)
		local m=/sys/module/nf_conntrack_sip
		[ "$impl" = ours ] &&
			log "ours nf_conntrack_sip: version $(cat $m/version), srcversion $(cat $m/srcversion)"
		grep -qw "$fn" /proc/kallsyms ||
			{ log "$fn is not in /proc/kallsyms: cannot time the $impl helper"; return 1; }
	fi
	for p in cpu router helper mangle; do
		[ "$impl" = none ] && { [ "$p" = helper ] || [ "$p" = mangle ]; } && continue
		one_pass "$impl" "$p" "$fn" || { log "$impl: the $p pass failed"; return 1; }
	done
	router_reset
	[ "$impl" = none ] || unload_helper_modules sip
}

# --- main -----------------------------------------------------------------------
log "percall: $CALLS calls at $RATE/s, $ROUNDS round(s), $(uname -r), $(nproc) CPUs"
topo_up || { log "topology set-up failed"; exit 2; }
modprobe -a nf_conntrack nf_nat nf_conntrack_netlink nf_tables nft_ct nft_nat nft_masq 2>/dev/null
# SIPp's sockets get 4 MiB: a guest stalled by a busy host must not lose
# messages in a full receive buffer (SIPp's default is 64 KiB)
SOCKBUF=4194304
sysctl -qw net.core.rmem_max=$SOCKBUF net.core.wmem_max=$SOCKBUF
run_rounds sip

# --- the table ---------------------------------------------------------------------
echo "$RESULTS" > "$NFH_WORK/results"
echo
echo "SIP per-call cost, kernel $(uname -r), $(nproc) vCPUs, $CALLS calls at $RATE/s x $ROUNDS round(s)"
awk -v impls="$IMPLS" -v hz="$(getconf CLK_TCK)" '
	NF { for (i = 3; i < NF; i += 2) v[$1, $2, $i] += $(i + 1) }
	function per(impl, p, k,   c) { c = v[impl, p, "calls"]; return c ? v[impl, p, k] / c : 0 }
	function tick_ns(impl, k) { return per(impl, "cpu", k) * 1e9 / hz }
	END {
		n = split(impls, im, " ")
		printf "%-7s %7s %11s %9s %11s %9s %8s %11s %9s %11s %11s\n", "impl", "calls",
			"helper", "msgs", "mangle", "mangles", "expects", "router", "pkts",
			"guest busy", "guest kern"
		printf "%-7s %7s %11s %9s %11s %9s %8s %11s %9s %11s %11s\n", "", "",
			"ns/call", "/call", "ns/call", "/call", "/call", "ns/call", "/call",
			"ns/call", "ns/call"
		for (j = 1; j <= n; j++) {
			i = im[j]
			if (!v[i, "cpu", "calls"]) { printf "%-7s %7s\n", i, "(no result)"; continue }
			if (i == "none")
				printf "%-7s %7d %11s %9s %11s %9s %8s %11.0f %9.1f %11.0f %11.0f\n", i,
					v[i, "cpu", "calls"], "-", "-", "-", "-", "-",
					per(i, "router", "router_ns"), per(i, "router", "router_n"),
					tick_ns(i, "busy"), tick_ns(i, "kern")
			else
				printf "%-7s %7d %11.0f %9.1f %11.0f %9.1f %8.1f %11.0f %9.1f %11.0f %11.0f\n", i,
					v[i, "cpu", "calls"],
					per(i, "helper", "help_ns"), per(i, "helper", "help_n"),
					per(i, "mangle", "mangle_ns"), per(i, "mangle", "mangle_n"),
					per(i, "mangle", "expect_n"),
					per(i, "router", "router_ns"), per(i, "router", "router_n"),
					tick_ns(i, "busy"), tick_ns(i, "kern")
		}
		if (per("intree", "helper", "help_ns") && per("ours", "helper", "help_ns") &&
		    per("intree", "router", "router_ns") && per("ours", "router", "router_ns")) {
			printf "ratio ours/intree: helper %.2f, router %.2f", \
				per("ours", "helper", "help_ns") / per("intree", "helper", "help_ns"), \
				per("ours", "router", "router_ns") / per("intree", "router", "router_ns")
			if (v["none", "router", "calls"])
				printf ", router above none %.2f", \
					(per("ours", "router", "router_ns") - per("none", "router", "router_ns")) / \
					(per("intree", "router", "router_ns") - per("none", "router", "router_ns"))
			printf "   (target: <= 0.50)\n"
		}
		r = 0
		for (j = 1; j <= n; j++) r += v[im[j], "cpu", "retrans"] + v[im[j], "router", "retrans"] + \
			v[im[j], "helper", "retrans"] + v[im[j], "mangle", "retrans"]
		printf "SIPp retransmissions in all passes: %d (each adds a message to the per-call figures)\n", r
	}' "$NFH_WORK/results"
echo "(helper: the helper callback incl. the NAT mangling it calls; mangle: nf_nat_mangle_udp_packet;"
echo " router: ip_rcv on the router interfaces; guest: /proc/stat of the whole guest, SIPp included)"
[ $failed -eq 0 ]
