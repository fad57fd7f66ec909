#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Send raw FTP control lines and print the dialogue.

ftpcmd.py HOST PORT LINE...
ftpcmd.py --segments HOST PORT SEGMENT...

Connects, reads the greeting, then sends each LINE and waits for its reply
(multi-line replies are read to the end).  The first output line is
"LOCAL <addr> <port>" (the client side of the control connection, so the
caller can find this connection's conntrack entry); then "> line" and
"< reply" lines.  Exits 0 when the server answered every line.

With --segments, each SEGMENT (Python escapes: 'PORT 1,2\\r\\n') goes out
as a TCP segment of its own: Nagle is off and the next one is written only
once the previous one is acknowledged.  Then one reply is read per line
sent.  This is how tests put several lines in one segment or split a line.
"""
import os
import socket
import struct
import sys
import time

SCALE = float(os.environ.get("NFH_WAIT_SCALE", "1"))  # tests/vm/lib.sh

segments = sys.argv[1] == "--segments"
if segments:
    sys.argv.pop(1)
host, port, lines = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
s = socket.create_connection((host, port), timeout=10 * SCALE)
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
rf = s.makefile("rb")
la = s.getsockname()
print("LOCAL %s %d" % (la[0], la[1]), flush=True)


def reply():
    first = rf.readline().decode("latin-1").rstrip("\r\n")
    print("< " + first, flush=True)
    if len(first) < 4:
        raise SystemExit("short reply")
    if first[3] == "-":  # multi-line: read up to "NNN "
        while True:
            more = rf.readline().decode("latin-1").rstrip("\r\n")
            print("< " + more, flush=True)
            if more[:4] == first[:3] + " ":
                break
    return first


def unacked():
    # struct tcp_info: 8 one-byte fields, then rto, ato, snd_mss, rcv_mss,
    # unacked as u32
    info = s.getsockopt(socket.IPPROTO_TCP, socket.TCP_INFO, 64)
    return struct.unpack_from("I", info, 24)[0]


def wait_acked():
    deadline = time.monotonic() + 10
    while unacked():
        if time.monotonic() > deadline:
            raise SystemExit("segment not acknowledged within 10 s")
        time.sleep(0.01)


reply()
if segments:
    data = [seg.encode("latin-1").decode("unicode_escape").encode("latin-1")
            for seg in lines]
    for seg in data:
        print("> segment %r" % seg, flush=True)
        s.sendall(seg)
        wait_acked()
    for _ in range(b"".join(data).count(b"\n")):
        reply()
else:
    for line in lines:
        print("> " + line, flush=True)
        s.sendall((line + "\r\n").encode("latin-1"))
        reply()
s.close()
