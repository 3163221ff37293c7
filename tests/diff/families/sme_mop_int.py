# tests/diff/families/sme_mop_int.py — SME integer outer products
# (decode/isa/sme_mop_int.decode): SMOPA/UMOPA/SUMOPA/USMOPA and the
# subtracting forms, 8-bit into .s and 16-bit into .d (4-way), SME2's
# 16-bit into .s (2-way), BMOPA/BMOPS.  Predicates are of the source
# element size, as the pseudocode reads them.
# Format: docs/diff-tests.md.
OPS4 = ('smopa', 'smops', 'umopa', 'umops', 'sumopa', 'sumops', 'usmopa', 'usmops')
FAMILY = dict(
    decode=['sme_mop_int'],
    mode='sme',
    kind='int',
    za_kind='raw',
    done=True,
    cases=[dict(insn='%s za{imm:0:3}.s, {pg1}/m, {pg2}/m, {zn}.b, {zm}.b' % m, T='b') for m in OPS4]
    + [dict(insn='%s za{imm:0:7}.d, {pg1}/m, {pg2}/m, {zn}.h, {zm}.h' % m, T='h') for m in OPS4]
    + [dict(insn='%s za{imm:0:3}.s, {pg1}/m, {pg2}/m, {zn}.h, {zm}.h' % m, T='h')
       for m in ('smopa', 'smops', 'umopa', 'umops')]
    + [dict(insn='%s za{imm:0:3}.s, {pg1}/m, {pg2}/m, {zn}.s, {zm}.s' % m, T='s') for m in ('bmopa', 'bmops')],
)
