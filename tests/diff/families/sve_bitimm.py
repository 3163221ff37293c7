# tests/diff/families/sve_bitimm.py — SVE bitwise logical immediates
# (decode/isa/sve_bitimm.decode): AND, ORR, EOR, their inverted spellings
# and DUPM, with immediates of each element size (smesim's assembler takes
# an immediate at the smallest size it repeats at, as LLVM prints it).
# Format: docs/diff-tests.md.
IMMS = {
    'b': '0x1|0x7f|0x80|0xfe|0x3c|0x55|0xc3',
    'h': '0xff00|0x7fff|0xff|0x0ff0|0x8001|0x3ff0|0xfffe',
    's': '0xffff0000|0x1|0x7fffffff|0x80000001|0xc0000003|0xfff|0x3fffc000',
    'd': '0xffffffff00000000|0x1|0x8000000000000001|0xffff0000000000|0x7ffffffffffffffe|0xfffff',
}
FAMILY = dict(
    decode=['sve_bitimm'],
    mode='ssve',
    kind='int',
    done=True,
    cases=[dict(insn='%s {zd}.%s, {zd}.%s, #{choice:%s}' % (op, t, t, IMMS[t]), T=t)
           for op in ['and', 'orr', 'eor', 'bic', 'orn', 'eon'] for t in 'bhsd']
    + [dict(insn='dupm {zd}.%s, #{choice:%s}' % (t, IMMS[t]), T=t) for t in 'bhsd']
    + [dict(insn='eor {zd}.s, {zd}.s, #{choice:%s}' % IMMS['s'], T='s', mode='sve')],
)
