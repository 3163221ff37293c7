# tests/diff/families/sme_mop.py — SME floating-point outer products into
# 32-bit tiles (decode/isa/sme_mop.decode): FMOPA/FMOPS single precision,
# and the widening FMOPA/FMOPS (FP16) and BFMOPA/BFMOPS (BF16) into .s.
# The .d and .h tiles: sme_mop_d.py, sme_mop_h.py.  FP8: not here (SME2).
# Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['sme_mop'],
    mode='sme',
    kind='fp',
    za_kind='fp32',
    done=True,
    cases=[
        dict(insn='fmopa za{imm:0:3}.s, {pg1}/m, {pg2}/m, {zn}.s, {zm}.s', T='s'),
        dict(insn='fmops za{imm:0:3}.s, {pg1}/m, {pg2}/m, {zn}.s, {zm}.s', T='s'),
        dict(insn='fmopa za{imm:0:3}.s, {pg1}/m, {pg2}/m, {zn}.h, {zm}.h', T='h'),
        dict(insn='fmops za{imm:0:3}.s, {pg1}/m, {pg2}/m, {zn}.h, {zm}.h', T='h'),
        dict(insn='bfmopa za{imm:0:3}.s, {pg1}/m, {pg2}/m, {zn}.h, {zm}.h', T='h', kind='bf16'),
        dict(insn='bfmops za{imm:0:3}.s, {pg1}/m, {pg2}/m, {zn}.h, {zm}.h', T='h', kind='bf16'),
    ],
)
