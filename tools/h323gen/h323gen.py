#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""h323gen - generate the aligned-PER decoder tables of nf_conntrack_h323.

Reads the H.225.0 v8, H.245 v17 and H.235 ASN.1 modules, resolves the types
reachable from the decoder's entry points and writes one C file of tables
(nf_conntrack_h323/h323_tables.c) plus its header (h323_tables.h).

Only what a NAT helper needs is kept:
  * every root component/alternative of a type that is decoded (aligned PER
    has no lengths in front of root components, so they must all be walked);
  * extension additions only when they lead to an annotated field (the rest
    are skipped as open types at run time);
  * CHOICE alternatives in "terminal" position (nothing of the message
    follows them) that lead to no annotated field are marked STOP: the
    decoder stops there instead of walking, say, a TerminalCapabilitySet.

The annotations (which field carries which transport address role, which
OCTET STRING holds an embedded H.245 message) are the ANNOTATE table below.

Usage: h323gen.py ASN1_DIR OUT_DIR
The output depends only on the inputs: running it twice gives identical
files.
"""

import os
import re
import sys

MODULES = [
    ("H225", "H323-MESSAGES.asn"),
    ("H245", "MULTIMEDIA-SYSTEM-CONTROL.asn"),
    ("H235", "H235-SECURITY-MESSAGES.asn"),
]

# Entry points: (C enum suffix, module, type name).
ROOTS = [
    ("UUI", "H225", "H323-UserInformation"),
    ("RAS", "H225", "RasMessage"),
    ("MSCM", "H245", "MultimediaSystemControlMessage"),
    ("OLC", "H245", "OpenLogicalChannel"),
]

# Member annotations: "MODULE:Type[.inline-member...].member" -> action.
# ROLE_* set the role of every transport address below the member.
# AS_* decode the contents of the OCTET STRING(s) below the member as
# an embedded H.245 message.  IP4/IP6 mark the address SEQUENCEs, ADDR and
# PORT their two fields.
ANNOTATE = {}


def _ann(owner, members, act):
    for m in members:
        ANNOTATE["%s.%s" % (owner, m)] = act


for uuie in ("Setup-UUIE", "CallProceeding-UUIE", "Connect-UUIE",
             "Alerting-UUIE", "Progress-UUIE", "Facility-UUIE"):
    _ann("H225:" + uuie, ["h245Address"], "ROLE_H245")
for uuie in ("Setup-UUIE", "CallProceeding-UUIE", "Connect-UUIE",
             "Alerting-UUIE", "Progress-UUIE", "Facility-UUIE",
             "Information-UUIE"):
    _ann("H225:" + uuie, ["fastStart"], "AS_OLC")
_ann("H225:Setup-UUIE", ["sourceCallSignalAddress", "destCallSignalAddress"],
     "ROLE_CS")
_ann("H225:Setup-UUIE", ["parallelH245Control"], "AS_MSCM")
_ann("H225:Facility-UUIE", ["alternativeAddress"], "ROLE_CS")
_ann("H225:H323-UU-PDU", ["h245Control"], "AS_MSCM")
_ann("H225:GatekeeperRequest", ["rasAddress"], "ROLE_RAS")
_ann("H225:GatekeeperConfirm", ["rasAddress"], "ROLE_RAS")
_ann("H225:RegistrationRequest", ["callSignalAddress"], "ROLE_CS")
_ann("H225:RegistrationRequest", ["rasAddress"], "ROLE_RAS")
_ann("H225:RegistrationConfirm", ["callSignalAddress"], "ROLE_CS")
_ann("H225:UnregistrationRequest", ["callSignalAddress"], "ROLE_CS")
_ann("H225:AdmissionRequest", ["destCallSignalAddress",
                               "srcCallSignalAddress"], "ROLE_CS")
_ann("H225:AdmissionConfirm", ["destCallSignalAddress"], "ROLE_CS")
_ann("H225:LocationRequest", ["replyAddress"], "ROLE_RAS")
_ann("H225:LocationConfirm", ["callSignalAddress"], "ROLE_CS")
_ann("H225:LocationConfirm", ["rasAddress"], "ROLE_RAS")
_ann("H225:InfoRequestResponse", ["callSignalAddress"], "ROLE_CS")
_ann("H225:InfoRequestResponse", ["rasAddress"], "ROLE_RAS")
_ann("H245:H2250LogicalChannelParameters", ["mediaChannel"], "ROLE_RTP")
_ann("H245:H2250LogicalChannelParameters", ["mediaControlChannel"],
     "ROLE_RTCP")
_ann("H245:H2250LogicalChannelAckParameters", ["mediaChannel"], "ROLE_RTP")
_ann("H245:H2250LogicalChannelAckParameters", ["mediaControlChannel"],
     "ROLE_RTCP")
_ann("H245:OpenLogicalChannel", ["separateStack"], "ROLE_T120")
_ann("H245:OpenLogicalChannelAck", ["separateStack"], "ROLE_T120")
_ann("H225:TransportAddress", ["ipAddress"], "IP4")
_ann("H225:TransportAddress", ["ip6Address"], "IP6")
_ann("H225:TransportAddress.ipAddress", ["ip"], "ADDR")
_ann("H225:TransportAddress.ipAddress", ["port"], "PORT")
_ann("H225:TransportAddress.ip6Address", ["ip"], "ADDR")
_ann("H225:TransportAddress.ip6Address", ["port"], "PORT")
_ann("H245:UnicastAddress", ["iPAddress"], "IP4")
_ann("H245:UnicastAddress", ["iP6Address"], "IP6")
_ann("H245:UnicastAddress.iPAddress", ["network"], "ADDR")
_ann("H245:UnicastAddress.iPAddress", ["tsapIdentifier"], "PORT")
_ann("H245:UnicastAddress.iP6Address", ["network"], "ADDR")
_ann("H245:UnicastAddress.iP6Address", ["tsapIdentifier"], "PORT")


# Message facts the helper glue needs besides the addresses (h323_parse.h):
#   LCN        forwardLogicalChannelNumber of an OpenLogicalChannel(Ack): the
#              lcn of every address that follows inside it
#   CLOSE_LCN  forwardLogicalChannelNumber of a CloseLogicalChannel: appended
#              to the close list (bare or tunnelled)
#   TTL        RRQ/RCF timeToLive
#   KEEPALIVE  RRQ keepAlive (flag if TRUE)
#   TUNNELLING H323-UU-PDU.h245Tunneling (flag if TRUE)
#   SEQNUM     requestSeqNum of every RAS message (the first one decoded)
#   REASON     Facility-UUIE.reason: the FacilityReason CHOICE index + 1
#   KEEP       nothing: walk the alternative (see below)
#   NEST       EnumeratedParameter.content: counts the GenericData recursion
#   FEATURES   a featureSet / neededFeatures / desiredFeatures /
#              supportedFeatures / genericData member: the GenericData in it
#              name features; FEAT_ID marks GenericData.id (the feature's
#              name), FEAT_PARAMS GenericData.parameters (nothing inside a
#              feature's parameters names a feature), STD_ID
#              GenericIdentifier.standard (18: H.460.18, 19: H.460.19).
_ann("H245:OpenLogicalChannel", ["forwardLogicalChannelNumber"], "LCN")
_ann("H245:OpenLogicalChannelAck", ["forwardLogicalChannelNumber"], "LCN")
_ann("H245:CloseLogicalChannel", ["forwardLogicalChannelNumber"],
     "CLOSE_LCN")
_ann("H225:RegistrationRequest", ["timeToLive"], "TTL")
_ann("H225:RegistrationConfirm", ["timeToLive"], "TTL")
_ann("H225:RegistrationRequest", ["keepAlive"], "KEEPALIVE")
_ann("H225:H323-UU-PDU", ["h245Tunneling"], "TUNNELLING")
_ann("H225:Facility-UUIE", ["reason"], "REASON")
_ann("H225:GenericData", ["id"], "FEAT_ID")
_ann("H225:GenericData", ["parameters"], "FEAT_PARAMS")
_ann("H225:GenericIdentifier", ["standard"], "STD_ID")
# KEEP: no action, but the alternative is walked (not STOPped), so that the
# message CHOICE holding it is kept and names the message.
_ann("H245:CommandMessage", ["endSessionCommand"], "KEEP")

# requestSeqNum: every RasMessage alternative that has one (added in main()
# from the parsed module).  FEATURES: these members of these types, where
# they exist (also added in main()).
SEQNUM_CHOICE = ("H225", "RasMessage")
FEATURE_MEMBERS = ("featureSet", "neededFeatures", "desiredFeatures",
                   "supportedFeatures", "genericData")
FEATURE_OWNERS = ("H323-UU-PDU", "Setup-UUIE", "CallProceeding-UUIE",
                  "Connect-UUIE", "Alerting-UUIE", "Progress-UUIE",
                  "Facility-UUIE", "GatekeeperRequest", "GatekeeperConfirm",
                  "RegistrationRequest", "RegistrationConfirm",
                  "AdmissionRequest", "AdmissionConfirm", "LocationRequest",
                  "LocationConfirm")

# The only recursion the kept tables may contain: GenericData holds
# EnumeratedParameters whose Content may be nested GenericData or compound
# EnumeratedParameters.  Every turn of it passes EnumeratedParameter.content
# (NEST): the decoder refuses (too_deep) a Content inside more than
# PARAM_NEST_MAX others, and the static nesting bound below follows the
# recursion that many times, so NFH_H323_MAX_NESTING stays a true bound.
_ann("H225:EnumeratedParameter", ["content"], "NEST")
PARAM_NEST_MAX = 2

# Actions that make the owning type "interesting" (worth decoding an
# extension addition or a terminal alternative for).
INTERESTING = ("ROLE_", "AS_", "LCN", "CLOSE_LCN", "TTL", "KEEPALIVE",
               "TUNNELLING", "SEQNUM", "REASON", "FEATURES", "KEEP")

# CHOICE types whose alternative names are message names.
MSGCHOICES = ["H225:H323-UU-PDU.h323-message-body", "H225:RasMessage",
              "H245:RequestMessage", "H245:ResponseMessage",
              "H245:CommandMessage", "H245:IndicationMessage"]

# Prefix of the message constants of each message CHOICE.
MSGPREFIX = dict(zip(MSGCHOICES, ["CS_", "RAS_", "H245_REQ_", "H245_RSP_",
                                  "H245_CMD_", "H245_IND_"]))

# Short aliases of enum nfh_h323_msg_id (NFH_H323_MSG_<short>).
SHORT_MSGS = [
    ("SETUP", "CS_SETUP"), ("CALL_PROCEEDING", "CS_CALL_PROCEEDING"),
    ("CONNECT", "CS_CONNECT"), ("ALERTING", "CS_ALERTING"),
    ("INFORMATION", "CS_INFORMATION"),
    ("RELEASE_COMPLETE", "CS_RELEASE_COMPLETE"),
    ("FACILITY", "CS_FACILITY"), ("PROGRESS", "CS_PROGRESS"),
    ("GRQ", "RAS_GATEKEEPER_REQUEST"), ("GCF", "RAS_GATEKEEPER_CONFIRM"),
    ("GRJ", "RAS_GATEKEEPER_REJECT"),
    ("RRQ", "RAS_REGISTRATION_REQUEST"), ("RCF", "RAS_REGISTRATION_CONFIRM"),
    ("RRJ", "RAS_REGISTRATION_REJECT"),
    ("URQ", "RAS_UNREGISTRATION_REQUEST"),
    ("UCF", "RAS_UNREGISTRATION_CONFIRM"),
    ("URJ", "RAS_UNREGISTRATION_REJECT"),
    ("ARQ", "RAS_ADMISSION_REQUEST"), ("ACF", "RAS_ADMISSION_CONFIRM"),
    ("ARJ", "RAS_ADMISSION_REJECT"),
    ("LRQ", "RAS_LOCATION_REQUEST"), ("LCF", "RAS_LOCATION_CONFIRM"),
    ("LRJ", "RAS_LOCATION_REJECT"),
    ("DRQ", "RAS_DISENGAGE_REQUEST"), ("DCF", "RAS_DISENGAGE_CONFIRM"),
    ("DRJ", "RAS_DISENGAGE_REJECT"),
    ("IRQ", "RAS_INFO_REQUEST"), ("IRR", "RAS_INFO_REQUEST_RESPONSE"),
    ("OLC", "H245_REQ_OPEN_LOGICAL_CHANNEL"),
    ("OLC_ACK", "H245_RSP_OPEN_LOGICAL_CHANNEL_ACK"),
    ("OLC_REJECT", "H245_RSP_OPEN_LOGICAL_CHANNEL_REJECT"),
    ("CLC", "H245_REQ_CLOSE_LOGICAL_CHANNEL"),
    ("CLC_ACK", "H245_RSP_CLOSE_LOGICAL_CHANNEL_ACK"),
    ("END_SESSION", "H245_CMD_END_SESSION_COMMAND"),
]

# ---------------------------------------------------------------- lexer --

TOKRE = re.compile(r"""
    (?P<ws>\s+)
  | (?P<str>"(?:[^"]|"")*")
  | (?P<sym>::=|\.\.\.|\.\.|\[\[|\]\]|[{}()\[\],;|^<.&@!:-])
  | (?P<num>[0-9]+)
  | (?P<id>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)
""", re.X)


def strip_comments(text):
    out = []
    for line in text.split("\n"):
        res = ""
        i = 0
        incom = False
        while i < len(line):
            if line.startswith("--", i):
                incom = not incom
                i += 2
                continue
            if not incom:
                if line[i] == '"':
                    j = line.index('"', i + 1)
                    res += line[i:j + 1]
                    i = j + 1
                    continue
                res += line[i]
            i += 1
        out.append(res)
    return "\n".join(out)


def lex(text):
    text = strip_comments(text)
    toks = []
    pos = 0
    while pos < len(text):
        m = TOKRE.match(text, pos)
        if not m:
            raise SyntaxError("bad char %r at %d" % (text[pos], pos))
        pos = m.end()
        if m.lastgroup == "ws":
            continue
        toks.append((m.lastgroup, m.group(m.lastgroup)))
    toks.append(("eof", ""))
    return toks

# --------------------------------------------------------------- parser --


class Type:
    """A parsed ASN.1 type (before resolution)."""

    def __init__(self, kind, **kw):
        self.kind = kind        # SEQ CHOICE SEQOF INT ENUM BOOL NULL OCTETS
        # BITS CHARS OID OPEN REF GENSTR
        self.ext = False
        self.members = []       # SEQ/CHOICE: list of Member
        self.elem = None        # SEQOF
        self.cons = []          # list of constraint ASTs (serial)
        self.ref = None         # REF: (module or None, name)
        self.args = []          # REF: actual parameters (Types)
        self.nroot = 0          # ENUM
        self.chars = None       # CHARS: string type name
        self.__dict__.update(kw)


class Member:
    def __init__(self, name, typ, optional, addition):
        self.name = name
        self.type = typ
        self.optional = optional
        self.addition = addition


class Parser:
    def __init__(self, toks, mod):
        self.t = toks
        self.i = 0
        self.mod = mod

    def peek(self, k=0):
        return self.t[self.i + k]

    def val(self, k=0):
        return self.t[self.i + k][1]

    def next(self):
        tok = self.t[self.i]
        self.i += 1
        return tok[1]

    def expect(self, v):
        got = self.next()
        if got != v:
            raise SyntaxError("%s: expected %r, got %r near token %d" %
                              (self.mod, v, got, self.i))

    def accept(self, v):
        if self.val() == v:
            self.i += 1
            return True
        return False

    def skip_balanced(self, open_, close):
        self.expect(open_)
        depth = 1
        while depth:
            v = self.next()
            if v == open_:
                depth += 1
            elif v == close:
                depth -= 1
            elif v == "" and self.peek(-1)[0] == "eof":
                raise SyntaxError("unbalanced")

    def module(self):
        types, values, params, imports = {}, {}, {}, {}
        self.next()     # module name
        self.expect("DEFINITIONS")
        while self.val() != "::=":
            self.next()
        self.expect("::=")
        self.expect("BEGIN")
        if self.accept("EXPORTS"):
            while self.next() != ";":
                pass
        if self.accept("IMPORTS"):
            names = []
            while not self.accept(";"):
                v = self.next()
                if v == "FROM":
                    frm = self.next()
                    for n in names:
                        imports[n] = frm
                    names = []
                elif v in (",", "{", "}"):
                    continue
                else:
                    names.append(v)
        while self.val() != "END":
            name = self.next()
            if name[0].isupper():
                plist = None
                if self.val() == "{":
                    plist = []
                    self.expect("{")
                    while not self.accept("}"):
                        v = self.next()
                        if v != ",":
                            plist.append(v)
                self.expect("::=")
                typ = self.type()
                types[name] = typ
                if plist is not None:
                    params[name] = plist
            else:
                # value assignment: name Type ::= value
                vt = self.type()
                self.expect("::=")
                if self.val() == "{":
                    self.skip_balanced("{", "}")
                else:
                    v = self.next()
                    if v == "-":
                        v = "-" + self.next()
                    if vt.kind == "INT":
                        values[name] = int(v)
        return types, values, params, imports

    def type(self):
        v = self.next()
        if v in ("SEQUENCE", "SET"):
            if self.val() == "{":
                t = Type("SEQ")
                self.components(t, False)
            else:
                t = Type("SEQOF")
                if self.val() in ("SIZE", "("):
                    if self.val() == "SIZE":
                        self.next()
                        t.cons.append(("SIZE", self.constraint()))
                    else:
                        t.cons.append(self.constraint())
                self.expect("OF")
                if self.peek()[0] == "id" and self.val()[0].islower() and \
                        self.peek(1)[0] == "id":
                    self.next()         # element name
                t.elem = self.type()
                return t
        elif v == "CHOICE":
            t = Type("CHOICE")
            self.components(t, True)
        elif v == "INTEGER":
            t = Type("INT")
            if self.val() == "{":
                self.skip_balanced("{", "}")
        elif v == "ENUMERATED":
            t = Type("ENUM")
            self.expect("{")
            n, ext = 0, False
            while True:
                w = self.next()
                if w == "}":
                    break
                if w == "...":
                    ext = True
                elif w == "(":
                    while self.next() != ")":
                        pass
                elif w != "," and not ext:
                    n += 1
            t.nroot, t.ext = n, ext
        elif v == "BOOLEAN":
            t = Type("BOOL")
        elif v == "NULL":
            t = Type("NULL")
        elif v == "OCTET":
            self.expect("STRING")
            t = Type("OCTETS")
        elif v == "BIT":
            self.expect("STRING")
            t = Type("BITS")
            if self.val() == "{":
                self.skip_balanced("{", "}")
        elif v == "OBJECT":
            self.expect("IDENTIFIER")
            t = Type("OID")
        elif v in ("IA5String", "BMPString", "NumericString",
                   "PrintableString", "VisibleString", "GeneralizedTime"):
            t = Type("CHARS", chars=v)
        elif v in ("GeneralString", "UTF8String"):
            t = Type("GENSTR")
        elif v == "TYPE-IDENTIFIER":
            self.expect(".")
            self.expect("&")
            self.next()
            t = Type("OPEN")
        else:
            t = Type("REF", ref=v)
            if self.val() == "{":
                self.next()
                while True:
                    t.args.append(self.type())
                    if self.accept("}"):
                        break
                    self.expect(",")
        while self.val() == "(":
            t.cons.append(self.constraint())
        return t

    def components(self, t, choice):
        self.expect("{")
        addition = False
        while True:
            v = self.val()
            if v == "}":
                self.next()
                return
            if v == ",":
                self.next()
                continue
            if v == "...":
                self.next()
                if t.ext:
                    raise SyntaxError("second extension marker unsupported")
                t.ext = True
                addition = True
                if self.val() == "!":
                    raise SyntaxError("exception spec unsupported")
                continue
            if v in ("[[", "]]"):
                raise SyntaxError("extension addition groups unsupported")
            name = self.next()
            mt = self.type()
            opt = False
            if self.accept("OPTIONAL"):
                opt = True
            elif self.accept("DEFAULT"):
                opt = True
                if self.val() == "{":
                    self.skip_balanced("{", "}")
                else:
                    self.next()
            t.members.append(Member(name, mt, opt and not choice, addition))

    # Constraint ASTs: ("RANGE", lo, hi) lo/hi int|str(valueref)|"MIN"/"MAX",
    # ("SIZE", c), ("FROM", c), ("STR", s), ("UNION", [..]), ("ISECT", [..]),
    # ("EXT", c) extensible root, ("NPV",) not PER-visible.
    def constraint(self):
        self.expect("(")
        c = self.eset()
        self.expect(")")
        return c

    def eset(self):
        root = self.union()
        if self.accept(","):
            self.expect("...")
            if self.accept(","):
                self.union()    # additions: not PER-visible
            return ("EXT", root)
        return root

    def joined(self, ops, part, tag):
        """part (op part)*: the one part, or (tag, [parts])."""
        parts = [part()]
        while self.val() in ops:
            self.next()
            parts.append(part())
        return parts[0] if len(parts) == 1 else (tag, parts)

    def union(self):
        return self.joined(("|", "UNION"), self.isect, "UNION")

    def isect(self):
        return self.joined(("^", "INTERSECTION"), self.elem, "ISECT")

    def bound(self):
        v = self.next()
        if v == "-":
            return -int(self.next())
        if v.isdigit():
            return int(v)
        return v        # MIN, MAX or value reference

    def elem(self):
        v = self.val()
        if v == "SIZE":
            self.next()
            return ("SIZE", self.constraint())
        if v == "FROM":
            self.next()
            return ("FROM", self.constraint())
        if v == "WITH":
            self.next()
            if self.accept("COMPONENTS"):
                self.skip_balanced("{", "}")
            else:
                self.expect("COMPONENT")
                self.constraint()
            return ("NPV",)
        if v == "CONSTRAINED":
            self.next()
            self.expect("BY")
            self.skip_balanced("{", "}")
            return ("NPV",)
        if v == "(":
            return self.constraint_inner()
        if self.peek()[0] == "str":
            s = self.next()[1:-1]
            if self.accept(".."):
                e = self.next()[1:-1]
                return ("CHARRANGE", s, e)
            return ("STR", s)
        if self.peek()[0] == "id" and v[0].isupper() and v not in ("MIN",
                                                                    "MAX"):
            self.type()         # type inclusion / table constraint
            return ("NPV",)
        lo = self.bound()
        if self.accept(".."):
            return ("RANGE", lo, self.bound())
        return ("RANGE", lo, lo)

    def constraint_inner(self):
        self.expect("(")
        c = self.eset()
        self.expect(")")
        return c

# ------------------------------------------------------------ resolution --


class Ctx:
    def __init__(self, mods):
        self.mods = mods        # tag -> (types, values, params, imports)
        self.bymodname = {}
        for tag, fname in MODULES:
            self.bymodname[MODNAMES[tag]] = tag

    def lookup(self, mod, name):
        types, values, params, imports = self.mods[mod]
        if name in types:
            return mod, types[name], params.get(name)
        if name in imports:
            m2 = self.bymodname[imports[name]]
            return self.lookup(m2, name)
        raise KeyError("%s: unknown type %s" % (mod, name))

    def value(self, mod, name):
        types, values, params, imports = self.mods[mod]
        if name in values:
            return values[name]
        if name in imports:
            return self.value(self.bymodname[imports[name]], name)
        raise KeyError("%s: unknown value %s" % (mod, name))


MODNAMES = {"H225": "H323-MESSAGES", "H245": "MULTIMEDIA-SYSTEM-CONTROL",
            "H235": "H235-SECURITY-MESSAGES"}


def eval_range(ctx, mod, c):
    """Return (lo, hi, ext) for a value/size constraint, None if none."""
    if c is None:
        return None
    k = c[0]
    if k == "EXT":
        r = eval_range(ctx, mod, c[1])
        return None if r is None else (r[0], r[1], True)
    if k == "RANGE":
        lo, hi = c[1], c[2]
        if isinstance(lo, str):
            lo = None if lo == "MIN" else ctx.value(mod, lo)
        if isinstance(hi, str):
            hi = None if hi == "MAX" else ctx.value(mod, hi)
        return (lo, hi, False)
    if k == "UNION":
        rs = [eval_range(ctx, mod, x) for x in c[1]]
        if any(r is None for r in rs):
            return None
        lo = None if any(r[0] is None for r in rs) else min(r[0] for r in rs)
        hi = None if any(r[1] is None for r in rs) else max(r[1] for r in rs)
        return (lo, hi, any(r[2] for r in rs))
    if k == "ISECT":
        rs = [r for r in (eval_range(ctx, mod, x) for x in c[1]) if r]
        if not rs:
            return None
        lo = max((r[0] for r in rs if r[0] is not None), default=None)
        hi = min((r[1] for r in rs if r[1] is not None), default=None)
        return (lo, hi, False)
    return None


def find_sub(c, kind):
    """Find the SIZE/FROM sub-constraint of a constraint AST."""
    if c is None:
        return None, False
    k = c[0]
    if k == kind:
        return c[1], False
    if k == "EXT":
        s, _ = find_sub(c[1], kind)
        return s, True
    if k in ("ISECT", "UNION"):
        for x in c[1]:
            s, e = find_sub(x, kind)
            if s is not None:
                return s, e
    return None, False


def alphabet(c):
    if c is None:
        return None
    k = c[0]
    if k == "STR":
        return set(c[1])
    if k == "CHARRANGE":
        return set(chr(x) for x in range(ord(c[1]), ord(c[2]) + 1))
    if k == "UNION":
        s = set()
        for x in c[1]:
            a = alphabet(x)
            if a is None:
                return None
            s |= a
        return s
    if k == "EXT":
        return None     # extensible PA constraints are not PER-visible
    return None


CHARSET_SIZE = {"IA5String": 128, "BMPString": 65536, "NumericString": 11,
                "PrintableString": 74, "VisibleString": 95,
                "GeneralizedTime": 95}


def aligned_bits(n):
    """Aligned-PER bits per character for an alphabet of n characters."""
    b = max(1, (n - 1).bit_length())
    for p in (1, 2, 4, 8, 16, 32):
        if b <= p:
            return p
    raise ValueError(n)


class Node:
    """A resolved type: one entry of the C type table."""

    def __init__(self, kind, label):
        self.kind = kind
        self.label = label      # "MOD:Type.member..." (for annotations)
        self.ext = False
        self.vext = False       # value/size constraint extensible
        self.lb = 0
        self.ub = None
        self.cbits = 0
        self.members = []       # (name, Node, optional, addition, act)
        self.elem = None
        self.nroot = 0
        self.index = None
        self.msgchoice = False


def substitute(t, env):
    if not env:
        return t
    if t.kind == "REF" and t.ref in env and not t.args:
        r = env[t.ref]
        n = Type(r.kind)
        n.__dict__.update(r.__dict__)
        n.cons = r.cons + t.cons
        return n
    n = Type(t.kind)
    n.__dict__.update(t.__dict__)
    n.members = [Member(m.name, substitute(m.type, env), m.optional,
                        m.addition) for m in t.members]
    if t.elem is not None:
        n.elem = substitute(t.elem, env)
    n.args = [substitute(a, env) for a in t.args]
    return n


class Builder:
    def __init__(self, ctx):
        self.ctx = ctx
        self.named = {}         # (mod, name) -> Node (unconstrained refs)
        self.nodes = []

    def new(self, kind, label):
        n = Node(kind, label)
        self.nodes.append(n)
        return n

    def build(self, mod, t, label, extra_cons=()):
        """Resolve parsed Type t (in module mod) into a Node."""
        cons = list(t.cons) + list(extra_cons)
        if t.kind == "REF":
            mod = getattr(t, "home", None) or mod
            rmod, rt, params = self.ctx.lookup(mod, t.ref)
            if params is not None:
                for a in t.args:
                    if a.kind == "REF" and not getattr(a, "home", None):
                        a.home = mod
                env = dict(zip(params, t.args))
                rt = substitute(rt, env)
                key = None
            else:
                key = (rmod, t.ref)
            if key and not cons and key in self.named:
                return self.named[key]
            if key and not cons:
                # Placeholder first, for recursive types.
                n = self.new("PENDING", "%s:%s" % key)
                self.named[key] = n
                real = self.build(rmod, rt, "%s:%s" % (rmod, t.ref))
                n.__dict__.update(real.__dict__)
                n.label = "%s:%s" % key
                self.nodes.remove(real)
                # Members built under real's label already; fine.
                return n
            return self.build(rmod, rt, "%s:%s" % (rmod, t.ref), cons)
        n = self.new(t.kind, label)
        if t.kind in ("SEQ", "CHOICE"):
            n.ext = t.ext
            n.msgchoice = label in MSGCHOICES
            for m in t.members:
                sub = self.build(mod, m.type, "%s.%s" % (label, m.name))
                act = ANNOTATE.get("%s.%s" % (label, m.name))
                n.members.append((m.name, sub, m.optional, m.addition, act))
            n.nroot = sum(1 for m in t.members if not m.addition)
        elif t.kind == "SEQOF":
            n.elem = self.build(mod, t.elem, label)
            self.size(n, mod, cons)
        elif t.kind == "INT":
            r = None
            for c in cons:
                r2 = eval_range(self.ctx, mod, c)
                if r2:
                    r = r2
            if r is None or r[0] is None:
                n.lb, n.ub = 0, None            # unconstrained
                n.vext = False
            else:
                n.vext = r[2]
                if r[1] is None:
                    n.lb, n.ub = 0, None        # semi-constrained
                elif r[0] >= 0:
                    n.lb, n.ub = r[0], r[1]     # the value is lb + offset
                else:
                    n.lb, n.ub = 0, r[1] - r[0]  # only the offset
        elif t.kind == "ENUM":
            n.ext = t.ext
            n.nroot = t.nroot
        elif t.kind in ("OCTETS", "BITS"):
            self.size(n, mod, cons)
        elif t.kind == "CHARS":
            self.size(n, mod, cons)
            pa = None
            for c in cons:
                s, _ = find_sub(c, "FROM")
                if s is not None:
                    a = alphabet(s)
                    if a is not None:
                        pa = a
            nchars = len(pa) if pa else CHARSET_SIZE[t.chars]
            n.cbits = aligned_bits(nchars)
            if t.chars == "GeneralizedTime":
                n.lb, n.ub = 0, None
        elif t.kind == "GENSTR":
            n.kind = "OCTETS"
            n.lb, n.ub = 0, None
        elif t.kind in ("BOOL", "NULL", "OID", "OPEN"):
            pass
        else:
            raise ValueError(t.kind)
        return n

    def size(self, n, mod, cons):
        n.lb, n.ub, n.vext = 0, None, False
        for c in cons:
            s, e = find_sub(c, "SIZE")
            if s is None:
                continue
            r = eval_range(self.ctx, mod, s)
            if r is None:
                continue
            n.lb = r[0] or 0
            n.ub = r[1]
            n.vext = e or r[2]

# ------------------------------------------------------------- analysis --


def children(n):
    if n.kind in ("SEQ", "CHOICE"):
        return [m[1] for m in n.members]
    if n.kind == "SEQOF":
        return [n.elem]
    return []


def analyse(roots):
    # interesting: reaches an annotated (ROLE_/AS_) member through any edge.
    interesting = set()
    allnodes = []
    seen = set()
    stack = list(roots)
    while stack:
        n = stack.pop()
        if id(n) in seen:
            continue
        seen.add(id(n))
        allnodes.append(n)
        stack.extend(children(n))
    changed = True
    while changed:
        changed = False
        for n in allnodes:
            if id(n) in interesting:
                continue
            hit = False
            if n.kind in ("SEQ", "CHOICE"):
                for (_, sub, _, _, act) in n.members:
                    if (act and act.startswith(INTERESTING)) or \
                            id(sub) in interesting:
                        hit = True
            elif n.kind == "SEQOF" and id(n.elem) in interesting:
                hit = True
            if hit:
                interesting.add(id(n))
                changed = True
    # nonterminal: reached through a SEQUENCE member or SEQUENCE OF element,
    # or as an alternative of a nonterminal CHOICE.
    nonterm = set()
    stack = []
    for n in allnodes:
        if n.kind == "SEQ":
            stack.extend(m[1] for m in n.members)
        elif n.kind == "SEQOF":
            stack.append(n.elem)
    while stack:
        n = stack.pop()
        if id(n) in nonterm:
            continue
        nonterm.add(id(n))
        stack.extend(children(n))
    return interesting, nonterm


def kept_members(n, interesting, nonterm):
    """Yield (name, sub or None, optional, addition, act, stop)."""
    for (name, sub, opt, add, act) in n.members:
        want = id(sub) in interesting or \
            (act is not None and act.startswith(INTERESTING))
        if add and not want:
            yield (name, None, opt, add, act, False)
        elif n.kind == "CHOICE" and id(n) not in nonterm and not want:
            yield (name, None, opt, add, act, True)
        else:
            yield (name, sub, opt, add, act, False)


def order(roots, interesting, nonterm):
    out = []
    seen = set()
    queue = list(roots)
    while queue:
        n = queue.pop(0)
        if id(n) in seen:
            continue
        seen.add(id(n))
        if n.kind == "PENDING":
            raise ValueError("unresolved " + n.label)
        n.index = len(out)
        out.append(n)
        if n.kind in ("SEQ", "CHOICE"):
            for m in kept_members(n, interesting, nonterm):
                if m[1] is not None:
                    queue.append(m[1])
        elif n.kind == "SEQOF":
            queue.append(n.elem)
    return out

def nesting(nodes, roots, interesting, nonterm):
    """Deepest run-time nesting level (root = 0) over the kept tables,
    following embedded H.245 (AS_*) into their roots.  Fails if the kept
    tables are recursive."""
    byname = {"AS_OLC": [n for n in nodes
                         if n.label == "H245:OpenLogicalChannel"][0],
              "AS_MSCM": [n for n in nodes if n.label ==
                          "H245:MultimediaSystemControlMessage"][0]}
    memo = {}

    def walk(n, asv, nest, stack):
        key = (id(n), asv, nest)
        if key in memo:
            return memo[key]
        if key in stack:
            raise ValueError("kept tables are recursive at " + n.label)
        stack.add(key)
        d = 0
        if n.kind in ("SEQ", "CHOICE"):
            for (name, sub, opt, add, act, stop) in kept_members(
                    n, interesting, nonterm):
                if sub is None:
                    continue
                a = act if act and act.startswith("AS_") else asv
                if act == "NEST":
                    if nest >= PARAM_NEST_MAX:
                        continue        # refused before it is entered
                    d = max(d, 1 + walk(sub, a, nest + 1, stack))
                else:
                    d = max(d, 1 + walk(sub, a, nest, stack))
        elif n.kind == "SEQOF":
            d = 1 + walk(n.elem, asv, nest, stack)
        elif n.kind == "OCTETS" and asv:
            d = 1 + walk(byname[asv], None, nest, stack)
        stack.discard(key)
        memo[key] = d
        return d

    return max(walk(r, None, 0, set()) for r in roots)


# ---------------------------------------------------------------- emit --


HDR = """\
/* SPDX-License-Identifier: GPL-2.0 */
/*
 * GENERATED FILE - DO NOT EDIT.
 * Produced by tools/h323gen/h323gen.py from the ASN.1 modules
 * H323-MESSAGES (H.225.0 v8), MULTIMEDIA-SYSTEM-CONTROL (H.245 v17) and
 * H235-SECURITY-MESSAGES; regenerate with `make h323-tables` (see
 * Documentation/h323.rst).
 */
"""


def cname(s):
    return re.sub(r"[^A-Za-z0-9]", "_", s).upper()


def snake(name):
    """openLogicalChannelAck -> OPEN_LOGICAL_CHANNEL_ACK"""
    return cname(re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name))


def msg_enum(msgids):
    """enum nfh_h323_msg_id: one constant per message name index (the
    values of nfh_h323_out.msg and nfh_h323_addr.msg), then the short
    aliases of SHORT_MSGS."""
    if len(set(msgids)) != len(msgids):
        raise ValueError("message constants collide")
    out = ["/*",
           " * Message name indices (nfh_h323_out.msg, nfh_h323_addr.msg,",
           " * nfh_h323_msg_name()): CS_ the h323-message-body of call",
           " * signalling, RAS_ RasMessage, H245_REQ_/RSP_/CMD_/IND_ the four",
           " * H.245 message CHOICEs; then short aliases.",
           " */",
           "enum nfh_h323_msg_id {",
           "\tNFH_H323_MSG_NONE = 0,"]
    for i, m in enumerate(msgids):
        out.append("\tNFH_H323_MSG_%s = %d," % (m, i + 1))
    for short, full in SHORT_MSGS:
        if full not in msgids:
            raise ValueError("short message alias of unknown " + full)
        out.append("\tNFH_H323_MSG_%s = NFH_H323_MSG_%s," % (short, full))
    out.append("};\n\n")
    return "\n".join(out)


def emit(outdir, nodes, roots, interesting, nonterm):
    maxnest = nesting(nodes, roots, interesting, nonterm)
    kinds = {"NULL": "NFH_PER_NULL", "BOOL": "NFH_PER_BOOL",
             "INT": "NFH_PER_INT", "ENUM": "NFH_PER_ENUM",
             "OCTETS": "NFH_PER_OCTETS", "BITS": "NFH_PER_BITS",
             "CHARS": "NFH_PER_CHARS", "OID": "NFH_PER_OID",
             "OPEN": "NFH_PER_OPEN", "SEQ": "NFH_PER_SEQ",
             "SEQOF": "NFH_PER_SEQOF", "CHOICE": "NFH_PER_CHOICE"}
    members = []
    msgnames = []
    msgids = []
    tlines = []
    for n in nodes:
        flags = []
        if n.ext:
            flags.append("NFH_PER_F_EXT")
        if n.vext:
            flags.append("NFH_PER_F_VEXT")
        ub = n.ub
        if n.kind in ("INT", "OCTETS", "BITS", "CHARS", "SEQOF") and \
                ub is not None:
            flags.append("NFH_PER_F_UB")
        if ub is not None and ub > 0xffffffff:
            raise ValueError("bound too large in " + n.label)
        first, nmemb, nopt, nroot = 0, 0, 0, n.nroot
        if n.kind in ("SEQ", "CHOICE"):
            first = len(members)
            ms = list(kept_members(n, interesting, nonterm))
            nmemb = len(ms)
            for (name, sub, opt, add, act, stop) in ms:
                mf = []
                if opt and not add:
                    mf.append("NFH_PER_M_OPT")
                    nopt += 1
                if stop:
                    mf.append("NFH_PER_M_STOP")
                msg = 0
                if n.msgchoice:
                    msgnames.append(name)
                    msgids.append(MSGPREFIX[n.label] + snake(name))
                    msg = len(msgnames)
                act_s = ("NFH_H323_ACT_" + act) if act else "0"
                members.append("\t{ %s, %s, %s, %d }, /* %s.%s */" % (
                    "NFH_H323_T_SKIP" if sub is None else sub.index,
                    " | ".join(mf) or "0", act_s, msg, n.label, name))
        elif n.kind == "SEQOF":
            first = n.elem.index
        if len(members) > 0xffff or first > 0xffff:
            raise ValueError("table too large")
        tlines.append("\t[%d] = { %s, %s, %d, %d, %d, %d, %d, %uU, %uU }, "
                      "/* %s */" % (
                          n.index, kinds[n.kind], " | ".join(flags) or "0",
                          n.cbits, nopt, nroot, nmemb, first, n.lb,
                          ub if ub is not None else 0, n.label))
    with open(os.path.join(outdir, "h323_tables.h"), "w") as f:
        f.write(HDR)
        f.write("#ifndef _NFH_H323_TABLES_H\n#define _NFH_H323_TABLES_H\n\n")
        for tag, mod, name in ROOTS:
            node = [n for n in nodes if n.label == "%s:%s" % (mod, name)][0]
            f.write("#define NFH_H323_T_%s %d\t/* %s:%s */\n" %
                    (tag, node.index, mod, name))
        f.write("\n#define NFH_H323_NTYPES %d\n" % len(nodes))
        f.write("#define NFH_H323_NMEMBERS %d\n" % len(members))
        f.write("#define NFH_H323_NMSGS %d\n" % (len(msgnames) + 1))
        f.write("/* a Content inside at most this many others (GenericData) */"
                "\n#define NFH_H323_PARAM_NEST_MAX %d\n" % PARAM_NEST_MAX)
        f.write("/*\n * deepest nesting the tables allow (recursion only "
                "through the\n * parameters of GenericData, bounded by the "
                "line above)\n */\n#define NFH_H323_MAX_NESTING %d\n\n" %
                maxnest)
        f.write(msg_enum(msgids))
        f.write("extern const struct nfh_per_type nfh_h323_types[%d];\n" %
                len(nodes))
        f.write("extern const struct nfh_per_member "
                "nfh_h323_members[%d];\n" % len(members))
        f.write("extern const char *const nfh_h323_msg_names[%d];\n\n" %
                (len(msgnames) + 1))
        f.write("#endif /* _NFH_H323_TABLES_H */\n")
    with open(os.path.join(outdir, "h323_tables.c"), "w") as f:
        f.write(HDR.replace("/* SPDX-License-Identifier: GPL-2.0 */",
                            "// SPDX-License-Identifier: GPL-2.0"))
        f.write('#include "nfh_env.h"\n#include "h323_per.h"\n'
                '#include "h323_tables.h"\n\n')
        f.write("/* kind, flags, cbits, nopt, nroot, nmemb, first, lb, ub */"
                "\nconst struct nfh_per_type nfh_h323_types[%d] = {\n" %
                len(nodes))
        f.write("\n".join(tlines))
        f.write("\n};\n\n/* type, flags, action, message */\n"
                "const struct nfh_per_member nfh_h323_members[%d] = {\n" %
                len(members))
        f.write("\n".join(members))
        f.write("\n};\n\nconst char *const nfh_h323_msg_names[%d] = {\n"
                '\t"unknown",\n' % (len(msgnames) + 1))
        for m in msgnames:
            f.write('\t"%s",\n' % m)
        f.write("};\n")


def add_annotations(mods):
    """The annotations that depend on the modules: requestSeqNum of every
    RAS message, the feature members of FEATURE_OWNERS."""
    types = mods["H225"][0]
    for m in types[SEQNUM_CHOICE[1]].members:
        if m.type.kind != "REF" or m.type.ref not in types:
            continue
        if any(x.name == "requestSeqNum" for x in types[m.type.ref].members):
            _ann("H225:" + m.type.ref, ["requestSeqNum"], "SEQNUM")
    for owner in FEATURE_OWNERS:
        names = [x.name for x in types[owner].members]
        _ann("H225:" + owner, [x for x in FEATURE_MEMBERS if x in names],
             "FEATURES")


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: h323gen.py ASN1_DIR OUT_DIR\n")
        return 2
    mods = {}
    for tag, fname in MODULES:
        with open(os.path.join(sys.argv[1], fname), encoding="latin-1") as f:
            mods[tag] = Parser(lex(f.read()), fname).module()
    add_annotations(mods)
    ctx = Ctx(mods)
    b = Builder(ctx)
    roots = []
    for tag, mod, name in ROOTS:
        t = Type("REF", ref=name)
        roots.append(b.build(mod, t, "%s:%s" % (mod, name)))
    interesting, nonterm = analyse(roots)
    nodes = order(roots, interesting, nonterm)
    used = set(ANNOTATE)
    found = set()
    for n in nodes:
        for m in n.members:
            found.add("%s.%s" % (n.label, m[0]))
    missing = sorted(used - found)
    if missing:
        sys.stderr.write("annotations not reached: %s\n" % missing)
        return 1
    emit(sys.argv[2], nodes, roots, interesting, nonterm)
    return 0


if __name__ == "__main__":
    sys.exit(main())
