#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# The `make demo` guest script: an active-mode FTP download from a client
# behind masquerade, through our nf_conntrack_ftp + nf_nat_ftp.
#
#   client 10.0.1.2 ---- 10.0.1.1 router 192.0.2.1 ---- 192.0.2.2 server
#           (inside)       masquerade, forward drop       pyftpdlib :21
#                          except established,related
set -eu
cd "$(dirname "$0")/../.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
c() { ip netns exec demo-c "$@"; }
r() { ip netns exec demo-r "$@"; }
s() { ip netns exec demo-s "$@"; }
cleanup() {
	kill $(jobs -p) 2>/dev/null || true
	for n in demo-c demo-r demo-s; do ip netns del $n 2>/dev/null || true; done
}
trap cleanup EXIT

step "load our modules"
modprobe nf_conntrack_ftp
for m in nf_conntrack_ftp nf_nat_ftp nfh_core; do
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
	ct helper ftp-21 { type "ftp" protocol tcp; }
	chain pre { type filter hook prerouting priority filter; policy accept; tcp dport 21 ct helper set "ftp-21"; }
	chain forward { type filter hook forward priority filter; policy drop; ct state established,related accept; iifname "r0" ct state new accept; }
	chain post { type nat hook postrouting priority srcnat; policy accept; oifname "r1" masquerade; }
}
NFT
r nft list ruleset

step "FTP server on 192.0.2.2:21 (pyftpdlib, logs the commands it receives)"
mkdir -p /tmp/demo-ftp
head -c 300000 /dev/urandom > /tmp/demo-ftp/file.bin
s python3 -W ignore tests/vm/ftp/ftpd.py 192.0.2.2 21 /tmp/demo-ftp \
	/tmp/demo-ftp/commands.log > /dev/null &
for _ in $(seq 600); do s ss -ltn | grep -q ':21 ' && break; sleep 0.1; done

step "conntrack -E expect on the router"
r conntrack -E expect > /tmp/demo-ftp/expect.log 2>/dev/null &
sleep 0.3

step "client: active-mode download (curl --disable-eprt --ftp-port -)"
c curl -s --disable-eprt --ftp-port - -o /tmp/demo-ftp/got.bin -v ftp://192.0.2.2/file.bin 2>&1 |
	grep -E '^> (PORT|EPRT)|^< 200 (PORT|Active)' || true
for _ in $(seq 50); do [ -s /tmp/demo-ftp/expect.log ] && break; sleep 0.1; done

step "what the server received"
sed -nE 's/^CMD [^ ]+ ((PORT|EPRT) .*)/\1/p' /tmp/demo-ftp/commands.log

step "expectation created on the router"
cat /tmp/demo-ftp/expect.log

step "checksums"
sha256sum /tmp/demo-ftp/file.bin /tmp/demo-ftp/got.bin

step "counters (/proc/net/nfhelpers/ftp in the router namespace, non-zero)"
r awk '$2 != 0' /proc/net/nfhelpers/ftp

a=$(sha256sum < /tmp/demo-ftp/file.bin); b=$(sha256sum < /tmp/demo-ftp/got.bin)
[ "$a" = "$b" ] && grep -q '^CMD [^ ]* PORT 192,0,2,1,' /tmp/demo-ftp/commands.log
echo
echo "demo: the transfer worked and the server saw the router's public address."
