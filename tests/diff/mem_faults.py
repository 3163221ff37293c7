#!/usr/bin/env python3
"""tests/diff/mem_faults.py - SVE loads and stores at the edge of mapped
memory, smesim against qemu-aarch64 11.1 (the family tables of
tests/diff/families/ only touch memory that is mapped).

Each case is a small program: an 8 KiB buffer (two 4 KiB pages, filled with
a pattern) ends the .bss, so the byte after it (END) is the first unmapped
one in both simulators; x19 = the buffer, x21 = END.  The snippet runs in
non-streaming mode, then Z0, Z1, P0 and FFR are written to standard output.
  ok    both exit 0 and print the same bytes (first-fault and non-fault
        loads that run into END, inactive elements past it, prefetches);
  segv  qemu dies of SIGSEGV; smesim stops with its guest-fault message
        naming the address of the first active element that faults (the
        messages differ: the exit behaviour and the address are compared);
  ill   qemu dies of SIGILL; smesim stops with "undefined instruction".
Each runs at VL 128, 512 and 2048 bits (--vl to choose).

usage: mem_faults.py [--qemu PATH] [--smesim PATH] [--vl LIST] [--work DIR]
Exit status 0 when every case behaves as expected, 1 otherwise, 2 when
the tools are missing.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import run  # noqa: E402

# (name, expect, fault address as 'END+k' / 'ABS:k' / None, snippet)
# ptrue p0 first unless the snippet sets p0 itself.
CASES = [
    # ---- first-fault and non-fault: never a fault past the first element
    ('ldff1b into END', 'ok', None,
     'sub x0, x21, #40\nptrue p0.b\nsetffr\nldff1b {z0.b}, p0/z, [x0]'),
    ('ldff1d [x0, x1, lsl #3] into END', 'ok', None,
     'mov x0, x21\nmov x1, #-3\nptrue p0.d\nsetffr\nldff1d {z0.d}, p0/z, [x0, x1, lsl #3]'),
    ('ldff1sh into END, halfwords to words', 'ok', None,
     'sub x0, x21, #6\nptrue p0.s\nsetffr\nldff1sh {z0.s}, p0/z, [x0]'),
    ('ldnf1w into END', 'ok', None,
     'sub x0, x21, #8\nptrue p0.s\nsetffr\nldnf1w {z0.s}, p0/z, [x0]'),
    ('ldnf1b first element unmapped: FFR all clear', 'ok', None,
     'mov x0, x21\nptrue p0.b\nsetffr\nldnf1b {z0.b}, p0/z, [x0]'),
    ('ldnf1d [x0, #-1, mul vl] from END', 'ok', None,
     'mov x0, x21\nptrue p0.d\nsetffr\nldnf1d {z0.d}, p0/z, [x0, #-1, mul vl]\n'
     'ldnf1d {z1.d}, p0/z, [x0]'),
    ('ldff1b with only inactive elements past END', 'ok', None,
     'sub x0, x21, #8\nptrue p0.b, vl8\nsetffr\nldff1b {z0.b}, p0/z, [x0]'),
    ('ldff1b with FFR partly clear on entry', 'ok', None,
     'sub x0, x21, #64\nptrue p1.b, vl7\nwrffr p1.b\nptrue p0.b\nldff1b {z0.b}, p0/z, [x0]'),
    ('ldff1b across the boundary of two mapped pages', 'ok', None,
     'add x0, x19, #4088\nptrue p0.b\nsetffr\nldff1b {z0.b}, p0/z, [x0]'),
    ('ldff1d gather, element 1 unmapped', 'ok', None,
     'adrp x1, addrs\nadd x1, x1, :lo12:addrs\nptrue p0.d\nld1d {z1.d}, p0/z, [x1]\nsetffr\n'
     'ldff1d {z0.d}, p0/z, [z1.d]'),
    ('ldff1w gather [x19, z1.s, uxtw], element 2 past END', 'ok', None,
     'adrp x1, offs32\nadd x1, x1, :lo12:offs32\nptrue p0.s\nld1w {z1.s}, p0/z, [x1]\nsetffr\n'
     'ldff1w {z0.s}, p0/z, [x19, z1.s, uxtw]'),
    ('ldff1d gather, element 1 across two mapped pages', 'ok', None,
     'adrp x1, offs64\nadd x1, x1, :lo12:offs64\nptrue p0.d\nld1d {z1.d}, p0/z, [x1]\nsetffr\n'
     'ldff1d {z0.d}, p0/z, [x19, z1.d]'),
    # ---- inactive elements never touch memory
    ('ld1b with only inactive elements past END', 'ok', None,
     'sub x0, x21, #8\nptrue p0.b, vl8\nld1b {z0.b}, p0/z, [x0]'),
    ('st1b with only inactive elements past END', 'ok', None,
     'sub x0, x21, #8\nptrue p0.b, vl8\nst1b {z0.b}, p0, [x0]\nld1b {z1.b}, p0/z, [x0]'),
    ('ld1d gather, no element active', 'ok', None,
     'mov z1.d, #8\nptrue p0.d, vl256\nld1d {z0.d}, p0/z, [z1.d]'),
    ('prefetches of unmapped memory', 'ok', None,
     'ptrue p0.b\nmov z1.d, #8\nprfb pldl1keep, p0, [x21]\nprfd pstl2strm, p0, [x21, #3, mul vl]\n'
     'prfw pldl3keep, p0, [z1.d, #4]\nprfh pldl1strm, p0, [x21, z1.d, lsl #1]'),
    # ---- faults: the first active element that runs into END
    ('ld1b into END', 'segv', 'END+0', 'sub x0, x21, #8\nptrue p0.b\nld1b {z0.b}, p0/z, [x0]'),
    ('ld1sw into END', 'segv', 'END+0', 'sub x0, x21, #4\nptrue p0.d\nld1sw {z0.d}, p0/z, [x0]'),
    ('st1w into END', 'segv', 'END+0', 'sub x0, x21, #4\nptrue p0.s\nst1w {z0.s}, p0, [x0]'),
    ('ld4w into END', 'segv', 'END+0', 'sub x0, x21, #32\nptrue p0.s\nld4w {z0.s - z3.s}, p0/z, [x0]'),
    ('st2d into END', 'segv', 'END+0', 'sub x0, x21, #16\nptrue p0.d\nst2d {z0.d, z1.d}, p0, [x0]'),
    ('ldff1b, first element unmapped', 'segv', 'END+0', 'mov x0, x21\nptrue p0.b\nldff1b {z0.b}, p0/z, [x0]'),
    ('ldff1b, first active element (element 2) unmapped', 'segv', 'END+0',
     'sub x0, x21, #2\nadrp x1, pelem2\nadd x1, x1, :lo12:pelem2\nldr p0, [x1]\nldff1b {z0.b}, p0/z, [x0]'),
    ('ld1rw at END', 'segv', 'END+0', 'mov x0, x21\nptrue p0.s\nld1rw {z0.s}, p0/z, [x0]'),
    ('ld1rqw at END - 8', 'segv', 'END+0', 'sub x0, x21, #8\nptrue p0.s\nld1rqw {z0.s}, p0/z, [x0]'),
    ('ldnt1d into END', 'segv', 'END+0', 'sub x0, x21, #8\nptrue p0.d\nldnt1d {z0.d}, p0/z, [x0]'),
    ('ld1d gather, element 1 unmapped', 'segv', 'ABS:8',
     'adrp x1, addrs\nadd x1, x1, :lo12:addrs\nptrue p0.d\nld1d {z1.d}, p0/z, [x1]\nld1d {z0.d}, p0/z, [z1.d]'),
    ('ldff1d gather, first element unmapped', 'segv', 'ABS:8',
     'mov z1.d, #8\nptrue p0.d\nldff1d {z0.d}, p0/z, [z1.d]'),
    ('st1d scatter, element 0 unmapped', 'segv', 'ABS:8',
     'mov z1.d, #8\nptrue p0.d\nst1d {z0.d}, p0, [z1.d]'),
    ('st1w scatter [x19, z1.s, uxtw], element 2 past END', 'segv', 'END+0',
     'adrp x1, offs32\nadd x1, x1, :lo12:offs32\nptrue p0.s\nld1w {z1.s}, p0/z, [x1]\n'
     'st1w {z0.s}, p0, [x19, z1.s, uxtw]'),
    ('ld1q at END', 'segv', 'END+0', 'mov z1.d, #0\nptrue p0.b\nld1q {z0.q}, p0/z, [z1.d, x21]'),
    # ---- LD1RO* needs VL >= 256 bits
    ('ld1row (UNDEFINED at VL 128)', 'ill<256', None,
     'mov x0, x19\nptrue p0.s\nld1row {z0.s}, p0/z, [x0]'),
]

DATA = '''
    .data
    .balign 16
addrs:  .quad buf + 8, 8, buf + 16, buf + 24, buf + 32, buf + 40, buf + 48, buf + 56
        .quad buf, buf, buf, buf, buf, buf, buf, buf
        .quad buf, buf, buf, buf, buf, buf, buf, buf
        .quad buf, buf, buf, buf, buf, buf, buf, buf
offs32: .word 0, 4, 8192, 12, 16, 20, 24, 28
        .fill 56, 4, 32
offs64: .quad 8, 4092, 16, 24
        .fill 28, 8, 32
pelem2: .byte 4
        .fill 31, 1, 0
    .balign 64
out:    .skip 4096
    .bss
    .balign 4096
buf:    .skip 8192
'''

PROLOGUE = '''    .text
    .global _start
_start:
    adrp x19, buf
    add x19, x19, :lo12:buf
    add x21, x19, #2, lsl #12
    mov x9, x19
    mov x10, #0
1:  strb w10, [x9]
    add x9, x9, #1
    add x10, x10, #1
    cmp x9, x21
    b.ne 1b
'''

EPILOGUE = '''
    adrp x20, out
    add x20, x20, :lo12:out
    mov x22, x20
    str z0, [x20]
    addvl x20, x20, #1
    str z1, [x20]
    addvl x20, x20, #1
    str p0, [x20]
    addpl x20, x20, #1
    rdffr p15.b
    str p15, [x20]
    addpl x20, x20, #1
    mov x0, #1
    mov x1, x22
    sub x2, x20, x22
    mov x8, #64
    svc #0
    mov x0, #0
    mov x8, #93
    svc #0
'''


def program(snippet):
    body = '\n'.join('    ' + l for l in snippet.split('\n'))
    return PROLOGUE + body + '\n' + EPILOGUE + DATA


def symbol(elf, name):
    out = subprocess.run(['llvm-nm-19', elf], stdout=subprocess.PIPE, text=True).stdout
    m = re.search(r'(?m)^([0-9a-f]+) \w %s$' % name, out)
    return int(m.group(1), 16)


def qemu_cpu(n):
    return 'max,sve=on,sve%d=on,sve-default-vector-length=%d,sme_fa64=off' % (n, n // 8)


def check(name, expect, where, elf, qemu, smesim, n):
    """None when the case behaves as expected at VL n, else what went wrong."""
    qrc, qout, qerr = run.sh([qemu, '-cpu', qemu_cpu(n), elf], timeout=120)
    src, sout, serr = smesim.run(elf, n, timeout=120)
    if expect.startswith('ill'):
        expect = 'ill' if n < int(expect[4:]) else 'ok'
    if expect == 'ok':
        if qrc != 0:
            return 'qemu: exit status %d (%s)' % (qrc, qerr.strip().split('\n')[-1])
        if src != 0:
            return 'smesim: exit status %d (%s)' % (src, serr.strip().split('\n')[0])
        if qout != sout:
            return 'outputs differ: qemu %s, smesim %s' % (qout.hex(), sout.hex())
        return None
    if expect == 'ill':
        if qrc != -4:
            return 'qemu: exit status %d, not SIGILL' % qrc
        if src == 0 or 'undefined instruction' not in serr:
            return 'smesim: exit status %d (%s), not an undefined instruction' % (src, serr.strip())
        return None
    if qrc != -11:
        return 'qemu: exit status %d, not SIGSEGV' % qrc
    if where.startswith('END'):
        addr = symbol(elf, 'buf') + 8192 + int(where[4:])
    else:
        addr = int(where[4:])
    if src == 0 or 'guest fault' not in serr or ('at 0x%x' % addr) not in serr:
        return 'smesim: exit status %d (%s), not a guest fault at 0x%x' % (src, serr.strip(), addr)
    return None


def main():
    ap = argparse.ArgumentParser(description='SVE loads and stores at the edge of mapped memory, against qemu.')
    ap.add_argument('--qemu')
    ap.add_argument('--smesim', default=os.path.join(run.ROOT, 'build', 'smesim'))
    ap.add_argument('--vl', default='128,512,2048')
    ap.add_argument('--work')
    a = ap.parse_args()
    qemu = run.find_qemu(a.qemu)
    work = a.work or tempfile.mkdtemp(prefix='mem_faults.')
    os.makedirs(work, exist_ok=True)
    smesim = run.Smesim(a.smesim, run.machine_yaml(work))
    vls = [int(v) for v in re.split(r'[ ,]+', a.vl.strip()) if v]
    bad = 0
    for i, (name, expect, where, snippet) in enumerate(CASES):
        src = os.path.join(work, 'case%02d.s' % i)
        with open(src, 'w') as f:
            f.write(program(snippet))
        ok, err = run.build_elf(src, src[:-2] + '.elf')
        if not ok:
            print('FAIL %s: clang-19/ld.lld-19: %s' % (name, err.strip().split('\n')[0]))
            bad += 1
            continue
        errs = ['VL %d: %s' % (n, e) for n in vls
                for e in [check(name, expect, where, src[:-2] + '.elf', qemu, smesim, n)] if e]
        print('%s %s (%s)' % ('FAIL' if errs else 'PASS', name, expect))
        for e in errs:
            print('    ' + e)
        bad += bool(errs)
    print('mem_faults: %d of %d cases as expected at VL %s' % (len(CASES) - bad, len(CASES),
                                                               ', '.join(map(str, vls))))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
