# tests/diff/families/sve2_int_widen.py — SVE2 widening add/subtract: long,
# wide, interleaved and absolute difference (accumulate) long
# (decode/isa/sve2_int_widen.decode).  Format: docs/diff-tests.md.
WIDE = [{'T': 'h', 'N': 'b'}, {'T': 's', 'N': 'h'}, {'T': 'd', 'N': 's'}]
LONG = ('saddlb saddlt uaddlb uaddlt ssublb ssublt usublb usublt sabdlb sabdlt uabdlb uabdlt '
        'saddlbt ssublbt ssubltb sabalb sabalt uabalb uabalt').split()
W = 'saddwb saddwt uaddwb uaddwt ssubwb ssubwt usubwb usubwt'.split()
FAMILY = dict(
    decode=['sve2_int_widen'], done=True,
    mode='ssve',
    kind='int',
    cases=[dict(insn='%s {zd}.{T}, {zn}.{N}, {zm}.{N}' % m, T=WIDE, zsize={'zn': 'N', 'zm': 'N'})
           for m in LONG] +
          [dict(insn='%s {zd}.{T}, {zn}.{T}, {zm}.{N}' % m, T=WIDE, zsize={'zm': 'N'}) for m in W] + [
        dict(insn='saddlt {zd}.{T}, {zd}.{N}, {zd}.{N}', T=WIDE),
        dict(insn='uaddwt {zd}.{T}, {zd}.{T}, {zd}.{N}', T=WIDE),
    ],
)
