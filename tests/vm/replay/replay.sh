#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# replay.sh [--impl ours|intree] [--proto ftp|sip|h323] [PCAP...]
# replay.sh --prepare
#
# Corpus replay, run INSIDE the vmrun guest (it loads kernel modules):
#   tests/vm/vmrun [--kernel 6.1|6.12] -- tests/vm/replay/replay.sh [...]
#
# Each capture (default: every file in $CORPUS/pcap/ftp/ for ftp; in
# $CORPUS/pcap/sip/ and the SIP ones of $CORPUS/pcap/fuzz/ for sip; for
# h323 $CORPUS/pcap/h323/, the H.323 ones of pcap/fuzz/ (*h323*) and the
# generated flows $CORPUS/generated/*_flow.pcap) is replayed with
# tcpreplay through a pair of network namespaces with the topology of the
# corpus oracle ($NFH_CORPUS/tools/replay_oracle.sh): packets enter
# namespace T on a veth, nft `ct helper set` rules attach the helpers on
# the standard ports, IPv4 is forwarded, IPv6 is delivered locally through
# an AnyIP route.  The expectation events (`conntrack -E expect`) are
# normalised like the oracle's (timeout field stripped, sort | uniq) and
# compared with $CORPUS/expected/<dir>__<file>.expect, <dir> being the
# capture's corpus directory (ftp, sip, fuzz, h323; else the protocol), or
# for a generated flow with $CORPUS/generated/<file>.expect beside it.
#
# Differences from the oracle, none of which changes what the helper sees:
# - no fixed sleeps: the event listener must be subscribed before the
#   replay starts, tcpreplay runs to completion, then we wait until no
#   packet waits in a CPU's backlog, the listener has read everything the
#   kernel queued on its socket, and its output has been quiet for
#   REPLAY_QUIET seconds (bounded by REPLAY_TIMEOUT);
# - ftp: only the ftp helper object is defined in nft.  sip: the oracle's
#   whole table (ftp on tcp/21, sip on udp+tcp/5060, Q.931 on tcp/1720, RAS
#   on udp/1719), because SIP captures also carry FTP and RAS traffic whose
#   expectations are in the expected files; the ftp and H.323 helpers are
#   always the in-tree modules, only the SIP pair is the one under test;
#   h323: only the Q.931 (tcp/1720) and RAS (udp/1719) objects of the
#   oracle's table: the H.323 captures carry no FTP or SIP traffic, so the
#   ftp and sip helpers would see nothing (the H.245 helper is attached by
#   expectations only, as in the oracle);
# - the namespaces are made once per run (vt gets a fixed MAC); before each
#   capture the conntrack and expectation tables are flushed and checked
#   empty (REPLAY_FRESH_NS=1: new namespaces for every capture instead).
#
# --impl ours   (default) plain modprobe: this checkout's module in updates/
# --impl intree the distro .ko, insmod by path
# A helper module of the other implementation must not be loaded (compare.sh
# unloads in between).
#
# Output per capture: a header, SAME or DIFF with a unified diff
# (expected -> got), for --impl ours the non-zero deltas of the counters in
# /proc/net/nfhelpers/<proto> of namespace T, and a machine-readable line
#   RESULT <capture> SAME|DIFF|ERROR|SKIP <events got> <events expected>
# SKIP: a raw-IP capture tcpreplay cannot send (nor could the oracle).
# Exit status: 0 all SAME (or SKIP), 1 some DIFF or ERROR, 2 setup failure.
#
# --prepare (on the host, no root needed; tests/vm/run-all does it before
# booting): rewrite every capture of every protocol (pcap/ftp, pcap/sip,
# pcap/fuzz, pcap/h323, generated/*_flow.pcap) for
# the replay (tcprewrite, as below) and sort its expected file, into
# $NFH_CACHE/replay (default .cache/replay).  The guest then uses those
# files instead of running tcprewrite and sort itself for every capture,
# implementation and kernel; a missing or stale one (older than the capture,
# the expected file or this script) is made in the guest as before.
#
# Environment: NFH_CORPUS (default ../shared/corpus beside the checkout, as
# for make; vmrun passes the host's on), REPLAY_QUIET (0.3 s),
# REPLAY_TIMEOUT (60 s per capture), REPLAY_MBPS (5, as the oracle),
# REPLAY_XP_MUTANT=1 drops one of explain's predictions per capture (the
# negative control of the explain check: each such capture must differ),
# REPLAY_KEEP=1 keeps the work directory, REPLAY_TIMING=1 shows how long
# each step took.  REPLAY_SYSCTL="key=value ..." sets further sysctls in
# namespace T, a deviation from the oracle for experiments: e.g.
#   REPLAY_SYSCTL="net.ipv4.conf.all.route_localnet=1 net.ipv4.conf.vt.route_localnet=1
#   net.ipv4.conf.all.accept_local=1 net.ipv4.conf.vt.accept_local=1"
# lets captures made on 127.0.0.1 reach the helper (the oracle drops them
# as martians before the helper runs, so their expected files are empty).
set -u

HERE=$(cd "$(dirname "$0")" && pwd)
# Shared VM-test helpers: log, module build ids, the work directory.
NFH_WORK=$(mktemp -d /tmp/replay.XXXXXX)
[ "${REPLAY_KEEP:-0}" = 1 ] && NFH_KEEP_WORK=1
# shellcheck source-path=SCRIPTDIR source=../lib.sh
. "$HERE/../lib.sh"
WORK=$NFH_WORK
CORPUS=${NFH_CORPUS:-$(cd "$HERE/../../../.." && pwd)/shared/corpus}
QUIET=${REPLAY_QUIET:-0.3}
TIMEOUT=${REPLAY_TIMEOUT:-60}
MBPS=${REPLAY_MBPS:-5}
FRESH=${REPLAY_FRESH_NS:-0}
IMPL=ours
PROTO=ftp
KREL=$(uname -r)
RCACHE=${NFH_CACHE:-$(cd "$HERE/../../.." && pwd)/.cache}/replay
PREPARE=0
VT_MAC=02:00:00:00:00:02	# the replayed frames' destination
SRC_MAC=02:00:00:00:00:01	# as the oracle

usage() { sed -n '4,/^set -u/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }
die() { echo "replay: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
	case $1 in
	--impl) IMPL=$2; shift 2 ;;
	--impl=*) IMPL=${1#*=}; shift ;;
	--proto) PROTO=$2; shift 2 ;;
	--proto=*) PROTO=${1#*=}; shift ;;
	--prepare) PREPARE=1; shift ;;
	-h|--help) usage ;;
	--) shift; break ;;
	-*) usage ;;
	*) break ;;
	esac
done
case $IMPL in ours|intree) ;; *) die "unknown --impl '$IMPL'" ;; esac

# rewrite_capture PCAP OUT: the capture as it is replayed: Ethernet frames
# from SRC_MAC to VT_MAC with fixed checksums.  When tcprewrite cannot do
# it, the capture unchanged, as the oracle does, and a note on stdout.
rewrite_capture() {
	local in=$1 out=$2
	case $in in *.gz) zcat "$in" > "$out.in"; in=$out.in ;; esac
	if ! tcprewrite --dlt=enet --enet-dmac="$VT_MAC" --enet-smac="$SRC_MAC" --fixcsum \
		-i "$in" -o "$out" 2> "$out.err"; then
		echo "note: tcprewrite failed ($(grep -m1 . "$out.err")); replaying unchanged"
		cp "$in" "$out"
	fi
	rm -f "$out.in" "$out.err"
}
# predict_capture PCAP OUT: the expectations helperctl explain predicts for
# the capture (our parse cores, no kernel), one "l4proto src dst dport"
# a line, sorted, as the replay's [NEW] events give them: a wildcard
# source is 0.0.0.0 or ::, and an expectation on a loopback address is
# left out (the router drops such packets as martians before any helper).
HELPERCTL=$(cd "$HERE/../../.." && pwd)/tools/helperctl/helperctl
H323DUMP=${HELPERCTL%/helperctl/helperctl}/h323dump/h323dump
predict_capture() {
	local in=$1 out=$2 l p f s dst dp
	"$HELPERCTL" explain -j "$in" > "$out.json" 2> "$out.err" || {
		echo "explain failed: $(head -n 1 "$out.err")" > "$out.tmp"
		mv "$out.tmp" "$out"; rm -f "$out.json" "$out.err"; return 1
	}
	while IFS= read -r l; do
		[[ $l == *'"action":"expect"'* ]] || continue
		[[ $l =~ \"protocol\":\"([a-z]+)\",\"family\":\"(ipv[46])\",\"src\":(null|\"[^\"]*\"),\"dst\":\"([^\"]*)\",\"dport\":([0-9]+) ]] || continue
		p=${BASH_REMATCH[1]}; f=${BASH_REMATCH[2]}; s=${BASH_REMATCH[3]//\"/}
		dst=${BASH_REMATCH[4]}; dp=${BASH_REMATCH[5]}
		[ "$s" = null ] && { [ "$f" = ipv4 ] && s=0.0.0.0 || s=::; }
		case "$s $dst " in 127.*|*" 127."*|"::1 "*|*" ::1 ") continue ;; esac
		echo "$p $s $dst $dp"
	done < "$out.json" | LC_ALL=C sort -u > "$out.tmp"
	mv "$out.tmp" "$out"; rm -f "$out.json" "$out.err"
}
# fresh FILE SOURCE...: FILE exists and is newer than every SOURCE
fresh() {
	local f=$1 s
	shift
	for s; do [ "$f" -nt "$s" ] || return 1; done
}

# The captures of each protocol, as globs under $CORPUS (extglob).  The
# fuzz seeds are split by name: the H.323 one(s) to h323, the rest to sip.
shopt -s extglob
caps_of() { # PROTO
	case $1 in
	ftp) echo 'pcap/ftp/*' ;;
	sip) echo 'pcap/sip/* pcap/fuzz/!(*h323*)' ;;
	h323) echo 'pcap/h323/* pcap/fuzz/*h323* generated/*_flow.pcap' ;;
	esac
}
# corpus_dir PCAP: its corpus directory (pcap/<dir>/ or generated/)
corpus_dir() { local d=${1%/*}; echo "${d##*/}"; }
# expect_of DIR NAME: the oracle's expected file of a capture
expect_of() {
	if [ "$1" = generated ]; then
		echo "$CORPUS/generated/$2.expect"
	else
		echo "$CORPUS/expected/${1}__$2.expect"
	fi
}

if [ $PREPARE = 1 ]; then
	mkdir -p "$RCACHE" || die "cannot make $RCACHE"
	n=0
	read -r -a globs <<< "$(caps_of ftp) $(caps_of sip) $(caps_of h323)"
	for g in "${globs[@]}"; do
		for pcap in "$CORPUS"/$g; do
			[ -f "$pcap" ] || continue
			dir=$(corpus_dir "$pcap")
			key=$RCACHE/${dir}__${pcap##*/}
			exp=$(expect_of "$dir" "${pcap##*/}")
			if ! fresh "$key.pcap" "$pcap" "$0"; then
				rewrite_capture "$pcap" "$key.pcap.tmp" > "$key.note.tmp"
				mv "$key.note.tmp" "$key.note"; mv "$key.pcap.tmp" "$key.pcap"
			fi
			if [ -x "$HELPERCTL" ] && [ -x "$H323DUMP" ] &&
			   ! fresh "$key.xp" "$pcap" "$0" "$HELPERCTL" "$H323DUMP"; then
				predict_capture "$pcap" "$key.xp" || echo "replay: $(<"$key.xp")" >&2
			fi
			if [ -f "$exp" ] && ! fresh "$key.exp" "$exp" "$0"; then
				LC_ALL=C sort -u "$exp" > "$key.exp.tmp" && mv "$key.exp.tmp" "$key.exp"
			fi
			n=$((n + 1))
		done
	done
	echo "replay: $n captures prepared in $RCACHE"
	rm -rf "$WORK"
	exit 0
fi

# Per protocol: helper modules under test (conntrack half first), other
# helpers the nft table needs (always in-tree), the nft helper objects and
# the rules that attach them (as in the oracle), the corpus directories.
AUX_MODS=
case $PROTO in
ftp)
	MODS="nf_conntrack_ftp nf_nat_ftp"
	NFT_OBJ='ct helper ftp { type "ftp" protocol tcp; }'
	NFT_RULE='tcp dport 21 ct helper set "ftp"'
	DIRS=ftp
	;;
h323)
	MODS="nf_conntrack_h323 nf_nat_h323"
	NFT_OBJ='ct helper q931 { type "Q.931" protocol tcp; }
  ct helper ras { type "RAS" protocol udp; }'
	NFT_RULE='tcp dport 1720 ct helper set "q931"
    udp dport 1719 ct helper set "ras"'
	DIRS="h323 fuzz generated"
	;;
sip)
	MODS="nf_conntrack_sip nf_nat_sip"
	AUX_MODS="nf_conntrack_ftp nf_conntrack_h323"
	NFT_OBJ='ct helper ftp { type "ftp" protocol tcp; }
  ct helper sip-u { type "sip" protocol udp; }
  ct helper sip-t { type "sip" protocol tcp; }
  ct helper q931 { type "Q.931" protocol tcp; }
  ct helper ras { type "RAS" protocol udp; }'
	NFT_RULE='tcp dport 21 ct helper set "ftp"
    udp dport 5060 ct helper set "sip-u"
    tcp dport 5060 ct helper set "sip-t"
    tcp dport 1720 ct helper set "q931"
    udp dport 1719 ct helper set "ras"'
	DIRS="sip fuzz"
	;;
*) die "protocol '$PROTO' is not supported (ftp, sip, h323)" ;;
esac

[ "$(id -u)" = 0 ] || die "must run as root (inside the vmrun guest)"
for t in ip nft conntrack tcpreplay tcprewrite stdbuf modprobe insmod readelf; do
	command -v "$t" >/dev/null || die "$t is missing"
done
[ -n "${EPOCHREALTIME:-}" ] || die "needs bash 5 (EPOCHREALTIME)"

if [ $# -eq 0 ]; then
	all=()
	read -r -a globs <<< "$(caps_of "$PROTO")"
	for g in "${globs[@]}"; do
		# shellcheck disable=SC2206 # a glob, expanded here
		caps=("$CORPUS"/$g)
		[ -e "${caps[0]}" ] || die "no captures $CORPUS/$g"
		all+=("${caps[@]}")
	done
	set -- "${all[@]}"
fi

EVPID=
EVFD=
R=
T=
stop_listener() {
	[ -n "$EVFD" ] && { exec {EVFD}<&-; EVFD=; }
	[ -n "$EVPID" ] || return 0
	kill "$EVPID" 2>/dev/null; wait "$EVPID" 2>/dev/null; EVPID=
}
teardown_ns() {
	local n p
	stop_listener
	for n in $T $R; do
		for p in $(ip netns pids "$n" 2>/dev/null); do kill "$p" 2>/dev/null; done
		ip netns del "$n" 2>/dev/null
	done
	R=; T=
}
trap 'teardown_ns; cleanup' EXIT
trap 'exit 130' INT TERM

# Waiting without spawning processes (every exec is slow under TCG).
now_ms() { local t=${EPOCHREALTIME//[!0-9]/}; NOW=$((t / 1000)); }
QUIET_MS=$(awk -v s="$QUIET" 'BEGIN { printf "%d\n", s * 1000 }')

# --- module loading, with a check of which implementation is loaded ------
# intree_ko, file_build_id and loaded_build_id come from ../lib.sh
ours_ko() {
	local f
	f=$(modinfo -n "$1" 2>/dev/null)
	case $f in */updates/*) echo "$f" ;; *) return 1 ;; esac
}
impl_ko() { # IMPL M
	if [ "$1" = ours ]; then ours_ko "$2"; else intree_ko "$2"; fi
}

# The loaded module M is the file of implementation IMPL.
is_impl_loaded() { # IMPL M
	local m=$2 f a b
	f=$(impl_ko "$1" "$m") || return 1
	a=$(loaded_build_id "$m") || return 1
	b=$(file_build_id "$f")
	[ -n "$b" ] && [ "$a" = "$b" ]
}

load_one() { # IMPL M
	local impl=$1 m=$2 f d
	f=$(impl_ko "$impl" "$m") || die "no $impl $m for $KREL (ours: run 'make kernels'; vmrun stages .build/$KREL/*.ko)"
	if [ -d "/sys/module/$m" ]; then
		is_impl_loaded "$impl" "$m" ||
			die "$m is loaded but is not the $impl module $f; unload it first"
	else
		case $impl in
		ours)
			modprobe "$m" || die "modprobe $m failed"
			;;
		intree)
			for d in $(modinfo -F depends "$f" | tr , ' '); do
				[ -d "/sys/module/$d" ] || modprobe "$d" || die "cannot load $d for $m"
			done
			insmod "$f" || die "insmod $f failed"
			;;
		esac
		is_impl_loaded "$impl" "$m" || die "loaded $m is not $f (build id mismatch)"
	fi
	log "$impl $m: $f"
}

load_helper() {
	local m
	modprobe -a nf_conntrack nf_conntrack_netlink nf_nat nf_tables nft_ct ||
		die "cannot load the conntrack/nftables core modules"
	for m in $MODS; do load_one "$IMPL" "$m"; done
	# the other helpers of the oracle's table, as the oracle: stock ones
	for m in $AUX_MODS; do load_one intree "$m"; done
}

# --- the namespaces ----------------------------------------------------------
setup_ns() { # sets R and T, or returns 1
	local id=$$_$1
	R=rpl_r_$id; T=rpl_t_$id
	ip netns add "$R" && ip netns add "$T" || return 1
	ip link add vr netns "$R" type veth peer name vt netns "$T" address "$VT_MAC" || return 1
	ip -n "$R" link set vr up; ip -n "$T" link set vt up; ip -n "$T" link set lo up
	ip link add d0 netns "$T" type veth peer name dz netns "$R" || return 1
	ip -n "$T" link set d0 up; ip -n "$R" link set dz up
	ip -n "$T" route add default dev d0
	# IPv6: deliver all of it locally (AnyIP), as the oracle does
	ip -n "$T" -6 route add local ::/0 dev lo table local 2>/dev/null
	ip -n "$T" addr add fe80::1/64 dev vt 2>/dev/null
	in_netns "$T" sysctl -qw net.ipv4.ip_forward=1 net.ipv6.conf.all.forwarding=1 \
		net.ipv4.conf.all.rp_filter=0 net.ipv4.conf.vt.rp_filter=0 \
		net.ipv4.conf.default.rp_filter=0
	in_netns "$T" nft -f - <<NFT || return 1
table inet t {
  $NFT_OBJ
  chain quiet { type filter hook output priority raw - 10; policy drop; }
  chain pre { type filter hook prerouting priority filter; policy accept;
    $NFT_RULE
  }
}
NFT
	in_netns "$T" sysctl -qw net.netfilter.nf_conntrack_checksum=0 \
		net.netfilter.nf_conntrack_tcp_be_liberal=1 net.netfilter.nf_conntrack_tcp_loose=1 ||
		return 1
	if [ -n "${REPLAY_SYSCTL:-}" ]; then
		# shellcheck disable=SC2086
		in_netns "$T" sysctl -qw $REPLAY_SYSCTL || return 1
	fi
}

# Empty the conntrack and expectation tables in T, so that nothing of an
# earlier capture can match or be counted ...
reset_ns() {
	# a flushed master takes its expectations with it (tables_empty checks)
	in_netns "$T" conntrack -F >/dev/null 2>&1
}
# ... and check that they are, through /proc/PID/net of a process in T.
# (Not the entry count: flushed entries still referenced by packets, e.g.
# forwarded ones waiting for ARP on d0, are counted until freed, but they
# are out of the table.)
tables_empty() {
	local l
	[ -r "/proc/$1/net/nf_conntrack" ] || return 1
	read -r l < "/proc/$1/net/nf_conntrack" && return 1
	read -r l < "/proc/$1/net/nf_conntrack_expect" && return 1
	return 0
}

# Is a netfilter netlink socket in T subscribed to groups?  Only the
# listener subscribes there (nft and conntrack -F have exited).
listener_ready() {
	local eth groups
	while read -r _ eth _ groups _; do
		[ "$eth" = 12 ] && [ "$groups" != 00000000 ] && return 0
	done < "/proc/$1/net/netlink"
	return 1
}

# Has the kernel delivered every event?  The helpers run in softirq as
# tcpreplay sends, so the events are queued on the listener's socket by the
# time it exits, unless softirq work was deferred to ksoftirqd: then packets
# wait in a CPU's backlog (softnet_stat's 12th column, kernels since 5.10).
# Drained: no backlog anywhere and nothing unread on the listener's socket
# (its Rmem in /proc/PID/net/netlink).
events_drained() {
	local col eth groups rmem
	while read -r -a col; do
		[ "${#col[@]}" -ge 13 ] && [ "${col[11]}" != 00000000 ] && return 1
	done < /proc/net/softnet_stat
	while read -r _ eth _ groups rmem _; do
		[ "$eth" = 12 ] && [ "$groups" != 00000000 ] && [ "$rmem" != 0 ] && return 1
	done < "/proc/$1/net/netlink"
	return 0
}

# Counters of namespace T, read through the listener's /proc/PID/net.
read_counters() { # FILE
	local f=/proc/$EVPID/net/nfhelpers/$PROTO line
	if [ -n "$EVPID" ] && [ -r "$f" ]; then
		while IFS= read -r line; do echo "$line"; done < "$f" > "$1"
	else
		in_netns "$T" cat "/proc/net/nfhelpers/$PROTO" > "$1" 2>/dev/null || : > "$1"
	fi
}
counter_deltas() { # BEFORE AFTER -> "name +N ..." for the non-zero ones
	awk 'FILENAME == ARGV[1] { b[$1] = $2; next }
	     { d = $2 - b[$1]; if (d) { printf "%s%s %+d", sep, $1, d; sep = "  " } }
	     END { print sep ? "" : "(none)" }' "$1" "$2"
}

# phase NAME: note how long the step since the previous one took
phase() {
	now_ms
	PH+=" $1 $(((NOW - PH_T) / 1000)).$((((NOW - PH_T) % 1000) / 100))"; PH_T=$NOW
}

# Link type of a pcap file (decimal), from its global header.
pcap_linktype() {
	local b
	# shellcheck disable=SC2207 # od prints 24 numbers
	b=($(od -An -v -tu1 -N24 "$1" 2>/dev/null))
	[ ${#b[@]} -eq 24 ] || return 1
	case "${b[0]} ${b[1]}" in
	"212 195"|"77 60")	# little-endian magic (us, ns)
		echo $((b[20] | b[21] << 8 | b[22] << 16 | b[23] << 24)) ;;
	"161 178")
		echo $((b[23] | b[22] << 8 | b[21] << 16 | b[20] << 24)) ;;
	*) return 1 ;;	# pcapng: tcpreplay sends it as it is
	esac
}

# count_lines FILE: its non-empty lines (grep -c ., without a process)
count_lines() {
	local l n=0
	while IFS= read -r l || [ -n "$l" ]; do [ -n "$l" ] && n=$((n + 1)); done < "$1"
	echo "$n"
}

# explain_check NAME KEY PCAP D: for ours, the expectations the helpers
# created ([NEW] events of D/got) against those helperctl explain predicts
# for the same capture (KEY.xp, made by --prepare, or here when stale).
# Compared: the set of "l4proto src dst dport", whatever the helper (a SIP
# capture's FTP and RAS expectations come from the in-tree helpers, which
# explain predicts too).  Prints EXPLAIN NAME SAME|DIFF|ERROR PRED GOT.
explain_check() {
	local name=$1 key=$2 pcap=$3 d=$4 xp=$2.xp l t p n_pred=0 n_got=0 same=1
	local -A pred=() got=()
	if ! fresh "$xp" "$pcap" "$0" "$HELPERCTL" "$H323DUMP"; then
		xp=$d/xp
		predict_capture "$pcap" "$xp"
	fi
	if [ ! -f "$xp" ] || [[ $(head -c 15 "$xp") == "explain failed:" ]]; then
		echo "    explain: ERROR $(head -n 1 "$xp" 2>/dev/null)"
		echo "EXPLAIN $name ERROR - -"
		return
	fi
	while IFS= read -r l; do [ -n "$l" ] && pred[$l]=1; done < "$xp"
	# negative control: one prediction fewer must show as a difference
	if [ "${REPLAY_XP_MUTANT:-0}" = 1 ] && [ ${#pred[@]} -gt 0 ]; then
		for t in "${!pred[@]}"; do unset "pred[$t]"; break; done
	fi
	while IFS= read -r l; do
		[[ $l =~ ^\[NEW\]\ proto=([0-9]+)\ src=([^ ]+)\ dst=([^ ]+)\ sport=[0-9]+\ dport=([0-9]+) ]] || continue
		p=udp; [ "${BASH_REMATCH[1]}" = 6 ] && p=tcp
		got["$p ${BASH_REMATCH[2]} ${BASH_REMATCH[3]} ${BASH_REMATCH[4]}"]=1
	done < "$d/got"
	n_pred=${#pred[@]}; n_got=${#got[@]}
	for t in "${!pred[@]}"; do [ -n "${got[$t]+x}" ] || { same=0; echo "    explain only: $t"; }; done
	for t in "${!got[@]}"; do [ -n "${pred[$t]+x}" ] || { same=0; echo "    kernel only:  $t"; }; done
	if [ $same = 1 ]; then
		echo "    explain: SAME ($n_pred expectations)"
		echo "EXPLAIN $name SAME $n_pred $n_got"
	else
		echo "    explain: DIFF ($n_pred predicted, $n_got created)"
		echo "EXPLAIN $name DIFF $n_pred $n_got"
	fi
}

# --- one capture -------------------------------------------------------------
N_SAME=0; N_DIFF=0; N_ERR=0; N_SKIP=0
replay_one() {
	local pcap=$1 idx=$2 name exp d t0 last got nexp ngot st l dir key rw note why=
	name=${pcap##*/}
	# expected files are named after the corpus directory: sip__, fuzz__
	# (a generated flow's lies beside it)
	dir=$(corpus_dir "$pcap")
	case " $DIRS " in *" $dir "*) ;; *) dir=$PROTO ;; esac
	exp=$(expect_of "$dir" "$name")
	key=$RCACHE/${dir}__$name
	d=$WORK/$idx; mkdir -p "$d"
	now_ms; local tstart=$NOW; PH=; PH_T=$NOW
	echo "=== $name ($IMPL, $KREL)"
	if [ ! -f "$exp" ]; then
		echo "    ERROR: no expected file $exp"
		echo "RESULT $name ERROR - -"; N_ERR=$((N_ERR + 1)); return
	fi
	nexp=$(count_lines "$exp")
	# Raw-IP captures (DLT_RAW 12/14, LINKTYPE_RAW 101, IPV4 228, IPV6
	# 229): tcprewrite has no plugin for them and tcpreplay refuses them,
	# so the oracle, which ignores both failures, sent nothing and its
	# expected file is empty by construction.  Say so instead of a
	# vacuous SAME or an ERROR no helper can fix.
	case $(pcap_linktype "$pcap") in
	12|14|101|228|229)
		echo "    SKIP: raw-IP link type $(pcap_linktype "$pcap"): tcpreplay cannot send it, nor could the oracle"
		echo "RESULT $name SKIP - $nexp"; N_SKIP=$((N_SKIP + 1)); return
		;;
	esac

	if [ "$FRESH" != 0 ] || [ -z "$T" ]; then
		[ "$FRESH" = once ] && FRESH=0
		teardown_ns
		if ! setup_ns "$idx"; then
			teardown_ns
			echo "    ERROR: namespace setup failed"
			echo "RESULT $name ERROR - $nexp"; N_ERR=$((N_ERR + 1)); return
		fi
	else
		reset_ns
	fi
	phase setup
	# as the oracle: a capture tcprewrite fails on is replayed unchanged
	# (say so: it rarely works)
	if fresh "$key.pcap" "$pcap" "$0" && [ -f "$key.note" ]; then
		rw=$key.pcap
		note=$(<"$key.note")
	else
		rw=$d/rw.pcap
		note=$(rewrite_capture "$pcap" "$rw")
	fi
	[ -n "$note" ] && echo "    $note"
	phase rewrite

	: > "$d/ev"
	# nsenter execs: $! is the listener, whose /proc/PID/net is T's
	nsenter --net="/run/netns/$T" -- stdbuf -oL conntrack -E expect >> "$d/ev" 2> "$d/ev.err" &
	EVPID=$!
	exec {EVFD}<"$d/ev"
	now_ms; t0=$NOW
	# 10 s, NFH_WAIT_SCALE times on the debug kernel (../lib.sh): a
	# debug guest beside three others once took longer to start it
	local sub_ms=$((10000 * NFH_WAIT_SCALE))
	until listener_ready "$EVPID"; do
		if ! kill -0 "$EVPID" 2>/dev/null; then why="conntrack -E exited: $(head -n 1 "$d/ev.err")"; break; fi
		now_ms; if [ $((NOW - t0)) -gt $sub_ms ]; then why="conntrack -E not subscribed after $((sub_ms / 1000)) s"; break; fi
		nap 0.05
	done
	if [ -z "$why" ] && ! tables_empty "$EVPID"; then
		why="conntrack tables not empty before the replay"
		FRESH=once	# new namespaces for the next capture
	fi
	[ "$IMPL" = ours ] && read_counters "$d/ctr.before"
	phase listen
	if [ -z "$why" ]; then
		timeout "$TIMEOUT" nsenter --net="/run/netns/$R" -- tcpreplay -i vr --mbps="$MBPS" "$rw" \
			> "$d/tcpreplay.out" 2>&1
		st=$?
		[ $st -eq 0 ] || why="tcpreplay failed (status $st): $(grep -m1 -i 'error\|fatal\|fail' "$d/tcpreplay.out")"
	fi
	phase replay
	if [ -z "$why" ]; then
		# drained, then quiet: nothing new in the event output for
		# QUIET seconds (the listener prints what it has read)
		now_ms; t0=$NOW; last=$NOW
		while :; do
			got=0; l=
			while IFS= read -r -u "$EVFD" l; do got=1; done
			[ -n "$l" ] && got=1	# a partial line, consumed too
			now_ms
			{ [ $got = 1 ] || ! events_drained "$EVPID"; } && last=$NOW
			[ $((NOW - last)) -ge "$QUIET_MS" ] && break
			if [ $((NOW - t0)) -ge $((TIMEOUT * 1000)) ]; then
				why="events still arriving after ${TIMEOUT} s"; break
			fi
			nap 0.1
		done
		kill -0 "$EVPID" 2>/dev/null || why="conntrack -E died during the replay: $(head -n 1 "$d/ev.err")"
	fi
	[ "$IMPL" = ours ] && read_counters "$d/ctr.after"
	stop_listener
	phase quiet

	# normalise exactly like the oracle (C collation on both sides; sort -u
	# is sort | uniq)
	sed -E '/have been shown/d; s/^ *\[(NEW|DESTROY|UPDATE)\] [0-9]+ /[\1] /' "$d/ev" |
		LC_ALL=C sort -u > "$d/got"
	if fresh "$key.exp" "$exp" "$0"; then
		cp "$key.exp" "$d/exp"
	else
		LC_ALL=C sort -u "$exp" > "$d/exp"
	fi
	ngot=$(count_lines "$d/got")
	phase compare
	now_ms
	if [ -s "$d/tcpreplay.out" ]; then
		l=
		while IFS= read -r l; do [[ $l == *Actual:* ]] && break; l=; done < "$d/tcpreplay.out"
		echo "    replayed: ${l#"${l%%[! ]*}"} ($(((NOW - tstart) / 1000)) s in all)"
	fi
	if [ -n "$why" ]; then
		echo "    ERROR: $why"
		echo "RESULT $name ERROR $ngot $nexp"; N_ERR=$((N_ERR + 1))
	elif cmp -s "$d/exp" "$d/got"; then
		echo "    SAME ($ngot events)"
		echo "RESULT $name SAME $ngot $nexp"; N_SAME=$((N_SAME + 1))
	else
		echo "    DIFF (got $ngot events, expected $nexp)"
		diff -u --label "${exp#"$CORPUS"/}" --label "$IMPL $KREL" \
			"$d/exp" "$d/got" | sed 's/^/    /'
		echo "RESULT $name DIFF $ngot $nexp"; N_DIFF=$((N_DIFF + 1))
	fi
	[ "$IMPL" = ours ] && [ -z "$why" ] && explain_check "$name" "$key" "$pcap" "$d"
	[ "${REPLAY_TIMING:-0}" = 1 ] && echo "    timing (s):$PH"
	if [ "$IMPL" = ours ]; then
		if [ -s "$d/ctr.after" ]; then
			echo "    counters: $(counter_deltas "$d/ctr.before" "$d/ctr.after")"
		else
			echo "    counters: /proc/net/nfhelpers/$PROTO not readable"
		fi
	fi
}

load_helper
i=0
for pcap; do
	i=$((i + 1))
	replay_one "$pcap" "$i"
done
skipped=
[ $N_SKIP -gt 0 ] && skipped=", $N_SKIP skipped"
echo "replay $IMPL $PROTO on $KREL: $N_SAME same, $N_DIFF differ, $N_ERR errors$skipped"
[ $((N_DIFF + N_ERR)) -eq 0 ]
