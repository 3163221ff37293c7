# tests/diff/families/sve_int_reduce.py — SVE integer reductions
# (decode/isa/sve_int_reduce.decode): SADDV/UADDV into D, min/max and
# ORV/EORV/ANDV into B/H/S/D (the rest of the Z register zeroed), SVE2.1's
# quadword reductions ADDQV ... ANDQV (legal in streaming mode with SME2.1).
# The destination is a fixed V register number, which may be Zn.
# Format: docs/diff-tests.md.
V = '{choice:0|3|17|31}'
Q = [dict(T='b', Q='16b'), dict(T='h', Q='8h'), dict(T='s', Q='4s'), dict(T='d', Q='2d')]
FAMILY = dict(
    decode=['sve_int_reduce'],
    mode='ssve',
    kind='int',
    done=True,
    cases=[
        dict(insn='saddv d%s, {pg}, {zn}.{T}' % V, T='bhs'),
        dict(insn='uaddv d%s, {pg}, {zn}.{T}' % V, T='bhsd'),
    ]
    + [dict(insn='%s {T}%s, {pg}, {zn}.{T}' % (op, V), T='bhsd')
       for op in ['smaxv', 'umaxv', 'sminv', 'uminv', 'orv', 'eorv', 'andv']]
    + [dict(insn='%s v%s.{Q}, {pg}, {zn}.{T}' % (op, V), T=Q)
       for op in ['addqv', 'smaxqv', 'umaxqv', 'sminqv', 'uminqv', 'orqv', 'eorqv', 'andqv']]
    + [
        dict(insn='uaddv d%s, {pg}, {zn}.{T}' % V, T='bhsd', mode='sve'),
        dict(insn='smaxv {T}%s, {pg}, {zn}.{T}' % V, T='bhsd', mode='sve'),
        dict(insn='addqv v%s.{Q}, {pg}, {zn}.{T}' % V, T=Q, mode='sve'),
    ],
)
