#!/usr/bin/env python3
"""tests/oracle/llvm_random.py — random words in the SVE and SME encoding
spaces, classified by llvm-mc-19 (the oracle) and by `smesim disasm
--tables-only`.

A word fails when smesim prints text that differs from llvm-mc's (blanks and
`//` comments aside), or decodes a word llvm-mc calls invalid, unless the
word matches a known difference listed in docs/decode-differences.md (lines
`MASK VALUE reason` in its table).  Words llvm-mc knows and smesim does not
yet count against coverage: the share of llvm-mc's valid words smesim
prints, which must reach --min-coverage.

  llvm_random.py SMESIM [--count N] [--seed S] [--space sve|sme|all]
                 [--min-coverage PCT] [--report] [--only MNEMONIC]
                 [--mask M --value V] [--asm]

--report lists what smesim does not know yet, by llvm-mc mnemonic, with
example words; --mask/--value keep only words w with (w & M) == V, to aim
at one family; --asm also assembles llvm-mc's text with `smesim asm` and
requires llvm-mc's word.
"""

import argparse
import collections
import os
import random
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from llvmmc import llvm_asm, llvm_disasm, norm, smesim_disasm  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SPACES = {
    # name: (mask, value) of the bits that place a word in the space
    "sve": (0x1E000000, 0x04000000),    # op0 = 0010 (bits 28:25)
    "sme": (0x9E000000, 0x80000000),    # bit 31 = 1, op0 = 0000
}


def known_differences(path):
    """[(mask, value, reason)] from the table in docs/decode-differences.md."""
    out = []
    if not os.path.exists(path):
        return out
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"^\|\s*`?([0-9a-fA-F]{8})`?\s*\|\s*`?([0-9a-fA-F]{8})`?\s*\|(.*)\|", line)
            if m:
                out.append((int(m.group(1), 16), int(m.group(2), 16), m.group(3).strip()))
    return out


def random_words(space, count, seed, fmask, fval):
    mask, value = SPACES[space]
    rnd = random.Random(f"{space}:{seed}")
    out, tries = [], 0
    while len(out) < count and tries < count * 1000:
        tries += 1
        w = (rnd.getrandbits(32) & ~mask) | value
        w = (w & ~fmask) | (fval & fmask)
        out.append(w)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("smesim")
    ap.add_argument("--count", type=int, default=200000, help="words per space (default 200000)")
    ap.add_argument("--seed", default="1")
    ap.add_argument("--space", default="all", choices=["all"] + sorted(SPACES))
    ap.add_argument("--min-coverage", type=float, default=0.0,
                    help="percent of llvm-mc's valid words smesim must print (default 0)")
    ap.add_argument("--report", action="store_true", help="list what smesim does not know yet")
    ap.add_argument("--only", help="report only this llvm-mc mnemonic")
    ap.add_argument("--mask", type=lambda s: int(s, 16), default=0)
    ap.add_argument("--value", type=lambda s: int(s, 16), default=0)
    ap.add_argument("--asm", action="store_true", help="also assemble llvm-mc's text back")
    ap.add_argument("--llvm-mc", default="llvm-mc-19")
    ap.add_argument("--differences", default=os.path.join(ROOT, "docs", "decode-differences.md"))
    a = ap.parse_args()

    known = known_differences(a.differences)
    spaces = sorted(SPACES) if a.space == "all" else [a.space]
    failed = False
    for space in spaces:
        words = random_words(space, a.count, a.seed, a.mask, a.value)
        with tempfile.TemporaryDirectory() as tmp:
            ref = llvm_disasm(a.llvm_mc, words, tmp)
            ours = smesim_disasm(a.smesim, words)
            wrong, missing, excused = [], collections.defaultdict(list), 0
            nvalid = ncovered = 0
            for w, r, o in zip(words, ref, ours):
                diff = next((k for k in known if (w & k[0]) == k[1]), None)
                if r is not None:
                    nvalid += 1
                if r is None and o == "<undefined>":
                    continue
                if r is not None and o == "<undefined>":
                    if diff:
                        excused += 1
                        ncovered += 1
                    else:
                        missing[norm(r).split(" ")[0]].append((w, norm(r)))
                    continue
                if r is not None and norm(r) == norm(o):
                    ncovered += 1
                    continue
                if diff:
                    excused += 1
                    if r is not None:
                        ncovered += 1
                    continue
                wrong.append(f"{w:08x}: llvm-mc: {norm(r) if r else 'invalid'}; smesim: {o}")
            nasm_bad = 0
            if a.asm:
                pairs = [(w, norm(r)) for w, r, o in zip(words, ref, ours)
                         if r is not None and norm(r) == norm(o)]
                texts = [t for _, t in pairs]
                expect = llvm_asm(a.llvm_mc, texts, tmp)
                src = os.path.join(tmp, "t.s")
                with open(src, "w") as fh:
                    fh.write("".join(t + "\n" for t in texts))
                import subprocess
                p = subprocess.run([a.smesim, "asm", src], capture_output=True, text=True)
                got = [int(line.split()[0], 16) for line in p.stdout.splitlines() if line.strip()]
                if p.returncode != 0 or len(got) != len(texts):
                    wrong.append("smesim asm: " + " | ".join(p.stderr.strip().splitlines()[:10]))
                else:
                    # llvm-mc refuses some texts it prints (UNPREDICTABLE register
                    # choices): then the word is the reference, up to bits the
                    # hardware ignores, so smesim's word must print the same text
                    refused = [g for (w, t), e, g in zip(pairs, expect, got) if e is None and g != w]
                    back = dict(zip(refused, smesim_disasm(a.smesim, refused))) if refused else {}
                    for (w, t), e, g in zip(pairs, expect, got):
                        want = e if e is not None else w
                        if g != want and not (e is None and norm(back.get(g, "")) == t):
                            nasm_bad += 1
                            wrong.append(f"asm '{t}': llvm-mc {want:08x}; smesim {g:08x}")
        cover = 100.0 * ncovered / nvalid if nvalid else 100.0
        nmiss = sum(len(v) for v in missing.values())
        for line in wrong[:40]:
            print(f"FAIL {space} {line}")
        if len(wrong) > 40:
            print(f"FAIL {space} ... and {len(wrong) - 40} more")
        if a.report:
            for mn, items in sorted(missing.items(), key=lambda kv: -len(kv[1])):
                if a.only and mn != a.only:
                    continue
                ex = "; ".join(f"{w:08x} {t}" for w, t in items[:3])
                print(f"  missing {mn:12s} {len(items):6d}  e.g. {ex}")
        print(f"llvm_random {space}: {len(words)} words (seed {a.seed}), {nvalid} valid per llvm-mc-19; "
              f"smesim prints {ncovered} of them ({cover:.2f}%), {nmiss} not known yet "
              f"({len(missing)} mnemonics), {excused} known differences, {len(wrong)} wrong")
        if wrong or cover + 1e-9 < a.min_coverage:
            failed = True
            if cover + 1e-9 < a.min_coverage:
                print(f"FAIL {space}: coverage {cover:.2f}% is below the floor {a.min_coverage}%")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
