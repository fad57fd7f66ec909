#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# gen.sh ASN1_DIR BUILD_DIR - regenerate the Erlang-encoded test set:
#   tests/h323/vectors/erlang.txt   (kind name address-count hex)
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
python3 - "$build/msgs.txt" tests/h323/vectors/erlang.txt <<'PY'
import struct, subprocess, sys, tempfile
out = []
for line in open(sys.argv[1]):
    kind, name, hexs = line.split()
    per = bytes.fromhex(hexs)
    if kind == "q931":
        uu = b"\x05" + per
        body = bytes([8, 2, 0, 1, 5]) + struct.pack("!BH", 0x7e, len(uu)) + uu
        data, raw = struct.pack("!BBH", 3, 0, 4 + len(body)) + body, "tpkt"
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
    out.append("%s %s %d %s\n" % (kind, name, len(res), hexs))
open(sys.argv[2], "w").write("".join(out))
PY
echo "gen.sh: $(wc -l < "$build/msgs.txt") messages; now run make h323-diff"
