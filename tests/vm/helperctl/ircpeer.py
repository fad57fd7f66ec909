#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
#
# ircpeer.py - the two ends of an IRC DCC SEND offer, no ircd needed.
#
#   ircpeer.py server PORT      accept one client, print the line it sent,
#                               connect to the address:port the DCC offer
#                               names and print "dcc connected" or
#                               "dcc failed"; "ready" once listening
#   ircpeer.py client HOST PORT listen on a port, offer it by DCC SEND
#                               over HOST:PORT, exit 0 when the peer
#                               connected to it within 4 seconds
#
# The offer carries the client's own address (the helper refuses any
# other); behind masquerade only the irc helper makes it reachable.
import os
import re
import socket
import struct
import sys

SCALE = float(os.environ.get("NFH_WAIT_SCALE", "1"))  # tests/vm/lib.sh


def server(port):
    ls = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    ls.bind(("0.0.0.0", port))
    ls.listen(1)
    print("ready", flush=True)
    c, _ = ls.accept()
    line = c.makefile("rb").readline().decode(errors="replace").rstrip("\r\n")
    print("line " + line.replace("\x01", "^A"), flush=True)
    m = re.search(r"\x01DCC SEND \S+ (\d+) (\d+)", line)
    if not m:
        print("dcc none", flush=True)
        return
    ip = socket.inet_ntoa(struct.pack("!I", int(m.group(1))))
    print("offer %s:%s" % (ip, m.group(2)), flush=True)
    try:
        d = socket.create_connection((ip, int(m.group(2))), timeout=3 * SCALE)
        d.sendall(b"hello")
        d.close()
        print("dcc connected", flush=True)
    except OSError as e:
        print("dcc failed %s" % e, flush=True)
    c.close()


def client(host, port):
    ls = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    ls.bind(("0.0.0.0", 0))
    ls.listen(1)
    ls.settimeout(4 * SCALE)
    c = socket.create_connection((host, port), timeout=5 * SCALE)
    me = struct.unpack("!I", socket.inet_aton(c.getsockname()[0]))[0]
    lport = ls.getsockname()[1]
    c.sendall(b"PRIVMSG bob :\x01DCC SEND file.bin %d %d 5\x01\r\n" % (me, lport))
    try:
        d, peer = ls.accept()
    except socket.timeout:
        print("no DCC connection", flush=True)
        sys.exit(1)
    print("DCC connection from %s:%d: %r" % (peer[0], peer[1], d.recv(16)), flush=True)


if sys.argv[1] == "server":
    server(int(sys.argv[2]))
else:
    client(sys.argv[2], int(sys.argv[3]))
