#!/usr/bin/env python3
"""tests/oracle/llvm_sweep.py — every pattern of the ISA table against
llvm-mc-19, the oracle for encodings and text.

For each pattern, the generator wrote encodings that sweep its fields
(build/gen/sweep.txt).  This test disassembles them with llvm-mc-19 and with
`smesim disasm --tables-only` and requires the same text (blanks and `//`
comments aside) and the same verdict on validity.  Then it assembles
llvm-mc's text with `smesim asm` and requires the words llvm-mc itself
assembles that text to.

usage: llvm_sweep.py SMESIM SWEEP_FILE [--llvm-mc PATH] [--verbose]
"""

import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from llvmmc import llvm_asm, llvm_disasm, norm  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("smesim")
    ap.add_argument("sweep")
    ap.add_argument("--llvm-mc", default="llvm-mc-19")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()

    pats, words = [], []
    with open(a.sweep) as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            p, w = line.split()
            pats.append(p)
            words.append(int(w, 16))

    with tempfile.TemporaryDirectory() as tmp:
        ref = llvm_disasm(a.llvm_mc, words, tmp)
        p = subprocess.run([a.smesim, "disasm", "--tables-only"],
                           input="".join(f"{w:08x}\n" for w in words),
                           capture_output=True, text=True)
        if p.returncode != 0:
            print(p.stderr, file=sys.stderr)
            sys.exit("smesim disasm failed")
        ours = [l.split("\t", 1)[1] for l in p.stdout.splitlines()]
        if len(ours) != len(words):
            sys.exit(f"smesim disasm printed {len(ours)} lines for {len(words)} words")

        fails = collections.defaultdict(list)
        nasm = 0
        for pat, w, r, o in zip(pats, words, ref, ours):
            if r is None:
                if o != "<undefined>":
                    fails[pat].append(f"{w:08x}: llvm-mc: invalid; smesim: {o}")
            elif norm(r) != norm(o):
                fails[pat].append(f"{w:08x}: llvm-mc: {norm(r)}; smesim: {o}")

        # the assembler: llvm-mc's text back to words
        valid = [(pat, w, norm(r)) for pat, w, r in zip(pats, words, ref) if r is not None]
        texts = [t for _, _, t in valid]
        expect = llvm_asm(a.llvm_mc, texts, tmp)
        src = os.path.join(tmp, "ours.s")
        with open(src, "w") as fh:
            for t in texts:
                fh.write(t + "\n")
        p = subprocess.run([a.smesim, "asm", src], capture_output=True, text=True)
        asm_words = [int(l.split()[0], 16) for l in p.stdout.splitlines() if l.strip()]
        if p.returncode != 0 or len(asm_words) != len(texts):
            # report the lines it rejected, then carry on with what it says
            msg = p.stderr.strip().splitlines()[:20]
            for m in msg:
                print("smesim asm: " + m)
            fails["<asm>"].append("smesim asm did not assemble every line")
        else:
            for (pat, w, t), e, o in zip(valid, expect, asm_words):
                want = e if e is not None else w
                if o != want:
                    fails[pat].append(f"asm '{t}': llvm-mc {want:08x}; smesim {o:08x}")
                nasm += 1

    npat = len(set(pats))
    nbad = sum(len(v) for v in fails.values())
    for pat in sorted(fails):
        items = fails[pat]
        print(f"FAIL {pat}: {len(items)} mismatch(es)")
        for it in items[: (len(items) if a.verbose else 4)]:
            print("    " + it)
    print(f"llvm_sweep: {npat} patterns, {len(words)} words, "
          f"{sum(r is not None for r in ref)} valid per llvm-mc-19: "
          + f"{nasm} assembled back; "
          + ("all agree (disassembly and assembly)" if not nbad else f"{nbad} mismatches"))
    sys.exit(1 if nbad else 0)


if __name__ == "__main__":
    main()
