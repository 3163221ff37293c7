# tests/diff/families/sve2_int_narrow.py — SVE2 narrowing: high half of
# sums, shifts right narrow, saturating extracts (B zeroes the odd
# elements, T keeps the even), and the SVE2.1 two-register forms
# (decode/isa/sve2_int_narrow.decode).  Format: docs/diff-tests.md.
WIDE = [{'T': 'h', 'N': 'b'}, {'T': 's', 'N': 'h'}, {'T': 'd', 'N': 's'}]
HN = 'addhnb addhnt raddhnb raddhnt subhnb subhnt rsubhnb rsubhnt'.split()
SHRN = ('sqshrunb sqshrunt sqrshrunb sqrshrunt shrnb shrnt rshrnb rshrnt sqshrnb sqshrnt '
        'sqrshrnb sqrshrnt uqshrnb uqshrnt uqrshrnb uqrshrnt').split()
XTN = 'sqxtnb sqxtnt uqxtnb uqxtnt sqxtunb sqxtunt'.split()
cases = [dict(insn='%s {zd}.{N}, {zn}.{T}, {zm}.{T}' % m, T=WIDE) for m in HN]
for m in SHRN:
    for w in WIDE:
        bits = {'b': 8, 'h': 16, 's': 32}[w['N']]
        cases.append(dict(insn='%s {zd}.{N}, {zn}.{T}, #{imm:1:%d}' % (m, bits), T=[w]))
cases += [dict(insn='%s {zd}.{N}, {zn}.{T}' % m, T=WIDE) for m in XTN]
for m in ('sqrshrn', 'sqrshrun', 'uqrshrn'):
    cases.append(dict(insn='%s {zd}.h, {{ {za}.s, {zb}.s }}, #{imm:1:16}' % m, T='s',
                      regs={'za': [6], 'zb': [7], 'zd': range(6)}))
    cases.append(dict(insn='%s {zd}.h, {{ {za}.s, {zb}.s }}, #{imm:1:16}' % m, T='s',
                      regs={'za': [30], 'zb': [31], 'zd': range(6)}))
for m in ('sqcvtn', 'uqcvtn', 'sqcvtun'):
    cases.append(dict(insn='%s {zd}.h, {{ {za}.s, {zb}.s }}' % m, T='s', regs={'za': [12], 'zb': [13], 'zd': range(6)}))
cases += [
    dict(insn='sqxtnt {zd}.{N}, {zd}.{T}', T=WIDE),
    dict(insn='rshrnt {zd}.b, {zd}.h, #{imm:1:8}', T='h'),
    dict(insn='sqrshrunt {zd}.h, {zn}.s, #{imm:1:16}', T='s', mode='sve'),
    dict(insn='sqcvtn {zd}.h, {{ {za}.s, {zb}.s }}', T='s', regs={'za': [2], 'zb': [3], 'zd': range(4, 32)},
         mode='sve'),
    dict(insn='sqrshrn {za}.h, {{ {za}.s, {zb}.s }}, #{imm:1:16}', T='s', regs={'za': [20], 'zb': [21]}),
]
FAMILY = dict(decode=['sve2_int_narrow'], done=True, mode='ssve', kind='int', cases=cases)
