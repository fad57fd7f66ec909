#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# report-check.sh [--kernel 6.1|6.12] - negative control of vmrun's kernel
# report scan: a WARN() logged while the command runs, below the console's
# level, must fail the run (vmrun exits 126 and shows it); the same command
# without the warning must pass.  Builds tests/vm/badmod for the kernel
# into .build/badmod-<release> (never installed, loaded by path).
set -euo pipefail
cd "$(dirname "$0")/../.."
SERIES=6.1
[ "${1:-}" = --kernel ] && SERIES=$2
REL=$(tools/kernels release "$SERIES")
OUT=$PWD/.build/badmod-$REL
mkdir -p "$OUT"
cp tests/vm/badmod/Kbuild tests/vm/badmod/nfh_badmod.c "$OUT/"
make -s -C "/usr/src/linux-headers-$REL" M="$OUT" modules 2>&1 | grep -v 'Skipping BTF' || true
[ -f "$OUT/nfh_badmod.ko" ] || { echo "report-check: nfh_badmod.ko did not build" >&2; exit 1; }

fail=0
# insmod fails on purpose (-EAGAIN): the command ignores that
out=$(tests/vm/vmrun --kernel "$SERIES" -- bash -c "insmod $OUT/nfh_badmod.ko what=none || true" 2>&1) && rc=0 || rc=$?
if [ "$rc" -eq 0 ]; then
	echo "report-check: ok: a run with no kernel report passes"
else
	echo "report-check: FAIL: a run with no kernel report exits $rc:"; echo "$out" | tail -20
	fail=1
fi
out=$(tests/vm/vmrun --kernel "$SERIES" -- bash -c "insmod $OUT/nfh_badmod.ko what=warn || true" 2>&1) && rc=0 || rc=$?
if [ "$rc" -eq 126 ] && echo "$out" | grep -q 'nfh_badmod: a deliberate warning'; then
	echo "report-check: ok: a WARN() below the console level fails the run (exit 126) and is shown"
else
	echo "report-check: FAIL: a WARN() went unnoticed (exit $rc):"; echo "$out" | tail -20
	fail=1
fi
exit "$fail"
