#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Replay the historical bug shapes of one protocol through the router.

replay.py [--negative] PROTO TSV

TSV: .cache/history/PROTO.tsv (tests/lib/history_dump.c).  One process
for every row: it enters the client, server and router namespaces of
tests/vm/history/run.sh with setns(2) (every process started in the
guest costs about half a second) and, per row, reads the router's
/proc/net/nfhelpers/PROTO, sends the row's bytes from the sending side
(TCP: a connection of its own; UDP: one datagram), takes what the other
side received and reads the counters again.  A row passes when its
counter moved by exactly one and what arrived is what the row says:
"same" (byte for byte), "nat" (the sender's address replaced by its
public one and nothing else changed) or the exact bytes given.

Without /proc/net/nfhelpers/PROTO (the in-tree helper) the counter is
not checked.  --negative: each row expects its counter not to move and
one byte of the arrival changed; every row must then fail both checks.

Output: "ROW <name> PASS|FAIL|CAUGHT|MISSED <why>", and for a failure
what was sent and received.
"""
import ctypes
import os
import socket
import subprocess
import sys

PREFIX = os.environ.get("NFH_NETNS_PREFIX", "nfh-")
CLONE_NEWNET = 0x40000000
WAIT = 3.0 * float(os.environ.get("NFH_WAIT_SCALE", "1"))  # tests/vm/lib.sh

# The addresses of run.sh's topology: the rows' own (history_vectors.h).
# nat: (private, public) in the protocol's notation, and a line prefix
# under which the private address stays (SIP's Call-ID is not rewritten).
PROTOS = {
    "ftp": {"client": "10.0.0.1", "server": "10.0.0.2",
            "tcp": 21, "nat": [("10,0,0,1,", "10,0,9,1,")], "keep": None,
            # a line first: the in-tree helper parses only a segment
            # that starts after a newline it saw in that direction
            "pre": {"client": b"NOOP\r\n", "server": b"220 ready\r\n"}},
    "sip": {"client": "192.168.1.2", "server": "198.51.100.20",
            "tcp": 5060, "udp": 5060,
            "nat": [("192.168.1.2", "203.0.113.7"),
                    ("192.168.100.200", "1.2.3.4")],
            "keep": b"Call-ID:"},
    "h323": {"client": "192.168.1.2", "server": "198.51.100.20",
             "tcp": 1720, "udp": 1719, "nat": [], "keep": None},
}

libc = ctypes.CDLL(None, use_errno=True)
nsfd = {}


def enter(name):
    if name not in nsfd:
        nsfd[name] = os.open("/run/netns/" + PREFIX + name, os.O_RDONLY)
    if libc.setns(nsfd[name], CLONE_NEWNET):
        raise OSError(ctypes.get_errno(), "setns " + name)


def counters(proto):
    enter("router")
    try:
        with open("/proc/net/nfhelpers/" + proto) as f:
            return {k: int(v) for k, v in
                    (ln.split() for ln in f if len(ln.split()) == 2)
                    if v.lstrip("-").isdigit()}
    except FileNotFoundError:
        return None


def flush():
    """No conntrack entry of an earlier row: each datagram starts a flow."""
    for what in ([], ["expect"]):
        subprocess.run(["nsenter", "--net=/run/netns/" + PREFIX + "router",
                        "conntrack", "-F"] + what,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def read_all(s):
    got = b""
    s.settimeout(WAIT)
    try:
        while True:
            d = s.recv(65536)
            if not d:
                break
            got += d
    except socket.timeout:
        pass
    return got


def sip_sender(data):
    """A SIP UA puts its own address in its Via header."""
    for ln in data.split(b"\r\n"):
        if ln.startswith(b"Via: SIP/2.0/"):
            return ln.split()[2].split(b":")[0].split(b";")[0].decode()
    return PROTOS["sip"]["client"]


def send_tcp(p, src, data, server_sends, pre):
    enter("server")
    ls = socket.socket()
    ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    ls.bind((p["server"], p["tcp"]))
    ls.listen(1)
    enter("client")
    c = socket.socket()
    c.bind((src, 0))
    c.settimeout(WAIT)
    c.connect((p["server"], p["tcp"]))
    ls.settimeout(WAIT)
    a, _ = ls.accept()
    ls.close()
    tx, rx = (a, c) if server_sends else (c, a)
    if pre:
        tx.sendall(pre)
        rx.settimeout(WAIT)
        got = b""
        while len(got) < len(pre):
            d = rx.recv(len(pre) - len(got))
            if not d:
                break
            got += d
        if got != pre:
            raise OSError("preamble %r arrived as %r" % (pre, got))
    tx.sendall(data)
    tx.shutdown(socket.SHUT_WR)
    got = read_all(rx)
    a.close()
    c.close()
    return got


def send_udp(p, src, data):
    flush()
    enter("server")
    r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    r.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    r.bind((p["server"], p["udp"]))
    enter("client")
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((src, p["udp"]))
    s.sendto(data, (p["server"], p["udp"]))
    r.settimeout(WAIT)
    try:
        got = r.recv(65536)
    except socket.timeout:
        got = b""
    r.close()
    s.close()
    return got


def arrival_ok(p, sent, got, want):
    """Did what arrived match the row's rule, given what was sent?"""
    if want == "same":
        return got == sent, "unmodified"
    if want != "nat":
        return got == bytes.fromhex(want), "rewritten exactly"
    # the public address back to the private one gives what was sent,
    # and no private address is left where it would be rewritten
    back = got
    for priv, pub in p["nat"]:
        back = back.replace(pub.encode(), priv.encode())
    left = [ln for ln in got.split(b"\r\n")
            if not (p["keep"] and ln.startswith(p["keep"]))
            and any(priv.encode() in ln for priv, _ in p["nat"])]
    return back == sent and got != sent and not left, \
        "sender's address rewritten, nothing else"


def main():
    args = sys.argv[1:]
    negative = args[0] == "--negative"
    if negative:
        args.pop(0)
    proto, tsv = args
    p = PROTOS[proto]
    rows = []
    with open(tsv) as f:
        for ln in f:
            name, tr, frm, ctr, data, want, mirrors = ln.rstrip("\n").split("\t")
            rows.append([name, tr, frm, ctr, bytes.fromhex(data), want, mirrors])
    bad = 0
    for name, tr, frm, ctr, data, want, mirrors in rows:
        # the client opens the connection, whoever sends the row
        src = sip_sender(data) if proto == "sip" else p["client"]
        before = counters(proto)
        try:
            if tr == "tcp":
                got = send_tcp(p, src, data, frm == "server",
                               p.get("pre", {}).get(frm))
            else:
                got = send_udp(p, src, data)
        except OSError as e:
            got, err = b"", str(e)
        else:
            err = None
        after = counters(proto)
        expect = data
        if negative:
            # what should arrive, its last byte changed
            if want not in ("same", "nat"):
                want = (bytes.fromhex(want)[:-1] +
                        bytes([bytes.fromhex(want)[-1] ^ 1])).hex()
            expect = data[:-1] + bytes([data[-1] ^ 1])
        ok_arr, what = arrival_ok(p, expect, got, want)
        moved = {}
        if before is not None and after is not None:
            moved = {k: after[k] - before.get(k, 0) for k in after
                     if after[k] != before.get(k, 0)}
            # negative control: the row's counter must stay put
            ok_ctr = moved.get(ctr, 0) == (0 if negative else 1)
            ctr_txt = "%s +%d" % (ctr, moved.get(ctr, 0))
        else:
            ok_ctr = None
            ctr_txt = "counters not readable (not our helper)"
        arr_txt = "%s: %s" % (what, "yes" if ok_arr else
                              ("nothing arrived" if not got else "NO"))
        if err:
            arr_txt += " (%s)" % err
        if negative:
            caught = not ok_arr and ok_ctr is False
            verdict = "CAUGHT" if caught else "MISSED"
        elif ok_ctr is None:
            verdict = "SHOWN"
        else:
            verdict = "PASS" if ok_arr and ok_ctr else "FAIL"
        print("ROW %s %s %s %s %s; %s; moved: %s" % (
            name, verdict, tr, frm, ctr_txt, arr_txt,
            " ".join("%s+%d" % kv for kv in sorted(moved.items())) or "-"),
            flush=True)
        if verdict in ("FAIL", "MISSED") or (verdict == "SHOWN" and not ok_arr):
            bad += verdict != "SHOWN"
            print("    mirrors %s\n    sent %r\n    got  %r" % (mirrors, data, got),
                  flush=True)
    return 1 if bad else 0


sys.exit(main())
