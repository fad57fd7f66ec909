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

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
c() { ip netns exec demo-c "$@"; }
r() { ip netns exec demo-r "$@"; }
s() { ip netns exec demo-s "$@"; }
W=/tmp/demo-sip
cleanup() {
	kill $(jobs -p) 2>/dev/null || true
	for n in demo-c demo-r demo-s; do ip netns del $n 2>/dev/null || true; done
}
trap cleanup EXIT

step "load our modules"
modprobe nf_conntrack_sip
for m in nf_conntrack_sip nf_nat_sip nfh_core; do
	printf '%-18s %s\n' "$m" "$(modinfo -n $m)"
done

step "topology"
for n in demo-c demo-r demo-s; do ip netns add $n; ip -n $n link set lo up; done
ip link add c0 netns demo-c type veth peer name r0 netns demo-r
ip link add s0 netns demo-s type veth peer name r1 netns demo-r
ip -n demo-c addr add 10.0.1.2/24 dev c0; ip -n demo-c link set c0 up
ip -n demo-c route add default via 10.0.1.1
ip -n demo-r addr add 10.0.1.1/24 dev r0; ip -n demo-r link set r0 up
ip -n demo-r addr add 192.0.2.1/24 dev r1; ip -n demo-r link set r1 up
ip -n demo-s addr add 192.0.2.2/24 dev s0; ip -n demo-s link set s0 up
r sysctl -qw net.ipv4.ip_forward=1
r nft -f - <<'NFT'
table inet demo {
	ct helper sip-5060 { type "sip" protocol udp; }
	chain pre { type filter hook prerouting priority filter; policy accept; udp dport 5060 ct helper set "sip-5060"; }
	chain forward { type filter hook forward priority filter; policy drop; ct state established,related accept; iifname "r0" ct state new accept; }
	chain post { type nat hook postrouting priority srcnat; policy accept; oifname "r1" masquerade; }
}
NFT
r nft list ruleset

rm -rf "$W"; mkdir -p "$W"
step "SIPp UAS on 192.0.2.2:5060 (logs every message it receives)"
# -bg: the parent exits 99 once the background UAS runs; the port says so
(cd "$W" && s sipp -sn uas -i 192.0.2.2 -p 5060 -m 1 -bg -trace_msg \
	-message_file "$W/uas.msg" >/dev/null 2>&1) || true
for _ in $(seq 100); do s ss -lun | grep -q '192.0.2.2:5060' && break; sleep 0.1; done

step "conntrack -E expect on the router"
r conntrack -E expect > "$W/expect.log" 2>/dev/null &
sleep 0.3

step "client: one call (sipp -sn uac: INVITE with SDP, ACK, BYE)"
(cd "$W" && c sipp -sn uac 192.0.2.2:5060 -i 10.0.1.2 -p 5060 -m 1 \
	-trace_msg -message_file "$W/uac.msg" -timeout 30s >/dev/null 2>&1) &&
	echo "call completed" | tee "$W/result" || echo "call FAILED" | tee "$W/result"
for _ in $(seq 50); do [ -s "$W/expect.log" ] && break; sleep 0.1; done

step "the INVITE the client sent"
awk '/^INVITE /,/^m=/' "$W/uac.msg" | head -n 30
step "the INVITE the server received"
awk '/^INVITE /,/^m=/' "$W/uas.msg" | head -n 30

step "expectations created on the router"
cat "$W/expect.log"

step "counters (/proc/net/nfhelpers/sip in the router namespace, non-zero)"
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
