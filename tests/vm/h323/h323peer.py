#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""H.323 peer for the VM scenarios (tests/vm/h323/run.sh): Q.931 caller or
callee, H.245 endpoint, RAS endpoint or gatekeeper, RTP sender/receiver.

h323peer.py [options] ACTION...

Messages come from templates.txt (gen/gen.sh): every transport address in
them is a placeholder (a role's address, a slot's port), replaced before
sending, byte for byte, by the role's real address (--role) and the slot's
real port (PORTS below).  A message received is checked against the
template it is expected to be (same Q.931 message type, same length: the
helper rewrites in place) and the addresses at the template's address
offsets are remembered per slot, as the far side sees them ("@SLOT").

Options:
  --dir DIR          DIR/log: what happened (SENT, GOT, FIELD, RECV, LEAK,
                     TRY, ERROR lines); DIR/cN.raw the bytes received on TCP
                     connection N, DIR/udp.raw the datagrams received
  --role NAME=ADDR   real address of a role (caller callee gk third router);
                     an IPv6 ADDR replaces the role's IPv6 placeholder
  --private HEX      (repeatable) bytes of a private address prefix (0a0001,
                     fd000001): any received byte string holding it, or its
                     text form, is logged as LEAK
  --side caller|callee  the Q.931 call reference flag (callee sets 0x80)
  --pause S          pause between the writes of split: (default 0.3)
  --timeout S        how long wait:/recv:/accept wait (default 10)
  --port SLOT=N      (repeatable) the real port of SLOT, in place of PORTS'
                     (calls side by side in one scenario)
  --mss N            TCP_MAXSEG of the connections made by connect: (the
                     sender's segments carry at most N bytes)
Actions, in order (any failure: ERROR line, exit 1):
  listen:ADDR:PORT        a TCP listener
  accept                  the next connection on the last listener
  connect:HOST:PORT|@SLOT a TCP connection (TCP_NODELAY; refused: tried
                          again until --timeout); becomes current
  use:N                   make TCP connection N (1, 2, ...) current
  crv:N                   the Q.931 call reference from now on
  send:T[+T...]           the messages, TPKT-framed, in ONE write
  split:T:O1,O2...        message T in several writes, cut at the offsets:
                          a number, "hdr" (after the TPKT header), "uu" (the
                          middle of the user-user IE), "a" (2 bytes into the
                          first address); pause between the writes
  wait:T                  the next TPKT on the current connection is T
  skipto:T                TPKTs up to the next one that looks like T (its
                          length and message type): SKIPPED lines, then T
  raw:HEX                 the bytes as they are
  trunc:T:N               message T with its PER cut to N bytes
  udp:ADDR:PORT           bind the UDP socket
  sendto:T:HOST:PORT|@SLOT   a datagram
  recv:T                  the next datagram is T
  reply:T                 a datagram back to where the last one came from
  media:ADDR:PORT[,PORT]  receive UDP on the ports (RECV lines), in threads
  rtp:@SLOT:FROMPORT      five RTP-like datagrams from FROMPORT to @SLOT
  waitmedia:PORT[:S]      until media arrived on PORT (else, after S
                          seconds, default --timeout, a NOMEDIA line)
  try:HOST:PORT|@SLOT:S   TCP connect within S seconds: a TRY line says
                          CONNECTED or FAILED (never an error)
  waitfile:PATH           until PATH exists (set by the scenario)
  touch:PATH              create PATH
  hold:S                  keep everything open for S seconds
  close                   close the current connection
"""
import os
import re
import select
import socket
import struct
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
# Real port of each slot (the templates' placeholders name the slot).
PORTS = {"cs_a": 1720, "ras_a": 1719, "h245_a": 30000, "rtp_a": 40000,
         "rtcp_a": 40001, "h245_b": 30002, "rtp_b": 6000, "rtcp_b": 6001,
         "cs_b": 1720, "ras_b": 1719, "rtp_a2": 40010, "rtcp_a2": 40011,
         "rtp_a3": 40020, "rtcp_a3": 40021, "rtcp_c1": 40101,
         "rtcp_c2": 40111, "rtcp_c3": 40121, "rtcp_c4": 40131,
         "rtcp_c5": 40141, "low": 445, "cs_alt": 1721}
Q931_TYPE = {"setup": 0x05, "callproceeding": 0x02, "alerting": 0x01,
             "connect": 0x07, "progress": 0x03, "facility": 0x62,
             "releasecomplete": 0x5a}

lock = threading.Lock()
logf = None


def log(*a):
    line = " ".join(str(x) for x in a)
    with lock:
        logf.write(line + "\n")
        logf.flush()
    print(line, flush=True)


class Error(Exception):
    pass


def family(a):
    return socket.AF_INET6 if ":" in a else socket.AF_INET


def hostport(s):
    h, _, p = s.rpartition(":")
    return h.strip("[]"), int(p)


def load_templates(path):
    roles, slots, tpl = {}, {}, {}
    for line in open(path):
        f = line.split()
        if line.startswith("# role"):
            roles[f[2]] = (bytes.fromhex(f[3]), bytes.fromhex(f[4]))
        elif line.startswith("# slot"):
            slots[f[2]] = int(f[3])
        elif not line.startswith("#") and len(f) == 3:
            tpl[f[1]] = (f[0], bytes.fromhex(f[2]))
    return roles, slots, tpl


class Peer:
    def __init__(self, opts):
        self.o = opts
        self.scale = float(os.environ.get("NFH_WAIT_SCALE", "1"))  # lib.sh
        self.roles, self.slots, self.tpl = load_templates(
            os.path.join(HERE, "templates.txt"))
        self.crv = 1
        self.conns, self.cur, self.bufs = [], None, {}
        self.listener, self.udp, self.last_src = None, None, None
        self.got = {}
        self.media_got = set()
        self.leaks = set()
        self.udpraw = open(os.path.join(opts["dir"], "udp.raw"), "ab")
        self.real = {}   # role -> (v4 bytes, v6 bytes)
        for r, a in opts["role"].items():
            v4, v6 = self.real.get(r, (None, None))
            for x in a:
                if ":" in x:
                    v6 = socket.inet_pton(socket.AF_INET6, x)
                else:
                    v4 = socket.inet_aton(x)
            self.real[r] = (v4, v6)

    # -- templates ----------------------------------------------------------
    def fields(self, data):
        """[(offset, length, role, slot)] of the placeholders in DATA."""
        out = []
        for r, (p4, p6) in self.roles.items():
            for ph in (p4, p6):
                i = data.find(ph)
                while i >= 0:
                    port = int.from_bytes(data[i + len(ph):i + len(ph) + 2],
                                          "big")
                    for s, n in self.slots.items():
                        if n == port:
                            out.append((i, len(ph), r, s))
                    i = data.find(ph, i + 1)
        return sorted(out)

    def frame(self, name, cut=None):
        """The message as sent on the wire, with placeholders; with CUT,
        its PER cut to that many bytes (the lengths around it agree)."""
        kind, per = self.tpl[name]
        per = per[:cut]
        if kind == "ras":
            return per
        if kind == "h245":
            return struct.pack("!BBH", 3, 0, 4 + len(per)) + per
        t = name.split("_")[0]
        flag = 0x80 if self.o["side"] == "callee" else 0
        body = struct.pack("!BBBBB", 0x08, 2, flag | (self.crv >> 8),
                           self.crv & 0xff, Q931_TYPE[t])
        if t == "setup":
            body += bytes([0x04, 0x03, 0x88, 0x90, 0xa5])
        uu = b"\x05" + per
        body += struct.pack("!BH", 0x7e, len(uu)) + uu
        return struct.pack("!BBH", 3, 0, 4 + len(body)) + body

    def patched(self, name, cut=None):
        data = bytearray(self.frame(name, cut))
        for off, ln, r, s in self.fields(bytes(data)):
            if r not in self.real:
                raise Error("template %s needs --role %s" % (name, r))
            a = self.real[r][0 if ln == 4 else 1]
            if a is None:
                raise Error("no IPv%d address for role %s" %
                            (4 if ln == 4 else 6, r))
            data[off:off + ln] = a
            data[off + ln:off + ln + 2] = PORTS[s].to_bytes(2, "big")
        return bytes(data)

    def learn(self, name, data):
        """Check DATA against template NAME, remember its addresses."""
        want = self.frame(name)
        kind = self.tpl[name][0]
        if len(data) != len(want):
            raise Error("%s: got %d bytes, template has %d" %
                        (name, len(data), len(want)))
        if kind == "q931" and data[8] != want[8]:
            raise Error("%s: Q.931 message type 0x%02x, expected 0x%02x" %
                        (name, data[8], want[8]))
        for off, ln, r, s in self.fields(want):
            fam = socket.AF_INET if ln == 4 else socket.AF_INET6
            a = socket.inet_ntop(fam, data[off:off + ln])
            p = int.from_bytes(data[off + ln:off + ln + 2], "big")
            self.got[s] = (a, p)
            log("FIELD", name, s, a, p)

    def check_leak(self, where, buf):
        for pre in self.o["private"]:
            for m in re.finditer(re.escape(pre), buf):
                if (where, m.start()) not in self.leaks:
                    self.leaks.add((where, m.start()))
                    log("LEAK", where, m.start(),
                        buf[max(0, m.start() - 2):m.start() + 18].hex())

    def target(self, s):
        if s.startswith("@"):
            if s[1:] not in self.got:
                raise Error("no address received for slot " + s[1:])
            return self.got[s[1:]]
        return hostport(s)

    # -- TCP ------------------------------------------------------------------
    def add_conn(self, c):
        c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.conns.append(c)
        self.cur = c
        self.bufs[c] = [bytearray(), bytearray(), len(self.conns)]

    def read_tpkt(self):
        c = self.cur
        raw, pend, n = self.bufs[c]
        end = time.time() + self.o["timeout"]
        while True:
            if len(pend) >= 4:
                ln = struct.unpack("!H", pend[2:4])[0]
                if pend[0] != 3 or ln < 4:
                    raise Error("not a TPKT: %s" % pend[:8].hex())
                if len(pend) >= ln:
                    m = bytes(pend[:ln])
                    del pend[:ln]
                    return m
            left = end - time.time()
            if left <= 0:
                raise Error("timeout waiting for a TPKT on c%d" % n)
            r, _, _ = select.select([c], [], [], left)
            if not r:
                continue
            d = c.recv(65536)
            if not d:
                raise Error("c%d closed by the peer" % n)
            raw += d
            pend += d
            with open(os.path.join(self.o["dir"], "c%d.raw" % n), "ab") as f:
                f.write(d)
            self.check_leak("c%d" % n, bytes(raw))

    def a_listen(self, arg):
        h, p = hostport(arg)
        s = socket.socket(family(h), socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind((h, p))
        s.listen(8)
        self.listener = s
        log("LISTEN", h, p)

    def a_accept(self, arg):
        r, _, _ = select.select([self.listener], [], [], self.o["timeout"])
        if not r:
            raise Error("no connection within %ss" % self.o["timeout"])
        c, peer = self.listener.accept()
        self.add_conn(c)
        log("ACCEPTED c%d %s %d" % (len(self.conns), peer[0], peer[1]))

    def a_connect(self, arg):
        h, p = self.target(arg)
        end = time.time() + self.o["timeout"]
        while True:     # the far side may still be starting
            c = socket.socket(family(h), socket.SOCK_STREAM)
            if "mss" in self.o:
                c.setsockopt(socket.IPPROTO_TCP, socket.TCP_MAXSEG,
                             int(self.o["mss"]))
            c.settimeout(self.o["timeout"])
            try:
                c.connect((h, p))
                break
            except ConnectionRefusedError:
                c.close()
                if time.time() > end:
                    raise
                time.sleep(0.2)
        c.settimeout(None)
        self.add_conn(c)
        log("CONNECTED c%d %s %d" % (len(self.conns), h, p))

    def a_try(self, arg):
        t, _, secs = arg.rpartition(":")
        h, p = self.target(t)
        c = socket.socket(family(h), socket.SOCK_STREAM)
        c.settimeout(float(secs))
        try:
            c.connect((h, p))
            log("TRY", h, p, "CONNECTED")
        except OSError as e:
            log("TRY", h, p, "FAILED", e)
        c.close()

    def a_use(self, arg):
        self.cur = self.conns[int(arg) - 1]

    def a_crv(self, arg):
        self.crv = int(arg)

    def a_send(self, arg):
        data = b"".join(self.patched(n) for n in arg.split("+"))
        self.cur.sendall(data)
        log("SENT", arg, len(data))

    def a_split(self, arg):
        name, _, offs = arg.partition(":")
        data = self.patched(name)
        cuts = []
        for o in offs.split(","):
            if o == "hdr":
                cuts.append(4)
            elif o == "uu":
                i = data.index(b"\x7e", 9)
                cuts.append((i + 3 + len(data)) // 2)
            elif o == "a":
                cuts.append(self.fields(self.frame(name))[0][0] + 2)
            else:
                cuts.append(int(o))
        cuts = sorted(set(cuts))
        prev = 0
        for c in cuts + [len(data)]:
            self.cur.sendall(data[prev:c])
            log("SENT", "%s[%d:%d]" % (name, prev, c), c - prev)
            prev = c
            if c != len(data):
                time.sleep(self.o["pause"])

    def a_raw(self, arg):
        self.cur.sendall(bytes.fromhex(arg))
        log("SENT", "raw", len(arg) // 2)

    def a_trunc(self, arg):
        name, _, n = arg.partition(":")
        data = self.patched(name, int(n))
        self.cur.sendall(data)
        log("SENT", "%s/cut%s" % (name, n), len(data))

    def a_skipto(self, arg):
        want = self.frame(arg)
        while True:
            m = self.read_tpkt()
            if len(m) == len(want) and (self.tpl[arg][0] != "q931" or
                                        m[8] == want[8]):
                break
            log("SKIPPED", len(m), m[:12].hex())
        log("GOT", arg, len(m))
        self.learn(arg, m)

    def a_wait(self, arg):
        m = self.read_tpkt()
        log("GOT", arg, len(m))
        self.learn(arg, m)

    def a_close(self, arg):
        self.cur.close()

    # -- UDP ------------------------------------------------------------------
    def a_udp(self, arg):
        h, p = hostport(arg)
        self.udp = socket.socket(family(h), socket.SOCK_DGRAM)
        self.udp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.udp.bind((h, p))
        log("UDP", h, p)

    def a_sendto(self, arg):
        name, _, t = arg.partition(":")
        data = self.patched(name)
        self.udp.sendto(data, self.target(t))
        log("SENT", name, len(data))

    def a_recv(self, arg):
        r, _, _ = select.select([self.udp], [], [], self.o["timeout"])
        if not r:
            raise Error("no datagram within %ss" % self.o["timeout"])
        d, self.last_src = self.udp.recvfrom(65536)
        self.udpraw.write(d)
        self.udpraw.flush()
        log("GOT", arg, len(d), "from", self.last_src[0], self.last_src[1])
        self.check_leak("udp", d)
        self.learn(arg, d)

    def a_reply(self, arg):
        data = self.patched(arg)
        self.udp.sendto(data, self.last_src[:2])
        log("SENT", arg, len(data))

    def a_media(self, arg):
        h, _, ps = arg.rpartition(":")
        for port in ps.split(","):
            u = socket.socket(family(h), socket.SOCK_DGRAM)
            u.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            u.bind((h.strip("[]"), int(port)))
            threading.Thread(target=self.media_loop, args=(u, int(port)),
                             daemon=True).start()
        log("MEDIA", arg)

    def media_loop(self, u, port):
        while True:
            d, peer = u.recvfrom(65535)
            self.media_got.add(port)
            log("RECV", port, peer[0], peer[1], len(d))

    def a_rtp(self, arg):
        t, _, src = arg.rpartition(":")
        h, p = self.target(t)
        u = socket.socket(family(h), socket.SOCK_DGRAM)
        u.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        u.bind(("", int(src)))
        for i in range(5):
            hdr = bytes([0x80, 0, 0, i]) + (i * 160).to_bytes(4, "big") + \
                b"\x12\x34\x56\x78"
            u.sendto(hdr + b"\xff" * 160, (h, p))
            time.sleep(0.02)
        u.close()
        log("RTP", h, p, "from", src)

    def a_waitfile(self, arg):
        # the scenario may check a lot before it creates the file
        end = time.time() + 60 * self.scale
        while not os.path.exists(arg):
            if time.time() > end:
                raise Error("no " + arg)
            time.sleep(0.1)

    def a_waitmedia(self, arg):
        port, _, secs = arg.partition(":")
        end = time.time() + float(secs or self.o["timeout"])
        while int(port) not in self.media_got:
            if time.time() > end:
                log("NOMEDIA", arg)
                return
            time.sleep(0.05)

    def a_touch(self, arg):
        open(arg, "w").close()

    def a_hold(self, arg):
        # the scenario kills the peer when it is done; on a slow kernel
        # its checks take longer than the script expected
        time.sleep(float(arg) * self.scale)


def main():
    global logf
    args = sys.argv[1:]
    o = {"dir": ".", "role": {}, "private": [], "side": "caller",
         "pause": 0.3, "timeout": 10.0}
    while args and args[0].startswith("--"):
        k = args.pop(0)[2:]
        v = args.pop(0)
        if k == "role":
            r, _, a = v.partition("=")
            o["role"].setdefault(r, []).append(a)
        elif k == "private":
            b = bytes.fromhex(v)
            o["private"].append(b)
            if len(b) == 3:  # an IPv4 prefix: its text form too
                o["private"].append(("%d.%d.%d." % tuple(b)).encode())
        elif k in ("pause", "timeout"):
            o[k] = float(v)
        elif k == "port":
            slot, _, n = v.partition("=")
            PORTS[slot] = int(n)
        else:
            o[k] = v
    o["timeout"] *= float(os.environ.get("NFH_WAIT_SCALE", "1"))  # tests/vm/lib.sh
    os.makedirs(o["dir"], exist_ok=True)
    logf = open(os.path.join(o["dir"], "log"), "a")
    p = Peer(o)
    log("READY")
    for a in args:
        verb, _, arg = a.partition(":")
        try:
            getattr(p, "a_" + verb)(arg)
        except (Error, OSError, KeyError, IndexError, ValueError) as e:
            log("ERROR", a, type(e).__name__, e)
            return 1
    log("DONE")
    return 0


if __name__ == "__main__":
    sys.exit(main())
