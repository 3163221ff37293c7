# tests/diff/families/sve_fp_fma.py — SVE floating-point multiply-add
# (decode/isa/sve_fp_fma.decode), streaming (the SVE forms are legal there)
# but for FMMLA; the SVE_B16B16 BFMLA/BFMLS/BFMUL forms.
# Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['sve_fp_fma'],
    mode='ssve',
    done=True,
    kind='fp',
    cases=[
        dict(insn='fmla {zd}.{T}, {pg}/m, {zn}.{T}, {zm}.{T}', T='hsd'),
        dict(insn='fmls {zd}.{T}, {pg}/m, {zn}.{T}, {zm}.{T}', T='hsd'),
        dict(insn='fnmla {zd}.{T}, {pg}/m, {zn}.{T}, {zm}.{T}', T='hsd'),
        dict(insn='fnmls {zd}.{T}, {pg}/m, {zn}.{T}, {zm}.{T}', T='hsd'),
        dict(insn='fmad {zd}.{T}, {pg}/m, {zm}.{T}, {za}.{T}', T='hsd'),
        dict(insn='fmsb {zd}.{T}, {pg}/m, {zm}.{T}, {za}.{T}', T='hsd'),
        dict(insn='fnmad {zd}.{T}, {pg}/m, {zm}.{T}, {za}.{T}', T='hsd'),
        dict(insn='fnmsb {zd}.{T}, {pg}/m, {zm}.{T}, {za}.{T}', T='hsd'),
        # by element: Zm is z0-z7 (h, s) or z0-z15 (d)
        dict(insn='fmla {zd}.h, {zn}.h, {zm}.h[{imm:0:7}]', regs={'zm': range(8)}, T='h'),
        dict(insn='fmla {zd}.s, {zn}.s, {zm}.s[{imm:0:3}]', regs={'zm': range(8)}, T='s'),
        dict(insn='fmla {zd}.d, {zn}.d, {zm}.d[{imm:0:1}]', regs={'zm': range(16)}, T='d'),
        dict(insn='fmls {zd}.h, {zn}.h, {zm}.h[{imm:0:7}]', regs={'zm': range(8)}, T='h'),
        dict(insn='fmls {zd}.s, {zn}.s, {zm}.s[{imm:0:3}]', regs={'zm': range(8)}, T='s'),
        dict(insn='fmls {zd}.d, {zn}.d, {zm}.d[{imm:0:1}]', regs={'zm': range(16)}, T='d'),
        dict(insn='fmul {zd}.h, {zn}.h, {zm}.h[{imm:0:7}]', regs={'zm': range(8)}, T='h'),
        dict(insn='fmul {zd}.s, {zn}.s, {zm}.s[{imm:0:3}]', regs={'zm': range(8)}, T='s'),
        dict(insn='fmul {zd}.d, {zn}.d, {zm}.d[{imm:0:1}]', regs={'zm': range(16)}, T='d'),
        # the destination also the indexed source
        dict(insn='fmla {zd}.s, {zn}.s, {zd}.s[{imm:0:3}]', regs={'zd': range(8)}, T='s'),
        # FMMLA (FP64) is UNDEFINED below VL 256 (qemu: SIGILL): skipped there
        dict(insn=['cntd x9', 'cmp x9, #4', 'b.lo 1f', 'fmmla {zd}.d, {zn}.d, {zm}.d', '1:'],
             T='d', mode='sve'),
        # SVE_B16B16
        dict(insn='bfmla {zd}.h, {pg}/m, {zn}.h, {zm}.h', T='h', kind='bf16'),
        dict(insn='bfmls {zd}.h, {pg}/m, {zn}.h, {zm}.h', T='h', kind='bf16'),
        dict(insn='bfmla {zd}.h, {zn}.h, {zm}.h[{imm:0:7}]', regs={'zm': range(8)}, T='h', kind='bf16'),
        dict(insn='bfmls {zd}.h, {zn}.h, {zm}.h[{imm:0:7}]', regs={'zm': range(8)}, T='h', kind='bf16'),
        dict(insn='bfmul {zd}.h, {zn}.h, {zm}.h[{imm:0:7}]', regs={'zm': range(8)}, T='h', kind='bf16'),
        dict(insn=['cntd x9', 'cmp x9, #4', 'b.lo 1f', 'fmmla {zd}.d, {zn}.d, {zm}.d', '1:'],
             T='d', mode='sve', same={'zn': 'zd'}),
        dict(insn='fmad {zd}.{T}, {pg}/m, {zm}.{T}, {za}.{T}', T='hsd', same={'za': 'zd'}),
    ],
)
