#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Send raw FTP control lines and print the dialogue.

ftpcmd.py HOST PORT LINE...

Connects, reads the greeting, then sends each LINE and waits for its reply
(multi-line replies are read to the end).  The first output line is
"LOCAL <addr> <port>" (the client side of the control connection, so the
caller can find this connection's conntrack entry); then "> line" and
"< reply" lines.  Exits 0 when the server answered every line.
"""
import socket
import sys

host, port, lines = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
s = socket.create_connection((host, port), timeout=10)
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


reply()
for line in lines:
    print("> " + line, flush=True)
    s.sendall((line + "\r\n").encode("latin-1"))
    reply()
s.close()
