#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""splitcheck.py DIR PUBLIC [--media LOG] CALL[:PORT]...

One pass over what sipsrv.py logged in DIR for many split INVITEs (the
shell's per-call greps cost seconds each under TCG).  For each CALL (a
Call-ID), one line:

    <call> <public media port or -> ok|<reason>

ok means: the INVITE arrived, no client-leg address (10.0.1., fd00:1:) is
in it, its c= and Contact name PUBLIC, and the TCP connection carried
exactly its bytes (a wrong Content-Length leaves bytes over or cuts the
body); with --media, also that LOG (udppeer.py) has a RECV on PORT.
The message and the connection are the first, in name order, that carry
the Call-ID, as the shell's `grep -l | head -n 1` picked them.
"""
import os
import re
import sys

PRIV = re.compile(rb"10\.0\.1\.|fd00:1:")


def first_with(files, needle):
    for name, data in files:
        if needle in data:
            return data
    return None


def verdict(msg, raw, public):
    if msg is None:
        return None, "not received"
    text = msg.replace(b"\r", b"")
    m = re.search(rb"^m=\S+ (\d+)", text, re.M)
    port = m.group(1).decode() if m else None
    if PRIV.search(msg):
        return port, "a client-leg address leaked"
    pub = re.escape(public.encode())
    if not re.search(rb"^c=IN IP[46] " + pub + rb"$", text, re.M):
        return port, "c= not " + public
    if not re.search(rb"^Contact: <sip:caller@\[?" + pub + rb"\]?:", text, re.M):
        return port, "Contact not " + public
    if raw != msg:
        return port, "the stream is not exactly the message"
    return port, "ok"


def main():
    args = sys.argv[1:]
    if len(args) < 3:
        sys.exit(__doc__)
    outdir, public = args[0], args[1]
    args = args[2:]
    media = None
    if args[0] == "--media":
        media, args = args[1], args[2:]
    names = sorted(os.listdir(outdir))
    read = lambda n: open(os.path.join(outdir, n), "rb").read()
    msgs = [(n, read(n)) for n in names if n.startswith("msg.")]
    raws = [(n, read(n)) for n in names
            if n.startswith("tcp.") and n.endswith(".raw")]
    got = set()
    if media:
        with open(media) as f:
            for line in f:
                w = line.split()
                if len(w) > 1 and w[0] == "RECV":
                    got.add(w[1])
    for arg in args:
        call, _, lport = arg.partition(":")
        needle = b"Call-ID: " + call.encode()
        port, why = verdict(first_with(msgs, needle),
                            first_with(raws, needle), public)
        if why == "ok" and media and lport and lport not in got:
            why = "no RTP reached the client's " + lport
        print(call, port or "-", why)


if __name__ == "__main__":
    main()
