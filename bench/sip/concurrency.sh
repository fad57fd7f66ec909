#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# concurrency.sh [--levels "1000 10000 100000"] [--probe N] [--rate R]
#                [--impl "intree ours"]
#
# Does the SIP helper's cost per message grow with the number of calls it
# holds, and how much kernel memory does a call take?  In ONE vmrun guest:
#   tests/vm/vmrun --mem 8192 [--kernel 6.1|6.12] -- bench/sip/concurrency.sh
#
#  phones 10.0.1.2..  --- router (masquerade, sip helper) ---  192.0.2.2.. registrar/callee
#  probe  10.0.1.250  ---                                 ---  192.0.2.250 callee
#
# For each implementation, the router's tables are filled level by level
# with held calls: SIPp (hold_uac.xml, -t un: a socket and so a conntrack
# entry per phone) registers each phone and places a call that is
# answered and then kept (REGISTER, 200, INVITE with SDP, 100, 180, 200
# with SDP, ACK), each with media ports of its own.
# A call counts as held when its ACK has passed the router: the ACK marks
# the phone's conntrack entry (ct mark 1), and a level is reached when
# that many entries carry the mark and no held call's packet has crossed
# the router for a while (a retransmitted 200 acked twice counts once).
# The rate (--rate) is for all the phones together.  Media expectations
# live three minutes (both implementations' policy): at a level filled
# over longer, the earliest calls' media expectations are gone, their
# registrations' (Expires: 3600) and entries (sip_timeout) are not.
# At each level, with the held calls silent:
#   - N probe calls (uac.xml/uas.xml of percall.sh, seven messages each,
#     on their own address pair) while bpftrace times the helper callback
#     (in-tree sip_help_udp, ours nfh_sip_help): ns per message;
#   - the conntrack entries and expectations the kernel holds, and the
#     slab memory of the nf_conntrack and nf_conntrack_expect caches, and
#     of all slab, per held call above the empty table (all slab includes
#     the phones' own sockets, the same for both implementations);
#   - what was refused: the kernel's "table full" messages, conntrack -S
#     drop and insert_failed, and our counters (refused_*, drop_*).
# A phone pair (one client and one server address) holds at most 10,000
# calls: masquerade maps every phone to the router's one address, where,
# toward one server address, each phone's signalling and the expectations
# of its media (RTP and RTCP) need ports of their own: media 10000-29999,
# signalling 30000-65535.  Our expect_max_per_src is set to 0 (no cap):
# here thousands of phones share an address, on a real network each has
# its own.  nf_conntrack_max and
# nf_conntrack_expect_max are raised to hold the highest level.
#
# A benchmark, not a test: it asserts no timing.  It fails when a level is
# not reached (calls failed, or the tables did not grow to the level) or a
# probe call fails.  Figures go to Documentation/performance.rst.
set -u

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
export NFH_NETNS_PREFIX=nfc-
# shellcheck source-path=SCRIPTDIR source=../../tests/vm/lib.sh
. "$REPO/tests/vm/lib.sh"
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$HERE/lib.sh"

LEVELS="1000 10000 100000"
PROBE=300
RATE=200
IMPLS="intree ours"
PAIR_MAX=10000
usage() { sed -n '4,40p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
while [ $# -gt 0 ]; do
	case $1 in
	--levels) LEVELS=$2; shift 2 ;;
	--probe) PROBE=$2; shift 2 ;;
	--rate) RATE=$2; shift 2 ;;
	--impl) IMPLS=$2; shift 2 ;;
	-h|--help) usage ;;
	*) usage ;;
	esac
done
for i in $IMPLS; do
	case $i in intree|ours) ;; *) usage ;; esac
done
TOP=0 prev=0
for l in $LEVELS; do
	[ "$l" -gt "$prev" ] 2>/dev/null || { echo "concurrency: levels must grow" >&2; usage; }
	prev=$l
done
TOP=$prev
PAIRS=$(((TOP + PAIR_MAX - 1) / PAIR_MAX))
[ "$PAIRS" -le 200 ] || { echo "concurrency: at most $((200 * PAIR_MAX)) calls" >&2; exit 2; }

[ "$(id -u)" = 0 ] || { echo "concurrency: run it in the vmrun guest (as root)" >&2; exit 2; }
for t in sipp bpftrace nft conntrack ip; do
	command -v "$t" >/dev/null || { echo "concurrency: $t is missing" >&2; exit 2; }
done

trap 'cleanup' EXIT
trap 'exit 130' INT TERM

# --- topology -------------------------------------------------------------
# pair K (1..PAIRS): phones on 10.0.1.(1+K), their registrar 192.0.2.(1+K)
phone_addr() { echo "10.0.1.$((1 + $1))"; }
server_addr() { echo "192.0.2.$((1 + $1))"; }
topo_up() {
	local k
	topo_line rb-c rb-s || return 1
	# shellcheck disable=SC2034 # lib.sh: probe_script
	ROUTER_NS=$(stat -L -c %i "/run/netns/$(ns router)")
	for ((k = 2; k <= PAIRS; k++)); do echo "addr add $(phone_addr $k)/24 dev c0"; done |
		ipb client || return 1
	echo "addr add 10.0.1.250/24 dev c0" | ipb client || return 1
	for ((k = 2; k <= PAIRS; k++)); do echo "addr add $(server_addr $k)/24 dev s0"; done |
		ipb server || return 1
	echo "addr add 192.0.2.250/24 dev s0" | ipb server || return 1
	# every phone's socket is one more neighbour entry for nobody, but
	# each SIPp instance holds up to PAIR_MAX of them open
	ulimit -n $((PAIR_MAX * 2 + 1024))
	# the phones need ports of their own, above their media ports
	# (10000-29999, media_file): masquerade keeps a phone's port, and a
	# phone's signalling port must not be another phone's media port on
	# the router's one address, where their expectations would clash
	nsx client sysctl -qw net.ipv4.ip_local_port_range="30000 65535"
}

router_rules() { # IMPL
	nsx router nft -f - <<-EOF
	table inet nfc {
		ct helper sip-u { type "sip" protocol udp; }
		counter held_acks { }
		counter fill_pkts { }
		chain pre { type filter hook prerouting priority filter; policy accept;
			iifname "rb-c" udp dport 5060 ct helper set "sip-u"
			# every packet of the held calls (not the probe's): the
			# level is quiet when this stops moving
			ip saddr != { 10.0.1.250, 192.0.2.250 } meta l4proto udp counter name fill_pkts
			# a phone's ACK (the payload starts "ACK "): its call is
			# held; the mark counts each phone once
			iifname "rb-c" ip saddr != 10.0.1.250 udp dport 5060 @th,64,32 0x41434b20 counter name held_acks ct mark set 1
		}
		chain post { type nat hook postrouting priority srcnat; policy accept;
			oifname "rb-s" masquerade
		}
	}
	EOF
}

# --- the tables -----------------------------------------------------------------
router_sysctl() { nsx router cat "/proc/sys/net/netfilter/$1"; }
# slab bytes in use of a cache (active objects x object size), 0 if none
slab_bytes() {
	awk -v c="$1" '$1 == c { print $2 * $4; f = 1 } END { if (!f) print 0 }' /proc/slabinfo
}
slab_total() { awk '$1 == "Slab:" { print $2 * 1024 }' /proc/meminfo; }
expect_count() { nsx router cat /proc/net/nf_conntrack_expect 2>/dev/null | wc -l; }
# conntrack -S summed over CPUs: "drop insert_failed early_drop"
ct_drops() {
	nsx router conntrack -S 2>/dev/null | awk '{
		for (i = 1; i <= NF; i++) {
			split($i, kv, "=")
			if (kv[1] == "drop") d += kv[2]
			if (kv[1] == "insert_failed") f += kv[2]
			if (kv[1] == "early_drop") e += kv[2]
		} } END { print d + 0, f + 0, e + 0 }'
}
table_full_msgs() { dmesg | grep -c 'table full' || true; }
our_refusals() { # the counters that say something was refused or dropped
	our_counters | awk '$1 ~ /^(refused|drop|expect_failed|media_skipped)/ && $2 != 0 { printf "%s=%s ", $1, $2 }'
}

# snapshot NAME: the tables' state into $D/NAME
snapshot() {
	{
		echo "conntrack $(router_sysctl nf_conntrack_count)"
		echo "expect $(expect_count)"
		echo "ct_slab $(slab_bytes nf_conntrack)"
		# the expectation cache may be merged into another (no
		# slab_nomerge on Debian's kernels): count x its slot size
		echo "exp_slab $(($(expect_count) * $(cat /sys/kernel/slab/nf_conntrack_expect/slab_size 2>/dev/null || echo 0)))"
		echo "slab $(slab_total)"
		read -r d f e < <(ct_drops)
		echo "drop $d"; echo "insert_failed $f"; echo "early_drop $e"
		echo "table_full $(table_full_msgs)"
	} > "$D/$1"
}
val() { awk -v k="$2" '$1 == k { print $2 }' "$D/$1"; }

# --- the held calls ----------------------------------------------------------------
# media port files for SIPp's -inf: N lines, even ports from FIRST
media_file() { # FILE N FIRST
	{ echo SEQUENTIAL; seq "$3" 2 $(($3 + 2 * ($2 - 1))) | sed 's/$/;/'; } > "$1"
}
# One SIPp pair per phone pair; FILLED[K] calls so far on pair K.
declare -A FILLED=()
UAC_PIDS=()
start_registrar() { # K
	local k=$1 a
	a=$(server_addr "$k")
	media_file "$D/uas$k.csv" "$PAIR_MAX" 10000
	spawn server sipp -sf "$HERE/hold_uas.xml" -i "$a" -p 5060 -inf "$D/uas$k.csv" \
		-buff_size "$SOCKBUF" -nostdin > "$D/uas$k.out" 2>&1
	wait_for 60 "nsx server ss -Hlun 'src $a:5060' | grep -q ." || return 1
}
# add_phones K N RATE: N more held calls on pair K (its own SIPp uac
# instance), RATE a second
add_phones() {
	local k=$1 n=$2 base=${FILLED[$1]:-0} f
	f=$D/uac$k.$base.csv
	media_file "$f" "$n" $((10000 + 2 * base))
	spawn client sipp "$(server_addr "$k"):5060" -sf "$HERE/hold_uac.xml" -i "$(phone_addr "$k")" \
		-t un -max_socket $((n + 16)) -inf "$f" -m "$n" -r "$3" -buff_size 262144 \
		-nostdin > "$D/uac$k.$base.out" 2>&1
	UAC_PIDS+=("$BG_PID")
	FILLED[$k]=$((base + n))
}
# fill_to LEVEL: phones onto the pairs, each up to PAIR_MAX, until LEVEL
# calls are held; then wait until the router holds them (a conntrack entry
# each, plus the probe's none) or SIPp reports failed calls.
HELD=0
fill_to() {
	local level=$1 k n t0 rate plan=()
	t0=$SECONDS
	# which pairs get how many phones; the pairs filled at once share
	# the rate
	for ((k = 1; k <= PAIRS && HELD < level; k++)); do
		n=$((PAIR_MAX - ${FILLED[$k]:-0}))
		[ $n -gt $((level - HELD)) ] && n=$((level - HELD))
		[ $n -gt 0 ] || continue
		plan+=("$k:$n")
		HELD=$((HELD + n))
	done
	rate=$(((RATE + ${#plan[@]} - 1) / ${#plan[@]}))
	for k in "${plan[@]}"; do
		n=${k#*:} k=${k%:*}
		[ -n "${FILLED[$k]+x}" ] || start_registrar "$k" || { log "registrar $k did not start"; return 1; }
		add_phones "$k" "$n" "$rate"
	done
	# held once its ACK is through (the cheap ACK counter first, then the
	# marked entries); 30 s per thousand calls is far above what it takes
	if ! wait_for $((60 + level * 30 / 1000)) "{ [ \$(held_acks) -ge $level ] && held_at_least $level; } || phones_exited"; then
		log "  the router saw $(held_acks) phones' ACKs, holds $(held_calls) answered calls, $(router_sysctl nf_conntrack_count) entries; wanted $level"
		return 1
	fi
	if phones_exited; then
		log "  a phones' SIPp exited (failed calls):"
		tail -n 30 "$D"/uac*.out | grep -a 'Failed\|Successful\|ACK\|INVITE\|REGISTER' | head -n 20
		return 1
	fi
	# quiet: no held call's packet (a late retransmission) for 3 s
	if ! wait_for 120 "fill_quiet 3"; then
		log "  the held calls did not fall silent"
		return 1
	fi
	log "  $level calls held after $((SECONDS - t0)) s ($rate calls/s a pair, ${#plan[@]} pairs; $(held_acks) ACKs seen)"
}
# held_at_least N: N answered calls.  Listing the table costs seconds at
# 100,000 entries under TCG, time taken from the phones still calling:
# at most one listing every 5 s.
HELD_LISTED=0
held_at_least() {
	[ $((SECONDS - HELD_LISTED)) -ge 5 ] || return 1
	HELD_LISTED=$SECONDS
	[ "$(held_calls)" -ge "$1" ]
}
# phones whose entry carries the mark of an answered call
held_calls() { nsx router conntrack -L -m 1 2>/dev/null | wc -l; }
# packets of the router's nft counter NAME (table nfc), 0 if none
nfc_packets() {
	nsx router nft list counter inet nfc "$1" 2>/dev/null |
		awk '$1 == "packets" { print $2; f = 1 } END { if (!f) print 0 }'
}
fill_pkts() { nfc_packets fill_pkts; }
fill_quiet() { # SECONDS: fill_pkts did not move for that long
	local a
	a=$(fill_pkts)
	sleep "$1"
	[ "$(fill_pkts)" = "$a" ]
}
held_acks() { nfc_packets held_acks; }
# a held call never ends: a phones' SIPp that exits had calls fail
phones_exited() {
	local p
	for p in "${UAC_PIDS[@]}"; do kill -0 "$p" 2>/dev/null || return 0; done
	return 1
}

# --- probe calls -------------------------------------------------------------------
probe() { # IMPL LEVEL -> appends to RESULTS
	local impl=$1 level=$2 fn uas st ok bad rt
	fn=$(helper_fn "$impl")
	spawn server sipp -sf "$HERE/uas.xml" -i 192.0.2.250 -p 5060 -mi 192.0.2.250 -mp 7000 \
		-m "$PROBE" -buff_size "$SOCKBUF" -nostdin -timeout "$((PROBE / 20 + 120))s" \
		> "$D/probe-uas.$level.out" 2>&1
	uas=$BG_PID
	wait_for 60 "nsx server ss -Hlun 'src 192.0.2.250:5060' | grep -q ." || return 1
	local fill0
	fill0=$(fill_pkts)
	bt_start helper "$fn" "$D/bt.$level.out" || return 1
	nsx client timeout "$((PROBE / 20 + 180))" sipp 192.0.2.250:5060 -sf "$HERE/uac.xml" -i 10.0.1.250 \
		-p 5060 -mi 10.0.1.250 -mp 6000 -m "$PROBE" -r 20 -buff_size "$SOCKBUF" -nostdin \
		-timeout "$((PROBE / 20 + 60))s" -timeout_error > "$D/probe-uac.$level.out" 2>&1
	st=$?
	bt_stop
	local noise
	noise=$(($(fill_pkts) - fill0))
	wait_for 30 "! kill -0 $uas" || kill "$uas" 2>/dev/null
	read -r ok bad rt < <(sipp_stats "$D/probe-uac.$level.out")
	if [ "$st" -ne 0 ] || [ "$ok" -ne "$PROBE" ]; then
		log "  probe at $level: SIPp exit $st, $ok calls ok, $bad failed"
		return 1
	fi
	local hn hc
	hn=$(bt_value "$D/bt.$level.out" help_ns)
	hc=$(bt_value "$D/bt.$level.out" help_n)
	snapshot "at.$level"
	local line="$impl $level help_ns $hn help_n $hc retrans $rt noise $noise"
	local k
	for k in conntrack expect ct_slab exp_slab slab drop insert_failed early_drop table_full; do
		line+=" $k $(val "at.$level" $k)"
	done
	for k in ct_slab exp_slab slab; do
		line+=" base_$k $(val base $k)"
	done
	log "  $line"
	[ "$impl" = ours ] && log "  our refusals so far: $(our_refusals)"
	RESULTS+="$line"$'\n'
}

# --- one implementation ------------------------------------------------------------
RESULTS=
run_impl() { # IMPL
	local impl=$1 level
	D=$NFH_WORK/$impl
	mkdir -p "$D"
	FILLED=() HELD=0 UAC_PIDS=()
	load_helper_modules "$impl" sip || { log "cannot load the $impl sip helper"; return 1; }
	if [ "$impl" = ours ]; then
		echo 0 > /sys/module/nf_conntrack_sip/parameters/expect_max_per_src
		log "ours nf_conntrack_sip: version $(cat /sys/module/nf_conntrack_sip/version)"
	fi
	grep -qw "$(helper_fn "$impl")" /proc/kallsyms ||
		{ log "$(helper_fn "$impl") is not in /proc/kallsyms"; return 1; }
	router_reset
	router_rules "$impl" || { log "nft rules failed"; return 1; }
	# the previous implementation's entries go after a grace period
	wait_for 60 "[ \$(router_sysctl nf_conntrack_count) -eq 0 ]"
	sleep 2	# and their slab objects an RCU grace period later
	snapshot base
	for level in $LEVELS; do
		log "$impl: filling to $level held calls"
		fill_to "$level" || return 1
		probe "$impl" "$level" || return 1
	done
	teardown "$impl"
}
# teardown IMPL: each step logged (a first run hung somewhere here after
# its 10,000 level); the held calls' SIPps have nothing left to say
teardown() {
	log "$1: stopping the held calls"
	reap_bg 30
	log "$1: emptying the tables"
	router_reset
	log "$1: unloading"
	unload_helper_modules sip
}

# --- main ---------------------------------------------------------------------------
log "concurrency: levels $LEVELS, $PROBE probe calls, fill rate $RATE/s, $(uname -r), $(nproc) CPUs, $(awk '$1 == "MemTotal:" { printf "%d MiB", $2 / 1024 }' /proc/meminfo)"
topo_up || { log "topology set-up failed"; exit 2; }
# hash tables sized as a router admin would for this many calls (the
# expectation table's default is 1/256 of the conntrack table's buckets:
# chains of thousands at the top level, for both implementations)
[ -d /sys/module/nf_conntrack ] || modprobe nf_conntrack hashsize=$((TOP + 4096)) expect_hashsize=$((TOP + 4096))
modprobe -a nf_nat nf_conntrack_netlink nf_tables nft_ct nft_nat nft_masq 2>/dev/null
log "buckets: conntrack $(cat /sys/module/nf_conntrack/parameters/hashsize), expectations $(cat /sys/module/nf_conntrack/parameters/expect_hashsize)"
SOCKBUF=4194304
sysctl -qw net.core.rmem_max=$SOCKBUF net.core.wmem_max=$SOCKBUF
# room for every level: an entry per phone and per probe call, an
# expectation per registration and per media stream (RTP and RTCP of the
# offer and of the answer)
sysctl -qw net.netfilter.nf_conntrack_max=$((TOP * 2 + 10000))
sysctl -qw net.netfilter.nf_conntrack_expect_max=$((TOP * 6 + 10000))
failed=0
for impl in $IMPLS; do
	run_impl "$impl" || { failed=1; log "$impl: stopped"; teardown "$impl"; }
done

# --- the table ------------------------------------------------------------------------
echo "$RESULTS" > "$NFH_WORK/results"
echo
echo "SIP helper cost and memory against held calls, kernel $(uname -r), $(nproc) vCPUs, $PROBE probe calls a level"
awk '
	NF { for (i = 3; i < NF; i += 2) v[$1, $2, $i] = $(i + 1); if (!seen[$1]++) im[++n] = $1
	     if (!lseen[$2]++) lv[++m] = $2 }
	function per(a, b) { return b ? a / b : 0 }
	END {
		printf "%-7s %8s %10s %8s %9s %10s %11s %11s %11s %6s %8s\n", "impl", "held", "helper", "msgs",
			"conntrack", "expect", "ct slab", "exp slab", "all slab", "drops", "full msg"
		printf "%-7s %8s %10s %8s %9s %10s %11s %11s %11s %6s %8s\n", "", "calls", "ns/msg", "timed",
			"entries", "entries", "B/call", "B/call", "B/call", "", ""
		for (a = 1; a <= n; a++) for (b = 1; b <= m; b++) {
			i = im[a]; l = lv[b]
			if (!((i, l, "help_n") in v)) continue
			printf "%-7s %8d %10.0f %8d %9d %10d %11.0f %11.0f %11.0f %6d %8d\n", i, l,
				per(v[i, l, "help_ns"], v[i, l, "help_n"]), v[i, l, "help_n"], v[i, l, "conntrack"],
				v[i, l, "expect"],
				per(v[i, l, "ct_slab"] - v[i, l, "base_ct_slab"], l),
				per(v[i, l, "exp_slab"] - v[i, l, "base_exp_slab"], l),
				per(v[i, l, "slab"] - v[i, l, "base_slab"], l),
				v[i, l, "drop"] + v[i, l, "insert_failed"] + v[i, l, "early_drop"], v[i, l, "table_full"]
		}
		for (a = 1; a <= n; a++) {
			i = im[a]; lo = lv[1]; hi = lv[m]
			if (m > 1 && v[i, lo, "help_n"] && v[i, hi, "help_n"])
				printf "%s: helper ns/msg at %d held calls / at %d: %.2f (target: within 20%%)\n", i, hi, lo,
					per(v[i, hi, "help_ns"], v[i, hi, "help_n"]) / per(v[i, lo, "help_ns"], v[i, lo, "help_n"])
		}
	}' "$NFH_WORK/results"
echo "(helper: the helper callback during the probe calls, incl. the NAT mangling it calls; slab per"
echo " call: above the empty table; all slab includes the phones' sockets; drops: conntrack -S drop +"
echo " insert_failed + early_drop; full msg: the kernel's \"table full\" lines so far)"
[ $failed -eq 0 ]
