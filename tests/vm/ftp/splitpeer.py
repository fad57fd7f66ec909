#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""FTP peers that write one line in two send()s with a pause (issue 11).

splitpeer.py server ADDR PORT LOG
splitpeer.py client HOST PORT LOCALADDR JOB...

Both ends use TCP_NODELAY, so each write is a segment of its own.

The server greets, then for each line it receives (logged, exactly, to
LOG as "CMD <peer> <repr>"):
  PORT h1,...,p2 / EPRT |1|a|p|   answers "200 got <the line as received>",
                                  connects to the address it names, sends
                                  the transfer's bytes, then "226 done"
  PASV CUT PAUSE PORT             listens on PORT, answers
                                  "227 Entering Passive Mode
                                  (192,0,2,2,p1,p2)." in two writes (CUT
                                  bytes, PAUSE seconds, the rest), sends
                                  the bytes to who connects, then "226 done"
  EPSV CUT PAUSE PORT             the same with "229 ... (|||PORT|)"
  QUIT                            "221 bye"

An EPRT names |2| when LOCALADDR is an IPv6 address.
JOB is CMD:CUT:PAUSE:PORT (CMD one of PORT, EPRT, PASV, EPSV; CUT a byte
count, or -1 for inside the CRLF).  The client runs the jobs on one control
connection: PORT/EPRT are written in two pieces by the client itself;
PASV/EPSV ask the server to split its reply.  Per job it prints
  RESULT CMD CUT PAUSE ok|FAIL <why> <seconds>
checking the line the far side got (the server's echo; the reply as
received, byte for byte) and the data connection.  Stops at the first
failure (the connection is then usually stuck).  Exits 0 if all ok.
"""
import os
import socket
import subprocess
import sys
import threading
import time

TIMEOUT = 6 * float(os.environ.get("NFH_WAIT_SCALE", "1"))  # longest pause 3 s; a stalled connection fails soon


def nodelay(s):
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return s


def payload(port):
    return (b"transfer on port %d\n" % port) * 64


def split_send(s, line, cut, pause):
    if cut < 0:
        cut = len(line) - 1  # between CR and LF
    s.sendall(line[:cut])
    time.sleep(pause)
    s.sendall(line[cut:])


def family(addr):
    return socket.AF_INET6 if ":" in addr else socket.AF_INET


# --- server -------------------------------------------------------------
def serve(conn, peer, logpath, lock):
    rf = conn.makefile("rb")
    conn.sendall(b"220 splitpeer ready\r\n")
    for raw in rf:
        with lock, open(logpath, "a") as f:
            f.write("CMD %s %r\n" % (peer[0], raw))
        line = raw.decode("latin-1").rstrip("\r\n")
        words = line.split(" ")
        cmd = words[0].upper()
        if cmd in ("PORT", "EPRT"):
            conn.sendall(b"200 got " + raw.rstrip(b"\r\n") + b"\r\n")
            try:
                if cmd == "PORT":
                    n = [int(x) for x in words[1].split(",")]
                    host, port = "%d.%d.%d.%d" % tuple(n[:4]), n[4] * 256 + n[5]
                else:
                    f = words[1].split(words[1][0])
                    host, port = f[2], int(f[3])
                d = socket.create_connection((host, port), timeout=TIMEOUT)
                d.sendall(payload(port))
                d.close()
                conn.sendall(b"226 done\r\n")
            except OSError as e:
                conn.sendall(b"425 no data connection: %s\r\n" % str(e).encode())
        elif cmd in ("PASV", "EPSV"):
            cut, pause, port = int(words[1]), float(words[2]), int(words[3])
            ls = socket.socket(family(conn.getsockname()[0]), socket.SOCK_STREAM)
            ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                ls.bind((conn.getsockname()[0], port))
            except OSError:
                # say who holds the port, then fail as before
                subprocess.run(["ss", "-Htanoe", "sport = :%d" % port], stdout=sys.stderr)
                raise
            ls.listen(1)
            ls.settimeout(TIMEOUT)
            if cmd == "PASV":
                a = conn.getsockname()[0].replace(".", ",")
                rep = "227 Entering Passive Mode (%s,%d,%d).\r\n" % (a, port >> 8, port & 255)
            else:
                rep = "229 Entering Extended Passive Mode (|||%d|)\r\n" % port
            split_send(conn, rep.encode(), cut, pause)
            try:
                d, _ = ls.accept()
                d.sendall(payload(port))
                d.close()
                conn.sendall(b"226 done\r\n")
            except OSError as e:
                conn.sendall(b"425 no data connection: %s\r\n" % str(e).encode())
            ls.close()
        elif cmd == "QUIT":
            conn.sendall(b"221 bye\r\n")
            break
        else:
            conn.sendall(b"500 what?\r\n")
    conn.close()


def server(addr, port, logpath):
    lock = threading.Lock()
    srv = socket.socket(family(addr), socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind((addr, port))
    srv.listen(16)
    print("READY", flush=True)
    while True:
        c, p = srv.accept()
        nodelay(c)
        threading.Thread(target=serve, args=(c, p, logpath, lock), daemon=True).start()


# --- client -------------------------------------------------------------
def client(host, port, local, jobs):
    s = nodelay(socket.create_connection((host, port), timeout=TIMEOUT))
    rf = s.makefile("rb")
    la = s.getsockname()
    print("LOCAL %s %d" % (la[0], la[1]), flush=True)
    print("< %r" % rf.readline(), flush=True)
    bad = 0
    for job in jobs:
        cmd, cut, pause, dport = job.split(":")
        cut, pause, dport = int(cut), float(pause), int(dport)
        t0 = time.time()
        why = ""
        try:
            if cmd in ("PORT", "EPRT"):
                ls = socket.socket(family(local), socket.SOCK_STREAM)
                ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                ls.bind((local, dport))
                ls.listen(1)
                ls.settimeout(TIMEOUT)
                if cmd == "PORT":
                    line = "PORT %s,%d,%d\r\n" % (local.replace(".", ","), dport >> 8, dport & 255)
                else:
                    line = "EPRT |%d|%s|%d|\r\n" % (2 if ":" in local else 1, local, dport)
                split_send(s, line.encode(), cut, pause)
                r1 = rf.readline()
                print("< %r" % r1, flush=True)
                if not r1.startswith(b"200 got "):
                    why = "no echo"
                elif local.encode() in r1 or local.replace(".", ",").encode() in r1:
                    why = "server got the private address"
                elif not r1.rstrip(b"\r\n").endswith(
                        b"|%d|" % dport if cmd == "EPRT" else b",%d,%d" % (dport >> 8, dport & 255)):
                    why = "server got another port"
                d, _ = ls.accept()
            else:
                s.sendall(b"%s %d %s %d\r\n" % (cmd.encode(), cut, str(pause).encode(), dport))
                r1 = rf.readline()
                print("< %r" % r1, flush=True)
                a = host.replace(".", ",")
                if cmd == "PASV":
                    want = b"227 Entering Passive Mode (%s,%d,%d).\r\n" % (a.encode(), dport >> 8, dport & 255)
                else:
                    want = b"229 Entering Extended Passive Mode (|||%d|)\r\n" % dport
                if r1 != want:
                    why = "reply changed: %r" % r1
                d = socket.create_connection((host, dport), timeout=TIMEOUT)
            d.settimeout(TIMEOUT)
            got = b""
            while True:
                b = d.recv(65536)
                if not b:
                    break
                got += b
            d.close()
            if got != payload(dport) and not why:
                why = "data differs (%d bytes)" % len(got)
            r2 = rf.readline()
            print("< %r" % r2, flush=True)
            if not r2.startswith(b"226") and not why:
                why = "no 226"
        except OSError as e:
            why = "error: %s" % e
        if cmd in ("PORT", "EPRT"):
            ls.close()
        dt = time.time() - t0
        print("RESULT %s %d %s %s %.2f" % (cmd, cut, pause, "ok" if not why else "FAIL " + why.replace(" ", "_"), dt),
              flush=True)
        bad += bool(why)
        if why:
            break  # the connection is likely stuck: keep the run short
    try:
        s.sendall(b"QUIT\r\n")
        print("< %r" % rf.readline(), flush=True)
    except OSError:
        pass
    return 1 if bad else 0


if __name__ == "__main__":
    if sys.argv[1] == "server":
        server(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    else:
        sys.exit(client(sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5:]))
