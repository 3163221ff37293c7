# tests/diff/families/sve_pred_counter.py — SVE2.1/SME2 predicate-as-counter
# (decode/isa/sve_pred_counter.decode): PTRUE pn, PEXT, CNTP pn, WHILE to a
# counter or a pair, PSEL; streaming.  Counters come from WHILE/PTRUE in the
# same case, or raw predicate bits (non-canonical encodings).
# Format: docs/diff-tests.md.
W = ('whilelt', 'whilele', 'whilelo', 'whilels', 'whilege', 'whilegt', 'whilehs', 'whilehi')
C = dict(flags=('counter',))
# predicate pairs by binding: (first, second) register numbers
PAIRS_EVEN = [dict(T=t, A=str(a), B=str(a + 1)) for t in 'bhsd' for a in (0, 6, 14)]
PAIRS_ANY = [dict(T=t, A=str(a), B=str((a + 1) % 16)) for t in 'bhsd' for a in (1, 9, 15)]
FAMILY = dict(
    decode=['sve_pred_counter'],
    mode='ssve',
    kind='int',
    done=True,
    cases=[dict(insn='ptrue {pn}.{T}', T='bhsd', **C)] +
          [dict(insn='%s {pn}.{T}, {x0}, {x1}, vlx{choice:2|4}' % w, T='bhsd', **C) for w in W] +
          [dict(insn=['mov {x2}, {x0}', 'add {x2}, {x2}, #{imm:0:300}',
                      '%s {pn}.{T}, {x0}, {x2}, vlx{choice:2|4}' % w], T='bhsd', **C)
           for w in ('whilelt', 'whilele', 'whilelo', 'whilels')] +
          [dict(insn=['mov {x2}, {x0}', 'sub {x2}, {x2}, #{imm:0:300}',
                      '%s {pn}.{T}, {x0}, {x2}, vlx{choice:2|4}' % w], T='bhsd', **C)
           for w in ('whilege', 'whilegt', 'whilehs', 'whilehi')] +
          [dict(insn=['mov {x2}, {x0}', 'add {x2}, {x2}, #{imm:0:300}',
                      '%s {{ p{A}.{T}, p{B}.{T} }}, {x0}, {x2}' % w],
                T=PAIRS_EVEN)
           for w in ('whilelt', 'whilele', 'whilelo', 'whilels')] +
          [dict(insn=['mov {x2}, {x0}', 'sub {x2}, {x2}, #{imm:0:300}',
                      '%s {{ p{A}.{T}, p{B}.{T} }}, {x0}, {x2}' % w],
                T=PAIRS_EVEN)
           for w in ('whilege', 'whilegt', 'whilehs', 'whilehi')] +
          [dict(insn=['mov {x2}, {x0}', 'add {x2}, {x2}, #{imm:0:2100}',
                      'whilelo {pn}.{S}, {x0}, {x2}, vlx{choice:2|4}',
                      'pext {pd}.{T}, {pn}[{imm2:0:3}]'], T=[dict(T=t, S=s) for t in 'bhsd' for s in 'bd'], **C),
           dict(insn=['mov {x2}, {x0}', 'sub {x2}, {x2}, #{imm:0:2100}',
                      'whilehs {pn}.{S}, {x0}, {x2}, vlx{choice:2|4}',
                      'pext {pd}.{T}, {pn}[{imm2:0:3}]'], T=[dict(T=t, S=s) for t in 'bhsd' for s in 'hs'], **C),
           dict(insn='pext {pd}.{T}, {pn}[{imm2:0:3}]', T='bhsd', pred={'pn': 'raw'}, **C),
           dict(insn=['mov {x2}, {x0}', 'add {x2}, {x2}, #{imm:0:2100}',
                      'whilelt {pn}.{T}, {x0}, {x2}, vlx4',
                      'pext {{ p{A}.{T}, p{B}.{T} }}, {pn}[{imm2:0:1}]'],
                T=PAIRS_ANY, regs={'pn': range(8, 16)}, **C),
           dict(insn='cntp {x0}, {pn}.{T}, vlx{choice:2|4}', T='bhsd', pred={'pn': 'raw'}, **C),
           dict(insn=['mov {x2}, {x0}', 'sub {x2}, {x2}, #{imm:0:2100}',
                      'whilegt {pn}.{S}, {x0}, {x2}, vlx{choice:2|4}',
                      'cntp {x0}, {pn}.{T}, vlx{choice2:2|4}'], T=[dict(T=t, S=s) for t in 'bhsd' for s in 'bs'], **C),
           ] + [dict(insn='psel {pd}, {pn}, {pm}.{T}[{wv}, {imm:0:%d}]' % k, T=t)
                for t, k in (('b', 15), ('h', 7), ('s', 3), ('d', 1))],
)
