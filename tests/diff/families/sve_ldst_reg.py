# tests/diff/families/sve_ldst_reg.py — SVE LDR and STR of a whole Z or P
# register (decode/isa/sve_ldst_reg.decode; the bodies came with the
# differential harness), at offsets -256..255 mul vl, streaming.
# Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['sve_ldst_reg'],
    mode='ssve',
    kind='raw',
    memory=20480,
    cases=[
        dict(insn='ldr {zt}, [{xbase}, #{imm:-40:39}, mul vl]', T='b'),
        dict(insn='str {zt}, [{xbase}, #{imm:-40:39}, mul vl]', T='b'),
        dict(insn='ldr {pt}, [{xbase}, #{imm:-256:255}, mul vl]', T='b'),
        dict(insn='str {pt}, [{xbase}, #{imm:-256:255}, mul vl]', T='b'),
    ],
)
