# tests/diff/families/sve_count_sat.py — SVE saturating element counts
# (decode/isa/sve_count_sat.decode): SQINC/UQINC/SQDEC/UQDEC of an X or W
# register (the 32-bit signed forms sign-extend into X) and of every
# element of a vector.  X values are biased to the 32- and 64-bit limits.
# Format: docs/diff-tests.md.
PAT = '{choice:|, all|, pow2|, vl1|, vl3|, vl8|, vl16, mul #3|, vl32|, vl64|, vl128|, vl256|, mul4|, mul3, mul #16|, #14|, all, mul #7}'
VEC = [('h', 'h'), ('w', 's'), ('d', 'd')]     # mnemonic suffix, element size
FAMILY = dict(
    decode=['sve_count_sat'],
    mode='ssve',
    kind='int',
    done=True,
    cases=[dict(insn='%s%s {xd}%s' % (op, t, PAT), T=t)
           for op in ['sqinc', 'uqinc', 'sqdec', 'uqdec'] for t in 'bhwd']
    # the 32-bit forms: SQINCB Xdn, Wdn and UQINCB Wdn (Xdn forced to x3)
    + [dict(insn='%s%s {xd}, w3%s' % (op, t, PAT), T=t, regs={'xd': [3]})
       for op in ['sqinc', 'sqdec'] for t in 'bhwd']
    + [dict(insn=['mov {xd}, {xd}', '%s%s w3%s' % (op, t, PAT)], T=t, regs={'xd': [3]})
       for op in ['uqinc', 'uqdec'] for t in 'bhwd']
    + [dict(insn='%s%s {zd}.%s%s' % (op, m, t, PAT), T=t)
       for op in ['sqinc', 'uqinc', 'sqdec', 'uqdec'] for m, t in VEC]
    + [dict(insn='sqdecd {zd}.d%s' % PAT, T='d', mode='sve')],
)
