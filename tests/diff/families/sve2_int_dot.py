# tests/diff/families/sve2_int_dot.py — integer dot products (4-way, mixed
# sign, SVE2.1 2-way; vectors and indexed) and SMMLA/UMMLA/USMMLA (outside
# streaming mode) (decode/isa/sve2_int_dot.decode).  Format: docs/diff-tests.md.
Q = [{'T': 's', 'N': 'b'}, {'T': 'd', 'N': 'h'}]
cases = []
for m in ('sdot', 'udot'):
    cases += [
        dict(insn='%s {zd}.{T}, {zn}.{N}, {zm}.{N}' % m, T=Q, zsize={'zn': 'N', 'zm': 'N'}),
        dict(insn='%s {zd}.s, {zn}.b, {zm}.b[{imm:0:3}]' % m, T='s', regs={'zm': range(8)},
             zsize={'zn': 'b', 'zm': 'b'}),
        dict(insn='%s {zd}.d, {zn}.h, {zm}.h[{imm:0:1}]' % m, T='d', regs={'zm': range(16)},
             zsize={'zn': 'h', 'zm': 'h'}),
        dict(insn='%s {zd}.s, {zn}.h, {zm}.h' % m, T='s', zsize={'zn': 'h', 'zm': 'h'}),
        dict(insn='%s {zd}.s, {zn}.h, {zm}.h[{imm:0:3}]' % m, T='s', regs={'zm': range(8)},
             zsize={'zn': 'h', 'zm': 'h'}),
    ]
cases += [
    dict(insn='usdot {zd}.s, {zn}.b, {zm}.b', T='s', zsize={'zn': 'b', 'zm': 'b'}),
    dict(insn='usdot {zd}.s, {zn}.b, {zm}.b[{imm:0:3}]', T='s', regs={'zm': range(8)},
         zsize={'zn': 'b', 'zm': 'b'}),
    dict(insn='sudot {zd}.s, {zn}.b, {zm}.b[{imm:0:3}]', T='s', regs={'zm': range(8)},
         zsize={'zn': 'b', 'zm': 'b'}),
    dict(insn='sdot {zd}.s, {zn}.b, {zd}.b[{imm:0:3}]', T='s', regs={'zd': range(8)},
         zsize={'zn': 'b'}),
]
for m in ('smmla', 'ummla', 'usmmla'):
    cases.append(dict(insn='%s {zd}.s, {zn}.b, {zm}.b' % m, T='s', mode='sve',
                      zsize={'zn': 'b', 'zm': 'b'}))
cases.append(dict(insn='udot {zd}.d, {zn}.h, {zm}.h[{imm:0:1}]', T='d', regs={'zm': range(16)},
                  zsize={'zn': 'h', 'zm': 'h'}, mode='sve'))
FAMILY = dict(decode=['sve2_int_dot'], done=True, mode='ssve', kind='int', cases=cases)
