# tests/diff/families/sve2_int_shift.py — SVE2 shifts by immediate: shift
# right and accumulate, insert, shift left long
# (decode/isa/sve2_int_shift.decode).  Format: docs/diff-tests.md.
BITS = {'b': 8, 'h': 16, 's': 32, 'd': 64}
cases = []
for m in 'ssra usra srsra ursra sri'.split():
    for t in 'bhsd':
        cases.append(dict(insn='%s {zd}.{T}, {zn}.{T}, #{imm:1:%d}' % (m, BITS[t]), T=t))
for t in 'bhsd':
    cases.append(dict(insn='sli {zd}.{T}, {zn}.{T}, #{imm:0:%d}' % (BITS[t] - 1), T=t))
for m in 'sshllb sshllt ushllb ushllt'.split():
    for w, n in (('h', 'b'), ('s', 'h'), ('d', 's')):
        cases.append(dict(insn='%s {zd}.{T}, {zn}.{N}, #{imm:0:%d}' % (m, BITS[n] - 1),
                          T=[{'T': w, 'N': n}], zsize={'zn': 'N'}))
cases += [dict(insn='srsra {zd}.d, {zd}.d, #{imm:60:64}', T='d'),
          dict(insn='sshllt {zd}.d, {zd}.s, #{imm:0:31}', T='d')]
FAMILY = dict(decode=['sve2_int_shift'], done=True, mode='ssve', kind='int', cases=cases)
