#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""pyftpdlib server for the netns scenarios.

ftpd.py ADDR PORT ROOT LOG

Anonymous read/write FTP rooted at ROOT.  Every command line the server
receives is appended to LOG as "CMD <remote-ip> <line>", and the data address
it was told in PORT/EPRT as "DATA <ip> <port>", so scenarios can assert what
actually arrived on the far side of the NAT.  Prints "READY" once listening.
"""
import ipaddress
import logging
import os
import sys

from pyftpdlib.authorizers import DummyAuthorizer
from pyftpdlib.handlers import FTPHandler, PassiveDTP
from pyftpdlib.servers import FTPServer

addr, port, root, logpath = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]


def note(text):
    with open(logpath, "a") as f:
        f.write(text + "\n")


class Handler(FTPHandler):
    def pre_process_command(self, line, cmd, arg):
        note("CMD %s %s" % (self.remote_ip, "PASS ***" if cmd == "PASS" else line))
        return super().pre_process_command(line, cmd, arg)

    def _make_eport(self, ip, port):
        # The kernel NAT helper writes EPRT IPv6 addresses in full form
        # (2001:0db8:...); compare addresses, not spellings, in the
        # foreign-address check.
        ip = str(ipaddress.ip_address(ip))
        note("DATA %s %d" % (ip, port))
        return super()._make_eport(ip, port)


# A passive listener closes after 30 s without a connection; on the debug
# kernel (tests/vm/lib.sh: NFH_WAIT_SCALE) a client may take longer.
PassiveDTP.timeout *= int(os.environ.get("NFH_WAIT_SCALE", "1"))

auth = DummyAuthorizer()
auth.add_anonymous(root, perm="elradfmw")
Handler.authorizer = auth
logging.basicConfig(level=logging.WARNING)
server = FTPServer((addr, port), Handler)
print("READY", flush=True)
server.serve_forever()
