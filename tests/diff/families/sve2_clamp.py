# tests/diff/families/sve2_clamp.py — SVE2.1 SCLAMP/UCLAMP
# (decode/isa/sve2_clamp.decode).  Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['sve2_clamp'], done=True,
    mode='ssve',
    kind='int',
    cases=[dict(insn='%s {zd}.{T}, {zn}.{T}, {zm}.{T}' % m, T='bhsd') for m in ('sclamp', 'uclamp')],
)
