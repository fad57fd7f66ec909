#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# tests/h323/explain_test.sh H323DUMP - h323dump --explain: what the kernel
# helper would do with each message of a capture, a raw message and a live
# capture on lo.  Each check names what it expects; the --nat checks have
# their negative control (the same capture without --nat rewrites nothing).
# Run from the repository root; prints "N passed, N failed".
set -u
dump=$1
pcap=tests/h323/generated/h323_gen.pcap
tmp=$(mktemp -d /tmp/nfh-explain.XXXXXX)
trap 'rm -rf "$tmp"' EXIT INT TERM
CHECK_NAME=explain
. tests/lib/check.sh

"$dump" --explain --nat 203.0.113.1 "$pcap" > "$tmp/nat" || echo "FAIL explain: exit status"
"$dump" --explain "$pcap" > "$tmp/plain"

# frame 7: a Setup from 192.0.2.10 with its own h245Address and fastStart
ok "own h245Address expected and rewritten" \
	has '^7	setup	h245 192\.0\.2\.10:30000	expect the H\.245 connection \(tcp\) from 192\.0\.2\.20; rewritten to 203\.0\.113\.1:30000' "$tmp/nat"
ok "fastStart RTCP named twice is explained once" \
	test "$(grep -c '^7	setup	rtcp 192\.0\.2\.10:5001	' "$tmp/nat")" = 1
ok "the callee's destCallSignalAddress is left alone" \
	has '^7	setup	callsignal 192\.0\.2\.20:1720	left as it is' "$tmp/nat"
ok "an address of a third host is refused" \
	has '	refused \(refused_third_party\) unless ' "$tmp/nat"
ok "an IPv6 address on an IPv4 connection is not expected" \
	has 'not expected: an IPv6 address on an IPv4 connection' "$tmp/nat"
ok "ReleaseComplete ends its call" has '	releaseComplete	-	ends call 1:' "$tmp/nat"
ok "CloseLogicalChannel explained" has '	closes logical channel 4660:' "$tmp/nat"
ok "H.460.18/19: step aside" has '	-	step aside: an H\.460\.18/19 endpoint' "$tmp/nat"
ok "RCF activates the RRQ's pinhole" has 'registrationConfirm	-	activates the pinhole of RRQ' "$tmp/nat"
ok "URQ removes the pinhole" has 'unregistrationRequest	-	removes the registration pinhole' "$tmp/nat"
ok "without --nat nothing is rewritten (negative control)" hasnt 'rewritten to|told 203' "$tmp/plain"
ok "without --nat the same expectations" \
	test "$(grep -c '	expect ' "$tmp/plain")" = "$(grep -c '	expect ' "$tmp/nat")"

# a raw H.245 OpenLogicalChannel whose RTCP port is 445
echo 030000000c6013800a04000100c612c9c9 01bd > "$tmp/olc445"
"$dump" --explain --raw h245 "$tmp/olc445" > "$tmp/raw"
ok "port 445 refused" has 'rtcp 198\.18\.201\.201:445	refused: port below 1024 \(refused_low_port\)' "$tmp/raw"
echo 030000000c6013800a04000100c612c9c9 fa04 > "$tmp/olc"
"$dump" --explain --raw h245 "$tmp/olc" > "$tmp/raw"
ok "the same with port 64004 is expected if the sender's (negative control)" \
	has 'rtcp 198\.18\.201\.201:64004	expect media \(udp\), if it is the sender' "$tmp/raw"

# live on lo: an RRQ sent to 127.0.0.1:1719 (needs the right to capture)
if [ "$(id -u)" = 0 ]; then
	# until it has captured 3 packets (the first RRQs may come before
	# the capture starts; something else on lo may be captured too)
	timeout 30 "$dump" --explain -i lo -c 3 > "$tmp/live" 2>&1 &
	pid=$!
	n=0
	while [ $n -lt 100 ] && kill -0 $pid 2>/dev/null; do
		python3 -c 'import socket; socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(bytes.fromhex("0e800000060008914a0004000100c612c9c9fa000100c612c9c9fa0122c0b500534c086e6668656c706572730031000140020062006f006260b500534c086e6668656c706572730031348b00020002003b0100010001000100"), ("127.0.0.1", 1719))'
		sleep 0.2
		n=$((n + 1))
	done
	wait $pid
	ok "live capture on lo: the RRQ explained" \
		has '^[123]	registrationRequest	callsignal 198\.18\.201\.201:64000	refused' "$tmp/live"
else
	echo "SKIP explain: live capture on lo needs root"
fi
check_summary
