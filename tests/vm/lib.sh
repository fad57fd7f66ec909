# SPDX-License-Identifier: GPL-2.0
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

log() { printf '%s %s\n' "$(date +%T)" "$*"; }
# Show a file indented, for failure diagnostics.
show() { local f; for f; do [ -s "$f" ] && { echo "    --- $f"; sed 's/^/    | /' "$f" | tail -n 40; }; done; return 0; }

# --- namespaces ------------------------------------------------------------
ns() { echo "$NFH_NETNS_PREFIX$1"; }
# nsx NAME CMD...: run CMD in namespace NAME (without the prefix).
nsx() { local n=$1; shift; ip netns exec "$(ns "$n")" "$@"; }
n_client() { nsx client "$@"; }
n_router() { nsx router "$@"; }
n_server() { nsx server "$@"; }

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
# runs in a subshell whose pid is not CMD's; ip netns exec execs CMD.
spawn() { local n=$1; shift; ip netns exec "$(ns "$n")" "$@" & BG_PID=$!; BG_PIDS+=("$BG_PID"); }

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

# --- waiting ---------------------------------------------------------------
# wait_for SECONDS 'shell condition': poll until true; 1 on timeout.
wait_for() {
	local t=$1 cond=$2 end=$((SECONDS + $1))
	while ! eval "$cond" >/dev/null 2>&1; do
		[ "$SECONDS" -ge "$end" ] && { log "  timeout (${t}s) waiting for: $cond"; return 1; }
		sleep 0.1
	done
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
# Kernel object file for module M from the distro tree (kernel/...).
intree_ko() { ls "/lib/modules/$NFH_KREL/kernel/net/netfilter/$1".ko* 2>/dev/null | head -n 1; }

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
	[ -n "$b" ] && [ "$a" = "$b" ] || { log "  $m: loaded build id $a != $f ($b)"; return 1; }
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
		wait_for 30 "rmmod $m" || { log "cannot unload $m (refcnt $(cat /sys/module/$m/refcnt 2>/dev/null))"; return 1; }
	done
}
