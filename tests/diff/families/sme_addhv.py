# tests/diff/families/sme_addhv.py — ADDHA/ADDVA into 32-bit tiles and
# (SME_I16I64) 64-bit tiles (decode/isa/sme_addhv.decode).
# Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['sme_addhv'],
    mode='sme',
    kind='int',
    za_kind='raw',
    done=True,
    cases=[
        dict(insn='addha za{imm:0:3}.s, {pg1}/m, {pg2}/m, {zn}.s', T='s'),
        dict(insn='addva za{imm:0:3}.s, {pg1}/m, {pg2}/m, {zn}.s', T='s'),
        dict(insn='addha za{imm:0:7}.d, {pg1}/m, {pg2}/m, {zn}.d', T='d'),
        dict(insn='addva za{imm:0:7}.d, {pg1}/m, {pg2}/m, {zn}.d', T='d'),
    ],
)
