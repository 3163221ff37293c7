# tests/diff/families/sme_mop_d.py — FMOPA/FMOPS double precision into
# 64-bit tiles (decode/isa/sme_mop.decode, SME_F64F64).
# Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['sme_mop'],
    mode='sme',
    kind='fp',
    za_kind='fp64',
    done=True,
    cases=[
        dict(insn='fmopa za{imm:0:7}.d, {pg1}/m, {pg2}/m, {zn}.d, {zm}.d', T='d'),
        dict(insn='fmops za{imm:0:7}.d, {pg1}/m, {pg2}/m, {zn}.d, {zm}.d', T='d'),
    ],
)
