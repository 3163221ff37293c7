# tests/diff/families/sme_mop_h.py — the non-widening 16-bit outer products
# into 16-bit tiles (decode/isa/sme_mop.decode): FMOPA/FMOPS half precision
# (SME_F16F16).  BF16 (SME_B16B16): sme_mop_bh.py.
# Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['sme_mop'],
    mode='sme',
    kind='fp',
    za_kind='fp16',
    done=True,
    cases=[
        dict(insn='fmopa za{imm:0:1}.h, {pg1}/m, {pg2}/m, {zn}.h, {zm}.h', T='h'),
        dict(insn='fmops za{imm:0:1}.h, {pg1}/m, {pg2}/m, {zn}.h, {zm}.h', T='h'),
    ],
)
