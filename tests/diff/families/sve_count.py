# tests/diff/families/sve_count.py — SVE element counts (decode/isa/
# sve_count.decode): CNT/INC/DEC of an X register, INC/DEC of every element
# of a vector, ADDVL/ADDPL and RDVL, with every kind of predicate pattern
# (POW2, VLn, MUL4, MUL3, ALL and an unallocated #uimm5, which counts 0).
# Format: docs/diff-tests.md.
PAT = '{choice:|, all|, pow2|, vl1|, vl3|, vl8|, vl16, mul #3|, vl32|, vl64|, vl128|, vl256|, mul4|, mul3, mul #16|, #14|, all, mul #7}'
VEC = [('h', 'h'), ('w', 's'), ('d', 'd')]     # mnemonic suffix, element size
FAMILY = dict(
    decode=['sve_count'],
    mode='ssve',
    kind='int',
    done=True,
    cases=[dict(insn='%s%s {zd}.%s%s' % (op, m, t, PAT), T=t) for op in ['inc', 'dec'] for m, t in VEC]
    + [dict(insn='cnt%s {xd}%s' % (t, PAT), T=t) for t in 'bhwd']
    + [dict(insn='%s%s {xd}%s' % (op, t, PAT), T=t) for op in ['inc', 'dec'] for t in 'bhwd']
    + [
        dict(insn='rdvl {xd}, #{imm:-32:31}'),
        dict(insn='addvl {xd}, {xn}, #{imm:-32:31}'),
        dict(insn='addpl {xd}, {xn}, #{imm:-32:31}'),
        dict(insn='rdvl {xd}, #{imm:-32:31}', mode='sve'),
        dict(insn='incd {zd}.d%s' % PAT, T='d', mode='sve'),
    ],
)
