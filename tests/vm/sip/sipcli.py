#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Send exact SIP messages and wait for answers, for the VM scenarios.

sipcli.py [--tcp] [--bind ADDR:PORT] [--timeout S] [--save DIR] HOST PORT ACTION...

ACTIONs, in order:
  send:FILE           FILE as one datagram (UDP) or one write (TCP, Nagle
                      off: one segment when it fits)
  split:FILE:N        TCP: the first N bytes, then, once they have left the
                      socket (transmitted at least once; SIOCOUTQNSD is 0)
                      but without waiting for the ACK, the rest
  acked:FILE:N        TCP: like split, but the rest only once the first
                      part is acknowledged (a segment boundary the far end
                      really saw)
  wait:CODE[/METHOD]  a response with status CODE (and CSeq method) arrived;
                      exit 3 if none within --timeout seconds (default 10)
  gate:FILE           pause until FILE exists (the test says go on); exit 3
                      if it does not within --timeout seconds.  Responses
                      that arrive meanwhile are read and kept.

With --save DIR every message received is written raw to DIR/msg.N and
logged in DIR/log as sipsrv.py does ("MSG N PROTO SRC SPORT
FIRSTLINE|CSEQ|CLEN|BODYLEN").

Prints "LOCAL <addr> <port>" first, then "> ..." for what was sent and
"< <status line> | <CSeq>" for each response.  Exit 0 when every action
succeeded.
"""
import fcntl
import os
import select
import socket
import struct
import sys
import time

SIOCOUTQ = 0x5411      # bytes not yet acknowledged
SIOCOUTQNSD = 0x894B   # bytes not yet sent

args = sys.argv[1:]
tcp, bind, timeout, save = False, None, 10.0, None
while args and args[0].startswith("--"):
    o = args.pop(0)
    if o == "--tcp":
        tcp = True
    elif o == "--bind":
        bind = args.pop(0)
    elif o == "--timeout":
        timeout = float(args.pop(0))
    elif o == "--save":
        save = args.pop(0)
        os.makedirs(save, exist_ok=True)
# slower kernels (tests/vm/lib.sh: NFH_WAIT_SCALE) get longer to answer
timeout *= float(os.environ.get("NFH_WAIT_SCALE", "1"))
host, port, actions = args[0], int(args[1]), args[2:]
family = socket.AF_INET6 if ":" in host else socket.AF_INET
s = socket.socket(family, socket.SOCK_STREAM if tcp else socket.SOCK_DGRAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
if bind:
    a, _, p = bind.rpartition(":")
    s.bind((a.strip("[]"), int(p)))
if tcp:
    s.settimeout(timeout)
    s.connect((host, port))
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
else:
    s.connect((host, port))
la = s.getsockname()
print("LOCAL %s %d" % (la[0], la[1]), flush=True)

inbox = []   # (code, method, first line)
buf = [b""]
saved = [0]


def record(msg, first, cseq, clen):
    """--save: MSG raw to DIR/msg.N, a line in DIR/log."""
    saved[0] += 1
    with open(os.path.join(save, "msg.%d" % saved[0]), "wb") as f:
        f.write(msg)
    end = msg.find(b"\r\n\r\n")
    peer = s.getpeername()
    with open(os.path.join(save, "log"), "a") as f:
        f.write("MSG %d %s %s %d %s|%s|%s|%d\n" % (
            saved[0], "TCP" if tcp else "UDP", peer[0], peer[1], first,
            cseq or "-", clen, len(msg) - end - 4 if end >= 0 else 0))


def parse(msg):
    head = msg.split(b"\r\n\r\n", 1)[0].decode("latin-1")
    lines = head.split("\r\n")
    cseq, clen = "", "-"
    for l in lines[1:]:
        k, _, v = l.partition(":")
        if k.strip().lower() == "cseq":
            cseq = v.strip()
        elif k.strip().lower() in ("content-length", "l"):
            clen = v.strip()
    if save:
        record(msg, lines[0], cseq, clen)
    print("< %s | %s" % (lines[0], cseq), flush=True)
    if lines[0].startswith("SIP/2.0 "):
        code = lines[0].split()[1]
        inbox.append((code, cseq.split()[-1] if cseq else "", lines[0]))


def frames():
    """Split whole messages off the TCP receive buffer."""
    while True:
        b = buf[0]
        end = b.find(b"\r\n\r\n")
        if end < 0:
            return
        n = 0
        for l in b[:end].split(b"\r\n"):
            k, _, v = l.partition(b":")
            if k.strip().lower() in (b"content-length", b"l"):
                n = int(v.strip() or 0)
        if len(b) < end + 4 + n:
            return
        parse(b[:end + 4 + n])
        buf[0] = b[end + 4 + n:]


def pump(wait):
    r, _, _ = select.select([s], [], [], wait)
    if not r:
        return
    d = s.recv(65535)
    if tcp:
        if not d:
            raise SystemExit("connection closed by the far end")
        buf[0] += d
        frames()
    else:
        parse(d)


def outq(req):
    return struct.unpack("i", fcntl.ioctl(s.fileno(), req, b"\0\0\0\0"))[0]


def drain(req, what):
    deadline = time.monotonic() + timeout
    while outq(req):
        if time.monotonic() > deadline:
            raise SystemExit("first part not %s within %g s" % (what, timeout))
        time.sleep(0.005)


def unacked():
    info = s.getsockopt(socket.IPPROTO_TCP, socket.TCP_INFO, 64)
    return struct.unpack_from("I", info, 24)[0]


for act in actions:
    kind, _, arg = act.partition(":")
    if kind == "send":
        data = open(arg, "rb").read()
        print("> %d bytes from %s" % (len(data), arg), flush=True)
        s.sendall(data)
    elif kind in ("split", "acked"):
        f, _, n = arg.rpartition(":")
        data, n = open(f, "rb").read(), int(n)
        s.sendall(data[:n])
        if kind == "split":
            drain(SIOCOUTQNSD, "transmitted")
        else:
            drain(SIOCOUTQ, "acknowledged")
        print("> %d bytes from %s, %s (unacked segments %d), then %d bytes"
              % (n, f, "transmitted" if kind == "split" else "acknowledged",
                 unacked(), len(data) - n), flush=True)
        s.sendall(data[n:])
    elif kind == "wait":
        code, _, method = arg.partition("/")
        deadline = time.monotonic() + timeout
        while True:
            hit = [m for m in inbox if m[0] == code and (not method or m[1] == method)]
            if hit:
                inbox.remove(hit[0])
                break
            left = deadline - time.monotonic()
            if left <= 0:
                print("! no %s within %g s" % (arg, timeout), flush=True)
                sys.exit(3)
            pump(left)
    elif kind == "gate":
        deadline = time.monotonic() + timeout
        print("= waiting for %s" % arg, flush=True)
        while not os.path.exists(arg):
            left = deadline - time.monotonic()
            if left <= 0:
                print("! no %s within %g s" % (arg, timeout), flush=True)
                sys.exit(3)
            pump(min(left, 0.05))
    else:
        raise SystemExit("unknown action " + act)
s.close()
