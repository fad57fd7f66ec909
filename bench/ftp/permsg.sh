#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# permsg.sh [--transfers N] [--rounds K] [--impl LIST]
#
# Helper CPU per FTP control message, the in-tree helper and ours side by
# side in ONE vmrun guest (same kernel, same boot, same load):
#   tests/vm/vmrun [--kernel 6.1|6.12] -- bench/ftp/permsg.sh
#
#  client 10.0.1.2 [c0] --- [rb-c] 10.0.1.1  router  192.0.2.1 [rb-s] --- [s0] 192.0.2.2 server
#
# The router masquerades out of rb-s and attaches the ftp helper to TCP 21
# from the client (nft `ct helper set`).  The server is pyftpdlib
# (tests/vm/ftp/ftpd.py); driver.py makes N transfers of a 4 KiB file per
# mode, each on a control connection of its own: banner, USER, PASS, TYPE
# I, PASV or PORT, RETR, QUIT and their replies, 14 lines.  In PORT mode
# the helper rewrites the client's PORT to the router's address and the
# server's data connection comes in through the expectation; in PASV mode
# the helper reads the 227 and expects the client's data connection.
#
# Per round, mode and implementation in LIST (default "intree ours"): a
# warm-up of 3 transfers, then N transfers while bpftrace times the helper
# callback (kprobe/kretprobe: in-tree help, ours nfh_ftp_help), keyed by
# the TCP payload length: the callback also runs for every packet without
# payload (SYN, ACK, FIN).  Rounds alternate the order of the
# implementations (default N 100, K 2).  Then a table per mode: ns per
# message (mean, and the mean of the fastest of each length), messages per
# transfer, ns per transfer of every callback, and ours/intree (the scale
# issue's target: ours <= 1.0 x in-tree).  A benchmark, not a test: it
# asserts no timing; it fails only when a transfer fails or a probe
# cannot attach.
set -u

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
export NFH_NETNS_PREFIX=nfb-
# shellcheck source-path=SCRIPTDIR source=../../tests/vm/lib.sh
. "$REPO/tests/vm/lib.sh"
# shellcheck source-path=SCRIPTDIR source=../lib.sh
. "$REPO/bench/lib.sh"
PY=${PYTHON:-/usr/bin/python3}

TRANSFERS=100
ROUNDS=2
IMPLS="intree ours"
MODES="pasv port"
usage() { sed -n '4,31p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
while [ $# -gt 0 ]; do
	case $1 in
	--transfers) TRANSFERS=$2; shift 2 ;;
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
		ct helper ftp { type "ftp" protocol tcp; }
		chain pre { type filter hook prerouting priority filter; policy accept;
			iifname "rb-c" tcp dport 21 ct helper set "ftp"
		}
		chain post { type nat hook postrouting priority srcnat; policy accept;
			oifname "rb-s" masquerade
		}
	}
	EOF
}

helper_fn() {
	case $1 in
	intree) echo help ;;
	ours) echo nfh_ftp_help ;;
	esac
}

# probe_script FN: time the callback, keyed by TCP payload length (the
# packet's length less the IP and TCP headers: at the helper, skb->data is
# the IP header and arg1 the TCP header's offset).  Start times per CPU:
# the callback runs in softirq context and never nests.  The maps are
# printed every second: bpftrace's exit can hang under TCG.
probe_script() {
	cat <<-EOF
	BEGIN { printf("READY\n"); }
	interval:s:1 { print(@ns); print(@n); print(@mn); }
	kprobe:$1 {
		\$s = (struct sk_buff *)arg0;
		\$doff = *(uint8 *)(\$s->data + arg1 + 12);
		@t[cpu] = nsecs; @l[cpu] = \$s->len - arg1 - (\$doff >> 4) * 4;
	}
	kretprobe:$1 /@t[cpu]/ {
		\$d = nsecs - @t[cpu];
		@ns[@l[cpu]] = sum(\$d); @n[@l[cpu]] = count(); @mn[@l[cpu]] = min(\$d);
		delete(@t[cpu]);
	}
	END { clear(@t); clear(@l); }
	EOF
}

our_counters() { nsx router cat /proc/net/nfhelpers/ftp 2>/dev/null; }

# transfers N MODE DIR: N transfers; the client's output in DIR
transfers() {
	local n=$1 mode=$2 d=$3 st
	mkdir -p "$d"
	nsx client timeout $((n * 10 + 120)) "$PY" "$HERE/driver.py" 192.0.2.2 "$n" "$mode" \
		file "$SUM" > "$d/client.out" 2>&1
	st=$?
	if [ "$st" -ne 0 ] || ! grep -q "^client: transfers $n ok" "$d/client.out"; then
		log "  the transfers failed (client exit $st)"; show "$d/client.out"
		return 1
	fi
}

# one_pass IMPL MODE: warm-up, then N transfers under the probe; appends
# "IMPL MODE transfers N" and "IMPL MODE len ns n min" lines to RESULTS
RESULTS=
one_pass() {
	local impl=$1 mode=$2 d=$NFH_WORK/$1.$2.$ROUND t0 t1
	router_reset
	start_server || return 1
	router_rules || { log "nft rules failed"; return 1; }
	transfers 3 "$mode" "$d/warmup" || return 1
	[ "$impl" = ours ] && our_counters > "$d/ctr.before"
	probe_script "$(helper_fn "$impl")" > "$NFH_WORK/probe.bt"
	bt_run "$NFH_WORK/probe.bt" "$d/bt.out" || return 1
	t0=${EPOCHREALTIME/./}
	transfers "$TRANSFERS" "$mode" "$d/run" || { bt_stop; return 1; }
	t1=${EPOCHREALTIME/./}
	bt_stop
	log "  $mode: $(tail -n 1 "$d/run/client.out"), $(((t1 - t0) / TRANSFERS / 1000)) ms per transfer"
	if [ "$impl" = ours ]; then
		our_counters > "$d/ctr.after"
		log "  our counters: $(counter_deltas "$d/ctr.before" "$d/ctr.after")"
	fi
	RESULTS+="$impl $mode transfers $TRANSFERS"$'\n'
	# the last print of each map: "@ns[14]: 12345"
	RESULTS+=$(awk -v impl="$impl" -v mode="$mode" '
		/^@(ns|n|mn)\[/ { k = $0; sub(/\]:.*/, "", k); sub(/^@/, "", k); v[k] = $NF }
		END { for (k in v) if (k ~ /^ns\[/) { l = substr(k, 4)
			printf "%s %s %s %s %s %s\n", impl, mode, l, v[k], v["n[" l], v["mn[" l] } }' "$d/bt.out")
	RESULTS+=$'\n'
}

start_server() {
	spawn server "$PY" "$REPO/tests/vm/ftp/ftpd.py" 192.0.2.2 21 "$ROOT" "$NFH_WORK/ftpd.log" \
		> "$NFH_WORK/ftpd.out" 2>&1
	wait_listen server 21 60 || { show "$NFH_WORK/ftpd.out"; return 1; }
}

run_impl() { # IMPL
	local impl=$1 mode
	load_helper_modules "$impl" ftp || { log "cannot load the $impl ftp helper"; return 1; }
	[ "$impl" = ours ] &&
		log "ours nf_conntrack_ftp: version $(cat /sys/module/nf_conntrack_ftp/version 2>/dev/null)"
	# the in-tree callback is a static "help": the only one in the
	# kernel while no other helper with one (irc, sane) is loaded
	if [ "$(awk -v f="$(helper_fn "$impl")" '$3 == f' /proc/kallsyms | wc -l)" -ne 1 ]; then
		log "$(helper_fn "$impl") is not in /proc/kallsyms exactly once: cannot time the $impl helper"
		return 1
	fi
	for mode in $MODES; do
		one_pass "$impl" "$mode" || { log "$impl: the $mode pass failed"; return 1; }
	done
	router_reset
	unload_helper_modules ftp
}

# --- main -----------------------------------------------------------------------
log "permsg: $TRANSFERS transfers per mode, $ROUNDS round(s), $(uname -r), $(nproc) CPUs"
topo_line rb-c rb-s || { log "topology set-up failed"; exit 2; }
modprobe -a nf_conntrack nf_nat nf_conntrack_netlink nf_tables nft_ct nft_nat nft_masq 2>/dev/null
ROOT=$NFH_WORK/srv
mkdir -p "$ROOT"
head -c 4096 /dev/urandom > "$ROOT/file"
SUM=$(sha256sum "$ROOT/file" | cut -d' ' -f1)
run_rounds ftp

# --- the table ---------------------------------------------------------------------
echo "$RESULTS" > "$NFH_WORK/results"
[ "${NFH_BENCH_DEBUG:-0}" = 1 ] && sort "$NFH_WORK/results"
echo
echo "FTP helper cost per control message, kernel $(uname -r), $(nproc) vCPUs, $TRANSFERS transfers x $ROUNDS round(s) per mode"
awk -v impls="$IMPLS" -v modes="$MODES" '
	$3 == "transfers" { tr[$1, $2] += $4; next }
	NF == 6 {
		i = $1; m = $2; k = ($3 > 0) ? "msg" : "none"
		ns[i, m, k] += $4; n[i, m, k] += $5; all[i, m] += $4
		# min: the fastest of each payload length, weighted by its count
		if (k == "msg") { mnw[i, m] += $6 * $5 }
	}
	function f(x) { return x ? sprintf("%.0f", x) : "-" }
	function r(a, b) { return (a && b) ? sprintf("%.2f", a / b) : "-" }
	END {
		ni = split(impls, im, " "); nm = split(modes, md, " ")
		printf "%-5s %-20s", "", ""
		for (j = 1; j <= ni; j++) printf " %-27s", "------ " im[j] " ------"
		printf " %-13s\n", "- ours/intree -"
		printf "%-5s %-20s", "mode", ""
		for (j = 1; j <= ni; j++) printf " %9s %9s %7s", "mean ns", "min ns", "n/xfer"
		printf " %6s %6s\n", "mean", "min"
		for (x = 1; x <= nm; x++) {
			m = md[x]
			printf "%-5s %-20s", m, "per message"
			for (j = 1; j <= ni; j++) {
				i = im[j]; c = n[i, m, "msg"]
				a[i] = c ? ns[i, m, "msg"] / c : 0; b[i] = c ? mnw[i, m] / c : 0
				printf " %9s %9s %7s", f(a[i]), f(b[i]), tr[i, m] ? sprintf("%.1f", c / tr[i, m]) : "-"
			}
			printf " %6s %6s\n", r(a["ours"], a["intree"]), r(b["ours"], b["intree"])
			ratio[m] = r(a["ours"], a["intree"])
			printf "%-5s %-20s", m, "no payload"
			for (j = 1; j <= ni; j++) {
				i = im[j]; c = n[i, m, "none"]; a[i] = c ? ns[i, m, "none"] / c : 0
				printf " %9s %9s %7s", f(a[i]), "", tr[i, m] ? sprintf("%.1f", c / tr[i, m]) : "-"
			}
			printf " %6s\n", r(a["ours"], a["intree"])
			printf "%-5s %-20s", m, "per transfer, all"
			for (j = 1; j <= ni; j++) {
				i = im[j]; a[i] = tr[i, m] ? all[i, m] / tr[i, m] : 0
				printf " %9s %9s %7s", f(a[i]), "", ""
			}
			printf " %6s\n", r(a["ours"], a["intree"])
		}
		for (x = 1; x <= nm; x++)
			printf "ratio ours/intree per message, %s: %s (target: <= 1.00)\n", md[x], ratio[md[x]]
	}
' "$NFH_WORK/results"
echo "(ns: the callback, kprobe to kretprobe, incl. the NAT rewriting and expectation it does; min: the"
echo " fastest of each payload length, weighted by its count; no payload: SYN, ACK, FIN packets)"
[ $failed -eq 0 ]
