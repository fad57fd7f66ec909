#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Wrap the messages printed by h323_testgen.erl into a pcap.

Input lines: KIND NAME EXPECT HEX (KIND q931, h245 or ras).  Output: a pcap
(Ethernet, IPv4 and IPv6) where
  * q931 messages become TPKT + Q.931 + User-user IE on TCP port 1720,
    alternately over an IPv4 and an IPv6 connection; two of them share one
    segment and one is split over two segments;
  * h245 messages become TPKT-framed H.245 on the TCP connection to the
    h245Address announced by the first Setup (192.0.2.10:30000);
  * ras messages become UDP port 1719 datagrams, IPv4 or IPv6 following the
    message name (a "v6" in the name selects IPv6).
A manifest (frame number, kind, name) is written next to the pcap.
The output depends only on the input (fixed timestamps, no randomness).
"""

import struct
import sys

Q931_TYPE = {"setup": 0x05, "callproceeding": 0x02, "alerting": 0x01,
             "connect": 0x07, "progress": 0x03, "facility": 0x62,
             "releasecomplete": 0x5a}

V4 = {"a": bytes([192, 0, 2, 10]), "b": bytes([192, 0, 2, 20]),
      "gk": bytes([192, 0, 2, 1])}
V6 = {"a": bytes.fromhex("20010db8000000000000000000000010"),
      "b": bytes.fromhex("20010db8000000000000000000000020"),
      "gk": bytes.fromhex("20010db8000000000000000000000001")}


def csum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return (~s) & 0xffff


def l4(proto, src, dst, sport, dport, payload, seq=0, ack=0, flags=0x18):
    if proto == 6:
        hdr = struct.pack("!HHIIBBHHH", sport, dport, seq, ack, 5 << 4,
                          flags, 65535, 0, 0)
    else:
        hdr = struct.pack("!HHHH", sport, dport, 8 + len(payload), 0)
    seg = hdr + payload
    if len(src) == 4:
        pseudo = src + dst + struct.pack("!BBH", 0, proto, len(seg))
    else:
        pseudo = src + dst + struct.pack("!IxxxB", len(seg), proto)
    c = csum(pseudo + seg)
    off = 16 if proto == 6 else 6
    return seg[:off] + struct.pack("!H", c) + seg[off + 2:]


def ip(proto, src, dst, seg):
    if len(src) == 4:
        h = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(seg), 0, 0x4000,
                        64, proto, 0, src, dst)
        h = h[:10] + struct.pack("!H", csum(h)) + h[12:]
        return b"\x08\x00", h + seg
    h = struct.pack("!IHBB16s16s", 6 << 28, len(seg), proto, 64, src, dst)
    return b"\x86\xdd", h + seg


def frame(proto, src, dst, seg):
    et, pkt = ip(proto, src, dst, seg)
    return b"\x02\0\0\0\0\x02" + b"\x02\0\0\0\0\x01" + et + pkt


class Tcp:
    def __init__(self, src, dst, sport, dport):
        self.src, self.dst, self.sport, self.dport = src, dst, sport, dport
        self.seq = [1000, 5000]

    def handshake(self):
        out = [self.seg(0, b"", 0x02, ack=0)]
        self.seq[0] += 1
        out.append(self.seg(1, b"", 0x12))
        self.seq[1] += 1
        out.append(self.seg(0, b"", 0x10))
        return out

    def seg(self, direction, payload, flags=0x18, ack=None):
        s, d = (self.src, self.dst) if direction == 0 else (self.dst,
                                                             self.src)
        sp, dp = (self.sport, self.dport) if direction == 0 else (
            self.dport, self.sport)
        f = frame(6, s, d, l4(6, s, d, sp, dp, payload,
                              self.seq[direction],
                              self.seq[1 - direction] if ack is None else ack,
                              flags))
        self.seq[direction] = (self.seq[direction] + len(payload)) & \
            0xffffffff
        return f


def tpkt(body):
    return struct.pack("!BBH", 3, 0, 4 + len(body)) + body


def q931(name, per, crv):
    mtype = Q931_TYPE[name.split("_")[0]]
    flag = 0x80 if name.split("_")[0] != "setup" else 0
    body = struct.pack("!BBBBB", 0x08, 2, flag | (crv >> 8), crv & 0xff,
                       mtype)
    if mtype == 0x05:
        body += bytes([0x04, 0x03, 0x88, 0x90, 0xa5])    # bearer capability
    uu = b"\x05" + per
    body += struct.pack("!BH", 0x7e, len(uu)) + uu
    return tpkt(body)


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: mkpcap.py MESSAGES.txt OUT.pcap\n")
        return 2
    msgs = []
    with open(sys.argv[1]) as f:
        for line in f:
            kind, name, _expect, hexs = line.split()
            if name.startswith("bad_"):
                continue        # refused by the decoder (gen.sh)
            msgs.append((kind, name, bytes.fromhex(hexs)))
    frames = []     # (bytes, kind, name)
    cs4 = Tcp(V4["a"], V4["b"], 32803, 1720)
    cs6 = Tcp(V6["a"], V6["b"], 32804, 1720)
    h245 = Tcp(V4["b"], V4["a"], 40000, 30000)
    for f in cs4.handshake() + cs6.handshake():
        frames.append((f, "tcp", "handshake"))
    qs = [m for m in msgs if m[0] == "q931"]
    i = 0
    crv = 1
    while i < len(qs):
        kind, name, per = qs[i]
        conn = cs4 if i % 2 == 0 else cs6
        direction = 0 if name.startswith(("setup", "facility")) else 1
        data = q931(name, per, crv)
        if name.startswith("callproceeding_h245") and i + 1 < len(qs):
            # two TPKTs in one segment
            k2, n2, p2 = qs[i + 1]
            data += q931(n2, p2, crv)
            frames.append((conn.seg(direction, data), kind,
                           name + "+" + n2))
            i += 2
            continue
        if name.startswith("connect_h245"):
            # one TPKT split over two segments
            frames.append((conn.seg(direction, data[:7]), "tcp", "part"))
            frames.append((conn.seg(direction, data[7:]), kind, name))
        else:
            frames.append((conn.seg(direction, data), kind, name))
        if i == 0:
            for f in h245.handshake():
                frames.append((f, "tcp", "handshake"))
            for j, (k, n, p) in enumerate(m for m in msgs
                                          if m[0] == "h245"):
                frames.append((h245.seg(j % 2, tpkt(p)), k, n))
        i += 1
    for kind, name, per in msgs:
        if kind != "ras":
            continue
        v = V6 if "v6" in name else V4
        frames.append((frame(17, v["a"], v["gk"],
                             l4(17, v["a"], v["gk"], 1719, 1719, per)),
                       kind, name))
    with open(sys.argv[2], "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
        for n, (data, kind, name) in enumerate(frames):
            f.write(struct.pack("<IIII", 1700000000 + n, 0, len(data),
                                len(data)))
            f.write(data)
    with open(sys.argv[2].rsplit(".", 1)[0] + ".txt", "w") as f:
        for n, (data, kind, name) in enumerate(frames):
            if kind != "tcp":
                f.write("%d\t%s\t%s\n" % (n + 1, kind, name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
