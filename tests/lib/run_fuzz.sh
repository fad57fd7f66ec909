#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# run_fuzz.sh BUILD_DIR SECONDS TARGET... - run each libFuzzer target
# BUILD_DIR/fuzz_TARGET for SECONDS seconds on the corpus BUILD_DIR/corpus_TARGET
# (seeded beforehand by the caller), with extra libFuzzer flags from
# $FUZZ_FLAGS and, for one target only, $FUZZ_FLAGS_<TARGET>, and print
# "N passed, N failed".  A crash is kept in BUILD_DIR/crash_TARGET/.
set -u
build=$1 secs=$2
shift 2
pass=0 fail=0
for t in "$@"; do
	mkdir -p "$build/corpus_$t" "$build/crash_$t"
	eval "own=\${FUZZ_FLAGS_$t:-}"
	# shellcheck disable=SC2086 # FUZZ_FLAGS are lists of flags
	if "$build/fuzz_$t" -max_total_time="$secs" ${FUZZ_FLAGS:-} $own \
		-artifact_prefix="$build/crash_$t/" -print_final_stats=1 \
		"$build/corpus_$t" >"$build/fuzz_$t.log" 2>&1; then
		runs=$(grep -ao 'stat::number_of_executed_units: *[0-9]*' \
			"$build/fuzz_$t.log" | tail -n 1 | grep -o '[0-9]*$')
		echo "PASS fuzz_$t ($secs s): $runs runs"
		pass=$((pass + 1))
	else
		echo "FAIL fuzz_$t: see $build/fuzz_$t.log and $build/crash_$t/"
		# the report from its first line (the frames that matter), and
		# the input itself: CI keeps only this output
		sed -n '/^fuzz: \|^==[0-9]*==\|deadly signal/,$p' \
			"$build/fuzz_$t.log" | head -60
		for c in "$build/crash_$t"/*; do
			[ -f "$c" ] || continue
			echo "input $c:"
			od -An -tx1 -v "$c" | head -80
		done
		fail=$((fail + 1))
	fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
