#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Media stand-in for the VM scenarios: plain UDP datagrams, RTP-sized.

udppeer.py recv LOG ADDR PORT...
    Bind every PORT on ADDR; for each datagram append
    "RECV <port> <src> <sport> <len>" to LOG.  Runs until killed.
udppeer.py send [--from PORT [--step S]] [--count N] HOST PORT...
    Send N (default 5) 172-byte datagrams, 20 ms apart, to HOST:PORT (each
    PORT in turn), from PORT when given (so the far end sees the media
    source it expects); with --step, to the k-th PORT from PORT + k * S
    (one media source per call).
"""
import select
import socket
import sys
import time


def family(a):
    return socket.AF_INET6 if ":" in a else socket.AF_INET


if sys.argv[1] == "recv":
    log, addr, ports = sys.argv[2], sys.argv[3], [int(p) for p in sys.argv[4:]]
    socks = {}
    for p in ports:
        u = socket.socket(family(addr), socket.SOCK_DGRAM)
        u.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        u.bind((addr, p))
        socks[u] = p
    print("READY", flush=True)
    while True:
        r, _, _ = select.select(list(socks), [], [])
        for u in r:
            d, peer = u.recvfrom(65535)
            with open(log, "a") as f:
                f.write("RECV %d %s %d %d\n" % (socks[u], peer[0], peer[1], len(d)))
else:
    args = sys.argv[2:]
    src, count, step = None, 5, 0
    while args[0].startswith("--"):
        o = args.pop(0)
        if o == "--from":
            src = int(args.pop(0))
        elif o == "--count":
            count = int(args.pop(0))
        elif o == "--step":
            step = int(args.pop(0))
    host, ports = args[0], [int(p) for p in args[1:]]
    for k, port in enumerate(ports):
        u = socket.socket(family(host), socket.SOCK_DGRAM)
        u.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if src:
            u.bind(("", src + k * step))
        for i in range(count):
            # RTP version 2, PCMU, sequence i: enough to look like media
            hdr = bytes([0x80, 0x00, 0, i & 0xff]) + (i * 160).to_bytes(4, "big") + b"\x12\x34\x56\x78"
            u.sendto(hdr + b"\xff" * 160, (host, port))
            time.sleep(0.02)
