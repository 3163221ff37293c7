# tests/diff/families/sve_fp_complex.py — SVE floating-point complex
# arithmetic (decode/isa/sve_fp_complex.decode): FCADD, FCMLA predicated and
# by element.  Format: docs/diff-tests.md.
#
# FCMLA by element under FPCR.AH=1: qemu-aarch64 11.1 negates a NaN element
# of Zm where the Arm ARM's FPNeg (FEAT_AFP: "if fpcr.AH == '1' and op is a
# NaN, return op") leaves it alone (its FCMLA vectors form does it right);
# the Arm ARM decides, so these cases leave AH out and
# tests/unit/test_exec_x_fp.c pins the AH=1 behaviour by hand.
NO_AH = ('DN', 'FZ', 'RMode', 'FZ16', 'FIZ')
FAMILY = dict(
    decode=['sve_fp_complex'],
    mode='ssve',
    done=True,
    kind='fp',
    cases=[
        dict(insn='fcadd {zd}.{T}, {pg}/m, {zd}.{T}, {zm}.{T}, #{choice:90|270}', T='hsd'),
        dict(insn='fcmla {zd}.{T}, {pg}/m, {zn}.{T}, {zm}.{T}, #{choice:0|90|180|270}', T='hsd'),
        dict(insn='fcmla {zd}.h, {zn}.h, {zm}.h[{imm:0:3}], #{choice:0|90|180|270}', regs={'zm': range(8)}, T='h',
             fpcr=NO_AH),
        dict(insn='fcmla {zd}.s, {zn}.s, {zm}.s[{imm:0:1}], #{choice:0|90|180|270}', regs={'zm': range(16)}, T='s',
             fpcr=NO_AH),
        dict(insn='fcadd {zd}.{T}, {pg}/m, {zd}.{T}, {zm}.{T}, #{choice:90|270}', T='hsd', same={'zm': 'zd'}),
        dict(insn='fcmla {zd}.s, {zn}.s, {zm}.s[{imm:0:1}], #{choice:0|90|180|270}', regs={'zm': range(16)},
             T='s', fpcr=NO_AH, same={'zd': 'zm'}),
    ],
)
