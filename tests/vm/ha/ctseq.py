#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Print the TCP sequence adjustment of every IPv4 TCP connection in this
network namespace's conntrack table, read through ctnetlink (conntrack -L
does not show it):

    <sport> <dport> orig <pos>/<before>/<after> reply <pos>/<before>/<after>

A connection without one prints "-" for both.  Used by tests/vm/ha/run.sh
to show whether a resized stream's correction reached the backup.
"""
import socket
import struct

NFNL_SUBSYS_CTNETLINK = 1
IPCTNL_MSG_CT_GET = 1
CTA_TUPLE_ORIG, CTA_SEQ_ADJ_ORIG, CTA_SEQ_ADJ_REPLY = 1, 15, 16
CTA_TUPLE_PROTO, CTA_PROTO_NUM, CTA_PROTO_SRC_PORT, CTA_PROTO_DST_PORT = 2, 1, 2, 3


def attrs(data):
    out, off = {}, 0
    while off + 4 <= len(data):
        alen, atype = struct.unpack_from("=HH", data, off)
        if alen < 4:
            break
        out[atype & 0x7fff] = data[off + 4:off + alen]
        off += (alen + 3) & ~3
    return out


def seqadj(a):
    if a is None:
        return "-"
    s = attrs(a)
    return "/".join(str(struct.unpack(">i", s[k])[0]) if k in s else "?" for k in (1, 2, 3))


def main():
    s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 12)
    hdr = struct.pack("=IHHII", 20, (NFNL_SUBSYS_CTNETLINK << 8) | IPCTNL_MSG_CT_GET,
                      0x301, 1, 0)
    s.send(hdr + struct.pack("=BBH", socket.AF_INET, 0, 0))
    done = False
    while not done:
        buf = s.recv(65536)
        off = 0
        while off + 16 <= len(buf):
            mlen, mtype = struct.unpack_from("=IH", buf, off)
            if mtype in (2, 3) or mlen < 16:	# NLMSG_ERROR, NLMSG_DONE
                done = True
                break
            a = attrs(buf[off + 20:off + mlen])
            proto = attrs(attrs(a.get(CTA_TUPLE_ORIG, b"")).get(CTA_TUPLE_PROTO, b""))
            if proto.get(CTA_PROTO_NUM) == b"\x06":
                print(struct.unpack(">H", proto[CTA_PROTO_SRC_PORT])[0],
                      struct.unpack(">H", proto[CTA_PROTO_DST_PORT])[0],
                      "orig", seqadj(a.get(CTA_SEQ_ADJ_ORIG)),
                      "reply", seqadj(a.get(CTA_SEQ_ADJ_REPLY)))
            off += (mlen + 3) & ~3


if __name__ == "__main__":
    main()
