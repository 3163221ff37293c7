#!/usr/bin/env python3
"""scripts/gen-sysregs.py — writes decode/sysregs.def: the system register
names LLVM 19 prints in MRS and MSR, found by disassembling all 32768
encodings of each with llvm-mc-19 and the oracle's features
(tests/oracle/llvmmc.py); with --sysops, decode/sysops.def: the SYS
operations it prints as DC, IC, AT, TLBI, CFP, DVP, CPP.  Run it again when
those features change:

    python3 scripts/gen-sysregs.py > decode/sysregs.def
    python3 scripts/gen-sysregs.py --sysops > decode/sysops.def
"""
import os
import re
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "oracle"))
from llvmmc import llvm_disasm  # noqa: E402

HEADER = """/* decode/sysregs.def — the system registers LLVM 19 names in MRS and MSR
 * (with the features of tests/oracle/llvmmc.py), found by disassembling
 * every MRS and MSR encoding with llvm-mc-19 (scripts/gen-sysregs.py).
 * SYSREG(encoding, "NAME", how): the encoding is op0<1>:op1:CRn:CRm:op2
 * (instruction bits 19:5); how: 1 read by MRS, 2 written by MSR, 3 both.
 * An encoding not listed prints as S<op0>_<op1>_C<n>_C<m>_<op2>.
 */"""


def generic(e):
    return f"S{2 + (e >> 14)}_{(e >> 11) & 7}_C{(e >> 7) & 15}_C{(e >> 3) & 15}_{e & 7}"


SYSOPS_HEADER = """/* decode/sysops.def — the SYS operations LLVM 19 prints by name (with the
 * features of tests/oracle/llvmmc.py), found by disassembling every SYS
 * encoding with llvm-mc-19 (scripts/gen-sysregs.py --sysops).
 * SYSOP(encoding, "mnemonic", "operation", takes a register): the encoding
 * is op1:CRn:CRm:op2 (instruction bits 18:5).  An operation that takes no
 * register prints without one whatever Rt is.
 */"""


def sysops():
    with tempfile.TemporaryDirectory() as tmp:
        txt = llvm_disasm("llvm-mc-19", [0xd5080000 | e << 5 for e in range(1 << 14)], tmp)
    print(SYSOPS_HEADER)
    for e in range(1 << 14):
        m = re.match(r"\s*(\w+)\s+(\w+)(, x0)?\s*$", txt[e] or "")
        if m and m.group(1) != "sys":
            print(f'SYSOP(0x{e:04x}, "{m.group(1)}", "{m.group(2)}", {1 if m.group(3) else 0})')


def main():
    if sys.argv[1:] == ["--sysops"]:
        sysops()
        return
    with tempfile.TemporaryDirectory() as tmp:
        rd = llvm_disasm("llvm-mc-19", [0xd5300000 | e << 5 for e in range(1 << 15)], tmp)
        wr = llvm_disasm("llvm-mc-19", [0xd5100000 | e << 5 for e in range(1 << 15)], tmp)
    print(HEADER)
    for e in range(1 << 15):
        r = re.match(r"\s*mrs\s+x0, (\S+)", rd[e] or "")
        w = re.match(r"\s*msr\s+(\S+), x0", wr[e] or "")
        r = r.group(1) if r and r.group(1) != generic(e) else None
        w = w.group(1) if w and w.group(1) != generic(e) else None
        if r and r == w:
            print(f'SYSREG(0x{e:04x}, "{r}", 3)')
            continue
        if r:
            print(f'SYSREG(0x{e:04x}, "{r}", 1)')
        if w:
            print(f'SYSREG(0x{e:04x}, "{w}", 2)')


if __name__ == "__main__":
    main()
