# tests/diff/families/sve_fp_widen.py — SVE2 widening half-to-single
# multiply-add (decode/isa/sve_fp_widen.decode): FMLALB/T, FMLSLB/T
# (vectors and by element), SVE2.1 FDOT.  Format: docs/diff-tests.md.
H = {'zn': 'h', 'zm': 'h'}
OPS = ('fmlalb', 'fmlalt', 'fmlslb', 'fmlslt')
FAMILY = dict(
    decode=['sve_fp_widen'],
    mode='ssve',
    done=True,
    kind='fp',
    cases=[
        dict(insn=op + ' {zd}.s, {zn}.h, {zm}.h', T='s', zsize=H) for op in OPS
    ] + [
        dict(insn=op + ' {zd}.s, {zn}.h, {zm}.h[{imm:0:7}]', T='s', zsize=H, regs={'zm': range(8)})
        for op in OPS
    ] + [
        dict(insn='fdot {zd}.s, {zn}.h, {zm}.h', T='s', zsize=H),
        dict(insn='fdot {zd}.s, {zn}.h, {zm}.h[{imm:0:3}]', T='s', zsize=H, regs={'zm': range(8)}),
        dict(insn='fmlalt {zd}.s, {zn}.h, {zm}.h[{imm:0:7}]', T='s', zsize=H, regs={'zm': range(8)},
             same={'zd': 'zm'}),
        dict(insn='fdot {zd}.s, {zn}.h, {zm}.h[{imm:0:3}]', T='s', zsize=H, regs={'zm': range(8)},
             same={'zd': 'zm'}),
    ],
)
