#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Run one protocol's scenarios (tests/vm/<proto>/run.sh) against the
# in-tree helper, then against ours, in the same guest, and print a
# side-by-side table.  Inside the vmrun guest:
#
#   tests/vm/vmrun [--kernel 6.12] -- tests/vm/differential.sh ftp|sip [SCENARIO...]
#
# Exits non-zero if any scenario does not pass for ours (including: our
# modules cannot be loaded).  In-tree results are informational; XFAIL marks
# a documented in-tree difference (see XFAIL_intree in run.sh).
# DIFF_IMPLS=ours runs ours alone (make check-debug: on a kernel 4 to 9
# times slower the in-tree runs would double the time and judge nothing).
set -u

[ $# -ge 1 ] || { echo "usage: $0 ftp|sip [SCENARIO...]" >&2; exit 2; }
PROTO=$1; shift
NAME=$(echo "$PROTO" | tr '[:lower:]' '[:upper:]')
HERE=$(cd "$(dirname "$0")/$PROTO" 2>/dev/null && pwd) ||
	{ echo "differential: no scenarios for '$PROTO'" >&2; exit 2; }
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$HERE/../lib.sh"
trap cleanup EXIT
OUT=$NFH_WORK

run_impl() { # run_impl IMPL [SCENARIO...]: run.sh output in $OUT/IMPL.out
	local impl=$1; shift
	echo "##### run.sh --impl $impl"
	"$HERE/run.sh" --impl "$impl" "$@" 2>&1 | tee "$OUT/$impl.out"
	# run.sh unloads on its way out; make sure, so the next run loads fresh.
	unload_helper_modules "$PROTO" || echo "differential: could not unload the $NAME helper modules after $impl"
}
# result_of IMPL SCENARIO
result_of() { awk -v sc="$2" '$1 == "RESULT" && $2 == sc { print $3; f = 1 } END { if (!f) print "-" }' "$OUT/$1.out"; }

if [ "${DIFF_IMPLS:-intree ours}" = ours ]; then
	echo "##### run.sh --impl intree: not run (DIFF_IMPLS=ours)"
	: > "$OUT/intree.out"
else
	run_impl intree "$@"
fi
run_impl ours "$@"

# Scenario order as run.sh ran them.
mapfile -t scenarios < <(awk '$1 == "RESULT" && !seen[$2]++ { print $2 }' "$OUT/intree.out" "$OUT/ours.out")

echo
echo "##### $NAME differential, kernel $NFH_KREL"
printf '%-28s | %-6s | %-6s\n' scenario intree ours
printf '%s\n' "-----------------------------+--------+-------"
bad=0
for sc in "${scenarios[@]}"; do
	a=$(result_of intree "$sc"); b=$(result_of ours "$sc")
	printf '%-28s | %-6s | %-6s\n' "$sc" "$a" "$b"
	[ "$b" = PASS ] || bad=$((bad + 1))
done
if grep -q 'not loadable' "$OUT/ours.out"; then
	echo "ours: the $NAME helper modules could not be loaded:"
	grep -E 'not installed|failed|not loaded|build id|already loaded' "$OUT/ours.out" | sed 's/^/  /'
	bad=$((bad + 1))
fi
if [ ${#scenarios[@]} -eq 0 ]; then
	echo "differential: no scenario results at all"; exit 1
fi
if [ "$bad" -gt 0 ]; then
	echo "differential: FAIL (ours does not pass every scenario)"
	exit 1
fi
echo "differential: OK (ours passes every scenario)"
