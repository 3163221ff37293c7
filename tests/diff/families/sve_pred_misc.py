# tests/diff/families/sve_pred_misc.py — PTEST, PFALSE, PFIRST, PNEXT and
# the first-fault register: RDFFR, RDFFRS, SETFFR, WRFFR
# (decode/isa/sve_pred_misc.decode), non-streaming (the FFR instructions
# are not legal in streaming mode without FEAT_SME_FA64); PTEST ... PNEXT
# also streaming, and on raw (non-canonical) and empty predicates.
# Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['sve_pred_misc'],
    mode='sve',
    done=True,
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
        dict(insn='ptest {pg}, {pn}.b', T='b', mode='ssve'),
        dict(insn='pfalse {pd}.b', T='b', mode='ssve'),
        dict(insn='pfirst {pd}.b, {pg}, {pd}.b', T='b', mode='ssve'),
        dict(insn='pnext {pd}.{T}, {pg}, {pd}.{T}', T='bhsd', mode='ssve'),
        dict(insn='pnext {pd}.{T}, {pg}, {pd}.{T}', T='bhsd', pred={'pd': 'raw'}),
        dict(insn=['pnext {pd}.{T}, {pg}, {pd}.{T}', 'pnext {pd}.{T}, {pg}, {pd}.{T}',
                   'pnext {pd}.{T}, {pg}, {pd}.{T}'], T='bhsd', pred={'pd': 'none'}, mode='ssve'),
    ],
)
