#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""SIP and media stand-ins for the failover scenarios (tests/vm/ha/run.sh).

peer.py uas ADDR MEDIAPORT OUT
    Answer every INVITE to ADDR:5060 with a 200 OK offering ADDR:MEDIAPORT;
    write "<address> <port>" of the INVITE's audio offer to OUT.  A REGISTER
    gets a 200 OK with its Contact, for an hour (the registrar).  Until
    killed.
peer.py uac ADDR SERVER MEDIAPORT CALLID
    From ADDR:5060, INVITE SERVER:5060 offering ADDR:MEDIAPORT, wait for the
    200 (resending twice), ACK it.  Exit 0 when answered.
peer.py reinvite ADDR SERVER MEDIAPORT CALLID
    The same dialog's re-INVITE (CSeq 2) offering ADDR:MEDIAPORT; ACK its
    200.  Exit 0 when answered.
peer.py register ADDR REGISTRAR
    From ADDR:5060, REGISTER with the registrar REGISTRAR:5060 (Contact
    ADDR:5060, an hour); exit 0 when a 200 came (resending twice).
peer.py listen ADDR PORT SECONDS LOG
    Log "<unix time> <src> <sport> <Call-ID>" of every datagram to ADDR:PORT
    for SECONDS.
peer.py invite_from ADDR PORT DST CALLID
    Send one INVITE (no body) from ADDR:PORT to DST:5060.
peer.py bye ADDR SERVER CALLID
    From ADDR:5060, send CALLID's BYE to SERVER:5060 (once: the router's
    helper acts on the request).
peer.py rtp ADDR PORT DST DPORT SECONDS LOG
    Symmetric media: from ADDR:PORT send a 172-byte RTP-like datagram to
    DST:DPORT every 20 ms for SECONDS (DPORT 0: send nothing, only
    receive), its sequence number counting every datagram meant to be sent
    (one the kernel refused is lost), and log "<unix time> <src> <sport>
    <sequence number>" for each datagram received.
peer.py loss LOG
    Of a stream rtp logged: "<received> <lost> <runs>", the datagrams
    missing between the first and the last received and in how many runs
    of consecutive sequence numbers.
peer.py tcpuas ADDR MEDIAPORT OFFER LOG
    SIP over TCP on ADDR:5060: answer every INVITE with a 200 OK offering
    ADDR:MEDIAPORT, every BYE with a 200 OK; write the latest INVITE's audio
    offer "<address> <port>" to OFFER and append every request received,
    whole, to LOG.  Until killed.
peer.py ftpc ADDR SERVER FILE GO STATE
    One FTP control connection from ADDR to SERVER:21 (anonymous): fetch
    FILE actively (PORT), write "before port ok|failed" to STATE; when GO
    appears, fetch it passively (PASV) then actively on the same control
    connection: "after pasv ok|failed", "after port ok|failed", "done".
peer.py tcpuac ADDR SERVER MEDIAPORT CALLID GO STATE
    One TCP connection from ADDR to SERVER:5060 (TCP_NODELAY, one write per
    message; Via and Contact name its local port, as a UA that reuses the
    connection does): INVITE offering ADDR:MEDIAPORT, ACK the 200, write
    "answered 1" to STATE; when the file GO appears, re-INVITE on the same
    connection offering ADDR:MEDIAPORT+2, ACK its 200, write "answered 2".
    Exit 0 when both were answered.
"""
import ftplib
import os
import socket
import sys
import time


def sdp(addr, port):
    return ("v=0\r\no=- 1 1 IN IP4 %s\r\ns=-\r\nc=IN IP4 %s\r\nt=0 0\r\n"
            "m=audio %d RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n" % (addr, addr, port))


def message(first, addr, callid, cseq, body="", transport="UDP", port=5060):
    head = [first,
            "Via: SIP/2.0/%s %s:%d;branch=z9hG4bK-%s-%s" % (transport, addr, port, callid,
                                                        cseq.split()[0]),
            "Max-Forwards: 70",
            "From: <sip:phone@%s>;tag=a%s" % (addr, callid),
            "To: <sip:server@192.0.2.2>",
            "Call-ID: %s" % callid,
            "CSeq: %s" % cseq,
            "Contact: <sip:phone@%s:%d%s>" % (addr, port,
                                               ";transport=tcp" if transport == "TCP" else "")]
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
        if m.startswith("REGISTER"):
            resp = ["SIP/2.0 200 OK"]
            for h in ("Via", "From", "To", "Call-ID", "CSeq", "Contact"):
                resp.append("%s: %s" % (h, header(m, h)))
            resp += ["Expires: 3600", "Content-Length: 0"]
            s.sendto(("\r\n".join(resp) + "\r\n\r\n").encode(), peer)
            continue
        if m.startswith("INVITE"):
            note_offer(m, out)
            s.sendto(answer(m, addr, mport, ""), peer)


def udp_transaction(addr, dst, req):
    """From ADDR:5060, send REQ to DST:5060 until a 200 comes (three
    tries, two seconds apart): the socket, or None."""
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind((addr, 5060))
    s.settimeout(2)
    for _ in range(3):
        s.sendto(req, (dst, 5060))
        try:
            d, _ = s.recvfrom(65535)
        except socket.timeout:
            continue
        if d.startswith(b"SIP/2.0 200"):
            return s
    return None


def invite(addr, server, mport, callid, cseq):
    s = udp_transaction(addr, server,
                        message("INVITE sip:server@%s SIP/2.0" % server, addr, callid,
                                "%d INVITE" % cseq, sdp(addr, mport)))
    if not s:
        return 1
    s.sendto(message("ACK sip:server@%s SIP/2.0" % server, addr, callid, "%d ACK" % cseq),
             (server, 5060))
    return 0


def register(addr, registrar):
    reg = message("REGISTER sip:%s SIP/2.0" % registrar, addr, "reg-1", "1 REGISTER")
    reg = reg.replace(b"Content-Length", b"Expires: 3600\r\nContent-Length")
    return 0 if udp_transaction(addr, registrar, reg) else 1


def listen(addr, port, seconds, log):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind((addr, port))
    end = time.time() + seconds
    with open(log, "a") as f:
        while time.time() < end:
            s.settimeout(max(end - time.time(), 0.01))
            try:
                d, peer = s.recvfrom(65535)
            except socket.timeout:
                break
            f.write("%.3f %s %d %s\n" % (time.time(), peer[0], peer[1],
                                          header(d.decode(errors="replace"), "Call-ID")))
            f.flush()
    return 0


def invite_from(addr, port, dst, callid):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind((addr, port))
    s.sendto(message("INVITE sip:phone@%s SIP/2.0" % dst, addr, callid, "1 INVITE"),
             (dst, 5060))
    return 0


def ftpc(addr, server, name, go, state):
    def fetch(f, pasv, what):
        f.set_pasv(pasv)
        got = []
        try:
            f.retrbinary("RETR " + name, got.append)
            ok = b"".join(got) == open(name_local, "rb").read()
        except (ftplib.Error, OSError, EOFError) as e:
            ok = False
            what += " (%s)" % e
        with open(state, "a") as out:
            out.write("%s %s\n" % (what, "ok" if ok else "failed"))

    name_local = name
    name = os.path.basename(name)
    f = ftplib.FTP(timeout=15)
    f.connect(server, 21, source_address=(addr, 0))
    f.login()
    fetch(f, False, "before port")
    while not os.path.exists(go):
        time.sleep(0.05)
    fetch(f, True, "after pasv")
    fetch(f, False, "after port")
    with open(state, "a") as out:
        out.write("done\n")
    return 0


def bye(addr, server, callid):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind((addr, 5060))
    s.sendto(message("BYE sip:server@%s SIP/2.0" % server, addr, callid,
                     "2 BYE"), (server, 5060))
    return 0


def read_message(s, buf):
    """One message from a TCP stream: (message, bytes after it)."""
    while True:
        end = buf.find(b"\r\n\r\n")
        if end >= 0:
            clen = header(buf[:end].decode(errors="replace"), "Content-Length")
            total = end + 4 + int(clen or 0)
            if len(buf) >= total:
                return buf[:total], buf[total:]
        d = s.recv(65535)
        if not d:
            raise EOFError
        buf += d


def note_offer(m, out):
    """Write "<address> <port>" of an INVITE's audio offer to OUT."""
    c = [ln for ln in m.split("\r\n") if ln.startswith("c=")]
    a = [ln for ln in m.split("\r\n") if ln.startswith("m=audio")]
    if c and a:
        with open(out, "w") as f:
            f.write("%s %s\n" % (c[0].split()[-1], a[0].split()[1]))


def answer(m, addr, mport, contact_params):
    """The 200 OK to request M: an INVITE's with an SDP answer offering
    ADDR:MPORT, any other's without a body."""
    resp = ["SIP/2.0 200 OK"]
    for h in ("Via", "From", "To", "Call-ID", "CSeq"):
        resp.append("%s: %s%s" % (h, header(m, h), ";tag=b1" if h == "To" else ""))
    body = sdp(addr, mport) if m.startswith("INVITE") else ""
    resp.append("Contact: <sip:server@%s:5060%s>" % (addr, contact_params))
    if body:
        resp.append("Content-Type: application/sdp")
    resp.append("Content-Length: %d" % len(body))
    return ("\r\n".join(resp) + "\r\n\r\n" + body).encode()


def tcpuas(addr, mport, offer, log):
    ls = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    ls.bind((addr, 5060))
    ls.listen(4)
    while True:
        c, _ = ls.accept()
        c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        buf = b""
        try:
            while True:
                d, buf = read_message(c, buf)
                m = d.decode(errors="replace")
                with open(log, "a") as f:
                    f.write("=== %.3f\n%s\n" % (time.time(), m))
                if m.startswith("INVITE"):
                    note_offer(m, offer)
                if m.startswith("INVITE") or m.startswith("BYE"):
                    c.sendall(answer(m, addr, mport, ";transport=tcp"))
        except (EOFError, OSError):
            c.close()


def tcp_transaction(s, buf, req):
    """Send a request, wait for its final response: (status line, rest)."""
    s.sendall(req)
    while True:
        d, buf = read_message(s, buf)
        first = d.split(b"\r\n", 1)[0].decode(errors="replace")
        if not first.startswith("SIP/2.0 1"):
            return first, buf


def tcpuac(addr, server, mport, callid, go, state):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    s.bind((addr, 0))
    s.settimeout(20)
    s.connect((server, 5060))
    port = s.getsockname()[1]
    buf = b""
    for n in (1, 2):
        if n == 2:
            while not os.path.exists(go):
                time.sleep(0.05)
        inv = message("INVITE sip:server@%s;transport=tcp SIP/2.0" % server, addr,
                      callid, "%d INVITE" % n, sdp(addr, mport + 2 * (n - 1)), "TCP", port)
        try:
            first, buf = tcp_transaction(s, buf, inv)
        except (EOFError, OSError) as e:
            with open(state, "a") as f:
                f.write("failed %d: %s\n" % (n, e))
            return 1
        if not first.startswith("SIP/2.0 200"):
            with open(state, "a") as f:
                f.write("failed %d: %s\n" % (n, first))
            return 1
        s.sendall(message("ACK sip:server@%s;transport=tcp SIP/2.0" % server, addr,
                          callid, "%d ACK" % n, "", "TCP", port))
        with open(state, "a") as f:
            f.write("answered %d\n" % n)
    return 0


def rtp(addr, port, dst, dport, seconds, log):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind((addr, port))
    s.setblocking(False)
    end = time.time() + seconds
    nxt = time.time()
    seq = 0
    with open(log, "a") as f:
        while time.time() < end:
            if dport and time.time() >= nxt:
                try:
                    s.sendto(b"\x80\x00" + seq.to_bytes(2, "big") + b"\0" * 168,
                             (dst, dport))
                except OSError:
                    pass	# no route for a moment: counted as lost
                seq = (seq + 1) & 0xffff
                nxt += 0.02
            try:
                while True:
                    d, peer = s.recvfrom(2048)
                    n = int.from_bytes(d[2:4], "big") if len(d) >= 4 else -1
                    f.write("%.3f %s %d %d\n" % (time.time(), peer[0], peer[1], n))
            except (BlockingIOError, OSError):
                pass
            f.flush()
            time.sleep(0.005)
    return 0


def loss(log):
    seqs = []
    with open(log) as f:
        for line in f:
            w = line.split()
            if len(w) >= 4 and int(w[3]) >= 0:
                seqs.append(int(w[3]))
    got = sorted(set(seqs))
    lost = runs = 0
    for a, b in zip(got, got[1:]):
        if b > a + 1:
            lost += b - a - 1
            runs += 1
    print(len(got), lost, runs)
    return 0


if __name__ == "__main__":
    a = sys.argv
    if a[1] == "uas":
        uas(a[2], int(a[3]), a[4])
    elif a[1] == "uac":
        sys.exit(invite(a[2], a[3], int(a[4]), a[5], 1))
    elif a[1] == "reinvite":
        sys.exit(invite(a[2], a[3], int(a[4]), a[5], 2))
    elif a[1] == "loss":
        sys.exit(loss(a[2]))
    elif a[1] == "register":
        sys.exit(register(a[2], a[3]))
    elif a[1] == "listen":
        sys.exit(listen(a[2], int(a[3]), float(a[4]), a[5]))
    elif a[1] == "invite_from":
        sys.exit(invite_from(a[2], int(a[3]), a[4], a[5]))
    elif a[1] == "ftpc":
        sys.exit(ftpc(a[2], a[3], a[4], a[5], a[6]))
    elif a[1] == "bye":
        sys.exit(bye(a[2], a[3], a[4]))
    elif a[1] == "rtp":
        sys.exit(rtp(a[2], int(a[3]), a[4], int(a[5]), float(a[6]), a[7]))
    elif a[1] == "tcpuas":
        tcpuas(a[2], int(a[3]), a[4], a[5])
    elif a[1] == "tcpuac":
        sys.exit(tcpuac(a[2], a[3], int(a[4]), a[5], a[6], a[7]))
    sys.exit(2)
