#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# bench/lib.sh: what every benchmark in the vmrun guest shares, on top of
# tests/vm/lib.sh (sourced first): running a bpftrace program for one pass,
# reading its maps, counter deltas.  Sets nothing on its own.

# bt_run PROGRAM OUT: bpftrace PROGRAM in the background, its output in
# OUT; returns once the program printed READY (its BEGIN probe).
BTPID=
bt_run() {
	bpftrace "$1" > "$2" 2>&1 &
	BTPID=$!
	BG_PIDS+=("$BTPID")	# for cleanup on the way out
	# compiling the program takes a while under TCG
	wait_for 180 "grep -q READY '$2' || ! kill -0 $BTPID" || return 1
	grep -q READY "$2" || { log "bpftrace did not start:"; show "$2"; BTPID=; return 1; }
}
bt_stop() {
	[ -n "$BTPID" ] || return 0
	sleep 2	# one more interval print with every event of the pass
	kill -INT "$BTPID" 2>/dev/null
	# detaching kretprobes can take very long under TCG (6.12): the
	# programs print their maps every second, the last print has the
	# figures
	wait_for 60 "! kill -0 $BTPID" ||
		{ log "  (bpftrace slow to exit: killed)"; kill -KILL "$BTPID" 2>/dev/null; }
	wait "$BTPID" 2>/dev/null
	BTPID=
}
# bt_value OUT NAME: the last value printed of map @NAME, 0 when absent
bt_value() { awk -v k="@$2:" '$1 == k { v = $2 } END { print v + 0 }' "$1"; }

# counter_deltas BEFORE AFTER: "name +delta" of the counters that moved
counter_deltas() {
	awk 'NR == FNR { a[$1] = $2; next }
	     $2 != a[$1] { printf "%s +%d  ", $1, $2 - a[$1] }' "$1" "$2"
}

# run_rounds PROTO: ROUNDS rounds of run_impl IMPL for each IMPL in IMPLS,
# even rounds in reverse order; an implementation that fails is reset,
# unloaded and left out of later rounds.  Sets failed=1 if one did.
failed=0
# shellcheck disable=SC2153,SC2034 # ROUNDS, IMPLS: the caller's; ROUND: run_impl's
run_rounds() {
	local proto=$1 round order impl
	local -A broken=()
	for ((round = 1; round <= ROUNDS; round++)); do
		ROUND=$round
		order=$IMPLS
		[ $((round % 2)) -eq 0 ] && order=$(echo "$IMPLS" | awk '{ for (i = NF; i > 0; i--) printf "%s ", $i }')
		for impl in $order; do
			[ -n "${broken[$impl]+x}" ] && continue
			log "round $round: $impl"
			run_impl "$impl" || { broken[$impl]=1; failed=1; router_reset; unload_helper_modules "$proto"; }
		done
	done
}
