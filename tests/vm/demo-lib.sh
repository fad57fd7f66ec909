# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash
# Shared by the `make demo` guest scripts (demo-ftp.sh, demo-sip.sh): the
# three-namespace topology, the router's ruleset and the module listing.
# Source it; the caller sets `set -eu`.
#
#   client 10.0.1.2 ---- 10.0.1.1 router 192.0.2.1 ---- 192.0.2.2 server
#   (inside, demo-c)       (demo-r) masquerade,          (demo-s)
#                          forward drop except
#                          established,related

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
c() { ip netns exec demo-c "$@"; }
r() { ip netns exec demo-r "$@"; }
s() { ip netns exec demo-s "$@"; }
demo_cleanup() {
	local p
	# a job that already ended cannot be killed: not an error (set -e)
	for p in $(jobs -p); do kill "$p" 2>/dev/null || true; done
	for n in demo-c demo-r demo-s; do ip netns del $n 2>/dev/null || true; done
}

# until_ok SECONDS CMD...: poll CMD until it succeeds; status 1 after SECONDS
until_ok() {
	local end=$((SECONDS + $1))
	shift
	until "$@"; do
		[ $SECONDS -ge $end ] && return 1
		sleep 0.1
	done
}
# listening NS PROTO PORT: something listens on PORT (tcp or udp) in NS
listening() { ip netns exec "$1" ss -Hln"${2:0:1}" "sport = :$3" | grep -q .; }
# subscribed: conntrack -E in the router is listening (a netfilter netlink
# socket with groups)
# shellcheck disable=SC2016 # an awk program
subscribed() { r awk '$2 == 12 && $4 != "00000000" { f = 1 } END { exit !f }' /proc/net/netlink; }
# nonempty FILE
nonempty() { [ -s "$1" ]; }

# demo_load MODULE...: modprobe the first (the others follow), show paths
demo_load() {
	step "load our modules"
	modprobe "$1"
	for m in "$@" nfh_core; do
		printf '%-18s %s\n' "$m" "$(modinfo -n "$m")"
	done
}

# demo_topology HELPER PROTO PORT: namespaces, addresses, and the router's
# ruleset attaching helper HELPER to PROTO/PORT
demo_topology() {
	local helper=$1 proto=$2 port=$3 n
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
	r nft -f - <<NFT
table inet demo {
	ct helper $helper-$port { type "$helper" protocol $proto; }
	chain pre { type filter hook prerouting priority filter; policy accept; $proto dport $port ct helper set "$helper-$port"; }
	chain forward { type filter hook forward priority filter; policy drop; ct state established,related accept; iifname "r0" ct state new accept; }
	chain post { type nat hook postrouting priority srcnat; policy accept; oifname "r1" masquerade; }
}
NFT
	r nft list ruleset
}
