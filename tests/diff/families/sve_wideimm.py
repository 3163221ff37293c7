# tests/diff/families/sve_wideimm.py — SVE integer arithmetic with an 8-bit
# immediate (decode/isa/sve_wideimm.decode): ADD, SUB, SUBR and the
# saturating forms (unsigned immediate, optionally LSL #8: SQADD adds it
# as an unsigned integer, beyond a signed element), SMAX/SMIN/UMAX/UMIN, MUL.
# Format: docs/diff-tests.md.
ARITH = ['add', 'sub', 'subr', 'sqadd', 'uqadd', 'sqsub', 'uqsub']
FAMILY = dict(
    decode=['sve_wideimm'],
    mode='ssve',
    kind='int',
    done=True,
    cases=[dict(insn='%s {zd}.b, {zd}.b, #{imm:0:255}' % op, T='b') for op in ARITH]
    + [dict(insn='%s {zd}.{T}, {zd}.{T}, #{imm:0:255}{choice:|, lsl #8}' % op, T='hsd') for op in ARITH]
    + [dict(insn='%s {zd}.{T}, {zd}.{T}, #{imm:-128:127}' % op, T='bhsd') for op in ['smax', 'smin', 'mul']]
    + [dict(insn='%s {zd}.{T}, {zd}.{T}, #{imm:0:255}' % op, T='bhsd') for op in ['umax', 'umin']]
    + [dict(insn='sqadd {zd}.{T}, {zd}.{T}, #{imm:0:255}, lsl #8', T='hsd', mode='sve')],
)
