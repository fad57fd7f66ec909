#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Minimal line-based FTP server that only talks on the control channel.

fakeftpd.py ADDR PORT LOG

Greets with 220, accepts any USER/PASS, answers AUTH with 234 and then keeps
reading plain text lines (standing in for what would be TLS records on a
real server), answers PORT/EPRT with 200 without ever opening a data
connection.  Each received line is appended to LOG.  One thread per client.
"""
import socket
import sys
import threading

addr, port, logpath = sys.argv[1], int(sys.argv[2]), sys.argv[3]
REPLIES = {
    "USER": "331 Any password.",
    "PASS": "230 Logged in.",
    "AUTH": "234 Proceed with negotiation.",
    "PBSZ": "200 PBSZ=0",
    "PROT": "200 Protection level set.",
    "PORT": "200 PORT command successful.",
    "EPRT": "200 EPRT command successful.",
    "NOOP": "200 NOOP ok.",
    "QUIT": "221 Bye.",
}
lock = threading.Lock()


def serve(conn, peer):
    with conn, conn.makefile("rb") as rf:
        conn.sendall(b"220 fakeftpd ready\r\n")
        for raw in rf:
            line = raw.decode("latin-1").rstrip("\r\n")
            with lock, open(logpath, "a") as f:
                f.write("CMD %s %s\n" % (peer[0], line))
            cmd = line.split(" ", 1)[0].upper()
            conn.sendall((REPLIES.get(cmd, "500 Unknown command.") + "\r\n").encode())
            if cmd == "QUIT":
                return


family = socket.AF_INET6 if ":" in addr else socket.AF_INET
srv = socket.socket(family, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind((addr, port))
srv.listen(16)
print("READY", flush=True)
while True:
    c, p = srv.accept()
    threading.Thread(target=serve, args=(c, p), daemon=True).start()
