#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Differential test: h323dump against Wireshark (tshark -T pdml).

For every frame of every capture, the list of (role, address, port,
address offset, port offset) that h323dump prints must equal the list
built from tshark's dissection of the same frame.  tshark's side keeps the
address fields that sit under the same ASN.1 paths the decoder annotates
(e.g. setup.h245Address, H2250LogicalChannelParameters.mediaChannel), with
offsets made relative to the start of the message (the TPKT header on TCP,
the UDP payload for RAS) exactly as h323dump prints them.

Each address also carries the forwardLogicalChannelNumber of the
OpenLogicalChannel(Ack) it is in (0: none) and whether it is inside a
fastStart OLC (f) or tunnelled H.245 (t), on both sides.  Besides the
addresses, the message facts of every frame (h323dump --facts) must equal
tshark's: Q.931 call reference and flag, RAS requestSeqNum, RRQ/RCF
timeToLive, RRQ keepAlive, h245Tunnelling, Facility reason, the
forwardLogicalChannelNumbers of CloseLogicalChannels, and H.460.18/19 named
by a feature list of the messages the decoder looks at (not inside a
feature's parameters).

Captures given after --reject must make h323dump reject every H.323 message
(and exit cleanly: it runs under ASan+UBSan in `make h323-diff`).

Prints one line per compared frame and ends with "N passed, N failed".
"""

import os
import subprocess
import sys
import xml.etree.ElementTree as ET

H323DUMP = os.environ.get("H323DUMP", "tools/h323dump/h323dump")
TSHARK = os.environ.get("TSHARK", "tshark")

# (parent element, role field) -> role, mirroring tools/h323gen ANNOTATE.
ROLES = {}
for _m in ("setup", "callProceeding", "connect", "alerting", "progress",
           "facility"):
    ROLES[("h225.%s_element" % _m, "h225.h245Address")] = "h245"
ROLES[("h225.setup_element", "h225.destCallSignalAddress")] = "callsignal"
ROLES[("h225.setup_element", "h225.sourceCallSignalAddress")] = "callsignal"
ROLES[("h225.facility_element", "h225.alternativeAddress")] = "callsignal"
for _m, _f, _r in (
        ("gatekeeperRequest", "rasAddress", "ras"),
        ("gatekeeperConfirm", "rasAddress", "ras"),
        ("registrationRequest", "callSignalAddress", "callsignal"),
        ("registrationRequest", "rasAddress", "ras"),
        ("registrationConfirm", "callSignalAddress", "callsignal"),
        ("unregistrationRequest", "callSignalAddress", "callsignal"),
        ("admissionRequest", "destCallSignalAddress", "callsignal"),
        ("admissionRequest", "srcCallSignalAddress", "callsignal"),
        ("admissionConfirm", "destCallSignalAddress", "callsignal"),
        ("locationRequest", "replyAddress", "ras"),
        ("locationConfirm", "callSignalAddress", "callsignal"),
        ("locationConfirm", "rasAddress", "ras"),
        ("infoRequestResponse", "callSignalAddress", "callsignal"),
        ("infoRequestResponse", "rasAddress", "ras")):
    ROLES[("h225.%s_element" % _m, "h225." + _f)] = _r
for _p in ("h245.h2250LogicalChannelParameters_element",
           "h245.h2250LogicalChannelAckParameters_element"):
    ROLES[(_p, "h245.mediaChannel")] = "rtp"
    ROLES[(_p, "h245.mediaControlChannel")] = "rtcp"
for _p in ("h245.openLogicalChannel_element",
           "h245.OpenLogicalChannel_element",
           "h245.openLogicalChannelAck_element"):
    ROLES[(_p, "h245.separateStack_element")] = "t120"
ROLEFIELDS = set(f for (_, f) in ROLES)

# OpenLogicalChannel(Ack) elements: the lcn of the addresses inside
OLCS = ("h245.openLogicalChannel_element", "h245.OpenLogicalChannel_element",
        "h245.openLogicalChannelAck_element")
TUNNELS = ("h225.h245Control", "h225.parallelH245Control")
# feature lists and the messages whose lists the decoder reads
# (tools/h323gen FEATURE_OWNERS)
FEATURE_LISTS = ("h225.genericData", "h225.neededFeatures",
                 "h225.desiredFeatures", "h225.supportedFeatures")
FEATURE_OWNERS = set("h225.%s_element" % m for m in (
    "h323_uu_pdu", "setup", "callProceeding", "connect", "alerting",
    "progress", "facility", "gatekeeperRequest", "gatekeeperConfirm",
    "registrationRequest", "registrationConfirm", "admissionRequest",
    "admissionConfirm", "locationRequest", "locationConfirm"))
FACILITY_REASONS = ["routeCallToGatekeeper", "callForwarded",
                    "routeCallToMC", "undefinedReason",
                    "conferenceListChoice", "startH245", "noH245",
                    "newTokens", "featureSetUpdate", "forwardedElements",
                    "transportedInformation"]


def feature_id(stack):
    """True if an h225.standard at this stack names a feature of a message
    the decoder looks at: in the id of an entry of a feature list of such a
    message, not inside the parameters of a feature."""
    for i in range(len(stack) - 1, 0, -1):
        if stack[i] == "h225.parameters":
            return False
        if stack[i] in FEATURE_LISTS:
            owner = stack[i - 1]
            if owner == "h225.featureSet_element" and i >= 2:
                owner = stack[i - 2]
            return owner in FEATURE_OWNERS and stack[-1] == "h225.id"
    return False

# address element -> ((address fields), (port fields), address length);
# Wireshark names the fields of h245Address differently.
ADDRS = {
    "h225.ipAddress_element": (("h225.ipV4", "h225.h245Ip"),
                               ("h225.ipV4_port", "h225.h245IpPort"), 4),
    "h225.ip6Address_element": (("h225.ipV6", "h225.h245Ip6"),
                                ("h225.ipV6_port", "h225.h245Ip6port"), 16),
    "h245.iPAddress_element": (("h245.ip4_network",),
                               ("h245.tsapIdentifier",), 4),
    "h245.iP6Address_element": (("h245.ip6_network",),
                                ("h245.ipv6.tsapIdentifier",), 16),
}


def tshark_frames(pcap, extra):
    """frame -> {"addrs": [...], "malformed": bool, "h323": bool}"""
    out = subprocess.run([TSHARK, "-r", pcap, "-T", "pdml"] + extra,
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                         check=True).stdout
    frames = {}
    root = ET.fromstring(out)
    for pkt in root.iter("packet"):
        info = {"addrs": [], "malformed": False, "h323": False,
                "facts": [], "seq": []}
        num = None
        start = [None]

        def walk(e, stack, elems):
            nonlocal num
            name = e.get("name")
            show = e.get("show")
            parent = stack[-1] if stack else None
            facts = info["facts"]
            if name == "q931.call_ref":
                facts.append("crv=%d" % int(show.replace(":", ""), 16))
            elif name == "q931.call_ref_flag":
                facts.append("crv_flag=%s" % show)
            elif name == "h225.requestSeqNum":
                info["seq"].append("seq=%s" % show)
            elif name == "h225.timeToLive" and parent in (
                    "h225.registrationRequest_element",
                    "h225.registrationConfirm_element"):
                facts.append("ttl=%s" % show)
            elif name == "h225.keepAlive" and show == "1" and \
                    parent == "h225.registrationRequest_element":
                facts.append("keepalive")
            elif name == "h225.h245Tunnelling" and show == "1":
                facts.append("tunnelling")
            elif name == "h225.reason" and parent == "h225.facility_element" \
                    and "h225.perCallInfo" not in stack:
                # the message's own Facility, not one an IRR reports
                i = int(show)
                facts.append("reason=%s" % (FACILITY_REASONS[i] if
                                            i < len(FACILITY_REASONS) else
                                            "extension"))
            elif name == "h245.forwardLogicalChannelNumber" and \
                    parent == "h245.closeLogicalChannel_element":
                facts.append("close=%s" % show)
            elif name == "h245.forwardLogicalChannelNumber" and \
                    parent == "h245.openLogicalChannel_element":
                facts.append("open")
            elif name == "h225.standard" and show in ("18", "19") and \
                    feature_id(stack):
                facts.append("h460_" + show)
            if name == "frame.number":
                num = int(e.get("show"))
            if (name or "").startswith("_ws.malformed") or \
                    ((name or "").startswith("_ws.expert") and
                     stack[0] in ("h225", "h245", "q931", "tpkt")):
                info["malformed"] = True
            if name in ADDRS:
                af, pf, alen = ADDRS[name]
                role = None
                for i in range(len(stack) - 1, 0, -1):
                    if stack[i] in ROLEFIELDS:
                        role = ROLES.get((stack[i - 1], stack[i]))
                        break
                if role:
                    a = p = None
                    for c in e:
                        if c.get("name") in af:
                            a = c
                        elif c.get("name") in pf:
                            p = c
                    if a is None or p is None:
                        info["addrs"].append((role, "?", 0, -1, -1))
                    else:
                        base = start[0] or 0
                        lcn = 0
                        for x in reversed(elems):
                            if x.get("name") in OLCS:
                                for c in x:
                                    if c.get("name") == \
                                            "h245.forwardLogicalChannelNumber":
                                        lcn = int(c.get("show"))
                                break
                        fl = ("f" if "h225.fastStart" in stack else "") + \
                            ("t" if any(t in stack for t in TUNNELS) else "")
                        info["addrs"].append((
                            role, a.get("show"), int(p.get("show")),
                            int(a.get("pos")) - base,
                            int(p.get("pos")) - base, lcn, fl or "-"))
            for c in e:
                walk(c, stack + [name], elems + [e])

        for proto in pkt:
            pname = proto.get("name")
            if pname == "tpkt":
                start[0] = int(proto.get("pos"))
            elif pname in ("h225", "h245"):
                info["h323"] = True
                if start[0] is None:
                    start[0] = int(proto.get("pos"))
            elif pname == "udp":
                start[0] = None
            walk(proto, [pname], [proto])
        # the decoder keeps the first requestSeqNum of a message
        if info["seq"]:
            info["facts"].append(info["seq"][0])
        frames[num] = info
    return frames


def ours(pcap, extra):
    proc = subprocess.run([H323DUMP, "--port-offset", "--facts"] + extra +
                          [pcap], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, universal_newlines=True)
    frames = {}
    for line in proc.stdout.splitlines():
        f = line.split("\t")
        d = frames.setdefault(int(f[0]), {"addrs": [], "reject": None,
                                          "facts": [], "msgs": 0})
        if f[1] == "REJECT":
            d["reject"] = f[2]
        elif f[1] == "FACTS":
            d["msgs"] += 1
            for tok in f[3].split():
                k = tok.split("=")[0]
                if k == "close":
                    d["facts"] += ["close=" + x
                                   for x in tok[6:].split(",")]
                elif k == "open":
                    d["facts"] += ["open"] * int(tok[5:])
                elif k == "close_more":
                    d["close_more"] = True
                elif k in ("q931", "uuie"):
                    continue
                else:
                    d["facts"].append(tok)
        else:
            lcn = f[7].split(",")
            fl = ("f" if "faststart" in lcn else "") + \
                ("t" if "tunnel" in lcn else "")
            d["addrs"].append((f[2], f[3], int(f[4]), int(f[5]),
                               int(f[6]), int(lcn[0][4:]), fl or "-"))
    return proc.returncode, proc.stderr, frames


def fmt(lst):
    return " ".join("%s=%s:%d@%d/%d[%d%s]" % x for x in sorted(lst)) or "-"


def main(argv):
    passed = failed = 0
    reject_mode = False
    for arg in argv:
        if arg == "--reject":
            reject_mode = True
            continue
        if not os.path.exists(arg):
            print("FAIL\t%s\tno such file" % arg)
            failed += 1
            continue
        name = os.path.basename(arg)
        extra = []
        if reject_mode:
            # hostile seeds: treat any TCP port as call signalling
            port = subprocess.run(
                [TSHARK, "-r", arg, "-T", "fields", "-e", "tcp.dstport"],
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                universal_newlines=True).stdout.split()
            if port:
                extra = ["--cs-port", port[0]]
        rc, err, mine = ours(arg, extra)
        if rc != 0 or "ERROR" in err or "runtime error" in err:
            print("FAIL\t%s\th323dump exit %d: %s" % (name, rc,
                                                      err.strip()[:300]))
            failed += 1
            continue
        if reject_mode:
            bad = [f for f, d in mine.items() if d["addrs"]]
            nrej = sum(1 for d in mine.values() if d["reject"])
            if bad or not nrej:
                print("DISAGREE\t%s\texpected rejects, got %s" %
                      (name, {f: mine[f] for f in bad} or "none"))
                failed += 1
            else:
                print("AGREE\t%s\t%d message(s) rejected safely" %
                      (name, nrej))
                passed += 1
            continue
        theirs = tshark_frames(arg, extra)
        for num in sorted(set(theirs) | set(mine)):
            t = theirs.get(num, {"addrs": [], "malformed": False,
                                 "h323": False, "facts": []})
            m = mine.get(num, {"addrs": [], "reject": None, "facts": [],
                               "msgs": 0})
            if not t["h323"] and not m["addrs"] and not m["reject"]:
                continue
            ta, ma = sorted(t["addrs"]), sorted(m["addrs"])
            note = ""
            if m["reject"]:
                # a reject agrees only with a dissection Wireshark also
                # found malformed
                ok = t["malformed"]
                note = "rejected (%s)%s" % (
                    m["reject"], "" if ok else ", tshark decoded it")
            else:
                tf = t["facts"]
                if m.get("close_more"):
                    # the decoder records CLOSE_MAX (8), flags the rest
                    closes = [x for x in tf if x.startswith("close=")]
                    tf = [x for x in tf if not x.startswith("close=")] + \
                        closes[:8] + (["close_more"] if len(closes) > 8
                                      else [])
                    m["facts"].append("close_more")
                tf, mf = sorted(tf), sorted(m["facts"])
                ok = ta == ma and (tf == mf or t["malformed"])
                if tf != mf:
                    note = " facts: ours %s tshark %s" % (
                        " ".join(mf) or "-", " ".join(tf) or "-")
                elif mf:
                    note = " {%s}" % " ".join(mf)
                if t["malformed"]:
                    note += " [tshark: malformed after the addresses]"
            if ok:
                passed += 1
                print("AGREE\t%s\tframe %d\t%s%s" % (
                    name, num, fmt(ma) if not m["reject"] else note,
                    note if not m["reject"] else ""))
            else:
                failed += 1
                print("DISAGREE\t%s\tframe %d\tours: %s\ttshark: %s %s" % (
                    name, num, fmt(ma), fmt(ta), note))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
