# tests/diff/families/sme_ldst_za.py — LDR/STR of one ZA array vector, in
# streaming mode and (PSTATE.ZA alone) outside it, and LDR/STR ZT0
# (decode/isa/sme_ldst_za.decode).
# Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['sme_ldst_za'],
    mode='sme',
    kind='int',
    za_kind='raw',
    memory=8192,
    mem_base=2048,
    done=True,
    cases=[
        dict(insn='ldr za[{wv}, {imm:0:15}], [{xbase}, #{imm}, mul vl]'),
        dict(insn='ldr za[{wv}, 0], [{xbase}]', mode='za'),
        dict(insn='str za[{wv}, {imm:0:15}], [{xbase}, #{imm}, mul vl]'),
        dict(insn='str za[{wv}, {imm:0:15}], [{xbase}, #{imm}, mul vl]', mode='za'),
        dict(insn=['ldr zt0, [{xbase}]', 'str zt0, [{xbase2}]']),
    ],
)
