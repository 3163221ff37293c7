# tests/diff/families/sme_ldst_za.py — LDR and STR of ZA array vectors and
# of ZT0 (decode/isa/sme_ldst_za.decode), with PSTATE.ZA alone and in
# streaming mode; the slice register takes values up to 2^32 - 1 (the
# vector number wraps modulo SVL/8).  ZT0 is checked through memory.
# Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['sme_ldst_za'],
    mode='za',
    kind='raw',
    memory=8192,
    mem_base=0,
    zt0=True,
    done=True,
    cases=[
        dict(insn='ldr za[{wv}, {imm:0:15}], [{xbase}, #{imm}, mul vl]'),
        dict(insn='str za[{wv}, {imm:0:15}], [{xbase}, #{imm}, mul vl]'),
        dict(insn='ldr za[{wv}, 0], [{xbase}]'),
        dict(insn='str za[{wv}, 0], [{xbase}]'),
        dict(mode='sme', insn='ldr za[{wv}, {imm:0:15}], [{xbase}, #{imm}, mul vl]'),
        dict(mode='sme', insn='str za[{wv}, {imm:0:15}], [{xbase}, #{imm}, mul vl]'),
        dict(insn=['ldr zt0, [{xbase}]', 'str zt0, [{xbase2}]']),
    ],
)
