#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Small SIP user agent server for the VM scenarios: records exactly what
arrived, answers just enough for the helper under test to see a dialogue.

sipsrv.py [options] ADDR PORT DIR

Listens on ADDR:PORT (UDP, and TCP with --tcp).  Every SIP message that
arrives is written raw to DIR/msg.N (N from 1), and a line

  MSG N PROTO SRC SPORT FIRSTLINE|CSEQ|CLEN|BODYLEN

is appended to DIR/log (CLEN is the Content-Length header as written, "-"
when absent; BODYLEN the body bytes that came with it).  The raw bytes of
each TCP connection also go to DIR/tcp.N.raw, so a test can see bytes that
do not frame as SIP at all.

Answers (sent back to where the request came from, on the same TCP
connection for TCP):
  INVITE    100, 180, then 200 with the SDP body in --answer FILE (if
            given); with --ring no 200: the INVITE stays pending
  CANCEL    200, and 487 for the pending INVITE
  REGISTER  200 with the request's Contact and ";expires=" its Expires
  ACK       nothing; anything else: 200
  (a request line that does not end in SIP/2.0 gets no answer)
Options:
  --tcp           also listen on TCP
  --answer FILE   SDP body of the 200 to an INVITE (bytes as they are)
  --ring          never answer an INVITE with 200
  --send FILE@HOST:PORT  send FILE from the UDP socket once at start (a
                  phone registering from its own port)
  --repeat N      send the 200 to an INVITE N times in all, the same bytes
                  to the same place, at least 0.5 s apart (T1), as a UAS
                  does whose ACK does not come; an ACK of that Call-ID
                  stops it
  --gate PREFIX   with --repeat: copy K (2..N) also waits until the file
                  PREFIX.K exists (the test says go on; at most 60 s)
"""
import os
import re
import socket
import sys
import threading
import time

args = sys.argv[1:]
opts = {"tcp": False, "answer": None, "ring": False, "send": None,
        "repeat": "1", "gate": None}
while args and args[0].startswith("--"):
    o = args.pop(0)[2:]
    if o in ("tcp", "ring"):
        opts[o] = True
    else:
        opts[o] = args.pop(0)
addr, port, outdir = args[0], int(args[1]), args[2]
answer = open(opts["answer"], "rb").read() if opts["answer"] else b""
family = socket.AF_INET6 if ":" in addr else socket.AF_INET
lock = threading.Lock()
count = [0]
pending = {}  # Call-ID -> (request headers, reply function) of a ringing INVITE
acked = set()  # Call-IDs an ACK arrived for


def record(proto, peer, data, head, body):
    with lock:
        count[0] += 1
        n = count[0]
        with open(os.path.join(outdir, "msg.%d" % n), "wb") as f:
            f.write(data)
        first = head.split(b"\r\n", 1)[0].decode("latin-1")
        cseq = header(head, b"cseq", None) or b"-"
        clen = header(head, b"content-length", b"l") or b"-"
        with open(os.path.join(outdir, "log"), "a") as f:
            f.write("MSG %d %s %s %d %s|%s|%s|%d\n" % (
                n, proto, peer[0], peer[1], first, cseq.decode("latin-1"),
                clen.decode("latin-1"), len(body)))


def headers(head, name, compact):
    """All values of header NAME (or its compact form), in order."""
    out = []
    for line in head.split(b"\r\n")[1:]:
        k, sep, v = line.partition(b":")
        if sep and k.strip().lower() in (name, compact):
            out.append(v.strip())
    return out


def header(head, name, compact):
    v = headers(head, name, compact)
    return v[0] if v else None


def response(head, code, reason, extra=b"", body=b"", method=None):
    lines = [b"SIP/2.0 %d %s" % (code, reason)]
    for v in headers(head, b"via", b"v"):
        lines.append(b"Via: " + v)
    lines.append(b"From: " + (header(head, b"from", b"f") or b""))
    to = header(head, b"to", b"t") or b""
    if b"tag=" not in to and code > 100:
        to += b";tag=srv1"
    lines.append(b"To: " + to)
    lines.append(b"Call-ID: " + (header(head, b"call-id", b"i") or b""))
    cseq = header(head, b"cseq", None) or b"0 X"
    if method:
        cseq = cseq.split()[0] + b" " + method
    lines.append(b"CSeq: " + cseq)
    host = ("[%s]" % addr if family == socket.AF_INET6 else addr).encode()
    if code >= 200 and not extra:
        lines.append(b"Contact: <sip:srv@%s:%d>" % (host, port))
    if extra:
        lines.append(extra)
    if body:
        lines.append(b"Content-Type: application/sdp")
    lines.append(b"Content-Length: %d" % len(body))
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def handle(head, reply):
    first = head.split(b"\r\n", 1)[0]
    if first.startswith(b"SIP/2.0"):
        return  # a response (to --send): recorded, nothing to do
    if not first.endswith(b" SIP/2.0"):
        return  # not SIP (an HTTP request, say): no answer
    method = first.split(b" ", 1)[0].upper()
    callid = header(head, b"call-id", b"i")
    if method == b"INVITE":
        reply(response(head, 100, b"Trying"))
        reply(response(head, 180, b"Ringing"))
        if opts["ring"]:
            pending[callid] = (head, reply)
        else:
            ok = response(head, 200, b"OK", body=answer)
            reply(ok)
            if int(opts["repeat"]) > 1:
                threading.Thread(target=repeat, args=(callid, ok, reply),
                                 daemon=True).start()
    elif method == b"CANCEL":
        reply(response(head, 200, b"OK"))
        inv = pending.pop(callid, None)
        if inv:
            inv[1](response(inv[0], 487, b"Request Terminated", method=b"INVITE"))
    elif method == b"REGISTER":
        exp = header(head, b"expires", None) or b"3600"
        contact = header(head, b"contact", b"m") or b"*"
        reply(response(head, 200, b"OK", extra=b"Contact: %s;expires=%s\r\nExpires: %s"
                       % (contact, exp, exp)))
    elif method == b"ACK":
        acked.add(callid)
    else:
        reply(response(head, 200, b"OK"))


def repeat(callid, msg, reply):
    """--repeat: MSG again, copies 2..N, until an ACK of CALLID comes."""
    last = time.monotonic()
    for k in range(2, int(opts["repeat"]) + 1):
        gate = "%s.%d" % (opts["gate"], k) if opts["gate"] else None
        deadline = time.monotonic() + 60
        while (time.monotonic() < last + 0.5 or
               (gate and not os.path.exists(gate))):
            if time.monotonic() > deadline:
                return
            time.sleep(0.02)
        if callid in acked:
            return
        reply(msg)
        last = time.monotonic()


def split(buf):
    """(message, rest) when BUF starts with a whole message, else None."""
    end = buf.find(b"\r\n\r\n")
    if end < 0:
        return None
    head = buf[:end]
    clen = header(head, b"content-length", b"l")
    try:
        n = int(clen) if clen is not None else 0
    except ValueError:
        n = 0
    if n > 65535:
        n = len(buf) - end - 4  # nonsense length: take what is there
    total = end + 4 + n
    if len(buf) < total:
        return None
    return buf[:total], buf[total:]


def udp_loop(s):
    while True:
        data, peer = s.recvfrom(65535)
        if not data.strip():
            continue  # keepalive
        end = data.find(b"\r\n\r\n")
        head = data[:end] if end >= 0 else data
        body = data[end + 4:] if end >= 0 else b""
        record("UDP", peer, data, head, body)
        handle(head, lambda m, peer=peer: s.sendto(m, peer))


def tcp_conn(c, peer, n):
    buf = b""
    raw = open(os.path.join(outdir, "tcp.%d.raw" % n), "wb")
    with c:
        while True:
            d = c.recv(65535)
            if not d:
                break
            raw.write(d)
            raw.flush()
            buf += d
            while True:
                m = split(buf)
                if not m:
                    break
                msg, buf = m
                end = msg.find(b"\r\n\r\n")
                record("TCP", peer, msg, msg[:end], msg[end + 4:])
                handle(msg[:end], c.sendall)


def tcp_loop(s):
    n = 0
    while True:
        c, peer = s.accept()
        n += 1
        threading.Thread(target=tcp_conn, args=(c, peer, n), daemon=True).start()


u = socket.socket(family, socket.SOCK_DGRAM)
u.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
u.bind((addr, port))
if opts["tcp"]:
    t = socket.socket(family, socket.SOCK_STREAM)
    t.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    t.bind((addr, port))
    t.listen(8)
    threading.Thread(target=tcp_loop, args=(t,), daemon=True).start()
if opts["send"]:
    f, _, dst = opts["send"].rpartition("@")
    h, _, p = dst.rpartition(":")
    u.sendto(open(f, "rb").read(), (h.strip("[]"), int(p)))
print("READY", flush=True)
udp_loop(u)
