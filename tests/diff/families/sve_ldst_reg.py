# tests/diff/families/sve_ldst_reg.py — SVE LDR and STR of whole Z and P
# registers (decode/isa/sve_ldst_reg.decode), streaming and not.  Offsets
# in `mul vl` units stay inside the 8 KiB area at 2048 bits.
# Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['sve_ldst_reg'],
    mode='ssve',
    kind='raw',
    memory=8192,
    done=True,
    cases=[
        dict(insn='ldr {zt}, [{xbase}, #{imm:-8:7}, mul vl]'),
        dict(insn='ldr {zt}, [{xbase}]'),
        dict(insn='str {zt}, [{xbase}, #{imm:-8:7}, mul vl]'),
        dict(insn='ldr {pt}, [{xbase}, #{imm:-64:63}, mul vl]'),
        dict(insn='str {pt}, [{xbase}, #{imm:-64:63}, mul vl]'),
        dict(insn='str {pt}, [{xbase}]'),
        dict(mode='sve', insn='ldr {zt}, [{xbase}, #{imm:-8:7}, mul vl]'),
        dict(mode='sve', insn='str {zt}, [{xbase}, #{imm:-8:7}, mul vl]'),
        dict(mode='sve', insn='ldr {pt}, [{xbase}, #{imm:-64:63}, mul vl]'),
        dict(mode='sve', insn='str {pt}, [{xbase}, #{imm:-64:63}, mul vl]'),
    ],
)
