#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# The `make demo` guest script, H.323 part: a call from an endpoint behind
# masquerade to one outside, through our nf_conntrack_h323 + nf_nat_h323.
#
#   client 10.0.1.2 ---- 10.0.1.1 router 192.0.2.1 ---- 192.0.2.2 server
#   caller                 masquerade, forward drop       callee :1720
#                          except established,related
#
# The peers are tests/vm/h323/h323peer.py (messages Erlang-encoded from the
# standard's ASN.1, placeholder addresses patched for this topology): the
# caller sends a Setup with fastStart (its RTP/RTCP) and h245Address, the
# callee answers CallProceeding and Connect (fastStart), then opens H.245 to
# the caller's h245Address and sends RTP to its fastStart address: both only
# pass the forward chain as related, i.e. because the helper expected them.
# The caller hangs up with ReleaseComplete.  Addresses are shown at the
# templates' own offsets (the helper rewrites in place, lengths never
# change), read by the peers' code, not by our decoder.
set -eu
cd "$(dirname "$0")/../.."

. tests/vm/demo-lib.sh
W=/tmp/demo-h323
H=tests/vm/h323
# set +e: a peer that already exited makes demo_cleanup's kill fail
trap 'set +e; demo_cleanup' EXIT

demo_load nf_conntrack_h323 nf_nat_h323
demo_topology Q.931 tcp 1720
# count the packets of expected (related) connections from the public side
r nft insert rule inet demo forward iifname r1 ct status expected counter

rm -rf "$W"; mkdir -p "$W/caller" "$W/callee"
# peer.py: h323peer.py, plus the bytes of every send: written to DIR/sent.raw
cat > "$W/peer.py" <<'PY'
import os, sys
sys.path.insert(0, sys.argv.pop(1))
import h323peer as h
send = h.Peer.a_send
def a_send(self, arg):
    with open(os.path.join(self.o["dir"], "sent.raw"), "ab") as f:
        f.write(b"".join(self.patched(n) for n in arg.split("+")))
    send(self, arg)
h.Peer.a_send = a_send
sys.exit(h.main())
PY
# show.py FILE TEMPLATE: the first TPKT of FILE, briefly, and the transport
# addresses at TEMPLATE's offsets
cat > "$W/show.py" <<'PY'
import os, socket, struct, sys
sys.path.insert(0, sys.argv.pop(1))
import h323peer as h
NAMES = {"h245_a": "h245Address", "cs_a": "sourceCallSignalAddress",
         "cs_b": "destCallSignalAddress", "rtp_a": "fastStart RTP",
         "rtcp_a": "fastStart RTCP", "rtp_b": "fastStart RTP",
         "rtcp_b": "fastStart RTCP", "h245_b": "h245Address"}
TYPES = {v: k for k, v in h.Q931_TYPE.items()}
data, name = open(sys.argv[1], "rb").read(), sys.argv[2]
n = struct.unpack("!H", data[2:4])[0]
m = data[:n]
print("TPKT %d bytes, Q.931 %s, call reference %d, H.225.0 user-user IE %d bytes"
      % (n, TYPES.get(m[8], hex(m[8])), struct.unpack("!H", m[6:8])[0] & 0x7fff,
         struct.unpack("!H", m[m.index(0x7e, 9) + 1:][:2])[0]))
p = h.Peer({"dir": os.path.dirname(sys.argv[1]), "role": {}, "private": [],
            "side": "caller", "pause": 0, "timeout": 1})
for off, ln, role, slot in p.fields(p.frame(name)):
    a = socket.inet_ntop(socket.AF_INET if ln == 4 else socket.AF_INET6, m[off:off + ln])
    port = int.from_bytes(m[off + ln:off + ln + 2], "big")
    print("  %-24s %s:%-5d  (bytes %d-%d: %s)" % (NAMES.get(slot, slot), a, port,
          off, off + ln + 1, m[off:off + ln + 2].hex()))
PY
PY=${PYTHON:-/usr/bin/python3}
PEER=("$PY" "$W/peer.py" "$H" --private 0a0001 --role caller=10.0.1.2 --role callee=192.0.2.2)

logged() { grep -qE "$2" "$W/$1/log" 2>/dev/null; }

step "callee on 192.0.2.2:1720 (h323peer.py: records what it receives)"
s "${PEER[@]}" --dir "$W/callee" --side callee media:192.0.2.2:6000,6001 \
	listen:192.0.2.2:1720 accept wait:setup_fs_h245 send:callproceeding send:connect_fs \
	waitfile:"$W/go" connect:@h245_a send:olc_b rtp:@rtp_a:6000 use:1 wait:releasecomplete \
	> "$W/callee.out" 2>&1 &
until_ok 60 listening demo-s tcp 1720 || { echo "demo: the callee did not start"; exit 1; }

step "caller 10.0.1.2: Setup (fastStart, h245Address) to 192.0.2.2:1720"
c "${PEER[@]}" --dir "$W/caller" --side caller media:10.0.1.2:40000,40001 \
	listen:10.0.1.2:30000 connect:192.0.2.2:1720 send:setup_fs_h245 wait:callproceeding \
	wait:connect_fs accept wait:olc_b waitmedia:40000:10 rtp:@rtp_b:40000 use:1 \
	waitfile:"$W/bye" send:releasecomplete hold:1 > "$W/caller.out" 2>&1 &
until_ok 60 logged caller '^GOT connect_fs|^ERROR' || true
grep -E '^(SENT|GOT|ERROR)' "$W/caller/log" | sed 's/^/  caller: /'

step "the Setup the caller sent"
"$PY" "$W/show.py" "$H" "$W/caller/sent.raw" setup_fs_h245 || true
step "the Setup the callee received"
"$PY" "$W/show.py" "$H" "$W/callee/c1.raw" setup_fs_h245 || true

step "expectations on the router (conntrack -L expect): H.245 and RTP/RTCP"
r conntrack -L expect 2>/dev/null | tee "$W/expect"

step "callee: H.245 to the caller's h245Address, OpenLogicalChannel, RTP to its fastStart RTP"
touch "$W/go"
until_ok 30 logged caller '^RTP |^ERROR|^NOMEDIA' || true
grep -E '^(ACCEPTED|GOT olc_b|NOMEDIA|ERROR)' "$W/caller/log" | sed 's/^/  caller: /'
echo "  caller: RTP datagrams received on 40000: $(grep -c '^RECV 40000 ' "$W/caller/log")"
step "their connections on the router: H.245 (helper=H.245) and RTP, both ways"
r conntrack -L 2>/dev/null | grep -E 'dport=(30000|40000|6000) ' | sed 's/  */ /g'
r nft list chain inet demo forward | grep 'ct status expected' || true

step "caller: ReleaseComplete"
touch "$W/bye"
until_ok 30 logged callee '^GOT releasecomplete|^ERROR' || true
echo "expectations left: $(r conntrack -L expect 2>/dev/null | grep -c .)"

step "counters (/proc/net/nfhelpers/h323 in the router namespace, non-zero)"
# shellcheck disable=SC2016 # an awk program
r awk '$2 != 0' /proc/net/nfhelpers/h323

echo
h245=$(awk '$1 == "FIELD" && $3 == "h245_a" { print $4; exit }' "$W/callee/log")
if logged callee '^GOT releasecomplete' && logged caller '^GOT olc_b' &&
	logged caller '^RECV 40000 ' && [ "$h245" = 192.0.2.1 ] && ! logged callee '^LEAK'; then
	echo "demo: the call went through, H.245 and RTP came in as related, and the callee saw only the router's public address."
else
	echo "demo: FAILED (call not completed, H.245 or RTP did not pass, or a private address reached the callee)"
	grep -h -E '^(ERROR|LEAK|NOMEDIA)' "$W"/caller/log "$W"/callee/log || true
	exit 1
fi
