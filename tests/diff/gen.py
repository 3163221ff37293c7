#!/usr/bin/env python3
"""tests/diff/gen.py - writes a differential test program for one family.

A family is a table in tests/diff/families/<family>.py (docs/diff-tests.md
says how to write one).  From it and a seed this writes an AArch64 assembly
program (LLVM 19's syntax, which clang-19 and smesim's assembler both take)
and a manifest (JSON) saying what each test case is and how its output is
laid out.  For each case the program

  1. writes a header: the marker word 0xD1FFCA5E in the high half and the
     case number in the low half (8 bytes);
  2. enters the family's mode (smstart sm / smstart / smstart za), clears
     FPSR, and loads the state the case uses: memory (copied from a random
     pool), ZA (LDR ZA rows), Z registers (LDR Z from typed pools biased to
     edge values), P registers (LDR P, from the start or, for patterns such
     as "last element only", from the end of a 32-byte block), FFR (WRFFR
     or SETFFR, non-streaming only), FPCR and NZCV (MSR), X registers (MOV);
  3. runs the instruction(s) under test;
  4. dumps X0-X15, NZCV, FPSR (then clears it), Z0-Z31, P0-P15, FFR (when
     PSTATE.SM is 0), ZA (when PSTATE.ZA is 1; and ZT0 for families that ask)
     and the memory area (when the family uses memory), then leaves streaming mode and writes the buffer
     to standard output with the write system call.
The program ends with an end marker (case number 0xffffffff) and exit(0).

usage: gen.py FAMILY --seed N [--cases N] [--out PREFIX] [--skip T,...]
           [--no-sysreg]
  FAMILY      a name in tests/diff/families/ (or a path to a table file)
  --out       writes PREFIX.s and PREFIX.json (default: standard output, .s only)
  --skip      template numbers left out of the rotation (run.py uses it to
              go on past an instruction smesim refuses)
  --no-sysreg without MRS/MSR: NZCV is set by a compare and dumped through
              conditional branches, FPCR stays 0 and FPSR is not dumped
              (for a smesim without MRS/MSR of NZCV, FPCR, FPSR)
Standard library only.
"""
import argparse
import importlib.util
import json
import os
import random
import re
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILY_DIR = os.path.join(HERE, 'families')

MARK = 0xD1FFCA5E           # high half of a case header
END_CASE = 0xFFFFFFFF       # the case number of the end marker
POOL_BYTES = 24576          # each typed value pool (ZA windows need 72 * 256 + 256)
ZA_STRIDE = 72              # bytes between the pool windows of two ZA rows
PBLOCK = 32                 # bytes of one predicate value (PL at 2048 bits)
XREGS = 16                  # x0..x15 are operands and are dumped
MODES = ('base', 'sve', 'ssve', 'sme', 'za')
# PSTATE after entering each mode: (SM, ZA)
MODE_STATE = {'base': (0, 0), 'sve': (0, 0), 'ssve': (1, 0), 'sme': (1, 1), 'za': (0, 1)}
ESZ = {'b': 0, 'h': 1, 's': 2, 'd': 3, 'q': 4}

# FPCR fields a case may set (qemu-aarch64 11.1 keeps these bits)
FPCR_BITS = {'FIZ': 1 << 0, 'AH': 1 << 1, 'NEP': 1 << 2, 'EBF': 1 << 13, 'FZ16': 1 << 19,
             'RMode': 3 << 22, 'FZ': 1 << 24, 'DN': 1 << 25, 'AHP': 1 << 26}
FP_FPCR = ('DN', 'FZ', 'RMode', 'FZ16', 'AH', 'FIZ')


# ---------------------------------------------------------------- values

FP_FORMATS = {'fp16': (5, 10), 'bf16': (8, 7), 'fp32': (8, 23), 'fp64': (11, 52), 'fp8': (4, 3)}
INT_BITS = {'int8': 8, 'int16': 16, 'int32': 32, 'int64': 64}
KIND_BYTES = {'fp16': 2, 'bf16': 2, 'fp32': 4, 'fp64': 8, 'int8': 1, 'int16': 2,
              'int32': 4, 'int64': 8, 'raw': 1}


def fp_value(rng, e, m):
    """A floating-point bit pattern biased to edge values: zeros,
    infinities, quiet and signalling NaNs with payloads, subnormals, the
    largest and smallest normals, and ordinary numbers near 1."""
    emax = (1 << e) - 1
    bias = emax >> 1
    sign = rng.getrandbits(1) << (e + m)
    r = rng.random()
    quiet = 1 << (m - 1)
    if r < 0.05:
        v = 0
    elif r < 0.09:
        v = emax << m                                        # infinity
    elif r < 0.12:
        v = emax << m | quiet                                # default NaN
    elif r < 0.16:
        v = emax << m | quiet | rng.getrandbits(m - 1)       # quiet NaN, payload
    elif r < 0.20:
        v = emax << m | (rng.getrandbits(m - 1) or 1)        # signalling NaN
    elif r < 0.27:
        v = rng.choice([1, (1 << m) - 1, rng.getrandbits(m) or 1])   # subnormal
    elif r < 0.32:
        v = rng.choice([1 << m, (emax - 1) << m | ((1 << m) - 1), bias << m,
                        (emax - 1) << m, 2 << m])            # min/max normal, 1.0, ...
    elif r < 0.38:
        v = rng.getrandbits(e + m)                           # any bits
    else:
        # ordinary numbers: exponent near 1.0, mantissa with few or many bits
        spread = min(bias - 1, 12)
        exp = bias + rng.randint(-spread, spread)
        if rng.random() < 0.5:
            mant = rng.getrandbits(min(m, 4)) << (m - min(m, 4))
        else:
            mant = rng.getrandbits(m)
        v = exp << m | mant
    return sign | v


def int_value(rng, bits):
    """An integer of `bits` bits biased to 0, 1, -1, INT_MIN, INT_MAX,
    their neighbours, small numbers and powers of two."""
    mask = (1 << bits) - 1
    r = rng.random()
    if r < 0.35:
        v = rng.choice([0, 1, -1, 1 << (bits - 1), (1 << (bits - 1)) - 1, (1 << (bits - 1)) + 1,
                        (1 << (bits - 1)) - 2, 2, -2])
    elif r < 0.55:
        v = rng.randint(-16, 16)
    elif r < 0.65:
        v = 1 << rng.randrange(bits)
    else:
        v = rng.getrandbits(bits)
    return v & mask


_POOLS = {}


def pool_bytes(key, kind, n=POOL_BYTES):
    """n bytes of values of one kind (fp16 ... fp64, bf16, int8 ... int64,
    raw), from a generator seeded by key and kind (kept: run.py makes the
    same program several times)."""
    if (key, kind, n) in _POOLS:
        return _POOLS[key, kind, n]
    rng = random.Random('%s/pool/%s' % (key, kind))
    m = re.fullmatch(r'u(8|16|32|64)_(\d+)_(\d+)', kind)
    if m:                       # offsets and indices: u32_0_255 is 32-bit elements, 0..255
        size, lo, hi = int(m.group(1)) // 8, int(m.group(2)), int(m.group(3))
        out = b''.join(rng.randint(lo, hi).to_bytes(size, 'little') for _ in range(n // size))
        _POOLS[key, kind, n] = out
        return out
    if kind == 'raw':
        _POOLS[key, kind, n] = rng.randbytes(n)
        return _POOLS[key, kind, n]
    size = KIND_BYTES[kind]
    out = bytearray()
    while len(out) < n:
        if kind in FP_FORMATS:
            v = fp_value(rng, *FP_FORMATS[kind])
        else:
            v = int_value(rng, INT_BITS[kind])
        out += v.to_bytes(size, 'little')
    _POOLS[key, kind, n] = bytes(out[:n])
    return _POOLS[key, kind, n]


def value_kind(kind, T):
    """The pool kind of a vector operand of kind 'fp'/'int'/'bf16'/'raw'
    with elements of size T."""
    if re.fullmatch(r'u(8|16|32|64)_\d+_\d+', kind):
        return kind
    if kind == 'raw' or T not in ESZ or T == 'q':
        return 'raw'
    if kind in ('bf16', 'fp8') or kind in KIND_BYTES:
        return kind
    if kind == 'fp':
        return {'b': 'int8', 'h': 'fp16', 's': 'fp32', 'd': 'fp64'}[T]
    return {'b': 'int8', 'h': 'int16', 's': 'int32', 'd': 'int64'}[T]


PRED_PATTERNS = ('all', 'none', 'even', 'odd', 'random', 'sparse', 'dense', 'first', 'last',
                 'raw', 'prefix', 'suffix')


def pred_block(rng, esz, pattern):
    """A predicate value as PBLOCK bytes, canonical for elements of 2^esz
    bytes (one bit per element, at bit element << esz), and whether it is
    loaded from the end of the block (so it lines up with the top of the
    vector at every VL)."""
    nel = PBLOCK * 8 >> esz
    on = []
    end = False
    if pattern == 'all':
        on = range(nel)
    elif pattern == 'even':
        on = range(0, nel, 2)
    elif pattern == 'odd':
        on = range(1, nel, 2)
    elif pattern in ('random', 'sparse', 'dense'):
        p = {'random': 0.5, 'sparse': 0.2, 'dense': 0.8}[pattern]
        on = [i for i in range(nel) if rng.random() < p]
        end = rng.random() < 0.3
    elif pattern == 'first':
        on = [0]
    elif pattern == 'last':
        on, end = [nel - 1], True
    elif pattern == 'prefix':
        on = range(rng.randint(1, 9))
    elif pattern == 'suffix':
        on, end = range(nel - rng.randint(1, 9), nel), True
    elif pattern == 'raw':
        return bytes(rng.getrandbits(8) for _ in range(PBLOCK)), rng.random() < 0.3
    bits = 0
    for i in on:
        bits |= 1 << (i << esz)
    return bits.to_bytes(PBLOCK, 'little'), end


def pick_pred_pattern(rng):
    return rng.choices(PRED_PATTERNS, weights=(4, 2, 1, 1, 4, 2, 2, 1, 1, 1, 1, 1))[0]


# ---------------------------------------------------------------- tables

def load_family(name):
    """The family table: a module with FAMILY = dict(...) (docs/diff-tests.md)."""
    path = name if name.endswith('.py') else os.path.join(FAMILY_DIR, name + '.py')
    if not os.path.exists(path):
        raise SystemExit('gen.py: no family table %s' % path)
    spec = importlib.util.spec_from_file_location('family_' + os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    fam = dict(mod.FAMILY)
    fam.setdefault('name', os.path.basename(path)[:-3])
    fam.setdefault('mode', 'ssve')
    fam.setdefault('done', False)
    fam.setdefault('decode', [])
    fam.setdefault('memory', 0)
    fam.setdefault('ffr', fam['mode'] == 'sve')
    if fam['mode'] not in MODES:
        raise SystemExit('gen.py: family %s: mode %r is not one of %s' % (fam['name'], fam['mode'], MODES))
    return fam


def expand(fam):
    """Every (case table entry, binding of its size variables) pair, in order."""
    out = []
    for ti, case in enumerate(fam['cases']):
        sizes = case.get('T', [None])
        if isinstance(sizes, str):
            sizes = list(sizes)
        for s in sizes:
            if s is None:
                b = {}
            elif isinstance(s, dict):
                b = dict(s)
            else:
                b = {'T': s}
            out.append((ti, case, b))
    return out


PLACE = re.compile(r'\{(\w+)(?:\+(\d+))?(?::([^{}]*))?\}')


class Case:
    """One test case: its instruction text and the state it loads."""

    def __init__(self, n, ti, case, binding, fam, rng):
        self.n, self.ti, self.fam = n, ti, fam
        self.binding = dict(binding)
        self.kind = case.get('kind', fam.get('kind', 'int'))
        mode = case.get('mode', fam['mode'])
        self.mode = mode
        self.after = case.get('after', mode)
        self.z, self.p, self.x = {}, {}, {}        # placeholder -> register number
        self.zval, self.pval, self.xval = {}, {}, {}
        self.imm = {}
        text = case['insn']
        if isinstance(text, (list, tuple)):
            text = '\n'.join(text)
        used_z, used_p, used_x = set(), set(), set()
        regs = case.get('regs', {})
        same = dict(case.get('same', {}))

        # register lists: {zt+1} is the register after {zt} (mod 32), so the
        # choice of zt leaves room for the largest +K the text uses
        span = {}
        for m in PLACE.finditer(text):
            if m.group(2):
                span[m.group(1)] = max(span.get(m.group(1), 0), int(m.group(2)))

        def choose(name, pool, used):
            k = span.get(name, 0)
            allowed = [r for r in regs.get(name, pool)
                       if not any((r + i) % 32 in used for i in range(k + 1))]
            if not allowed:
                raise SystemExit('gen.py: family %s: no registers left for {%s} in %r'
                                 % (fam['name'], name, case['insn']))
            r = rng.choice(allowed)
            for i in range(k + 1):
                used.add((r + i) % 32)
            return r

        def sub(m):
            name, plus, arg = m.group(1), m.group(2), m.group(3)
            if plus:
                if not name.startswith('z'):
                    raise SystemExit('gen.py: family %s: {%s+%s}: only Z registers make lists'
                                     % (fam['name'], name, plus))
                sub(re.match(PLACE, '{%s}' % name))
                r = (self.z[name] + int(plus)) % 32
                self.z['%s+%s' % (name, plus)] = r
                return 'z%d' % r
            if name in self.binding:
                return self.binding[name]
            if name.startswith('imm'):
                if name not in self.imm:
                    lo, hi = (int(v, 0) for v in arg.split(':'))
                    self.imm[name] = rng.randint(lo, hi)
                return str(self.imm[name])
            if name.startswith('choice'):
                if name not in self.imm:
                    self.imm[name] = rng.choice(arg.split('|'))
                return self.imm[name]
            if name in same:
                return sub(re.match(PLACE, '{%s}' % same[name]))
            if name.startswith('z'):
                if name not in self.z:
                    self.z[name] = choose(name, range(32), used_z)
                return 'z%d' % self.z[name]
            if name.startswith('pg'):
                if name not in self.p:
                    self.p[name] = choose(name, range(8), used_p)
                return 'p%d' % self.p[name]
            if name.startswith('pn') and 'counter' in case.get('flags', ()):
                if name not in self.p:
                    self.p[name] = choose(name, range(8, 16), used_p)
                return 'pn%d' % self.p[name]
            if name.startswith('p'):
                if name not in self.p:
                    self.p[name] = choose(name, range(16), used_p)
                return 'p%d' % self.p[name]
            if name == 'xbase':
                return 'x16'
            if name == 'xbase2':
                return 'x17'
            if name.startswith('wv'):
                if name not in self.x:
                    self.x[name] = choose(name, range(12, 16), used_x)
                return 'w%d' % self.x[name]
            if name[0] in 'xw':
                if name not in self.x:
                    self.x[name] = choose(name, [r for r in range(XREGS)], used_x)
                return '%s%d' % (name[0], self.x[name])
            raise SystemExit('gen.py: family %s: unknown placeholder {%s} in %r'
                             % (fam['name'], name, case['insn']))

        esc = text.replace('{{', '\x01').replace('}}', '\x02')
        # size variables first, so a placeholder's own text may use them
        self.text = PLACE.sub(sub, esc).replace('\x01', '{').replace('\x02', '}')
        T = self.binding.get('T', 'b')
        self.T = T
        zsize = case.get('zsize', {})
        zkind = case.get('zkind', {})
        for name, r in self.z.items():
            base = name.split('+')[0]
            t = zsize.get(base, T)
            t = self.binding.get(t, t)
            k = zkind.get(base, self.kind)
            self.zval[name] = (value_kind(k, t), rng.randrange(0, POOL_BYTES - 256, 8))
        psize = case.get('psize', {})
        ppat = case.get('pred', {})
        for name, r in self.p.items():
            t = psize.get(name, T)
            t = self.binding.get(t, t)
            pat = ppat.get(name) or pick_pred_pattern(rng)
            self.pval[name] = pred_block(rng, ESZ.get(t, 0), pat) + (pat,)
        xr = case.get('xvals', {})
        for name, r in self.x.items():
            if name in xr:
                lo, hi = xr[name]
                v = rng.randint(lo, hi)
            elif name.startswith('wv'):
                v = rng.choice([0, 1, 2, 3, rng.randint(0, 300), 0xffffffff, 0x7fffffff,
                                rng.getrandbits(32), rng.getrandbits(64)])
            else:
                v = int_value(rng, 64) if rng.random() < 0.5 else int_value(rng, 32)
            self.xval[name] = v & ((1 << 64) - 1)
        # FPCR, NZCV, FFR
        fpcr_fields = case.get('fpcr', fam.get('fpcr', FP_FPCR if self.kind in ('fp', 'bf16') else ()))
        self.fpcr = 0
        if fpcr_fields and rng.random() < 0.5:
            for f in fpcr_fields:
                if rng.random() < 0.3:
                    self.fpcr |= FPCR_BITS[f] & rng.getrandbits(32)
        self.nzcv = rng.getrandbits(4) << 28
        self.cmp = (int_value(rng, 64), int_value(rng, 64))
        self.ffr = None
        if fam['ffr'] and MODE_STATE[mode][0] == 0:
            r = rng.random()
            if r < 0.3:
                self.ffr = 'set'
            else:
                self.ffr = pred_block(rng, 0, rng.choice(['prefix', 'all', 'random', 'none', 'suffix']))
        self.za_kind = case.get('za_kind', fam.get('za_kind', 'raw'))
        self.za_off = rng.randrange(0, POOL_BYTES - ZA_STRIDE * 256 - 256, 8)
        self.mem_off = rng.randrange(0, POOL_BYTES - fam['memory'], 16) if fam['memory'] else 0

    def sections(self, sysreg):
        """The layout of this case's record after its header: (name, size
        unit), where the unit is bytes, 'vl' (the vector length in bytes
        when dumped), 'pl' (vl / 8) or 'za' (svl * svl)."""
        sm, za = MODE_STATE[self.after]
        s = [('x', XREGS * 8), ('nzcv', 8)]
        if sysreg:
            s.append(('fpsr', 8))
        s += [('z', '32vl'), ('p', '16pl')]
        if self.fam['ffr'] and not sm:
            s.append(('ffr', '1pl'))
        if za:
            s.append(('za', 'za'))
            if self.fam.get('zt0'):
                s.append(('zt0', 64))
        if self.fam['memory']:
            s.append(('mem', self.fam['memory']))
        return s


# ---------------------------------------------------------------- program text

def addr(reg, sym, off=0):
    """reg = &sym + off (off < 16 MiB)."""
    out = ['    adrp    %s, %s' % (reg, sym), '    add     %s, %s, :lo12:%s' % (reg, reg, sym)]
    if off >> 12:
        out.append('    add     %s, %s, #%d, lsl #12' % (reg, reg, off >> 12))
    if off & 0xfff:
        out.append('    add     %s, %s, #%d' % (reg, reg, off & 0xfff))
    return out


def mov64(reg, v):
    """reg = v with MOVZ and MOVKs (or MOVN for small negatives)."""
    v &= (1 << 64) - 1
    if v == 0:
        return ['    mov     %s, #0' % reg]
    if v >= (1 << 64) - 0x10000:
        return ['    movn    %s, #%d' % (reg, (~v) & 0xffff)]
    out = []
    for hw in range(4):
        part = (v >> (16 * hw)) & 0xffff
        if not part:
            continue
        op = 'movz' if not out else 'movk'
        out.append('    %s    %s, #%d%s' % (op, reg, part, ', lsl #%d' % (16 * hw) if hw else ''))
    return out


HELPERS = r'''
/* ---- helpers (shared by every case) */

// dump_x: x0..x15 to the buffer (128 bytes); changes nothing else.
dump_x:
    stp     x0, x1, [x28], #16
    stp     x2, x3, [x28], #16
    stp     x4, x5, [x28], #16
    stp     x6, x7, [x28], #16
    stp     x8, x9, [x28], #16
    stp     x10, x11, [x28], #16
    stp     x12, x13, [x28], #16
    stp     x14, x15, [x28], #16
    ret

// dump_flags: N Z C V as one byte each (0/1), then 4 zero bytes, read with
// conditional branches (for a smesim without MRS NZCV).  Uses w0.
dump_flags:
    stp     wzr, wzr, [x28]
    mov     w0, #1
    b.pl    1f
    strb    w0, [x28, #0]
1:  b.ne    2f
    strb    w0, [x28, #1]
2:  b.cc    3f
    strb    w0, [x28, #2]
3:  b.vc    4f
    strb    w0, [x28, #3]
4:  add     x28, x28, #8
    ret

// dump_z: Z0..Z31, 32 x VL bytes.
dump_z:
%(dump_z)s
    addvl   x28, x28, #31
    addvl   x28, x28, #1
    ret

// dump_p: P0..P15, 16 x PL bytes.
dump_p:
%(dump_p)s
    addpl   x28, x28, #16
    ret

// dump_ffr: FFR (through P0), PL bytes.
dump_ffr:
    rdffr   p0.b
    str     p0, [x28]
    addpl   x28, x28, #1
    ret

// dump_za: the ZA array, SVL rows of SVL bytes.  Uses x9, w12.
dump_za:
    rdsvl   x9, #1
    mov     w12, #0
1:  str     za[w12, 0], [x28]
    addsvl  x28, x28, #1
    add     w12, w12, #1
    cmp     w12, w9
    b.lo    1b
    ret

// load_za: ZA row r = the SVL bytes at x9 + r * %(stride)d.  Uses x9, x10, w12.
load_za:
    rdsvl   x10, #1
    mov     w12, #0
1:  ldr     za[w12, 0], [x9]
    add     x9, x9, #%(stride)d
    add     w12, w12, #1
    cmp     w12, w10
    b.lo    1b
    ret

// copy: x11 bytes (a multiple of 16) from x9 to x10; advances both.  Uses x12, x13.
copy:
    ldp     x12, x13, [x9], #16
    stp     x12, x13, [x10], #16
    subs    x11, x11, #16
    b.ne    copy
    ret

// flush: write(1, out, x28 - out), rewind x28.  Call with PSTATE.SM = 0.
// Uses x0, x1, x2, x8.
flush:
    mov     x1, x27
    sub     x2, x28, x27
    cbz     x2, 2f
1:  mov     x0, #1
    mov     x8, #64
    svc     #0
    cmp     x0, #0
    b.le    3f
    add     x1, x1, x0
    subs    x2, x2, x0
    b.ne    1b
2:  mov     x28, x27
    ret
3:  mov     x0, #2                 // exit(2): the write failed
    mov     x8, #93
    svc     #0
'''


def program(fam, cases, pool_key, sysreg, seed, probe=False):
    """The program text; a probe has only the modes, the X operands and the
    instructions under test: run.py finds with it, quickly, what smesim
    refuses."""
    kinds = set()
    for c in cases:
        for k, _ in c.zval.values():
            kinds.add(k)
        if MODE_STATE[c.mode][1]:
            kinds.add(c.za_kind)
    if fam['memory']:
        kinds.add(fam.get('mem_kind', 'raw'))
    pools = {} if probe else {k: pool_bytes(pool_key, k) for k in sorted(kinds)}

    L = []
    L.append('/* Generated by tests/diff/gen.py: family %s, seed %d, %d cases%s. */'
             % (fam['name'], seed, len(cases), ', no MRS/MSR' if not sysreg else ''))
    L.append('/* Do not edit: the family table is tests/diff/families/%s.py. */' % fam['name'])
    L += ['    .text', '    .global _start', '_start:']
    L += addr('x27', 'out')
    L.append('    mov     x28, x27')
    pdata = bytearray()
    for c in cases:
        L.append('')
        L.append('// ---- case %d (template %d): %s' % (c.n, c.ti, c.text.replace('\n', '; ')))
        L += mov64('x0', MARK << 32 | c.n)
        L.append('    str     x0, [x28], #8')
        sm, za = MODE_STATE[c.mode]
        if sm and za:
            L.append('    smstart')
        elif sm:
            L.append('    smstart sm')
        elif za:
            L.append('    smstart za')
        if sysreg:
            L.append('    msr     FPSR, xzr')
        if fam['memory']:
            if not probe:
                L += addr('x9', 'pool_' + fam.get('mem_kind', 'raw'), c.mem_off)
                L += addr('x10', 'mem')
                L += mov64('x11', fam['memory'])
                L.append('    bl      copy')
            L += addr('x16', 'mem', fam.get('mem_base', fam['memory'] // 2))
            L += addr('x17', 'mem', fam.get('mem_base2', fam['memory'] // 4))
        if probe:
            pass
        elif za:
            L += addr('x9', 'pool_' + c.za_kind, c.za_off)
            L.append('    bl      load_za')
            if fam.get('zt0'):
                L += addr('x9', 'pool_' + c.za_kind, c.za_off + 8 * ZA_STRIDE)
                L.append('    ldr     zt0, [x9]')
        for name, r in sorted(c.z.items(), key=lambda kv: kv[1]) if not probe else ():
            k, off = c.zval[name]
            L += addr('x9', 'pool_' + k, off)
            L.append('    ldr     z%d, [x9]' % r)
        if probe:
            pass
        elif c.ffr == 'set':
            L.append('    setffr')
        elif c.ffr is not None:
            blk, end = c.ffr
            off = len(pdata)
            pdata += blk
            L += addr('x9', 'pdata', off + (PBLOCK if end else 0))
            L.append('    ldr     p0, [x9%s]' % (', #-1, mul vl' if end else ''))
            L.append('    wrffr   p0.b')
        for name, r in sorted(c.p.items(), key=lambda kv: kv[1]) if not probe else ():
            blk, end, _ = c.pval[name]
            off = len(pdata)
            pdata += blk
            L += addr('x9', 'pdata', off + (PBLOCK if end else 0))
            L.append('    ldr     p%d, [x9%s]' % (r, ', #-1, mul vl' if end else ''))
        if sysreg:
            if c.fpcr:
                L += mov64('x0', c.fpcr)
                L.append('    msr     FPCR, x0')
            L += mov64('x0', c.nzcv)
            L.append('    msr     NZCV, x0')
        else:
            # a compare of two edge values gives some NZCV
            L += mov64('x9', c.cmp[0])
            L += mov64('x10', c.cmp[1])
            L.append('    cmp     x9, x10')
        # every dumped X register is set: operands to their values, the rest
        # (the loaders' temporaries among them) to zero
        xs = {r: c.xval[name] for name, r in c.x.items()}
        for r in range(XREGS):
            L += mov64('x%d' % r, xs.get(r, 0))
        L.append('    // the instruction(s) under test')
        for line in c.text.split('\n'):
            L.append('    ' + line.strip())
        if probe:
            L.append('    smstop')
            continue
        L.append('    // dump')
        L.append('    bl      dump_x')
        if sysreg:
            L += ['    mrs     x0, NZCV', '    str     x0, [x28], #8',
                  '    mrs     x0, FPSR', '    str     x0, [x28], #8', '    msr     FPSR, xzr']
        else:
            L.append('    bl      dump_flags')
        L += ['    bl      dump_z', '    bl      dump_p']
        asm, aza = MODE_STATE[c.after]
        if fam['ffr'] and not asm:
            L.append('    bl      dump_ffr')
        if aza:
            L.append('    bl      dump_za')
            if fam.get('zt0'):
                L += ['    str     zt0, [x28]', '    add     x28, x28, #64']
        if fam['memory']:
            L += addr('x9', 'mem')
            L.append('    mov     x10, x28')
            L += mov64('x11', fam['memory'])
            L.append('    bl      copy')
            L.append('    mov     x28, x10')
        L.append('    smstop')
        if sysreg:
            L.append('    msr     FPCR, xzr')
        L.append('    bl      flush')
    L.append('')
    L.append('// ---- the end')
    L += mov64('x0', MARK << 32 | END_CASE)
    L += ['    str     x0, [x28], #8', '    bl      flush',
          '    mov     x0, #0', '    mov     x8, #93', '    svc     #0']
    L.append(HELPERS % {
        'dump_z': '\n'.join('    str     z%d, [x28, #%d, mul vl]' % (i, i) for i in range(32)),
        'dump_p': '\n'.join('    str     p%d, [x28, #%d, mul vl]' % (i, i) for i in range(16)),
        'stride': ZA_STRIDE})
    L += ['/* ---- data */', '    .data', '    .balign 16']

    def emit(label, data):
        L.append('%s:' % label)
        for i in range(0, len(data), 32):
            chunk = data[i:i + 32]
            words = struct.unpack('<%dQ' % (len(chunk) // 8), chunk)
            L.append('    .quad   ' + ', '.join('0x%x' % w for w in words))
    for k, data in pools.items():
        emit('pool_' + k, data)
    pdata += bytes(-len(pdata) % 32 or 32)
    emit('pdata', bytes(pdata))
    L += ['    .bss', '    .balign 64']
    if fam['memory']:
        L.append('mem:        .skip %d' % fam['memory'])
    out_bytes = XREGS * 8 + 64 + 32 * 256 + 17 * 32 + 256 * 256 + 64 + fam['memory'] + 4096
    L.append('out:        .skip %d' % out_bytes)
    return '\n'.join(L) + '\n'


def generate(family, seed, ncases=None, skip=(), sysreg=True, probe=False):
    """(assembly text, manifest) for one family and seed; (None, None) when
    `skip` leaves no template."""
    fam = load_family(family)
    rng = random.Random('%s/%d' % (fam['name'], seed))
    combos = [x for x in expand(fam) if x[0] not in set(skip)]
    if not combos:
        return None, None
    # ncases: a number of cases, or -k for k per template and size, or None
    # for the table's cases_default (else 4 per template and size, at least 32)
    if ncases is None:
        n = fam.get('cases_default', max(len(combos) * 4, 32))
    elif ncases < 0:
        n = len(combos) * -ncases
    else:
        n = ncases
    cases = []
    for i in range(n):
        ti, case, b = combos[i % len(combos)]
        cases.append(Case(i, ti, case, b, fam, rng))
    text = program(fam, cases, '%s/%d' % (fam['name'], seed), sysreg, seed, probe)
    manifest = {
        'family': fam['name'], 'seed': seed, 'mode': fam['mode'], 'done': fam['done'],
        'sysreg': sysreg, 'marker': MARK, 'end': END_CASE, 'skip': sorted(skip),
        'templates': [c['insn'] if isinstance(c['insn'], str) else '; '.join(c['insn'])
                      for c in fam['cases']],
        'cases': [{
            'n': c.n, 'template': c.ti, 'text': c.text, 'T': c.T, 'kind': c.kind,
            'mode': c.mode, 'after': c.after, 'fpcr': c.fpcr, 'nzcv': c.nzcv, 'za_kind': c.za_kind,
            'z': c.z, 'p': c.p, 'x': c.x,
            'zkind': {k: v[0] for k, v in c.zval.items()},
            'pred': {k: v[2] for k, v in c.pval.items()},
            'sections': c.sections(sysreg),
        } for c in cases],
    }
    return text, manifest


def main():
    ap = argparse.ArgumentParser(description='Write a differential test program for one family.')
    ap.add_argument('family')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--cases', type=int, help='cases (-K: K per template and element size)')
    ap.add_argument('--out', help='write OUT.s and OUT.json')
    ap.add_argument('--skip', default='', help='template numbers to leave out, comma-separated')
    ap.add_argument('--no-sysreg', action='store_true')
    a = ap.parse_args()
    skip = [int(t) for t in a.skip.split(',') if t]
    text, manifest = generate(a.family, a.seed, a.cases, skip, not a.no_sysreg)
    if a.out:
        with open(a.out + '.s', 'w') as f:
            f.write(text)
        with open(a.out + '.json', 'w') as f:
            json.dump(manifest, f, indent=1)
    else:
        sys.stdout.write(text)


if __name__ == '__main__':
    main()
