#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""seeds.py TARGET VECTORS OUTDIR [PCAP...] - write libFuzzer seeds for
TARGET (q931, ras or h245) from the Erlang vectors (H.225 messages wrapped in
TPKT + Q.931 + User-user IE, H.245 ones also in TPKT for the q931 target)
and from the TCP/UDP payloads of the given Ethernet/IPv4 captures."""
import os
import struct
import sys


def q931(per):
    uu = b"\x05" + per
    body = bytes([8, 2, 0, 1, 5]) + struct.pack("!BH", 0x7e, len(uu)) + uu
    return struct.pack("!BBH", 3, 0, 4 + len(body)) + body


def pcap_payloads(path):
    """Yield (proto, sport, dport, payload) of Ethernet/IPv4 frames."""
    with open(path, "rb") as f:
        data = f.read()
    if len(data) < 24 or data[:4] not in (b"\xd4\xc3\xb2\xa1",
                                          b"\x4d\x3c\xb2\xa1"):
        return
    off = 24
    while off + 16 <= len(data):
        caplen = struct.unpack("<I", data[off + 8:off + 12])[0]
        pkt = data[off + 16:off + 16 + caplen]
        off += 16 + caplen
        if len(pkt) < 34 or pkt[12:14] != b"\x08\x00":
            continue
        ip = pkt[14:]
        hl = (ip[0] & 15) * 4
        tot = struct.unpack("!H", ip[2:4])[0]
        l4 = ip[hl:tot]
        if ip[9] == 6 and len(l4) >= 20:
            sp, dp = struct.unpack("!HH", l4[:4])
            yield 6, sp, dp, l4[(l4[12] >> 4) * 4:]
        elif ip[9] == 17 and len(l4) >= 8:
            sp, dp = struct.unpack("!HH", l4[:4])
            yield 17, sp, dp, l4[8:]


def main():
    target, vectors, out = sys.argv[1:4]
    n = 0
    for path in sys.argv[4:]:
        for proto, sp, dp, pl in pcap_payloads(path):
            if not pl:
                continue
            if target == "q931" and proto == 6:
                data = pl
            elif target == "ras" and proto == 17 and 1719 in (sp, dp):
                data = pl
            elif target == "h245" and proto == 6 and 1720 not in (sp, dp) \
                    and len(pl) > 4 and pl[0] == 3:
                data = pl[4:]
            else:
                continue
            n += 1
            with open(os.path.join(out, "pcap_%d" % n), "wb") as f:
                f.write(data)
    for line in open(vectors):
        kind, name, _, hexs = line.split()
        per = bytes.fromhex(hexs)
        if target == "q931" and kind == "q931":
            data = q931(per)
        elif target == "q931" and kind == "h245":
            data = struct.pack("!BBH", 3, 0, 4 + len(per)) + per
        elif target == kind:
            data = per
        else:
            continue
        with open(os.path.join(out, "seed_" + name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
