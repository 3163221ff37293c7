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

FEATURES = ("+sve2p1,+sme2p1,+sme-f64f64,+sme-i16i64,+sme-f16f16,+sme-b16b16,"
            "+sme-fa64,+sme-lutv2,+sme-f8f16,+sme-f8f32,+fp8,+ssve-fp8fma,"
            "+ssve-fp8dot2,+ssve-fp8dot4,+fp8fma,+fp8dot2,+fp8dot4,+sve-b16b16,"
            "+bf16,+i8mm,+f64mm,+sve2-aes,+sve2-sm4,+sve2-sha3,+sve2-bitperm")


def norm(text):
    text = text.split("//")[0]
    text = re.sub(r"\s+", " ", text).strip()
    # blanks inside braces and after commas vary only by spacing
    return text


def llvm_disasm(llvm_mc, words, tmp):
    path = os.path.join(tmp, "words.txt")
    with open(path, "w") as fh:
        for w in words:
            fh.write(" ".join(f"0x{(w >> s) & 0xff:02x}" for s in (0, 8, 16, 24)) + "\n")
    p = subprocess.run([llvm_mc, "--disassemble", "-triple=aarch64", f"-mattr={FEATURES}", path],
                       capture_output=True, text=True)
    invalid = set()
    for line in p.stderr.splitlines():
        m = re.match(r".*words\.txt:(\d+):\d+: warning: invalid instruction encoding", line)
        if m:
            invalid.add(int(m.group(1)) - 1)
    out = [l for l in p.stdout.splitlines() if l.strip() and l.strip() != ".text"]
    texts = []
    it = iter(out)
    for i in range(len(words)):
        texts.append(None if i in invalid else next(it, "<missing>"))
    return texts


def llvm_asm(llvm_mc, texts, tmp):
    """Assemble each text with llvm-mc; returns the word or None, per text."""
    path = os.path.join(tmp, "asm.s")
    with open(path, "w") as fh:
        for t in texts:
            fh.write(t + "\n")
    p = subprocess.run([llvm_mc, "-triple=aarch64", f"-mattr={FEATURES}", "-show-encoding", path],
                       capture_output=True, text=True)
    bad = set()
    for line in p.stderr.splitlines():
        m = re.match(r".*asm\.s:(\d+):\d+: error", line)
        if m:
            bad.add(int(m.group(1)) - 1)
    encs = []
    for line in p.stdout.splitlines():
        m = re.search(r"encoding: \[(0x[0-9a-f]{2}),(0x[0-9a-f]{2}),(0x[0-9a-f]{2}),(0x[0-9a-f]{2})\]", line)
        if m:
            b = [int(x, 16) for x in m.groups()]
            encs.append(b[0] | b[1] << 8 | b[2] << 16 | b[3] << 24)
        elif "encoding:" in line:
            encs.append(None)  # needs a fixup: not comparable here
    out, it = [], iter(encs)
    for i in range(len(texts)):
        out.append(None if i in bad else next(it, None))
    return out


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
