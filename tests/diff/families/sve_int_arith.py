# tests/diff/families/sve_int_arith.py — SVE integer arithmetic on vectors
# (decode/isa/sve_int_arith.decode): predicated ADD ... UDIVR, unpredicated
# ADD/SUB and the saturating forms, SVE2's unpredicated multiplies.
# Streaming (all are legal there), and a few non-streaming.
# Format: docs/diff-tests.md.
ZPZZ = ['add', 'sub', 'subr', 'smax', 'umax', 'smin', 'umin', 'sabd', 'uabd', 'mul', 'smulh', 'umulh']
DIV = ['sdiv', 'udiv', 'sdivr', 'udivr']
ZZZ = ['add', 'sub', 'sqadd', 'uqadd', 'sqsub', 'uqsub', 'mul', 'smulh', 'umulh', 'sqdmulh', 'sqrdmulh']
FAMILY = dict(
    decode=['sve_int_arith'],
    mode='ssve',
    kind='int',
    done=True,
    cases=[dict(insn='%s {zd}.{T}, {pg}/m, {zd}.{T}, {zm}.{T}' % op, T='bhsd') for op in ZPZZ]
    + [dict(insn='%s {zd}.{T}, {pg}/m, {zd}.{T}, {zm}.{T}' % op, T='sd') for op in DIV]
    + [dict(insn='%s {zd}.{T}, {zn}.{T}, {zm}.{T}' % op, T='bhsd') for op in ZZZ]
    + [
        dict(insn='pmul {zd}.b, {zn}.b, {zm}.b', T='b'),
        # the destination also a source
        dict(insn='sqadd {zd}.{T}, {zd}.{T}, {zd}.{T}', T='bhsd'),
        dict(insn='sdiv {zd}.{T}, {pg}/m, {zd}.{T}, {zd}.{T}', T='sd'),
        # outside streaming mode, at VL
        dict(insn='sqrdmulh {zd}.{T}, {zn}.{T}, {zm}.{T}', T='bhsd', mode='sve'),
        dict(insn='sdiv {zd}.{T}, {pg}/m, {zd}.{T}, {zm}.{T}', T='sd', mode='sve'),
    ],
)
