# tests/diff/families/sve_int_muladd.py — SVE integer multiply-add,
# predicated and merging (decode/isa/sve_int_muladd.decode).
# Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['sve_int_muladd'],
    mode='ssve',
    kind='int',
    done=True,
    cases=[
        dict(insn='mla {zd}.{T}, {pg}/m, {zn}.{T}, {zm}.{T}', T='bhsd'),
        dict(insn='mls {zd}.{T}, {pg}/m, {zn}.{T}, {zm}.{T}', T='bhsd'),
        dict(insn='mad {zd}.{T}, {pg}/m, {zm}.{T}, {za}.{T}', T='bhsd'),
        dict(insn='msb {zd}.{T}, {pg}/m, {zm}.{T}, {za}.{T}', T='bhsd'),
        dict(insn='mla {zd}.{T}, {pg}/m, {zd}.{T}, {zd}.{T}', T='bhsd'),
        dict(insn='mad {zd}.{T}, {pg}/m, {zm}.{T}, {za}.{T}', T='bhsd', mode='sve'),
    ],
)
