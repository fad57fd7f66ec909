#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# compare.sh - the failover scenarios (run.sh) with the in-tree helpers and
# with ours, side by side, and ours' negative controls.  Runs in the vmrun
# guest (the suite part "ha": make check-ha, make check-full):
#
#   tests/vm/vmrun [--kernel 6.12] -- tests/vm/ha/compare.sh
#
# Both implementations run with conntrackd committing through
# tools/conntrackd-commit's library, so the columns differ by the helper
# alone.  The negative controls (ours): without the re-announcement the
# INVITE's expectations must not reach the backup nor the REGISTER
# pinhole be active there, and without a helper
# on the TCP connections the SIP re-INVITE must not be rewritten nor its
# media expected, the FTP transfers through r2 and the H.323 logical
# channel must fail; without the library
# the committed expectations must lose their class and the RTCP must not
# reach the phone.  Prints "<impl>: N passed, M failed" per implementation;
# exit status 0 when ours passed every check and both controls failed
# where they must.
set -u

HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../lib.sh
. "$HERE/../lib.sh"
W=$NFH_WORK/ha
mkdir -p "$W"

# run NAME ARGS...: one run.sh, its output in $W/NAME.out
run() {
	local name=$1
	shift
	echo "=== failover: $name ($*)"
	"$HERE/run.sh" "$@" > "$W/$name.out" 2>&1
	grep -vE '^ *\[[A-Z][a-z]{2} ' "$W/$name.out"
}

# result NAME CHECK: PASS, FAIL or - (not reported)
result() {
	awk -v c="$2" '($1 == "PASS" || $1 == "FAIL") && $2 == c { r = $1 } END { print r ? r : "-" }' "$W/$1.out"
}

run intree --impl intree
run ours --impl ours
run ours_no_reannounce --impl ours --no-reannounce --tcp-no-helper
run ours_no_preload --impl ours --no-preload

checks=$(awk '$1 == "PASS" || $1 == "FAIL" { print $2 }' "$W/ours.out" "$W/intree.out" | awk '!seen[$0]++')
echo
echo "##### failover (conntrackd), kernel $NFH_KREL"
printf '%-30s %-8s %-8s\n' check in-tree ours
for c in $checks; do
	printf '%-30s %-8s %-8s\n' "$c" "$(result intree "$c")" "$(result ours "$c")"
done
rc=0
for impl in intree ours; do
	p=$(grep -c '^PASS ' "$W/$impl.out")
	f=$(grep -c '^FAIL ' "$W/$impl.out")
	echo "$impl: $p passed, $f failed"
	[ "$impl" = ours ] && { [ "$f" -eq 0 ] && [ "$p" -gt 0 ] || rc=1; }
done
# the controls fail where they must, and only there
ctl() {	# ctl NAME CHECK...: those checks FAIL in NAME's run
	local c bad=0
	for c in "${@:2}"; do [ "$(result "$1" "$c")" = FAIL ] || bad=1; done
	if [ $bad = 0 ]; then
		echo "control $1: FAIL as expected (${*:2})"
	else
		echo "control $1: did not fail where it must (${*:2})"; rc=1
	fi
}
ctl ours_no_reannounce invite_expectations_synced register_pinhole_after_failover tcp_reinvite_rewritten tcp_reinvite_media \
	ftp_pasv_after_failover ftp_port_after_failover h245_olc_after_failover h323_media_after_failover \
	h245_opened_after_failover
ctl ours_no_preload commit_keeps_class rtcp_after_failover
echo "##### end of failover"
exit $rc
