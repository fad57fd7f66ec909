#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Malformed traffic for the flood scenario (tests/vm/faults/run.sh).

Every message it sends is one the helper must count as an error: the
shapes below are chosen so, and tests/vm/faults/run.sh checks the sum of
the helper's error counters against what was sent.

flood.py sip HOST N SEED
    N UDP datagrams to HOST:5060, from 16 source ports, as fast as the
    socket takes them: a fifth random bytes (first byte 0x01-0x08: never
    a SIP start line nor a keep-alive), the rest SIP requests broken one
    way each (Content-Length over 2^32, a Contact port over 65535, a
    header section cut before its empty line, a body shorter than its
    Content-Length), with random Call-IDs and branches.  Prints
    "SENT sip N" (datagrams the socket accepted; a full buffer is
    retried, never skipped).

flood.py ftp HOST CONNS LINES SEED
    CONNS TCP connections to HOST:21 (TCP_NODELAY), each writing LINES
    lines, ten a write (so lines also straddle segments): every other line a broken PORT or EPRT (a
    number over 255, too few numbers, an unknown address family, no closing
    delimiter), the others lines of bytes 0x80-0xff the helper ignores.
    Prints "SENT ftp BAD TOTAL-BYTES SHA256" (broken lines, bytes, hash
    of each connection's SHA256, in order).

flood.py sink ADDR PORT OUT
    Accepts TCP connections on ADDR:PORT and reads them to the end; when
    OUT.stop exists and all are closed, writes "GOT BYTES SHA256" (the
    connections in the order they were accepted) to OUT.  Prints READY.
"""
import hashlib
import os
import random
import selectors
import socket
import sys
import time

HDR = ("INVITE sip:flood@{dst}:5060 SIP/2.0\r\n"
       "Via: SIP/2.0/UDP 10.0.1.2:{sport};branch=z9hG4bK{br}\r\n"
       "Max-Forwards: 70\r\n"
       "From: <sip:f@10.0.1.2>;tag={br}\r\n"
       "To: <sip:flood@{dst}>\r\n"
       "Call-ID: {call}@10.0.1.2\r\n"
       "CSeq: 1 INVITE\r\n")


def token(rnd, n):
    return "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def sip_bad(rnd, dst, sport):
    kind = rnd.randrange(5)
    if kind == 0:
        n = rnd.randrange(1, 1400)
        return bytes([rnd.randrange(1, 9)]) + rnd.randbytes(n - 1)
    head = HDR.format(dst=dst, sport=sport, br=token(rnd, 10), call=token(rnd, 16))
    if kind == 1:
        return (head + "Content-Length: %d\r\n\r\n" % rnd.randrange(2**32, 2**40)).encode()
    if kind == 2:
        return (head + "Contact: <sip:f@10.0.1.2:%d>\r\nContent-Length: 0\r\n\r\n"
                % rnd.randrange(65536, 99999)).encode()
    if kind == 3:
        # cut anywhere before the empty line (at least one byte)
        msg = (head + "Content-Length: 0\r\n").encode()
        cut = rnd.randrange(1, len(msg))
        while cut > 1 and msg[cut - 1] in b"\r\n":
            cut -= 1  # a section ending in a line end may be read whole
        return msg[:cut]
    body = b"v=0\r\n" + rnd.randbytes(rnd.randrange(0, 40))
    return (head + "Content-Length: %d\r\n\r\n" % (len(body) + rnd.randrange(1, 500))).encode() + body


def flood_sip(dst, n, seed):
    rnd = random.Random(seed)
    socks = []
    for _ in range(16):
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.bind(("0.0.0.0", 0))
        socks.append(s)
    sent = 0
    while sent < n:
        s = socks[sent % len(socks)]
        msg = sip_bad(rnd, dst, s.getsockname()[1])
        try:
            s.sendto(msg, (dst, 5060))
            sent += 1
        except BlockingIOError:
            time.sleep(0.001)
        except OSError:
            # ENOBUFS: the queue is full; the datagram was not sent
            time.sleep(0.001)
    print("SENT sip %d" % sent, flush=True)


def ftp_bad(rnd):
    kind = rnd.randrange(4)
    if kind == 0:
        nums = [10, 0, 1, 2, rnd.randrange(256, 1000), rnd.randrange(0, 256)]
    elif kind == 1:
        nums = [10, 0, 1, 2][:rnd.randrange(1, 5)]
    if kind < 2:
        return ("PORT %s\r\n" % ",".join(map(str, nums))).encode()
    if kind == 2:
        return ("EPRT |%d|10.0.1.2|%d|\r\n" % (rnd.randrange(3, 10), rnd.randrange(1024, 65536))).encode()
    return ("EPRT |1|10.0.1.2|%d\r\n" % rnd.randrange(1024, 65536)).encode()


def flood_ftp(dst, conns, lines, seed):
    rnd = random.Random(seed)
    h = hashlib.sha256()
    total = bad = 0
    for _ in range(conns):
        ch = hashlib.sha256()
        s = socket.create_connection((dst, 21), timeout=30)
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        chunk = b""
        for i in range(lines):
            if i % 2 == 0:
                chunk += ftp_bad(rnd)
                bad += 1
            else:
                chunk += bytes(rnd.randrange(0x80, 0x100) for _ in range(rnd.randrange(1, 200))) + b"\r\n"
            if i % 10 == 9 or i == lines - 1:
                s.sendall(chunk)
                ch.update(chunk)
                total += len(chunk)
                chunk = b""
        s.shutdown(socket.SHUT_WR)
        while s.recv(4096):
            pass
        s.close()
        h.update(ch.digest())
    print("SENT ftp %d %d %s" % (bad, total, h.hexdigest()), flush=True)


def sink(addr, port, out):
    ls = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    ls.bind((addr, port))
    ls.listen(64)
    ls.setblocking(False)
    sel = selectors.DefaultSelector()
    sel.register(ls, selectors.EVENT_READ)
    order, data = [], {}
    print("READY", flush=True)
    while not (os.path.exists(out + ".stop") and not data):
        for key, _ in sel.select(0.2):
            s = key.fileobj
            if s is ls:
                c, _ = ls.accept()
                c.setblocking(False)
                sel.register(c, selectors.EVENT_READ)
                order.append([hashlib.sha256(), 0])
                data[c] = order[-1]
                continue
            b = s.recv(65536)
            if b:
                data[s][0].update(b)
                data[s][1] += len(b)
                continue
            sel.unregister(s)
            s.close()
            del data[s]
    h = hashlib.sha256()
    total = 0
    for entry in order:
        # each connection's bytes, in the order they were accepted
        h.update(entry[0].digest())
        total += entry[1]
    with open(out, "w") as f:
        f.write("GOT %d %s\n" % (total, h.hexdigest()))


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "sip":
        flood_sip(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    elif cmd == "ftp":
        flood_ftp(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))
    elif cmd == "sink":
        sink(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    else:
        sys.exit(__doc__)
