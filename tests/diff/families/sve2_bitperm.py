# tests/diff/families/sve2_bitperm.py — BEXT/BDEP/BGRP, outside streaming
# mode (decode/isa/sve2_bitperm.decode).  Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['sve2_bitperm'], done=True,
    mode='sve',
    kind='int',
    cases=[dict(insn='%s {zd}.{T}, {zn}.{T}, {zm}.{T}' % m, T='bhsd') for m in ('bext', 'bdep', 'bgrp')],
)
