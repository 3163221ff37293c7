# tests/diff/families/sve_int_bitwise.py — SVE bitwise logic on vectors
# (decode/isa/sve_int_bitwise.decode): predicated ORR/EOR/AND/BIC,
# unpredicated AND/ORR/EOR/BIC and MOV, SVE2 EOR3 ... NBSL and XAR.
# Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['sve_int_bitwise'],
    mode='ssve',
    kind='int',
    done=True,
    cases=[dict(insn='%s {zd}.{T}, {pg}/m, {zd}.{T}, {zm}.{T}' % op, T='bhsd') for op in ['orr', 'eor', 'and', 'bic']]
    + [dict(insn='%s {zd}.d, {zn}.d, {zm}.d' % op, T='d') for op in ['and', 'orr', 'eor', 'bic']]
    + [dict(insn='%s {zd}.d, {zd}.d, {zm}.d, {zk}.d' % op, T='d')
       for op in ['eor3', 'bcax', 'bsl', 'bsl1n', 'bsl2n', 'nbsl']]
    + [dict(insn='xar {zd}.%s, {zd}.%s, {zm}.%s, #{imm:1:%d}' % (t, t, t, 8 << i), T=t)
       for i, t in enumerate('bhsd')]
    + [
        dict(insn='mov {zd}.d, {zn}.d', T='d'),
        dict(insn='bsl {zd}.d, {zd}.d, {zm}.d, {zd}.d', T='d'),
        dict(insn='eor {zd}.{T}, {pg}/m, {zd}.{T}, {zm}.{T}', T='bhsd', mode='sve'),
    ],
)
