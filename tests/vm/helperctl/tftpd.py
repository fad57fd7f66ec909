#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
#
# tftpd.py ROOT [PORT] - a read-only TFTP server (RFC 1350, octet mode)
# for the helperctl scenarios.  Like every TFTP server it answers each
# read request from a new port: that reply is what the tftp helper must
# expect, or masquerade and a drop policy stop it.  One transfer at a
# time; "ready" on stdout once bound.
import os
import socket
import struct
import sys

root = sys.argv[1]
port = int(sys.argv[2]) if len(sys.argv) > 2 else 69

ls = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
ls.bind(("0.0.0.0", port))
print("ready", flush=True)


def error(s, peer, code, msg):
    s.sendto(struct.pack("!HH", 5, code) + msg.encode() + b"\0", peer)


def send_file(peer, name):
    # a new socket, a new port: the transfer identifier of RFC 1350
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("0.0.0.0", 0))
    s.settimeout(1.0)
    path = os.path.join(root, os.path.basename(name))
    try:
        data = open(path, "rb").read()
    except OSError:
        error(s, peer, 1, "file not found")
        return
    block = 1
    while True:
        chunk = data[(block - 1) * 512:block * 512]
        pkt = struct.pack("!HH", 3, block & 0xffff) + chunk
        for _ in range(5):
            s.sendto(pkt, peer)
            try:
                ack, src = s.recvfrom(516)
            except socket.timeout:
                continue
            if src == peer and ack[:4] == struct.pack("!HH", 4, block & 0xffff):
                break
        else:
            print("timeout at block %d" % block, flush=True)
            return
        if len(chunk) < 512:
            print("sent %s %d bytes to %s:%d" % (name, len(data), *peer), flush=True)
            return
        block += 1


while True:
    req, peer = ls.recvfrom(1024)
    if struct.unpack("!H", req[:2])[0] != 1:
        continue
    name = req[2:].split(b"\0")[0].decode(errors="replace")
    print("RRQ %s from %s:%d" % (name, *peer), flush=True)
    send_file(peer, name)
