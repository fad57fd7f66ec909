#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# run_fuzz.sh BUILD_DIR SECONDS TARGET... - run each libFuzzer target for
# SECONDS seconds on a corpus seeded by sip_seeds (vectors + captures in
# $SIP_SEED_PCAPS) and print "N passed, N failed".
set -u
build=$1 secs=$2
shift 2
pass=0 fail=0
for t in "$@"; do
	corpus=$build/corpus_$t
	mkdir -p "$corpus" "$build/crash_$t"
	"$build/sip_seeds" "$corpus" $SIP_SEED_PCAPS >/dev/null || exit 1
	if "$build/fuzz_$t" -max_total_time="$secs" -max_len=8192 \
		-dict=tests/sip/sip.dict -timeout=10 -rss_limit_mb=1024 \
		-artifact_prefix="$build/crash_$t/" -print_final_stats=1 \
		"$corpus" >"$build/fuzz_$t.log" 2>&1; then
		echo "PASS fuzz_$t ($secs s): $(grep -o 'stat::number_of_executed_units: *[0-9]*' "$build/fuzz_$t.log" | grep -o '[0-9]*$') runs"
		pass=$((pass + 1))
	else
		echo "FAIL fuzz_$t: see $build/fuzz_$t.log and $build/crash_$t/"
		tail -30 "$build/fuzz_$t.log"
		fail=$((fail + 1))
	fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
