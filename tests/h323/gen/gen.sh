#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# gen.sh ASN1_DIR BUILD_DIR - regenerate the Erlang-encoded test set:
#   tests/h323/vectors/erlang.txt   (kind name address-count expect hex)
#   tests/h323/vectors/malformed.txt (kind name result expect hex): the
#                                   historical malformed shapes, made from
#                                   the Erlang output (or literal)
#   tests/h323/generated/h323_gen.pcap (+ .txt manifest)
# Needs erlc (Debian erlang-asn1), tshark and tools/h323dump/h323dump.
# tshark must dissect every generated message without any expert warning or
# error; the address counts come from h323dump and are checked against
# tshark by `make h323-diff`, which must pass afterwards.
set -eu
asn1=$1 build=$2
erl=$build/erl
mkdir -p "$erl"
for m in H235-SECURITY-MESSAGES MULTIMEDIA-SYSTEM-CONTROL H323-MESSAGES; do
	if [ ! -f "$erl/$m.beam" ] || [ "$asn1/$m.asn" -nt "$erl/$m.beam" ]; then
		cp "$asn1/$m.asn" "$erl/"
		(cd "$erl" && erlc -bper +maps "$m.asn")
	fi
done
erlc -o "$erl" tests/h323/gen/h323_testgen.erl
(cd "$erl" && erl -noshell -pa . -s h323_testgen main) > "$build/msgs.txt"
mkdir -p tests/h323/generated
python3 tests/h323/gen/mkpcap.py "$build/msgs.txt" \
	tests/h323/generated/h323_gen.pcap
if tshark -r tests/h323/generated/h323_gen.pcap -q -z expert,warn \
	2>/dev/null | grep -q .; then
	echo "gen.sh: tshark reports expert warnings/errors:" >&2
	tshark -r tests/h323/generated/h323_gen.pcap -q -z expert,warn >&2
	exit 1
fi
python3 - "$build/msgs.txt" tests/h323/vectors/erlang.txt \
	tests/h323/vectors/malformed.txt <<'PY'
import struct, subprocess, sys, tempfile


def q931(uu, mtype=5):
    body = bytes([8, 2, 0, 1, mtype]) + struct.pack("!BH", 0x7e, len(uu)) + uu
    return struct.pack("!BBH", 3, 0, 4 + len(body)) + body


def bits_to_bytes(bits):
    bits += "0" * (-len(bits) % 8)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))


out = []
msgs = {}
for line in open(sys.argv[1]):
    kind, name, expect, hexs = line.split()
    per = bytes.fromhex(hexs)
    msgs[name] = per
    if name.startswith("bad_"):
        continue        # valid ASN.1 the decoder refuses: malformed.txt
    if kind == "q931":
        data, raw = q931(b"\x05" + per), "tpkt"
    else:
        data, raw = per, kind
    with tempfile.NamedTemporaryFile() as f:
        f.write(data)
        f.flush()
        res = subprocess.run(["tools/h323dump/h323dump", "--raw", raw, f.name],
                             stdout=subprocess.PIPE, universal_newlines=True,
                             check=True).stdout.splitlines()
    if any("REJECT" in r for r in res):
        sys.exit("gen.sh: h323dump rejects %s: %s" % (name, res))
    out.append("%s %s %d %s %s\n" % (kind, name, len(res), expect, hexs))
open(sys.argv[2], "w").write("".join(out))

# The malformed shapes of issue 10 (kind name result expect hex); result is
# the decoder's result name, expect as in erlang.txt (- for nothing).
bad = []
rrq = msgs["rrq_ttl_marker"]
ttl = rrq.index(bytes.fromhex("12345678"))
bad.append(("ras", "rrq_cut_inside_ttl", "truncated", "-", rrq[:ttl + 2]))
bad.append(("ras", "rrq_cut_before_ttl", "truncated", "-", rrq[:ttl - 1]))
bad.append(("ras", "rrq_ttl_uncut", "ok", "seq=12;ttl=305419897", rrq))
# Setup whose UUIE PER is 08 00: an extension alternative of
# h323-message-body whose open-type length would be the octet after the end
bad.append(("tpkt", "setup_uuie_per_0800", "truncated", "-",
            q931(bytes.fromhex("050800"))))
bad.append(("tpkt", "setup_uuie_len0", "uuie", "-", q931(b"")))
bad.append(("tpkt", "setup_uuie_len1", "uuie", "-", q931(b"\x05")))
# RasMessage root index 31 of 25 alternatives
grq = bytearray(msgs["grq_v6"])
grq[0] = (grq[0] & 0x81) | (31 << 2)
bad.append(("ras", "grq_choice_index_31", "range", "-", bytes(grq)))
# UCF whose extension bitmap has 40 bits (the in-tree helper kept 32), the
# last one set: an unknown addition skipped as an open type
ucf = msgs["ucf"]
assert ucf[0] & 0x02 == 0 and len(ucf) == 3
ext = bits_to_bytes("0" + format(40 - 1, "06b") + "0" * 39 + "1")
bad.append(("ras", "ucf_ext_bitmap_40", "ok", "msg=unregistrationConfirm;seq=6",
            bytes([ucf[0] | 0x02]) + ucf[1:] + ext + b"\x02\xab\xcd"))
bad.append(("ras", "ucf_ext_bitmap_40_cut", "truncated", "-",
            bytes([ucf[0] | 0x02]) + ucf[1:] + ext + b"\x02\xab"))
ext = bits_to_bytes("0" + format(64 - 1, "06b") + "1" * 64)
bad.append(("ras", "ucf_ext_bitmap_64_cut", "truncated", "-",
            bytes([ucf[0] | 0x02]) + ucf[1:] + ext))
bad.append(("ras", "ucf_ext_bitmap_big_form", "too_many_extensions", "-",
            bytes([ucf[0] | 0x02]) + ucf[1:] + b"\x80\x41\x00"))
# valid but past a cap of the decoder: a GenericData parameter's Content
# inside more than NFH_H323_PARAM_NEST_MAX (2) others
for name in ("rrq_generic_nested_8", "rrq_generic_nested_3",
             "rrq_compound_3"):
    bad.append(("ras", name, "too_deep", "-", msgs["bad_" + name]))
with open(sys.argv[3], "w") as f:
    for kind, name, res, expect, data in bad:
        f.write("%s %s %s %s %s\n" % (kind, name, res, expect, data.hex()))
PY
echo "gen.sh: $(wc -l < "$build/msgs.txt") messages; now run make h323-diff"
