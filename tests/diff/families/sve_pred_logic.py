# tests/diff/families/sve_pred_logic.py — SVE predicate logic and breaks
# (decode/isa/sve_pred_logic.decode), streaming.  Format: docs/diff-tests.md.
OPS = ('and', 'bic', 'eor', 'orr', 'orn', 'nor', 'nand')
FAMILY = dict(
    decode=['sve_pred_logic'],
    mode='ssve',
    kind='int',
    done=True,
    cases=[dict(insn='%s {pd}.b, {pg}/z, {pn}.b, {pm}.b' % op, T='b') for op in OPS] +
          [dict(insn='%ss {pd}.b, {pg}/z, {pn}.b, {pm}.b' % op, T='b') for op in OPS] +
          [dict(insn='%ss {pd}.b, {pg}/z, {pd}.b, {pd}.b' % op, T='b') for op in ('and', 'eor', 'orn')] +
          [dict(insn='sel {pd}.b, {pg}, {pn}.b, {pm}.b', T='b'),
           dict(insn='mov {pd}.b, {pn}.b', T='b'),
           dict(insn='movs {pd}.b, {pn}.b', T='b'),
           dict(insn='mov {pd}.b, {pg}/m, {pn}.b', T='b'),
           dict(insn='nots {pd}.b, {pg}/z, {pn}.b', T='b')] +
          [dict(insn='%s {pd}.b, {pg}/z, {pn}.b, {pm}.b' % op, T='b')
           for op in ('brkpa', 'brkpb', 'brkpas', 'brkpbs')] +
          [dict(insn='%s {pd}.b, {pg}/z, {pn}.b' % op, T='b') for op in ('brka', 'brkb', 'brkas', 'brkbs')] +
          [dict(insn='%s {pd}.b, {pg}/m, {pn}.b' % op, T='b') for op in ('brka', 'brkb')] +
          [dict(insn='%s {pd}.b, {pg}/z, {pn}.b, {pd}.b' % op, T='b') for op in ('brkn', 'brkns')] +
          [dict(insn='brkn {pd}.b, {pg}/z, {pn}.b, {pd}.b', T='b', pred={'pg': 'all', 'pn': 'all'})],
)
