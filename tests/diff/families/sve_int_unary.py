# tests/diff/families/sve_int_unary.py — SVE unary operations, predicated
# and merging (decode/isa/sve_int_unary.decode): extensions, ABS, NEG, CLS,
# CLZ, CNT, CNOT, NOT, FABS, FNEG.
# Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['sve_int_unary'],
    mode='ssve',
    kind='int',
    done=True,
    cases=[
        dict(insn='sxtb {zd}.{T}, {pg}/m, {zn}.{T}', T='hsd'),
        dict(insn='uxtb {zd}.{T}, {pg}/m, {zn}.{T}', T='hsd'),
        dict(insn='sxth {zd}.{T}, {pg}/m, {zn}.{T}', T='sd'),
        dict(insn='uxth {zd}.{T}, {pg}/m, {zn}.{T}', T='sd'),
        dict(insn='sxtw {zd}.d, {pg}/m, {zn}.d', T='d'),
        dict(insn='uxtw {zd}.d, {pg}/m, {zn}.d', T='d'),
    ]
    + [dict(insn='%s {zd}.{T}, {pg}/m, {zn}.{T}' % op, T='bhsd')
       for op in ['abs', 'neg', 'cls', 'clz', 'cnt', 'cnot', 'not']]
    + [
        dict(insn='fabs {zd}.{T}, {pg}/m, {zn}.{T}', T='hsd', kind='fp'),
        dict(insn='fneg {zd}.{T}, {pg}/m, {zn}.{T}', T='hsd', kind='fp'),
        dict(insn='neg {zd}.{T}, {pg}/m, {zd}.{T}', T='bhsd'),
        dict(insn='cls {zd}.{T}, {pg}/m, {zn}.{T}', T='bhsd', mode='sve'),
    ],
)
