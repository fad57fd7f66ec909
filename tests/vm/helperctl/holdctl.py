#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""holdctl.py HOST PORT SECONDS: log in anonymously, send PASV, print
"LOCAL addr port" and the 227 reply, then keep the control connection open
for SECONDS (NFH_WAIT_SCALE times) so the router's helper owns a connection
and an expectation while the test looks at them."""
import os
import socket
import sys
import time

SCALE = float(os.environ.get("NFH_WAIT_SCALE", "1"))  # tests/vm/lib.sh

host, port, hold = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
s = socket.create_connection((host, port), timeout=10 * SCALE)
rf = s.makefile("rb")
la = s.getsockname()
print("LOCAL %s %d" % (la[0], la[1]), flush=True)


def reply():
    first = rf.readline().decode("latin-1").rstrip("\r\n")
    if first[3:4] == "-":
        while True:
            more = rf.readline().decode("latin-1").rstrip("\r\n")
            if more[:4] == first[:3] + " ":
                break
    return first


reply()
for line in ("USER anonymous", "PASS test@example.org", "PASV"):
    s.sendall((line + "\r\n").encode())
    r = reply()
print(r, flush=True)
# the checks on a slow guest (debug kernel, crowded host) outlast 20 s
time.sleep(hold * SCALE)
