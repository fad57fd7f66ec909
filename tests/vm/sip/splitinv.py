#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""SIP clients that write an INVITE over TCP in two send()s with a pause,
many connections at once (issue 11).

splitinv.py [--timeout S] [--gate FILE] JOB...

JOB is NAME,FILE,CUT,PAUSE,BIND,HOST[,MSS]:
  FILE   the INVITE, sent as it is
  CUT    where the first write ends: a byte count, or
         contact  inside the address of the Contact URI (3 bytes into it)
         c        inside the address of the first c= line (3 bytes into it)
         crlf     between the CR and the LF that end the header section
         clen     inside the digits of Content-Length (after the first)
  PAUSE  seconds between the two writes
  BIND   local ADDR:PORT ([v6]:port for IPv6)
  HOST   the server's address (port 5060)
  MSS    TCP_MAXSEG set before connecting (segments of at most MSS bytes)

Every socket has TCP_NODELAY, so each write leaves at once.  All jobs run
at the same time, one thread each; a job waits for the 200 to its INVITE
(at most PAUSE + --timeout seconds, default 10) and prints
  RESULT NAME ok|FAIL <why> CUT=<bytes> <seconds>
then, once all are done, "DONE <failures>".  With --gate the connections
stay open (a call in progress keeps its signalling connection, and with it
the router's expectations) until FILE exists, at most 120 s.  Exit 0 when
every job got its 200.
"""
import os
import socket
import sys
import threading
import time

args = sys.argv[1:]
timeout, gate = 10.0, None
while args and args[0].startswith("--"):
    o = args.pop(0)
    if o == "--timeout":
        timeout = float(args.pop(0))
    elif o == "--gate":
        gate = args.pop(0)
timeout *= float(os.environ.get("NFH_WAIT_SCALE", "1"))  # tests/vm/lib.sh
lock = threading.Lock()
failed = [0]
keep = []  # open connections, closed at the gate


def cut_at(data, spec):
    """The byte count of the first write for SPEC."""
    if spec == "contact":
        at = data.index(b"\r\nContact:")
        return data.index(b"@", at) + 1 + 3
    if spec == "c":
        at = data.index(b"\r\nc=IN IP")
        return at + len(b"\r\nc=IN IP4 ") + 3
    if spec == "crlf":
        return data.index(b"\r\n\r\n") + 3
    if spec == "clen":
        return data.index(b"\r\nContent-Length: ") + len(b"\r\nContent-Length: ") + 1
    return int(spec)


def answered(s, deadline):
    """Read until a 200 with CSeq method INVITE arrives."""
    buf = b""
    while time.monotonic() < deadline:
        s.settimeout(max(0.05, deadline - time.monotonic()))
        try:
            d = s.recv(65535)
        except socket.timeout:
            break
        if not d:
            return "closed by the far end"
        buf += d
        for msg in buf.split(b"\r\n\r\n"):
            if msg.startswith(b"SIP/2.0 200") and b" INVITE\r\n" in msg + b"\r\n":
                return None
    return "no 200 to the INVITE"


def job(spec):
    f = spec.split(",")
    name, path, cut, pause, bind, host = f[:6]
    mss = int(f[6]) if len(f) > 6 else 0
    data = open(path, "rb").read()
    n = cut_at(data, cut)
    t0 = time.monotonic()
    why = None
    try:
        a, _, p = bind.rpartition(":")
        a = a.strip("[]")
        s = socket.socket(socket.AF_INET6 if ":" in a else socket.AF_INET,
                          socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if mss:
            s.setsockopt(socket.IPPROTO_TCP, socket.TCP_MAXSEG, mss)
        s.bind((a, int(p)))
        s.settimeout(timeout)
        s.connect((host, 5060))
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        s.sendall(data[:n])
        time.sleep(float(pause))
        s.sendall(data[n:])
        why = answered(s, time.monotonic() + timeout)
        with lock:
            keep.append(s)
    except OSError as e:
        why = str(e)
    with lock:
        if why:
            failed[0] += 1
        print("RESULT %s %s CUT=%d %.2f" % (name, "ok" if not why else
                                            "FAIL " + why.replace(" ", "_"),
                                            n, time.monotonic() - t0),
              flush=True)


threads = [threading.Thread(target=job, args=(j,)) for j in args]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("DONE %d" % failed[0], flush=True)
deadline = time.monotonic() + 120
while gate and not os.path.exists(gate) and time.monotonic() < deadline:
    time.sleep(0.05)
for s in keep:
    s.close()
sys.exit(1 if failed[0] else 0)
