# tests/diff/families/sve2_luti.py — LUTI2/LUTI4 with the table in Z
# registers (FEAT_LUT; decode/isa/sve2_luti.decode), streaming.
# Format: docs/diff-tests.md.  LUTI4 .h of one register is not here: it is
# UNDEFINED when no implemented vector length reaches 256 bits (qemu: SIGILL
# at SVL 128, where run.py's probe runs); tests/unit/test_exec_x_sve2.c pins
# both its UNDEFINED and its 256-bit table (and `luti4 {zd}.h, {{ {zn}.h }},
# {zm}[{imm:0:3}]` added here agrees with qemu at --svl 256,512,1024,2048).
FAMILY = dict(
    decode=['sve2_luti'], done=True,
    mode='ssve',
    kind='raw',
    cases=[
        dict(insn='luti2 {zd}.b, {{ {zn}.b }}, {zm}[{imm:0:3}]', T='b'),
        dict(insn='luti2 {zd}.h, {{ {zn}.h }}, {zm}[{imm:0:7}]', T='h'),
        dict(insn='luti2 {zd}.h, {{ {zn}.h }}, {zm}[{imm:0:7}]', T='h', mode='sve'),
        dict(insn='luti4 {zd}.b, {{ {zn}.b }}, {zm}[{imm:0:1}]', T='b'),
        dict(insn='luti4 {zd}.h, {{ {za}.h, {zb}.h }}, {zm}[{imm:0:3}]', T='h',
             regs={'za': [8], 'zb': [9], 'zd': range(8), 'zm': range(10, 32)}),
        dict(insn='luti4 {zd}.h, {{ {za}.h, {zb}.h }}, {zm}[{imm:0:3}]', T='h',
             regs={'za': [30], 'zb': [31], 'zd': range(8), 'zm': range(10, 30)}),
    ],
)
