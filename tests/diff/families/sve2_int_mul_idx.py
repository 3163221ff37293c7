# tests/diff/families/sve2_int_mul_idx.py — SVE2 multiplies by indexed
# element (decode/isa/sve2_int_mul_idx.decode): the index picks an element
# in each 128-bit segment of Zm.  Format: docs/diff-tests.md.
SAME = 'mla mls sqrdmlah sqrdmlsh sqdmulh sqrdmulh mul'.split()
LONG = ('sqdmlalb sqdmlalt sqdmlslb sqdmlslt smlalb smlalt umlalb umlalt smlslb smlslt umlslb '
        'umlslt smullb smullt umullb umullt sqdmullb sqdmullt').split()
cases = []
for m in SAME:
    cases += [
        dict(insn='%s {zd}.h, {zn}.h, {zm}.h[{imm:0:7}]' % m, regs={'zm': range(8)}, T='h'),
        dict(insn='%s {zd}.s, {zn}.s, {zm}.s[{imm:0:3}]' % m, regs={'zm': range(8)}, T='s'),
        dict(insn='%s {zd}.d, {zn}.d, {zm}.d[{imm:0:1}]' % m, regs={'zm': range(16)}, T='d'),
    ]
for m in LONG:
    cases += [
        dict(insn='%s {zd}.s, {zn}.h, {zm}.h[{imm:0:7}]' % m, regs={'zm': range(8)},
             T=[{'T': 's'}], zsize={'zn': 'h', 'zm': 'h'}),
        dict(insn='%s {zd}.d, {zn}.s, {zm}.s[{imm:0:3}]' % m, regs={'zm': range(16)},
             T=[{'T': 'd'}], zsize={'zn': 's', 'zm': 's'}),
    ]
cases += [
    # Zm is the destination
    dict(insn='mla {zd}.s, {zn}.s, {zd}.s[{imm:0:3}]', regs={'zd': range(8)}, T='s'),
    dict(insn='smlalt {zd}.d, {zn}.s, {zd}.s[{imm:0:3}]', regs={'zd': range(16)}, T='d',
         zsize={'zn': 's'}),
]
FAMILY = dict(decode=['sve2_int_mul_idx'], done=True, mode='ssve', kind='int', cases=cases)
