#!/usr/bin/env python3
"""tests/diff/coverage.py - writes docs/coverage.md: for every family (a
pattern file decode/isa/<family>.decode), how many of its patterns smesim
executes (those with exec=) and which tests exercise them:

  * the differential tables tests/diff/families/*.py (run against
    qemu-aarch64 by tests/diff/run.py): every template at every element
    size is generated once (gen.py's probe, seed 1), assembled by
    llvm-mc-19, and each word is matched to the first pattern whose fixed
    bits it has;
  * the whole programs tests/oracle/qemu_kernel.sh runs against qemu
    (tests/programs/isa_probe.s, traces/kernels/sgemm_f32.s), matched the
    same way.

usage: coverage.py [--check] [--out FILE]
  --check   do not write: exit 1 (saying so) when FILE differs from what
            would be written (make test runs this)
  --out     default docs/coverage.md
Needs llvm-mc-19.  Standard library only (and decode/gen for the pattern
files).
"""
import argparse
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import gen  # noqa: E402  (tests/diff/gen.py)


def _decodegen_source():
    """decode/gen/source.py, imported as a package of its own (its name,
    gen, is this directory's gen.py here)."""
    import importlib.util
    d = os.path.join(ROOT, 'decode', 'gen')
    spec = importlib.util.spec_from_file_location('smesim_decodegen', os.path.join(d, '__init__.py'),
                                                  submodule_search_locations=[d])
    pkg = importlib.util.module_from_spec(spec)
    sys.modules['smesim_decodegen'] = pkg
    spec.loader.exec_module(pkg)
    import importlib
    return importlib.import_module('smesim_decodegen.source')


_src = _decodegen_source()
parse_file, Source = _src.parse_file, _src.Source

PROGRAMS = ('tests/programs/isa_probe.s', 'traces/kernels/sgemm_f32.s')
MATTR = ('+sve2p1,+sme2p1,+sme-f64f64,+sme-i16i64,+sme-f16f16,+sme-b16b16,+sme-fa64,+sme-lutv2,'
         '+sme-f8f16,+sme-f8f32,+fp8,+ssve-fp8fma,+ssve-fp8dot2,+ssve-fp8dot4,+fp8fma,+fp8dot2,'
         '+fp8dot4,+sve-b16b16,+bf16,+i8mm,+f64mm,+sve2-aes,+sve2-sm4,+sve2-sha3,+sve2-bitperm')


def patterns():
    """[(file stem, pattern)] in file order."""
    src = Source()
    files = sorted(f for f in os.listdir(os.path.join(ROOT, 'decode', 'isa')) if f.endswith('.decode'))
    for f in files:
        parse_file(os.path.join(ROOT, 'decode', 'isa', f), src)
    return [(os.path.basename(p.file)[:-7], p) for p in src.patterns], [f[:-7] for f in files]


def byte(tok):
    """One byte of llvm-mc's `encoding: [...]`: 0x1b, 0b100101AA or 'A' (fixup bits as 0)."""
    tok = tok.strip()
    if tok.startswith('0x'):
        return int(re.match(r'0x([0-9a-f]+)', tok).group(1), 16)
    if tok.startswith('0b'):
        return int(tok[2:].replace('A', '0'), 2)
    return 0


def encode(lines):
    """llvm-mc-19's words for assembly lines (None for a line it rejects)."""
    text = '\n'.join(lines) + '\n'
    p = subprocess.run(['llvm-mc-19', '-triple=aarch64', '-mattr=' + MATTR, '-show-encoding'],
                       input=text.encode(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    words = []
    for m in re.finditer(r'encoding: \[([^\]]*)\]', p.stdout.decode()):
        # bytes with fixups (labels) print as 'A' or 0b100101AA: the fixed bits stay
        b = [byte(x) for x in m.group(1).split(',')]
        words.append(b[0] | b[1] << 8 | b[2] << 16 | b[3] << 24)
    return words


def matcher(pats):
    def match(w):
        for fam, p in pats:
            if (w & p.fixmask) == p.fixval:
                return fam, p.name
        return None
    return match


def table_lines(name):
    """The instruction-under-test lines of a family table, one case per
    template and element size (gen.py's probe, seed 1)."""
    fam = gen.load_family(name)
    combos = gen.expand(fam)
    import random
    rng = random.Random('%s/coverage' % name)
    out = []
    for i, (ti, case, b) in enumerate(combos):
        c = gen.Case(i, ti, case, b, fam, rng)
        out += [l.strip() for l in c.text.split('\n')]
    return fam, out


def program_lines(path):
    """Instruction lines of an assembly program (no labels, directives, comments)."""
    out = []
    text = open(os.path.join(ROOT, path)).read()
    text = re.sub(r'/\*.*?\*/', '', text, flags=re.S)
    for line in text.split('\n'):
        line = line.split('//')[0].strip()
        while re.match(r'^[\w.$]+:', line):
            line = re.sub(r'^[\w.$]+:\s*', '', line)
        if line and not line.startswith('.'):
            out.append(line)
    return out


def build():
    pats, files = patterns()
    match = matcher(pats)
    by_file = {f: [p for ff, p in pats if ff == f] for f in files}
    executed = {p.name for _, p in pats if 'exec' in p.attrs}
    tables = sorted(f[:-3] for f in os.listdir(gen.FAMILY_DIR) if f.endswith('.py') and not f.startswith('_'))
    hit = {}            # pattern name -> set of test names
    fam_tables = {f: [] for f in files}
    extra = []
    for t in tables:
        fam, lines = table_lines(t)
        for d in fam['decode']:
            if d in fam_tables:
                fam_tables[d].append(t + (' (done)' if fam['done'] else ''))
            else:
                extra.append((t, d))
        for w in encode(lines):
            m = match(w)
            if m:
                hit.setdefault(m[1], set()).add('diff:' + t)
    for prog in PROGRAMS:
        short = os.path.basename(prog)[:-2]
        for w in encode(program_lines(prog)):
            m = match(w)
            if m:
                hit.setdefault(m[1], set()).add(short)

    total = len(pats)
    n_exec = len(executed)
    n_diff = sum(1 for _, p in pats if any(h.startswith('diff:') for h in hit.get(p.name, ())))
    n_exec_diff = sum(1 for _, p in pats if p.name in executed
                      and any(h.startswith('diff:') for h in hit.get(p.name, ())))
    L = ['# Coverage: what smesim executes, and which tests check it', '',
         'Generated by `tests/diff/coverage.py` from `decode/isa/*.decode` (a pattern',
         'with `exec=` is executed), the differential tables `tests/diff/families/`',
         'and the whole programs `tests/oracle/qemu_kernel.sh` runs; do not edit.',
         '`make test` checks that it is current: after adding `exec=` or a table, run',
         '`python3 tests/diff/coverage.py`.  How the tests work: `docs/diff-tests.md`.', '',
         'A test exercises a pattern when one of its instructions encodes to a word of',
         'that pattern (llvm-mc-19; the first pattern whose fixed bits match).  *diff*',
         'is the family\'s table against qemu-aarch64 11.1 at SVL 128 to 2048 (a table',
         'marked done fails `make test` on any instruction smesim does not execute);',
         '*programs* are `isa_probe` and `sgemm_f32` under `qemu_kernel.sh`.', '',
         '%d patterns in %d families; %d executed; %d exercised by the differential tables, '
         '%d of them executed.' % (total, len(files), n_exec, n_diff, n_exec_diff), '',
         '| family | patterns | executed | diff table | patterns in diff tests (executed) | programs |',
         '|---|---:|---|---|---|---|']
    for f in files:
        ps = by_file[f]
        ex = [p for p in ps if p.name in executed]
        state = 'yes' if len(ex) == len(ps) else 'no' if not ex else 'partial %d' % len(ex)
        dp = [p for p in ps if any(h.startswith('diff:') for h in hit.get(p.name, ()))]
        dpe = [p for p in dp if p.name in executed]
        progs = sorted({h for p in ps for h in hit.get(p.name, ()) if not h.startswith('diff:')})
        L.append('| %s | %d | %s | %s | %s | %s |' % (
            f, len(ps), state, ', '.join(fam_tables[f]) or '-',
            '%d (%d)' % (len(dp), len(dpe)) if dp else '-', ', '.join(progs) or '-'))
    L += ['', '## Executed patterns, by family', '',
          'For families executed in part: the patterns that are; *untested* marks one',
          'no test above exercises.', '']
    for f in files:
        ps = by_file[f]
        ex = [p for p in ps if p.name in executed]
        if not ex or len(ex) == len(ps):
            continue
        L.append('* %s: %s' % (f, ', '.join(p.name + ('' if hit.get(p.name) else ' *untested*')
                                            for p in ex)))
    untested = [p.name for _, p in pats if p.name in executed and not hit.get(p.name)]
    L += ['', '## Executed but exercised by no test here', '',
          (', '.join(untested) if untested else 'None.'), '']
    if extra:
        L += ['## Tables of families without a pattern file', '']
        L += ['* %s: %s' % (t, d) for t, d in extra]
        L.append('')
    return '\n'.join(L)


def main():
    ap = argparse.ArgumentParser(description='Write docs/coverage.md.')
    ap.add_argument('--check', action='store_true')
    ap.add_argument('--out', default=os.path.join(ROOT, 'docs', 'coverage.md'))
    a = ap.parse_args()
    text = build()
    if a.check:
        old = open(a.out).read() if os.path.exists(a.out) else ''
        if old != text:
            print('coverage: %s is out of date; run python3 tests/diff/coverage.py' % os.path.relpath(a.out, ROOT))
            return 1
        print('coverage: %s is current' % os.path.relpath(a.out, ROOT))
        return 0
    with open(a.out, 'w') as f:
        f.write(text)
    return 0


if __name__ == '__main__':
    sys.exit(main())
