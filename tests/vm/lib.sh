# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash
# Shared helpers for the network-namespace scenario suites that run inside
# the vmrun guest (tests/vm/vmrun -- tests/vm/<proto>/run.sh ...).
# Source it; it expects bash with `set -u`.
#
# Result protocol, parsed by the differential scripts:
#   RESULT <scenario> PASS|FAIL|XFAIL|XPASS|SKIP [reason]
# and the closing line is exactly "N passed, N failed[, N skipped]".
# XFAIL (a documented, expected difference of the implementation under test)
# is counted as skipped; XPASS (an expected difference that did not show up)
# is counted as failed, because it means the scenario no longer tells the
# implementations apart.

NFH_KREL=${NFH_KREL:-$(uname -r)}
NFH_NETNS_PREFIX=${NFH_NETNS_PREFIX:-nfh-}
NFH_WORK=${NFH_WORK:-$(mktemp -d /tmp/nfh.XXXXXX)}

N_PASSED=0
N_FAILED=0
N_SKIPPED=0
BG_PIDS=()
NETNS_LIST=()
_SC_FAILED=0

# (bash's own clock: a date process per line costs real time under TCG)
log() { printf '%(%T)T %s\n' -1 "$*"; }
# Show a file indented, for failure diagnostics.
show() { local f; for f; do [ -s "$f" ] && { echo "    --- $f"; sed 's/^/    | /' "$f" | tail -n 40; }; done; return 0; }

# --- namespaces ------------------------------------------------------------
ns() { echo "$NFH_NETNS_PREFIX$1"; }
# in_netns FULLNAME CMD...: run CMD in network namespace FULLNAME.  Not
# `ip netns exec`: that also makes a mount namespace and mounts a sysfs for
# every command, about 0.4 s more per command in the guest, and nothing
# here reads another namespace's /sys/class/net.  nsenter execs CMD.
in_netns() { local n=$1; shift; nsenter --net="/run/netns/$n" -- "$@"; }
# nsx NAME CMD...: run CMD in namespace NAME (without the prefix).
nsx() { local n=$1; shift; in_netns "$NFH_NETNS_PREFIX$n" "$@"; }
n_client() { nsx client "$@"; }
n_router() { nsx router "$@"; }
n_server() { nsx server "$@"; }
# nft_packets NAME: packets of the router's counter NAME in table inet nfh
nft_packets() { n_router nft list counter inet nfh "$1" | awk '/packets/ { print $2; exit }'; }
counter_positive() { [ "$(nft_packets "$1")" -gt 0 ] 2>/dev/null; }

# ipb NAME: run `ip -batch` commands from stdin in namespace NAME (one
# process for many commands: every exec is slow in the guest, 9p root).
ipb() { ip -n "$(ns "$1")" -batch -; }

# ns_add NAME...: create namespaces (with lo up).  Use "nodad" on IPv6
# addresses so they are usable at once.
ns_add() {
	local n
	# Leftovers of an aborted earlier run in this guest would make "add" fail.
	for n; do [ -e "/run/netns/$(ns "$n")" ] && ip netns del "$(ns "$n")"; done
	for n; do echo "netns add $(ns "$n")"; done | ip -batch - || return 1
	NETNS_LIST+=("$@")
	for n; do echo "link set lo up" | ipb "$n" || return 1; done
}

# spawn NAME CMD...: start CMD in namespace NAME in the background; remembered
# for cleanup.  Sets BG_PID.  Not via nsx: a backgrounded shell function
# runs in a subshell whose pid is not CMD's; nsenter execs CMD.
spawn() {
	local n=$1; shift
	nsenter --net="/run/netns/$NFH_NETNS_PREFIX$n" -- "$@" & BG_PID=$!; BG_PIDS+=("$BG_PID")
}

# kill_ns_procs: end whatever is still running in our namespaces (all of it
# was started by this suite).
kill_ns_procs() {
	local n p
	for n in "${NETNS_LIST[@]}"; do
		for p in $(ip netns pids "$(ns "$n")" 2>/dev/null); do kill "$p" 2>/dev/null; done
	done
}

kill_bg() {
	local p
	for p in "${BG_PIDS[@]}"; do kill "$p" 2>/dev/null; done
	for p in "${BG_PIDS[@]}"; do wait "$p" 2>/dev/null; done
	BG_PIDS=()
}

# reap_bg SECONDS: kill_bg for a teardown that must not hang: SIGKILL, and
# a job still there after SECONDS (stuck in the kernel, where no signal
# reaches it) is named and left behind instead of waited for.
reap_bg() {
	local p t
	for p in "${BG_PIDS[@]}"; do kill -KILL "$p" 2>/dev/null; done
	for p in "${BG_PIDS[@]}"; do
		for ((t = 0; t < $1 * 10; t++)); do
			bg_gone "$p" && break
			sleep 0.1
		done
		bg_gone "$p" && { wait "$p" 2>/dev/null; continue; }
		log "reap_bg: pid $p ($(cat "/proc/$p/comm" 2>/dev/null)) did not exit in $1 s: left behind"
	done
	BG_PIDS=()
}
# bg_gone PID: the job has exited (gone, or a zombie waiting to be reaped)
bg_gone() {
	local stat
	stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 0
	stat=${stat##*) }
	[ "${stat%% *}" = Z ]
}

# Tear down everything this suite created: background jobs first (deleting a
# namespace does not kill its processes), then anything else still running in
# our namespaces, then the namespaces themselves.
cleanup_netns() {
	local n
	kill_bg
	kill_ns_procs
	for n in "${NETNS_LIST[@]}"; do echo "netns del $(ns "$n")"; done | ip -force -batch - 2>/dev/null
	NETNS_LIST=()
}
cleanup() { cleanup_netns; [ "${NFH_KEEP_WORK:-0}" = 1 ] || rm -rf "$NFH_WORK"; }

# --- topologies ------------------------------------------------------------
# topo_nat [inside]: the scenario topology (tests/vm/{ftp,sip}/run.sh):
#
#  client                   router                             server
#  10.0.1.2/24                                                 192.0.2.2/24
#  fd00:1::2/64                                                2001:db8:2::2/64
#  [c0] ---------- [r-c] 10.0.1.1       br-pub  +-- [r-s] ------ [s0]
#                        fd00:1::1   192.0.2.1  |
#                  [r-i] 10.0.3.1 2001:db8:2::1 +-- [r-o] ------ [o0] outside
#                    |                                         192.0.2.3/24
#                  [i0] inside 10.0.3.2/24                     2001:db8:2::3/64
#
# r-s and r-o are ports of the bridge br-pub, the router's public side; the
# inside leg only with "inside".  Forwarding on, no automatic helper
# assignment, no ruleset; the caller checks reachability.
topo_nat() {
	local inside=${1:-}
	ns_add client router server outside ${inside:+inside} || return 1
	{
		echo "link add c0 netns $(ns client) type veth peer name r-c netns $(ns router)"
		echo "link add s0 netns $(ns server) type veth peer name r-s netns $(ns router)"
		echo "link add o0 netns $(ns outside) type veth peer name r-o netns $(ns router)"
		[ -n "$inside" ] && echo "link add i0 netns $(ns inside) type veth peer name r-i netns $(ns router)"
	} | ip -batch - || return 1
	{
		cat <<-EOF
		link add br-pub type bridge forward_delay 0 stp_state 0
		link set r-s master br-pub
		link set r-o master br-pub
		link set br-pub up
		link set r-s up
		link set r-o up
		link set r-c up
		addr add 10.0.1.1/24 dev r-c
		addr add fd00:1::1/64 dev r-c nodad
		addr add 192.0.2.1/24 dev br-pub
		addr add 2001:db8:2::1/64 dev br-pub nodad
		EOF
		[ -n "$inside" ] && printf 'link set r-i up\naddr add 10.0.3.1/24 dev r-i\n'
	} | ipb router || return 1
	ipb client <<-EOF || return 1
	link set c0 up
	addr add 10.0.1.2/24 dev c0
	addr add fd00:1::2/64 dev c0 nodad
	route add default via 10.0.1.1
	route add default via fd00:1::1
	EOF
	ipb server <<-EOF || return 1
	link set s0 up
	addr add 192.0.2.2/24 dev s0
	addr add 2001:db8:2::2/64 dev s0 nodad
	EOF
	ipb outside <<-EOF || return 1
	link set o0 up
	addr add 192.0.2.3/24 dev o0
	addr add 2001:db8:2::3/64 dev o0 nodad
	EOF
	if [ -n "$inside" ]; then
		ipb inside <<-EOF || return 1
		link set i0 up
		addr add 10.0.3.2/24 dev i0
		route add default via 10.0.3.1
		EOF
	fi
	n_router sysctl -qw net.ipv4.ip_forward=1 net.ipv6.conf.all.forwarding=1 || return 1
	# No automatic helper assignment (the sysctl is gone since 6.0).
	n_router sysctl -qw net.netfilter.nf_conntrack_helper=0 2>/dev/null
	return 0
}

# topo_line R-C R-S: client 10.0.1.2 [c0] -- [R-C] 10.0.1.1 router
# 192.0.2.1 [R-S] -- [s0] 192.0.2.2 server, IPv4 only, forwarding on; the
# router's interfaces named R-C and R-S (helperctl, bench).
topo_line() {
	ns_add client router server || return 1
	ip -batch - <<-EOF || return 1
	link add c0 netns $(ns client) type veth peer name $1 netns $(ns router)
	link add s0 netns $(ns server) type veth peer name $2 netns $(ns router)
	EOF
	ipb router <<-EOF || return 1
	link set $1 up
	link set $2 up
	addr add 10.0.1.1/24 dev $1
	addr add 192.0.2.1/24 dev $2
	EOF
	ipb client <<-EOF || return 1
	link set c0 up
	addr add 10.0.1.2/24 dev c0
	route add default via 10.0.1.1
	EOF
	ipb server <<-EOF || return 1
	link set s0 up
	addr add 192.0.2.2/24 dev s0
	EOF
	n_router sysctl -qw net.ipv4.ip_forward=1
}

# pingable NS ADDR (busybox: iputils-ping is not necessarily installed)
pingable() { nsx "$1" busybox ping -c 1 -W 1 "$2"; }

# Between scenarios: no servers, no ruleset, empty conntrack tables.
# (Everything in the background was started with spawn, and kill_bg waits
# for it, so no server of the previous scenario still holds its port.)
router_reset() {
	kill_bg
	n_router sh -c 'nft flush ruleset && conntrack -F 2>/dev/null && conntrack -F expect 2>/dev/null'
}

# --- waiting ---------------------------------------------------------------
# wait_for SECONDS 'shell condition': poll until true; 1 on timeout.
# In a scenario expected to fail for this implementation (XFAIL) that has
# already failed a check, the condition is tried once, not waited for:
# the outcome is settled, and the in-tree column's stalls (a split line
# that never gets through) would otherwise cost minutes per run.  The
# log says which later checks were not waited for.
# On the debug kernel (4 to 9 times slower, several guests at once) every
# wait is NFH_WAIT_SCALE (default 4) times longer: a wait asks whether
# something happens, never how fast.
if [ -z "${NFH_WAIT_SCALE:-}" ]; then
	NFH_WAIT_SCALE=1
	[ "${NFH_SERIES:-}" = debug ] && NFH_WAIT_SCALE=4
fi
export NFH_WAIT_SCALE	# the peers (*.py) scale their own timeouts by it
wait_for() {
	local t=$(($1 * NFH_WAIT_SCALE)) cond=$2 end pause=0.05
	end=$((SECONDS + t))
	if [ "${_SC_FAILED:-0}" = 1 ] && [ -n "${_SC_XFAIL:-}" ]; then
		eval "$cond" >/dev/null 2>&1 && return 0
		log "  not waited (${t}s; an expected failure already failed) for: $cond"
		return 1
	fi
	while ! eval "$cond" >/dev/null 2>&1; do
		[ "$SECONDS" -ge "$end" ] && { log "  timeout (${t}s) waiting for: $cond"; return 1; }
		# back off to 0.4 s: each try of a condition runs processes,
		# which take the CPU from what is being waited for
		nap "$pause"
		case $pause in 0.05) pause=0.1 ;; 0.1) pause=0.2 ;; 0.2) pause=0.4 ;; esac
	done
}
# nap SECONDS: sleep without a sleep process (every exec costs real time in
# the guest): a read that times out on a fifo nobody writes.
nap() {
	if [ -z "${_NAP_FD:-}" ]; then
		[ -p "$NFH_WORK/.nap" ] || mkfifo "$NFH_WORK/.nap" 2>/dev/null
		exec {_NAP_FD}<>"$NFH_WORK/.nap" || { sleep "$1"; return 0; }
	fi
	read -r -t "$1" -u "$_NAP_FD" _ 2>/dev/null
	return 0
}
# wait_listen NS PORT [SECONDS]: a TCP listener on PORT exists in NS.
wait_listen() { wait_for "${3:-20}" "nsx $1 ss -Hltn 'sport = :$2' | grep -q ."; }

# --- accounting ------------------------------------------------------------
# check DESCRIPTION CMD...: run CMD; record a failed check for this scenario.
check() {
	local d=$1; shift
	if "$@"; then log "    ok     $d"; return 0; fi
	log "    NOT OK $d"; _SC_FAILED=1; return 1
}
# check_not DESCRIPTION CMD...: CMD must fail.
check_not() {
	local d=$1; shift
	if ! "$@"; then log "    ok     $d"; return 0; fi
	log "    NOT OK $d"; _SC_FAILED=1; return 1
}
# In-scenario failure without a command.
fail_check() { log "    NOT OK $*"; _SC_FAILED=1; }

result() {
	local sc=$1 r=$2; shift 2
	echo "RESULT $sc $r${*:+ $*}"
	case $r in
	PASS) N_PASSED=$((N_PASSED + 1)) ;;
	FAIL|XPASS) N_FAILED=$((N_FAILED + 1)) ;;
	XFAIL|SKIP) N_SKIPPED=$((N_SKIPPED + 1)) ;;
	esac
}
pass() { result "$1" PASS; }
fail() { result "$1" FAIL "${@:2}"; }
skip() { result "$1" SKIP "${@:2}"; }

summary() {
	local s="$N_PASSED passed, $N_FAILED failed"
	[ "$N_SKIPPED" -gt 0 ] && s+=", $N_SKIPPED skipped"
	echo "$s"
	[ "$N_FAILED" -eq 0 ]
}

# --- helper modules --------------------------------------------------------
# intree_ko M: the kernel object file of module M in the distro tree
# (kernel/...); status 1 if there is none.  nf_nat_h323 is IPv4-only and
# lives in net/ipv4/netfilter.
intree_ko() {
	local f
	for f in "/lib/modules/$NFH_KREL/kernel/net/netfilter/$1".ko* \
		"/lib/modules/$NFH_KREL/kernel/net/ipv4/netfilter/$1".ko*; do
		[ -e "$f" ] && { echo "$f"; return 0; }
	done
	return 1
}

# Build id of a module file (.ko, .ko.xz, .ko.zst), hex.
file_build_id() {
	local f=$1 tmp=$NFH_WORK/.ko.$$ id
	case $f in
	*.xz) xz -dc "$f" > "$tmp" ;;
	*.zst) zstd -qdc "$f" > "$tmp" ;;
	*) cp "$f" "$tmp" ;;
	esac || return 1
	id=$(readelf -n "$tmp" 2>/dev/null | awk '/Build ID:/ { print $3; exit }')
	rm -f "$tmp"
	echo "$id"
}
# Build id of the loaded module M (the GNU build-id note in sysfs: 12 bytes
# of note header, "GNU\0", then the id).
loaded_build_id() {
	local n=/sys/module/$1/notes/.note.gnu.build-id
	[ -r "$n" ] || return 1
	od -An -v -tx1 "$n" | tr -d ' \n' | cut -c33-
}

# module_is_from M FILE: the loaded module M is exactly FILE.
module_is_from() {
	local m=$1 f=$2 a b
	[ -d "/sys/module/$m" ] || { log "  $m is not loaded"; return 1; }
	a=$(loaded_build_id "$m") || { log "  $m: no build id in sysfs"; return 1; }
	b=$(file_build_id "$f")
	{ [ -n "$b" ] && [ "$a" = "$b" ]; } || { log "  $m: loaded build id $a != $f ($b)"; return 1; }
}

# helper_modules PROTO: conntrack module first, then its NAT module.
helper_modules() {
	case $1 in
	ftp) echo nf_conntrack_ftp nf_nat_ftp ;;
	sip) echo nf_conntrack_sip nf_nat_sip ;;
	h323) echo nf_conntrack_h323 nf_nat_h323 ;;
	*) return 1 ;;
	esac
}

# load_helper_modules intree|ours PROTO
# intree: insmod the distro .ko by path (after modprobing its dependencies,
# which are never ours); ours: plain modprobe, which prefers updates/.  A
# module may already have been pulled in by the previous one (ours declare
# "softdep post: nf_nat_<proto>").  Either way verify by build id that each
# loaded module is the intended file.
load_helper_modules() {
	local impl=$1 proto=$2 m f d mods
	mods=$(helper_modules "$proto") || { log "unknown protocol $proto"; return 1; }
	for m in $mods; do
		[ -d "/sys/module/$m" ] && { log "$m is already loaded; unload it first"; return 1; }
	done
	modprobe nf_conntrack && modprobe nf_nat && modprobe nf_conntrack_netlink || return 1
	for m in $mods; do
		case $impl in
		intree)
			f=$(intree_ko "$m")
			[ -n "$f" ] || { log "no in-tree $m for $NFH_KREL"; return 1; }
			for d in $(modinfo -F depends "$f" | tr , ' '); do
				[ -d "/sys/module/$d" ] || modprobe "$d" || return 1
			done
			[ -d "/sys/module/$m" ] || insmod "$f" || { log "insmod $f failed"; return 1; }
			;;
		ours)
			f=$(modinfo -n "$m" 2>/dev/null)
			case $f in
			*/updates/*) ;;
			*) log "$m resolves to '${f:-nothing}', not to updates/: our module is not installed for $NFH_KREL"; return 1 ;;
			esac
			[ -d "/sys/module/$m" ] || modprobe "$m" || { log "modprobe $m failed"; return 1; }
			;;
		*) log "unknown implementation $impl"; return 1 ;;
		esac
		module_is_from "$m" "$f" || return 1
		log "loaded $m from $f"
	done
}

# unload_helper_modules PROTO: remove the helper modules.  Namespaces holding
# ct helper objects are released asynchronously, so retry for a while.
unload_helper_modules() {
	local m mods
	mods=$(helper_modules "$1") || return 1
	for m in $(echo "$mods" | awk '{ for (i = NF; i > 0; i--) print $i }'); do
		[ -d "/sys/module/$m" ] || continue
		wait_for 30 "rmmod $m" || { log "cannot unload $m (refcnt $(cat "/sys/module/$m/refcnt" 2>/dev/null))"; return 1; }
	done
}

# --- kmemleak (the debug kernel, tests/vm/vmrun --kernel debug) -------------
# Automatic scanning is off on the debug kernel: a suite scans where it
# wants a verdict.  Elsewhere (no /sys/kernel/debug/kmemleak) these do
# nothing.
KMEMLEAK=/sys/kernel/debug/kmemleak
# Our modules by name, as a backtrace line ends ([module]).  The in-tree
# helpers have the same names: which implementation is loaded tells.
KMEMLEAK_HELPERS='\[(nfh_[a-z0-9_]*|nf_conntrack_(ftp|sip|h323)|nf_nat_(ftp|sip|h323))\]'
# A frame in a module unloaded since (no symbol left): a helper's, most
# likely, as the suites unload only the helper modules.
KMEMLEAK_GONE='\] 0xffffffffc[0-9a-f]+$'
# A frame in conntrack, NAT or nf_tables: a reference a helper took and
# never put leaks an object these allocated.
KMEMLEAK_NF='(nf_ct_|nf_conntrack|nf_nat|nfct_|ctnetlink|nft_)'

# kmemleak_clear: scan, and forget every suspect so far, so that the next
# kmemleak_check reports only what leaked after this point.
kmemleak_clear() {
	[ -w "$KMEMLEAK" ] || return 0
	echo scan > "$KMEMLEAK" && echo clear > "$KMEMLEAK"
}

# kmemleak_check WHAT STRICT: scan for leaks since kmemleak_clear, print
# each suspect as kmemleak reports it, then forget them.  Status 1 when a
# suspect involves a helper module: it names one (or a module unloaded
# since), or, with STRICT=ours (our modules were loaded), conntrack, NAT or
# nf_tables code.  Suspects elsewhere are printed, not counted.
kmemleak_check() {
	local what=$1 strict=$2 out=$NFH_WORK/kmemleak.$$ n bad
	[ -w "$KMEMLEAK" ] || return 0
	# an object is a suspect only once 5 s old; freeing a namespace's
	# conntrack entries is asynchronous
	sleep 6
	# twice: a scan that first sees an object records its checksum and
	# reports it only from the next scan on (16 leaked buffers: 0
	# suspects after one scan, 16 after two)
	echo scan > "$KMEMLEAK"
	echo scan > "$KMEMLEAK"
	cat "$KMEMLEAK" > "$out"
	echo clear > "$KMEMLEAK"
	n=$(grep -c '^unreferenced object' "$out")
	if [ "$n" = 0 ]; then
		log "kmemleak: no suspects after $what"
		echo "KMEMLEAK $what 0 suspects, 0 involving the helpers"
		rm -f "$out"
		return 0
	fi
	# one suspect per block; a block involves the helpers by the rule above
	bad=$(awk -v h="$KMEMLEAK_HELPERS" -v g="$KMEMLEAK_GONE" -v nf="$KMEMLEAK_NF" -v strict="$strict" '
		function flush() { if (blk != "" && hit) { n++; printf "%s", blk > "/dev/stderr" } blk = ""; hit = 0 }
		/^unreferenced object/ { flush() }
		{ blk = blk $0 "\n" }
		$0 ~ h || $0 ~ g || (strict == "ours" && $0 ~ nf) { hit = 1 }
		END { flush(); print n + 0 }' "$out" 2> "$out.bad")
	if [ "$bad" -gt 0 ]; then
		log "kmemleak: $n suspects after $what, $bad involving the helper modules:"
		sed 's/^/    | /' "$out.bad" | head -n 80
	else
		log "kmemleak: $n suspects after $what, none involving the helper modules:"
		sed 's/^/    | /' "$out" | head -n 40
	fi
	echo "KMEMLEAK $what $n suspects, $bad involving the helpers"
	rm -f "$out" "$out.bad"
	[ "$bad" = 0 ]
}

# --- a scenario suite (tests/vm/<proto>/run.sh) --------------------------------
# The suite sets PROTO (ftp, sip: the helper modules), ALL_SCENARIOS and
# the XFAIL_intree and XFAIL_ours arrays (scenario -> reason: a documented
# difference of that implementation, reported as XFAIL, or as XPASS, a
# failure, when it does not show up), and defines topo_up, sc_<scenario>
# for each scenario and diagnose (shown when a scenario failed).  It may
# redefine the hooks below, then it calls suite_main "$@".
suite_started() { :; }	# the helper modules are loaded, no topology yet
scenario_begin() { :; }	# $SCW exists, the router is reset
scenario_end() { :; }	# after sc_<scenario> (and diagnose)
# instead of diagnose when an expected failure (XFAIL) failed
diagnose_expected() { log "  (diagnostics of an expected failure not shown: NFH_DIAG_XFAIL=1)"; }

# setup CMD...: a scenario's set-up step; its failure is recorded.
setup() { "$@" || { fail_check "setup: $*"; return 1; }; }

suite_usage() {
	sed -n '4,7p' "$0" | sed 's/^# \{0,1\}//'
	echo "scenarios: ${ALL_SCENARIOS[*]}"
	exit 2
}

# run_one SCENARIO: its own work directory $SCW, a reset router, the
# scenario, and one RESULT line.
run_one() {
	local sc=$1 xf
	SCW=$NFH_WORK/$sc
	mkdir -p "$SCW"
	_SC_FAILED=0
	if [ "$IMPL" = intree ]; then xf=${XFAIL_intree[$sc]:-}; else xf=${XFAIL_ours[$sc]:-}; fi
	_SC_XFAIL=$xf
	log "=== $sc ($IMPL)"
	if setup router_reset; then
		scenario_begin
		"sc_$sc"
	fi
	# an expected failure's diagnostics (seconds of commands each) help
	# nobody: NFH_DIAG_XFAIL=1 shows them anyway
	if [ "$_SC_FAILED" != 0 ]; then
		if [ -z "$xf" ] || [ "${NFH_DIAG_XFAIL:-0}" = 1 ]; then
			diagnose
		else
			diagnose_expected
		fi
	fi
	scenario_end
	kill_bg
	_SC_XFAIL=
	# SKIP_intree (optional): an in-tree outcome that varies from run to
	# run, shown but not judged
	if [ "$IMPL" = intree ] && declare -p SKIP_intree > /dev/null 2>&1 &&
		[ -n "${SKIP_intree[$sc]:-}" ]; then
		result "$sc" SKIP "${SKIP_intree[$sc]}"
	elif [ "$_SC_FAILED" = 0 ]; then
		if [ -n "$xf" ]; then result "$sc" XPASS "expected to differ for $IMPL: $xf"; else pass "$sc"; fi
	else
		if [ -n "$xf" ]; then result "$sc" XFAIL "expected difference for $IMPL: $xf"; else fail "$sc"; fi
	fi
}

# suite_main [--impl intree|ours] [SCENARIO...]: load IMPL's helper
# modules, build the topology once, run the scenarios, unload, summary.
suite_main() {
	local sc want=() ok=1 name
	# shellcheck disable=SC2153 # PROTO is the suite's
	name=$(echo "$PROTO" | tr '[:lower:]' '[:upper:]')
	IMPL=intree
	while [ $# -gt 0 ]; do
		case $1 in
		--impl) IMPL=${2:-}; shift 2 ;;
		--impl=*) IMPL=${1#--impl=}; shift ;;
		-h|--help) suite_usage ;;
		-*) echo "unknown option $1" >&2; suite_usage ;;
		*) want+=("$1"); shift ;;
		esac
	done
	case $IMPL in intree|ours) ;; *) echo "--impl must be intree or ours" >&2; exit 2 ;; esac
	[ ${#want[@]} -gt 0 ] || want=("${ALL_SCENARIOS[@]}")
	for sc in "${want[@]}"; do
		declare -F "sc_$sc" >/dev/null || { echo "unknown scenario $sc" >&2; suite_usage; }
	done
	[ "$(id -u)" = 0 ] || { echo "must run as root (inside the vmrun guest)" >&2; exit 2; }
	trap cleanup EXIT
	trap 'exit 130' INT TERM

	log "$name scenarios, impl=$IMPL, kernel $NFH_KREL"
	kmemleak_clear
	if ! load_helper_modules "$IMPL" "$PROTO"; then
		log "cannot load the $IMPL $name helper modules; every scenario fails"
		for sc in "${want[@]}"; do fail "$sc" "helper modules ($IMPL) not loadable"; done
		unload_helper_modules "$PROTO"
		summary
		exit 1
	fi
	suite_started
	if topo_up; then
		for sc in "${want[@]}"; do run_one "$sc"; done
	else
		log "cannot set up the namespaces"
		for sc in "${want[@]}"; do fail "$sc" "topology set-up failed"; done
	fi
	cleanup_netns
	# while the modules are loaded: their frames still have names.  A
	# leak of ours fails the run; the in-tree helper's is only shown.
	if ! kmemleak_check "$PROTO $IMPL" "$IMPL" && [ "$IMPL" = ours ]; then
		log "kmemleak: a suspected leak involves our $name helper modules"; ok=0
	fi
	unload_helper_modules "$PROTO" || { log "could not unload the helper modules"; ok=0; }
	summary || ok=0
	[ $ok = 1 ]
}
