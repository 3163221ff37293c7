# tests/diff/families/sve2_int_accum.py — SABA/UABA, ADCLB ... SBCLT,
# EORBT/EORTB (decode/isa/sve2_int_accum.decode).  Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['sve2_int_accum'], done=True,
    mode='ssve',
    kind='int',
    cases=[dict(insn='%s {zd}.{T}, {zn}.{T}, {zm}.{T}' % m, T='bhsd') for m in
           ('saba', 'uaba', 'eorbt', 'eortb')] +
          [dict(insn='%s {zd}.{T}, {zn}.{T}, {zm}.{T}' % m, T='sd') for m in
           ('adclb', 'adclt', 'sbclb', 'sbclt')] + [
        dict(insn='adclt {zd}.{T}, {zd}.{T}, {zd}.{T}', T='sd'),
        dict(insn='eortb {zd}.{T}, {zn}.{T}, {zd}.{T}', T='bd'),
    ],
)
