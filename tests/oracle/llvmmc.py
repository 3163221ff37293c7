"""tests/oracle/llvmmc.py — llvm-mc-19 as the oracle for encodings and text:
disassembling words and assembling text with every SVE and SME feature LLVM
19 knows (../shared/ORACLES.md), and the normal form texts are compared in.
Shared by tests/oracle/llvm_sweep.py, llvm_random.py and llvm_objdump.py.
"""

import os
import re
import subprocess

FEATURES = ("+sve2p1,+sme2p1,+sme-f64f64,+sme-i16i64,+sme-f16f16,+sme-b16b16,"
            "+sme-fa64,+sme-lutv2,+sme-f8f16,+sme-f8f32,+fp8,+ssve-fp8fma,"
            "+ssve-fp8dot2,+ssve-fp8dot4,+fp8fma,+fp8dot2,+fp8dot4,+sve-b16b16,"
            "+bf16,+i8mm,+f64mm,+sve2-aes,+sve2-sm4,+sve2-sha3,+sve2-bitperm,"
            "+v9a")  # +v9a: the base A64, FP and Advanced SIMD features of Armv9.0


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


def smesim_disasm(smesim, words, tables_only=True):
    """smesim's text for each word (`<undefined>` when it knows none)."""
    args = [smesim, "disasm"] + (["--tables-only"] if tables_only else [])
    p = subprocess.run(args, input="".join(f"{w:08x}\n" for w in words),
                       capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError(f"smesim disasm failed: {p.stderr.strip()[:500]}")
    out = [line.split("\t", 1)[1] for line in p.stdout.splitlines()]
    if len(out) != len(words):
        raise RuntimeError(f"smesim disasm printed {len(out)} lines for {len(words)} words")
    return out
