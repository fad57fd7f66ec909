#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# report-check.sh [--kernel 6.1|6.12|debug] - negative control of vmrun's
# kernel report scan: a WARN() logged while the command runs, below the
# console's level, must fail the run (vmrun exits 126 and shows it); the
# same command without the warning must pass.  Builds tests/vm/badmod for
# the kernel into .build/badmod-<release> (never installed, loaded by path).
#
# On the debug kernel (tools/debug-kernel) also: an out-of-bounds write and
# a use after free (KASAN), a lock order inversion (lockdep) and a shift
# past the width (UBSAN) each fail the run (126) and are shown; a leaked
# buffer fails the kmemleak check the suites make (tests/vm/lib.sh
# kmemleak_check: the command exits 1 naming one suspect), and a clean
# load passes that check.  One boot per case: lockdep reports once a boot.
# --quick (debug kernel): every case in ONE boot (the debug kernel boots
# slowly under TCG), each report must be there and the run exit 126.
# Lockdep goes first: a KASAN report turns lockdep off for the rest of
# the boot (the kernel is tainted, its locks no longer trusted).
set -euo pipefail
cd "$(dirname "$0")/../.."
SERIES=6.1 QUICK=0
while [ $# -gt 0 ]; do
	case $1 in
	--kernel) SERIES=$2; shift 2 ;;
	--quick) QUICK=1; shift ;;
	*) echo "usage: $0 [--kernel 6.1|6.12|debug] [--quick]" >&2; exit 2 ;;
	esac
done
if [ "$SERIES" = debug ]; then
	REL=$(tools/debug-kernel release)
	KDIR=$(tools/debug-kernel kdir)
else
	REL=$(tools/kernels release "$SERIES")
	KDIR=/usr/src/linux-headers-$REL
fi
OUT=$PWD/.build/badmod-$REL
mkdir -p "$OUT"
cp tests/vm/badmod/Kbuild tests/vm/badmod/nfh_badmod.c "$OUT/"
make -s -C "$KDIR" M="$OUT" modules 2>&1 | grep -v 'Skipping BTF' || true
[ -f "$OUT/nfh_badmod.ko" ] || { echo "report-check: nfh_badmod.ko did not build" >&2; exit 1; }

fail=0
# expect WHAT RC PATTERN DESCRIPTION: insmod what=WHAT (it fails on purpose,
# -EAGAIN: the command ignores that); vmrun must exit RC and its output
# match PATTERN (nothing to match for an empty one)
expect() {
	local what=$1 want=$2 pat=$3 desc=$4 out rc
	out=$(tests/vm/vmrun --kernel "$SERIES" -- bash -c "insmod $OUT/nfh_badmod.ko what=$what || true" 2>&1) && rc=0 || rc=$?
	if [ "$rc" -eq "$want" ] && { [ -z "$pat" ] || echo "$out" | grep -qE "$pat"; }; then
		echo "report-check: ok: $desc (exit $rc)"
	else
		echo "report-check: FAIL: $desc: exit $rc, wanted $want${pat:+ and /$pat/}:"
		echo "$out" | tail -30
		fail=1
	fi
}
# expect_leak WHAT RC PATTERN DESCRIPTION: the same, with the suites'
# kmemleak check around the load
expect_leak() {
	local what=$1 want=$2 pat=$3 desc=$4 out rc
	out=$(tests/vm/vmrun --kernel "$SERIES" -- bash -c ". tests/vm/lib.sh; kmemleak_clear;
		insmod $OUT/nfh_badmod.ko what=$what || true; kmemleak_check badmod-$what any" 2>&1) && rc=0 || rc=$?
	if [ "$rc" -eq "$want" ] && echo "$out" | grep -qE "$pat"; then
		echo "report-check: ok: $desc (exit $rc)"
	else
		echo "report-check: FAIL: $desc: exit $rc, wanted $want and /$pat/:"
		echo "$out" | tail -30
		fail=1
	fi
}

if [ "$QUICK" = 1 ] && [ "$SERIES" = debug ]; then
	out=$(tests/vm/vmrun --kernel debug -- bash -c ". tests/vm/lib.sh; kmemleak_clear
		for w in lockdep kasan uaf ubsan leak; do insmod $OUT/nfh_badmod.ko what=\$w || true; done
		kmemleak_check badmod-leak any" 2>&1) && rc=0 || rc=$?
	[ "$rc" = 126 ] && echo "report-check: ok: the run fails (exit 126)" ||
		{ echo "report-check: FAIL: exit $rc, wanted 126"; fail=1; }
	all=$(echo "$out"; cat "${NFH_CACHE:-.cache}/vm/last-failure.log")
	for pat in 'BUG: KASAN: slab-out-of-bounds' 'BUG: KASAN: (slab-)?use-after-free' \
		'UBSAN: shift-out-of-bounds' 'possible circular locking dependency' \
		'KMEMLEAK badmod-leak [0-9]+ suspects, [1-9][0-9]* involving the helpers'; do
		# vmrun shows the first reports; its log has them all
		# a here-string, not a pipe: grep -q stops reading at the first
		# match and, under pipefail, the writer's SIGPIPE fails the test
		if grep -qE "$pat" <<< "$all"; then echo "report-check: ok: /$pat/ shown"; else
			echo "report-check: FAIL: /$pat/ not shown"; fail=1; fi
	done
	[ "$fail" = 0 ] || echo "$out" | tail -60
	exit "$fail"
fi
expect none 0 '' "a run with no kernel report passes"
expect warn 126 'nfh_badmod: a deliberate warning' "a WARN() below the console level fails the run and is shown"
if [ "$SERIES" = debug ]; then
	expect kasan 126 'BUG: KASAN: slab-out-of-bounds' "KASAN: an out-of-bounds write fails the run"
	expect uaf 126 'BUG: KASAN: (slab-)?use-after-free' "KASAN: a use after free fails the run"
	expect lockdep 126 'possible circular locking dependency' "lockdep: a lock order inversion fails the run"
	expect ubsan 126 'UBSAN: shift-out-of-bounds' "UBSAN: a shift past the width fails the run"
	expect_leak leak 1 'KMEMLEAK badmod-leak [0-9]+ suspects, [1-9][0-9]* involving the helpers' \
		"kmemleak: a leaked buffer of a (since unloaded) module fails the check"
	expect_leak none 0 'KMEMLEAK badmod-none [0-9]+ suspects, 0 involving the helpers' "kmemleak: a clean load passes the check"
fi
exit "$fail"
