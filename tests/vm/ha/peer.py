#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""SIP and media stand-ins for the failover prototype (tests/vm/ha/run.sh).

peer.py uas ADDR MEDIAPORT OUT
    Answer every INVITE to ADDR:5060 with a 200 OK offering ADDR:MEDIAPORT;
    write "<address> <port>" of the INVITE's audio offer to OUT.  Until killed.
peer.py uac ADDR SERVER MEDIAPORT CALLID
    From ADDR:5060, INVITE SERVER:5060 offering ADDR:MEDIAPORT, wait for the
    200 (resending twice), ACK it.  Exit 0 when answered.
peer.py bye ADDR SERVER CALLID
    From ADDR:5060, send CALLID's BYE to SERVER:5060 (once: the router's
    helper acts on the request).
peer.py rtp ADDR PORT DST DPORT SECONDS LOG
    Symmetric media: from ADDR:PORT send a 172-byte datagram to DST:DPORT
    every 20 ms for SECONDS (DPORT 0: send nothing, only receive) and log
    "<unix time> <src> <sport>" for each datagram received.
"""
import socket
import sys
import time


def sdp(addr, port):
    return ("v=0\r\no=- 1 1 IN IP4 %s\r\ns=-\r\nc=IN IP4 %s\r\nt=0 0\r\n"
            "m=audio %d RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n" % (addr, addr, port))


def message(first, addr, callid, cseq, body=""):
    head = [first,
            "Via: SIP/2.0/UDP %s:5060;branch=z9hG4bK-%s-%s" % (addr, callid, cseq.split()[0]),
            "Max-Forwards: 70",
            "From: <sip:phone@%s>;tag=a%s" % (addr, callid),
            "To: <sip:server@192.0.2.2>",
            "Call-ID: %s" % callid,
            "CSeq: %s" % cseq,
            "Contact: <sip:phone@%s:5060>" % addr]
    if body:
        head.append("Content-Type: application/sdp")
    head.append("Content-Length: %d" % len(body))
    return ("\r\n".join(head) + "\r\n\r\n" + body).encode()


def header(msg, name):
    for line in msg.split("\r\n"):
        if line.lower().startswith(name.lower() + ":"):
            return line.split(":", 1)[1].strip()
    return ""


def uas(addr, mport, out):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind((addr, 5060))
    while True:
        d, peer = s.recvfrom(65535)
        m = d.decode(errors="replace")
        if not m.startswith("INVITE"):
            continue
        c = [ln for ln in m.split("\r\n") if ln.startswith("c=")]
        a = [ln for ln in m.split("\r\n") if ln.startswith("m=audio")]
        if c and a:
            with open(out, "w") as f:
                f.write("%s %s\n" % (c[0].split()[-1], a[0].split()[1]))
        body = sdp(addr, mport)
        resp = ["SIP/2.0 200 OK"]
        for h in ("Via", "From", "To", "Call-ID", "CSeq"):
            v = header(m, h)
            resp.append("%s: %s%s" % (h, v, ";tag=b1" if h == "To" else ""))
        resp += ["Contact: <sip:server@%s:5060>" % addr,
                 "Content-Type: application/sdp",
                 "Content-Length: %d" % len(body)]
        s.sendto(("\r\n".join(resp) + "\r\n\r\n" + body).encode(), peer)


def uac(addr, server, mport, callid):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind((addr, 5060))
    s.settimeout(2)
    inv = message("INVITE sip:server@%s SIP/2.0" % server, addr, callid,
                  "1 INVITE", sdp(addr, mport))
    for _ in range(3):
        s.sendto(inv, (server, 5060))
        try:
            d, _ = s.recvfrom(65535)
        except socket.timeout:
            continue
        if d.startswith(b"SIP/2.0 200"):
            s.sendto(message("ACK sip:server@%s SIP/2.0" % server, addr, callid,
                             "1 ACK"), (server, 5060))
            return 0
    return 1


def bye(addr, server, callid):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind((addr, 5060))
    s.sendto(message("BYE sip:server@%s SIP/2.0" % server, addr, callid,
                     "2 BYE"), (server, 5060))
    return 0


def rtp(addr, port, dst, dport, seconds, log):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind((addr, port))
    s.setblocking(False)
    end = time.time() + seconds
    nxt = time.time()
    with open(log, "a") as f:
        while time.time() < end:
            if dport and time.time() >= nxt:
                try:
                    s.sendto(b"\x80" + b"\0" * 171, (dst, dport))
                except OSError:
                    pass	# no route for a moment: counted as lost
                nxt += 0.02
            try:
                while True:
                    _, peer = s.recvfrom(2048)
                    f.write("%.3f %s %d\n" % (time.time(), peer[0], peer[1]))
            except (BlockingIOError, OSError):
                pass
            f.flush()
            time.sleep(0.005)
    return 0


if __name__ == "__main__":
    a = sys.argv
    if a[1] == "uas":
        uas(a[2], int(a[3]), a[4])
    elif a[1] == "uac":
        sys.exit(uac(a[2], a[3], int(a[4]), a[5]))
    elif a[1] == "bye":
        sys.exit(bye(a[2], a[3], a[4]))
    elif a[1] == "rtp":
        sys.exit(rtp(a[2], int(a[3]), a[4], int(a[5]), float(a[6]), a[7]))
    sys.exit(2)
