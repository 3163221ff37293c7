# tests/diff/families/sve_pred_misc.py — PTEST, PFALSE, PFIRST, PNEXT
# (decode/isa/sve_pred_misc.decode), streaming; the FFR instructions are
# exercised by every non-streaming family's state loads and dumps.
# Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['sve_pred_misc'],
    mode='ssve',
    kind='int',
    cases=[
        dict(insn='ptest {pg}, {pn}.b', T='b'),
        dict(insn='pfalse {pd}.b', T='b'),
        dict(insn='pfirst {pd}.b, {pg}, {pd}.b', T='b'),
        dict(insn='pnext {pd}.{T}, {pg}, {pd}.{T}', T='bhsd'),
        dict(insn='pnext {pd}.{T}, {pg}, {pd}.{T}', T='bhsd', pred={'pd': 'raw'}),
        dict(insn=['pnext {pd}.{T}, {pg}, {pd}.{T}', 'pnext {pd}.{T}, {pg}, {pd}.{T}',
                   'pnext {pd}.{T}, {pg}, {pd}.{T}'], T='bhsd', pred={'pd': 'none'}),
    ],
)
