#!/usr/bin/env python3
"""tests/oracle/capstone_check.py — a second opinion on base A64, scalar FP
and Advanced SIMD text: Capstone 4 (libcapstone, through ctypes) against
`smesim disasm --tables-only` on random words of those encoding spaces.

Capstone's syntax is older than LLVM 19's (other alias choices, hex
immediates, lower-case system registers), so words are compared only where
the two syntaxes agree: the same mnemonic and the same number of operands.
There every operand must match after normalisation (blanks and case aside,
immediates compared by value).  That catches a field decoded from the wrong
bits, which both llvm tests would also see, from an independent decoder.
Words Capstone does not know, or spells another way, are counted.  (Capstone
4 prints an unnamed system register as s3_<op1>_... whatever op0 is, so
op0 is left out of that comparison.)

  capstone_check.py SMESIM [--count N] [--seed S] [--verbose]
"""

import argparse
import collections
import ctypes
import ctypes.util
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from llvmmc import smesim_disasm  # noqa: E402

CS_ARCH_ARM64 = 1
CS_MODE_LITTLE_ENDIAN = 0


class CsInsn(ctypes.Structure):
    _fields_ = [("id", ctypes.c_uint), ("address", ctypes.c_uint64), ("size", ctypes.c_uint16),
                ("bytes", ctypes.c_uint8 * 16), ("mnemonic", ctypes.c_char * 32),
                ("op_str", ctypes.c_char * 160), ("detail", ctypes.c_void_p)]


class Capstone:
    def __init__(self):
        name = ctypes.util.find_library("capstone") or "libcapstone.so.4"
        self.lib = ctypes.CDLL(name)
        self.lib.cs_open.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.POINTER(ctypes.c_size_t)]
        self.lib.cs_disasm.argtypes = [ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t,
                                       ctypes.c_uint64, ctypes.c_size_t,
                                       ctypes.POINTER(ctypes.POINTER(CsInsn))]
        self.lib.cs_disasm.restype = ctypes.c_size_t
        self.lib.cs_free.argtypes = [ctypes.POINTER(CsInsn), ctypes.c_size_t]
        self.lib.cs_version.restype = ctypes.c_uint
        self.handle = ctypes.c_size_t()
        if self.lib.cs_open(CS_ARCH_ARM64, CS_MODE_LITTLE_ENDIAN, ctypes.byref(self.handle)) != 0:
            raise RuntimeError("cs_open failed")

    def version(self):
        v = self.lib.cs_version(None, None)
        return f"{v >> 8}.{v & 0xff}"

    def text(self, w):
        insn = ctypes.POINTER(CsInsn)()
        n = self.lib.cs_disasm(self.handle, w.to_bytes(4, "little"), 4, 0, 1, ctypes.byref(insn))
        if n != 1:
            return None
        t = (insn[0].mnemonic.decode() + " " + insn[0].op_str.decode()).strip()
        self.lib.cs_free(insn, n)
        return t


GENERIC_SYSREG = re.compile(r"s\?_[0-7]_c[0-9]+_c[0-9]+_[0-7]")
IMM = re.compile(r"#(-?0x[0-9a-f]+|-?[0-9]+\.[0-9]+(?:e[+-]?[0-9]+)?|-?[0-9]+)")


def canon(text):
    """(mnemonic, [operands]): lower case, no blanks, immediates by value."""
    text = text.split("//")[0].strip().lower()
    mn, _, ops = text.partition(" ")

    def num(m):
        s = m.group(1)
        if "." in s:
            return "#" + repr(float(s))
        return "#" + str(int(s, 0) & 0xFFFFFFFFFFFFFFFF)
    ops = IMM.sub(num, re.sub(r"\s+", "", ops))
    ops = re.sub(r"\[0x([0-9a-f]+)\]", lambda m: f"[{int(m.group(1), 16)}]", ops)   # lane indexes
    # Capstone 4 prints every unnamed system register as s3_...: op0 is not compared
    ops = re.sub(r"\bs[0-3]_([0-7])_c", r"s?_\1_c", ops)
    return mn, [o for o in ops.split(",") if o]


def base_words(count, seed):
    """Random words outside the SVE (bits 28:25 = 0010) and SME (bit 31,
    bits 28:25 = 0000) spaces."""
    rnd = random.Random(f"capstone:{seed}")
    out = []
    while len(out) < count:
        w = rnd.getrandbits(32)
        op0 = (w >> 25) & 0xF
        if op0 == 0b0010 or (op0 == 0 and w >> 31):
            continue
        out.append(w)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("smesim")
    ap.add_argument("--count", type=int, default=200000)
    ap.add_argument("--seed", default="1")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()

    cs = Capstone()
    words = base_words(a.count, a.seed)
    ours = smesim_disasm(a.smesim, words)
    known = [(w, o) for w, o in zip(words, ours) if o != "<undefined>"]
    agree, cs_unknown, other_syntax, fails = 0, 0, collections.Counter(), []
    for w, o in known:
        c = cs.text(w)
        if c is None:
            cs_unknown += 1
            continue
        m1, ops1 = canon(o)
        m2, ops2 = canon(c)
        if m1 != m2 or len(ops1) != len(ops2):
            other_syntax[m1] += 1
            continue
        if ops1 == ops2:
            agree += 1
        elif any(x != y and GENERIC_SYSREG.fullmatch(y) for x, y in zip(ops1, ops2)):
            other_syntax[m1] += 1           # a system register Capstone has no name for
        else:
            fails.append(f"{w:08x}: smesim: {o}; capstone {cs.version()}: {c}")
    for line in fails[: len(fails) if a.verbose else 40]:
        print("FAIL " + line)
    if len(fails) > 40 and not a.verbose:
        print(f"FAIL ... and {len(fails) - 40} more")
    if a.verbose:
        for mn, n in other_syntax.most_common(30):
            print(f"  spelled otherwise by Capstone: {mn:12s} {n}")
    compared = agree + len(fails)
    print(f"capstone_check: {len(words)} base/FP/SIMD words (seed {a.seed}), smesim decodes {len(known)}; "
          f"Capstone {cs.version()} spells {compared} the same way, {agree} agree, {len(fails)} differ "
          f"({cs_unknown} unknown to Capstone, {sum(other_syntax.values())} in other syntax)")
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
