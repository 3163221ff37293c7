# tests/diff/families/sve_prefetch.py — SVE prefetches
# (decode/isa/sve_prefetch.decode): hints that change nothing and never
# fault, whatever the addresses (random registers here): contiguous
# (streaming) and gather (non-streaming) forms.
# Format: docs/diff-tests.md.
OPS = [('prfb', 0), ('prfh', 1), ('prfw', 2), ('prfd', 3)]
PRFOP = '{choiceop:pldl1keep|pldl2strm|pstl1keep|pstl3strm|#6|#15}'
cases = []
for op, msz in OPS:
    sh = ', lsl #%d' % msz if msz else ''
    cases.append(dict(insn='%s %s, {pg}, [{xn}, {xm}%s]' % (op, PRFOP, sh), T='b'))
    cases.append(dict(insn='%s %s, {pg}, [{xn}, #{imm:-32:31}, mul vl]' % (op, PRFOP), T='b'))
    scs = ' #%d' % msz if msz else ''
    for ext in ('uxtw', 'sxtw'):
        cases.append(dict(insn='%s %s, {pg}, [{xn}, {zm}.s, %s%s]' % (op, PRFOP, ext, scs), T='s', mode='sve'))
        cases.append(dict(insn='%s %s, {pg}, [{xn}, {zm}.d, %s%s]' % (op, PRFOP, ext, scs), T='d', mode='sve'))
    cases.append(dict(insn='%s %s, {pg}, [{xn}, {zm}.d%s]' % (op, PRFOP, sh), T='d', mode='sve'))
    for T in 'sd':
        cases.append(dict(insn='%s %s, {pg}, [{zn}.%s, #{choice:0|%d|%d}]' % (op, PRFOP, T, 1 << msz, 31 << msz),
                          T=T, mode='sve'))

FAMILY = dict(
    decode=['sve_prefetch'],
    done=True,
    mode='ssve',
    kind='raw',
    cases=cases,
)
