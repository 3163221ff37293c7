# tests/diff/families/sve2_int_complex.py — complex integer CMLA, SQRDCMLAH
# (vectors and indexed), CDOT, CADD, SQCADD (decode/isa/sve2_int_complex.decode).
# Format: docs/diff-tests.md.
ROT = '{choice:0|90|180|270}'
cases = []
for m in ('cmla', 'sqrdcmlah'):
    cases += [
        dict(insn='%s {zd}.{T}, {zn}.{T}, {zm}.{T}, #%s' % (m, ROT), T='bhsd'),
        dict(insn='%s {zd}.h, {zn}.h, {zm}.h[{imm:0:3}], #%s' % (m, ROT), T='h', regs={'zm': range(8)}),
        dict(insn='%s {zd}.s, {zn}.s, {zm}.s[{imm:0:1}], #%s' % (m, ROT), T='s', regs={'zm': range(16)}),
    ]
cases += [
    dict(insn='cdot {zd}.{T}, {zn}.{N}, {zm}.{N}, #%s' % ROT,
         T=[{'T': 's', 'N': 'b'}, {'T': 'd', 'N': 'h'}], zsize={'zn': 'N', 'zm': 'N'}),
    dict(insn='cdot {zd}.s, {zn}.b, {zm}.b[{imm:0:3}], #%s' % ROT, T='s', regs={'zm': range(8)},
         zsize={'zn': 'b', 'zm': 'b'}),
    dict(insn='cdot {zd}.d, {zn}.h, {zm}.h[{imm:0:1}], #%s' % ROT, T='d', regs={'zm': range(16)},
         zsize={'zn': 'h', 'zm': 'h'}),
    dict(insn='cadd {zd}.{T}, {zd}.{T}, {zm}.{T}, #{choice:90|270}', T='bhsd'),
    dict(insn='sqcadd {zd}.{T}, {zd}.{T}, {zm}.{T}, #{choice:90|270}', T='bhsd'),
    dict(insn='cmla {zd}.s, {zn}.s, {zd}.s[{imm:0:1}], #%s' % ROT, T='s', regs={'zd': range(16)}),
]
cases.append(dict(insn='cdot {zd}.d, {zn}.h, {zm}.h, #%s' % ROT, T='d', zsize={'zn': 'h', 'zm': 'h'},
                  mode='sve'))
FAMILY = dict(decode=['sve2_int_complex'], done=True, mode='ssve', kind='int', cases=cases)
