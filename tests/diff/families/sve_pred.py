# tests/diff/families/sve_pred.py — SVE predicate initialisation
# (decode/isa/sve_pred.decode): PTRUE/PTRUES, the WHILE comparisons (SVE
# and SVE2), WHILERW/WHILEWR, CTERMEQ/CTERMNE.  Operands near each other
# and near the wrap points come from the table's xvals and the edge-biased
# values.  Format: docs/diff-tests.md.
PATS = 'pow2|vl1|vl2|vl3|vl4|vl5|vl6|vl7|vl8|vl16|vl32|vl64|vl128|vl256|mul4|mul3|all|#14|#20'
W = ('whilelt', 'whilele', 'whilelo', 'whilels', 'whilege', 'whilegt', 'whilehs', 'whilehi')
NEAR = {'x1': (-40, 40)}
FAMILY = dict(
    decode=['sve_pred'],
    mode='ssve',
    kind='int',
    done=True,
    cases=[dict(insn='ptrue {pd}.{T}, {choice:%s}' % PATS, T='bhsd'),
           dict(insn='ptrues {pd}.{T}, {choice:%s}' % PATS, T='bhsd')] +
          [dict(insn='%s {pd}.{T}, {x0}, {x1}' % w, T='bhsd') for w in W] +
          [dict(insn='%s {pd}.{T}, {w0}, {w1}' % w, T='bhsd') for w in W] +
          [dict(insn='%s {pd}.{T}, {x0}, {x1}' % w, T='bhsd', xvals=NEAR) for w in W] +
          [dict(insn=['mov {x2}, {x0}', 'add {x2}, {x2}, #{imm:0:300}', '%s {pd}.{T}, {x0}, {x2}' % w],
                T='bhsd') for w in ('whilelt', 'whilele', 'whilelo', 'whilels')] +
          [dict(insn=['mov {x2}, {x0}', 'sub {x2}, {x2}, #{imm:0:300}', '%s {pd}.{T}, {x0}, {x2}' % w],
                T='bhsd') for w in ('whilege', 'whilegt', 'whilehs', 'whilehi')] +
          [dict(insn=['mov {x2}, {x0}', 'add {x2}, {x2}, #{imm:0:600}', '%s {pd}.{T}, {x0}, {x2}' % w],
                T='bhsd') for w in ('whilewr', 'whilerw')] +
          [dict(insn=['mov {x2}, {x0}', 'sub {x2}, {x2}, #{imm:0:600}', '%s {pd}.{T}, {x0}, {x2}' % w],
                T='bhsd') for w in ('whilewr', 'whilerw')] +
          [dict(insn='%s {pd}.{T}, {x0}, {x1}' % w, T='bhsd') for w in ('whilewr', 'whilerw')] +
          [dict(insn=['cmp {x2}, {x3}', '%s {x0}, {x1}' % c], T='d') for c in ('ctermeq', 'ctermne')] +
          [dict(insn=['cmp {x2}, {x3}', '%s {w0}, {w1}' % c], T='s') for c in ('ctermeq', 'ctermne')] +
          [dict(insn=['cmp {x2}, {x3}', '%s {x0}, {x0}' % c], T='d') for c in ('ctermeq', 'ctermne')],
)
