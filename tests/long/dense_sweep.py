#!/usr/bin/env python3
"""tests/long/dense_sweep.py — a denser sweep than make test's: N random
encodings per pattern (its fixed bits, random elsewhere), written as a sweep
file for tests/oracle/llvm_sweep.py.
usage: dense_sweep.py OUT N decode/*.decode"""
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "decode"))
import decodegen  # noqa: E402


def main():
    out, n, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    kinds = decodegen.read_kinds(os.path.join(root, "decode", "kinds.def"))
    src = decodegen.Source()
    for f in files:
        decodegen.parse_file(f, src, kinds)
    decodegen.check(src, kinds)
    rnd = random.Random(2024)
    with open(out, "w") as fh:
        fh.write("# dense sweep: pattern word\n")
        for p in src.patterns:
            for _ in range(n):
                w = (rnd.getrandbits(32) & ~p.fixmask) | p.fixval
                fh.write(f"{p.name} {w:08x}\n")


if __name__ == "__main__":
    main()
