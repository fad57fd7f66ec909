#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# run_units.sh BUILD_DIR PROGRAM... - run each unit-test program
# BUILD_DIR/PROGRAM (log in BUILD_DIR/PROGRAM.log), show its failures and
# its last line, and sum the "N passed, N failed" lines each program ends
# with.  A program that dies without that line, or exits non-zero with
# no failure counted, counts as one failure.  Prints the totals last and
# exits non-zero if anything failed.  $UNIT_SHOW: an extended regular
# expression of more log lines worth showing (a protocol's findings).
set -u
build=$1
shift
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=0:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
pass=0 fail=0
for p in "$@"; do
	echo "== $p"
	"$build/$p" >"$build/$p.log" 2>&1
	rc=$?
	grep -E "^(FAIL|  FAIL)${UNIT_SHOW:+|$UNIT_SHOW}" "$build/$p.log" | head -60
	last=$(tail -n 1 "$build/$p.log")
	echo "$last"
	if echo "$last" | grep -Eq '^[0-9]+ passed, [0-9]+ failed$'; then
		# shellcheck disable=SC2086 # split the summary into words
		set -- $last
		pass=$((pass + $1))
		fail=$((fail + $3))
		[ "$rc" -ne 0 ] && [ "$3" -eq 0 ] && fail=$((fail + 1))
	else
		echo "$p died (exit $rc) without a summary; see $build/$p.log"
		fail=$((fail + 1))
	fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
