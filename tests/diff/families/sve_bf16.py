# tests/diff/families/sve_bf16.py — SVE BFloat16 (decode/isa/sve_bf16.decode):
# BFDOT, BFMMLA (not streaming), BFMLALB/T, BFMLSLB/T; FPCR.EBF among the
# FPCR fields.  BFCVT/BFCVTNT are in sve_fp_cvt.py.  Format: docs/diff-tests.md.
H = {'zn': 'h', 'zm': 'h'}
BF = {'zn': 'bf16', 'zm': 'bf16'}
OPS = ('bfmlalb', 'bfmlalt', 'bfmlslb', 'bfmlslt')
FP = ('DN', 'FZ', 'RMode', 'FZ16', 'AH', 'FIZ', 'EBF')
FAMILY = dict(
    decode=['sve_bf16'],
    mode='ssve',
    done=True,
    kind='fp',
    fpcr=FP,
    cases=[
        dict(insn='bfdot {zd}.s, {zn}.h, {zm}.h', T='s', zsize=H, zkind=BF),
        dict(insn='bfdot {zd}.s, {zn}.h, {zm}.h[{imm:0:3}]', T='s', zsize=H, zkind=BF, regs={'zm': range(8)}),
        dict(insn='bfmmla {zd}.s, {zn}.h, {zm}.h', T='s', zsize=H, zkind=BF, mode='sve'),
    ] + [
        dict(insn=op + ' {zd}.s, {zn}.h, {zm}.h', T='s', zsize=H, zkind=BF) for op in OPS
    ] + [
        dict(insn=op + ' {zd}.s, {zn}.h, {zm}.h[{imm:0:7}]', T='s', zsize=H, zkind=BF, regs={'zm': range(8)})
        for op in OPS
    ] + [
        dict(insn='bfmmla {zd}.s, {zn}.h, {zm}.h', T='s', zsize=H, zkind=BF, mode='sve', same={'zn': 'zd'}),
        dict(insn='bfdot {zd}.s, {zn}.h, {zm}.h[{imm:0:3}]', T='s', zsize=H, zkind=BF, regs={'zm': range(8)},
             same={'zd': 'zm'}),
    ],
)
