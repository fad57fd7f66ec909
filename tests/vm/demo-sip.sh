#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# The `make demo` guest script, SIP part: a SIPp call from a UA behind
# masquerade to a UA outside, through our nf_conntrack_sip + nf_nat_sip.
#
#   client 10.0.1.2 ---- 10.0.1.1 router 192.0.2.1 ---- 192.0.2.2 server
#   sipp -sn uac           masquerade, forward drop       sipp -sn uas
#                          except established,related
set -eu
cd "$(dirname "$0")/../.."

. tests/vm/demo-lib.sh
W=/tmp/demo-sip
trap demo_cleanup EXIT

demo_load nf_conntrack_sip nf_nat_sip
demo_topology sip udp 5060

rm -rf "$W"; mkdir -p "$W"
step "SIPp UAS on 192.0.2.2:5060 (logs every message it receives)"
# -bg: the parent exits 99 once the background UAS runs; the port says so
(cd "$W" && s sipp -sn uas -i 192.0.2.2 -p 5060 -m 1 -bg -trace_msg \
	-message_file "$W/uas.msg" >/dev/null 2>&1) || true
until_ok 10 listening demo-s udp 5060 || true

step "conntrack -E expect on the router"
r conntrack -E expect > "$W/expect.log" 2>/dev/null &
until_ok 10 subscribed || true

step "client: one call (sipp -sn uac: INVITE with SDP, ACK, BYE)"
if (cd "$W" && c sipp -sn uac 192.0.2.2:5060 -i 10.0.1.2 -p 5060 -m 1 \
	-trace_msg -message_file "$W/uac.msg" -timeout 30s >/dev/null 2>&1); then
	echo "call completed" | tee "$W/result"
else
	echo "call FAILED" | tee "$W/result"
fi
until_ok 5 nonempty "$W/expect.log" || true

step "the INVITE the client sent"
awk '/^INVITE /,/^m=/' "$W/uac.msg" | head -n 30
step "the INVITE the server received"
awk '/^INVITE /,/^m=/' "$W/uas.msg" | head -n 30

step "expectations created on the router"
cat "$W/expect.log"

step "counters (/proc/net/nfhelpers/sip in the router namespace, non-zero)"
# shellcheck disable=SC2016 # an awk program
r awk '$2 != 0' /proc/net/nfhelpers/sip

# the Call-ID keeps the client's address: it is an identifier, never rewritten
got=$(awk '/^INVITE /,/^m=/' "$W/uas.msg" | grep -v '^Call-ID:')
echo
if grep -q 'c=IN IP4 192.0.2.1' <<<"$got" && ! grep -q '10\.0\.1\.' <<<"$got" &&
	grep -q 'call completed' "$W/result"; then
	echo "demo: the call completed and the server saw only the router's public address."
else
	echo "demo: FAILED (call not completed, or a private address reached the server)"; exit 1
fi
