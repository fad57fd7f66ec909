#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""sip_options.py HOST PORT LPORT: send one SIP OPTIONS over UDP from LPORT
(no answer needed: the router's conntrack entry is what the test wants)."""
import socket
import sys

host, port, lport = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("", lport))
la = s.getsockname()
msg = ("OPTIONS sip:%s:%d SIP/2.0\r\n"
       "Via: SIP/2.0/UDP 10.0.1.2:%d;branch=z9hG4bK-helperctl\r\n"
       "Max-Forwards: 70\r\n"
       "From: <sip:test@10.0.1.2>;tag=1\r\n"
       "To: <sip:%s>\r\n"
       "Call-ID: helperctl-test@10.0.1.2\r\n"
       "CSeq: 1 OPTIONS\r\n"
       "Content-Length: 0\r\n\r\n") % (host, port, la[1], host)
for _ in range(3):
    s.sendto(msg.encode(), (host, port))
