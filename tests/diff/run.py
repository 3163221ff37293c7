#!/usr/bin/env python3
"""tests/diff/run.py - the differential test: smesim against qemu-aarch64
11.1, family by family (docs/diff-tests.md).

For each family (a table in tests/diff/families/) this
  1. writes the program with tests/diff/gen.py (a seed, N cases);
  2. builds it with clang-19 and ld.lld-19 into a static ELF, and keeps
     the .s for smesim's own assembler;
  3. first runs smesim on a probe (the same instructions without state
     or dumps): when it stops on an instruction it decodes but does not
     execute ("not executed by smesim yet") or that its assembler does not
     know, that template is reported as "not implemented" and left out of
     the program (gen.py --skip), and again, until the probe runs to the
     end;
  4. at each SVL (128 ... 2048 bits; the non-streaming VL is the same)
     runs qemu-aarch64 (-cpu max,sve=on,sveN=on,sme=on,smeN=on,
     sme_fa64=off, default lengths N/8), the oracle, and smesim
     (run --functional --svl N --vl N) on the ELF and on the .s, and
     compares the outputs byte for byte;
  5. reports per family the cases run, the SVLs, what is not implemented,
     and the first mismatch decoded: the case, its instruction, the
     register (or ZA row, or memory offset) and element, qemu's value and
     smesim's as hex and, for floating point, as numbers.
smesim runs on a machine description with every feature of decode/
features.def except SME_FA64 (qemu's `-cpu max` with sme_fa64=off).

usage: run.py [--family NAME ...] [--seed N] [--cases N] [--svl LIST]
              [--quick] [--smesim PATH] [--qemu PATH] [--work DIR] [-j N]
Exit status 0 when every family agrees with qemu at every SVL and no
family marked done (done=True in its table) has an instruction smesim
does not execute; 1 otherwise; 2 when the tools are missing.
"""
import argparse
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import gen  # noqa: E402

SVLS = (128, 256, 512, 1024, 2048)
NOT_EXECUTED = 'not executed by smesim yet'
ME = 'diff'


def die(msg, code=2):
    print('%s: %s' % (ME, msg), file=sys.stderr)
    sys.exit(code)


def sh(cmd, timeout=600, **kw):
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout, **kw)
        return p.returncode, p.stdout, p.stderr.decode('utf-8', 'replace')
    except subprocess.TimeoutExpired:
        return -1, b'', 'timed out after %d s' % timeout


# ---------------------------------------------------------------- tools

def find_qemu(arg):
    if arg:
        return arg
    if os.environ.get('QEMU'):
        return os.environ['QEMU']
    rc, out, err = sh([os.path.join(ROOT, 'scripts', 'get-qemu'), os.path.join(ROOT, 'build', 'qemu-11')])
    if rc != 0:
        die('no qemu-aarch64 11: %s' % err.strip())
    return out.decode().strip()


def qemu_cpu(n):
    return ('max,sve=on,sve%d=on,sve-default-vector-length=%d,sme=on,sme%d=on,'
            'sme-default-vector-length=%d,sme_fa64=off' % (n, n // 8, n, n // 8))


CLANG_MARCH = ('armv9.4-a+sve2p1+sme2p1+sme-f64f64+sme-i16i64+sme-f16f16+sme-b16b16+fp8+bf16+i8mm'
               '+f64mm+f32mm+sve2-aes+sve2-sha3+sve2-sm4+sve2-bitperm+sme-lutv2+sme-f8f16+sme-f8f32'
               '+ssve-fp8fma+ssve-fp8dot2+ssve-fp8dot4+fp8fma+fp8dot2+fp8dot4+sve-b16b16')


def build_elf(src, elf):
    """clang-19 + ld.lld-19: a static ELF; (ok, error text)."""
    obj = elf + '.o'
    rc, _, err = sh(['clang-19', '--target=aarch64-linux-gnu', '-march=' + CLANG_MARCH, '-c', src, '-o', obj])
    if rc != 0:
        return False, err
    rc, _, err = sh(['ld.lld-19', '-static', '-o', elf, obj])
    return rc == 0, err


def machine_yaml(work):
    """configs/default.yaml with every feature of decode/features.def but
    SME_FA64 (qemu -cpu max with sme_fa64=off)."""
    feats = []
    with open(os.path.join(ROOT, 'decode', 'features.def')) as f:
        for line in f:
            m = re.match(r'FEATURE\((\w+),', line)
            if m and m.group(1) != 'SME_FA64':
                feats.append(m.group(1))
    with open(os.path.join(ROOT, 'configs', 'default.yaml')) as f:
        text = f.read()
    text = re.sub(r'(?m)^features:.*$', 'features: [%s]' % ', '.join(feats), text)
    text = re.sub(r'(?m)^name:.*$', 'name: diff', text)
    path = os.path.join(work, 'machine.yaml')
    with open(path, 'w') as f:
        f.write(text)
    return path


class Smesim:
    def __init__(self, path, config):
        self.path, self.config = path, config

    def run(self, prog, n, timeout=600):
        return sh([self.path, 'run', '--functional', '--quiet', '--no-progress', '--config', self.config,
                   '--svl', str(n), '--vl', str(n), prog], timeout=timeout)


def has_sysreg(smesim, work):
    """Does smesim assemble and execute MRS/MSR of NZCV, FPCR and FPSR?"""
    src = os.path.join(work, 'sysreg_probe.s')
    with open(src, 'w') as f:
        f.write('    .text\n    .global _start\n_start:\n    mov x0, #0x60000000\n    msr NZCV, x0\n'
                '    mrs x1, NZCV\n    msr FPCR, xzr\n    mrs x1, FPCR\n    mrs x1, FPSR\n'
                '    msr FPSR, xzr\n    mov x0, #0\n    mov x8, #93\n    svc #0\n')
    rc, _, _ = smesim.run(src, 128, timeout=60)
    return rc == 0


# ---------------------------------------------------------------- outputs

class Layout:
    """The records of one run's output, by case, from the manifest."""

    def __init__(self, manifest, n):
        self.m, self.n = manifest, n
        self.bytes = n // 8

    def size(self, unit):
        if isinstance(unit, int):
            return unit
        if unit == 'za':
            return self.bytes * self.bytes
        k, u = int(unit[:-2]), unit[-2:]
        return k * (self.bytes if u == 'vl' else self.bytes // 8)

    def parse(self, data):
        """[(case number, {section: bytes})], error text or None."""
        out, pos = [], 0
        cases = {c['n']: c for c in self.m['cases']}
        while pos + 8 <= len(data):
            (w,) = struct.unpack_from('<Q', data, pos)
            pos += 8
            if w >> 32 != self.m['marker']:
                return out, 'no case header at byte %d (0x%016x)' % (pos - 8, w)
            n = w & 0xffffffff
            if n == self.m['end']:
                return out, None if pos == len(data) else '%d bytes after the end marker' % (len(data) - pos)
            if n not in cases:
                return out, 'unknown case %d at byte %d' % (n, pos - 8)
            secs = {}
            for name, unit in cases[n]['sections']:
                sz = self.size(unit)
                if pos + sz > len(data):
                    secs[name] = data[pos:]
                    out.append((n, secs))
                    return out, 'the output ends inside case %d (%s)' % (n, name)
                secs[name] = data[pos:pos + sz]
                pos += sz
            out.append((n, secs))
        return out, 'the output ends without the end marker' + (' (after case %d)' % out[-1][0] if out else '')


def fp_text(bits, t, bf16=False):
    """The value of a floating-point bit pattern (t: h, s, d; bf16 for h)."""
    if bf16:
        bits, t = bits << 16, 's'
    try:
        if t == 'h':
            v = struct.unpack('<e', struct.pack('<H', bits))[0]
        elif t == 's':
            v = struct.unpack('<f', struct.pack('<I', bits))[0]
        elif t == 'd':
            v = struct.unpack('<d', struct.pack('<Q', bits))[0]
        else:
            return ''
    except (OverflowError, struct.error):
        return ''
    if v != v:
        w = {'h': 10, 's': 23, 'd': 52}[t]
        quiet = bits >> (w - 1) & 1
        return '%s%sNaN' % ('-' if bits >> ({'h': 15, 's': 31, 'd': 63}[t]) else '', 'q' if quiet else 's')
    return repr(v)


FPSR_FLAGS = ((27, 'QC'), (7, 'IDC'), (4, 'IXC'), (3, 'UFC'), (2, 'OFC'), (1, 'DZC'), (0, 'IOC'))


def describe(case, sec, a, b, layout):
    """The first difference inside one section, in words."""
    off = next(i for i in range(min(len(a), len(b))) if a[i] != b[i]) if a[:len(b)] != b[:len(a)] else min(len(a), len(b))
    if off >= min(len(a), len(b)):
        return '%s: qemu wrote %d bytes, smesim %d' % (sec, len(a), len(b))
    vl = layout.bytes

    def word(buf, at, size):
        return int.from_bytes(buf[at:at + size], 'little')

    if sec == 'x':
        r = off // 8
        return 'x%d: qemu 0x%016x smesim 0x%016x' % (r, word(a, r * 8, 8), word(b, r * 8, 8))
    if sec == 'nzcv':
        fa, fb = word(a, 0, 8), word(b, 0, 8)
        if layout.m['sysreg']:
            fl = lambda v: ''.join(c if v >> (31 - i) & 1 else c.lower() for i, c in enumerate('NZCV'))
        else:
            fl = lambda v: ''.join(c if v >> (8 * i) & 1 else c.lower() for i, c in enumerate('NZCV'))
        return 'NZCV: qemu %s smesim %s' % (fl(fa), fl(fb))
    if sec == 'fpsr':
        fa, fb = word(a, 0, 8), word(b, 0, 8)
        fl = lambda v: ' '.join(n for bit, n in FPSR_FLAGS if v >> bit & 1) or '-'
        return 'FPSR: qemu 0x%08x (%s) smesim 0x%08x (%s)' % (fa, fl(fa), fb, fl(fb))
    if sec in ('p', 'ffr'):
        pl = vl // 8
        r = off // pl
        name = 'p%d' % r if sec == 'p' else 'FFR'
        return '%s: qemu %s smesim %s (bytes, element 0 first)' % (
            name, a[r * pl:(r + 1) * pl].hex(), b[r * pl:(r + 1) * pl].hex())
    if sec == 'z':
        r = off // vl
        # the element size and kind of that register as an operand, else the case's
        t = case['T'] if case['T'] in 'hsdb' and len(case['T']) == 1 else 'd'
        kind = case['kind']
        bf = kind == 'bf16'
        for name, reg in case['z'].items():
            if reg == r:
                zk = case['zkind'].get(name, '')
                t = {'fp16': 'h', 'fp32': 's', 'fp64': 'd', 'int8': 'b', 'int16': 'h',
                     'int32': 's', 'int64': 'd', 'bf16': 'h'}.get(zk, t)
                kind = 'fp' if zk.startswith('fp') or zk == 'bf16' else kind
                bf = zk == 'bf16'
        es = 1 << gen.ESZ[t]
        e = (off % vl) // es
        at = r * vl + e * es
        va, vb = word(a, at, es), word(b, at, es)
        txt = 'z%d.%s element %d: qemu 0x%0*x smesim 0x%0*x' % (r, t, e, es * 2, va, es * 2, vb)
        if kind in ('fp', 'bf16'):
            txt += ' (%s vs %s)' % (fp_text(va, t, bf), fp_text(vb, t, bf))
        return txt
    if sec == 'za':
        # elements of the size ZA was loaded with
        zk = case.get('za_kind', 'raw')
        t = {'fp16': 'h', 'bf16': 'h', 'int16': 'h', 'fp64': 'd', 'int64': 'd', 'int8': 'b'}.get(zk, 's')
        es = 1 << gen.ESZ[t]
        row, col = off // vl, (off % vl) & ~(es - 1)
        va, vb = word(a, row * vl + col, es), word(b, row * vl + col, es)
        txt = 'ZA row %d bytes %d-%d: qemu 0x%0*x smesim 0x%0*x' % (row, col, col + es - 1, es * 2, va,
                                                                   es * 2, vb)
        if zk.startswith('fp') or zk == 'bf16':
            txt += ' (as %s %s vs %s)' % (zk, fp_text(va, t, zk == 'bf16'), fp_text(vb, t, zk == 'bf16'))
        return txt
    if sec == 'zt0':
        at = off & ~7
        return 'ZT0 bytes %d-%d: qemu %s smesim %s' % (at, at + 7, a[at:at + 8].hex(), b[at:at + 8].hex())
    if sec == 'mem':
        at = off & ~7
        return 'memory at base%+d: qemu %s smesim %s' % (
            at - layout.m.get('mem_base', 0), a[at:at + 8].hex(), b[at:at + 8].hex())
    return '%s byte %d' % (sec, off)


def compare(manifest, n, expected, got):
    """None if the same, else (first mismatch in words, number of cases that differ)."""
    if expected == got:
        return None
    lay = Layout(manifest, n)
    ea, eerr = lay.parse(expected)
    ga, gerr = lay.parse(got)
    if eerr:
        return 'qemu\'s output does not parse: %s' % eerr, 0
    cases = {c['n']: c for c in manifest['cases']}
    gmap = dict(ga)
    ndiff, first = 0, None
    for num, secs in ea:
        g = gmap.get(num)
        if g == secs:
            continue
        ndiff += 1
        if first is not None:
            continue
        c = cases[num]
        head = 'case %d (template %d) `%s`' % (num, c['template'], c['text'].replace('\n', '; '))
        if g is None:
            first = '%s: smesim wrote no record for it (%s)' % (head, gerr or 'missing')
            continue
        for name, _ in c['sections']:
            if secs.get(name) != g.get(name):
                first = '%s: %s' % (head, describe(c, name, secs[name], g.get(name, b''), lay))
                break
    if first is None:
        first = 'smesim\'s output differs outside the case records (%s)' % (gerr or 'extra bytes')
    return first, ndiff


# ---------------------------------------------------------------- one family

def case_of_failure(manifest, out):
    """The case smesim was in when it stopped: the one after the last
    complete record in its output."""
    lay = Layout(manifest, 128)
    recs, _ = lay.parse(out)
    done = {n for n, _ in recs}
    for c in manifest['cases']:
        if c['n'] not in done:
            return c
    return None


def asm_error_case(manifest, src, err):
    """For a message `FILE:LINE: ...` (assembler error or refusal), the case whose text holds LINE."""
    m = re.search(r':(\d+):', err)
    if not m:
        return None
    line = int(m.group(1))
    with open(src) as f:
        lines = f.read().split('\n')[:line]
    for l in reversed(lines):
        mm = re.match(r'// ---- case (\d+) ', l)
        if mm:
            return manifest['cases'][int(mm.group(1))]
    return None


def run_family(name, a, smesim, qemu, work, sysreg):
    fam = gen.load_family(name)
    rep = {'family': name, 'done': fam['done'], 'not_impl': [], 'fail': [], 'svl': {}, 'cases': 0,
           'error': None}
    d = os.path.join(work, fam['name'])
    os.makedirs(d, exist_ok=True)
    prefix = os.path.join(d, 'prog')
    skip = []
    ncases = a.cases
    if a.quick and ncases is None:
        ncases = -2
    first = a.svl[0]
    # what smesim refuses: a probe program (the same cases without state or
    # dumps) run until it runs to the end, each refused template left out
    # of the next
    for _ in range(len(fam['cases']) + 1):
        text, manifest = gen.generate(name, a.seed, ncases, skip, sysreg, probe=True)
        if text is None:
            break
        with open(prefix + '.probe.s', 'w') as f:
            f.write(text)
        rc, out, err = smesim.run(prefix + '.probe.s', first, timeout=120)
        if rc == 0:
            break
        line = err.strip().split('\n')[0] if err.strip() else 'exit status %d' % rc
        line = line.replace(prefix + '.probe.s', 'prog.s')
        c = asm_error_case(manifest, prefix + '.probe.s', err)
        why = 'not implemented' if NOT_EXECUTED in err else 'not assembled by smesim' \
            if re.search(r'\.s:\d+:\d+:', err) else None
        if c is None or why is None or c['template'] in skip:
            rep['error'] = 'smesim at SVL %d: %s' % (first, line)
            return rep
        skip.append(c['template'])
        m = re.search(r"'([^']*)' is decoded but not executed", line)
        what = 'smesim refuses `%s`' % m.group(1) if m else line
        rep['not_impl'].append('%s: `%s` (%s)' % (why, manifest['templates'][c['template']], what))
    text, manifest = gen.generate(name, a.seed, ncases, skip, sysreg)
    if text is not None:
        manifest['mem_base'] = fam.get('mem_base', fam['memory'] // 2)
        with open(prefix + '.s', 'w') as f:
            f.write(text)
        with open(prefix + '.json', 'w') as f:
            json.dump(manifest, f, indent=1)
    if text is None:
        return rep
    run = manifest['cases']
    rep['cases'] = len(run)
    ok, err = build_elf(prefix + '.s', prefix + '.elf')
    if not ok:
        rep['error'] = 'clang-19/ld.lld-19 reject the program: ' + err.strip().split('\n')[0]
        return rep

    def one_svl(n):
        rc, expected, err = sh([qemu, '-cpu', qemu_cpu(n), prefix + '.elf'])
        if rc != 0:
            c = case_of_failure(manifest, expected)
            where = ' in case %d `%s`' % (c['n'], c['text']) if c else ''
            return n, ['qemu: exit status %d%s (%s)' % (rc, where, err.strip().split('\n')[-1])]
        with open('%s.%d.qemu' % (prefix, n), 'wb') as f:
            f.write(expected)
        res = []
        for kind, prog in (('ELF', prefix + '.elf'), ('.s', prefix + '.s')):
            rc, got, err = smesim.run(prog, n)
            with open('%s.%d.%s.smesim' % (prefix, n, kind.strip('.')), 'wb') as f:
                f.write(got)
            d = compare(manifest, n, expected, got)
            if rc != 0 and not d:
                res.append('smesim %s: exit status %d (%s)' % (kind, rc, err.strip().split('\n')[0]))
            elif d:
                msg, nd = d
                extra = '' if rc == 0 else '; smesim stopped: %s' % err.strip().split('\n')[0]
                res.append('smesim %s: %s%s' % (kind, msg, ' (%d of %d cases differ)' % (nd, len(run))
                                                 if nd else '') + extra)
        return n, res

    with ThreadPoolExecutor(max_workers=a.jobs) as ex:
        for n, res in ex.map(one_svl, a.svl):
            rep['svl'][n] = res
    return rep


def main():
    ap = argparse.ArgumentParser(description='smesim against qemu-aarch64 11.1, family by family.')
    ap.add_argument('--family', action='append', help='a family (repeatable; default: all)')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--cases', type=int, help='cases per family (default: the table\'s)')
    ap.add_argument('--svl', default=' '.join(map(str, SVLS)), help='SVLs (and VLs), e.g. "128,512"')
    ap.add_argument('--quick', action='store_true', help='two cases per template and element size')
    ap.add_argument('--smesim', default=os.path.join(ROOT, 'build', 'smesim'))
    ap.add_argument('--qemu')
    ap.add_argument('--work', help='keep the programs and outputs here (default: a temporary directory)')
    ap.add_argument('-j', '--jobs', type=int, default=2)
    a = ap.parse_args()
    a.svl = [int(s) for s in re.split(r'[ ,]+', a.svl.strip()) if s]
    for n in a.svl:
        if n not in SVLS:
            die('SVL %d is not one of %s' % (n, ' '.join(map(str, SVLS))))
    for t in ('clang-19', 'ld.lld-19'):
        if not shutil.which(t):
            die('%s not found (scripts/install-deps installs llvm-19, clang-19 and lld-19)' % t)
    if not os.access(a.smesim, os.X_OK):
        die('no smesim at %s' % a.smesim)
    qemu = find_qemu(a.qemu)
    fams = a.family or sorted(f[:-3] for f in os.listdir(gen.FAMILY_DIR)
                              if f.endswith('.py') and not f.startswith('_'))
    work = a.work or tempfile.mkdtemp(prefix='smesim-diff.')
    os.makedirs(work, exist_ok=True)
    try:
        smesim = Smesim(a.smesim, machine_yaml(work))
        sysreg = has_sysreg(smesim, work)
        if not sysreg:
            print('%s: smesim does not execute MRS/MSR of NZCV/FPCR/FPSR yet: FPCR stays 0, '
                  'FPSR is not compared, NZCV is read through branches' % ME)
        print('%s: seed %d, %s cases per family, SVL %s, qemu %s' % (
            ME, a.seed, a.cases if a.cases is not None else 'quick' if a.quick else 'default',
            ','.join(map(str, a.svl)), qemu))
        bad = 0
        for name in fams:
            rep = run_family(name, a, smesim, qemu, work, sysreg)
            fails = [(n, r) for n, rs in rep['svl'].items() for r in rs]
            state = 'PASS'
            if rep['error'] or fails or (rep['done'] and rep['not_impl']):
                state = 'FAIL'
                bad += 1
            svls = ','.join(str(n) for n in rep['svl']) or '-'
            ni = len(rep['not_impl'])
            print('%s %s: %d cases at SVL %s%s%s' % (
                state, name, rep['cases'], svls,
                '; %d template%s not implemented' % (ni, 's' if ni > 1 else '') if ni else '',
                ' (family marked done)' if rep['done'] else ''))
            if rep['error']:
                print('    error: ' + rep['error'])
            for n in rep['svl']:
                for r in rep['svl'][n]:
                    print('    SVL %d: %s' % (n, r))
                if not rep['svl'][n]:
                    pass
            for t in rep['not_impl']:
                print('    ' + t)
        print('%s: %d famil%s, %s' % (ME, len(fams), 'y' if len(fams) == 1 else 'ies',
                                      'all agree with qemu' if not bad else '%d failed' % bad))
        if a.work:
            print('%s: programs and outputs in %s' % (ME, work))
        return 1 if bad else 0
    finally:
        if not a.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    sys.exit(main())
