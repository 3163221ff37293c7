# tests/diff/families/sme_mop_bh.py — BFMOPA/BFMOPS non-widening into
# 16-bit tiles (decode/isa/sme_mop.decode, SME_B16B16).
# Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['sme_mop'],
    mode='sme',
    kind='bf16',
    za_kind='bf16',
    done=True,
    cases=[
        dict(insn='bfmopa za{imm:0:1}.h, {pg1}/m, {pg2}/m, {zn}.h, {zm}.h', T='h'),
        dict(insn='bfmops za{imm:0:1}.h, {pg1}/m, {pg2}/m, {zn}.h, {zm}.h', T='h'),
    ],
)
