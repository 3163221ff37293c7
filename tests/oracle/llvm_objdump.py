#!/usr/bin/env python3
"""tests/oracle/llvm_objdump.py — the words compilers really emit: compile a
corpus of C (the project's own decode/*.c and sim/*.c, and the programs in
tests/programs/c/) with clang-19 for AArch64 at -O0, -O2 and -O3, each with
and without -march=armv9-a+sme2, add the objects of glibc 2.36's static
libc.a and libm.a and its start files (Debian's libc6-dev-arm64-cross: the
start-up code, string functions and printf a static program runs), take
every word of every executable section, and require `smesim disasm
--tables-only` to print for each distinct word the text llvm-mc-19 prints
(blanks and `//` comments aside, as llvmmc.norm()).  A word llvm-mc calls
invalid (data in a text section) must be `<undefined>` to smesim too.

Words are compared through llvm-mc --disassemble rather than llvm-objdump:
the same oracle and features as the other llvm tests, and branch targets
print as offsets in both.  A word smesim does not know (`<undefined>`) fails
too, except, without --strict, words in the SVE and SME encoding spaces,
which are counted and listed (other families' files decode them).

  llvm_objdump.py SMESIM [--strict] [--verbose] [--jobs N] [--keep DIR]
"""

import argparse
import collections
import concurrent.futures
import glob
import os
import struct
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from llvmmc import llvm_disasm, norm, smesim_disasm  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SYSROOT_INC = "/usr/aarch64-linux-gnu/include"    # Debian's libc6-dev-arm64-cross
SYSROOT_LIB = "/usr/aarch64-linux-gnu/lib"
GLIBC = ["libc.a", "libm.a", "crt1.o", "crti.o", "crtn.o"]
CONFIGS = [(o, m) for o in ("-O0", "-O2", "-O3") for m in ("", "-march=armv9-a+sme2")]


def corpus():
    srcs = sorted(glob.glob(os.path.join(ROOT, "decode", "*.c")) +
                  glob.glob(os.path.join(ROOT, "sim", "*.c")) +
                  glob.glob(os.path.join(ROOT, "tests", "programs", "c", "*.c")))
    return srcs


def compile_one(clang, src, opt, march, out):
    cmd = [clang, "--target=aarch64-linux-gnu", "-c", opt, "-I", ROOT,
           "-I", os.path.join(ROOT, "build", "gen"), "-isystem", SYSROOT_INC, "-w", "-o", out, src]
    if march:
        cmd.insert(3, march)
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)}\n{p.stderr.strip()[:2000]}")
    return out


def ar_members(path):
    """(name, bytes) of the ELF members of an ar archive."""
    with open(path, "rb") as fh:
        data = fh.read()
    if data[:8] != b"!<arch>\n":
        raise RuntimeError(f"{path}: not an ar archive")
    out, pos = [], 8
    while pos + 60 <= len(data):
        hdr = data[pos:pos + 60]
        size = int(hdr[48:58])
        body = data[pos + 60:pos + 60 + size]
        if body[:4] == b"\x7fELF":
            out.append((hdr[:16].decode(errors="replace").strip().rstrip("/"), body))
        pos += 60 + size + (size & 1)
    return out


def text_words(path, data=None):
    """The 32-bit little-endian words of every executable section of an
    ELF64 relocatable object."""
    if data is None:
        with open(path, "rb") as fh:
            data = fh.read()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise RuntimeError(f"{path}: not a little-endian ELF64 object")
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3a)
    words = []
    for i in range(shnum):
        sh = struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize)
        sh_type, sh_flags, sh_offset, sh_size = sh[1], sh[2], sh[4], sh[5]
        if sh_type == 1 and sh_flags & 0x4:          # PROGBITS, SHF_EXECINSTR
            blob = data[sh_offset:sh_offset + sh_size]
            words += [w for (w,) in struct.iter_unpack("<I", blob[:len(blob) // 4 * 4])]
    return words


def space(w):
    if (w >> 25) & 0xF == 0b0010:
        return "sve"
    if w >> 31 and (w >> 25) & 0xF == 0:
        return "sme"
    return "base"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("smesim")
    ap.add_argument("--strict", action="store_true",
                    help="SVE/SME words smesim does not know fail too")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--keep", help="write the objects here instead of a temporary directory")
    ap.add_argument("--clang", default="clang-19")
    ap.add_argument("--llvm-mc", default="llvm-mc-19")
    a = ap.parse_args()

    if not os.path.isdir(SYSROOT_INC):
        sys.exit(f"llvm_objdump: {SYSROOT_INC} is missing (Debian package libc6-dev-arm64-cross; "
                 "scripts/install-deps test installs it)")
    srcs = corpus()
    with tempfile.TemporaryDirectory() as tmp:
        outdir = a.keep or tmp
        os.makedirs(outdir, exist_ok=True)
        jobs = []
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.jobs)) as ex:
            for src in srcs:
                for opt, march in CONFIGS:
                    tag = opt[1:] + ("_v9" if march else "")
                    out = os.path.join(outdir, f"{os.path.basename(src)}.{tag}.o")
                    jobs.append((src, opt, march, ex.submit(compile_one, a.clang, src, opt, march, out)))
            objs = [(src, opt, march, j.result()) for src, opt, march, j in jobs]

        count = collections.Counter()
        where = {}
        for src, opt, march, obj in objs:
            for w in text_words(obj):
                count[w] += 1
                where.setdefault(w, f"{os.path.relpath(src, ROOT)} {opt} {march}".strip())
        nglibc = 0
        for lib in GLIBC:
            path = os.path.join(SYSROOT_LIB, lib)
            members = ar_members(path) if lib.endswith(".a") else [(lib, None)]
            for name, body in members:
                nglibc += 1
                for w in text_words(path, body):
                    count[w] += 1
                    where.setdefault(w, f"glibc {lib}({name})" if body else f"glibc {lib}")
        words = sorted(count)
        ref = llvm_disasm(a.llvm_mc, words, tmp)
        ours = smesim_disasm(a.smesim, words)

    wrong, unknown, pending = [], collections.defaultdict(list), collections.defaultdict(list)
    agree = 0
    for w, r, o in zip(words, ref, ours):
        if r is None:
            if o == "<undefined>":
                agree += 1
            else:
                wrong.append(f"{w:08x}: llvm-mc: invalid; smesim: {o}  ({where[w]})")
        elif o == "<undefined>":
            mn = norm(r).split(" ")[0]
            if space(w) != "base" and not a.strict:
                pending[mn].append(w)
            else:
                unknown[mn].append(w)
        elif norm(r) == norm(o):
            agree += 1
        else:
            wrong.append(f"{w:08x}: llvm-mc: {norm(r)}; smesim: {o}  ({where[w]})")

    for line in wrong[: len(wrong) if a.verbose else 40]:
        print("FAIL " + line)
    if len(wrong) > 40 and not a.verbose:
        print(f"FAIL ... and {len(wrong) - 40} more")
    for mn, ws in sorted(unknown.items(), key=lambda kv: -len(kv[1])):
        ex = "; ".join(f"{w:08x} ({where[w]})" for w in ws[:3])
        print(f"FAIL not known: {mn:12s} {len(ws):5d} word(s), e.g. {ex}")
    if pending and a.verbose:
        for mn, ws in sorted(pending.items(), key=lambda kv: -len(kv[1])):
            print(f"  SVE/SME, not known yet: {mn:12s} {len(ws):5d}  e.g. {ws[0]:08x}")
    nunknown = sum(len(v) for v in unknown.values())
    npending = sum(len(v) for v in pending.values())
    print(f"llvm_objdump: {len(objs)} objects ({len(srcs)} sources x {len(CONFIGS)} configurations) "
          f"and {nglibc} of glibc, "
          f"{sum(count.values())} words, {len(words)} distinct: {agree} agree with llvm-mc-19, "
          f"{len(wrong)} wrong, {nunknown} not known"
          + (f", {npending} SVE/SME words left to those families" if npending else ""))
    sys.exit(1 if wrong or nunknown else 0)


if __name__ == "__main__":
    main()
