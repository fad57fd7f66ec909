#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Client-side peers of the fault scenarios (tests/vm/faults/run.sh).

peers.py loop STOPFILE LOG FTPHOST SIPHOST
    Until STOPFILE exists: an FTP PASV download of data.bin (ftplib), then
    a SIP call over UDP from a fresh port (INVITE with SDP, 200, ACK, BYE,
    200), again and again.  One line per attempt in LOG, flushed:
    "FTP ok|fail <reason>", "SIP ok|fail <reason>".  Failures are expected
    while the helper modules are away; the caller only reads the counts.

peers.py hold HOST PORT N BASEPORT STOPFILE [pasv]
    Opens N FTP control connections from local ports BASEPORT..+N-1 (each
    bound, so the router's entries can be found), reads each greeting and,
    with "pasv", logs in and sends PASV.  Prints "CONN i ok [port]" (port:
    of the 227 reply) or "CONN i fail <reason>" per connection, then
    "READY", then keeps the connections open until STOPFILE exists (at
    most 300 s) and closes them with a reset.
"""
import ftplib
import os
import random
import re
import socket
import struct
import sys
import time


def ftp_once(host):
    ftp = ftplib.FTP(host, timeout=5)
    try:
        ftp.login()
        ftp.set_pasv(True)
        got = []
        ftp.retrbinary("RETR data.bin", got.append)
        if sum(len(b) for b in got) == 0:
            raise OSError("empty file")
    finally:
        try:
            ftp.close()
        except OSError:
            pass


def sip_msg(method, cseq, call, me, peer, body=b""):
    lines = [
        "%s sip:callee@%s:5060 SIP/2.0" % (method, peer),
        # the branch is a token: no '@' from the Call-ID
        "Via: SIP/2.0/UDP %s:%d;branch=z9hG4bK-%s-%d-%s" % (me[0], me[1], call.split("@")[0], cseq, method),
        "Max-Forwards: 70",
        "From: <sip:caller@%s:%d>;tag=cli1" % me,
        "To: <sip:callee@%s:5060>%s" % (peer, ";tag=srv1" if method != "INVITE" else ""),
        "Call-ID: %s" % call,
        "CSeq: %d %s" % (cseq, method),
        "Contact: <sip:caller@%s:%d>" % me,
    ]
    if body:
        lines.append("Content-Type: application/sdp")
    lines.append("Content-Length: %d" % len(body))
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def wait_status(s, code, method, deadline):
    while time.time() < deadline:
        s.settimeout(max(0.05, deadline - time.time()))
        try:
            data = s.recv(65535)
        except socket.timeout:
            break
        first = data.split(b"\r\n", 1)[0].decode("latin-1")
        m = re.search(rb"\r\nCSeq: *\d+ +(\w+)", data)
        if first.startswith("SIP/2.0 %d" % code) and m and m.group(1).decode() == method:
            return True
    return False


def sip_once(me_addr, peer, n):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        s.bind((me_addr, 0))
        me = s.getsockname()
        call = "faults-%d-%d@nfh" % (os.getpid(), n)
        media = 40000 + 2 * (n % 1000)
        sdp = ("v=0\r\no=nfh 1 1 IN IP4 %s\r\ns=-\r\nc=IN IP4 %s\r\nt=0 0\r\n"
               "m=audio %d RTP/AVP 0\r\n" % (me[0], me[0], media)).encode()
        s.sendto(sip_msg("INVITE", 1, call, me, peer, sdp), (peer, 5060))
        if not wait_status(s, 200, "INVITE", time.time() + 3):
            raise OSError("no 200 to INVITE")
        s.sendto(sip_msg("ACK", 1, call, me, peer), (peer, 5060))
        s.sendto(sip_msg("BYE", 2, call, me, peer), (peer, 5060))
        if not wait_status(s, 200, "BYE", time.time() + 3):
            raise OSError("no 200 to BYE")
    finally:
        s.close()


def loop(stop, log, ftphost, siphost):
    me = "10.0.1.2"
    n = 0
    with open(log, "a") as f:
        while not os.path.exists(stop):
            n += 1
            for name, fn in (("FTP", lambda: ftp_once(ftphost)),
                             ("SIP", lambda: sip_once(me, siphost, n))):
                try:
                    fn()
                    f.write("%s ok\n" % name)
                except (OSError, EOFError, ftplib.Error) as e:
                    f.write("%s fail %s\n" % (name, str(e).replace("\n", " ")[:80]))
                f.flush()


def hold(host, port, n, base, stop, pasv):
    conns = []
    for i in range(n):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.settimeout(4)
        try:
            s.bind(("0.0.0.0", base + i))
            s.connect((host, port))
            rf = s.makefile("rb")
            if not rf.readline().startswith(b"220"):
                raise OSError("no greeting")
            extra = ""
            if pasv:
                for line in ("USER anonymous", "PASS test@example.org", "PASV"):
                    s.sendall((line + "\r\n").encode())
                    r = rf.readline().decode("latin-1")
                m = re.search(r"^227 .*\((\d+),(\d+),(\d+),(\d+),(\d+),(\d+)\)", r)
                if not m:
                    raise OSError("no 227: %r" % r.strip())
                extra = " %d" % (int(m.group(5)) * 256 + int(m.group(6)))
            print("CONN %d ok%s" % (i, extra), flush=True)
            conns.append(s)
        except OSError as e:
            print("CONN %d fail %s" % (i, e), flush=True)
            s.close()
    print("READY", flush=True)
    end = time.time() + 300
    while time.time() < end and not os.path.exists(stop):
        time.sleep(0.2)
    for s in conns:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        s.close()


if __name__ == "__main__":
    random.seed()
    if sys.argv[1] == "loop":
        loop(*sys.argv[2:6])
    elif sys.argv[1] == "hold":
        hold(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]),
             sys.argv[6], len(sys.argv) > 7 and sys.argv[7] == "pasv")
    else:
        sys.exit(__doc__)
