# tests/diff/families/sve_int_shift.py — SVE shifts (decode/isa/
# sve_int_shift.decode): predicated by an immediate (ASR, LSR, LSL, ASRD and
# SVE2's SQSHL, UQSHL, SRSHR, URSHR, SQSHLU), by vector and reversed, by
# wide elements; unpredicated by an immediate and by wide elements.
# Shift amounts from a vector are biased to 0, 1, -1, powers of two and
# small numbers (gen.py's integer pool), so they cross the element size.
# Format: docs/diff-tests.md.
SIZES = list(enumerate('bhsd'))
RIGHT = ['asr', 'lsr', 'asrd', 'srshr', 'urshr']     # #1 .. esize
LEFT = ['lsl', 'sqshl', 'uqshl', 'sqshlu']            # #0 .. esize-1
FAMILY = dict(
    decode=['sve_int_shift'],
    mode='ssve',
    kind='int',
    done=True,
    cases=[dict(insn='%s {zd}.%s, {pg}/m, {zd}.%s, #{imm:1:%d}' % (op, t, t, 8 << i), T=t)
           for op in RIGHT for i, t in SIZES]
    + [dict(insn='%s {zd}.%s, {pg}/m, {zd}.%s, #{imm:0:%d}' % (op, t, t, (8 << i) - 1), T=t)
       for op in LEFT for i, t in SIZES]
    + [dict(insn='%s {zd}.{T}, {pg}/m, {zd}.{T}, {zm}.{T}' % op, T='bhsd')
       for op in ['asr', 'lsr', 'lsl', 'asrr', 'lsrr', 'lslr']]
    + [dict(insn='%s {zd}.{T}, {pg}/m, {zd}.{T}, {zm}.d' % op, T='bhs', zsize={'zm': 'd'})
       for op in ['asr', 'lsr', 'lsl']]
    + [dict(insn='%s {zd}.{T}, {zn}.{T}, {zm}.d' % op, T='bhs', zsize={'zm': 'd'})
       for op in ['asr', 'lsr', 'lsl']]
    + [dict(insn='%s {zd}.%s, {zn}.%s, #{imm:1:%d}' % (op, t, t, 8 << i), T=t)
       for op in ['asr', 'lsr'] for i, t in SIZES]
    + [dict(insn='lsl {zd}.%s, {zn}.%s, #{imm:0:%d}' % (t, t, (8 << i) - 1), T=t) for i, t in SIZES]
    + [
        # the wide operand is the destination: each element shifted by the
        # 64-bit element it lies in, read before it is written
        dict(insn='lsl {zd}.{T}, {pg}/m, {zd}.{T}, {zd}.d', T='bhs'),
        dict(insn='asr {zd}.{T}, {zn}.{T}, {zd}.d', T='bhs'),
        dict(insn='asr {zd}.{T}, {pg}/m, {zd}.{T}, {zm}.{T}', T='bhsd', mode='sve'),
    ],
)
