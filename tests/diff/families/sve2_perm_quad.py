# tests/diff/families/sve2_perm_quad.py — SVE2.1 ZIPQ1/ZIPQ2, UZPQ1/UZPQ2,
# TBLQ within 128-bit segments (decode/isa/sve2_perm_quad.decode).
# Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['sve2_perm_quad'], done=True,
    mode='ssve',
    kind='raw',
    cases=[dict(insn='%s {zd}.{T}, {zn}.{T}, {zm}.{T}' % m, T='bhsd') for m in
           ('zipq1', 'zipq2', 'uzpq1', 'uzpq2')] + [
        # small indexes, some in range
        dict(insn='tblq {zd}.{T}, {{ {zn}.{T} }}, {zm}.{T}', T='bhsd', zkind={'zm': 'int'}),
        dict(insn='zipq1 {zd}.{T}, {zd}.{T}, {zm}.{T}', T='bd'),
        dict(insn='uzpq2 {zd}.{T}, {zn}.{T}, {zd}.{T}', T='hs'),
        dict(insn='tblq {zd}.{T}, {{ {zn}.{T} }}, {zm}.{T}', T='b', zkind={'zm': 'int'}, mode='sve'),
    ],
)
