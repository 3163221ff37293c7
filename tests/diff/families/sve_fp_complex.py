# tests/diff/families/sve_fp_complex.py — SVE floating-point complex
# arithmetic (decode/isa/sve_fp_complex.decode): FCADD, FCMLA predicated and
# by element.  Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['sve_fp_complex'],
    mode='ssve',
    kind='fp',
    cases=[
        dict(insn='fcadd {zd}.{T}, {pg}/m, {zd}.{T}, {zm}.{T}, #{choice:90|270}', T='hsd'),
        dict(insn='fcmla {zd}.{T}, {pg}/m, {zn}.{T}, {zm}.{T}, #{choice:0|90|180|270}', T='hsd'),
        dict(insn='fcmla {zd}.h, {zn}.h, {zm}.h[{imm:0:3}], #{choice:0|90|180|270}', regs={'zm': range(8)}, T='h'),
        dict(insn='fcmla {zd}.s, {zn}.s, {zm}.s[{imm:0:1}], #{choice:0|90|180|270}', regs={'zm': range(16)}, T='s'),
    ],
)
