# tests/diff/families/sve_pred_misc.py — PTEST, PFALSE, PFIRST, PNEXT and
# the first-fault register: RDFFR, RDFFRS, SETFFR, WRFFR
# (decode/isa/sve_pred_misc.decode), non-streaming (the FFR instructions
# are not legal in streaming mode without FEAT_SME_FA64).
# Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['sve_pred_misc'],
    mode='sve',
    cases=[
        dict(insn='rdffr {pd}.b'),
        dict(insn='rdffr {pd}.b, {pg}/z'),
        dict(insn='rdffrs {pd}.b, {pg}/z'),
        dict(insn='setffr'),
        dict(insn='wrffr {pn}.b', T='b'),
        dict(insn='ptest {pg}, {pn}.b', T='bhsd'),
        dict(insn='pfalse {pd}.b'),
        dict(insn='pfirst {pd}.b, {pg}, {pd}.b', T='bhsd'),
        dict(insn='pnext {pd}.{T}, {pg}, {pd}.{T}', T='bhsd'),
    ],
)
