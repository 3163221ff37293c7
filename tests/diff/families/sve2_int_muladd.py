# tests/diff/families/sve2_int_muladd.py — SVE2 widening multiply-adds and
# multiplies of vectors, SQRDMLAH/SQRDMLSH, PMULLB/T (.q outside streaming
# mode) (decode/isa/sve2_int_muladd.decode).  Format: docs/diff-tests.md.
WIDE = [{'T': 'h', 'N': 'b'}, {'T': 's', 'N': 'h'}, {'T': 'd', 'N': 's'}]
LONG = ('smlalb smlalt umlalb umlalt smlslb smlslt umlslb umlslt sqdmlalb sqdmlalt sqdmlslb '
        'sqdmlslt sqdmlalbt sqdmlslbt sqdmullb sqdmullt smullb smullt umullb umullt').split()
FAMILY = dict(
    decode=['sve2_int_muladd'], done=True,
    mode='ssve',
    kind='int',
    cases=[dict(insn='%s {zd}.{T}, {zn}.{N}, {zm}.{N}' % m, T=WIDE, zsize={'zn': 'N', 'zm': 'N'})
           for m in LONG] + [
        dict(insn='sqrdmlah {zd}.{T}, {zn}.{T}, {zm}.{T}', T='bhsd'),
        dict(insn='sqrdmlsh {zd}.{T}, {zn}.{T}, {zm}.{T}', T='bhsd'),
        dict(insn='pmullb {zd}.{T}, {zn}.{N}, {zm}.{N}', T=[WIDE[0], WIDE[2]], zsize={'zn': 'N', 'zm': 'N'}),
        dict(insn='pmullt {zd}.{T}, {zn}.{N}, {zm}.{N}', T=[WIDE[0], WIDE[2]], zsize={'zn': 'N', 'zm': 'N'}),
        dict(insn='pmullb {zd}.q, {zn}.d, {zm}.d', T='d', mode='sve'),
        dict(insn='pmullt {zd}.q, {zn}.d, {zm}.d', T='d', mode='sve'),
        # sources that are the destination
        dict(insn='smlalt {zd}.{T}, {zd}.{N}, {zm}.{N}', T=WIDE, zsize={'zm': 'N'}),
        dict(insn='sqdmullb {zd}.{T}, {zn}.{N}, {zd}.{N}', T=WIDE, zsize={'zn': 'N'}),
        dict(insn='sqdmlalbt {zd}.{T}, {zn}.{N}, {zm}.{N}', T=WIDE, zsize={'zn': 'N', 'zm': 'N'},
             mode='sve'),
    ],
)
