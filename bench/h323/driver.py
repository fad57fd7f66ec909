#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""H.323 call driver for bench/h323/permsg.sh (in the vmrun guest).

driver.py server|client CALLS

Per call, through the router (10.0.1.2 caller -> 192.0.2.2 callee):
  RAS    RRQ -> 1719, RCF back                          (helper RAS)
  Q.931  new TCP connection to 1720: Setup (fastStart, h245Address) ->,
         <- CallProceeding, <- Connect (h245Address)   (helper Q.931)
  H.245  the caller connects to the Connect's h245Address (192.0.2.2:30002):
         OpenLogicalChannel ->                         (helper H.245, set
                                                        by the Connect's
                                                        expectation)
  Q.931  ReleaseComplete ->, the callee closes both connections.
Seven messages per call.  Only the caller's OLC on H.245: the in-tree
helper rejects the templates' OpenLogicalChannelAck ("decoding error: out
of bound") and drops the callee's OpenLogicalChannel (it is retransmitted
until the caller gives up), so neither can be compared.  The messages are tests/vm/h323/templates.txt's
(Erlang/OTP aligned PER, placeholders patched by h323peer.py's code), except
the Connect and the ReleaseComplete: CONNECT_V7 and RELEASE_V7 below are
connect_h245 and releasecomplete encoded (h323_vmgen.erl, Erlang/OTP) from
the same ASN.1 without the extension additions the in-tree helper's tables
do not know (Connect-UUIE displayName; ReleaseComplete-UUIE
destinationInfo and displayName), as an endpoint of an earlier H.225.0
version sends them: the in-tree helper rejects every v8 Connect and
ReleaseComplete ("decoding error: out of bound": it reads a length for an
unknown addition even when absent), so with connect_h245 it would not
expect the H.245 connection, whose messages would then never reach its
H.245 helper.  Each differs from the template in the extension bitmap's
length only; tshark dissects both without a warning.

The server prints, at the end, how many Setups and OLCs it received
with the caller's addresses rewritten to the router's (192.0.2.1): both
helpers must rewrite every one, or the figures are not comparable.
"""
import os
import socket
import sys
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "../../tests/vm/h323"))
import h323peer as hp  # noqa: E402

CONNECT_V7 = ("02c0060008914a000400c612cacafa0522c0b500534c086e6668656c7065"
              "7273003100000000000000000000000000000000011d0c00110000000000"
              "00000000000000000000000101000100")
RELEASE_V7 = ("05c0060008914a0004588800110000000000000000000000000000000001")
ROLES = {"caller": ["10.0.1.2"], "callee": ["192.0.2.2"], "gk": ["192.0.2.2"]}
TIMEOUT = 20.0


def peer(side):
    d = os.environ.get("NFH_DRIVER_DIR", "/tmp")
    hp.logf = open(os.path.join(d, "driver-%s.log" % side), "a")
    p = hp.Peer({"dir": d, "role": ROLES, "private": [], "side": side,
                 "pause": 0, "timeout": TIMEOUT})
    p.tpl["connect_h245"] = ("q931", bytes.fromhex(CONNECT_V7))
    p.tpl["releasecomplete"] = ("q931", bytes.fromhex(RELEASE_V7))
    return p


def read_tpkt(c, buf):
    while True:
        if len(buf) >= 4:
            n = int.from_bytes(buf[2:4], "big")
            if len(buf) >= n:
                m = bytes(buf[:n])
                del buf[:n]
                return m
        d = c.recv(65536)
        if not d:
            raise hp.Error("connection closed")
        buf += d


def addr_of(p, name, data, slot):
    for off, ln, _, s in p.fields(p.frame(name)):
        if s == slot:
            return socket.inet_ntoa(data[off:off + 4]), \
                int.from_bytes(data[off + 4:off + 6], "big")
    raise hp.Error("%s has no %s" % (name, slot))


def server(n):
    p = peer("callee")
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u.bind(("192.0.2.2", 1719))
    rcf = p.patched("rcf")

    def ras():
        while True:
            _, src = u.recvfrom(2048)
            u.sendto(rcf, src)
    threading.Thread(target=ras, daemon=True).start()
    ls = []
    for port in (1720, 30002):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("192.0.2.2", port))
        s.listen(64)
        s.settimeout(TIMEOUT * 3)
        ls.append(s)
    msgs = {m: p.patched(m) for m in ("callproceeding", "connect_h245")}
    print("READY", flush=True)
    setups = acks = 0
    first = None
    for _ in range(n):
        q, _ = ls[0].accept()
        q.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        qb = bytearray()
        m = setup = read_tpkt(q, qb)
        setups += addr_of(p, "setup_fs_h245", m, "h245_a")[0] == "192.0.2.1"
        q.sendall(msgs["callproceeding"])
        q.sendall(msgs["connect_h245"])
        h, _ = ls[1].accept()
        h.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        hb = bytearray()
        m = read_tpkt(h, hb)                    # OLC
        a = addr_of(p, "olc_a", m, "rtcp_a")
        acks += a[0] == "192.0.2.1"
        if not first:
            first = "server: the first call's Setup h245Address %s:%d, OLC rtcp %s:%d" % (
                addr_of(p, "setup_fs_h245", setup, "h245_a") + a)
        read_tpkt(q, qb)                        # ReleaseComplete
        h.close()
        q.close()
    print(first, flush=True)
    print("server: calls %d setups_rewritten %d olcs_rewritten %d"
          % (n, setups, acks), flush=True)


def client(n):
    p = peer("caller")
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u.bind(("10.0.1.2", 1719))
    u.settimeout(5)
    msgs = {m: p.patched(m) for m in ("rrq", "setup_fs_h245", "olc_a",
                                      "releasecomplete")}
    retrans = 0
    for _ in range(n):
        for t in range(4):
            u.sendto(msgs["rrq"], ("192.0.2.2", 1719))
            try:
                u.recvfrom(2048)
                break
            except socket.timeout:
                retrans += 1
        else:
            raise hp.Error("no RCF")
        q = socket.create_connection(("192.0.2.2", 1720), TIMEOUT)
        q.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        qb = bytearray()
        q.sendall(msgs["setup_fs_h245"])
        read_tpkt(q, qb)                        # CallProceeding
        m = read_tpkt(q, qb)                    # Connect
        h = socket.create_connection(addr_of(p, "connect_h245", m, "h245_b"),
                                     TIMEOUT)
        h.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        h.sendall(msgs["olc_a"])
        q.sendall(msgs["releasecomplete"])
        for c in (q, h):                        # until the callee closed
            while c.recv(4096):
                pass
            c.close()
    print("client: calls %d ras_retransmissions %d" % (n, retrans), flush=True)


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("server", "client"):
        sys.exit(__doc__)
    try:
        (server if sys.argv[1] == "server" else client)(int(sys.argv[2]))
    except (hp.Error, OSError) as e:
        print("%s: ERROR %s: %s" % (sys.argv[1], type(e).__name__, e),
              flush=True)
        sys.exit(1)
