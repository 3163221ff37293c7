# tests/diff/families/sve_perm_compact.py — COMPACT
# (decode/isa/sve_perm_elem.decode), outside streaming mode (streaming needs
# FEAT_SME_FA64).  Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['sve_perm_elem'],
    mode='sve',
    kind='int',
    done=True,
    cases=[
        dict(insn='compact {zd}.{T}, {pg}, {zn}.{T}', T='sd'),
        dict(insn='compact {zd}.{T}, {pg}, {zd}.{T}', T='sd'),
    ],
)
