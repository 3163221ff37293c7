# tests/diff/families/sve_pred_count.py — CNTP, INCP/DECP and the
# saturating SQINCP/UQINCP/SQDECP/UQDECP (decode/isa/sve_pred_count.decode),
# streaming.  Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['sve_pred_count'],
    mode='ssve',
    kind='int',
    done=True,
    cases=[dict(insn='cntp {x0}, {pg}, {pn}.{T}', T='bhsd'),
           dict(insn='incp {x0}, {pm}.{T}', T='bhsd'),
           dict(insn='decp {x0}, {pm}.{T}', T='bhsd'),
           dict(insn='incp {zd}.{T}, {pm}.{T}', T='hsd'),
           dict(insn='decp {zd}.{T}, {pm}.{T}', T='hsd')] +
          [dict(insn='%s {x0}, {pm}.{T}' % op, T='bhsd') for op in ('sqincp', 'uqincp', 'sqdecp', 'uqdecp')] +
          [dict(insn=['mov x{R}, {x0}', '%s x{R}, {pm}.{T}, w{R}' % op],
                T=[dict(T=t, R=str(r)) for t in 'bhsd' for r in (3, 11)]) for op in ('sqincp', 'sqdecp')] +
          [dict(insn='%s {w0}, {pm}.{T}' % op, T='bhsd') for op in ('uqincp', 'uqdecp')] +
          [dict(insn='%s {zd}.{T}, {pm}.{T}' % op, T='hsd') for op in ('sqincp', 'uqincp', 'sqdecp', 'uqdecp')],
)
