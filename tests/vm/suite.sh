#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# suite.sh [PART...] - every VM test of one kernel in ONE boot.  Runs
# inside the vmrun guest (tests/vm/run-all boots one guest per kernel):
#
#   tests/vm/vmrun [--kernel 6.12] -- tests/vm/suite.sh [ftp sip h323 replay helperctl history faults ha]
#
# Parts, in this order (default: all of them but faults):
#   ftp        FTP scenarios, in-tree helper then ours (differential.sh ftp)
#   sip        SIP scenarios, in-tree helper then ours (differential.sh sip)
#   h323       H.323 scenarios, in-tree helper then ours (differential.sh h323)
#   replay     corpus replay of the FTP, SIP and H.323 captures, in-tree and ours
#              (replay/compare.sh)
#   helperctl  helperctl driving nftables, conntrack and the modules
#   history    the historical bug shapes (tests/<proto>/history_vectors.h,
#              from .cache/history: make history-vectors) through our FTP,
#              SIP and H.323 helpers, and its negative control
#              (history/run.sh; with --intree, by hand, the in-tree
#              helpers' outcomes are shown too: about a minute more)
#   faults     faults and exhaustion against ours (faults/run.sh): module
#              reload loop under traffic, full expectation and conntrack
#              tables, a namespace deleted with live expectations.  Only
#              when named (make check-full, make check-debug), as it takes
#              minutes: not in the default list make check runs.
#   ha         router failover with conntrackd (ha/compare.sh): a SIP call
#              kept across a takeover, in-tree and ours, and ours' negative
#              controls.  Only when named (make check-ha, make check-full).
#
# Each part runs as its own process with its own time budget
# (SUITE_PART_TIMEOUT, which vmrun passes on; default 1500 s, 7200 s on the
# debug kernel; at least 3600 s for faults), starts with no helper module loaded
# and leaves none behind.  The kernel log gets a line "nfh-suite: part NAME"
# before each part, so vmrun can say during which part the kernel complained.
# At the end: one line per part (result, seconds) and the parts' result
# tables again, between "##### suite summary" and "##### end of summary".
# Exit status 0 when every part passed.
set -u

HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$HERE/lib.sh"
trap cleanup EXIT
BUDGET=1500
[ "${NFH_SERIES:-}" = debug ] && BUDGET=7200
BUDGET=${SUITE_PART_TIMEOUT:-$BUDGET}
ALL_PARTS=(ftp sip h323 replay helperctl history)
# parts that run only when named
EXTRA_PARTS=(faults ha)

parts=("$@")
[ ${#parts[@]} -gt 0 ] || parts=("${ALL_PARTS[@]}")
for p in "${parts[@]}"; do
	case " ${ALL_PARTS[*]} ${EXTRA_PARTS[*]} " in *" $p "*) ;; *)
		echo "suite: unknown part '$p' (parts: ${ALL_PARTS[*]} ${EXTRA_PARTS[*]})" >&2; exit 2 ;;
	esac
done

part_cmd() {
	case $1 in
	ftp|sip|h323) echo "$HERE/differential.sh $1" ;;
	replay) echo "$HERE/replay/compare.sh" ;;
	helperctl) echo "$HERE/helperctl/run.sh" ;;
	history) echo "$HERE/history/run.sh" ;;
	faults) echo "$HERE/faults/run.sh" ;;
	ha) echo "$HERE/ha/compare.sh" ;;
	esac
}

# Whatever a part left loaded goes before the next one starts: each part
# loads the implementation it wants and refuses to start over another.
unload_all_helpers() {
	local proto ok=0
	for proto in sip h323 ftp; do
		unload_helper_modules "$proto" || ok=1
	done
	[ -d /sys/module/nfh_core ] && ! ls /sys/module/nfh_core/holders/* >/dev/null 2>&1 &&
		{ rmmod nfh_core 2>/dev/null || ok=1; }
	return $ok
}

declare -A RES SECS
t_all=$SECONDS
for p in "${parts[@]}"; do
	echo "=== part $p, kernel $NFH_KREL"
	echo "<2>nfh-suite: part $p" > /dev/kmsg
	kmemleak_clear
	t0=$SECONDS
	budget=$BUDGET
	# the reload loop alone takes about 15 minutes (Documentation/testing.rst)
	[ "$p" = faults ] && [ "$budget" -lt 3600 ] && budget=3600
	# shellcheck disable=SC2046 # the command and its arguments
	timeout --kill-after=20 "$budget" $(part_cmd "$p") 2>&1 | tee "$NFH_WORK/$p.out"
	st=${PIPESTATUS[0]}
	SECS[$p]=$((SECONDS - t0))
	case $st in
	0) RES[$p]=ok ;;
	124|137) RES[$p]="FAILED (no end within ${budget} s)" ;;
	*) RES[$p]="FAILED (status $st)" ;;
	esac
	unload_all_helpers || { log "suite: helper modules still loaded after part $p"; RES[$p]="FAILED (modules left loaded)"; }
	# the debug kernel: what leaked during the part and outlived its
	# modules (a frame in an unloaded helper module fails the part)
	kmemleak_check "part $p" any || RES[$p]="FAILED (kmemleak: a helper module leaked)"
	echo "=== part $p: ${RES[$p]} (${SECS[$p]} s)"
done
echo "<2>nfh-suite: done" > /dev/kmsg

# The result tables of each part, as printed by differential.sh and
# compare.sh, then the parts' lines.
echo
echo "##### suite summary, kernel $NFH_KREL"
for p in "${parts[@]}"; do
	case $p in
	ftp|sip|h323) sed -n '/^##### .* differential, kernel/,/^differential: /p' "$NFH_WORK/$p.out"
		grep '^KMEMLEAK ' "$NFH_WORK/$p.out" ;;
	replay) sed -n '/^Corpus replay, /,/^compare .* on /p' "$NFH_WORK/$p.out" ;;
	helperctl) grep -E '^RESULT |passed, [0-9]+ failed' "$NFH_WORK/$p.out" ;;
	# a line per row: only what failed, the controls and the count
	history) grep -E '^RESULT [^ ]+ (FAIL|XPASS)|^RESULT [^ ]*negative_control |passed, [0-9]+ failed' \
		"$NFH_WORK/$p.out" ;;
	faults) grep -E '^RESULT |^FAULTS |^KMEMLEAK |passed, [0-9]+ failed' "$NFH_WORK/$p.out" ;;
	ha) sed -n '/^##### failover/,/^##### end of failover/p' "$NFH_WORK/$p.out" ;;
	esac
	echo
done
bad=0
for p in "${parts[@]}"; do
	printf 'part %-10s %-40s %5d s\n' "$p" "${RES[$p]}" "${SECS[$p]}"
	[ "${RES[$p]}" = ok ] || bad=$((bad + 1))
done
printf 'part %-10s %-40s %5d s\n' all "$([ $bad = 0 ] && echo ok || echo "$bad FAILED")" $((SECONDS - t_all))
echo "##### end of summary"
[ $bad = 0 ]
