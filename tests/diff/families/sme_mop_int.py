# tests/diff/families/sme_mop_int.py — SME integer outer products
# (decode/isa/sme_mop_int.decode): SMOPA/UMOPA/SUMOPA/USMOPA and the
# subtracting forms, 8-bit into .s and 16-bit into .d (4-way), SME2's
# 16-bit into .s (2-way), BMOPA/BMOPS.  Predicates are of the source
# element size, as the pseudocode reads them.
# Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['sme_mop_int'],
    mode='sme',
    kind='int',
    za_kind='raw',
    done=True,
    cases=[
        dict(insn='{choice:smopa|smops|umopa|umops|sumopa|sumops|usmopa|usmops} '
                  'za{imm:0:3}.s, {pg1}/m, {pg2}/m, {zn}.b, {zm}.b', T='b'),
        dict(insn='smopa za{imm:0:3}.s, {pg1}/m, {pg2}/m, {zn}.b, {zm}.b', T='b'),
        dict(insn='usmopa za{imm:0:3}.s, {pg1}/m, {pg2}/m, {zn}.b, {zm}.b', T='b'),
        dict(insn='{choice:smopa|smops|umopa|umops|sumopa|sumops|usmopa|usmops} '
                  'za{imm:0:7}.d, {pg1}/m, {pg2}/m, {zn}.h, {zm}.h', T='h'),
        dict(insn='sumopa za{imm:0:7}.d, {pg1}/m, {pg2}/m, {zn}.h, {zm}.h', T='h'),
        dict(insn='{choice:smopa|smops|umopa|umops} za{imm:0:3}.s, {pg1}/m, {pg2}/m, {zn}.h, {zm}.h',
             T='h'),
        dict(insn='{choice:bmopa|bmops} za{imm:0:3}.s, {pg1}/m, {pg2}/m, {zn}.s, {zm}.s', T='s'),
    ],
)
