#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# tests/sip/replan_negative.sh - negative control of test_replan_same
# (tests/sip/test_sip_unit.c): the same message planned twice against the
# same flow state gives the same plan.  What keeps it so is that
# nfh_sip_plan() starts every plan afresh: it resets its outputs (n_edit,
# rbuf_len, bypass, n_bypassed, delta) before planning.
#
# Builds test_sip_unit twice in a scratch copy of the sources (the checkout
# and tests/sip/build are not touched), with the flags of tests/lib/test.mk:
#
#   pristine   the planner as it is: every test passes;
#   mutant     sip_plan.c without "p->n_bypassed = 0;" (one reset of the
#              guard removed): test_replan_same must fail, and nothing else
#              (no other test looks at n_bypassed, so only this one can see
#              the plan carry state from the previous one).
#
# The other resets, when removed, already break the first plan of a run:
# test_table reports those, test_replan_same skips such runs.
#
# Run from the repository root: sh tests/sip/replan_negative.sh
# Exit 0 when the control behaves (pristine passes, the mutant is caught
# by test_replan_same alone).
set -u

root=$(cd "$(dirname "$0")/../.." && pwd)
cc=${NFH_TEST_CC:-$(command -v clang >/dev/null 2>&1 && echo clang || echo gcc)}
tmp=$(mktemp -d /tmp/nfh-replan-neg.XXXXXX)
trap 'rm -rf "$tmp"' EXIT INT TERM
reset='	p->n_bypassed = 0;'

# tree DIR: the parse core, planner and tests under DIR, as in the checkout
tree() {
	mkdir -p "$1/nf_conntrack_sip" "$1/tests/sip" "$1/tests/lib" "$1/include" &&
	cp "$root"/nf_conntrack_sip/*.[ch] "$1/nf_conntrack_sip/" &&
	cp "$root"/tests/sip/*.[ch] "$1/tests/sip/" &&
	cp "$root"/tests/lib/*.h "$1/tests/lib/" &&
	cp "$root"/include/*.h "$1/include/"
}
# build DIR: DIR/test_sip_unit, as NFH_UNIT_BUILD builds it
build() {
	"$cc" -O1 -g -std=gnu11 -Wall -Wextra -Werror -I"$1/include" \
		-fsanitize=address,undefined -fno-sanitize-recover=all \
		-fno-omit-frame-pointer -DNFH_REPO_ROOT="\"$root\"" \
		-o "$1/test_sip_unit" "$1/tests/sip/test_sip_unit.c" -lpcap
}
# failures LOG: the failed checks' source lines, "line function" each
failures() {
	sed -n 's/^FAIL [^:]*:\([0-9]*\):.*/\1/p' "$1" | sort -un | while read -r l; do
		f=$(awk -v l="$l" 'NR <= l && /^static void test_[a-z_]*\(void\)/ { n = $3 } NR == l { sub(/\(.*/, "", n); print n; exit }' \
			"$root/tests/sip/test_sip_unit.c")
		echo "$l $f"
	done
}

ok=1
for v in pristine mutant; do
	tree "$tmp/$v" || exit 2
done
n=$(grep -cxF "$reset" "$tmp/mutant/nf_conntrack_sip/sip_plan.c")
if [ "$n" != 1 ]; then
	echo "replan_negative: the reset '$reset' occurs $n times in sip_plan.c, not once: update this control"
	exit 2
fi
grep -vxF "$reset" "$tmp/pristine/nf_conntrack_sip/sip_plan.c" > "$tmp/mutant/nf_conntrack_sip/sip_plan.c"

for v in pristine mutant; do
	build "$tmp/$v" || { echo "replan_negative: $v does not build"; exit 2; }
	(cd "$root" && "$tmp/$v/test_sip_unit") > "$tmp/$v.log" 2>&1
	echo "== $v: $(tail -n 1 "$tmp/$v.log")"
	failures "$tmp/$v.log" | awk '{ print "   failed in " $2 " (line " $1 ")" }' | sort | uniq -c
done

if ! grep -Eq '^[0-9]+ passed, 0 failed$' "$tmp/pristine.log"; then
	echo "replan_negative: the pristine build fails: nothing to compare"; ok=0
fi
caught=$(failures "$tmp/mutant.log" | awk '{ print $2 }' | sort -u)
if [ "$caught" = test_replan_same ]; then
	echo "replan_negative: OK - without the reset only test_replan_same fails:"
	grep -m 3 'planned again' "$tmp/mutant.log" | sed 's/^/   /'
else
	echo "replan_negative: FAIL - the mutant was caught by: ${caught:-nothing}"; ok=0
fi
[ $ok = 1 ]
