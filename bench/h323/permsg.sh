#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# permsg.sh [--calls N] [--rounds K] [--impl LIST]
#
# Helper CPU per H.323 message, the in-tree helper and ours side by side in
# ONE vmrun guest (same kernel, same boot, same load):
#   tests/vm/vmrun [--kernel 6.1|6.12] -- bench/h323/permsg.sh
#
#  client 10.0.1.2 [c0] --- [rb-c] 10.0.1.1  router  192.0.2.1 [rb-s] --- [s0] 192.0.2.2 server
#
# The router masquerades out of rb-s and attaches the Q.931 helper to TCP
# 1720 and the RAS helper to UDP 1719 from the client (nft `ct helper
# set`); H.245 is attached by the Connect's expectation.  driver.py makes N
# calls, each: RRQ/RCF; a Q.931 connection with Setup (fastStart,
# h245Address), CallProceeding, Connect (h245Address); an H.245 connection
# to the Connect's h245Address with the caller's OpenLogicalChannel;
# ReleaseComplete - seven messages, the NAT rewriting the caller's
# addresses in the RRQ, the Setup and the OLC (driver.py says why no more
# H.245).
#
# Per implementation in LIST (default "intree ours") and round: a warm-up
# of 5 calls (for the in-tree helper with its pr_debug messages on, to
# count its decoding errors), then one pass of N calls with bpftrace timing
# the helper callbacks (kprobe/kretprobe: in-tree q931_help, h245_help,
# ras_help; ours nfh_h323_q931_help, nfh_h323_h245_help, nfh_h323_ras_help),
# each call keyed by the packet's length, which names the message (the
# callbacks also run for every packet without payload: SYN, ACK, FIN).
# Rounds alternate the order of the implementations (default N 200, K 1).
# Then a table: ns per message per helper and message type, ns per call,
# and the ratio ours/intree (the H.323 issue's target: ours <= 0.7 x
# in-tree).  A benchmark, not a test: it asserts no timing; it fails only
# when calls fail, a helper does not rewrite, or a probe cannot attach.
set -u

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
export NFH_NETNS_PREFIX=nfb-
# shellcheck source-path=SCRIPTDIR source=../../tests/vm/lib.sh
. "$REPO/tests/vm/lib.sh"
# shellcheck source-path=SCRIPTDIR source=../lib.sh
. "$REPO/bench/lib.sh"
PY=${PYTHON:-/usr/bin/python3}

CALLS=200
ROUNDS=1
IMPLS="intree ours"
usage() { sed -n '4,32p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
while [ $# -gt 0 ]; do
	case $1 in
	--calls) CALLS=$2; shift 2 ;;
	--rounds) ROUNDS=$2; shift 2 ;;
	--impl) IMPLS=$2; shift 2 ;;
	*) usage ;;
	esac
done
for i in $IMPLS; do
	case $i in intree|ours) ;; *) usage ;; esac
done

[ "$(id -u)" = 0 ] || { echo "permsg: run it in the vmrun guest (as root)" >&2; exit 2; }
for t in bpftrace nft conntrack ip "$PY"; do
	command -v "$t" >/dev/null || { echo "permsg: $t is missing" >&2; exit 2; }
done

trap 'cleanup' EXIT
trap 'exit 130' INT TERM

router_rules() {
	nsx router nft -f - <<-EOF
	table inet nfb {
		ct helper q931 { type "Q.931" protocol tcp; }
		ct helper ras { type "RAS" protocol udp; }
		chain pre { type filter hook prerouting priority filter; policy accept;
			iifname "rb-c" tcp dport 1720 ct helper set "q931"
			iifname "rb-c" udp dport 1719 ct helper set "ras"
		}
		chain post { type nat hook postrouting priority srcnat; policy accept;
			oifname "rb-s" masquerade
		}
	}
	EOF
}

helper_fns() {
	case $1 in
	intree) echo q931_help h245_help ras_help ;;
	ours) echo nfh_h323_q931_help nfh_h323_h245_help nfh_h323_ras_help ;;
	esac
}

# probe_script Q931FN H245FN RASFN: time each callback, keyed by helper and
# packet length (skb->len: the IP packet).  Start times per CPU: the
# callbacks run in softirq context and never nest.  The maps are printed
# every second: bpftrace's exit (kretprobe detach) can hang under TCG.
probe_script() {
	printf '%s\n' 'BEGIN { printf("READY\n"); }'
	echo 'interval:s:1 { print(@ns); print(@n); print(@mn); }'
	local fn h
	for h in q931 h245 ras; do
		fn=$1; shift
		cat <<-EOF
		kprobe:$fn { @t[cpu] = nsecs; @l[cpu] = ((struct sk_buff *)arg0)->len; }
		kretprobe:$fn /@t[cpu]/ {
			\$d = nsecs - @t[cpu];
			@ns["$h", @l[cpu]] = sum(\$d); @n["$h", @l[cpu]] = count();
			@mn["$h", @l[cpu]] = min(\$d);
			delete(@t[cpu]);
		}
		EOF
	done
	echo 'END { clear(@t); clear(@l); }'
}

bt_start() { # OUT FN...
	local out=$1; shift
	probe_script "$@" > "$NFH_WORK/probe.bt"
	bt_run "$NFH_WORK/probe.bt" "$out"
}

our_counters() { nsx router cat /proc/net/nfhelpers/h323 2>/dev/null; }

# calls N DIR: N calls; the server's and the client's last lines in DIR
calls() {
	local n=$1 d=$2 srv st
	mkdir -p "$d"
	spawn server env NFH_DRIVER_DIR="$d" "$PY" "$HERE/driver.py" server "$n" > "$d/server.out" 2>&1
	srv=$BG_PID
	wait_for 60 "grep -q READY '$d/server.out'" || { show "$d/server.out"; return 1; }
	nsx client env NFH_DRIVER_DIR="$d" timeout $((n + 120)) "$PY" "$HERE/driver.py" client "$n" \
		> "$d/client.out" 2>&1
	st=$?
	wait_for 30 "! kill -0 $srv" || kill "$srv" 2>/dev/null
	wait "$srv" 2>/dev/null
	if [ "$st" -ne 0 ] || ! grep -q "^server: calls $n " "$d/server.out"; then
		log "  the calls failed (client exit $st)"; show "$d/client.out" "$d/server.out"
		[ "${NFH_BENCH_DEBUG:-0}" = 1 ] && dmesg | grep -E 'nf_(ct|nat)_(h323|q931|h245|ras)' | grep -v 'skblen = [56][02]$' | tail -n 60
		return 1
	fi
}

# one_pass IMPL: warm-up, then N calls under the probes; appends
# "IMPL helper len ns n" lines to RESULTS, "IMPL calls N" too
RESULTS=
one_pass() {
	local impl=$1 d=$NFH_WORK/$1.$ROUND dd=/sys/kernel/debug/dynamic_debug/control e0 e1 t0 t1
	router_reset
	router_rules || { log "nft rules failed"; return 1; }
	# warm-up; the in-tree helper's decoding errors (pr_debug) counted
	if [ "$impl" = intree ] && [ -w "$dd" ]; then
		e0=$(dmesg | grep -c 'decoding error')
		echo 'module nf_conntrack_h323 +p' > "$dd"
		calls 5 "$d/warmup" || return 1
		echo 'module nf_conntrack_h323 -p' > "$dd"
		e1=$(dmesg | grep -c 'decoding error')
		log "  in-tree decoding errors in 5 warm-up calls: $((e1 - e0))"
		[ "${NFH_BENCH_DEBUG:-0}" = 1 ] && dmesg | grep -E 'nf_ct_(q931|h245|ras)' | tail -n 80 | sed 's/^/    | /'
	else
		calls 5 "$d/warmup" || return 1
	fi
	router_reset
	router_rules || return 1
	[ "$impl" = ours ] && our_counters > "$d/ctr.before"
	# shellcheck disable=SC2046 # three function names
	bt_start "$d/bt.out" $(helper_fns "$impl") || return 1
	t0=${EPOCHREALTIME/./}
	calls "$CALLS" "$d/run" || { bt_stop; return 1; }
	t1=${EPOCHREALTIME/./}
	bt_stop
	[ "${NFH_BENCH_DEBUG:-0}" = 1 ] && { show "$d/run/server.out"; dmesg | tail -n 20; }
	log "  $(tail -n 1 "$d/run/server.out"); $(tail -n 1 "$d/run/client.out"); $(((t1 - t0) / CALLS / 1000)) ms per call"
	if [ "$impl" = ours ]; then
		our_counters > "$d/ctr.after"
		log "  our counters: $(counter_deltas "$d/ctr.before" "$d/ctr.after")"
	fi
	if ! grep -q "setups_rewritten $CALLS olcs_rewritten $CALLS" "$d/run/server.out"; then
		log "  $impl did not rewrite every Setup and OLC: not comparable"
		grep '^server: the first' "$d/run/server.out"
		return 1
	fi
	RESULTS+="$impl calls $CALLS"$'\n'
	# the last print of each map: "@ns[q931, 230]: 12345"
	RESULTS+=$(awk -v impl="$impl" '
		/^@(ns|n|mn)\[/ { k = $0; sub(/\]:.*/, "", k); sub(/^@/, "", k); v[k] = $NF }
		END { for (k in v) if (k ~ /^ns\[/) { m = substr(k, 4); split(m, a, ", ")
			printf "%s %s %s %s %s %s\n", impl, a[1], a[2], v[k], v["n[" m], v["mn[" m] } }' "$d/bt.out")
	RESULTS+=$'\n'
}

run_impl() { # IMPL
	local impl=$1 fn
	load_helper_modules "$impl" h323 || { log "cannot load the $impl h323 helper"; return 1; }
	local m=/sys/module/nf_conntrack_h323
	if [ "$impl" = ours ]; then
		log "ours nf_conntrack_h323: version $(cat $m/version 2>/dev/null), srcversion $(cat $m/srcversion)"
		# one caller makes every call, quickly, and no media flows:
		# the H.245 connections' media expectations last until they
		# time out, beyond the per-source cap (Documentation/design.rst)
		echo 0 > $m/parameters/expect_max_per_src
	fi
	for fn in $(helper_fns "$impl"); do
		grep -qw "$fn" /proc/kallsyms ||
			{ log "$fn is not in /proc/kallsyms: cannot time the $impl helper"; return 1; }
	done
	one_pass "$impl" || { log "$impl: the pass failed"; return 1; }
	router_reset
	unload_helper_modules h323
}

# --- main -----------------------------------------------------------------------
log "permsg: $CALLS calls, $ROUNDS round(s), $(uname -r), $(nproc) CPUs"
topo_line rb-c rb-s || { log "topology set-up failed"; exit 2; }
modprobe -a nf_conntrack nf_nat nf_conntrack_netlink nf_tables nft_ct nft_nat nft_masq 2>/dev/null
# the in-tree helper leaves its unused expectations until they time out
# (ours removes them on ReleaseComplete): never let the table fill up
sysctl -qw net.netfilter.nf_conntrack_expect_max=65536
mountpoint -q /sys/kernel/debug || mount -t debugfs none /sys/kernel/debug 2>/dev/null
run_rounds h323

# --- the table ---------------------------------------------------------------------
echo "$RESULTS" > "$NFH_WORK/results"
# NFH_BENCH_DEBUG=1: the raw sums (impl helper skb-len ns count min-ns)
[ "${NFH_BENCH_DEBUG:-0}" = 1 ] && sort "$NFH_WORK/results"
echo
echo "H.323 helper cost per message, kernel $(uname -r), $(nproc) vCPUs, $CALLS calls x $ROUNDS round(s)"
awk -v impls="$IMPLS" '
	# message names by helper and payload length (IPv4 + TCP with
	# timestamps: 52 bytes of headers; IPv4 + UDP: 28)
	BEGIN {
		name["q931", 178] = "Setup"; name["q931", 65] = "CallProceeding"
		name["q931", 89] = "Connect"; name["q931", 43] = "ReleaseComplete"
		name["h245", 23] = "OpenLogicalChannel"
		name["ras", 89] = "RRQ"; name["ras", 37] = "RCF"
		nh = split("q931 h245 ras", hs, " ")
	}
	$2 == "calls" { calls[$1] += $3; next }
	NF == 6 {
		$4 += 0; $5 += 0; $6 += 0
		i = $1; h = $2; pl = $3 - (h == "ras" ? 28 : 52)
		# SYN and SYN-ACK (more TCP options), RST (none): no message is
		# shorter than 23 bytes
		if (h != "ras" && pl <= 12) pl = 0
		k = ((h, pl) in name) ? name[h, pl] : (pl == 0 ? "(no payload)" : "other " pl " B")
		ns[i, h, k] += $4; n[i, h, k] += $5; keys[h, k] = 1
		if (!((i, h, k) in mn) || $6 + 0 < mn[i, h, k]) mn[i, h, k] = $6 + 0
		tot[i] += $4
	}
	function f(x) { return x ? sprintf("%.0f", x) : "-" }
	function r(a, b) { return (a && b) ? sprintf("%.2f", a / b) : "-" }
	# mean and min of the messages of helper H ("" = all helpers): the
	# min weighted by the number of each message
	function agg(i, h,   hk, p, a, b, c) {
		a = b = c = 0
		for (hk in keys) {
			split(hk, p, SUBSEP)
			if ((h != "" && p[1] != h) || p[2] == "(no payload)" || !n[i, p[1], p[2]]) continue
			a += ns[i, p[1], p[2]]; b += n[i, p[1], p[2]]; c += mn[i, p[1], p[2]] * n[i, p[1], p[2]]
		}
		AM = b ? a / b : 0; AN = b; AMIN = b ? c / b : 0
	}
	END {
		ni = split(impls, im, " ")
		printf "%-5s %-22s", "", ""
		for (j = 1; j <= ni; j++) printf " %-28s", "------ " im[j] " ------"
		printf " %-13s\n", "- ours/intree -"
		printf "%-5s %-22s", "", "message"
		for (j = 1; j <= ni; j++) printf " %10s %10s %6s", "mean ns", "min ns", "n/call"
		printf " %6s %6s\n", "mean", "min"
		for (x = 1; x <= nh; x++) {
			h = hs[x]
			for (hk in keys) {
				split(hk, p, SUBSEP); if (p[1] != h) continue
				k = p[2]
				printf "%-5s %-22s", h, k
				for (j = 1; j <= ni; j++) {
					i = im[j]
					printf " %10s %10s %6s", f(n[i, h, k] ? ns[i, h, k] / n[i, h, k] : 0), f(mn[i, h, k]),
						calls[i] ? sprintf("%.1f", n[i, h, k] / calls[i]) : "-"
				}
				printf " %6s %6s\n", r(n["ours", h, k] ? ns["ours", h, k] / n["ours", h, k] : 0,
					n["intree", h, k] ? ns["intree", h, k] / n["intree", h, k] : 0),
					r(mn["ours", h, k], mn["intree", h, k])
			}
			printf "%-5s %-22s", h, "= per message"
			for (j = 1; j <= ni; j++) {
				agg(im[j], h); m1[im[j]] = AM; m2[im[j]] = AMIN
				printf " %10s %10s %6s", f(AM), f(AMIN), calls[im[j]] ? sprintf("%.1f", AN / calls[im[j]]) : "-"
			}
			printf " %6s %6s\n", r(m1["ours"], m1["intree"]), r(m2["ours"], m2["intree"])
		}
		printf "%-5s %-22s", "all", "= per message (7/call)"
		for (j = 1; j <= ni; j++) {
			agg(im[j], ""); m1[im[j]] = AM; m2[im[j]] = AMIN
			printf " %10s %10s %6s", f(AM), f(AMIN), calls[im[j]] ? sprintf("%.1f", AN / calls[im[j]]) : "-"
		}
		printf " %6s %6s\n", r(m1["ours"], m1["intree"]), r(m2["ours"], m2["intree"])
		if (m1["ours"] && m1["intree"])
			printf "ratio ours/intree per message: mean %.2f, min %.2f (target: <= 0.70)\n",
				m1["ours"] / m1["intree"], m2["ours"] / m2["intree"]
		printf "%-5s %-22s", "all", "per call, every packet"
		for (j = 1; j <= ni; j++) {
			i = im[j]; pc[i] = calls[i] ? tot[i] / calls[i] : 0
			printf " %10s %10s %6s", f(pc[i]), "", ""
		}
		printf " %6s\n", r(pc["ours"], pc["intree"])
	}
' "$NFH_WORK/results"
echo "(ns: the callback, kprobe to kretprobe, incl. the NAT rewriting and expectations it does; min: the"
echo " fastest of its kind, least disturbed by the host; n/call: callbacks per call; (no payload): SYN,"
echo " ACK, FIN packets, which the callbacks also see; = per message: the messages only, min weighted)"
[ $failed -eq 0 ]
