#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""mutate.py COUNT SEED OUT.pcap - informational differential input.

Writes COUNT frames, each an Erlang vector (tests/h323/vectors/erlang.txt,
call signalling and RAS) with one to three random bits flipped, every call
signalling message on its own TCP connection so that a broken one cannot
desynchronise the next.  Feed it to tests/h323/h323_diff.py: most frames
agree; the rest are the documented cases where the decoder is stricter than
Wireshark (see Documentation/h323.rst, "Mutated input")."""
import os
import random
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mkpcap as M      # noqa: E402


def main():
    count, seed, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    rnd = random.Random(seed)
    here = os.path.dirname(os.path.abspath(__file__))
    msgs = [line.split() for line in
            open(os.path.join(here, "..", "vectors", "erlang.txt"))
            if not line.startswith("h245")]
    frames = []
    port = 20000
    for _ in range(count):
        kind, name, hexs = (lambda f: (f[0], f[1], f[-1]))(rnd.choice(msgs))
        per = bytearray(bytes.fromhex(hexs))
        for _ in range(rnd.choice([1, 1, 2, 3])):
            b = rnd.randrange(len(per) * 8)
            per[b // 8] ^= 0x80 >> (b % 8)
        per = bytes(per)
        if kind == "q931":
            port += 1
            seg = M.l4(6, M.V4["a"], M.V4["b"], port, 1720,
                       M.q931(name, per, 1), 1000, 0, 0x18)
            frames.append(M.frame(6, M.V4["a"], M.V4["b"], seg))
        else:
            seg = M.l4(17, M.V4["a"], M.V4["gk"], 1719, 1719, per)
            frames.append(M.frame(17, M.V4["a"], M.V4["gk"], seg))
    with open(out, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
        for n, d in enumerate(frames):
            f.write(struct.pack("<IIII", 1700000000 + n, 0, len(d), len(d)))
            f.write(d)


if __name__ == "__main__":
    main()
