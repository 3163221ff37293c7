#!/usr/bin/env python3
"""tests/long/dense_sweep.py — a denser sweep than make test's: N random
encodings per pattern (its fixed bits, random elsewhere), written as a sweep
file for tests/oracle/llvm_sweep.py.
usage: dense_sweep.py OUT N decode/isa/*.decode"""
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "decode"))
from gen.check import check, read_features  # noqa: E402
from gen.source import Source, parse_file  # noqa: E402
from gen.template import read_kinds  # noqa: E402


def main():
    out, n, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    kinds = read_kinds(os.path.join(root, "decode", "kinds.def"))
    feats = read_features(os.path.join(root, "decode", "features.def"))
    src = Source()
    for f in files:
        parse_file(f, src)
    check(src, kinds, feats)
    rnd = random.Random(2024)
    with open(out, "w") as fh:
        fh.write("# dense sweep: pattern word\n")
        for p in src.patterns:
            for _ in range(n):
                w = (rnd.getrandbits(32) & ~p.fixmask) | p.fixval
                fh.write(f"{p.name} {w:08x}\n")


if __name__ == "__main__":
    main()
