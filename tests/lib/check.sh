# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=sh
# tests/lib/check.sh - check.h for shell tests, to be sourced: count passes
# and failures, name each failure, end with "N passed, N failed" (the line
# tests/lib/run_units.sh sums).  $CHECK_NAME prefixes failure lines.
#
#	ok WHAT COMMAND...	the command succeeds
#	has RE FILE		FILE has a line matching the extended RE
#	hasnt RE FILE		it has none
#	check_summary		print the totals; false if anything failed

pass=0 fail=0

ok() {
	w=$1
	shift
	if "$@"; then
		pass=$((pass + 1))
	else
		echo "FAIL ${CHECK_NAME:-check}: $w"
		fail=$((fail + 1))
	fi
}
has() { grep -qE "$1" "$2"; }
hasnt() { ! grep -qE "$1" "$2"; }

check_summary() {
	echo "$pass passed, $fail failed"
	[ "$fail" -eq 0 ]
}
