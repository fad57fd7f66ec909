#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# run_fuzz.sh BUILD_DIR SECONDS TARGET... - run each libFuzzer target for
# SECONDS seconds on a corpus seeded from tests/h323/vectors (the Erlang
# vectors, wrapped as each entry point expects, and the captures named in
# $H323_SEED_PCAPS) and print
# "N passed, N failed".
set -u
build=$1 secs=$2
shift 2
pass=0 fail=0
for t in "$@"; do
	corpus=$build/corpus_$t
	mkdir -p "$corpus" "$build/crash_$t"
	python3 tests/h323/gen/seeds.py "$t" tests/h323/vectors/erlang.txt \
		"$corpus" $H323_SEED_PCAPS
	if "$build/fuzz_$t" -max_total_time="$secs" -max_len=4096 \
		-artifact_prefix="$build/crash_$t/" -print_final_stats=1 \
		"$corpus" >"$build/fuzz_$t.log" 2>&1; then
		echo "PASS fuzz_$t ($secs s): $(grep -o 'stat::number_of_executed_units: *[0-9]*' "$build/fuzz_$t.log" | grep -o '[0-9]*$') runs"
		pass=$((pass + 1))
	else
		echo "FAIL fuzz_$t: see $build/fuzz_$t.log and $build/crash_$t/"
		tail -20 "$build/fuzz_$t.log"
		fail=$((fail + 1))
	fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
