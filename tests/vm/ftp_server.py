#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""A pyftpdlib server for the VM tests: anonymous read/write on --root, and
every PORT/EPRT/PASV/EPSV command it receives, and every 227/229 reply it
sends, appended to --log, so tests check what actually crossed the NAT."""
import argparse
import logging

from pyftpdlib.authorizers import DummyAuthorizer
from pyftpdlib.handlers import FTPHandler
from pyftpdlib.servers import FTPServer


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--port", type=int, default=21)
    ap.add_argument("--host", default="")
    ap.add_argument("--log", required=True)
    ap.add_argument("--masquerade", help="address to announce in 227")
    args = ap.parse_args()

    log = open(args.log, "a", buffering=1)

    class Handler(FTPHandler):
        def pre_process_command(self, line, cmd, arg):
            if cmd in ("PORT", "EPRT", "PASV", "EPSV"):
                log.write(line + "\n")
            return super().pre_process_command(line, cmd, arg)

        def respond(self, resp, logfun=logging.debug):
            if resp[:3] in ("227", "229"):
                log.write(resp + "\n")
            return super().respond(resp, logfun)

    auth = DummyAuthorizer()
    auth.add_anonymous(args.root, perm="elrw")
    Handler.authorizer = auth
    Handler.permit_foreign_addresses = True
    Handler.permit_privileged_ports = False
    if args.masquerade:
        Handler.masquerade_address = args.masquerade
    logging.basicConfig(level=logging.WARNING)
    FTPServer((args.host, args.port), Handler).serve_forever()


if __name__ == "__main__":
    main()
