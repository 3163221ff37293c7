# tests/diff/families/sve_fp_unary.py — SVE floating-point operations on one
# vector (decode/isa/sve_fp_unary.decode): FRINT*, FRECPX, FSQRT, FLOGB,
# FRECPE, FRSQRTE.  Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['sve_fp_unary'],
    mode='ssve',
    done=True,
    kind='fp',
    cases=[
        dict(insn='frint%s {zd}.{T}, {pg}/m, {zn}.{T}' % r, T='hsd') for r in 'npmzaxi'
    ] + [
        dict(insn='frecpx {zd}.{T}, {pg}/m, {zn}.{T}', T='hsd'),
        dict(insn='fsqrt {zd}.{T}, {pg}/m, {zn}.{T}', T='hsd'),
        dict(insn='flogb {zd}.{T}, {pg}/m, {zn}.{T}', T='hsd'),
        dict(insn='frecpe {zd}.{T}, {zn}.{T}', T='hsd'),
        dict(insn='frsqrte {zd}.{T}, {zn}.{T}', T='hsd'),
    ],
)
